"""A client's own words made fit to hand back in the trainee's mouth.

Why: the suggested better response (`suggest.py`) reflects what the client just said, and
clients type like chat ("idk its fine lol") and talk like transcripts ("I'm-- I-I've thought
about it"). A reflection built from that raw text reads as broken ("It sounds like what to talk
about.", "you dont", "I're the first"), and a trainee learns nothing from a model answer that is
not a sentence. This module tidies the text, turns its pronouns, cuts it where a thought ends,
and refuses what would not read as a statement. Plain string work: fast, deterministic.
Measured by a blind reading, `bench/suggestion_form.py`.
"""

from __future__ import annotations

import re

from evaluators.lexicon import FEELINGS, FELT_STATES, STOPWORDS
from evaluators.segment import normalize, typed_ur

# First person -> second person, longest first so "i'm" wins over "i". Typed posts drop the
# apostrophe ("im 16", "Ive tried"); "id" and "ill" are words of their own, so they stay.
_SWAP = [
    (r"\bi'm\b", "you're"), (r"\bim\b", "you're"), (r"\bi am\b", "you are"), (r"\bi've\b", "you've"),
    (r"\bive\b", "you've"), (r"\bam i\b", "are you"),
    (r"\bi'll\b", "you'll"), (r"\bi'd\b", "you'd"), (r"\bi was\b", "you were"),
    (r"\bi (really|just|still|also|actually|truly|definitely) am\b", r"you \1 are"),
    (r"\bwasn't i\b", "weren't you"), (r"\bi (just |even |really |still )?wasn'?t\b", r"you \1weren't"), (r"\bi\b", "you"), (r"\bmy\b", "your"),
    (r"\bmine\b", "yours"), (r"\bmyself\b", "yourself"), (r"\bme\b", "you"),
    (r"\bwe're\b", "you're"), (r"\bwe\b", "you"), (r"\bour\b", "your"), (r"\bus\b", "you"),
]
_SWAP_RE = [(re.compile(p, re.I), r) for p, r in _SWAP]
_FILLER = re.compile(
    r"^(?:(?:(?:like|as) i said|um+|uh+|oh|wow|damn|dang|huh|ugh|whoa|jeez|geez|welp|well|so|yeah|yup|yep|yes|nope|nah|mhm|like|sorry(?=,)|i mean|honestly|"
    r"ha(?:ha)+|lol|"
    r"and|but|okay|ok|you know|anyway|hi|hey|hello|thing is|again|also|"
    r"anyways|right(?! now| away| there| here| after| before)|please|genuinely|then|"
    r"(?:i don't know|idk)(?=,| (?:everything|it|it's|i|i'm|my|we|he|she|they|this|that|there|nothing|"
    r"everyone|everybody|nobody)\b)|no(?=,|,? (?:i|i'm|i've|it's|that's|he|he's|she|she's|they|they're|we|my)\b)),?\s+)+",
    re.I,
)
_FILLER_TURNED = re.compile(_FILLER.pattern.replace("|you know|", "|you know(?=,)|"), re.I)
# The client's "you" means the trainee: "I" as a subject ("you don't get it" -> "I don't get
# it"), "me" as an object ("why I'm telling you" -> "why you're telling me").
_YOU_OBJECT = re.compile(
    r"\byou\b(?=\s*(?:$|[.,;:!?)\-]|(?:to|for|about|with|that|and|but|so|because|if|when|the|a|an|"
    r"this|what|how|why|where|who|whether|anything|everything|something|nothing|again|too|guys|all|"
    r"now|though|yet|first|not|more|enough|back|out|today|tonight|anyway|later|already|instead|"
    r"directly|personally|in|on|at|up|off|over|before|after|since|from|into|as)\b))",
    re.I,
)


# Idioms whose "you" is anyone, not the trainee: "you can't unsay that", "you'd think he'd
# won the World Cup", "which tells you something". They keep their "you".
_GENERIC_IDIOM = re.compile(
    r"\byou(?= (?:can'?t|cannot|can never) (?:unsay|undo|take (?:it|that|them) back|unring|win|"
    r"unsee|unhear)\b)|\byou(?='d (?:think|swear|never know)\b)|\byou(?= never know\b)|"
    r"(?<=\btells )you(?= (?:something|a lot|everything)\b)|"
    r"(?<=\bwhat else do )you(?= (?:say|do)\b)|(?<=\bwhat else can )you(?= (?:say|do)\b)|"
    r"(?<=\bmakes )you(?= (?:gain|lose|feel|sleep|tired|sick|hungry|drowsy|dizzy)\b)|"
    r"(?<=\btells )you(?= what to do\b)|(?<=\btelling )you(?= what to do\b)",
    re.I,
)


