"""Is a clause a question, and is it open or closed? (CODING_RULES.md: open_question /
closed_question.)

Why separate: question typing is pure grammar on one clause (wh-word, auxiliary inversion,
tag questions, "tell me..." requests, run-ons without a question mark), tested on its own and
used by the coder before any other decision. Function decides over form: "Can you tell me
more?" is open; "How many days?" and "What time?" are closed; a trailing "right?" is ignored.
"""

from __future__ import annotations

import re

from evaluators import patterns as P

_WH_STATEMENT = re.compile(
    r"^(?:what|how|why|where|when|who) (?:i|you|we|it|he|she|they|my|your)\b|"
    r"^(?:what|how)\b.*\b(?:do|does|did|need|needs|want|wants|work|works|help|helps|helped|"
    r"happened|matters|feel|say|said)\s+(?:is|was)\b|"
    # a pseudo-cleft: "What makes it trickier is that...", "What stands out to me was how..."
    r"^what\b[\w' ]{1,60}\b(?:is|was) (?:that|to|when|how|not|just|because|if|what|something|"
    r"often|usually|really|probably|\w+ing|a|an|my|his|her|their|our)\b|"
    # a how- or what-clause as the subject: "How someone reacts to that tells you a lot" (dev8)
    r"^(?:how|what|why|whether)\b[^,?]{3,60}\b(?:tells? you|shows? you|says a lot|speaks volumes|"
    r"is up to you|is your (?:call|choice|decision)|depends on)\b|"
    # "What helped me most was magnesium", "What finally worked in our house was me writing..."
    r"^what (?:\w+ ){0,3}?(?:helped|worked|got|tipped|made|saved|changed|shifted|turned|kept|"
    r"pulled|finally \w+)\b[\w' ]{0,40}\b(?:was|is|wasn'?t|isn'?t)\b"
)

_FACT_Q = re.compile(
    r"^what(?:'s| is| was| were| are) (?:your|his|her|their|the|you) [\w' ]{1,30}\?$"
)

_OPEN_NOUN = re.compile(
    r"\b(?:worry|worries|concerns?|fears?|hopes?|goals?|plans?|sense|take|thoughts?|feelings?|impressions?|"
    r"reactions?|views?|opinions?|understanding|biggest|hardest|toughest|scariest|most (?!you\b)\w+|"
    r"next steps?|first steps?|"
    r"difficult|painful|stressful|frustrating|helpful|"
    r"main|favorite|best|worst|experience|story|reason|like|about|for you|to you|mind|going on|"
    r"happening|important|matters|deal|problem|understanding|idea|guess|gut|plan|hop\w*|want\w*|"
    r"think\w*|feel\w*|expect\w*|plann\w*|looking for|worried|scared|afraid|trying|going through|"
    r"dealing with|struggling|looking forward|doing (?:now|these days|differently))\b"
)

_AUX_ANY = re.compile(rf"^(?:{P.AUX})\s+\w")

_ANY_FRAGMENT = re.compile(r"^(?:any|anything|anyone|anybody|some|same|still|ever|even|else)\b")

_DROPPED_AUX = re.compile(
    r"^(?:you|ya) (?:ever|got|have any|had any|want|wanna|need|feeling|doing|okay|ok|alright|"
    r"all right|good|still|think|remember|like|see|mind|sure|planning|going to|gonna)\b"
)
_DO_IMPERATIVE = re.compile(r"^do (?:it|that|this|something)\b")
# A ruler said first, the question after it with no "?": "on a scale of 1-10 how ready r u"
_SCALE_FIRST = re.compile(r"^on a scale (?:of|from) \S+ (?:to \S+ )?(?:how|what|where)\b")
# Chat questions with the opening words dropped and no "?" (probe T): "any side effects yet",
# "any luck with the landlord", "want to make a little study plan together"
_TYPED_CLOSED = re.compile(r"^(?:any (?!(?:time|day|way|chance|moment|minute|more|longer|less|one|body|"
                           r"thing|where|how|of)\b)\w+(?: \w+){0,4}|(?:want|wanna) (?:to |me to )?\w+.*)$")

_Q_LEAD = re.compile(r"^(?:(?:and|then|maybe|also|so|or|but|like|just|now|okay|um|uh|well)\b[\s,]*)+")

