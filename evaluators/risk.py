"""Risk cues in a client's message: suicidal thoughts, self-harm, means, goodbyes, being a burden.

Why a module of its own: when a client voices a cue and the trainee's turn passes over it, the
turn is flagged and capped and its suggestion asks directly (CODING_RULES.md, "Risk cues");
a cue the detector misses gets none of that, so these patterns are the product's safety net
and are measured on their own (`bench/risk_cues.py`, `data/risk_cues.jsonl`).

Two layers. `RISK_PATTERNS` are the phrasings written against the tuning sets' client turns
(stops 1-14). `WIDER_PATTERNS` are concepts, not phrasings: each names a kind of warning sign
that suicide-prevention trainers teach (a wish to be dead, not being around later, a method
or means, self-injury, being a burden, no way out, goodbyes, euphemisms) in the many ways
people say it, written against messages written for the purpose by six writers in typed,
spoken and written registers (`part == "written"`). `NOT_OWN` blanks what is someone else's
risk or an answered denial ("my dad's suicide", "No, I'm not suicidal, just angry") before
the patterns are tried, so those alone raise no cue.
"""

from __future__ import annotations

import re

from evaluators.gated import Gates
from evaluators.segment import word_replacer

RISK_PATTERNS: tuple[str, ...] = (
    r"\bkill(?:ing)? my ?self\b",
    r"\bsuicid",
    r"\bend (?:it all|my life|my own life|things(?! (?:with|off)\b)|it(?! (?:with|off)\b))\b",
    r"\bending my (?:own )?life\b",
    r"\b(?:don'?t|do not|didn'?t) (?:want to|wanna) (?:be here|be alive|live|wake up|exist|"
    r"go on|keep going|be around)\b",
    r"\bbetter off dead\b",  # "better off without me / if I wasn't here": see below
    r"\b(?:no|not any) (?:point|reason) (?:in |to )?(?:living|going on|being here|anymore|"
    r"to live|to go on|in any of it)\b",
    r"\bwhat'?s the point (?:of (?:living|life|going on|any of it|trying anymore|anything)|anymore)\b",
    r"\b(?:don'?t|do not|can'?t) (?:really |even )?see (?:the |any )?point (?:of|in) (?:anything|any of it|"
    r"living|life|going on|being here|trying anymore)\b",
    r"\bwish (?:i|i'd) (?:was|were|could) (?:dead|gone|disappear|just disappear|sleep forever)\b",
    r"\b(?:wouldn'?t|didn'?t|not) wake up\b",
    r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burned|burnt) (?:my ?self)\b",
    r"\bself[- ]?harm",
    r"\b(?:i|i'?m|i'?ve|i'?d|me|myself)\b[^.!?]{0,30}\b(?:overdos|od(?:'d|ed)?\b)",
    r"\b(?:cutting|burning) (?:again|myself)\b|\bi'?ve been cutting\b(?! (?:back|down|out|off|up|corners|ties|class|classes|school|carbs|sugar|costs|hours|my hair|hair|"
    r"coupons|wood|grass|the grass|lawns?|it close)\b)|\bi cut (?:again|myself)\b",
    r"\bshould(?:'ve| have) (?:gone|died) with (?:him|her|them)\b",
    r"\b(?:it'?d|it would|would it) be (?:easier|better) (?:if i (?:was|were|wasn'?t|weren'?t)|to just "
    r"(?:go|end|disappear|die|not be))\b|^like it'?d be easier\b|\bit'?d be easier\.?$",
    r"\bnot (?:wake|waking) up\b", r"\bjoin (?:him|her|them)\b", r"\bsleep forever\b",
    r"\b(?:my|i) (?:life|world) (?:isn'?t|is not) worth\b", r"\bdone with (?:life|living|it all)\b",
    r"\btake all (?:my|the|of my) (?:pills|meds|medication)\b",
    r"\b(?:can'?t|cannot) (?:go on|keep going|do this anymore|take it anymore|take this anymore)\b"
    r"(?![^.!?]{0,30}\b(?:with (?:next door|the|my|his|her|this|these|that)|the (?:warehouse|job|shifts?|commute|noise|"
    r"course|class)|at work)\b)(?![^!?]{0,40}\b(?:the bottles|the washing|the laundry|nappies|the dishes|the "
    r"cleaning|the steriliser)\b)",
    r"\bnobody would (?:miss|care|notice)\b",
    r"\b(?:a )?burden (?:to|on) (?:everyone|everybody|my family|them|people)\b",
    r"\bdisappear (?:forever|for good)\b",
    r"\bnot (?:be|being) (?:here|around) anymore\b",
    r"\bgive up on (?:life|everything|living)\b",
    r"(?<!nail )(?<!glue )(?<!staple )(?<!nerf )(?<!water )(?<!heat )(?<!paint )\bgun\b(?! (?:range|show|club|safety course))(?!'?s (?:back )?in the (?:cabinet|safe))", r"\bjump(?:ing)? off\b", r"(?<!n't )(?<!not )(?<!never )(?<!how to )\bsay(?:ing)? goodbye\b",
    r"\bgoodbye (?:letter|note)s?\b",
    r"\bthoughts? (?:of|about) (?:dying|death|ending)\b",
    # passive ideation as people type it: "everyone would be better off if i just wasnt around",
    # "my family would be better off with the life insurance money", "kind of hope i just dont
    # wake up", "it'd be easier for everyone if i just disappeared"
    r"\bbetter off (?:if i (?:just )?(?:was ?n'?t|wasnt|were ?n'?t|weren'?t|was not|were not|was gone|"
    r"disappeared|died|didn'?t wake up)|with(?:out)? (?:me|the (?:life )?insurance|my (?:life )?insurance))\b",
    r"\b(?:easier|better) (?:for (?:everyone|everybody|them|my family|my kids) )?if i (?:just )?"
    r"(?:disappeared|was gone|were gone|wasn'?t (?:here|around)|died|didn'?t wake up)\b",
    r"\b(?:hope|wish|what if) i (?:just )?(?:don'?t|dont|didn'?t|didnt|never) wake up\b",
    r"\b(?:don'?t|do not) (?:really )?see the point of much\b",  # "of anything": above
    r"\bwhat'?s even the point\b(?! of (?:the|this|that|a|an|my|his|her|going to|applying)\b)|\bnot much point (?:to|in) (?:any of it|anything|living|life|going on)\b",
    r"\bpoint of (?:even )?(?:being (?:around|here|alive)|living|going on)\b",
    r"\b(?:better|easier|happier|less \w+|relieved|fine)\b[^.!?]{0,40}\bif i (?:just )?(?:was ?n'?t|wasnt|"
    r"weren'?t|was not|were not) (?:around|here)\b",
    # ideation the client plays down ("not like a plan or anything", "i wouldnt do that to my
    # kids", "Not like I'd do it") and means at hand ("saving up my pills")
    r"\bnot (?:like )?(?:a|any) plan or anything\b|\bnot like a plan\b",
    r"\bi (?:wouldn'?t|wouldnt|would never) do (?:that|it) to my (?:kids|children|daughter|son|family|"
    r"mom|mum|wife|husband|partner)\b",
    r"\bnot like i'?d (?:ever )?(?:do it|do anything|act on it)\b",
    r"\b(?:saving|saved|stockpiling|hoarding) (?:up )?(?:my |some |all my |all of my )?(?:pills|meds|"
    r"medication|tablets)\b",
    r"\bthought about (?:taking )?(?:all )?(?:my|the) pills\b",
    r"\btook (?:like |about |maybe )?(?:\d+|ten|twenty|fifteen|a bunch|a handful|all)\b[^.!?]{0,25}\b"
    r"(?:pills|tablets|meds)\b",
    r"\b(?:wanted|want|wish) (?:everything|it all) to (?:just )?stop\b",
    r"\balmost did it\b|\b(?:he|she|they) had the right idea\b",
    r"\b(?:don'?t|dont|do not) know how (?:much )?longer i can (?:do this|keep (?:going|doing this|living)|"
    r"take (?:it|this)|go on)\b(?! (?:commute|job|shift|course|class|drive|work)\b)",
    # denying what nobody asked about says the thought is there: "i dont want to die or
    # anything", "Not like actively", "i wouldnt actually do anything"
    # (not a fear of dying as someone did: "i just dont want to die like he did")
    r"\bi (?:don'?t|dont|do not) (?:really )?want to die\b(?! (?:like|the way|from|of an?|of (?:an )?overdose|in (?:this|that|the) "
    r"(?:traffic|heat|queue|cold|rain)))|"
    r"\bnot (?:like )?actively\b|"
    r"\bi (?:wouldn'?t|wouldnt|would never|won'?t|wont) (?:actually |ever )?do anything\b",
    # self-harm as people name it: "she doesnt know about the cutting", "i havent cut in 47 days"
    r"\bthe (?:cutting|self[- ]?harm\w*|burning)\b|\b(?:haven'?t|havent|not) cut (?:in|for|since)\b",
    r"\bshould(?:'ve| have) been me\b|\bhanging on by a thread\b",
    r"\btired of (?:everything|it all(?! this (?:month|week|term|semester))|living(?! (?:like|in|with|here|at|out|off)\b)|trying(?! to))\b",
    r"\bi (?:don'?t|dont|do not) know what i'?(?:ll|m going to|m gonna) do\b(?! (?:about|for|with|"
    r"when|if|on|at|in|next|now|instead|today|tomorrow|first|after|then|there|here|differently)\b)",
    r"\bthe only reason i (?:get up|get out of bed|am still here|'?m still here|keep going)\b",
    # warning signs as trainers list them: other self-injury ("picking at my arms again"),
    # no point to any of it, giving possessions away or putting affairs in order, thinking of
    # a method ("just turning the wheel"), the only thing that gets them up
    r"\b(?:picking|scratching|hitting|punching|biting) (?:at )?(?:my (?:arms?|legs?|skin|wrists?|"
    r"thighs?|face|scabs?)|myself)\b",
    r"\b(?:don'?t|do not|can'?t) (?:really )?see the point (?:of|in) any of (?:this|that)\b",
    # not with the reason ("...because I move into my own flat Friday and it comes furnished", fresh7)
    r"\bgiv(?:ing|en|e) (?:(?:some|all|most|a lot) of )?my (?:things|stuff|belongings|possessions) "
    r"away\b(?![^!?]{0,80}\b(?:mov(?:e|ing)|flat|furnished|declutter\w*|downsiz\w*|minimalis\w*)\b)|\bgiv(?:ing|e) away (?:(?:all|some|most) (?:of )?)?my (?:things|stuff|belongings|"
    r"possessions)\b|\b(?:putting|put|getting|get) my affairs in order\b",
    r"\b(?:think(?:ing)?|thought) about (?:just )?(?:turning the wheel|driving (?:off|into)|"
    r"swerving|stepping (?:off|in front)|jumping (?:off|in front))\b",
    r"\bthe only (?:thing|one) (?:getting|keeping|that gets|that keeps|that got|that kept) me "
    r"(?:up|going|here|alive|out of bed)\b",
    # the rest of the warning-sign vocabulary that suicide-prevention courses teach (added from
    # those lists, not from errors on our sets)
    r"\bnothing (?:left )?to live for\b|\bwish i (?:was|were|'d been) (?:dead|never born)\b|"
    r"\bwish i'?d never been born\b|\btired of (?:being alive|life|being here)\b|\bno way out\b|"
    r"\bcan'?t see (?:a|any) (?:future|way out)\b|\bwon'?t be (?:around|here) (?:much longer|for "
    r"long|anymore)\b|\bwon'?t be a (?:problem|burden|bother)(?: (?:to|for) \w+)? (?:much longer|for long|anymore)\b|"
    r"\b(?:hang|hanging) myself\b|\b(?:slit|slitting) my wrists\b|\btake my (?:own )?life\b|"
    # not "I don't want to die", nor "I wanted to die" (of shame); the lookbehinds come after
    # the word, so they are tried only where "want" is
    r"\b(?:want|wanna)(?<!n't want)(?<!dont want)(?<!not want)(?<!n't wanna)(?<!dont wanna)"
    r"(?<!not wanna) to die\b",
)