def to_second_person(text: str) -> str:
    """'I'm tired of my job' -> "you're tired of your job" (a plain pronoun shift)."""
    out = _GENERIC_IDIOM.sub("\x02", normalize(text))
    # "You people never actually help": the service the client addresses, said back as "people here"
    out = re.sub(r"\byou (?:people|guys|lot|all)\b", "people here", out, flags=re.I)
    # Protect the client's "you" (addressed to the trainee) from a double swap.
    out = _YOU_OBJECT.sub("\x01", out)
    out = re.sub(r"\byou\b", "\x00", out, flags=re.I)
    for pattern, repl in _SWAP_RE:
        out = pattern.sub(repl, out)
    out = out.replace("\x00", "I").replace("\x01", "me").replace("\x02", "you")
    # the client's "you're / you are / you were" as the trainee's: "I'm / I am / I was"
    return re.sub(r"\bI(?:'re| are| were)\b",
                  lambda m: {"'re": "I'm", " are": "I am", " were": "I was"}[m.group(0)[1:]], out)


# Spoken hedges dropped from the reflection. "like" only as a filler ("it's, like, so hard",
# "like, every night"), never the verb ("I just like to drink on weekends").
_HEDGES = re.compile(
    r",?\s*\b(?:you know|i mean|honestly|um+|uh+)\b,?|"
    r",\s*like,|,\s*like\b(?=\s+(?:so|really|totally|super|very|just|literally|kinda|\d))|"
    # ...but "I was like, I can't deal" quotes a thought: that "like" stays
    r"^\s*like,\s*|(?<!was )(?<!were )(?<!'m )(?<! is )(?<! am )\blike,(?=\s)(?!\s*and\b)",
    re.I,
)


def content_len(sentence: str) -> int:
    return len([w for w in re.findall(r"[a-zA-Z']+", sentence) if len(w) > 3])


def has_content_word(text: str) -> bool:
    return any(len(w) >= 3 and w.lower() not in STOPWORDS for w in re.findall(r"[a-zA-Z']+", text))


def says_something(reflected: str) -> bool:
    """Two longer words, or one content word: "you got the job" says something."""
    return content_len(reflected) >= 2 or has_content_word(reflected)


# A typed post drops its subject: "Had a panic attack at work.", "Cried the whole time."
_NO_SUBJECT = re.compile(
    r"^(?:(?:just|really|only|also|still|never) )?(?:had|got|went|was|did|didn'?t|don'?t (?:know|want|care|feel|think|have|get|remember|"
    r"understand|see|even)|can'?t|couldn'?t|haven'?t|hasn'?t|been|felt|lost|made|"
    r"started|tried|spent|cried|took|came|told|said|thought|kept|feel|need|want|have|keep|hate|love|"
    r"miss|wish|woke|slept|left|broke|quit|relapsed|used|drank|screamed|yelled|sat|called|knew|"
    r"found|saw|ran|gave|heard|bought|brought|paid|sent|fell|drove|wrote|ate|met|won|began|forgot|"
    r"threw|"
    r"wanted|needed|missed|worked|lived|(?:thinking|trying|going|feeling|hoping|"
    r"waiting|working|struggling) \w+|doesn'?t|makes|gets|keeps|sounds|seems|looks|feels|"
    r"hurts|sucks|scared (?:me|us))\b",
    re.I,
)


# A typed post that opens on a past tense, capitalised: its subject is the writer. (Lower
# case, "stopped talking about her", it may continue someone else's sentence.)
_POST_START = re.compile(r"^[A-Z][a-z]+(?<!e)ed\b(?! (?:said|says|is|was|and|has|had|told|thinks|"
                         r"wants|called|asked)\b)(?!')")


