"""Checks on a simulated client's reply: is it still the client talking?

A small model drifts: it answers as the counsellor ("It's important to…"), narrates in the
third person, rambles in lists, agrees with whatever it is told, or admits to being an AI when
a trainee tries to break it. `clean_reply` repairs what can be repaired without a new
generation (speaker labels, stage directions, wrapping quotes, a reply one sentence too long);
`find_problems` names what cannot, so the client regenerates once with a stronger reminder.
"""

from __future__ import annotations

import re

from personas.schema import Persona

MAX_SENTENCES = 3
MAX_WORDS = 70

COUNSELLOR_SPEAK = [
    r"\bi understand (what|how) you('re| are) (going through|feeling)",
    r"\bit('s| is) (important|okay|ok|normal|natural|understandable) (to|that)\b",
    r"\bi('m| am) (here|always here) (for you|to (support|help|listen))",
    r"\bhow (can|may) i (help|support|assist) you",
    r"\b(seek|reach out to|talk to) (a )?(professional|therapist|counsell?or|mental health)",
    r"\bit sounds like you\b",
    r"\bthank you for sharing\b",
    r"\byou('re| are) not alone\b",
    r"\bi hear you\b",
    r"(^|[.!?]\s+)(just |always )?remember (that )?you('re| are| have)?\b",
    r"\bhave you (considered|thought about|tried)\b",
    r"\byou (should|might want to|could try|need to)\b",
    r"\b(self-care|coping strategies|support system|healthy boundaries)\b",
    # The helper's side of the conversation, spoken by the client: role reversal.
    r"\bi appreciate (your|the) (patience|honesty|concern|understanding|words|offer|support|time|feedback|input)",
    r"\bi('m| am) (so )?sorry (that )?you('re| are| have been| feel)",
    r"\b(i'll|i will|i('m| am) going to) (be here|listen|support you|help you)",
    r"\bif you need (anything|me|someone|to talk)",
    r"\b(support|help) you (through|with)\b",
    r"\bwhat (seems|brings you|can i do)\b",
    r"\bhow (are|have) you (been|doing|feeling)\b",
    r"\bwhat('s| is) on your mind\b",
    r"\b(your|those) concerns\b",
    r"\b(provide|give you) (medical |professional )?advice\b",
    r"\bmy (main )?(goal|job|role) is to\b",
    r"\bthis person\b",
    r"\bi understand\.?$",
]
AI_DISCLOSURE = [
    r"\bas an ai\b",
    r"\b(language model|ai model|ai assistant|chatbot|virtual assistant)\b",
    r"\bi('m| am) (just )?an ai\b",
    r"\bi('m| am) (a|an) (assistant|ai|artificial)",
    r"\bmy (instructions|system prompt|programming|training data)\b",
    r"\bi (can't|cannot) (assist with|comply with|help with (that|this) request)",
    r"\brole-?play\b",
    r"\b(system prompt|the prompt|previous instructions)\b",
]
AGREEABLE = [
    r"^(that's|that is|what) a (good|great) idea",
    r"^you('re| are) (right|so right|absolutely right)",
    r"^(okay|ok|sure|alright),? i('ll| will) (do that|try that|go|start)",
    r"^(great|good) (idea|point|advice)",
    r"^(yes|yeah|yep),? (i|you('re| are)) (need|should|have|will|right)",
    r"^i (will|'ll) (do that|go|try|start)",
    r"^(oh,? |well,? )?(sorry|i'm sorry|my bad)\b",
    r"^(oh,? |well,? )?(i know|i guess you're right|you're right)\b",
    r"^thank(s| you) for the (advice|suggestion)",
    r"\b(that|it|this) (could|might|would|will|can) be (a )?(really |very )?(good|great|helpful|useful)( idea)?\b",
    r"\b(good|great) (idea|suggestion|advice|point)\b",
    r"\bi('ll| will) (give it a try|try (that|it)|look into (it|that)|do that|start (doing|going))\b",
    r"^(yes|yeah|sure|okay|ok)[,.!]? (i|that|it)('ll| will| can| could| is| does)? ?(try|help|give|be helpful|sounds good)",
    r"\b(can|could) be (really |very )?helpful\b",
]
INJECTION = [
    r"\bare you (an? |some kind of )?(ai|bot|robot|chatbot|language model|llm|real person|human)\b",
    r"\bignore (all |your |the |previous |prior )+(instructions|prompt|rules)",
    r"\byou('re| are) (an? )?(ai|bot|chatbot|language model|llm|assistant|program)\b",
    r"\b(system prompt|your instructions|developer mode|jailbreak)\b",
    r"\b(stop|quit) (pretending|role-?playing|acting)\b",
    r"\bbreak character\b",
    r"\bwhat (model|ai) are you\b",
]
_NARRATOR_VERBS = "says|said|sighs|looks|nods|shrugs|pauses|replies|responds|thinks|feels|smiles|laughs|hesitates|answers|takes|leans|glances"
_LIST_LINE = re.compile(r"^\s*(\d+[.)]|[-*•])\s+", re.M)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})
_STAGE = re.compile(r"(?<![\w*])\*(?!\*)(?:[^*:]{0,80}\s[^*:]{0,80}|sighs|shrugs|laughs|pauses|nods|smiles|chuckles|sniffs|cries|shakes head)\*(?!\*)|\((?:sighs|pauses|laughs|shrugs|looks|quietly|softly)[^)]*\)|\[[^\]]{1,80}\]", re.I)
_SENTENCE = re.compile(r"(?<=[.!?…])[\"')\]]*\s+(?=[A-Z\"'(])")


