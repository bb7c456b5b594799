"""Is a clause said in the imperative mood? A verb lexicon answers for verbs no list foresaw.

Why: a command or a suggestion in the imperative ("Seek help.", "Align yourself with the
people who matter.", "Honour that hurt.") is the commonest form of advice and direction in
written peer support, and its verbs are open-ended: the closed list in
`patterns.IMPERATIVE` misses most of them (bench/forum_agreement.py). LemmInflect (MIT, on
PyPI, about 1 MB, no model download) knows which English words are verbs in their base form,
so a clause that opens with one, with no subject before it, is a command, unless the word is
really a noun subject ("Research suggests...", "Sleep is the big reset") or a set phrase
("Thank you", "Hope this helps").

Without the package installed the lexicon check is off and the closed list works alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from evaluators import patterns as P
from evaluators.lexicon import (
    ADVERB_FIRST,
    APP_VERBS,
    CONVERSATION_VERBS,
    NOT_COMMANDS,
    NOT_OWN_CHOICE,
    PREDICTION_VERBS,
)

# A second word that shows the first was a noun subject: an auxiliary, or a verb in a
# finite form ("Research suggests", "Work was hard").
_SUBJECT_FOLLOWS = re.compile(
    r"^(?:is|was|are|were|has|had|have|can|could|will|would|should|may|might|must|does|did|do|"
    r"isn't|wasn't|aren't|doesn't|didn't|won't|can't|'s|of)$"
)
_PRONOUN = re.compile(r"^(?:i|you|we|they|he|she|it)$")  # "Bet you did", "Mind you"
_OBJECT_FOLLOWS = re.compile(
    r"^(?:yourself|yourselves|your|them|him|her|it|this|that|these|those|a|an|the|some|someone|"
    r"somebody|something|up|out|off|on|with|to|about|for|what|how|if|whether|into|through|"
    r"away|back|down|over|around|in)$"
)
# A word that can be an adjective opens a command only before a determiner ("Close the laptop",
# "Empty your inbox"), unless it is one of `lexicon.ADVERB_FIRST`.
_DETERMINER = re.compile(r"^(?:the|your|my|his|her|their)$")
# A frequency adverb before a finite verb further on: a statement about the opening noun.
_GENERIC_VERB = re.compile(r"\b(?:usually|often|typically|generally|normally|always|sometimes|"
                           r"tends? to)\s+[a-z]+s\b")
_SOFTENERS = re.compile(
    r"^(?:(?:just|please|now|so|and|then|also|seriously|really|honestly|simply|definitely|"
    r"instead|maybe|first|gently|go ahead and|at least|though)\b,? ?)+"
)
_WORD = re.compile(r"[a-z][a-z']*")


@lru_cache(maxsize=1)
def _lemmas():  # noqa: ANN202 - the lemminflect function, or None when not installed
    try:
        from lemminflect import getAllLemmas
    except ImportError:
        return None
    return getAllLemmas


@lru_cache(maxsize=8192)
def _readings(word: str) -> frozenset[str]:
    """The parts of speech the lexicon knows for a word ("create": VERB; "work": NOUN, VERB)."""
    if word in APP_VERBS:
        return frozenset({"VERB"})
    lookup = _lemmas()
    if lookup is None:
        return frozenset()
    return frozenset(pos for pos, lemmas in lookup(word).items()
                     if pos != "VERB" or word in lemmas)


def known_word(word: str) -> bool:
    """The lexicon knows the word in some part of speech: a capitalised word it does not know may
    be a name ("Marcus got it", not "Heart's pounding"; `suggest._names`)."""
    return bool(_readings(word))


def finite_verb(word: str) -> bool:
    """An inflected verb that needs a subject before it ("suggests", "helped")."""
    lookup = _lemmas()
    verbs = lookup(word).get("VERB", ()) if lookup else ()
    return bool(verbs) and word not in verbs and not word.endswith("ing")


def is_command(clause: str, asked: bool = False) -> bool:
    """True when the cleaned, lower-case clause opens with a base-form verb used as a command,
    after an optional leading condition ("If so, ...") and softeners ("just", "please").
    `asked`: the client asked for advice, so a word that is also a noun or an adjective
    ("split", "appeal") is read as the verb when what follows fits a verb.

    A word that is only ever a verb ("seek", "create", "validate") is enough; one that is also
    a noun ("phone", "picture", "honour") must be followed by what a verb takes (an object
    pronoun, a determiner, a particle: "Phone a friend", "Picture yourself"); a word that can
    be an adjective or adverb ("still", "first", "back") is never taken on the lexicon's word.
    """
    rest = P.IMPERATIVE_LEAD.sub("", clause, count=1)
    rest = _SOFTENERS.sub("", rest, count=1)
    tokens = _WORD.findall(rest[:80])
    # the closed list, on the clause or on what is left after the softeners ("Seriously though,
    # text him")
    listed = bool(P.IMPERATIVE.match(clause) or P.IMPERATIVE.match(rest))
    if not tokens or not rest.startswith(tokens[0]):
        return listed
    following = tokens[1] if len(tokens) > 1 else ""
    if listed and following == "of":
        return True  # "Think of the reason you are angry": the closed list's own guard decides
    if listed and (tokens[0] in ("don't", "dont") or tokens[0] == "never" and not finite_verb(following)):
        return True  # "Don't do it", "Never go alone": the word after is the verb of the command
    if _SUBJECT_FOLLOWS.match(following) or finite_verb(following) or _GENERIC_VERB.search(rest):
        return False  # "Research shows...", "Work was hard", "Sleep after drinking usually takes..."
    if listed:
        return True
    if (tokens[0] in NOT_COMMANDS or rest[len(tokens[0]):len(tokens[0]) + 1] not in ("", " ")):
        return False  # "Thank you", "drive-through"
    readings = _readings(tokens[0])
    if asked and "VERB" in readings and not _PRONOUN.match(following) and (
            _OBJECT_FOLLOWS.match(following) or following in ("everything", "anything")
            or rest[len(tokens[0]):len(tokens[0]) + 1] in ("", ",")):
        # After "Any tips?" a word that can be a verb opens a tip: "Split the kitchen into
        # chunks", "Appeal, don't let it lapse" (dev8).
        return True
    if ("VERB" in readings and "ADJ" in readings and tokens[0] not in ADVERB_FIRST
            and _DETERMINER.match(following)):
        return True  # "Close the laptop", "Clear your calendar": an adjective has no object
    if "VERB" not in readings or readings - {"VERB", "NOUN"} or _PRONOUN.match(following):
        return False
    return readings == {"VERB"} or bool(_OBJECT_FOLLOWS.match(following))


# "You could volunteer at the shelter", "You can always reapply": a suggestion with a modal and
# any verb. Verbs that predict or describe ("you might notice", "you could lose", "you may
# feel") are not suggestions; nor is a modal after "where/if/so/think" ("so you could keep").
_MODAL_SUGGESTION = re.compile(
    P.DESCRIBING_MODAL + r"\byou (?:(?:could|might)(?: (?:always|also|just|even|maybe|"
    r"probably|totally))*|can (?:always|also))(?: try to)? ([a-z]+)\b"
)
# "you could double it and she'd never find out": a scenario, not a suggestion.
_HYPOTHETICAL = re.compile(r"\b(?:'d|would) never\b|\band (?:she|he|they|nobody|no one)(?:'d| would)\b")


# "I'd lower your expectations", "In your position I'd tick the box": the trainee's own choice
# offered for the client's situation, with any verb the closed list in `patterns.ADVISE` did not
# foresee. Not a reaction or a guess ("I'd be pissed too", "I'd imagine..."), not a relative
# clause ("which one I'd pick"), and not a past habit told as experience ("I used to shake so
# badly that I'd hold my notes with both hands").
_OWN_CHOICE = re.compile(
    P.NOT_REPORTED + "".join(f"(?<!{w} )" for w in (
        "that", "which", "what", "when", "if", "until", "before", "after", "where", "how", "so",
        "one", "thing", "part", "knew", "know", "felt like", "feel like", "figured", "said", "swore",
        "promised", "time", "way", "ever")) + r"\bi(?: would|'d) (?:(?:probably|definitely|honestly|personally|really|just|"
    r"also|still|maybe|totally|seriously|at least) )*([a-z]+)\b(?! you\b)"  # "I'd tell you first"
)
# A story being told: a habit ("every time", "sometimes", "my wife would get so mad"), or a verb
# in the past tense with a subject ("if someone walked past").
_PAST_HABIT = re.compile(
    r"\b(?:used to|back (?:then|when)|(?:years|months|weeks) ago|at the time|every (?:time|night|"
    r"day|morning|weekend)|sometimes|some (?:days|nights|weeks)|(?:he|she|they|we|my \w+) (?:would|"
    r"'d)|(?:i|he|she|they|we|someone|somebody|it|my \w+) (?:\w+ed|was|were|had|got|did|knew|"
    r"felt|went|came|kept|lost|told|said|thought|made|took))\b"
)


def own_choice(clause: str) -> bool:
    """True for "I'd [probably] <verb>" offered as what the trainee would do in the client's
    place, with a verb the lexicon knows."""
    m = _OWN_CHOICE.search(clause)
    if not m or m.group(1) in NOT_OWN_CHOICE or _PAST_HABIT.search(clause):
        return False
    if m.group(1) == "want" and not re.match(r" (?:you )?to\b", clause[m.end():]):
        return False  # "I would want this session to be for you" says what the trainee wants
    return "VERB" in _readings(m.group(1))


def modal_suggestion(clause: str) -> bool:
    """True for "you could/might [always] <verb>" and "you can always/also <verb>" with a verb
    the closed advice list did not foresee."""
    m = _MODAL_SUGGESTION.search(clause)
    if not m or m.group(1) in PREDICTION_VERBS or _HYPOTHETICAL.search(clause) or re.match(
            P.TELL_ME + r"\b", clause[m.start(1):]):
        return False  # "maybe you could let me know how it goes" asks to hear, it advises nothing
    return "VERB" in _readings(m.group(1))


# The writer's own story in the past tense with a verb no closed list foresaw: "I disclosed at
# my job and it went okay", "When I got mine I cried in the parking lot" (`patterns.SELF_DISCLOSE`
# lists the common verbs). Not the writer's moves in this conversation ("I heard you", "I
# noticed", "I asked because...") nor a reported view ("I thought", "I figured").
_OWN_PAST = re.compile(
    r"(?:^|[,;] |\. )(?:(?:" + P.STORY_LEAD_WORDS + r"|when|after|before|until|once|then|because|"
    r"since|finally|eventually|even),? ){0,5}"
    r"i (?:(?:actually|also|finally|eventually|even|just|literally|once|first|really|only|"
    r"basically|totally|ended up|kind of|kinda|sort of|honestly|completely|pretty much|almost|nearly|"
    r"practically|seriously) )*([a-z]+)\b(?!')"
)


def own_past_story(clause: str) -> bool:
    """True when the cleaned, lower-case clause tells the writer's own past in a verb the
    lexicon reads as past tense (an inflected verb after "I": "I disclosed", "I rewrote")."""
    for match in _OWN_PAST.finditer(clause):
        verb = match.group(1)
        if verb in CONVERSATION_VERBS or verb.endswith("s") or re.search(
                r"\b(?:you|your|yours)\b", clause[match.end():]):
            continue  # "I looked over your form", "I called your doctor": this conversation
        if finite_verb(verb):
            return True
    return False