_CLEAN_FOR = re.compile(r"^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                        r"(?:days?|weeks?|months?|years?) (?:clean|sober)\b", re.I)


def _with_subject(text: str) -> str:
    if re.match(r"^no idea\b", text, re.I):  # "No idea what I'm gonna say"
        return "you have " + text[:1].lower() + text[1:]
    if re.match(r"^took you\b", text, re.I):  # "Took me 8 months to file" -> "it took you..."
        return "it " + text[:1].lower() + text[1:]
    # "...and took me three tries", "..., took me three tries"
    text = re.sub(r"\byou took you\b|(?<=,) took you\b|(?<=\band) took you\b|(?<=\bbut) took you\b",
                  lambda m: (" " if m.group(0).startswith(" ") else "") + "it took you", text)
    first = re.match(r"[a-z]+", text.lower())
    if first and (first.group(0) in FELT_STATES - {"lost", "hurt", "alone"}
                  or re.match(r"^fed up\b", text, re.I)) and not re.search(
                      _FINITE.pattern + r"|\b(?:what|who|why|how|which)\b", text[first.end():], re.I):
        return "you're " + text[:1].lower() + text[1:]  # "fed up", "relieved and sad"
    if _CLEAN_FOR.match(text):  # "Seven months clean, and yesterday..."
        return "you're " + text[:1].lower() + text[1:]
    if _POST_START.match(text):  # "Blocked all the casino apps 2 months ago"
        return "you " + text[:1].lower() + text[1:]
    if not _NO_SUBJECT.match(text):
        return text
    if re.match(r"^was\b", text, re.I):
        return "you were" + text[3:]
    if re.match(r"^(?:(?:just|really|only|also|still|never) )?(?:doesn'?t|makes|gets|keeps|sounds|"
                r"seems|looks|feels|hurts|sucks|scared)\b", text, re.I):
        return "it " + text[:1].lower() + text[1:]
    if re.match(r"^\w+ing\b", text):
        return "you're " + text[:1].lower() + text[1:]
    return "you " + text[:1].lower() + text[1:]


# a cut that would leave the reflection hanging on a word that needs more after it
_HANGS = re.compile(
    r"\b(?:you're|you|your|i|and|but|or|so|the|a|an|to|of|for|with|is|are|was|were|be|been|"
    r"that|as|at|in|on|just|really|because|if|when|than|like|about|his|their|my)$",
    re.I,
)


def _felt_tail(text: str, cut: str, max_words: int) -> str | None:
    """When the feeling comes after the cut ("...only visited every couple of weeks because
    you were busy with work and honestly it was hard to see him like that"), the clause that
    holds it, if it stands as a statement of its own."""
    if not any(w.strip(".,!?;").lower() in FEELINGS for w in text[len(cut):].split()):
        return None
    for m in re.finditer(r"[,;]\s|\s(?:and|but|so|because|'cause)\s", text):
        tail = _FILLER_TURNED.sub("", text[m.end():]).strip()
        if 4 <= len(tail.split()) <= max_words and _SUBJECT.match(tail) and _FINITE.search(tail):
            return tail  # it runs to the end of the client's sentence: nothing left hanging
    return None


def _trim(text: str, max_words: int = 22) -> str | None:
    """The statement, cut to `max_words` at a clause boundary; None when it runs on with no
    place to cut (a reflection that stops mid-phrase, "...without your brain turning to.",
    reads as broken)."""
    # Fillers again, after the pronoun turn; "you know" only before a comma, since it may be
    # the client's own "I know" turned ("I know it sounds crazy" -> "you know it sounds crazy")
    text = _FILLER_TURNED.sub("", text.strip()).rstrip(" .!?,;")
    parts = text.split()
    if len(parts) > max_words:
        cut = " ".join(parts[:max_words])
        felt = _felt_tail(text, cut, max_words)
        if felt:
            return felt
        # the last clause boundary that leaves a whole thought: punctuation, else a joining word
        heads = [cut[:m.start()] for m in re.finditer(r"[,;]\s|\s-+\s", cut)] + [
            cut[:m.start()] for m in re.finditer(r"\s(?:and|but|because|'cause|though|which|"
                                                 r"while|when)\s", cut)]
        heads = [h for h in heads if len(h.split()) >= 6 and not _HANGS.search(h)]
        if heads:
            text = max(heads, key=len).rstrip(" ,;")
        elif len(parts) > max_words + 8:
            return None
    return re.sub(r"(?:,\s*(?:and|but|so|or)|\s+(?:and|but|or))+$", "", text)  # "I think so" stays


# Typed chat shorthand and dropped apostrophes ("cant", "didnt", "thats"), fixed before a
# client's words go into the trainee's mouth; "its", "id", "ill", "were" stay (real words).
_CHAT = re.compile(r",?\s*\b(?:lol|lmao|lmfao|tbh|ngl|imo|imho|smh|fr)\b[,.!]*", re.I)
_APOSTROPHE = re.compile(
    r"\b(can|don|didn|doesn|won|wouldn|couldn|shouldn|isn|wasn|weren|aren|haven|hasn|hadn|ain)t\b|"
    r"\b(that|what|where|there|he|she|who)s\b(?<!\bwhos)|\b(they|you)(re|ve|d)\b",
    re.I,
)


def _unchat(m: re.Match[str]) -> str:
    """Shorthand out; a comma it stood before stays between the clauses it separated ("she'd
    be fine tbh, she has gay friends" -> "she'd be fine, she has gay friends")."""
    rest = m.string[m.end():].strip()
    return "," if rest and m.group(0).rstrip().endswith(",") and m.start() > 0 else ""


def _restore(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + "'t"
    if m.group(2):
        return m.group(2) + "'s"
    return m.group(3) + "'" + m.group(4)


# An emoji, as a regex character class (tidy drops them; a suggestion splits sentences at them)
EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF]"
_DAYS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
         "sat": "Saturday", "sun": "Sunday"}