def _matches(patterns: list[str], text: str) -> list[str]:
    low = normalise(text).lower()
    return [p for p in patterns if re.search(p, low)]


def is_injection(trainee_text: str) -> bool:
    """Does the trainee try to make the client break character?"""
    return bool(_matches(INJECTION, normalise(trainee_text)))


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text.strip()) if s.strip()]


def normalise(text: str) -> str:
    """Typographic quotes to ASCII, so one set of patterns covers every keyboard and endpoint."""
    return text.translate(_QUOTES)


def clean_reply(text: str, persona: Persona) -> str:
    """Repair surface drift: speaker labels, stage directions, quotes, one sentence too many."""
    text = normalise(text).strip()
    # Anything after a second speaker turn is the model writing both sides: cut it.
    text = re.split(r"\n\s*\**(?:peer specialist|specialist|counsell?or|you|trainee|user)\**\s*:", text, flags=re.I)[0]
    text = _STAGE.sub("", text)  # before labels: "Sam (quietly): ..." -> "Sam : ..."
    first_name = re.escape(persona.name.split()[0])
    label = rf"^\s*\**\s*(?:{re.escape(persona.name)}|{first_name}[\w.'-]*|client|me)\s*(?::\s*\**|\**\s*:)\s*"
    text = re.sub(label, "", text, count=1, flags=re.I)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) >= 2 and text[0] in "\"'" and text[-1] in "\"'":
        text = text[1:-1].strip()
    sentences = split_sentences(text)
    if len(sentences) > MAX_SENTENCES:
        text = " ".join(sentences[:MAX_SENTENCES])
    return text


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def echoes(reply: str, source: str, run: int = 6) -> bool:
    """Does the reply copy a run of `run` words from `source` (parroting the trainee)?"""
    words, src = _words(reply), " ".join(_words(source))
    return any(" ".join(words[i : i + run]) in src for i in range(len(words) - run + 1))


def repeats(reply: str, previous: list[str], threshold: float = 0.8) -> bool:
    """Is the reply (nearly) one the client already gave?"""
    mine = set(_words(reply))
    if len(mine) < 3:
        return False
    return any(len(mine & set(_words(p))) / len(mine | set(_words(p))) >= threshold for p in previous)


def find_problems(
    text: str,
    persona: Persona,
    directive_turn: bool = False,
    trainee_text: str = "",
    previous: list[str] | None = None,
) -> list[str]:
    """Names of what is wrong with a (cleaned) reply; empty when it is fine."""
    problems: list[str] = []
    text = normalise(text)
    low = text.lower()
    if len(text.strip()) < 2:
        return ["empty"]
    names = {persona.name.lower(), persona.name.split()[0].lower()}
    pronoun = persona.pronouns.split("/")[0].strip().lower()
    narrated = "|".join(re.escape(n) for n in names) + f"|the client|{re.escape(pronoun)}"
    if re.search(rf"(^|[.!?]\s+)({narrated})('s)? ({_NARRATOR_VERBS})\b", low) or re.search(
        rf"\b({'|'.join(re.escape(n) for n in names)}) ({_NARRATOR_VERBS})\b", low
    ):
        problems.append("narrator")
    if re.match(r"^\W*(peer specialist|specialist|counsell?or|therapist|trainee|user|assistant)\b", low) or re.match(
        rf"^\W*{re.escape(pronoun)} [a-z]+s\b", low
    ):
        problems.append("narrator")
    first = persona.name.split()[0].lower()
    if re.search(rf"\b{re.escape(first)}\b", low) and not re.search(
        rf"\b(i'm|i am|my name is|name's|call me|it's)\s+{re.escape(first)}\b", low
    ):
        problems.append("narrator")
    if _matches(COUNSELLOR_SPEAK, text):
        problems.append("counsellor_speak")
    if _matches(AI_DISCLOSURE, text):
        problems.append("broke_character")
    if _LIST_LINE.search(text) or len(text.split()) > MAX_WORDS:
        problems.append("too_long")
    if directive_turn and _matches(AGREEABLE, text.strip()):
        problems.append("agreeable")
    if not re.search(r"\b(i|i'm|i've|i'd|i'll|me|my|myself|we|us|our)\b", low) and len(text.split()) > 14:
        problems.append("not_first_person")
    if trainee_text and echoes(text, trainee_text):
        problems.append("parrot")
    if previous and repeats(text, previous):
        problems.append("repeat")
    return list(dict.fromkeys(problems))
