"""Split an utterance into sentences and clauses, and words into crude stems.

Why: an utterance can carry several behaviours ("That sounds exhausting. What helps?"), so
the coder codes each sentence/clause and takes the union. Real transcripts have fillers,
run-ons and missing question marks, so splitting is lenient. Offsets always point into the
original text, so evidence spans are true substrings of what the trainee said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# Curly quotes and dashes are mapped 1:1 (same length), so offsets stay valid.
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                            "\u2014": "-", "\u2013": "-", "\u2026": "."})

# A sentence ends at . ! ? (runs allowed) followed by space; an ellipsis followed by a
# lower-case word is a hesitation, not a boundary.
# A sentence ends at . ! ?, at a line break `squeeze_space` kept, or, in typed chat, at an emoji before the next words ("Welcome back \u2764\ufe0f
# How are you doing today?").
_BOUNDARY = re.compile(r"\n|(?<=[.!?])[\"')\]]*\s+|(?<=[\u2600-\u27bf\ufe0f\U0001f300-\U0001faff])\s+(?=[a-zA-Z])")
_ABBREV = re.compile(r"(?:\b(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|a\.m|p\.m)\.)$", re.I)

# A hedge that ends a question ("..., do you think?") belongs to it: never split off.
_HEDGE = r"(?:do you think|would you say|d'you think|you think|don't you think|would you guess|do you reckon)"

# Clause breaks inside a sentence: semicolons, colons, dashes, and ", and/but/so" joins.
_CLAUSE = re.compile(
    r"\s*[;:]\s+|\s+-+\s+|\s*--+\s*|,\s+(?=(?:and|but|so|because|or)\s)|,\s+(?=(?:want|wanna) (?:me|us|to)\b)|"
    # a question put as wondering, joined on without a comma: "...weighing on u and im wondering what u
    # think she needs to hear" (probe T)
    r"\s+(?=and (?:i'?m|im|i am) (?:wondering|curious) (?:what|how|why|if|whether)\b)|"
    r",\s+(?!" + _HEDGE + r"\W*$)(?=(?:what|how|why|"
    r"do|does|did|are|is|was|were|have|has|can|could|would|will|r)\s+(?:you|u|i|we|it|that|there|"
    r"things|your|ur)\b)"
)

# Discourse markers and fillers that may open a clause; stripped before coding.
_LEAD = re.compile(
    r"^(?:(?:uh-huh|um+|uh+m*|erm*|ah+|oh+|ugh+|oof|god(?=,)|jeez|geez|hmm+|mm+(?:-?hmm+)?|mhm+|okay|ok|alright|all right|"
    r"right|yeah|yes|yep|yup|well|so|and|but|now|though(?=,)|you know(?: what)?(?=[,.]|$)|i mean(?=[,.]|$)|like|anyway|then|gotcha|"
    r"got it|got you|gott?cha|i see|sure|wow|gosh|man|oh my|oh wow|no (?:worries|problem)(?: at all)?|no(?=\s*(?:[,.!?\-]|$)|\s+(?:i|i\'m|it|it\'s|that|that\'s|you|you\'re|we|he|she|they|not|no|there|this)\b)|hey|hi|hello|"
    r"fair enough(?=[,.!])|totally(?=[,.!])|exactly(?=[,.!])|ha(?:ha)*(?=[,.!])|lol(?=[,.!])|aw+(?=[,.!])|(?:girl|dude|bro|sis|hon)(?= (?:just|block|go|delete|stop|text|call|tell|leave|dump|listen|trust)\b)|"
    r"see(?! (?:if|whether|what|how)\b)|look(?! (?:at|into|up|for|through|over|around|out|after)\b)|listen(?! to\b)|honestly|basically|actually|"
    # chat openers (probe T): "omg how did u bring it up", "ngl i went to...", "wait what happened"
    r"omg|omfg|oml|o+h+|ngl|tbh|imo|imho|lowkey|wait(?=[,.!]|\s+(?:what|how|why|when|where|who|so|you|he|she|they|"
    r"i|it|is|are|did|do|does|was|were|really|seriously)\b)|"
    r"(?:nice|cool|awesome|sweet|yay|congrats)(?=[\s,!]+(?:what|how|why|when|where|who|which)\b))\b[\s,.!\-]*)+",
    re.I,
)

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Clause:
    """A piece of an utterance: original text, offsets, lower-cased form without fillers."""

    text: str
    start: int
    end: int
    clean: str  # lower-cased, apostrophes normalised, leading fillers stripped
    lead: str  # the stripped leading markers, lower-cased ("so", "okay so", "")
    question_mark: bool  # the sentence this clause belongs to ends with "?"
    sentence_index: int
    final_in_sentence: bool
    continues_question: bool = False  # an ", or ..." alternative after a question clause


def normalize(text: str) -> str:
    """Same-length normalisation: curly quotes and dashes to ASCII."""
    return text.translate(_TRANSLATE)


_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_LINE_BREAKS = re.compile(r"\s*\n\s*")
# A line that ends on one of these runs on into the next (text wrapped by hand, "need to\nkeep").
_RUNS_ON = re.compile(r"(?:,|\b(?:a|an|the|to|of|and|or|but|in|on|at|for|with|that|my|your|ur|is|are|was|"
                      r"i|you|u|if|so|because|bc|just|like|about|from|by|as|it's|its))$", re.I)


def squeeze_space(text: str) -> str:
    """Runs of whitespace, tabs and line breaks as one space, except a line break that ends a
    typed line: chat comes in bursts, one thought a line ("ugh im so sorry 💔\nthat must feel
    crushing"), so that break is kept as one "\n" and ends a sentence (`_BOUNDARY`). Why
    squeeze at all: whitespace carries no meaning for the coder, and a run of thousands of
    spaces (a pasted form, a stuck key) made patterns that allow optional space before a word
    retry at every position: 20,000 spaces took 6 s to code (bench/worst_case_inputs.py)."""
    lines = [_SPACE_RUN.sub(" ", line) for line in _LINE_BREAKS.split(text.strip("\n"))]
    out = lines[0]
    for line in lines[1:]:
        out += (" " if not out or _RUNS_ON.search(out) else "\n") + line
    return out


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        piece = text[start:end]
        nxt = text[match.end() : match.end() + 1]
        if _ABBREV.search(piece) and not (piece.lower().endswith(("a.m.", "p.m.")) and nxt.isupper()
                                          and text[match.end():match.end() + 2] != "I "):
            continue  # "at three a.m. What are those nights like?" ends at "a.m."
        # "I just... I don't know" is one hesitant sentence unless a capital follows.
        if piece.endswith("..") and nxt and nxt.islower():
            continue
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# Transcript noise: [laughs], (inaudible), stutters ("I- I", "you, you're"), hesitations.
_NOISE = re.compile(r"\[[^\]]*\]|\((?:inaudible|laughs?|laughter|crosstalk|pause|sighs?|"
                    r"unintelligible|coughs?)[^)]*\)", re.I)
_FRAGMENT = re.compile(r"(?<![\w'])[a-z]+(?:'[a-z]+)?-\s+(?=[a-z])")
# A question started, dropped and restarted: "Have you- what's that been like?", "Are you- how
# are you staying warm?" (a dash, then a question word): the first start is not coded.
_ABANDONED_START = re.compile(
    r"^(?:so |and |but )?(?:(?:have|are|do|did|is|was|were|can|could|would|will|has)(?: you| it| he| "
    r"she| they| we)?|you)-\s+(?=(?:what|how|why|when|where|who|which)\b)")
_STUTTER = re.compile(r"\b([a-z]+(?:'[a-z]+)?)(?:,?\s+\1\b(?! know\b))+")  # not "...you, you know that"
_MID_FILLER = re.compile(
    r"(?<=\w),\s*like\s*,\s*(?=\w)|\b([\w']+),\s*(?:you know|i mean)\s*,\s*(?=\1\b)|"
    r"(?<=\w),\s*you know\s*,\s*(?!(?:what|how|why|when|where|who|which|i|we|do|did|are|is|can|could|"
    r"would)\b)(?=\w+ing\b)")
# Stutters joined by hyphens in transcripts: "I-I", "that-that-that", "w-what", "s-smoking".
_HYPHEN_REPEAT = re.compile(r"\b([a-z]+(?:'[a-z]+)?)(?:-\1\b)+")
_HYPHEN_ONSET = re.compile(r"\b([a-z]{1,3})-(?=\1[a-z'])")
# Unpunctuated run-ons: a question starting mid-sentence ("... nobody listens what do you think").
_RUNON_Q = re.compile(
    r"(?<=\w)\s+(?=(?:what|how|why|do|does|did|are|can|could|would|have) (?:do|does|did|are|is|was|"
    r"were|would|could|can|will|have|has|you|we)\b)"
)
_NO_SPLIT_BEFORE = re.compile(
    r"\b(?:wonder|wondering|know|knew|think|curious|ask|asking|tell|understand|see|hear|sure|about|"
    r"on|of|to|and|or|but|that|is|was|me|just|like|so|if|matter|remember|decide|figure|out|down|say|write|wrote|plan|list|what|"
    r"share|shared|explain|explained|show|describe|mention|discuss|"
    r"how|why|when|where|who|which|you|i|we|they|he|she|it|there|thing|things|one|people|"
    # the one told or asked: "Did you tell her why you dropped out?" asks one question
    r"her|him|them|me|us)$"
)


_TAG_ONLY = re.compile(
    r"^(?:is|isn'?t|was|wasn'?t|are|aren'?t|were|weren'?t|do|don'?t|does|doesn'?t|did|didn'?t|have|"
    r"haven'?t|has|hasn'?t|can|can'?t|will|won'?t|would|wouldn'?t)\s+(?:it|you|he|she|they|that|"
    r"there|we|i)\s*\?+$", re.I)
_HEDGE_TAIL = re.compile(r"^" + _HEDGE + r"\W*$")


def _runon_pieces(sentence: str) -> list[tuple[int, int]]:
    """Split an unpunctuated run-on before an embedded question, else keep it whole."""
    if len(sentence.split()) < 8 or re.search(r"[,;:]", sentence):
        return [(0, len(sentence))]
    cuts = [m.start() for m in _RUNON_Q.finditer(sentence.lower())
            if len(sentence[: m.start()].split()) >= 4
            and not _HEDGE_TAIL.match(sentence[m.start():].strip().lower())
            and not _NO_SPLIT_BEFORE.search(sentence[: m.start()].lower())]
    bounds = [0, *cuts, len(sentence)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if sentence[a:b].strip()]


# Contractions typed without the apostrophe in transcripts ("dont", "youre", "thats").
_BARE_CONTRACTION = re.compile(
    r"\b(?:(do|does|did|is|are|was|were|have|has|had|could|would|should|ca|wo|ai)nt|"
    r"(you|they)(re|ve|ll|d)|(we)(ve)|(that|what|there|it|who|where|he|she)s|(i)(m|ve))\b"
)


# Typed "id", "ill" and "u" where a verb follows ("id def talk to your psychiatrist", "ill be
# there", "have u tried"): I'd, I'll, you. Not "bring your id", "ill health".
_TYPED_I = re.compile(
    r"\b(i)(d|ll) (?=(?:def|definitely|probably|prob|just|totally|honestly|really|also|never|rather|"
    r"say|tell|talk|go|try|be|do|get|love|like|suggest|recommend|look|ask|think|call|start|stop|"
    r"take|keep|want|need|have|feel|make|wait|leave|see|check|text|bet|guess|pray|send|line|lean|stick|"
    r"set|put|write|save|apply|reach|hold|give|skip|sleep|book|ring|email|ask|look)\b)")
_TYPED_DEF = re.compile(r"\bdef\b(?= [a-z])")
_TYPED_U = re.compile(r"(?<![.'])\bu\b(?![.]\w|'(?!(?:ll|re|ve|d)\b))")  # "u", "u'll", "up to u." (not "u.s.")
_TYPED_R = re.compile(r"(?<![.'])\br\b(?![.'])")  # "r u ok", "ppl r mean"
# Typed "ur": "you're" before what can follow "you are" ("ur not a terrible person", "ur gonna be
# fine", "ur an addict"), else "your" ("ur kids", "ur call"). Without it "ur an addict" was no
# label and "at least ur alive" no reassurance (probe M: 13 of 224 typed replies miscoded).
UR_YOU_ARE = re.compile(
    r"\bur\b(?! (?:thing|morning|evening|wedding|meeting|building|sibling|upbringing|darling)s?\b)(?= (?:ok|okay|not|right|wrong|so|gonna|going|being|just|really|doing|welcome|allowed|the|a|an|"
    r"fine|good|safe|here|there|still|too|always|never|only|already|also|definitely|literally|totally|"
    r"clearly|obviously|probably|such|basically|kinda|kind|pretty|in|on|at|stuck|scared|afraid|worried|sad|mad|angry|upset|tired|"
    r"exhausted|overwhelmed|lonely|alone|lucky|human|sick|better|worse|ready|sure|crazy|weak|lazy|"
    r"selfish|sensitive|strong|brave|smart|worth|enough|schizophrenic|bipolar|psychotic|manic|depressed|"
    r"delusional|paranoid|narcissistic|codependent|alcoholic|anorexic|bulimic|\w+ing)\b)(?! \w+ing (?:is|was|are|has)\b)",
    re.I,
)
_TYPED_UR = re.compile(r"(?<![.'])\bur\b(?![.'])", re.I)


def word_replacer(table: dict[str, str], edge: str = r"[.']") -> Callable[[str], str]:
    """A function that writes each whole word of `table` as its value, where no `edge` character
    touches it (typed shorthand spelled out: "ppl" -> "people"); a full stop after it ends the
    sentence ("kill urself."), one inside a word does not ("u.s.")."""
    pattern = re.compile(rf"(?<!{edge})\b(?:" + "|".join(re.escape(w) for w in table) + rf")\b(?!{edge}\w)")
    return lambda text: pattern.sub(lambda m: table[m.group(0)], text)


# Shorthand a pattern would otherwise miss: "ppl", "tho", "rn" ("the ppl who love u")
_SHORTHAND = word_replacer({"ppl": "people", "tho": "though", "rn": "right now", "thru": "through", "abt": "about",
                             "urself": "yourself", "ull": "you'll", "bc": "because"})
# Spoken forms the patterns are written without (probe R, read as the speakers mean them): AAE
# "gon'" (going to), "tryna", Southern "might could" and "y'all", "ain't" (isn't; haven't before a
# participle), "don't gotta" (don't have to), "d'you" (do you)
_SPOKEN = (
    (re.compile(r"\bgon'?(?= \w)"), "gonna"), (re.compile(r"\btryna\b"), "trying to"),
    (re.compile(r"\bmight could\b"), "could"), (re.compile(r"\by'?all\b"), "you"),
    (re.compile(r"\b(?:don'?t|ain'?t) gotta\b"), "don't have to"), (re.compile(r"\bd'you\b"), "do you"),
    (re.compile(r"\bain'?t (?=(?:got|had|been|seen|done|heard|never)\b)"), "haven't "),
    (re.compile(r"\bain'?t\b"), "isn't"),
    # chat "w" for "with" ("a practice run w me", "set a boundary w her")
    (re.compile(r"\bw/? (?=(?:me|her|him|them|us|you|your|my|his|their|a|the|that|this|it)\b)"), "with "),
)


def _spoken(text: str) -> str:
    for pattern, meant in _SPOKEN:
        text = pattern.sub(meant, text)
    return text


def typed_ur(text: str) -> str:
    """"ur" spelled out as "you're" or "your" (see `UR_YOU_ARE`)."""
    return _TYPED_UR.sub("your", UR_YOU_ARE.sub("you're", text))


def spell_out_typed(text: str) -> str:
    """Lower-cased typed text in standard spelling: "dont" -> "don't", "u" -> "you", "ur" ->
    "you're"/"your", "hes" -> "he's", "r" -> "are", "ppl" -> "people"."""
    def fix(m: re.Match[str]) -> str:
        if m.group(1):
            return f"{m.group(1)}n't"
        if m.group(2):
            return f"{m.group(2)}'{m.group(3)}"
        if m.group(4):
            return f"{m.group(4)}'{m.group(5)}"
        if m.group(6):
            return f"{m.group(6)}'s"
        return f"{m.group(7)}'{m.group(8)}"
    text = _TYPED_U.sub("you", _TYPED_I.sub(r"\1'\2 ", _TYPED_DEF.sub("definitely", text)))
    text = _spoken(_SHORTHAND(_TYPED_R.sub("are", typed_ur(text))))
    return _BARE_CONTRACTION.sub(fix, text)


# Chat tags that close a clause and add nothing to what it does ("u need to sleep more tbh",
# "thats rough ngl"): "lol" and "tho" stay, they can carry sarcasm and contrast.
_CHAT_TAIL = re.compile(r"(?:[\s,]+(?:tbh|ngl|fr|imo|imho|honestly|omg))+[\s,.!]*$")


# Emoji say how the words feel, not what they do: "im so sorry 💔" is the condolence it would be
# without the heart (the sentence boundary after an emoji is `_BOUNDARY`'s)
_EMOJI = re.compile(r"[\u2600-\u27bf\ufe0f\u200d\U0001f300-\U0001faff]+")


def _clean(piece: str) -> tuple[str, str]:
    low = spell_out_typed(_EMOJI.sub(" ", _NOISE.sub(" ", piece.lower())).strip())
    low = _HYPHEN_ONSET.sub("", _HYPHEN_REPEAT.sub(r"\1", low))
    low = _ABANDONED_START.sub("", low)
    low = _FRAGMENT.sub("", low)
    low = _STUTTER.sub(r"\1", low)
    match = _LEAD.match(low)
    lead = ""
    if match:
        lead = re.sub(r"[\s,.!\-]+", " ", match.group(0)).strip()
        low = low[match.end() :]
    # "Mike, uh, when was it...": the comma before a question word stays (it starts the question)
    low = re.sub(r",\s*\b(?:um+|uh+|uhm+|erm?)\b\s*,(?=\s*(?:what|when|where|why|how|who|which)\b)", ",", low)
    # mid-sentence hesitations; a bare "er" only beside a comma ("go to the ER" is a place)
    low = re.sub(r",?\s*\b(?:um+|uh+|uhm+|erm|er(?=\s*,))\b,?|(?<=, )er\b,?", "", low)
    # fillers set off by commas mid-sentence: "You might wanna, like, take a few deep breaths"
    # is one suggestion, not a suggestion and then a command; "That's, you know, that's scary"
    # is one reflection once the restart folds.
    low = _STUTTER.sub(r"\1", _MID_FILLER.sub(lambda m: f"{m.group(1) or ''} ", low))
    low = _CHAT_TAIL.sub("", re.sub(r"\s+", " ", low)).strip(" ,.!-\"'")
    return low, lead


# Verbs that introduce quoted speech, for both the patterns below
_SPEECH_VERB = r"say|says|said|saying|ask|asks|asked|asking|goes|went"
# Words quoted after a speech frame ("you could say something like 'I handled that badly, will
# you tell me more?'", "a parent who says 'I was wrong to yell and I'm sorry'") are someone
# else's words: their "I", their "?" and their "you should" are not the trainee's.
_QUOTED_SPEECH = re.compile(
    rf"(\b(?:{_SPEECH_VERB}|like|tell (?:him|her|them|your \w+)|with)[,:]?\s*)"
    r"([\"“'])((?:[^\"”']|'(?=[a-z]))+?)([\"”']|$)",
    re.I,
)


def mask_quoted_speech(text: str) -> str:
    """The inside of a quotation of four words or more after a speech frame, every character
    but spaces turned to "x" (not to spaces: long runs of space are what `squeeze_space` keeps
    away from the rules): same length, so offsets still point into the original text, and
    nothing inside is read as the trainee's own clause. Short quotes stay ("When you say 'what's
    the point', ..." echoes the client's words: a reflection)."""
    def blank(m: re.Match[str]) -> str:
        inner = m.group(3)
        if len(inner.split()) < 4:
            return m.group(0)
        return m.group(1) + m.group(2) + re.sub(r"\S", "x", inner) + m.group(4)
    return _QUOTED_SPEECH.sub(blank, text)


# A question quoted after a reporting verb is said, not asked: "You're asking, 'Can I drink
# on this medication?'" hands the client's question back; "She asked, 'Are you using?'" reports.
_REPORTED_Q = re.compile(
    rf"\b(?:{_SPEECH_VERB}|wonder|wonders|wondered|wondering)"
    r",?:?\s*[\"“]([^\"”]*)\?[\"”]?\s*$",
    re.I,
)


@lru_cache(maxsize=4096)
def clauses(utterance: str) -> tuple[Clause, ...]:
    """Sentences split into clauses, in order, with offsets into `utterance`."""
    text = normalize(utterance)
    out: list[Clause] = []
    for index, (s, e) in enumerate(_sentence_spans(text)):
        sentence = text[s:e]
        # "he said yes?!" asks too
        qmark = sentence.rstrip(" \"')!").endswith("?") and not _REPORTED_Q.search(sentence)
        pieces: list[tuple[int, int]] = []
        cursor = 0
        for match in _CLAUSE.finditer(sentence):
            if match.start() > cursor:
                pieces.append((cursor, match.start()))
            cursor = match.end()
        if cursor < len(sentence):
            pieces.append((cursor, len(sentence)))
        if len(pieces) == 1:
            a0, b0 = pieces[0]
            pieces = [(a0 + a, a0 + b) for a, b in _runon_pieces(sentence[a0:b0])]
        pieces = [(a, b) for a, b in pieces if sentence[a:b].strip(" ,.;:-")]
        # "It's never your fault, is it?": a tag question belongs to its statement.
        if len(pieces) > 1 and _TAG_ONLY.match(sentence[pieces[-1][0]:pieces[-1][1]].strip()):
            pieces[-2:] = [(pieces[-2][0], pieces[-1][1])]
        for j, (a, b) in enumerate(pieces):
            raw = sentence[a:b]
            continues = j > 0 and qmark and raw.strip().lower().startswith("or ")
            lstrip = len(raw) - len(raw.lstrip())
            raw = raw.strip()
            clean, lead = _clean(raw)
            out.append(
                Clause(
                    text=raw,
                    start=s + a + lstrip,
                    end=s + a + lstrip + len(raw),
                    clean=clean,
                    lead=lead,
                    question_mark=qmark,
                    sentence_index=index,
                    final_in_sentence=j == len(pieces) - 1,
                    continues_question=continues,
                )
            )
    return tuple(out)


def sentences(utterance: str) -> list[str]:
    """Plain sentence strings (normalised), for templates and the suggestion builder."""
    text = normalize(utterance)
    return [text[s:e].strip() for s, e in _sentence_spans(text)]


def words(text: str) -> list[str]:
    return WORD.findall(normalize(text).lower())


_IRREGULAR = {
    "felt": "feel", "feels": "feel", "feeling": "feel", "feelings": "feel",
    "was": "be", "were": "be", "been": "be", "is": "be", "are": "be", "am": "be",
    "went": "go", "gone": "go", "going": "go", "goes": "go",
    "thought": "think", "thoughts": "think", "lost": "lose", "left": "leave",
    "kids": "kid", "children": "child", "drank": "drink", "drunk": "drink",
    "told": "tell", "said": "say", "says": "say", "made": "make", "got": "get",
    "gotten": "get", "had": "have", "has": "have", "did": "do", "does": "do", "done": "do",
    "better": "good", "best": "good", "worse": "bad", "worst": "bad", "ran": "run",
    "slept": "sleep", "sleeping": "sleep", "ate": "eat", "eating": "eat", "fought": "fight",
    "hurt": "hurt", "hurting": "hurt", "scared": "scare", "scary": "scare", "afraid": "scare",
    "mom": "mother", "mum": "mother", "mama": "mother", "dad": "father", "daddy": "father",
    "job": "work", "jobs": "work", "working": "work", "worked": "work",
    "using": "use", "used": "use", "drinking": "drink", "drinks": "drink",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stemmer: enough to match 'worried'/'worrying'/'worry' across turns."""
    w = word.lower().replace("'s", "")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if "'" in w:
        w = w.split("'")[0]
    for suffix, repl in (
        ("iness", "y"), ("fulness", ""), ("ness", ""), ("ments", ""), ("ment", ""),
        ("ingly", ""), ("edly", ""), ("ying", "y"), ("ing", ""), ("ied", "y"), ("ies", "y"),
        ("ed", ""), ("ly", ""), ("es", ""), ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + repl
            break
    # undouble a final consonant (stopped -> stopp -> stop)
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w