# typed "id" meaning "I'd" ("i never thought id miss it"), not an ID card
_TYPED_ID = re.compile(r"\bid\b(?= (?:rather|be|have|never|just|love|like|probably|miss|want|go|do|make|"
                       r"get|say|feel|need|still|already|actually|really)\b)")
_ITS = re.compile(  # typed "its" that means "it's": opening a sentence, or before what cannot
    # follow a possessive
    r"^its\b|\bits(?= \d)|\bits(?= (?:just|fine|not|been|like|the|a|an|so|too|only|hard|okay|ok|gonna|going|getting|"
    r"all|always|never|really|still|because|that|what|how|my|your|his|her|their|over|ok|awkward|"
    r"weird|scary|bad|good|worse|better|easier|harder|normal|rough|crazy|annoying|exhausting|"
    r"impossible|different|complicated|true|ridiculous|nice|great|terrible|awful|stupid|insane|"
    r"embarrassing|gotten|kind|pretty|honestly|literally|almost|about|common|late|early|cool|real|easy|"
    r"possible|done|happening|serious|worth|free|on|in|at|under|over|there|here)\b)",
    re.I,
)


def _restarted(text: str) -> str:
    """A spoken restart ("I'm-- I've thought about it", "it's just- It's really hard"): a
    long last part is what the client meant; otherwise each abandoned start is dropped where
    the next part begins again with the same word ("you- you're" -> "you're")."""
    parts = re.split(r"(?<=[\w'])-+\s+", text)
    if len(parts) == 1 or len(parts[-1].split()) >= 4:
        return parts[-1]
    kept = [p for p, nxt in zip(parts, parts[1:], strict=False)
            if not nxt.lower().startswith(p.split()[-1].lower().rstrip("'s"))] + parts[-1:]
    return " ".join(kept)