_INNER_Q = re.compile(
    r"(?:,\s*|\b(?:and|so|but|then)\s+)((?:what|how|why|when|where|who|which|do|does|did|are|is|"
    r"was|have|has|can|could|would|will)\b(?! (?:i|it) (?:mean|know)\b).*)$"
)

# "..., how confident are you that you'll manage." A wh-word with the subject inverted after
# it is a question even where the transcript put a full stop.
_INVERTED_WH = re.compile(
    r",\s*((?:how|what|where|when|why|which|who)\b(?: \w+){0,2}? (?:are|do|did|would|will|have|can|"
    r"could|were|is) you\b.*)$"
)

# "Anything else?" / "Any other thoughts?" / "Is there anything else you'd like to add?" invite
# more, like "What else?" (CODING_RULES §2.1; AnnoMI's coders: open on 23 of 27).
_ANYTHING_ELSE = re.compile(
    r"^(?:(?:is|was) there |are there |do you have |have you got |you got )?(?:anything|anyone|anybody|"
    r"any other (?:thoughts|ideas|things|reasons|concerns|worries|questions)|any (?:thoughts|ideas)) ?"
    r"(?:else\b|(?<=s) ?)"
)

_CHECK_Q = re.compile(
    r"^(?:you know what i mean|you know|know what i mean|right|does that make sense|make sense|"
    r"is that right|is that okay|okay|yeah|correct|true|fair|what i(?:'m)? (?:mean|saying))\?$"
)

_TRAILING_WH = re.compile(
    r"\b(?:how|what|why|like what|such as|in what way)(?:,? (?:mostly|exactly|specifically|though|"
    r"then|now|do you mean|you think))?\s*\?*$"
)


_PSEUDO_CLEFT = re.compile(r"^what (?:i'?d|i would|i'?m gonna|i'?m going to|i'?m saying|i mean|i think|"
                           r"i want(?: you)? to|i need(?: you)? to|you (?:need|have|gotta|should|want)(?: to)?) "
                           r"(?:do|say|try|hear)? ?is\b")
_HOW_EXCLAIMS = re.compile(
    r"^how (?:(?:very|really|incredibly|so) )?(?!(?:are|is|was|were|do|does|did|can|could|would|will|"
    r"should|have|has|had|come|about|many|much|long|often|far|old|soon|else|so)\b)[a-z]+"
    r"(?:,|$| (?:that|it|this|all that) (?:must|would|is|was|sounds?|feels?|has)\b)")
_TRAILING_OR = re.compile(r"^(?!.*\bwhether\b).*\byou(?:'re|'ve)?\b.* or$")


