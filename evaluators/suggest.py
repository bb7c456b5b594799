"""Build a concrete better response from the client's own last words.

Why: feedback that only says "low validation" teaches little; CODING_RULES and the issue ask
for an alternative *in context*: a reflection of what the client just said (their words,
turned from "I" to "you") plus an open question, or, for a risk cue, a warm reflection and a
direct question about suicide (asking directly is good practice).
"""

from __future__ import annotations

import re

from evaluators.lexicon import FEELINGS, RISK_PATTERNS
from evaluators.segment import normalize, sentences

_RISK = re.compile("|".join(RISK_PATTERNS))

# First person -> second person, longest first so "i'm" wins over "i". Typed posts drop the
# apostrophe ("im 16", "Ive tried"); "id" and "ill" are words of their own, so they stay.
_SWAP = [
    (r"\bi'm\b", "you're"), (r"\bim\b", "you're"), (r"\bi am\b", "you are"), (r"\bi've\b", "you've"),
    (r"\bive\b", "you've"),
    (r"\bi'll\b", "you'll"), (r"\bi'd\b", "you'd"), (r"\bi was\b", "you were"),
    (r"\bwasn't i\b", "weren't you"), (r"\bi wasn'?t\b", "you weren't"), (r"\bi\b", "you"), (r"\bmy\b", "your"),
    (r"\bmine\b", "yours"), (r"\bmyself\b", "yourself"), (r"\bme\b", "you"),
    (r"\bwe're\b", "you're"), (r"\bwe\b", "you"), (r"\bour\b", "your"),
]
_SWAP_RE = [(re.compile(p, re.I), r) for p, r in _SWAP]
_FILLER = re.compile(
    r"^(?:(?:um+|uh+|well|so|yeah|like|i mean|honestly|and|but|okay|ok|you know|i don't know|sorry|"
    r"idk|anyway|anyways),?\s+)+",
    re.I,
)
# The client's "you" means the trainee: "I" as a subject ("you don't get it" -> "I don't get
# it"), "me" as an object ("why I'm telling you" -> "why you're telling me").
_YOU_OBJECT = re.compile(
    r"\byou\b(?=\s*(?:$|[.,;:!?)\-]|(?:to|for|about|with|that|and|but|so|because|if|when|the|a|an|"
    r"this|what|how|anything|everything|something|nothing|again|too|guys|all|now|though|yet)\b))",
    re.I,
)
# A sentence asked without its question mark: "Do therapists get annoyed when clients do this"
_ASKED = re.compile(
    r"^(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|am|how|what|why|where|"
    r"when|who|which)\b(?!\s+(?:i|you|we|they|he|she|it)\s*$)",
    re.I,
)



def to_second_person(text: str) -> str:
    """'I'm tired of my job' -> "you're tired of your job" (a plain pronoun shift)."""
    out = normalize(text)
    # Protect the client's "you" (addressed to the trainee) from a double swap.
    out = _YOU_OBJECT.sub("\x01", out)
    out = re.sub(r"\byou\b", "\x00", out, flags=re.I)
    for pattern, repl in _SWAP_RE:
        out = pattern.sub(repl, out)
    return out.replace("\x00", "I").replace("\x01", "me")


# Spoken hedges dropped from the reflection. "like" only as a filler ("it's, like, so hard",
# "like, every night"), never the verb ("I just like to drink on weekends").
_HEDGES = re.compile(
    r",?\s*\b(?:you know|i mean|honestly|um+|uh+|kinda|sort of)\b,?|"
    r",\s*like\b,?|^\s*like\b,?\s*|\blike,(?=\s)",
    re.I,
)


def _content_len(sentence: str) -> int:
    return len([w for w in re.findall(r"[a-zA-Z']+", sentence) if len(w) > 3])