def tidy(text: str) -> str:
    """'idk its fine lol, i cant sleep tho (again)' -> "I don't know it's fine, i can't sleep
    though": chat shorthand out, apostrophes back, asides in brackets and transcription notes
    ("[chuckles]") dropped, spoken restarts resolved."""
    text = normalize(text).replace("\\", "")
    text = re.sub(r"(?<![\w-])-(\w+)-(?![\w-])", r"\1", text).lstrip("- ")  # "-not-"
    text = re.sub(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]", "", _CHAT.sub(_unchat, text))
    for typed, meant in (("idk", "I don't know"), ("tho", "though"), ("rn", "right now"),
                         ("bc", "because"), ("u", "you"), ("dunno", "don't know"), ("ppl", "people"),
                         ("yrs", "years"), ("yr", "year"), ("bday", "birthday"), ("hrs", "hours"),
                         ("hr", "hour"), ("appt", "appointment"), ("cuz", "because"),
                         ("coz", "because"), ("kinda", "kind of"), ("wks", "weeks"), ("wk", "week"), ("b4", "before"),
                         ("thru", "through"), ("tmrw", "tomorrow"), ("pls", "please"),
                         ("plz", "please")):
        text = re.sub(rf"\b{typed}\b", meant, text, flags=re.I)
    text = re.sub(r",\s*(?:man|dude|bro),", ",", text, flags=re.I)
    text = re.sub(r"\b(\d+) ?yo\b", r"\1-year-old", text)  # "my 15 yo"
    text = re.sub(r"\b(\d+) ?mins?\b", r"\1 minutes", text)  # "20 min away"
    text = re.sub(r"\b(til|till|by|on|next|this|since|every) (mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\b",
                  lambda m: m.group(1) + " " + _DAYS[m.group(2).lower()[:3]], text, flags=re.I)
    # typed "shed"/"hed" before a verb: "she'd"/"he'd" ("idk if shed read it")
    text = re.sub(r"\b(s?he)d\b(?= (?:read|be|have|never|like|want|know|say|go|do|get|rather|"
                  r"probably|just|still|even|care|understand|listen|believe)\b)", r"\1'd", text,
                  flags=re.I)
    text = typed_ur(text)
    text = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                  lambda m: m.group(1).capitalize(), text, flags=re.I)
    text = re.sub(f"(?:{EMOJI}|\uFE0F)+", "", text)  # emoji and their variation selectors
    text = _TYPED_ID.sub("I'd", text)
    text = re.sub(r"^((?:(?:i guess|i think|maybe|so|and|but|now),?\s+)*)were(?= (?:both|all|gonna|"
                  r"going|not|just|still|kinda|kind of)\b)", r"\1we're", text,
                  flags=re.I)  # "i guess were both figuring it out"
    text = re.sub(r"\b(\w+(?:'\w+)?)(?:-+\1\b)+", r"\1", text, flags=re.I)  # "and-and", "I-I"
    text = _restarted(text)
    if re.search(r"[\w']-+$", text):  # cut off: keep up to the last comma, if that says enough
        head = re.match(r"^(.*[\w'])[,;]\s", text)
        kept = _HEDGES.sub("", head.group(1)).strip(" ,") if head else ""
        if len(kept.split()) >= 4 and not _HANGS.search(kept):
            text = head.group(1)
    text = _ITS.sub("it's", _APOSTROPHE.sub(_restore, text))
    return re.sub(r"\s{2,}", " ", text).strip()


# A reflection must say something about someone: "It sounds like what to talk about" or
# "It sounds like because you're out of them" is not a sentence. Starts that cannot open a
# statement, and quoted speech (its pronouns belong to the speaker quoted) rule a candidate out.
_NOT_A_STATEMENT = re.compile(
    r"^(?:what|who|why|how|where|which|whether|because|'?cause|cuz|than|though|although|unless|"
    r"until|and|but|or|any|anything|exactly|pretty much|more|first|second|third|to|of|for|with|"
    r"about|without|like|not|especially|except|sorry|thanks?|let's|lets|let|even though|even if|"
    r"in case|just in case|tell|make|give|look|listen|imagine|guess|ask|wait|trust|believe|remember|"
    r"check|picture|show|stop|call|kind of|sort of|not really|(?:better|worse|more|less|bigger|harder|"
    r"easier) than|(?:probably|maybe) (?:the|a|an|not)|"
    # "All of it during business hours": a fragment, unless a verb follows
    r"all of (?:it|this|that|them)(?! (?:is|was|has|had|feels|felt|seems|makes|made|goes|went|"
    r"comes|came|adds|added|happened|happens)\b)|"
    r"even when|so that|thank (?:you|me)|"
    # a gerund opening a fragment ("Going to the meeting tonight"), not a gerund subject
    # ("betting apps are everywhere")
    r"(?!\w*thing\b|morning|evening|during|bring|spring)[a-z]+ing\b(?!(?: [a-z]+){0,2} (?:is|are|was|"
    r"were|has|have|makes|made|helps|helped|keeps|kept)\b)|(?:is|are|was|"
    r"were|do|does|did|can|could|would|will|should|am|have|has) (?:this|that|it|there|i|you|he|she|"
    r"they|we|(?!\w*thing\b)[a-z]+ing))\b",
    re.I,
)
_QUOTE = re.compile(r"\"([^\"]*)(\"?)|(?<![A-Za-z])'((?:[^']|'(?=[A-Za-z]))*?)('(?![A-Za-z])|$)")
_PRONOUN = re.compile(r"\b(?:i|me|my|mine|you|your|yours|we|us|our)\b", re.I)
# the start of a client statement, for joining a short one to the one before it
_SUBJECT = re.compile(
    r"^(?:(?:now|sometimes|lately|today|tonight|then|still|also|maybe|probably|every \w+|last \w+)"
    r",? )?(?:i|i'm|im|i've|ive|i'd|i'll|my|we|we're|our|you|you're|your|he|he's|she|she's|it|it's|its|they|"
    r"they're|their|his|her|there|there's|that|that's|this|these|those|the|a|an|some|someone|"
    r"somebody|everyone|everybody|nobody|no one|people|everything|nothing)\b",
    re.I,
)


