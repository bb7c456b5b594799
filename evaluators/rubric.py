"""The written rubric the LLM judge scores against, and its few-shot examples.

Why a module of text: the rubric is the judge's contract with the human coders. It restates
MITI 4.2.1 (behaviour codes; the Empathy and Partnership globals, here turn-level) and the
peer-practice values of the SAMHSA Core Competencies for Peer Workers and the N.A.P.S.
National Practice Guidelines (voluntary, person-directed, hopeful, non-clinical language,
shares lived experience without taking over), in the same terms as
evaluators/data/CODING_RULES.md, so judge and local coder are measured against one standard.
"""

from __future__ import annotations

import json
from typing import Literal

INTRO = """\
You are an expert coder of peer-support and motivational-interviewing conversations \
(MITI 4.2.1), rating one turn of a Certified Peer Specialist in training. Peer support \
(SAMHSA Core Competencies for Peer Workers; N.A.P.S. National Practice Guidelines) is \
voluntary and directed by the person: the peer listens, validates, shares lived experience \
briefly when it helps, uses plain non-clinical language, and does not impose their own view. \
Rate ONLY the trainee's last utterance, in the context of what the client just said. Quote \
evidence exactly from the utterance. Do not reward length or politeness; reward listening."""

CODES = """\
Behaviour codes (list every code that occurs in the utterance; a turn can have several):
- open_question: invites elaboration ("what/how/tell me about..."); "can you tell me more" is open.
- closed_question: yes/no, a single fact, or a choice ("do you...", "how many...", "X or Y?").
- simple_reflection: restates the client's words or meaning without adding (a question mark \
does not make it a question).
- complex_reflection: adds meaning: an unspoken feeling, a metaphor, both sides of \
ambivalence ("part of you... and part of you..."), or the next thing not yet said.
- affirm: genuine, specific recognition of a strength, effort or value ("you should be \
proud of that" is affirm, not advice).
- emphasize_autonomy: puts the choice with the client ("it's your call").
- seek_collaboration: asks permission, invites the client's ideas, asks what to focus on.
- advise_with_permission: advice after the client asked for it or agreed to hear it, or \
framed by their autonomy.
- advise: unsolicited advice or persuasion, also softened ("maybe you could try") or as a \
question ("have you thought about going to AA?").
- direct: commands ("you need to", "I want you to", imperatives that leave no choice).
- confront: arguing, shaming, blaming, sarcasm, doubting honesty.
- warn: threat of a negative consequence ("if you keep drinking you'll lose your kids").
- inform: neutral facts, resources, the trainee's role.
- self_disclose: the trainee's own lived experience.
- minimize: "at least...", "don't worry", "it's not that bad", "everyone goes through that".
- label: clinical or stigmatising labels ("addict", "in denial", "non-compliant").
- other: backchannels alone ("mm-hmm"), greetings, structuring, small talk."""

# Level anchors per dimension (CODING_RULES.md §4), 1 = worst, 5 = best.
SCALES: dict[str, dict[int, str]] = {
    "active_listening": {
        1: "not listening: changes the subject, ignores or contradicts what was said, "
        "lectures or argues, or ignores a risk cue while pushing an agenda",
        2: "weak: stacked closed questions, advice or information that skips the client's "
        "feelings, a long self-disclosure, a reflection off target; any ignored risk cue",
        3: "engaged but thin: an on-topic closed question, a generic open question, a "
        "backchannel alone, an affirmation with no reflection",
        4: "an accurate simple reflection, or an open question that clearly follows the "
        "client's last words, or a brief self-disclosure that returns the focus to them",
        5: "a complex reflection or linking summary of the client's last words and their "
        "meaning, optionally with an open question going deeper; a risk cue taken up warmly",
    },
    "validation": {
        1: "invalidating: minimising, judging, shaming, sarcasm, arguing with their "
        "experience, labelling",
        2: "subtly invalidating: skips the feeling to fix the problem, generic reassurance, "
        "a validation undone by 'but'",
        3: "neutral: questions, neutral information, backchannels, structuring",
        4: "accurate reflection of the experience or feeling, or a genuine general "
        "affirmation, or warm normalising after acknowledgement",
        5: "names the client's feeling or experience and conveys it makes sense, or a "
        "specific genuine affirmation of a strength or effort",
    },
    "non_authoritative": {
        1: "controlling: commands, 'you need to/have to', confronting, warning, labelling, "
        "lecturing",
        2: "authoritative: unsolicited advice (softened or not), 'you should', a mild "
        "directive, a suggestion disguised as a question",
        3: "mildly trainee-led: closed questions that set the agenda, unrequested neutral "
        "information, a change of subject",
        4: "follows without imposing: reflections, open questions, affirmations, brief "
        "self-disclosure, brief tentative advice given with permission",
        5: "actively shares power: emphasises choice, seeks collaboration, asks permission, "
        "invites the client's own ideas",
    },
}

