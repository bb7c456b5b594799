"""Build a concrete better response from the client's own last words.

Why: feedback that only says "low validation" teaches little; CODING_RULES and the issue ask
for an alternative *in context*: a reflection of what the client just said (their words,
turned from "I" to "you") plus an open question, or, for a risk cue, a warm reflection and a
direct question about suicide (asking directly is good practice). This module chooses which of
the client's sentences to reflect and which question follows: the fault picks it, and what the
client said can change it (a death, good news, their own plan, leaving, nothing hard at all,
as `client_moves.py` recognises them); `handback.py` makes a sentence fit to say back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from evaluators import client_moves as moves
from evaluators.handback import (
    EMOJI,
    content_len,
    drop_fillers,
    drop_hedges,
    hand_back,
    has_content_word,
    opens_statement,
    says_something,
    tidy,
)
from evaluators.lexicon import FEELINGS, FELT_STATES, LABEL_ALTERNATION
from evaluators.mood import finite_verb, known_word
from evaluators.risk import RISK
from evaluators.segment import normalize, sentences

# A client's question with a label in it is not quoted back: in the trainee's mouth the label
# is theirs (the coder does not read quotation marks as the client's voice)
_LABELLED = re.compile(rf"\b(?:{LABEL_ALTERNATION})s?\b", re.I)
# Codes a suggested response must not carry: it would commit the faults it is meant to fix.
UNFIT = frozenset({"label", "confront", "direct", "warn", "minimize", "advise"})

# The client instructing the listener ("Don't tell my psychiatrist."): nothing to hand back
_INSTRUCTION = re.compile(
    r"^(?:don'?t|do not|please|never)\b(?! (?:know|want|care|feel|think|have|get|remember|understand|"
    r"see|even)\b)",
    re.I,
)
# A sentence asked without its question mark: "Do therapists get annoyed when clients do this"
_ASKED = re.compile(
    r"^(?:(?:uh|um|so|and|but|okay|ok|like|well|honestly|yeah|seriously),?\s+)*(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|am|how|what|why)\b(?!')(?!\s+(?:i|you|we|they|he|she|it)\s*$)",
    re.I,
)


# "I know, I know." concedes; it says nothing to hand back
_ONLY_KNOW = re.compile(r"(?:(?:let me think(?: about it)?|i know(?: it| that)?|i mean|i guess|"
                        # a polite no: "Um, no, no. I think I'm good."
                        r"um|no|nah|nope|not really|i think i'?m (?:good|fine|ok(?:ay)?|alright)|"
                        r"i'?m (?:good|fine|ok(?:ay)?|alright)|(?:hmm+\W*)?i'?ll (?:think about it|take it|see)|"
                        r"you know|ok|okay|yeah|yes)[,.!\s]*)+", re.I)
# Asides that are no experience to hand back (probe SG): "Sam uses they/them.", "My kid, I mean.",
# "Whatever that means.", "Don't know why."
_ASIDE = re.compile(r"\W*(?:\w+ (?:uses|goes by|prefers) (?:they/them|she/her|he/him)(?: pronouns)?|(?:my )?\w+, i mean|"
                    r"whatever that means|(?:i )?don'?t know why|no idea why)\W*", re.I)
# A feeling the client denies ("I'm not lonely.") is no feeling to reflect
_DENIED_FEELING = re.compile(r"\b(?:not|n't|never)\s+(?:really |even |that |so )?(\w+)", re.I)


def _candidates(client_text: str) -> tuple[list[str], str | None]:
    """The client's statements to reflect, best first: a risk cue, else the most loaded
    statement (a feeling, else the last one, joined to the one before when both are short),
    then the other statements, last first.

    Returns (statements, question): the first question the client asked, if any, to be quoted
    rather than pronoun-swapped when no statement can be handed back.
    """
    # an emoji ends a typed sentence ("6 months today 🎉 i didnt think...")
    all_sentences = sentences(_EMOJI.sub(". ", client_text))
    asked = [s for s in all_sentences if s.rstrip().endswith("?") or _ASKED.match(s.strip())]
    statements = [s for s in all_sentences if s not in asked and not _INSTRUCTION.match(s.strip())
                  and (content_len(drop_hedges(s)) >= 1 or has_content_word(tidy(s)))]
    statements = [s for s in statements if not _ONLY_KNOW.fullmatch(s.strip())
                  and not _POINTER.fullmatch(s.strip()) and not _only_meta(s) and not _ASIDE.fullmatch(s.strip())]
    question = asked[0] if asked else None
    if not statements:
        return [], question
    risky = [s for s in statements if RISK.search(s.lower())]
    if risky:
        return risky, question
    denied = {m.group(1).lower() for m in _DENIED_FEELING.finditer(client_text)}
    loaded = [s for s in statements
              if any(w.strip(".,!?").lower() in FEELINGS - denied for w in s.split()) or _FELT.search(s)
              or moves.PLAN.search(s)]  # the client's plan is what matters to them now
    if moves.good_news(client_text) and not any(moves.PLAN.search(s) or _FELT.search(s)
                                                for s in statements):
        # the news itself ("I got the job!!!"), not a milestone that sets the scene ("I'm six
        # months sober and my cousin's wedding is next month")
        loaded = [s for s in statements if moves.upbeat(s) and _NEWS.search(s)] or loaded
    picked = loaded[-1] if loaded else statements[-1]
    index = statements.index(picked)
    if index + 1 < len(statements) and re.match(r"\W*(?:but|and yet|i'?m also|i also|i am also)\b", statements[index + 1],
                                                re.I):
        # "I'm grateful, I am. But some days it eats at me.": what comes after the "but"
        index += 1
        picked = statements[index]
    first = picked
    before = drop_fillers(tidy(statements[index - 1])) if index > 0 else ""
    rest = drop_fillers(tidy(picked))  # no "and and", no "and like"
    # joined only to the statement said just before it: not across a question
    said = [s for s in all_sentences if s in statements or s in asked]  # fillers left out
    adjacent = (index > 0 and _next_to(said, statements[index - 1], picked)
                and not re.match(r"\W*like\b", statements[index - 1], re.I))  # "like gave them names"
    if (adjacent and len(picked.split()) + len(statements[index - 1].split()) <= 20
            and all(opens_statement(t) for t in (before, rest))):
        first = statements[index - 1].rstrip(".!") + ", and " + rest[:1].lower() + rest[1:]
    others = [s for s in reversed(loaded + statements) if s != picked]
    return list(dict.fromkeys([first, picked, *others])), question


# After "Yeah, please." to the trainee's offer of an idea (probe SC): nothing to reflect, and the
# generic "hand them the lead" ignores the yes they just gave
_OFFER_WELL = ("They said yes to hearing your idea: offer one, briefly and as one option among others, then hand "
               "it back, e.g. \"One thing some people try is... How does that sound for you?\"")
_NEWS = re.compile(r"\b(?:got|finally|passed|made it|approved|landed|did it)\b|!|\U0001F389", re.I)
_EMOJI = re.compile(EMOJI + "+\uFE0F?")


def _next_to(said: list[str], first: str, second: str) -> bool:
    """`second` follows `first` directly somewhere in what was said."""
    return any(a == first and b == second for a, b in zip(said, said[1:], strict=False))


# A sentence that only points back at what came before ("so that's where I'm at", "that's
# something I guess", "its a whole thing", "thats all i wanted to say"): the thing it points
# at is what to reflect
_POINTER = re.compile(
    r"(?:(?:so|and|but|yeah|anyway),?\s+)*(?:that'?s|thats|that is|it'?s|its|this is)\s+(?:just\s+)?"
    r"(?:where i'?m at|where im at|something|all i (?:wanted|had|have) to say|a whole thing|it|"
    r"the thing|about it|how it is|life|what it is|what (?:my \w+|he|she|they|everyone|everybody|"
    r"people) (?:says?|said|thinks?)(?:,? anyway)?)(?:,?\s+i guess)?\W*|"
    r"(?:(?:probably|maybe|perhaps|possibly)(?: not)?|not really|i don'?t know|idk)\W*",
    re.I,
)
# The client commenting on their own telling ("That probably sounds silly", "that's neither here nor
# there", "child, hush"): nothing of theirs to hand back ("I don't know why I'm telling you" is: the
# doubt about telling is theirs)
_META = re.compile(r"\b(?:(?:that|this|it) (?:probably |might |must |prob )?sounds? (?:so |really |kind of |kinda )?"
                   r"(?:silly|stupid|terrible|crazy|dumb|weird|bad|awful|ridiculous|dramatic)|neither here nor "
                   r"there|\bhush\b)", re.I)


def _only_meta(sentence: str) -> bool:
    """The sentence is a comment on the telling and little else ("I know that probably sounds
    silly."), not "I know it sounds crazy but I hear them at night"."""
    return len(re.findall(r"[a-z']+", _META.sub(" ", sentence.lower()))) <= 4 if _META.search(sentence) else False


# The client's own experience as they feel it ("it feels like the last year didn't count")
_FELT = re.compile(r"\b(?:feel(?:s|ing)? like|i feel|i felt)\b(?! (?:like )?(?:i|you|we|he|she|they|it)"
                   r" (?:should|have to|need to|must|ought to)\b)", re.I)  # not "I feel like I should"


# The follow-up question answers what went wrong: after a label or an argument, ask how the
# client sees it (rolling with their view, not pressing ours); after advice or orders, evoke
# their own ideas; after minimising, stay with what is hard.
_UNDERSTAND = "What would you most want me to understand about that?"
_EVOKE = "What would you like to do about it, if anything?"
_HARDEST = "What's the hardest part of that for you?"
_LIKE = "What's that been like for you?"
_QUESTIONS = (
    (frozenset({"label", "confront"}), _UNDERSTAND),
    (frozenset({"advise", "direct", "warn"}), _EVOKE),
    (frozenset({"minimize"}), _HARDEST),
)


# The questions for what the client is doing (client_moves): their plan, a wish, agreeing, a
# limit, leaving, good news or nothing hard at all
_PLAN_Q = "How do you feel about that idea?"
_WISH_Q = "What would that look like for you?"
_START_Q = "Where would you like to start?"
_BOUNDARY_Q = "What would feel okay to talk about instead?"
_CLOSING_Q = "What would you like to take with you from today?"
_MEANS = "What does that mean for you?"

# Moments a reflection does not answer. The client pushes back on the listener ("that's easy
# for you to say when you have a car"): own the miss. A practical question or request ("is
# now still ok", "should we reschedule"), or a friendly one about the listener ("how was your
# weekend"): answer it, then hand the lead back; a coaching line, since the answer is not ours
# to know. Neither when something hard was said: then the feeling comes first.
_OWN_THE_MISS = ("It sounds like what I said doesn't fit where you are. What would you most want me "
                 "to understand about that?")
_ANSWER_FIRST = ("Answer the practical question plainly first (yes, no, or \"let me find out\"), "
                 "then hand the lead back, e.g. \"How are things going otherwise?\"")
_OTHER_SUBJECT = "Of course. What would you like to talk about instead?"
_ANSWER_BRIEFLY = ("A short, honest answer is fine here; then turn the focus back to them, e.g. "
                   "\"...How about you?\"")


def _moment(client_text: str) -> str | None:
    """A template for a moment a reflection does not answer (see above), else None."""
    if moves.CHALLENGE.search(client_text):
        return _OWN_THE_MISS
    if moves.CHANGE_SUBJECT.search(client_text):
        return _OTHER_SUBJECT
    if moves.CLOSING.search(client_text):
        return None  # leaving comes first: "ok i gotta go. same time next week?"
    if moves.distressed(client_text) or moves.LOSS.search(client_text):
        return None
    if moves.PRACTICAL.search(client_text):
        return _ANSWER_FIRST
    if moves.ABOUT_THE_LISTENER.search(client_text):
        return _ANSWER_BRIEFLY
    return None


# A feeling the client named about themselves ("feeling a little scared-", "I'm so tired"),
# for when none of their sentences can be handed back whole
_FEELING_NAMED = re.compile(
    r"\b(?:i'?m|i am|im|feeling|i feel|i felt)\s+((?:(?:so|really|a little|a bit|kind of|kinda|"
    r"pretty|very|just|super|totally)\s+)*)([a-z]+)\b",
    re.I,
)


# The questions a stance replaces: the fault's own ones, which presume a problem or a past
_OPEN_ENDED = (_EVOKE, _HARDEST, _LIKE, _UNDERSTAND)


def _follow_up(weak: set[str], codes: set[str], good_news: bool = False,
               loss: bool = False, difficult: bool = True, stance: str | None = None) -> str:
    if stance == "boundary":
        return _BOUNDARY_Q  # "i dont really want to get into that today": not "What's that been like?"
    if stance == "plan" and not loss:
        return _PLAN_Q  # "This helped. I'm gonna try calling my brother": the plan, not the news
    if good_news:
        return _MEANS
    question = next((q for triggers, q in _QUESTIONS if codes & triggers), None)
    if question is None:
        question = (_EVOKE if "non_authoritative" in weak else _HARDEST if "validation" in weak
                    else _LIKE)
    if loss and question == _EVOKE:
        return _HARDEST
    if stance == "agree":
        return _START_Q
    if stance == "disagree" and question in _OPEN_ENDED:
        return _UNDERSTAND  # "I don't consider my drinking binge drinking": their view first
    if stance == "wish" and not loss and question in _OPEN_ENDED:
        return _WISH_Q
    if not difficult and question in (_EVOKE, _HARDEST):
        return _MEANS  # no problem named: "the cop let you go" has no hardest part
    return question


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


def _felt_judgment(text: str) -> str | None:
    """"I'm just a burden" handed back as the client's feeling, not the trainee's verdict: "you feel
    like a burden" ("you're just a burden" in a suggestion would agree with it)."""
    m = _self_verdict(text)
    if m is None:
        return None
    said = re.sub(r"^i(?:'?m| feel like| felt like) (?:just |such |nothing but |so )?", "", m.group(0).lower())
    return f"you feel like {said}" if re.match(r"(?:an? |a total |a complete )", said) else f"you feel {said}"


# A fragment with no subject ("Always have been.", "Never did.") reflects nothing on its own.
_NO_SUBJECT = re.compile(r"^(?:always|never|still|just|probably)? ?(?:have|has|had|was|were|am|is|been|will|"
                         r"would|do|did|does)\b")


def _self_verdict(text: str) -> re.Match[str] | None:
    """The client's verdict on themself ("I'm such a screw-up"), not "I don't think I'm an
    addict" or "My mom keeps telling me I'm lazy" (that reports her)."""
    text = normalize(text)
    m = _SELF_JUDGMENT.search(text)
    if m and not re.search(r"\b(?:not|never|no)\b|n't\b|\b(?:telling|tells|told|says|said|saying|say|"
                           r"thinks|calls|called|calling|treats)\b", text[: m.start()], re.I):
        return m
    return None


def _judges_self(text: str) -> bool:
    return _self_verdict(text) is not None


# A statement with a question tag: "It's cold in here, huh?", "That's good, right?"
_TAGGED = re.compile(r"[,\s](?:huh|right|eh|yeah|you know|isn'?t it|aren'?t they|don'?t you think)\s*\?+\s*$",
                     re.I)
# A question to quote back opens like one ("do you think...", "how do I...") or has a subject
# ("You think I'm nuts?"); "A 7?" or "like a tightness than pain?" is an answer with a lift
_QUOTABLE = re.compile(_ASKED.pattern + r"|(?:you|i|we|he|she|they|it|that|this|my|the|your|his|her|"
                       r"our|their)\b", re.I)
# A question asked in frustration, not for an answer ("how am i supposed to avoid it")
_RHETORICAL = re.compile(r"\b(?:how|what|why) (?:am i|are we) (?:supposed|meant) to\b|\bwhy does "
                         r"(?:this|it|everything) always\b", re.I)
_HAND_OVER = ("Try an open question that hands them the lead, e.g. \"What's on your mind about all "
              "this?\"")


def _quoted(question: str) -> str:
    """The client's question handed back tidy, and what is behind it asked about."""
    asked = re.sub(r"\bi\b", "I", drop_fillers(tidy(question)).rstrip(" .,!?")) + "?"
    return (f"You're asking, \"{asked[:1].upper()}{asked[1:]}\" That matters to you. Before I "
            "answer, what's got you thinking about it?")


_TRIES = 4  # client sentences tried before the generic reflection; each try is one coding


# Words that open a sentence with a capital for that reason alone, not as a name: "My mom's..."
_OPENERS = frozenset({"my", "your", "his", "her", "their", "our", "it", "that", "this", "there", "what", "the",
                      "he", "she", "they", "we", "i", "mom", "mum", "dad", "everyone", "nobody", "one", "today"})


def _capitals_say_nothing(text: str) -> bool:
    """Typed in capitals or in title case ("I FEEL SO ALONE", "My Mom Never Calls")."""
    found = [w for w in re.findall(r"[A-Za-z][\w']*", text)  # not "I", "I'm", "AA", "PO"
             if len(w) >= 3 and not w.startswith("I'")]
    shouted = sum(w.isupper() for w in found)
    titled = sum(w[0].isupper() and not w.isupper() for w in found)
    return len(found) >= 3 and max(shouted, titled) >= 0.6 * len(found)


def _names(text: str) -> set[str]:
    """Names in the client's words: a capitalised word inside a sentence ("I told Walt"), or
    opening one with a possessive ("Walt's morphine") or before a verb ("Marcus got it", "Jamal
    keeps saying"; probe SG) when the lexicon does not know it as a word ("Heart's pounding")."""
    names = {m.group(1) for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]+)\b", text)}
    opening = {m.group(1) for m in re.finditer(r"(?:^|[.!?]\s+)([A-Z][a-z]+)'s\b", text)}
    opening |= {m.group(1) for m in re.finditer(r"(?:^|[.!?]\s+)([A-Z][a-z]+) ([a-z]+)\b", text)
                if finite_verb(m.group(2))}
    names |= {n for n in opening if not known_word(n.lower()) and n.lower() not in FEELINGS}
    return {n for n in names if n.lower() not in _OPENERS}