def _quotes_fit(reflected: str) -> bool:
    """Scare quotes may stay ("your doctor keeps saying you're 'treatment resistant'"); a
    quotation with pronouns in it may not: they are the speaker's, and turning them makes
    nonsense ("your husband said 'maybe I should just smoke'"). Nor may an unclosed one."""
    for m in _QUOTE.finditer(reflected):
        inside, closed = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        if not closed or _PRONOUN.search(inside):
            return False
    return True


# Something in it is a verb with a subject: an auxiliary or a contraction, a pronoun and the
# word after it, a past tense, or a common verb in -s. "Three hours a night, maybe", "hard to
# believe" and "straight to voicemail" have none.
_FINITE = re.compile(
    r"\b(?:am|is|are|was|were|been|do|does|did|have|has|had|can|could|will|would|should|may|might|"
    r"must|got|gotta|gonna|wanna)\b|'(?:s|re|ve|d|ll|m)\b|n't\b|"
    r"\b(?:i|im|ive|you|he|she|it|they|we|someone|somebody|everyone|everybody|nobody|people)\s+[a-z]|"
    r"\b[a-z]+ed\b|\b(?:told|said|went|made|took|came|gave|left|felt|kept|lost|thought|knew|saw|"
    r"ran|sat|slept|ate|drank|fell|broke|quit|hit|put|let|met|paid|sent|spent|bought|brought|"
    r"taught|caught|wrote|woke|won|began|became|forgot|found|heard|held|meant|stood|threw|drove|"
    r"sounds|feels|seems|looks|makes|gets|keeps|goes|comes|takes|gives|says|thinks|knows|wants|"
    r"needs|works|helps|hurts|sucks|means|matters|happens|starts|stops|tells|calls|lets|leaves|"
    r"lives|sees|pays|costs|smells|cares|loves|hates|likes|tries|cries|drinks|uses|misses|scares|"
    r"worries|bothers|upsets|annoys|kills|terrifies|stresses|freaks|haunts|triggers|reminds)\b",
    re.I,
)


_UNFINISHED = re.compile(r"(?:-|\b(?:the|a|an|of|and|but|or|my|your|their|his|just|because|"
                         r"'cause|if|than))[\s.]*$",
                         re.I)


# A past tense with its subject left in an earlier sentence ("he just. stopped talking about
# her"), or a possessive whose thing was named earlier ("Mine got stolen"): whose is unknown.
_NO_ONE = re.compile(r"^(?:[a-z]+[^e\W]ed|[a-z]+ied|mine|yours|ours|theirs)\b", re.I)


def _statement(reflected: str) -> bool:
    """Opens like a statement, has a verb, quotes that fit, and is not cut off ("...side
    effects, but-")."""
    if re.match(r"if\b(?![^,]*,)(?![^,]* then )", reflected, re.I) and len(
            re.findall(r"\b(?:i|you|he|she|it|they|we)(?:'\w+)?\b|\b(?:it|that|there)'s\b", reflected,
                       re.I)) < 2:
        return False  # "if they've got jobs now": a condition with nothing that follows from it
    return (not _NOT_A_STATEMENT.match(reflected) and not _NO_ONE.match(reflected)
            and bool(_FINITE.search(reflected))
            and _quotes_fit(reflected) and not _UNFINISHED.search(reflected))


# "And she's right." in the trainee's mouth sides with the critic; it is the client's view.
_AGREES = re.compile(r"(?<!think )(?<!thinks )(?<!guess )(?<!believe )(?<!like )"
                     r"\b(she|he|they|it|that)('s| is|'re| are| was| were) (?=right\b|true\b)", re.I)