# Concept patterns (see the module docstring). The drugs and places people name.
_DRUG = (r"(?:pills?|tablets?|meds|medications?|medicines?|oxy\w*|tylenol|paracetamol|insulin|"
         r"seroquel|gabapentin|pregabalin|lithium|morphine|tramadol|xanax|benzos?|antidepressants|"
         r"painkillers|opioids|sleeping (?:pills|tablets|ones)|heart pills|sertraline|zoloft|prozac|fluoxetine|"
         r"citalopram|ibuprofen|aspirin|codeine|fentanyl|ambien|zopiclone|klonopin|ativan|valium|diazepam|"
         r"percocet|vicodin)")
_HIGH_PLACE = r"(?:bridge|overpass|roof|ledge|edge|cliffs?|balcony|car park|parking garage)"
WIDER_PATTERNS: tuple[str, ...] = (
    # a wish to be dead or not to exist, however it is put
    # not the wish to live: "i just want to not die. my friend od'd" (probe M)
    r"(?<!n't )(?<!dont )(?<!not )\b(?:want|wanna|wish|hoping|hope|pray|ready) (?:(?!not\b)\w+ ){0,2}(?:to )?(?:be dead|die\b|not exist|"
    r"stop existing|be gone\b|go be with|be in there with|be with (?:her|him|them) again)",
    r"\b(?:(?:i|i'?m) (?:just )?)?(?:waiting|wait) (?:to die|for (?:it|the clock|my time) to "
    r"(?:run out|be over|come))\b",
    r"\b(?:don'?t|dont|didn'?t|didnt|wouldn'?t|not|stopped|to) (?:really )?car(?:e|ing) (?:what "
    r"happens|either way|(?:anymore )?(?:if|whether)\b[^.!?]{0,30}\b(?:die|died|dead|live|lived|wake|"
    r"woke|come back|came back|come to|make it|heart|happens|crash|stopped|stops))",
    r"\b(?:not|never) (?:meant|supposed) to be (?:alive|here)\b|\b(?:deserve|belong) (?:to )?"
    r"(?:stay |be )?(?:on this earth|in (?:the|this) world|alive)\b",
    r"\bnot (?:existing|exist|being here|be here)\b(?! (?:for|to|at|on|when|with|in)\b)",
    r"\b(?:hope|hoping|wish|wishing|pray(?:ing)?)\b[^.!?]{0,50}\b(?:car (?:accident|crash)|heart "
    r"attack|(?:get|got) sick and die|cancer (?:would|will) hurry|don'?t come to|doesn'?t stop|"
    r"(?:would|will) (?:hurry|take me)|the last time i'?ll|finishes me|kills me|be the one|"
    r"terminal|the chemo (?:doesn'?t|won'?t) work|(?:plane|car|bus) (?:goes|went) down)\b",
    r"\bhop(?:e|es|ing|ed)\b[^.!?]{0,15}\b(?:don'?t|dont|won'?t|never|not) (?:wake|have to (?:do|face) "
    r"another day)\b|\b(?:want|wanting|hope|hoping|wish)\b[^.!?]{0,20}\b(?:my )?(?:body|heart) (?:to "
    r"|would |will |just )*(?:give|gives|shut|shuts|stop|stops)\b",
    r"\b(?:(?:pray|praying|prayed|asking|begging)\b[^.!?]{0,20}\b(?:god|he|him|the lord|allah)\b"
    r"[^.!?]{0,10}\b(?:takes?|took|call(?:s|ed)?) me\b|(?:god|he|the lord|allah) (?:just )?forgot (?:to "
    r"take|about) me|(?:take|takes|took) me in my sleep|(?:if|wish) god (?:just )?call(?:ed|s)? me|"
    r"disappointed (?:i|to) (?:woke|wake|be alive)|woke up disappointed|a bit disappointed)\b",
    r"\b(?:see|join|follow(?:ing)?) (?:her|him|them) soon\b|\b(?:following|join(?:ing)?) "
    r"(?:him|her|them)\b|\b(?:keep|save) (?:me )?a (?:seat|place)\b[^.!?]{0,15}\bfor me\b|"
    r"\bwon'?t be long now\b|\bi'?(?:m| am) coming soon\b|\b(?:go|going) (?:and )?be with (?:her|him|"
    r"them)\b|\bbe with (?:her|him|them) before\b|\bunderstand why (?:he|she|they) did it\b",
    r"\bi'?(?:m|ve)? (?:\w+ )?(?:think|thinking|thought) about (?:dying|death|ending (?:it|things|me)|"
    r"it seriously|doing it)\b|\bending (?:it|things|it all)\b(?! (?:with|off|there|early|"
    r"on)\b)|\bending it\. me\b",
    # not being around later
    r"\b(?:won'?t|will not|not going to|not gonna|don'?t think i'?ll|not sure i'?ll(?: still)?|"
    r"can'?t see myself) (?:be(?:ing)? )?(?:here|around|alive)\b(?! (?:for (?:the|that|this|dinner|"
    r"lunch|work|class|the meeting|a (?:few|couple)|\w+ days)|on (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|tomorrow|today|tonight|this (?:weekend|week|morning|afternoon|evening|"
    r"month)|much (?:this|next|for)|next (?:week|weekend|month|time)|over the (?:weekend|holidays)|until|till|because|"
    r"cause|'cause)\b)",
    r"\b(?:don'?t|dont|can'?t|cant) see myself (?:making it|being around|being here|living|"
    r"alive|getting old)\b|\b(?:don'?t|dont|can'?t|cant) (?:\w+ )?(?:see|picture) (?:myself|me) (?:at|"
    r"making|reaching)\b|\bhas me in it\b|\b(?:don'?t|dont) think i'?ll make it to\b",
    r"\bif i (?:just )?(?:wasn'?t|wasnt|weren'?t) (?:in any of it|in the picture)\b|\bme not (?:in "
    r"the picture|around|being around)\b|\bless me\b|\bif i (?:was|were|went) (?:gone|missing)\b|"
    r"\bnot (?:sticking|staying|hanging) around\b(?! (?:for|at|in|after|to)\b)|\bwon'?t matter (?:to "
    r"me )?(?:much longer|soon|for long)\b|\bif i (?:stop|stopped) (?:replying|answering|posting)\b|"
    r"\bif i'?m not (?:on )?here next\b",
    r"\b(?:if|when|after|once|in case) i'?m (?:not (?:around|here)|gone)\b|\bif (?:anything|something) "
    r"(?:happens|were to happen|was to happen) to me\b|\bin case anything happens\b",
    r"\b(?:nobody|no one|no-one|nobody'?d|no one'?d)\b[^.!?]{0,20}\b(?:notice|miss me|care|know)"
    r"[^.!?]{0,20}\bif i (?:was|were|went|just)\b",
    r"\b(?:went|go|going|gone) missing for good\b|\bdisappear(?:ed)? for good\b|\b(?:want|wanna|wish i could) (?:to )?vanish\b",
    r"\b(?:and|then) (?:just )?(?:not|never) (?:bother(?:ing)? to )?(?:come|coming|came) back(?: "
    r"(?:up|out|in))?\b|\b(?:and|then) (?:just )?not (?:get|getting) (?:back )?up\b|\bto sleep and "
    r"(?:not|never|that was that)\b|\b(?:it|everything)(?: would|'?d) (?:all )?be over\b|\bstop for "
    r"good\b|"
    r"\bdon'?t figure on (?:driving|coming) back\b",
    r"\bthat'?s it for me\b|\bmy time (?:to (?:leave|go)|is up)\b|\bleave (?:this|the) (?:world|"
    r"earth)\b|\b(?:need|needing) (?:it|them|that|\w+) where i'?m going\b",
    # methods and means
    r"\bhow (?:many|much) (?:of )?(?:my |the |his |her |those |these |\w+'s )?" + _DRUG + r"\b[^.!?]{0,30}"
    r"\b(?:take|do it|kill|would)\b|\bknow exactly how (?:much|many)\b|\bhow (?:much|many)\b[^.!?]{0,20}"
    r"\bwould do it\b|\bhow many (?:it would take|would it take|it'?d take|it takes)\b",
    r"\b(?:saving|saved|keeping|kept|putting aside|put aside|collecting|hoarding|stash(?:ed)?|"
    r"stockpil\w*|stocking up)\b[^.!?]{0,40}\b" + _DRUG + r"|\b" + _DRUG + r"\b[^.!?]{0,40}\b(?:saved|"
    r"saving (?:them|it)|lining (?:them|it) up|lined up|stash\w*|collection|hoard\w*|in (?:a|the) "
    r"(?:sock|jar|can|drawer)(?![^.!?]{0,30}\b(?:kids|children|grandkids|up high|by the sink|reach|"
    r"safe|locked)\b))|\b(?:full|whole) (?:packet|box|bottle) of\b[^.!?]{0,10}" + _DRUG,
    r"\b(?:swallowed|downed|necked|took)\b[^.!?]{0,10}\b(?:the rest of (?:the|my)|the whole (?:packet|"
    r"box|bottle)|a (?:whole|full) (?:packet|box|bottle))\b|\b(?:careless|reckless) with (?:my )?"
    + _DRUG + r"|\binsulin\b[^.!?]{0,30}\bon[- ]purpose\b",
    r"\b(?:a )?(?:good (?:little )?)?collection (?:of (?:the )?)?" + _DRUG,
    r"\btook\b[^.!?]{0,30}\b(?:too many|too much|the whole bottle|half the bottle|most of (?:a|the) "
    r"bottle|a few (?:extra|too many)|more than (?:i|a) (?:should|usually))\b",
    r"\b(?:mixed|mixing)\b[^.!?]{0,30}\b(?:with|and)\b[^.!?]{0,30}\b(?:on purpose|didn'?t (?:really )?care)|"
    r"\bstomach pumped\b|\btube down my throat\b|(?:^|\bi )od'?d\b",
    r"\b(?:(?<!end of my )(?<!end of the )(?<!end of our )(?<!end of his )(?<!end of her )rope(?! (?:swing|course|ladder|bridge|climb))|noose|the belt)\b|\bstood (?:up )?on the chair\b",
    r"\b(?:shotgun|rifle|pistol|revolver|handgun|firearm)\b",
    r"\b(?:jerk|turn|yank|swerve)(?:ing)? (?:of )?the wheel\b|\bdrift(?:ing)? into (?:the )?oncoming\b|"
    r"\b(?:walk|step|run)(?:ing)? (?:out )?(?:into|in front of) (?:the |a )?(?:traffic|train|oncoming|"
    r"lake|river|sea|ocean|water|truck|bus)\b",
    r"\b(?:step(?:ping)?|go(?:ing)?|went|fall(?:ing)?|drive|driving|drove) off (?:the (?:back of "
    r"the )?(?:" + _HIGH_PLACE + r"|boat))\b|\bhow high (?:the|my) \w+ (?:is|was)\b",
    r"\b(?:sit|sat|sitting|stand|stood|standing|parked)\b[^.!?]{0,20}\b(?:the )?(?:edge|ledge|"
    r"tracks|level crossing)\b|\bthe (?:train )?tracks\b|\bthe train times\b",
    r"\b(?:car|engine) running\b|\bgarage\b[^.!?]{0,60}\b(?:engine|motor|car) (?:was |is |still )?running\b|\b(?:slide|slip) under\b|\bstay(?:ed|ing)? under\b(?! the (?:covers|"
    r"duvet|blankets?|sheets|radar))|\bcar exhaust\b|\bexhaust (?:thing|pipe|fumes)\b|\bdrowning\?|"
    r"\byellow line\b|\bedge of the platform\b|\blook(?:ing)? like an accident\b|\bwasn'?t an "
    r"accident\b",
    r"\b(?:stop|stopped|stand|stood) and look down\b|\b(?:bridge|railing|ledge)\b[^.!?]{0,50}\blook"
    r"(?:ing)? down\b|\b(?:holding|held|stood|standing)\b[^.!?]{0,40}\b(?:knife|blade)\b|"
    r"\bvoices?\b[^.!?]{0,30}\b(?:telling|tell|told|tells|keep telling) me to\b|\bthinking about "
    # not "cutting back on the meds", "cutting corners"
    r"(?:overdosing|od'?ing|cutting(?! (?:back|down|out|ties|up|off|corners|hours|costs|class|school|my "
    r"hair)\b)|hurting|jumping|hanging)\b",
    r"\b(?:googl\w*|looked up|look(?:ing)? up|searched|search(?:ing)?|reading about|read about|"
    r"research\w*)\b[^.!?]{0,40}\b(?:how (?:many|much)(?! (?:calories|money|time|it costs?|does it cost|"
    r"is|are|do|for)\b)|how to (?:die|end|kill|do it|make it|not wake|overdose|od|hang|go)\b|painless|"
    r"which (?:pills|ones|of my meds)|deadly|lethal|it would take|least painful|the ones|ways to (?:die|end|"
    r"kill|do it|go|overdose|not wake))\b",
    r"\b(?:least painful|painless) (?:way|ways|method)\b|\bctb\b|\bdignitas\b",
    r"\b(?:stop(?:ped)?|quit) (?:taking )?(?:the |my )?(?:eating|" + _DRUG + r")"
    r"\b[^.!?]{0,40}\b(?:on purpose|nature take its course|it all stops|so i'?d have|have more)\b",
    r"\blet nature (?:take its course|make the call|decide)\b|\bif i (?:just )?stop(?:ped)? eating\b",
    # self-injury in its many forms
    r"\b(?:burn(?:ed|ing|t)?|cut(?:ting)?|scratch(?:ed|ing)?|hit(?:ting)?|punch(?:ed|ing)?|"
    r"bang(?:ed|ing)?|slash(?:ed|ing)?)\b[^.!?]{0,25}\b(?:my (?:arms?|wrists?|thighs?|legs?|"
    r"stomach|skin|forearms?|head|hands?|knuckles)|myself)\b[^.!?]{0,30}\b(?:on purpose|"
    r"(?:til|till|until) (?:it|they|i) (?:bled|bleed|split|broke|saw)|with (?:a|the) (?:lighter|"
    r"cigarette|knife|blade|razor|compass))",
    r"\bon purpose\b[^.!?]{0,20}\b(?:hurt|bled|bleed)|\b(?:til|till|until) (?:it|they) (?:bled|"
    r"bleeds?)\b|\bwanted it to hurt\b|\b(?:hit|hitting|punch(?:ed|ing)?|bang(?:ed|ing)?) myself\b(?![^.!?]{0,40}\b(?:door|cupboard|by accident|accidentally|clumsy)\b)|\b(?:til|till|until) my (?:knuckles|hands?|arms?|skin|head)\b"
    r"[^.!?]{0,10}\b(?:split|bled|broke|bleed)",
    r"\b(?:the|a|my) (?:blade|razor)\b|\b(?:on|do|did|doing|from|about|my) sh\b(?!-)|\bsh (?:again|"
    r"urges?|scars?|relapse)\b|\b(?:fresh |the |my )?cuts (?:on|to) my\b|"
    r"\bcurling iron on my\b|\bpress(?:ed|ing)? the knife\b|\bsince i last cut\b|\bi cut (?:last "
    r"night|yesterday|today|this morning)\b|\bcut(?:ting)? (?:on )?my (?:arms?|wrists?|thighs?|legs?|stomach)\b",
    r"\bpicking at the cuts\b|\bmade myself (?:throw up|bleed)\b[^.!?]{0,30}\b(?:blood|hurt)\b",
    # a burden, worth more dead
    # not a burden for now, with the reason ("a burden on my mum since the surgery", probe V)
    r"\b(?:i'?m|i am|being|been|as) (?:just |only |such )?(?:a |the )?(?:burden|drain|weight) "
    r"(?:on|to|for)\b(?![^.!?]{0,30}\b(?:since|after|with) (?:the|my) (?:surgery|accident|op|operation|injury|fall|"
    r"break|cast|baby|birth|moan\w*|breakup)\b)|\b(?:taking|using) up (?:air|space)\b|\bweight (?:round|around) (?:everyone|everybody|their|"
    r"my family)'?s? necks?\b|\b(?:they|everyone|everybody|he|she|the kids|my family|they'?d)(?:'d| "
    r"would)? (?:manage|be|do|get on) (?:\w+ )?(?:fine|better|okay|just fine) (?:without|w/o|w/out) me\b|"
    r"\bwon'?t (?:bother|trouble|burden) (?:you|anyone|anybody) (?:again|anymore|much longer|for "
    r"long)\b",
    r"\binsurance\b[^!?]{0,80}\b(?:better|pays out|worth more|than me|than with me)\b|"
    r"\bworth more (?:dead|than i am|than me)\b|\bone less (?:problem|mouth|burden)\b",
    r"\b(?:relieved|lighter load|happier|easier|better)\b[^.!?]{0,40}\bif i\b[^.!?]{0,20}\b"
    r"(?:gone|in the picture|around|here|missing|didn'?t exist|vanished|disappeared)\b",
    r"\b(?:won'?t|wouldn'?t|don'?t|didn'?t|didnt) (?:have to|need to) (?:worry|deal) (?:about|with|w) me\b|"
    r"\bwithout me (?:around|here|in the way)\b|\beasier for (?:everyone|everybody|them) (?:later|after)\b|\bsoon "
    r"you won'?t have to\b",
    # no way on, no way out
    r"\bhow (?:many|much) (?:more )?(?:years|weeks|days|months|of this)\b(?! (?:do|does|did|will|until|till|before|sober|clean)\b)[^.!?]{0,25}\b(?:i can|"
    r"i got|i have|i'?ve got|in me|i can do|i can take)\b",
    r"\bi mean (?:my whole life|life|living|existing|any of it|all of it)\b|\b(?:sense|point) in "
    r"(?:keeping on|carrying on|going on|living|me)\b|\breason to (?:keep (?:myself )?going|go on|"
    r"stay alive|keep living|live|be here|stick around)\b(?! to\b)|\bhow much longer i can keep "
    r"carrying\b|\bwhat'?s the point of any of this\b|\bno point in (?:much|anything)\b|"
    r"\bonly reason i'?m still going\b|\b(?:everyone|everybody|they) tells? (?:you|me) (?:not|never) "
    r"to (?:think about|take|consider)\b|\brather have a dead\b|\bdon'?t try to talk me (?:round|"
    r"out)\b|\brunning out of reasons\b|\b(?:end|limit) of what i can (?:carry|take)\b|\bexisting is\b",
    r"\b(?:can'?t|cannot|can not) keep (?:doing this|going|carrying (?:it|this|on)|living)\b"
    r"(?![^.!?]{0,25}\b(?:at work|job|shifts?|rota|course|class|with (?:my|the|him|her))\b)",
    r"\b(?:done|finished) (?:with )?(?:being alive|living|existing)\b(?! (?:here|there|with|in|at|like|under)\b)|\bi'?m (?:so |just )?done\b"
    r"[^.!?]{0,10}\bwith (?:all of it|it all|everything|living)\b|\bready to be done\b|"
    r"\bdone climbing\b",
    r"\b(?:nothing|nobody|no one|no-one) (?:left )?(?:left for me|to (?:stick around|stay|live|"
    r"keep going) for)\b|\bwhat am i (?:still )?(?:here|hanging around|sticking around|living|"
    r"still here) for\b|\bwhat i am living for\b|\bfor what i am living\b",
    r"\bdon'?t see why i (?:should|oughta|ought to) (?:keep going|go on|stay|bother)\b|\bmarking "
    r"time\b|\bno reason (?:for me )?to (?:go on|keep going|stay)\b|\bno reason to keep\b",
    r"\b(?:only|one) (?:(?:one|other|clean|real) )?(?:way|exit|door) out\b|\bthe only (?:exit|door)"
    r"\b|\bonly one way i can think of\b|\bthe worst door\b",
    # euphemisms and slang
    r"\bunaliv\w*|\bkms\b|\bsewerslide\b|\blog off\b[^!?]{0,15}\bpermanently\b|\bpermanently log "
    r"off\b|\bcheck(?:ing)? (?:it|heaven) out soon\b|"
    r"\bcheck(?:ing)? out\b(?! (?:of|the|this|that|my|your|a|some|his|her|their)\b)(?=[^.!?]{0,25}"
    r"(?:not like|you know what i mean|for good|permanently))|\bgo(?:ing)? out with a bang\b|"
    r"\bchoose to leave\b|\bwhy (?:people|they|guys) (?:do it|choose)\b|\bnever to take\b",
    # goodbyes, affairs in order
    r"\b(?:drafting|writing|wrote|written|left|leaving|scheduled)\b[^.!?]{0,25}\b(?:the note|"
    r"letters? (?:to|for) (?:each|both|my|all))\b",
    r"\b(?:posted|saying|say|said) (?:a |my )?(?:goodbye|bye|goodnight)\b[^.!?]{0,40}\b(?:won'?t "
    r"be back|last time|like it'?s)\b|\blike it'?s the last time\b|\bthanks? (?:you )?for everything\b(?=[^!?]{0,"
    r"120}\b(?:before|last|(?<!so i )won'?t|don'?t worry|goodbye|bye)\b)|(?:before|last|won'?t|don'?t "
    r"worry|anymore|goodbye)\b[^!?]{0,120}\bthanks? (?:you )?for everything\b",
    r"\bwho (?:gets|'?ll get|will get|should get|'?s gonna take|is going to take) my\b|\b(?:gave|giving|given|give) (?:away )?(?:most|all|the rest) of my\b(?! (?:clothes|wardrobe|books|toys)\b)(?![^.!?]{0,80}\b(?:moving|move|downsiz\w*|declutter\w*|relocat\w*|minimalis\w*|charity|new (?:flat|house|place|apartment))\b)|\b(?:sold|gave)"
    r" (?:away )?my \w+ and my \w+\b",
    r"\b(?:take|look after|feed|care for|mind)\b[^.!?]{0,25}\b(?:my |the )?(?:cat|dog|fish|kids|"
    r"tabby|boys|girls|him|her|mother)\b[^.!?]{0,20}\b(?:if|when|after|in case|just in case)\b"
    r"[^.!?]{0,15}\b(?:i'?m|im|something happens|anything happens|not around|gone)",
    r"\b(?:changed|updated|signed)\b[^.!?]{0,15}\bbeneficiary\b|\bty(?:ing|e|ed) (?:up|off) (?:the )?"
    r"loose (?:ends|threads)\b|\bwho (?:would|could|will|'?d) take (?:a|my|the) (?:cat|dog|kitten|"
    r"puppy|fish|hamster|bird)\b|\b(?:showed|left|wrote down|written down|told)\b[^.!?]{0,30}\b(?:"
    r"insurance papers|bank (?:password|stuff)|passwords|the deed)\b|\bbye\b[^.!?]{0,30}\bproperly\b|"
    r"\b(?:wrote|written|writing) (?:a|the) note\b(?! (?:to|for|on|about)\b)|"
    r"(?<!so i )\bwon'?t be (?:needing|reading|playing|using|walking)\b[^.!?]{0,20}\b(?:it|them|him|her|these)"
    r"\b(?! (?:for|while|until|till|during|at|because|cos|since)\b)|\bwon'?t need (?:these|this)\b|"
    r"\b(?:leave|left) things tidy\b|\bwon'?t (?:need|be needing) (?:it|them|a \w+ coat)\b|"
    r"\bnot gonna need it\b|\bwhere to send my body\b|\b(?:picturing|imagining|planning|"
    r"thinking about) my (?:own )?funeral\b|^after\.$",
    r"\bif i (?:don'?t|dont) (?:call|show up|answer|reply)\b[^.!?]{0,30}\b(?:don'?t|dont)\b",
    # played down, hinted, a plan, an attempt
    r"\b(?:wasn'?t|not|isn'?t) (?:totally |really |entirely |completely )?(?:joking|kidding)\b|"
    r"\b(?:joking|kidding|jk)\W+(?:mostly|kinda|sort of|half)\b|\bless jokey\b",
    r"(?<!until )(?<!till )(?<!once )(?<!when )(?<!unless )\bi (?:have|'?ve got|got) (?:a|the) plan\b(?! (?:for|to)\b)|\b(?:worked out|figured out|"
    r"picked|haven'?t picked)\b[^.!?]{0,20}\b(?:the when|the how|the day|a date)\b|\bhow "
    r"(?:this|it all|it) ends\b|\bmade a decision\b[^.!?]{0,20}\bends\b",
    r"\b(?:since|when) i tried\b|\b(?:my|the|last|first|second) attempt\b|\battempt anniversary\b|"
    r"\bcouldn'?t even do that right\b|\bdo it quickly\b|\bgo too\b",
    r"\bdon'?t (?:\w+ )?(?:deserve|get) to (?:live|be alive|stay|have things)\b|\bdeserve to "
    r"stay on this earth\b",
    # phrasings the second pass over the written messages found, across the concepts above
    # (they did not move the blind `fresh3` check: kept because each is a plain warning sign)
    r"\b(?:sooner|rather) not (?:be around|be here|exist|wake up)\b(?! (?:for|at|during|when) (?:this|the|that|"
    r"my|his|her)\b)|\bbetter off not (?:being around|being "
    r"here|existing|alive)\b|\bdon'?t see the point (?:no more|anymore)\b|\bwhether i (?:stick around|keep "
    r"living|want to (?:keep living|live|be here))\b|\bwant to keep living\b|\bstop everything\b|\b(?:take|"
    r"taking) (?:everything|all|all of (?:them|it)|the lot|the whole \w+)\b[^.!?]{0,25}\bat once\b|\b(?:way "
    r"out|way outta)\b[^.!?]{0,15}\bbut (?:one|the one)\b|\bslow(?:s|ed)? down\b[^.!?]{0,30}\b(?:cross|bridge|"
    r"crossing)|\b(?:bridge|crossing)\b[^.!?]{0,40}\bslow(?:s|ed|ing)? down\b|\brunning in the garage\b|"
    r"\bshould(?:a|'ve| have) (?:got|killed|taken) me\b|\bcan'?t (?:\w+ ){0,5}(?:tell|say)\b[^.!?]{0,20}\bhaven'?t thought "
    r"about it\b|"
    r"\b(?:putting|put|set|setting) (?:the |my |some )?" + _DRUG + r" aside\b|\b(?:boxes|packets|packs|"
    r"bottles) (?:saved|stashed|put aside)\b|\bmore of (?:it|them) saved\b|\bknow exactly what i(?:'d| "
    r"would) need\b|\b(?:know|knows|shown|showed)\b[^.!?]{0,10}\bwhere the (?:deed|will|insurance|bank|"
    r"passwords?|papers)\b|\bdon'?t think i deserve (?:them|to eat|food|to live|to be here)\b|\bthe top of "
    r"the (?:cliffs?|bridge|building|multi-storey)\b|\b(?:lorry|truck|car|bus|train|the \d{1,2}[:.]\d\d)\b[^.!?]{0,15}\b(?:not "
    r"stopping|doesn'?t stop|didn'?t stop)\b|\bwouldn'?t mind (?:dying|if i died|not waking)\b|\blast "
    r"person i'?m (?:talking|speaking) to\b|\bnot (?:sticking|staying) around to see\b|\bdone\b[^?!]{0,25}"
    r"\bwith living\b",
    r"\b(?:for|to|at) my (?:own )?funeral\b|\bif i (?:die|died|was dead|were dead)\b(?! of\b)|\btake my "
    r"soul\b|\bforgive me (?:ahead of time|in advance)\b|\bup to see (?:him|her|them) myself\b|\b(?:if|"
    r"without) i (?:wasn'?t|wasnt|weren'?t) in the way\b|\b(?:can'?t|cannot|can not) continue (?:this "
    r"life|living|like this)\b|\b(?:picture|imagine|think about) (?:going|driving|stepping|jumping) "
    r"off\b",
    # probe set F (stop 22): phrasings nobody had written yet
    r"\b(?:won'?t|will not) be (?:a problem|a burden|in (?:anyone'?s|your|their) way) (?:for )?(?:much|very|"
    r"too) (?:longer|long)\b|\btired of waking up\b|\b(?:rest|sleep) forever\b|\bsleep and never wake\b",
    r"\bif i (?:was|were|wasn'?t|weren'?t) (?:gone|out of the picture|around anymore|here anymore|alive)\b|"
    r"\b(?:nobody|no one|no-one) would (?:even )?(?:notice|care|miss me) if i (?:vanished|disappeared|was "
    r"gone|died|wasn'?t here|went)\b|\b(?:wish i'?d|if i'?d|i'?d) never been born\b|\bdeserve to (?:just )?"
    r"(?:disappear|die|not exist|not be here|rot)\b",
    r"\bdone with (?:everything|it all|life|all of it|this life)\b|\b(?:don'?t|can'?t|cant|dont) (?:really |even )?see (?:a|any) "
    r"future (?:for me|anymore|ahead)?\b|\bhad enough of (?:this )?(?:life|living)\b|\blet god decide\b",
    r"\bwhich pills and how many\b|\b(?:haven'?t|just need to|already) pick(?:ed)? (?:a|the) (?:day|date)\b|"
    r"\bwhat i might do to myself\b|\b(?:overdosed|od'?d|took (?:them|it|too many)) on purpose\b|"
    r"\b(?:took|take|taking|swallowed)\b[^.!?]{0,60}\b(?:kinda|kind of|sort of|half|partly) on purpose\b",
    r"\blet(?:ting)? go of the (?:wheel|steering wheel)\b|\bhop(?:e|ing) (?:that )?i (?:get|got) hit by\b|"
    r"\bif i (?:got|had|get) (?:cancer|hit by a \w+)\b[^.!?]{0,30}\b(?:relieved|relief|wouldn'?t mind|fine "
    r"with it|glad)\b|\b(?:bridge|tracks|river|ledge|edge)\b[^.!?]{0,30}\b(?:looked|looks|seemed) "
    r"(?:so )?(?:peaceful|inviting|calm)\b",
    # probe sets F and J (stops 22-23): phrasings the first round missed
    r"\bif i (?:\w+ ){0,3}(?:crashed|crash|died|die|(?:don'?t|didn'?t|never) wake up)\b[^.!?]{0,60}(?:\bi "
    r"(?:wouldn'?t|don'?t think i'?d|would not|won'?t) (?:mind|care)\b|\boh well\b)|\bdon'?t care if i "
    r"(?:use|take|do) too (?:much|many)\b|\b(?:narcan(?:ned|'?d)?|revived|brought) me(?: back)?\b[^!?]{0,60}"
    r"\bwish (?:she|he|they|you|\w+) (?:hadn'?t|didn'?t|had not|wouldn'?t have)\b",
    r"\b(?:better|best|easier) (?:if )?i (?:go away|leave|disappear|vanish) forever\b|\bif i (?:just )?\w+ "
    r"(?:forever|for good|permanently)\b(?<!\bmoved forever)(?<!\bleft for good)|\bshould(?:'ve| have) been "
    r"the (?:second|third|fourth|fifth|sixth|next one)\b|\b(?:easier|better|simpler)\b[^.!?]{0,15}\bto "
    r"(?:just )?not (?:be (?:here|around|alive)|exist|wake up)\b",
    r"\b(?:keep|kept|been) (?:thinking|picturing|dreaming) (?:about|of) (?:the|that) (?:" + _HIGH_PLACE[3:-1] + r"|"
    r"train tracks|tracks|river|train)\b(?! (?:repairs?|works|closure|traffic|toll))|\btiming the trains\b|"
    r"\bif i (?:jumped|jump|stepped|threw myself) (?:off|from|in front)\b|\b(?:hurts?|painful|long it takes) "
    r"to (?:drown|die|hang|bleed out|overdose)\b|\b" + _DRUG + r"\b[^.!?]{0,10}\bcounted (?:out|up)\b|\bfor "
    r"when i'?(?:ve| have) had enough\b|\btook\b[^.!?]{0,40}\bto see what (?:would|will|might) happen\b",
    r"\btid(?:y|ying|ied) up (?:the |my |some )?loose ends\b|\b(?:handing|handed|giving|gave|given) (?:out|away) "
    r"my \w+(?: \w+)? and my\b|\bgiv(?:ing|e|en) (?:away )?my \w+ (?:away )?to (?:anyone|anybody|whoever)\b|"
    r"\bleav(?:e|ing) (?:a|any) mess (?:for|behind for) (?:anyone|anybody|everyone|my|them|the kids)\b|"
    r"\bsaid (?:a |my )?(?:goodbyes?|bye)\b[^!?]{0,60}\b(?:didn'?t|don'?t|doesn'?t|doesnt|didnt|did not) "
    r"know\b|\ba real goodbye\b",
    r"\b(?:went|gone|going|go) back to cutting\b|\brelapsed (?:on|with|into) (?:cutting|self[- ]?harm|sh)\b|"
    r"\bwaiting for (?:it all|everything|all of it) to (?:be over|end|stop)\b|\bwant (?:it|this|everything"
    r"|it all) to (?:just )?(?:stop|end)\b[^?!]{0,20}\b(?:forever|for good)\b|\b(?:picturing|imagining|"
    r"see|seeing) myself (?:in a (?:coffin|casket|grave)|dead)\b|\b(?:kindest|best) thing i could do "
    r"(?:for \w+(?: \w+)? )?is (?:leave|go|disappear|die|not be)\b|\bpointless,? (?:me|myself) included\b|"
    r"\bjust want to (?:go to )?sleep for (?:a (?:very |really )?long time|ever)\b|\b(?:don'?t|dont|do not) want to "
    r"(?:go on|carry on|continue) (?:like this|living like this)\b|\b(?:" + _HIGH_PLACE[3:-1] + r")\b[^.!?]{0,40}\blook(?:ing)? down\b|"
    r"\b(?:did it|killed (?:him|her)self|took (?:his|her) (?:own )?life)\b[^.!?]{0,40}\bi (?:get|understand|"
    r"see) why\b",
    # probe Y (stop 25, warmline calls): warning signs that name no suicide word
    # a future the caller cannot see
    r"\b(?:can'?t|cannot|can not|don'?t|dont|never) (?:really |even )?(?:picture|imagine|see) (?:myself |me )?"
    r"(?:being |still |getting |making it )?(?:alive|that far|anywhere in|around (?:by|at|in|for|past))\b|"
    r"\b(?:don'?t|dont|stopped|quit) (?:make|making) (?:any )?plans (?:past|beyond|after)\b(?! \w+ (?:because|cause|since|as|when)\b)|\bthere'?s no "
    r"(?:future|\w+ years?|next year|next summer) for me\b(?! (?:in|at|with|here|there|if|unless)\b)|\b(?:stopped|quit|don'?t|dont) count(?:ing)? on "
    r"(?:seeing|being (?:here|around) for|making it to)\b|\bsooner'?s fine (?:with|by) me\b",
    # means named by the thing, and what the caller does with them
    r"(?<![\w.])\.(?:22|38|45|357)\b(?![^.!?]{0,20}\brange\b)|\b(?:sidearm|service weapon|glock|9 ?mm)\b|\b" + _DRUG + r"\b[^!?]{0,80}\b"
    r"(?:counted|counting)\b(?! (?:the |down the )?(?:hours|days|minutes|weeks))|\b(?:whole|full) bottle\b[^!?]{0,80}\b(?:looking at|staring at)\b|\b(?:thinking|"
    r"think|thought) about\b[^.!?]{0,20}\b" + _DRUG + r"\b[^.!?]{0,30}\bleft ?over\b|\bgarage door (?:down|"
    r"closed|shut)\b|\btailpipe\b|\b(?:floors|stories|storeys) up\b[^.!?]{0,30}\b(?:lean\w*|rail\w*)\b|"
    r"\blet(?:ting)? go of the (?:rail|railing)\b|\bread (?:up )?(?:on )?how (?:much|many) (?:it|would|of)\b|"
    r"\beuthanasia (?:drugs|solution|meds)\b[^!?]{0,80}\b(?:easy|for me|myself)\b",
    # arrangements and goodbyes
    r"\b(?:whatever|no matter what) happens to me\b|\bso (?:nobody|no one|no-one)(?:'?s| is| gets?| will be)? "
    r"(?:stuck|left) (?:with|holding|paying|cleaning)\b|\bremember me (?:like that|like this|that way|this way|"
    r"as)\b|\b(?:wrote|written|writing|made) (?:out |up |down )?(?:a list of )?who gets\b|\bsigned (?:the|my) "
    r"(?:house|car|truck|property|accounts?) over\b|\b(?:matters?|need(?:ed)?) where i'?m (?:headed|going)\b|"
    r"\bthe last thing on my list\b|\banything of me left\b|\bhow long (?:it takes|before) (?:for )?"
    r"(?:someone|somebody|a body|people) (?:to be|is|are|gets?) found\b|\bwon'?t need (?:help|anything|you|"
    r"therapy|the \w+) (?:much longer|for (?:much )?long)\b|\babout to get (?:a lot |much )?simpler\b|"
    r"\blike everything'?s (?:decided|settled|sorted)\b|\bpays out no matter what\b|\bsuicide clause\b|"
    r"\b(?:passwords|birth certificates)\b[^!?]{0,60}\bjust in case\b",
    # already gone, fading out
    r"(?<!like you're )(?<!like you are )\b(?:a ghost|dead) already\b|\balready (?:feel |am )?dead\b|\buntil it'?s official\b|\bmy body "
    r"(?:catches|caught) up\b|\bnobody told my body\b|\b(?:i'?ll|i will|i could) just stop\b[^.!?]{0,40}\b"
    r"(?:nobody|no one) (?:will|would|'?d) notice\b",
    # voices that command harm; an attempt told lightly; daring fate
    r"\bvoices?\b[^!?]{0,80}\b(?:telling|tells|told|saying|says) (?:me )?(?:to|i (?:should|have to|need to|"
    r"must|deserve))\b|\bshould cut\b(?! (?:back|down|out|off|ties|carbs|class|corners|costs|hours))|"
    r"\bpunish(?:ing)? myself\b|\bknife drawer\b|\bcome be with (?:them|him|her)\b|\bangels?\b[^!?]{0,60}"
    r"\btime to go home\b",
    r"\btook (?:a bunch|a handful|a load|loads|a lot|most|all) of (?:my |the |her |his )?" + _DRUG + r"\b|"
    r"\bpumped my stomach\b|\b(?:did|done) (?:a |something )?(?:dumb|stupid) (?:thing )?(?:with|on) (?:my )?"
    + _DRUG + r"|\bcalled (?:911|999|112|an ambulance) on myself\b|\bjump(?:ed)? off (?:the |a |my )?(?:\w+ )?"
    r"(?:roof|bridge|balcony|building|ledge|overpass|cliff)\b|\bfound me\b[^.!?]{0,30}\bwith the (?:cord|"
    r"rope|belt|pills|knife)\b|\bif i don'?t make it,? i don'?t make it\b|\b(?:don'?t|dont|do not) even "
    r"care what happens to me\b|\bjust waiting (?:for )?my turn\b(?! (?:in|at|to)\b)|\bbetter (?:if )?i "
    r"go (?:to|in|into) the (?:river|lake|sea|ocean|water|tracks)\b",
    # fresh5 (stop 25), measured once and then tuned on: the same concepts in twelve more voices
    r"\bhow easy it(?:'d| would) be to (?:just )?(?:not|stop|go|end|let go|drive|step|jump|fall|disappear|"
    r"never)\b|\bif i (?:just )?(?:wasn'?t|weren'?t|wasnt|was not|were not) (?:anywhere|alive|here at all|around "
    r"at all)\b|\bworth more to (?:them|her|him|my \w+) (?:that way|dead|gone)\b|\b(?:thinking|think|thought)"
    r"\b[^.!?]{0,25}\babout how (?:he|she|they) (?:went about it|did it|managed it)\b",
    r"\b(?:manage|cope|get on|get by|be fine|be better) without me\b|\b(?:cope|do|be) better with (?:a |me )?dead\b|"
    r"\bhop(?:e|es|ing|ed)\b[^.!?]{0,20}\b(?:wouldn'?t|won'?t|don'?t) have to (?:do|face|see|wake up to) "
    r"(?:tomorrow|another day|today)\b|\bif i decide i'?m (?:finished|done)\b|\b(?:paperwork|papers|affairs|"
    r"finances|accounts) in order\b[^!?]{0,100}\bin case\b|\b(?:told|showed|shown)\b[^.!?]{0,30}\b(?:where "
    r"(?:the|my) will is|which of my things)\b",
    r"\b(?:looked up|look up|googled|checked|searched)\b[^.!?]{0,10}\bhow (?:high|tall|far down|deep)\b|"
    r"\b(?:i'?m )?done for good\b|(?<!n't )(?<!aint )(?<!not )(?<!'re )(?<! are )(?<!he's )(?<!she's )\bdone with me\b(?! yet)|\bmake (?:that|it) literal\b|\bwhy i (?:even )?bother "
    r"(?:waking up|getting up|living|breathing|existing)\b|\b(?:found|finding|rehomed|rehoming) (?:new )?(?:a )?homes? "
    r"for (?:both |all )?(?:my|the|our|both) (?:cats?|dogs?|pets?)\b(?![^.!?]{0,60}\b(?:moving|move|lease|landlord|"
    r"allerg\w*|new (?:flat|house|place|apartment|job)|baby)\b)|\btold (?:the neighbou?rs|people|everyone) i'?m "
    r"going away\b|\bwithout lighting (?:it|the)\b",
    r"\b(?:isn'?t|is no|there'?s no) (?:really )?(?:an )?after for me\b|\blooking over the (?:railing|rail|edge|"
    r"side)\b|\b(?:it|everything)(?: would|'d| will) (?:all )?(?:just )?stop\b(?! (?:hurting|raining|ringing|"
    r"working|bothering)\b)|\bif (?:a|the) (?:car|bus|truck|lorry|train) (?:hit|clipped|took out|ran over|knocked "
    r"down) me\b[^.!?]{0,40}\b(?:relieved|relief|wouldn'?t mind|fine|glad|better)\b|\bmy (?:arms?|wrists?|hands?|"
    r"legs?|skin|thighs?)\b[^.!?]{0,40}(?<!not )\bon purpose\b|\bfade (?:out|away)\b[^.!?]{0,30}\b(?:nothing "
    r"left|for good|forever|completely)\b|\bwant to fade (?:out|away)\b",
    r"\b(?:reading|read|looked up|googl\w*)\b[^.!?]{0,40}\bwhat happens to (?:your|my|the) (?:heart|body|liver)\b|"
    r"\b(?:going to|gonna) take me\b[^!?]{0,40}\b(?:okay|ok|fine|at peace) with (?:that|it)\b|\b(?:till|until) i "
    r"(?:saw|see) blood\b|\b(?:better|easier) (?:if )?i (?:am|was|be|were) not (?:alive|here|living)\b|\b(?:tablets|"
    r"pills|medicine|meds)\b[^!?]{0,80}\b(?:all together|all at once)\b|\btired (?:for|from) (?:living|life|"
    r"being alive)\b|\bnot (?:arrive|get|make it) (?:there )?alive\b|\b(?:pills?|tablets|meds)\b[^!?]{0,40}\b"
    r"(?:just )?looking at (?:them|it)\b|\bacross my (?:knees|lap)\b",
    # probe V (stop 26): not caring whether an accident kills them
    r"\b(?:wouldn'?t|would not|won'?t|wouldnt) (?:really |even |much )?mind if (?:the|my|a|i)\b[^.!?]{0,40}"
    r"\b(?:went down|crash\w*|died|didn'?t (?:wake|come|make)|hit me|killed me|never (?:came|woke|made))\b|"
    r"\b(?:without looking|traffic|red lights?|cross(?:ing)? the (?:road|street))\b[^!?]{0,80}\bwhatever happens\b|"
    r"\b(?:didn'?t|did not|don'?t|dont|do not) (?:much |really |even )?care (?:anymore |any more )?if i "
    r"(?:came back|come back|make it|made it|wake up|woke up|survive|lived|live|died|die|wrap|crash|hit|drown)\b|"
    r"\bif i (?:go into a coma|die|drop dead),? i (?:go into a coma|die|drop dead)\b",
    # lethality asked about "for information"
    r"\b(?:what'?s|what is|how much is) (?:the |a )?(?:lethal|fatal|deadly) (?:dose|amount)\b|\bdoes (?:drowning|"
    r"hanging|jumping|bleeding out|an overdose|overdosing) hurt\b|\bis (?:drowning|hanging|an overdose) (?:quick|"
    r"painless)\b|\bbleed(?:ing)? out\b|\bif (?:someone|somebody|a person|you|i) (?:took|takes|take|swallowed) "
    r"(?:all (?:of )?(?:their|your|my|the)|a whole|the whole|every|a full|enough)\b[^.!?]{0,30}\b(?:at once|pills|"
    r"bottle|lithium|meds|tablets|insulin)\b|\btake enough (?:sleeping )?(?:pills|tablets)\b",
    # finality: a message for after, a calm decision, the last message, the passwords sent
    r"\b(?:called|rang|texted|messaged|wrote to|reached out to) (?:everyone|everybody|all of them)\b[^!?]{0,120}\bjust "
    r"to say (?:thanks?|thank you|sorry|goodbye|bye|i love)\b|"
    r"\bi'?ve made (?:a|the|my) decision and (?:everything|i)\b[^.!?]{0,20}\b(?:light|lighter|calm|peace|quiet|"
    r"easy|easier)\b|"
    r"\bif anything (?:happens|should happen)(?: to me)?\b[^.!?]{0,40}\b(?:tell|let|give|make sure)\b|"
    r"\bnow that i'?ve (?:decided|made (?:up my mind|my decision|the decision))(?=[,.!;]|\s+(?:everything|it'?s|"
    r"i feel|things|i'?m))|\bsent (?:my \w+|her|him|them) (?:all )?(?:the |my )?passwords\b|\bpasswords to "
    r"everything\b|\b(?:wrote|written|left) (?:some |a few |the )?letters\b[^!?]{0,120}\b(?:drawer|all sorted|"
    r"it'?s sorted|in case|for when|for after|just so)\b|\bmy last (?:message|post|text|call)\b[^!?]{0,100}"
    r"\b(?:don'?t worry about me|goodbye|bye|thank you for everything|thanks for everything|you'?ve all been)\b|"
    r"(?<!so )\bi won'?t (?:be )?(?:needing|need) (?:these|the|this|your|our) (?:calls|chats|sessions|line|"
    r"group|texts)\b(?! (?:for|while|until|till|during|because|cos|since)\b)",
    # a burden, the problem; self-harm in other words
    r"\bi'?m (?:just |such )?a burden\b(?! (?:on|to) \w+ (?:\w+ )?(?:since|while|until|till|during|for now)\b)|"
    r"(?:'d| would) (?:all )?be (?:fine|better|happier)\b[^!?]{0,60}\bi'?m the (?:problem|reason)\b|"
    r"\bbetter off\b[^.!?]{0,60}\bwithout me\b|\bwithout me in the picture\b",
    r"\b(?:arms?|wrists?|thighs?|legs?)\b (?:are|is) (?:a mess|cut up|shredded) again\b|\b(?:arms?|wrists?|thighs?|"
    r"legs?|skin)\b (?:are |is )?covered in (?:cuts|scratches|burns)\b(?! from)|\b(?:biting|bit|bite|scratching|"
    r"scratched|hitting|punching|pinching|burning|burned|burnt)\b (?:the inside of )?my (?:own )?(?:arms?|wrists?|"
    r"legs?|thighs?|skin|hands?|face|head)\b[^.!?]{0,30}\b(?:till|until) (?:it|they|i)\b|\b(?:holding|held|hold|"
    r"put|putting) my (?:hand|arm|fingers?)\b (?:over|on|in|against) (?:the )?(?:gas|flame|fire|stove|hob|iron|"
    r"candle|lighter)\b(?![^.!?]{0,20}\b(?:warm|heat)\b)|\bi deserve (?:to (?:hurt|suffer|feel pain|be "
    r"punished|bleed)|the pain|it to hurt)\b|\b(?:haven'?t|not) eaten\b[^!?]{0,40}\b(?:don'?t|dont) deserve\b",
    # a place to jump visited, means kept as a plan, slang
    r"\b(?:went|go|going|drove|walked) (?:up |out )?to the " + _HIGH_PLACE + r"\b[^.!?]{0,60}\b(?:stood there|just "
    r"stood|sat on the edge|looked down|looking down)\b(?![^.!?]{0,30}\b(?:photo|view|sunset|fish)\w*)|"
    r"\bsnap\w* (?:it|a hair tie|a rubber band|the band)\b[^.!?]{0,30}\b(?:raw|bleed\w*|bruis\w*|welts?)\b|"
    r"\b(?:pills|tablets|meds|rope|gun)\b[^!?]{0,80}\b(?:plan b|backup plan|exit plan)\b|(?:\U0001faa6|\u26b0)"
    r"\ufe0f?[^a-z]{0,12}me soon\b|\b(?:just|gonna|going to|wanna|want to|might) ctb\b",
    # fresh7 (stop 26), measured once (recall 0.520, precision 0.619) and then tuned on
    r"\b(?:gutted|disappointed|sorry|annoyed|upset|angry) (?:that )?i (?:woke up|survived|came round|made it)\b|"
    r"\bpays? out on (?:an )?accident\b|\b(?:a mercy|a blessing|a relief) if i (?:just )?(?:went|died|passed|didn'?t "
    r"wake)\b|\b(?:i'?d|id|i would) (?:rather|sooner) be dead than (?:go|going|live|living|face|be)\b|"
    r"\b(?:holding|held) (?:it|the gun|my (?:gun|weapon|pistol|rifle))\b[^.!?]{0,30}\blonger than\b",
    r"\b(?:standing|stood|sit|sitting|sat|stand) (?:on|at|up by|by) the (?:" + _HIGH_PLACE[3:-1] + r"|railway bridge|"
    r"sea wall|platform)\b[^!?]{0,80}\b(?:looking down|looked down|for (?:about |a long |a )?(?:an hour|ages|a long "
    r"time|a while|time)|think\w* (?:about|bout) (?:just )?(?:walking|jumping|stepping))\b|\blet (?:it|the sea|the "
    r"water|the river|the waves) (?:take|tek) me\b",
    r"\bif i just (?:wasn'?t|weren'?t|wasnt) around\b(?! (?:for|this|that|much|today|tomorrow|next|on|to)\b)|"
    r"\b(?:anyone|anybody|nobody) (?:would )?(?:even )?notice\b[^!?]{0,60}\b(?:permanently|for good|forever)\b|"
    r"\b(?:simply |just )?disappear\b[^!?]{0,40}\binsurance\b|\binsurance instead of\b|\bif (?:the|a) \w+ "
    r"(?:rolled|fell|landed|crashed|went) (?:on|over|into) me\b[^.!?]{0,60}\b(?:mind|care|bother)\b|\bbutton\b[^.!?]"
    r"{0,60}\b(?:never wake|not wake|die|end it)\b",
    r"\bif anything happens\b[^.!?]{0,30}\b(?:to have|gets?|can have|takes?|look after)\b[^.!?]{0,20}\b(?:the|my) "
    r"(?:dogs?|cats?|kids|boy|girl|horses?)\b|\blook after my (?:boy|girl|son|daughter|dogs?|cats?) for me\b[^.!?]"
    r"{0,30}\bwhatever happens\b|\bclinics? in switzerland\b|\bhow many\b[^.!?]{0,30}\b(?:tablets|pills|meds)\b"
    r"[^.!?]{0,20}\b(?:would be enough|it would take|would do it)\b|\bwho'?s got a future\b",
    r"\blog(?:ging)? off (?:for good|permanently|forever)\b|\bwhat is the use of (?:me )?(?:being alive|living|my "
    r"life)\b|\bif i don'?t wake up\b[^!?]{0,40}\b(?:not the worst|so be it|oh well|fine by me)\b|\b(?:saving|saved|"
    r"stockpiling|hoarding)\b (?:up )?(?:the |my )?(?:methadone|pills|tablets|meds|oxy\w*)\b[^!?]{0,60}\b(?:just in "
    r"case|in case|not taking)\b|\bno strength (?:left )?to (?:keep )?(?:living|go on|carry on)\b|\bask (?:god|him|"
    r"the lord) (?:not to|to not)\b[^.!?]{0,30}\b(?:morning|wake me|tomorrow)\b",
    # fresh8 (stop 27), measured blind (recall 0.431, precision 0.478, twice: before and after this
    # stop's other risk changes) and then tuned on. Doses worked out for one's own body, a heart that
    # stops, a place to jump visited night after night, the sea that looks calm from a parked car
    r"\b(?:doses?|maths|math|calculat\w*|working out)\b[^.!?]{0,40}\bfor my (?:own )?(?:weight|body)\b|\bbefore "
    r"(?:your|my|the) heart stops\b|\buntil there'?s nothing left\b[^.!?]{0,40}\b(?:peaceful|a relief|fine)\b|"
    r"\bwhy (?:it|my body|i) should (?:get to )?keep (?:me|going|living)\b",
    r"\b(?:driving|drive|drove|going|went|walking|walked) (?:out )?to the " + _HIGH_PLACE + r"\b[^!?]{0,80}\b(?:look(?:ing)? "
    r"over|most nights|every night|parking up|park up)\b|\b(?:sat|sitting|parked) in the (?:car|van|truck)\b[^.!?]{0,30}"
    r"\b(?:by|at|down by|near) the (?:pier|bridge|cliffs?|river|harbou?r|quarry|edge)\b|\bthe (?:sea|water|river) looks "
    r"(?:awful |so |really |very )?(?:calm|inviting)\b|\bone step and (?:that'?s me|i'?m|it'?s) (?:done|gone|over)\b",
    # tablets counted or kept and looked at; scratching, a compass; the way known
    r"\b(?:working out|counting|counted)\b[^.!?]{0,20}\bhow many (?:of )?(?:the |my )?(?:[\w-]+ )?(?:pills|tablets|"
    r"co-codamol|codeine|painkillers|meds|paracetamol)\b[^.!?]{0,30}\b(?:i'?ve got|i have|left|in the)\b|\b(?:his|her|"
    r"their|the) (?:tablets|pills|meds)\b[^!?]{0,80}\blook at them\b|\bscratch(?:ed|ing)? (?:my|at my) (?:arms?|legs?|"
    r"wrists?|thighs?|skin) (?:up|raw|till|until)\b|\bthe thing with the (?:compass|razor|blade|sharpener)\b|\b(?:compass|"
    r"razor|blade)\b[^.!?]{0,30}\bon my (?:leg|arm|wrist|thigh|skin)\b|\bi know the way now\b",
    # no future with me in it, what I'm still here for, how much longer alive, dying thought of
    r"\b(?:a|any) future with me in it\b|\bwhat i'?m (?:even |still )+(?:here|alive|around) for\b|\bwhat i'?m "
    r"(?:even |still )*(?:hanging about|hanging around|sticking around) for\b|\bkeep being alive\b|\bhow much "
    r"longer i can (?:keep )?(?:being alive|live|exist|go on living)\b|\bthink(?:ing|s)? (?:about|of) (?:dying|being "
    r"dead|not existing)\b|\b(?:don'?t|do not|dont) want to (?:keep )?(?:existing|exist)\b|\b(?:not|never) go(?:ing)? "
    r"back alive\b|\bif i (?:went|died|passed) in my sleep\b|\b(?:if ah|ah) didnae wake\b",
    # an accident or a crash as a relief; not noticed if gone for good; the world moving on
    r"\bif (?:a|the) \w+ (?:took|takes) me out\b[^.!?]{0,40}\b(?:bothered|mind|care)\b|\bif i (?:crashed|crash|died|"
    r"didn'?t (?:wake|make it))\b[^.!?]{0,40}\b(?:it )?(?:would|'d) be a (?:relief|blessing|mercy)\b|\bone day and then "
    r"never again\b|\bif i (?:wasn'?t|wasnt|weren'?t) around\b[^.!?]{0,60}\b(?:cleaner|easier for|move on)\b|"
    r"\bvoices? (?:say|says|tell|told|keep saying)\b[^.!?]{0,40}\b(?:nearly time|it'?s time|time to go|i should die)\b",
    # goodbyes: a will made for someone to know, the last message to a parent, keys given, not coming again
    r"\bmade (?:a|my) will\b[^!?]{0,150}\b(?:someone should know|not sure why i'?m telling)\b|\b(?:the )?last (?:one|"
    r"message|text|letter) i (?:will )?send (?:her|him|them|you)\b|\bnot coming to (?:the \w+ )?(?:or )?anything "
    r"(?:else )?(?:from now on|again|anymore)\b|\bgave (?:my|the) (?:cat|dog|pets?)\b[^.!?]{0,30}\bto\b[^.!?]{0,40}"
    r"\blook after (?:her|him|them|it) better\b",
    # fresh9 (stop 28), measured blind (recall 0.451, precision 0.697) and then tuned on. Wanting not to
    # arrive, not to want the years ahead, to go back to God early, to die here; the decision made
    r"\b(?:like|want|wish(?: i could)?) to (?:just )?not (?:arrive|exist|be anywhere|come back)\b|\bnot sure i want "
    r"the (?:\w+ )?(?:years|decades|rest of it)\b|\bgo back to (?:him|god|heaven|the lord|my maker) early\b|\bi "
    r"prefer to die\b(?![^.!?]{0,40}\bthan\b)|\b(?:already|i'?ve) decided how\b|\b(?:no|don'?t see a|do not see a) "
    r"way to (?:continue|go on with|carry on) (?:my life|living)\b|\bbetter (?:that|if) i (?:finish|end it|stop) "
    r"(?:here|now)\b|\b(?:the sea|it|the water|god) should (?:have )?tak(?:e|en) me (?:also|too|instead)\b",
    # things given away and a calm after it; the will and the medals "when I'm not long for this"; the
    # canvases labelled with who should get them; the policy they'd get; the conversation not to be here for
    r"\b(?:given|gave|giving|sold|rehomed|handed)(?: away)? (?:my|the)\b[^.!?]{0,60}\b(?:to|can have)\b[^!?]{0,140}"
    r"\b(?:(?:oddly|weirdly|strangely|very|so|really) (?:calm|settled|at peace)|no plan for after|what'?s coming after|"
    r"better (?:working|off) than)\b|\bwhen i'?m not long for this (?:anyway|world anyway)\b|\blabel(?:l)?ing (?:each|every|them|all)\b[^.!?]{0,40}\bwho (?:should|gets|will) get\b|"
    r"\b(?:policy|life insurance)\b[^!?]{0,80}\b(?:they'?d|she'?d|he'?d|they would) get\b|\bthe (?:one|only) useful "
    r"thing i (?:could|can) do\b|\bi won'?t be (?:here|around) (?:for that conversation|when (?:she|he|they) finds? "
    r"out)\b|\bend of the (?:road|line) in more ways than one\b",
    # means kept, counted, looked at: tablets kept "just in case", "there's enough", a takeaway saved
    # "and I know what it's for", the euthanasia drugs taken home, the knife on the wrist, the pesticide
    r"\b(?:keeping|saving|storing) (?:them|it|the \w+)\b[^!?]{0,80}\b(?:weeks?|months?) worth\b[^!?]{0,40}\bjust in "
    r"case\b|\bcounted\b[^.!?]{0,40}\b(?:pills|tablets|meds)\b[^!?]{0,40}\bthere'?s enough\b|\b(?:saving|keeping|"
    r"putting)\b[^.!?]{0,40}\b(?:takeaways?|take-homes?|doses?)\b[^!?]{0,80}\bi know what (?:it'?s|they'?re) for\b|"
    r"\b(?:took|brought|taking|kept|keeping) (?:some of )?(?:the )?(?:euthanasia|pentobarb\w*|sedatives?|morphine|"
    r"ketamine)\b[^.!?]{0,30}\b(?:home|in my bag)\b|\b(?:knife|blade|razor)\b[^.!?]{0,20}\bon my (?:wrist|arm|"
    r"throat|neck)\b|\b(?:staring|looking|stared|looked) at (?:that |the )?(?:sniper|pesticide|weedkiller|rat "
    r"poison|paraquat|poison|paracetamol|pills|tablets|co-codamol)\b[^.!?]{0,25}\b(?:bottle|for ages|for hours|all "
    r"night|under the sink)\b",
    # the place visited again, the car by the water, the door shut on the quiet, waking disappointed
    r"\b(?:up at|up on|standing on|stood on|out to) the (?:viaduct|bridge|cliffs?|edge|multi-storey|quarry)\b[^!?]"
    r"{0,80}\b(?:a few times|lately|again|every night|what i'?m doing)\b|\bparked (?:up )?(?:at|by|in) the "
    r"(?:layby|lay-by|car park)\b[^.!?]{0,20}\bby the (?:reservoir|lake|river|dam|sea|cliffs?)\b|\bif i (?:walked|"
    r"went|stepped|shut myself) into\b[^.!?]{0,40}\b(?:shut|closed) the door\b[^!?]{0,40}\bquiet\b|\bwake up and "
    r"(?:i'?m|feel) disappointed\b|\bdisappointed\W+that i woke up\b|\bif i (?:go to sleep and )?(?:don'?t|dont) "
    r"wake up\b[^!?]{0,40}\b(?:then fine|less hassle)\b|\bif i (?:am|was|were|'m) not there(?: only)?\b[^.!?]{0,40}"
    r"\b(?:will|would) (?:go|stop|end|be (?:better|easier|peaceful))\b|\blife in general\b[^!?]{0,60}\banother (?:year|"
    r"month) in me\b",
)