OUTPUT_FORMAT = """\
Answer with one JSON object and nothing else:
{"rationale": "<two sentences>", "behaviors": ["<code>", ...], "active_listening": <1-5>, \
"validation": <1-5>, "non_authoritative": <1-5>, "evidence": ["<exact quote>", ...], \
"suggestion": "<a better response in context, or null if every score is 3 or more>"}
Scores are integers 1, 2, 3, 4 or 5."""

# Few-shot examples: (client's last words, trainee utterance, the expected answer).
EXAMPLES: list[tuple[str, str, dict]] = [
    (
        "I got thirty days on Sunday. Nobody even noticed.",
        "Thirty days, and it felt like it went by without anyone seeing how hard you worked "
        "for it. What did Sunday feel like for you?",
        {
            "rationale": "Complex reflection adding the unspoken hurt, plus an open question "
            "on the same topic; it recognises the effort.",
            "behaviors": ["complex_reflection", "affirm", "open_question"],
            "active_listening": 5, "validation": 5, "non_authoritative": 4,
            "evidence": ["it felt like it went by without anyone seeing how hard you worked"],
            "suggestion": None,
        },
    ),
    (
        "My mom keeps telling me I'm wasting my life. Maybe she's right.",
        "You need to stop listening to her and get back to your meetings.",
        {
            "rationale": "A command that skips the client's hurt and self-doubt and imposes "
            "the trainee's plan.",
            "behaviors": ["direct"],
            "active_listening": 2, "validation": 2, "non_authoritative": 1,
            "evidence": ["You need to stop listening to her"],
            "suggestion": "It hurts to hear that from your mom, and part of you is starting "
            "to believe her. What do you make of what she said?",
        },
    ),
    (
        "I lost my job because I kept missing shifts.",
        "Well, at least you have more time for yourself now.",
        {
            "rationale": "'At least' minimises the loss; no reflection of what was said.",
            "behaviors": ["minimize"],
            "active_listening": 2, "validation": 1, "non_authoritative": 3,
            "evidence": ["at least you have more time for yourself now"],
            "suggestion": "Losing the job after all those missed shifts, that's a lot to take "
            "in. How are you doing with it?",
        },
    ),
    (
        "Yeah, I guess. What helped you?",
        "For me it was having one person I could text before a hard moment. That might or "
        "might not fit you. What do you think?",
        {
            "rationale": "Brief lived experience and advice given after the client asked, "
            "framed by their choice and checked with them.",
            "behaviors": ["self_disclose", "advise_with_permission", "emphasize_autonomy",
                          "seek_collaboration", "open_question"],
            "active_listening": 4, "validation": 3, "non_authoritative": 5,
            "evidence": ["That might or might not fit you.", "What do you think?"],
            "suggestion": None,
        },
    ),
]


def render_scales(order: Literal["ascending", "descending"] = "ascending") -> str:
    """The level anchors, listed 1->5 or 5->1 (the judge is run in both orders to cancel
    position bias toward the first or last level read)."""
    levels = [1, 2, 3, 4, 5] if order == "ascending" else [5, 4, 3, 2, 1]
    lines = []
    for dim, anchors in SCALES.items():
        lines.append(f"{dim} (1 = worst, 5 = best):")
        lines.extend(f"  {level}: {anchors[level]}" for level in levels)
    return "\n".join(lines)


def render_examples() -> str:
    blocks = []
    for client, trainee, answer in EXAMPLES:
        blocks.append(
            f"Client: {client}\nTrainee: {trainee}\nAnswer: {json.dumps(answer, ensure_ascii=False)}"
        )
    return "Examples:\n\n" + "\n\n".join(blocks)


def system_prompt(order: Literal["ascending", "descending"] = "ascending") -> str:
    return "\n\n".join(
        [INTRO, CODES, "Scales:\n" + render_scales(order), render_examples(), OUTPUT_FORMAT]
    )