# "I guess" at either end of a sentence is a hedge ("relieved and sad i guess")
# (leading only before a subject: "I guess running around..." keeps it); a trailing "idk" too
_GUESS = re.compile(
    # "It's like everybody's waiting for me", "that im not lazy" (an answer), "great so now..."
    r"^(?:it'?s like|that|great)(?:,|\s)\s*(?=(?:so |now |everybody|everyone|nobody|people|i|i'm|im|"
    r"you|you're|he|she|they|we|my)\b)|,?\s+as i (?:say|said)\s*[.!]*$|"
    r"^(?:i guess|guess|i suppose),?\s+(?=(?:i|i'm|im|ive|i'll|i've|it|it's|that|that's|there|"
    r"there's|we|we're|you|he|she|they|this|my)\b)|"
    r",?\s+(?:then\s+)?(?:i don't know|i dunno)\s*[.!]*$|,?\s+(?:i guess|i suppose|i know)\s*[.!]*$|"
    r"(?<=\bso) i guess\b|(?<=\band) i guess\b|"
    # "idk man everything is just a lot rn" (probe SG): the shrug and the "man" go
    r"^(?:idk|i don'?t know|i dunno|dunno)(?:,? (?:man|dude|bro|lol|tbh|honestly))?,?\s+(?=(?:everything|everyone|"
    r"nobody|it|it's|its|things|life|this|that|i'm|im|my)\b)",
    re.I,
)
# The client's generic "you" ("when you're young", "they shove pills at you") is anyone, not
# the trainee: turned into "I" it reads as nonsense, so such a sentence is not handed back.
_GENERIC_YOU = re.compile(
    r"\b(?:when|if|once|until|whenever|unless) you(?:'re| are| get| have|'ve| do| don't| can't| "
    r"start| want| try| grow| live| work| go| lose| need| just| eat| sit| wake| spend| drink| use| "
    r"look| feel| come| walk| hear| see)\b(?! (?:telling|saying|asking|"
    r"talking|trying to (?:say|tell))\b)|\bthey\b.*\b(?:at|on) you\b|"
    r"^(?:so |and |but )?you (?:don't|never) (?:really )?(?:notice|realize|realise)\b|"
    # "You can't trust anyone these days. They always let you down." (probe SG)
    r"^(?:so |and |but )?you can'?t trust (?:anyone|anybody|people|nobody)\b|\b(?:people|everyone|everybody|they|"
    r"nobody|no one) (?:always |never |just |all )?(?:let you down|want (?:something|things) from you|use you|judge you)\b",
    re.I,
)
# A role named with no article, as typed ("Landlord won't work with me", "Cop let me go")
# A body part that opens the sentence with no "my" ("Heart's pounding", "Brain won't shut off";
# probe SG) is the client's: "your heart's pounding"
_BARE_BODY = re.compile(r"^(heart|brain|head|chest|stomach|mind|body|hands|legs|back|throat)(?='s\b| (?:won't|is|keeps|"
                        r"feels|hurts|aches|was|has|will|can't|just|going|racing|pounding)\b)", re.I)
# A family word used as a name inside the sentence ("since Mum died"; probe SG): "your mum"
_KIN_NAME = re.compile(r"(?<!\bmy )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\btheir )(?<!\bthe )(?<!\ba )"
                       r"(?<=\w )\b(Mum|Mom|Dad|Nan|Nana|Gran|Granny|Grandma|Grandpa|Mama|Papa|Mummy|Daddy)\b")
_BARE_ROLE = re.compile(
    r"^(cop|police|judge|nurse|guy|lady|doctor|doc|landlord|rheumatologist|therapist|counsell?or|"
    r"psychiatrist|caseworker|case manager|boss|manager|sponsor|po|lawyer|teacher|gp|mom|dad|mum|"
    r"husband|wife|boyfriend|girlfriend)\b(?= (?:\w+ )?(?:says|said|wants|won't|will|is|was|keeps|"
    r"told|let|lets|thinks|doesn't|didn't|has|had|asked|called|gave|put|changed|yelled|yells))",
    re.I,
)