def _restore_names(suggestion: str, client_text: str) -> str:
    """"It sounds like walt's morphine is still in the cabinet" -> "...Walt's morphine...":
    `hand_back` lower-cases the first word of the sentence it turns round (probe N)."""
    for name in _names(client_text):
        suggestion = re.sub(rf"\b{re.escape(name.lower())}\b", name, suggestion)
    return suggestion


def build_suggestion(client_text: str, weak: set[str], risk: bool,
                     codes: set[str] | frozenset[str] = frozenset(),
                     acceptable: Callable[[str], bool] | None = None, cue: str | None = None,
                     permission: bool = False) -> str:
    """A reflection of the client's last words plus an open question (or a safety question),
    with the client's names written as they wrote them. `permission`: the client has just said
    yes to hearing the trainee's idea ("Sure, go for it."), so the better turn offers it well."""
    if permission and not risk:
        return _OFFER_WELL
    if _capitals_say_nothing(client_text):  # handed back in plain case, not "you FEEL SO ALONE"
        return _build(client_text.lower(), weak, risk, codes, acceptable, cue.lower() if cue else cue)
    return _restore_names(_build(client_text, weak, risk, codes, acceptable, cue), client_text)


def _build(client_text: str, weak: set[str], risk: bool, codes: set[str] | frozenset[str],
           acceptable: Callable[[str], bool] | None, cue: str | None) -> str:
    """A reflection of the client's last words plus an open question (or a safety question).

    `codes` are the weak turn's behaviour codes; they pick the question. `acceptable`, when
    given, vets a candidate suggestion (the local evaluator codes it in the same context):
    a client sentence that would read as a label, an order or a warning in the trainee's
    mouth ("Don't tell my psychiatrist" -> "don't tell your psychiatrist") is passed over
    for the next one."""
    candidates, asked = _candidates(client_text)
    if asked and (_LABELLED.search(asked) or _TAGGED.search(asked) or _RHETORICAL.search(asked)
                  or not _QUOTABLE.match(drop_fillers(tidy(asked)))):
        # "...or is that what alcoholics tell themselves?" quoted reads as a label; "It's cold
        # in here, huh?" is a remark, not a question to hand back
        asked = None
    moment = None if risk else _moment(client_text)
    if moment:
        return moment
    if not candidates:
        if asked:
            return _quoted(asked)
        if client_text.strip():  # "Yeah, okay.", "I know, I know": nothing to reflect
            return _HAND_OVER
        return ("Try an open question that lets them lead, e.g. \"What would you like to talk "
                "about today?\"")
    if risk:
        # `cue`, the sentence that carried the cue, when a persona's own keywords found it: a
        # danger that is not suicide ("Vikram texted me a photo of Anjali's building") gets a
        # safety question, and its own words are reflected first (probe N)
        other_danger = bool(cue) and not RISK.search(cue.lower().replace("\u2019", "'"))
        ask = ("I want to make sure you're safe. Are you safe right now?" if other_danger
               else "I want to ask you directly, are you having thoughts of ending your life?")
        tries = ([cue] if cue else []) + [s for s in candidates[:_TRIES] if s != cue]
        for sentence in tries:
            reflected = _felt_judgment(sentence) or hand_back(sentence)
            if reflected is None:
                continue
            reflection = f"It sounds like things have gotten really heavy: {reflected}."
            if acceptable is None or acceptable(reflection):
                return f"{reflection} {ask}"
        return f"It sounds like things have gotten really heavy for you. {ask}"
    loss = bool(moves.LOSS.search(client_text))
    good_news = moves.good_news(client_text) and not loss
    leaving = bool(moves.CLOSING.search(client_text)) and not loss
    difficult = moves.hard(client_text)
    setback = bool(moves.SETBACK.search(client_text))  # "i was 5 months clean" after "i used"
    named_plan = bool(moves.MY_PLAN.search(client_text))  # "So here's my plan. I apply for..."

    def question_after(sentence: str) -> str:
        """The question that suits what gets reflected: is it hard, is it their plan?"""
        if leaving:
            return _CLOSING_Q
        # hard somewhere in the message, and not good news in the very words reflected
        upbeat = moves.upbeat(sentence) and not moves.hard(sentence) and not setback
        stance = "plan" if named_plan else moves.stance(sentence)
        return _follow_up(weak, set(codes), good_news, loss, difficult and not upbeat,
                          stance=stance)

    question = question_after(client_text)
    burdened = _follow_up(weak, set(codes), loss=loss)  # after "a lot is weighing on you"
    if _judges_self(candidates[0]) or len(candidates) > 1 and _NO_SUBJECT.match(tidy(candidates[0]).lower()) \
            and _judges_self(candidates[1]):  # "I'm just a screwup. Always have been."
        return f"It sounds like you've been really hard on yourself. {burdened}"
    for sentence in candidates[:_TRIES]:
        reflected = hand_back(sentence)
        if (reflected is None or not says_something(reflected) or _judges_self(sentence)
                or _NO_SUBJECT.match(reflected)):
            continue
        # only the reflection is vetted: the follow-up questions are fixed and clean
        if acceptable is None or acceptable(f"It sounds like {reflected}."):
            return f"It sounds like {reflected}. {question_after(sentence)}"
    if (asked and 3 <= len(tidy(asked).split()) <= 16
            and not re.search(r'"|\b(?:um+|uh+)\b|\w-', asked)):
        return _quoted(asked)  # "exactly. do you think i should tell my caseworker?"
    if leaving:
        return f"It sounds like you're heading off. {_CLOSING_Q}"
    if content_len(drop_hedges(drop_fillers(tidy(candidates[0])))) < 2:
        return _HAND_OVER  # "Yeah, okay." holds nothing to reflect: invite them to lead instead
    if question_after(candidates[0]) == _PLAN_Q:
        # their plan, in words that read as advice in the trainee's mouth
        return f"It sounds like you've got an idea of what you might do. {_PLAN_Q}"
    feeling = _FEELING_NAMED.search(normalize(client_text))
    if feeling and feeling.group(2).lower() in FELT_STATES:
        named = re.sub(r"\b(?:just|so|really|super|totally)\s+", "", feeling.group(1).lower())
        return f"It sounds like you're feeling {named}{feeling.group(2).lower()}. {question}"
    if good_news:
        return f"It sounds like this really matters to you. {question}"
    if not moves.distressed(client_text):
        return _HAND_OVER  # scheduling, small talk, a joke: no burden to name
    return f"It sounds like a lot is weighing on you right now. {burdened}"