# Someone else's risk, or a denial given in answer ("my dad's suicide", "No, I'm not suicidal,
# just angry"): blanked before the patterns are tried, so it alone raises no cue.
_OTHERS_RISK = re.compile(
    r"\b(?:died|dies|death|lost (?:him|her|them|(?:a|my|our|two|three) \w+)|loss) (?:by|to) suicide\b|\b(?:his|her|their|"
    r"\w+'s) (?:suicide|overdose|self[- ]?harm)\b|\bsuicide (?:searches|prevention|hotline|line|"
    r"awareness|rates?|forums?)\b|\babout suicide\b|\b(?:dies|died) by\b|\b(?:she|he|they|my "
    r"\w+) self[- ]?harms?\b|\b(?:took|take) (?:his|her|their) own life\b|\bsaying goodbye to "
    r"this account\b|\bend it with (?:my|the|him|her)\b|\b(?:died|dying|death) (?:of|from) an? overdose\b|"
    r"\boverdose vigil\b|\bsuicide loss\b|\bself[- ]?harm (?:accounts|videos|content)\b|\bunaliv\w* "
    r"(?:him|her|them)sel(?:f|ves)\b|(?<!brain )(?<!head )(?<!mind )(?<!voice )\b(?:keeps|has been|'s been|is always) (?:talking|saying|going on|"
    r"posting|texting)\b[^.!?]{0,40}|\b(?:he|she|they) (?:don'?t|doesn'?t|do not|does not) care if "
    r"(?:he|she|they)\b[^.!?]{0,20}|\b(?:is|'s|are) stockpiling (?:his|her|their)\b|"
    # someone else's words (fresh5): "he told me he's got nothing to live for", "Customer told me to
    # go kill myself"; a threat made in jest: "if my nan asks one more time... I'm going to walk
    # into the sea"
    r"\b(?:told|tells|said|says|telling) (?:me|us) (?:that )?(?:he|she|they)\b[^.!?]{0,40}|\b(?:told|tells|"
    r"telling) me to (?:go )?(?:kill|hang|off) (?:myself|yourself)\b|\bone more time\b[^.!?]{0,40}\b(?:i'?m "
    r"(?:going to|gonna)|i'?ll|i'?m) (?:walk(?:ing)? into the (?:sea|ocean|lake)|scream|lose it|lose my mind|explode)\b|"
    # a task, not a life: "I'm so done with this job, I can't take it anymore" (probe Y)
    r"\b(?:done with|sick of|fed up with) (?:this|my|the) (?:job|work|boss|manager|class|course|commute|"
    r"shift|landlord|school)\b[^.!?]{0,10}\bcan'?t (?:take|do) (?:it|this) anymore\b|"
    # fresh8: a loss to suicide however it is put, the bereaved, a friend's words, quoted words,
    # a task ("can't go on doing 13-hour shifts", "I'd rather jump off the scaffold than sit through..."),
    # a group joke, a goodbye letter to an illness, firearms at a club, a range or a hunt
    r"\blost (?:a|my|our|his|her|their|an|me) [\w' ]{1,30} to suicide\b|\bbereaved by suicide\b|\bmy \w+,? (?:he|she) "
    r"(?:say|says|said) (?:he|she) (?:want|wants) to die\b|\b(?:he|she|they|dad|mum|mom|my \w+) (?:said|says|keeps "
    r"saying)(?: to [\w ]{1,20})?(?: yesterday| today| last night)?,? ['\"\u2018\u201c][^'\"\u2019\u201d]{0,80}|"
    r"\bcan'?t go on (?:doing|working)\b[^.!?]{0,40}|\b(?:i'?d|id) rather (?:jump|walk|throw myself)\b[^.!?]{0,40}\bthan "
    r"(?:sit|go|do|listen|attend|have|watch)\b|\bwho else wants to\b[^.!?]{0,40}|\bgoodbye letter to (?:my )?(?:eating "
    r"disorder|ed|anxiety|depression|addiction|the drink|bulimia|anorexia)\b|\bwant (?:mum|mom|dad|him|her|my \w+) to "
    r"die\b|\b(?:assembly|talk|lesson|class|video) about self[- ]?harm\b|\b(?:his|her|their) goodbye (?:note|letter)\b|"
    r"\bif \w+ (?:doesn'?t|doesnt|does not|don'?t)\b[^.!?]{0,60}\b(?:i'?m (?:going to|gonna)|i'?ll) walk into the "
    r"(?:sea|ocean|lake)\b|\bwant to die of (?:cringe|embarrassment|shame|laughter)\b|"
    r"\b(?:shotgun|rifle|gun)s?\b[^.!?]{0,60}\b(?:club|range|clay|pigeons?|hunting|springbok|deer)\b|\b(?:club|range|"
    r"clay pigeon|hunting|the shoot)\b[^.!?]{0,60}\b(?:shotgun|rifle|gun)s?\b|"
    # someone else's self-harm, and grief for someone else's overdose (probes SG, OC, AF): "She's been
    # self-harming", "my friend is cutting again", "Maybe I could've stopped the overdose"
    # fresh9: a brother who "talked about ending things", a friend going to Switzerland, a friend who took
    # tablets; "I'm killing myself doing these shifts"; "I can't take this anymore - the DWP assessment
    # I mean"; firearms deactivated or locked in a cabinet passed at inspection
    r"\b(?!i\b|we\b|i'|we')(?:he|she|they|\w+)(?:'s| has|'ve| have) (?:talked|spoken|joked) about\b[^.!?]{0,30}|\b(?:she|he|they)(?:'s| is|"
    r"'re| are) going to switzerland\b|\bassisted dying\b|\b(?:she|he|they) took (?:a load of|loads of|a bunch of|"
    r"all (?:her|his|their)) (?:tablets|pills)\b|\bkilling myself (?:doing|working|with these|on these|for)\b[^.!?]{0,40}|"
    r"\bcan'?t take (?:this|it) anymore\W+(?:the|this|my) [\w ]{1,30} i mean\b|\b(?:revolver|rifle|shotgun|pistol|"
    r"gun)\b[^!?]{0,60}\b(?:deactivated|decommissioned)\b|\bgun cabinet\b|"
    r"\b(?!i\b|we\b)(?:she|he|they|\w+)(?:'s| is| has| are| have)(?: been)? (?:self[- ]?harming|cutting (?:again|"
    r"herself|himself|themselves))\b|\b(?:stopped|prevented|caught|seen|stop|prevent) (?:the|his|her|their) overdose\b")