def hand_back(sentence: str) -> str | None:
    """A client sentence in the trainee's mouth: hedges out, pronouns turned, trimmed; None
    when it would not read as a statement (`_statement`, `_trim`)."""
    said = _GUESS.sub("", _HEDGES.sub("", _FILLER.sub("", tidy(sentence))))
    if _GENERIC_YOU.search(said):
        return None
    trimmed = _trim(to_second_person(said))
    if trimmed is None:
        return None
    # "it's, you know, it's one thing" loses its hedge, then its echo ("told you you smell" stays)
    trimmed = re.sub(r"\b(?!you\b|that\b|had\b)([\w']+) \1\b", r"\1", trimmed, flags=re.I)
    # "you don't have a you don't know what that is", "you've had you've taken pills": a phrase
    # left hanging on an article or auxiliary is dropped where the same subject starts again
    trimmed = re.sub(r"\b(you've|you're|you'd|you|I|I'm|I've|it's|it|they|he|she) (?:[\w']+ ){0,2}?"
                     r"(?:a|an|the|had|have|has|was|is|to|your|my)\s+(?=\1\b)", "", trimmed)
    trimmed = re.sub(r"\b(?:you're|you|I'm|I) (?:gonna|going to),?\s+(?=(?:you|I)'ll\b)", "", trimmed)
    # "you're just you're not eating", "you just, you can't say no": the restart goes
    trimmed = re.sub(r"\b([\w']+) (just|really),? \1\b", r"\1 \2", trimmed, flags=re.I)
    trimmed = re.sub(r"\b(you|I|he|she|they|it|we)\b (?:(?:just|really) )?kind of,? (?=\1\b)", "",
                     trimmed)  # "you just kind of, you felt isolated"
    # a question tacked on ("..., where do you even start") and trailing fillers go
    trimmed = re.sub(r",\s*(?:what|where|how|why|who|when) (?:do|does|did|is|are|can|should|would|"
                     r"will)\b.*$|(?:,\s*(?:so,?\s*)?(?:yeah|ok|okay|right|mind|lol))+\s*$", "",
                     trimmed, flags=re.I)
    # a dangling "so" ("she grew up around it too so"), not "think so"
    trimmed = re.sub(r"(?<!\bthink)(?<!\bhope)(?<!\bguess)(?<!\bsaid)(?<!\bbelieve)(?<!\bsuppose)"
                     r"(?<!\bsay)(?<!\bso)\s+so\s*$", "", trimmed, flags=re.I)
    trimmed = re.sub(r"\s{2,}", " ", trimmed).strip(" ,")
    if not trimmed:
        return None
    trimmed = _BARE_ROLE.sub(lambda m: ("the " if m.group(1).lower() in {"cop", "police", "judge",
                             "nurse", "guy", "lady"} else "your ")
                             + (m.group(1).upper() if m.group(1).lower() in {"po", "gp"}
                                else m.group(1).lower()), trimmed)
    trimmed = _BARE_BODY.sub(lambda m: "your " + m.group(1).lower(), trimmed)
    trimmed = _KIN_NAME.sub(lambda m: "your " + m.group(1).lower(), trimmed)
    # "like sick in the head" elaborates the sentence before it, whose subject may be another's
    reflected = trimmed if re.match(r"^\W*like\b", sentence, re.I) else _with_subject(trimmed)
    reflected = re.sub(r"^you been\b", "you've been", reflected)  # typed "been smoking weed"
    # "Humiliating." said back is about what happened, not the client: "it's been humiliating"
    reflected = re.sub(r"^you're ((?:so |really |just |pretty )?\w+ing)$", r"it's been \1", reflected)
    reflected = re.sub(r"\b(you're|you are) (\w+), you (?:are|really are)\b", r"\1 \2", reflected)
    # "I called and was on hold" turned: "you called and were on hold"
    reflected = re.sub(r"\b(you [a-z']+ (?:[a-z']+ ){0,5}?and) (was|wasn't)\b",
                       lambda m: m.group(1) + (" were" if m.group(2) == "was" else " weren't"),
                       reflected)
    reflected = _AGREES.sub(lambda m: f"you think {m.group(1).lower()}{m.group(2)} ", reflected)
    if not re.match(r"I\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[A-Z]{2}",
                    reflected):  # "PIP assessment" keeps its capitals
        reflected = reflected[:1].lower() + reflected[1:]
    reflected = re.sub(r"\bi\b(?='|\s|$)", "I", reflected)  # the client's "you": "I'm", not "i'm"
    return reflected if _statement(reflected) else None


def drop_fillers(text: str) -> str:
    """Leading fillers and discourse markers off ("Yeah, well, I ..." -> "I ...")."""
    return _FILLER.sub("", text)


def drop_hedges(text: str) -> str:
    """Spoken hedges out ("it's, you know, like, so hard" -> "it's so hard")."""
    return _HEDGES.sub("", text)


def opens_statement(text: str) -> bool:
    """A client sentence that can stand as a clause of a joined reflection: it opens with a
    subject (or a dropped one) and has a verb or some length ("some." and "a lot" cannot)."""
    return bool((_SUBJECT.match(text) or _NO_SUBJECT.match(text))
                and (_FINITE.search(text) or len(text.split()) >= 4))
