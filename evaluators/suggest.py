"""Build a concrete better response from the client's own last words.

Why: feedback that only says "low validation" teaches little; CODING_RULES and the issue ask
for an alternative *in context*: a reflection of what the client just said (their words,
turned from "I" to "you") plus an open question, or, for a risk cue, a warm reflection and a
direct question about suicide (asking directly is good practice).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from evaluators.lexicon import FEELINGS, RISK_PATTERNS, STOPWORDS
from evaluators.segment import normalize, sentences

_RISK = re.compile("|".join(RISK_PATTERNS))
# Codes a suggested response must not carry: it would commit the faults it is meant to fix.
UNFIT = frozenset({"label", "confront", "direct", "warn", "minimize", "advise"})

# First person -> second person, longest first so "i'm" wins over "i". Typed posts drop the
# apostrophe ("im 16", "Ive tried"); "id" and "ill" are words of their own, so they stay.
_SWAP = [
    (r"\bi'm\b", "you're"), (r"\bim\b", "you're"), (r"\bi am\b", "you are"), (r"\bi've\b", "you've"),
    (r"\bive\b", "you've"), (r"\bam i\b", "are you"),
    (r"\bi'll\b", "you'll"), (r"\bi'd\b", "you'd"), (r"\bi was\b", "you were"),
    (r"\bwasn't i\b", "weren't you"), (r"\bi (just |even |really |still )?wasn'?t\b", r"you \1weren't"), (r"\bi\b", "you"), (r"\bmy\b", "your"),
    (r"\bmine\b", "yours"), (r"\bmyself\b", "yourself"), (r"\bme\b", "you"),
    (r"\bwe're\b", "you're"), (r"\bwe\b", "you"), (r"\bour\b", "your"), (r"\bus\b", "you"),
]
_SWAP_RE = [(re.compile(p, re.I), r) for p, r in _SWAP]
_FILLER = re.compile(
    r"^(?:(?:um+|uh+|oh|well|so|yeah|yup|yep|yes|nope|nah|mhm|like|sorry(?=,)|i mean|honestly|"
    r"and|but|okay|ok|you know|anyway|hi|hey|hello|thing is|again|also|"
    r"anyways|right|please|genuinely|(?:i don't know|idk)(?=,)|no(?=,|,? (?:i|i'm|i've|it's|that's)\b)),?\s+)+",
    re.I,
)
# The client's "you" means the trainee: "I" as a subject ("you don't get it" -> "I don't get
# it"), "me" as an object ("why I'm telling you" -> "why you're telling me").
_YOU_OBJECT = re.compile(
    r"\byou\b(?=\s*(?:$|[.,;:!?)\-]|(?:to|for|about|with|that|and|but|so|because|if|when|the|a|an|"
    r"this|what|how|why|where|who|whether|anything|everything|something|nothing|again|too|guys|all|"
    r"now|though|yet)\b))",
    re.I,
)
# The client instructing the listener ("Don't tell my psychiatrist."): nothing to hand back
_INSTRUCTION = re.compile(
    r"^(?:don'?t|do not|please|never)\b(?! (?:know|want|care|feel|think|have|get|remember|understand|"
    r"see|even)\b)",
    re.I,
)
# A sentence asked without its question mark: "Do therapists get annoyed when clients do this"
_ASKED = re.compile(
    r"^(?:(?:uh|um|so|and|but|okay|ok|like|well|honestly|yeah|seriously),?\s+)*(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|am|how|what|why)\b(?!\s+(?:i|you|we|they|he|she|it)\s*$)",
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
    out = out.replace("\x00", "I").replace("\x01", "me")
    # the client's "you're / you are / you were" as the trainee's: "I'm / I am / I was"
    return re.sub(r"\bI(?:'re| are| were)\b",
                  lambda m: {"'re": "I'm", " are": "I am", " were": "I was"}[m.group(0)[1:]], out)


# Spoken hedges dropped from the reflection. "like" only as a filler ("it's, like, so hard",
# "like, every night"), never the verb ("I just like to drink on weekends").
_HEDGES = re.compile(
    r",?\s*\b(?:you know|i mean|honestly|um+|uh+|kinda|sort of)\b,?|"
    r",\s*like,|,\s*like\b(?=\s+(?:so|really|totally|super|very|just|literally|kinda|\d))|"
    # ...but "I was like, I can't deal" quotes a thought: that "like" stays
    r"^\s*like,\s*|(?<!was )(?<!were )(?<!'m )(?<! is )(?<! am )\blike,(?=\s)",
    re.I,
)


def _content_len(sentence: str) -> int:
    return len([w for w in re.findall(r"[a-zA-Z']+", sentence) if len(w) > 3])


def _has_content_word(text: str) -> bool:
    return any(len(w) >= 3 and w.lower() not in STOPWORDS for w in re.findall(r"[a-zA-Z']+", text))


def _says_something(reflected: str) -> bool:
    """Two longer words, or one content word: "you got the job" says something."""
    return _content_len(reflected) >= 2 or _has_content_word(reflected)


def _candidates(client_text: str) -> tuple[list[str], bool]:
    """The client's statements to reflect, best first: a risk cue, else the most loaded
    statement (a feeling, else the last one, joined to the one before when both are short),
    then the other statements, last first.

    Returns (statements, is_question); when the client only asked, the question comes back
    alone, to be quoted rather than pronoun-swapped.
    """
    all_sentences = sentences(client_text)
    asked = [s for s in all_sentences if s.rstrip().endswith("?") or _ASKED.match(s.strip())]
    statements = [s for s in all_sentences if s not in asked and not _INSTRUCTION.match(s.strip())
                  and (_content_len(_HEDGES.sub("", s)) >= 1 or _has_content_word(_untyped(s)))]
    if not statements:
        return (asked[:1], True) if asked else ([], False)
    risky = [s for s in statements if _RISK.search(s.lower())]
    if risky:
        return risky, False
    loaded = [s for s in statements
              if any(w.strip(".,!?").lower() in FEELINGS for w in s.split())]
    picked = loaded[-1] if loaded else statements[-1]
    index = statements.index(picked)
    first = picked
    before = _FILLER.sub("", _untyped(statements[index - 1])) if index > 0 else ""
    rest = _FILLER.sub("", _untyped(picked))  # no "and and", no "and like"
    if (index > 0 and len(picked.split()) + len(statements[index - 1].split()) <= 20
            and all((_SUBJECT.match(t) or _NO_SUBJECT.match(t))
                    and (_FINITE.search(t) or len(t.split()) >= 4) for t in (before, rest))):
        first = statements[index - 1].rstrip(".!") + ", and " + rest[:1].lower() + rest[1:]
    others = [s for s in reversed(loaded + statements) if s != picked]
    return list(dict.fromkeys([first, picked, *others])), False


# A typed post drops its subject: "Had a panic attack at work.", "Cried the whole time."
_NO_SUBJECT = re.compile(
    r"^(?:(?:just|really|only|also|still|never) )?(?:had|got|went|was|did|didn'?t|don'?t (?:know|want|care|feel|think|have|get|remember|"
    r"understand|see|even)|can'?t|couldn'?t|haven'?t|hasn'?t|been|felt|lost|made|"
    r"started|tried|spent|cried|took|came|told|said|thought|kept|feel|need|want|have|keep|hate|love|"
    r"miss|wish|woke|slept|left|broke|quit|relapsed|used|drank|screamed|yelled|sat|called|knew|"
    r"wanted|needed|missed|worked|lived|(?:thinking|trying|going|feeling|hoping|"
    r"waiting|looking|working|struggling) \w+|doesn'?t|makes|gets|keeps|sounds|seems|looks|feels|"
    r"hurts|sucks|scared (?:me|us))\b",
    re.I,
)


def _with_subject(text: str) -> str:
    if not _NO_SUBJECT.match(text):
        return text
    if re.match(r"^was\b", text, re.I):
        return "you were" + text[3:]
    if re.match(r"^(?:doesn'?t|makes|gets|keeps|sounds|seems|looks|feels|hurts|sucks|scared)\b", text,
                re.I):
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


def _trim(text: str, max_words: int = 22) -> str | None:
    """The statement, cut to `max_words` at a clause boundary; None when it runs on with no
    place to cut (a reflection that stops mid-phrase, "...without your brain turning to.",
    reads as broken)."""
    text = _FILLER.sub("", text.strip()).rstrip(" .!?,;")
    parts = text.split()
    if len(parts) > max_words:
        cut = " ".join(parts[:max_words])
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


def _restore(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + "'t"
    if m.group(2):
        return m.group(2) + "'s"
    return m.group(3) + "'" + m.group(4)


_ITS = re.compile(  # typed "its" that means "it's": opening a sentence, or before what cannot
    # follow a possessive
    r"^its\b|\bits(?= (?:just|fine|not|been|like|the|a|an|so|too|only|hard|okay|ok|gonna|going|getting|"
    r"all|always|never|really|still|because|that|what|how|my|your|his|her|their|over|ok|awkward|"
    r"weird|scary|bad|good|worse|better|easier|harder|normal|rough|crazy|annoying|exhausting|"
    r"impossible|different|complicated|true|ridiculous|nice|great|terrible|awful|stupid|insane|"
    r"embarrassing|gotten|kind|pretty|honestly|literally|almost|about)\b)",
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


def _untyped(text: str) -> str:
    """'idk its fine lol, i cant sleep tho (again)' -> "I don't know it's fine, i can't sleep
    though": chat shorthand out, apostrophes back, asides in brackets and transcription notes
    ("[chuckles]") dropped, spoken restarts resolved."""
    text = normalize(text).replace("\\", "")
    text = re.sub(r"(?<![\w-])-(\w+)-(?![\w-])", r"\1", text).lstrip("- ")  # "-not-"
    text = re.sub(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]", "", _CHAT.sub("", text))
    for typed, meant in (("idk", "I don't know"), ("tho", "though"), ("rn", "right now"),
                         ("bc", "because"), ("u", "you"), ("dunno", "don't know"), ("ppl", "people"),
                         ("yrs", "years"), ("yr", "year")):
        text = re.sub(rf"\b{typed}\b", meant, text, flags=re.I)
    text = re.sub(r",\s*(?:man|dude|bro),", ",", text, flags=re.I)
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
    r"about|without|like|not|especially|except|sorry|thanks?|thank (?:you|me)|(?!\w*thing\b|morning|evening|during|bring|spring)[a-z]+ing|(?:is|are|was|"
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
    r"lives|sees|pays|costs|smells|cares|loves|hates|likes|tries|cries|drinks|uses|misses)\b",
    re.I,
)


_UNFINISHED = re.compile(r"(?:-|\b(?:the|a|an|of|and|but|or|my|your|their|his))[\s.]*$",
                         re.I)


def _statement(reflected: str) -> bool:
    """Opens like a statement, has a verb, quotes that fit, and is not cut off ("...side
    effects, but-")."""
    return (not _NOT_A_STATEMENT.match(reflected) and bool(_FINITE.search(reflected))
            and _quotes_fit(reflected) and not _UNFINISHED.search(reflected))


# The follow-up question answers what went wrong: after a label or an argument, ask how the
# client sees it (rolling with their view, not pressing ours); after advice or orders, evoke
# their own ideas; after minimising, stay with what is hard.
_UNDERSTAND = "What would you most want me to understand about that?"
_EVOKE = "What would you like to do about it, if anything?"
_HARDEST = "What's the hardest part of that for you?"
_QUESTIONS = (
    (frozenset({"label", "confront"}), _UNDERSTAND),
    (frozenset({"advise", "direct", "warn"}), _EVOKE),
    (frozenset({"minimize"}), _HARDEST),
)


# Good news ("I got the job! First one in six years.") is not met with "What's the hardest
# part?" or "a lot is weighing on you": the client is asked what it means to them.
_GOOD_NEWS = re.compile(
    r"\b(?:proud|happy|excited|glad|grateful|relieved|amazing|awesome|great news|good news|"
    r"got the job|got in|passed|made it|did it|celebrat\w*|best day)\b",
    re.I,
)
_HARD_NEWS = FEELINGS - {"happy", "proud", "relieved", "hopeful", "excited", "grateful", "glad",
                         "calm", "confident", "determined", "motivated"}
_MEANS = "What does that mean for you?"
# A feeling the client named about themselves ("feeling a little scared-", "I'm so tired"),
# for when none of their sentences can be handed back whole
_FEELING_NAMED = re.compile(
    r"\b(?:i'?m|i am|im|feeling|i feel|i felt)\s+((?:(?:so|really|a little|a bit|kind of|kinda|"
    r"pretty|very|just|super|totally)\s+)*)([a-z]+)\b",
    re.I,
)


def _good_news(client_text: str) -> bool:
    low = client_text.lower()
    return bool(_GOOD_NEWS.search(low)) and not any(
        w.strip(".,!?") in _HARD_NEWS for w in low.split()) and not _RISK.search(low)


def _follow_up(weak: set[str], codes: set[str], good_news: bool = False) -> str:
    if good_news:
        return _MEANS
    for triggers, question in _QUESTIONS:
        if codes & triggers:
            return question
    if "non_authoritative" in weak:
        return _EVOKE
    if "validation" in weak:
        return _HARDEST
    return "What's that been like for you?"


# "And she's right." in the trainee's mouth sides with the critic; it is the client's view.
_AGREES = re.compile(r"\b(she|he|they|it|that)('s| is|'re| are| was| were) (?=right\b|true\b)", re.I)


def _reflect(sentence: str) -> str | None:
    """A client sentence in the trainee's mouth: hedges out, pronouns turned, trimmed; None
    when it would not read as a statement (`_statement`, `_trim`)."""
    trimmed = _trim(to_second_person(_HEDGES.sub("", _FILLER.sub("", _untyped(sentence)))))
    if trimmed is None:
        return None
    # "it's, you know, it's one thing" loses its hedge, then its echo ("told you you smell" stays)
    trimmed = re.sub(r"\b(?!you\b|that\b|had\b)([\w']+) \1\b", r"\1", trimmed, flags=re.I)
    # "you're just you're not eating", "you just, you can't say no": the restart goes
    trimmed = re.sub(r"\b([\w']+) (just|really),? \1\b", r"\1 \2", trimmed, flags=re.I)
    # a question tacked on ("..., where do you even start") and trailing fillers go
    trimmed = re.sub(r",\s*(?:what|where|how|why|who|when) (?:do|does|did|is|are|can|should|would|"
                     r"will)\b.*$|(?:,\s*(?:so,?\s*)?(?:yeah|ok|okay|right|mind|lol))+\s*$", "",
                     trimmed, flags=re.I)
    trimmed = re.sub(r"\s{2,}", " ", trimmed).strip(" ,")
    if not trimmed:
        return None
    reflected = _with_subject(trimmed)
    reflected = _AGREES.sub(lambda m: f"you think {m.group(1).lower()}{m.group(2)} ", reflected)
    reflected = reflected[:1].lower() + reflected[1:] if not reflected.startswith("I ") else reflected
    reflected = re.sub(r"\bi\b(?='|\s|$)", "I", reflected)  # the client's "you": "I'm", not "i'm"
    return reflected if _statement(reflected) else None


# Harsh self-talk ("I'm such a screw-up", "I'm just a junkie") is not echoed word for word: a
# reflection that repeats the label agrees with it. Its feeling is reflected instead.
_SELF_JUDGMENT = re.compile(
    r"\bi(?:'?m| feel like| felt like) (?:just |such |nothing but |a total |a complete |so )?"
    r"(?:an? )?(?:such an? )?"
    r"(?:screw-?up|failure|junkie|addict|loser|idiot|mess|burden|waste|disappointment|fuck-?up|joke|"
    r"stupid|worthless|useless|pathetic|disgusting|weak|lazy|monster|bad (?:mom|mother|dad|father|"
    r"person|parent))\b",
    re.I,
)


def _judges_self(text: str) -> bool:
    """"I'm such a screw-up", not "I don't think I'm an addict"."""
    text = normalize(text)
    m = _SELF_JUDGMENT.search(text)
    return bool(m) and not re.search(
        r"\b(?:not|never|no)\b|n't\b|\b(?:telling|tells|told|says|said|saying|say|thinks|calls|"
        r"called|calling|treats)\b", text[: m.start()], re.I)  # "My mom keeps telling me I'm lazy" reports her


_TRIES = 4  # client sentences tried before the generic reflection; each try is one coding


def build_suggestion(client_text: str, weak: set[str], risk: bool,
                     codes: set[str] | frozenset[str] = frozenset(),
                     acceptable: Callable[[str], bool] | None = None) -> str:
    """A reflection of the client's last words plus an open question (or a safety question).

    `codes` are the weak turn's behaviour codes; they pick the question. `acceptable`, when
    given, vets a candidate suggestion (the local evaluator codes it in the same context):
    a client sentence that would read as a label, an order or a warning in the trainee's
    mouth ("Don't tell my psychiatrist" -> "don't tell your psychiatrist") is passed over
    for the next one."""
    candidates, is_question = _candidates(client_text)
    if not candidates:
        return (
            "Try an open question that lets them lead, e.g. \"What would you like to talk "
            "about today?\""
        )
    if is_question:
        asked = _FILLER.sub("", _untyped(candidates[0])).rstrip(" .,!?") + "?"
        return (
            f"You're asking, \"{asked[:1].upper()}{asked[1:]}\" That matters to you. Before I "
            "answer, what's got you thinking about it?"
        )
    if risk:
        ask = "I want to ask you directly, are you having thoughts of ending your life?"
        for sentence in candidates[:_TRIES]:
            reflected = _reflect(sentence)
            if reflected is None:
                continue
            reflection = f"It sounds like things have gotten really heavy: {reflected}."
            if acceptable is None or acceptable(reflection):
                return f"{reflection} {ask}"
        return f"It sounds like things have gotten really heavy for you. {ask}"
    good_news = _good_news(client_text)
    question = _follow_up(weak, set(codes), good_news)
    if _judges_self(candidates[0]):
        return f"It sounds like you've been really hard on yourself. {question}"
    for sentence in candidates[:_TRIES]:
        reflected = _reflect(sentence)
        if reflected is None or not _says_something(reflected) or _judges_self(sentence):
            continue
        # only the reflection is vetted: the follow-up questions are fixed and clean
        if acceptable is None or acceptable(f"It sounds like {reflected}."):
            return f"It sounds like {reflected}. {question}"
    if _content_len(_HEDGES.sub("", _FILLER.sub("", _untyped(candidates[0])))) < 2:
        # "Yeah, okay." holds nothing to reflect: invite them to lead instead.
        return ("Try an open question that hands them the lead, e.g. \"What's on your mind "
                "about all this?\"")
    feeling = _FEELING_NAMED.search(normalize(client_text))
    if feeling and feeling.group(2).lower() in FEELINGS:
        named = re.sub(r"\b(?:just|so|really|super|totally)\s+", "", feeling.group(1).lower())
        return f"It sounds like you're feeling {named}{feeling.group(2).lower()}. {question}"
    if good_news:
        return f"It sounds like this really matters to you. {question}"
    return f"It sounds like a lot is weighing on you right now. {question}"