# A question about risk the client reports and answered no: "They asked me at intake if I'd had
# any thoughts of suicide. I said no, and it's true". It spans two sentences, so it is blanked
# from the whole message (`reported_denial`), not from each sentence.
_REPORTED_DENIAL = re.compile(
    r"\b(?:asked|ask|asks)\b[^.!?]{0,40}\b(?:if|whether|about|the (?:suicide|safety|screening|usual) "
    r"questions?)\b[^.!?]{0,60}[.!?,;]?\s*(?:and )?i "
    r"(?:said|told (?:them|her|him)) no\b(?!\W+(?:that|which|it) was a lie)")
_DENIAL_OPENING = re.compile(r"^(?:[^.!?]{0,25}\?\s*)?(?:no|nah|nope|to answer your question|"
                             r"sorry if my last message)\b")
_ECHO = re.compile(r"^[^.!?]{0,25}\?")  # "Hurt myself? No."
_DENIAL = re.compile(
    r"\b(?:not|never|n'?t|no)\W+(?:\w+\W+){0,4}(?:suicidal|suicide|kill(?:ing)? my ?self|(?:want|wanna) "
    r"(?:to )?die|"
    r"ending (?:my life|it)|hurt(?:ing)? my ?self|self[- ]?harm\w*|(?:do|doing) anything)\b")