def _pick_sentences(client_text: str) -> tuple[str, bool]:
    """The client's most loaded statement(s): a risk cue, else feelings, else the last ones.

    Returns (text, is_question); questions are quoted rather than pronoun-swapped.
    """
    all_sentences = sentences(client_text)
    asked = [s for s in all_sentences if s.rstrip().endswith("?") or _ASKED.match(s.strip())]
    statements = [s for s in all_sentences if s not in asked and _content_len(_HEDGES.sub("", s)) >= 1]
    if not statements:
        questions = asked
        return (questions[0], True) if questions else ("", False)
    for s in statements:
        if _RISK.search(s.lower()):
            return s, False
    loaded = [s for s in statements
              if any(w.strip(".,!?").lower() in FEELINGS for w in s.split())]
    picked = loaded[-1] if loaded else statements[-1]
    index = statements.index(picked)
    if index > 0 and len(picked.split()) + len(statements[index - 1].split()) <= 20:
        picked = _FILLER.sub("", picked)  # no "and and", no "and like"
        picked = statements[index - 1].rstrip(".!") + ", and " + picked[:1].lower() + picked[1:]
    return picked, False


# A typed post drops its subject: "Had a panic attack at work.", "Cried the whole time."
_NO_SUBJECT = re.compile(
    r"^(?:had|got|went|was|did|didn'?t|don'?t|can'?t|couldn'?t|haven'?t|hasn'?t|been|felt|lost|made|"
    r"started|tried|spent|cried|took|came|told|said|thought|kept|feel|need|want|have|keep|hate|love|"
    r"miss|wish|woke|slept|left|broke|quit|relapsed|used|drank|screamed|yelled|sat|called)\b",
    re.I,
)


def _with_subject(text: str) -> str:
    if not _NO_SUBJECT.match(text):
        return text
    if re.match(r"^was\b", text, re.I):
        return "you were" + text[3:]
    return "you " + text[:1].lower() + text[1:]


def _trim(text: str, max_words: int = 22) -> str:
    text = _FILLER.sub("", text.strip()).rstrip(" .!?,;")
    parts = text.split()
    if len(parts) > max_words:
        cut = " ".join(parts[:max_words])
        # end at the last clause boundary if there is one
        m = re.search(r"^(.*\w)[,;-]\s", cut)
        text = m.group(1) if m and len(m.group(1).split()) >= 6 else cut
    return re.sub(r"(?:,?\s*\b(?:and|but|so|or))+$", "", text)


# The follow-up question answers what went wrong: after a label or an argument, ask how the
# client sees it (rolling with their view, not pressing ours); after advice or orders, evoke
# their own ideas; after minimising, stay with what is hard.
_QUESTIONS = (
    (frozenset({"label", "confront"}), "What would you most want me to understand about that?"),
    (frozenset({"advise", "direct", "warn"}), "What ideas do you have about what might help, if anything?"),
    (frozenset({"minimize"}), "What's the hardest part of that for you?"),
)


def _follow_up(weak: set[str], codes: set[str]) -> str:
    for triggers, question in _QUESTIONS:
        if codes & triggers:
            return question
    if "non_authoritative" in weak:
        return "What ideas do you have about what might help, if anything?"
    if "validation" in weak:
        return "What's the hardest part of that for you?"
    return "What's that been like for you?"


def build_suggestion(client_text: str, weak: set[str], risk: bool,
                     codes: set[str] | frozenset[str] = frozenset()) -> str:
    """A reflection of the client's last words plus an open question (or a safety question).
    `codes` are the weak turn's behaviour codes; they pick the question."""
    sentence, is_question = _pick_sentences(client_text)
    if not sentence:
        return (
            "Try an open question that lets them lead, e.g. \"What would you like to talk "
            "about today?\""
        )
    if is_question:
        return (
            f"You're asking, \"{sentence.strip()}\" That matters to you. Before I answer, "
            "what's got you thinking about it?"
        )
    reflected = _with_subject(_trim(to_second_person(_HEDGES.sub("", sentence))))
    if _content_len(reflected) < 2 and not risk:
        # "Yeah, okay." holds nothing to reflect: invite them to lead instead.
        return ("Try an open question that hands them the lead, e.g. \"What's on your mind "
                "about all this?\"")
    reflected = reflected[:1].lower() + reflected[1:] if not reflected.startswith("I ") else reflected
    if risk:
        return (
            f"It sounds like things have gotten really heavy: {reflected}. "
            "I want to ask you directly, are you having thoughts of ending your life?"
        )
    return f"It sounds like {reflected}. {_follow_up(weak, set(codes))}"