def question_type(c: str, qmark: bool, final: bool) -> str | None:
    """'open', 'closed' or None for a clause; grammar first, then the question mark."""
    body = P.TAG_TAIL.sub("", c).strip() if qmark else c
    if len(body.split()) < 2:
        body = c  # "You ok?" is the question itself, not a statement with a tag
    body = _Q_LEAD.sub("", body)
    if not body:
        return None
    if qmark:  # typed "wat happened?", "wut do you mean?"
        body = re.sub(r"^(?:wat|wut|wht)\b", "what", body)
    if qmark and _CHECK_Q.match(body.rstrip("?") + "?"):
        return "closed"
    about = re.match(r"^(?:what|how) about [^,?]{1,40}, ((?:is|are|does|do|did|has|have|was|were|can|will|"
                     r"would|any|you)\b.*)$", body)
    if about:  # "what about your partner, does she know?": the question after the comma (probe U)
        return question_type(about.group(1), qmark, final)
    if re.search(r"\b(?:on a scale|(?:from )?(?:zero|one|0|1) to (?:ten|10)|out of (?:ten|10|five|5))\b", body) and (
            qmark or _AUX_ANY.match(body) or P.WH_OPEN.match(body) or _SCALE_FIRST.match(body)):
        return "closed"  # a ruler, wherever the scale is said: "How important is it, say, one to ten?"
    if final and re.match(r"^(?:[a-z]+ )?(?:how|meaning)\??$", body) and (qmark or body.endswith("how")):
        return "open"  # "Different how?", "Awkward how", "Meaning?", "Off meaning?"
    if not qmark and final and re.match(r"^(?:you|u) (?:got|get|ever|been|tried|talked|heard|called|"
                                        r"seen|told|found)\b.* yet$", body):
        return "closed"  # "You got a lawyer yet"
    if _PSEUDO_CLEFT.match(body):
        return None  # "what I'd do is, you gotta call him..., you know?" tells, it does not ask
    if not qmark and _HOW_EXCLAIMS.match(body):
        return None  # "How disorienting, ...", "How scary that must have been." exclaim
    if not qmark and final and _TYPED_CLOSED.match(body):
        return "closed"  # typed with the "do you" / "are there" dropped: "any side effects yet"
    if not qmark and final and _TRAILING_OR.search(body):
        return "closed"  # an either-or left open: "You skipped them because of the side effects or"
    if _WH_STATEMENT.match(body) and not qmark:
        return None
    if not qmark and re.match(r"^what an? \w+", body) and not re.match(r"^what an? \w+ (?:do|does|did|is|are|"
                                                                        r"was|were|would|could|can|will)\b", body):
        return None  # "What a bind." exclaims; "What a lot of people do is..." informs
    if not qmark and re.match(r"^(?:is|are|was|were|does|do|did|will|can|should|would|could)n'?t "
                              r"(?!(?:it|you|u|he|she|they|we|i|that|this|there|your|my)\b)", body):
        return None  # "maybe now just isn't the time to...": "now" was the subject, not a lead (probe P)
    if not qmark and (re.match(r"^have (?:a|an|another|someone|somebody)\b(?! lot\b)", body)
                      or re.match(r"^had (?:the|a|an|my|no|some|this|that)\b", body)
                      or P.AUX_ALONE.match(body)):
        # "Have a look at the sidebar." suggests; "Have a good day." wishes well; "...and had the
        # same dread" tells; "...and so do you" agrees: no question mark, no question
        return None
    if _ANYTHING_ELSE.match(body):
        return "open"
    if re.match(r"^how about (?:we|us|you and i|if we)\b", body):
        return None  # "How about we look at it together?" proposes; it is not a question
    if P.CAN_YOU_OPEN.match(body):
        return "open"
    if re.match(r"^how come\b", body):
        return "open"
    if re.match(r"^(?:when|if|since|after|before|as|once|while|whenever) ", body):
        inner = _INNER_Q.search(body)
        if inner and (qmark or not inner.group(1).startswith("which")):
            # "When you freeze, what's going through your head?"; but "If it fails you can ask
            # for a review, which is done by..." only describes
            return question_type(body[inner.start(1):], qmark, final)
        if not qmark and (body.startswith("if ") or "," in body):
            return None  # "When one partner says 'we're fine,' it often means..." states
    if P.WH_CLOSED.match(body) or (_FACT_Q.match(body) and not _OPEN_NOUN.search(body)):
        return "closed"
    if P.WH_OPEN.match(body) and (qmark or len(body.split()) > 1):
        # "What if you tried..." / "how about calling" are advice, handled by the caller.
        return "open"
    if not qmark and re.match(r"^(?:might|may) not\b", body):
        return None  # "might not fit u but thats what worked for me": the subject dropped, no question
    if P.AUX_START.match(body) and not (_DO_IMPERATIVE.match(body) and not qmark):
        return "closed"
    if qmark and (_AUX_ANY.match(body) or _ANY_FRAGMENT.match(body)):
        return "closed"
    if qmark and _DROPPED_AUX.match(body) and len(body.split()) <= 10:
        return "closed?"  # "You ever been to a meeting?": closed unless it restates the client
    if qmark and _TRAILING_WH.search(body) and len(body.split()) <= 8:
        return "open"
    if qmark:  # "so anyway, how did it go?": the question starts after a comma or "and"
        inner = _INNER_Q.search(body)
        if inner:
            return question_type(body[inner.start(1):], qmark, final)
    if qmark and final and P.AUX_ALONE.match(body):
        return "closed"
    inverted = None if qmark else _INVERTED_WH.search(body)
    if inverted:
        return question_type(inverted.group(1) + "?", True, final)
    return None