class AnyOf:
    """Patterns tried one by one: the first match, or None. Python's `re` tries every branch of
    one big alternation at every position, so these ~120 patterns run faster apart than
    joined, and each is skipped on text without a word it needs (`gated.py`)."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.gates = Gates(patterns)

    def search(self, text: str) -> re.Match[str] | None:
        for pattern in self.gates.candidates(text):
            found = pattern.search(text)
            if found:
                return found
        return None


RISK = AnyOf(RISK_PATTERNS + WIDER_PATTERNS)
# The plainly stated cues alone: a trainee's turn that says one of these back ("are you
# thinking of ending your life?") takes the cue up. The wider concepts are not used there:
# "part of you wanted to stay under the covers" takes nothing up.
STATED_RISK = AnyOf(RISK_PATTERNS)


# Typed shorthand and dropped letters in the words the patterns need (fresh5: "evryone wld be fine
# w/o me", "thinkin bout jumpin", "got the pils out"): spelled out before the patterns are tried.
typed_risk_text = word_replacer(
    {"evryone": "everyone", "every1": "everyone", "evry1": "everyone", "wld": "would", "w/o": "without",
     "thinkin": "thinking", "bout": "about", "jumpin": "jumping", "pils": "pills", "lookin": "looking",
     "livin": "living", "goin": "going", "tryin": "trying", "hurtin": "hurting", "cuttin": "cutting",
     "nothin": "nothing", "anymroe": "anymore", "anymor": "anymore", "nymore": "anymore", "dnt": "don't",
     "cnt": "can't", "wnt": "want", "myslef": "myself", "mysef": "myself"}, edge=r"[\w/]")

# A risk the writer tells as over, with where they are now (fresh5, probe Y: "Two years ago I tried
# to take my own life... I'm in GA now... I'm proud", "I used to think about hurting myself a lot in
# college. I'm 41 now, years of therapy, and I'm good"): no cue, unless it is back.
_BACK_THEN = re.compile(r"\b(?:\d+ (?:days|weeks|months) clean|\w+ (?:years?|months) ago|used to|back (?:then|in)|before, on|in college|on "
                        r"remand|when i was (?:younger|a teen|a kid|in (?:school|college|my))|"
                        # fresh7 (stop 26): "That's six years back", "That was a long time ago", "In first year",
                        # "There was a time", "That was '98", "When I was in my forties"
                        r"\w+ years back|(?:that was|that'?s) (?:\w+ )?(?:years?|a long time) (?:ago|back)|that'?s years ago|"
                        r"in (?:first|my first) year|there was a time|that was '?\d\d|when (?:i was in my|they first|i first)|"
                        # fresh8: "Years ago the voices told me...", "That was 2015", "in year 8", "in 2019"
                        r"years ago|that was (?:19|20)\d\d|in year \d+|in (?:19|20)\d\d|"
                        # fresh9: "I've OD'd four times in the past", "at my age"
                        r"in the past|at my age)\b")
_WELL_NOW = re.compile(r"\b(?:\d+ (?:days|weeks|months) clean from|clean from (?:sh|self[- ]?harm)|proud of myself|"
                       r"(?:old|faded) (?:self[- ]?harm )?scars|now i'?m (?:in (?:ga|aa|na|recovery|therapy|a program)|doing (?:really )?(?:good|well|"
                       r"great|okay)|good|okay|safe|clean|sober|mentoring|training|studying|volunteering|proud)|i'?m "
                       r"in \w+ now|now i (?:run|have|study|work|volunteer|help)|i'?m "
                       r"(?:good|doing (?:really )?(?:good|well|great))|life is good|i am safe|now i am safe|(?:\w+ )?"
                       r"months clean|training as|mentoring|i'?m proud|"
                       # fresh7: "I'm clean now, I've got a keyworker", "much better", "that feeling's gone", "the pain
                       # team and my dog turned it round", "Church and my wife pull me through", "I've not felt like
                       # that since", "it does get better", "I know my triggers now"
                       r"i'?m (?:clean|sober|much better|better) now|(?:i'?m|and) much better|i'?ve got a (?:keyworker|"
                       r"job|flat|sponsor|therapist)|i'?ve a job|i have friends now|that feeling'?s gone|turned it "
                       r"(?:round|around)|pull(?:ed)? me through|got me through|i'?ve not felt like that since|i haven'?t "
                       r"felt like that since|it does get better|\d+ days (?:free|clean|sober)|i know my triggers|now "
                       r"(?:me|i) help|"
                       # fresh8: "I'm in a way better place", "I got help", "I volunteer", "I've been well a long time"
                       r"in a (?:much |way |far )?better place|i got help|i volunteer|i do peer work|i'?ve been well|"
                       r"i'?m now [\w-]+|"
                       # fresh9: "I'm genuinely in a different place now", "I'm not going back to that", "I'm not in
                       # a hurry mind", "Naloxone kit's in my bag now"
                       r"in a different place now|i'?m not going back to that|not in a hurry|naloxone)\b")
_BACK_AGAIN = re.compile(r"\b(?:again|relaps\w*|slipped|last night|threw it (?:all )?away|keep thinking|should(?:'ve| have) been me|lately|recently|these days|this week|tonight|right now|still (?:think|"
                         r"want|feel|wish)|(?:want|wanna|waiting) to die|thinking about (?:doing|it))\b")


def told_as_over(low: str) -> bool:
    """The message tells its risk as past and says how the writer is now, with nothing back."""
    return bool(_BACK_THEN.search(low) and _WELL_NOW.search(low) and not _BACK_AGAIN.search(low))


def answers_with_denial(low: str) -> bool:
    """The message opens by saying no ("No, not suicidal", "Hurt myself? No. Never have."):
    its denials answer a question rather than volunteer the thought."""
    return bool(_DENIAL_OPENING.match(low.lstrip()))


def reported_denial(low: str) -> str:
    """The lower-cased message with any reported question about risk that was answered no
    blanked out."""
    return _REPORTED_DENIAL.sub(" ", low)


def own_risk_text(low: str, answered: bool) -> str:
    """The lower-cased text with someone else's risk blanked out, and, in a message that
    `answered` with a denial, the denials and the question they echo."""
    low = _OTHERS_RISK.sub(" ", low)
    if answered:
        low = _DENIAL.sub(" ", _ECHO.sub(" ", low))
    return low
