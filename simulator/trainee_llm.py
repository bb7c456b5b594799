"""The `llm` simulated trainee: a short prompted agent on the configured chat model.

Why: scripted banks are exact but narrow; an LLM trainee gives researchers more varied
language in the same graded profiles. Its output is cleaned to one trainee utterance (speaker
labels, quotes, stage directions and a second speaker's turn cut away); when nothing usable
is left, the scripted trainee of the same profile answers instead and the turn says so.
"""

from __future__ import annotations

import random
import re
import time
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from evaluators.segment import sentences
from evaluators.types import Message
from simulator.tokens import count_tokens
from simulator.trainees import MIXED_WEIGHTS, PROFILES, ScriptedTrainee, TraineeUtterance

STYLES = {
    "skilled": (
        "You listen closely. Reflect back the client's own words and feelings, validate what "
        "they feel, and ask one open question (what or how). Never give advice or tell them "
        "what to do; if you want to offer an idea, first ask whether they would like to hear it."
    ),
    "novice": (
        "You are new, nervous and eager to help fast. Ask a yes/no question, reassure them that "
        "it will be fine or is not so bad, and jump to a quick suggestion."
    ),
    "directive": (
        "You are an authoritative helper who knows best. Tell the client what they need to do "
        "('You need to...'), lecture them about consequences, and label their behaviour."
    ),
}
SYSTEM = (
    "You are playing a trainee peer-support specialist in a practice conversation. "
    "Your style: {style}\n"
    "Write only what you say next to the client: one or two short spoken sentences. "
    "No name labels, no quotation marks, no narration, no lists."
)
HISTORY_MESSAGES = 8  # keep the agent's prompt short: the last few exchanges are enough
MAX_SENTENCES = 2
MAX_CHARS = 350

_OTHER_SPEAKER = re.compile(r"\n\s*\**(?:client|the client|peer|user|[A-Z][a-z]+)\**\s*:", re.I)
_LABEL = re.compile(
    r"^\s*\**(?:peer(?: specialist| supporter)?|trainee|specialist|counsell?or|helper|me|"
    r"assistant|you)\**\s*:\s*",
    re.I,
)
_STAGE = re.compile(r"\*[^*]{1,80}\*|\([^)]{1,80}\)|\[[^\]]{1,80}\]")


def clean_utterance(raw: str) -> str:
    """One trainee utterance from a model's answer, or "" if nothing usable is left."""
    text = re.sub(r"<think>.*?</think>", "", raw or "", flags=re.S).strip()
    text = _OTHER_SPEAKER.split(text)[0]
    text = _LABEL.sub("", text)
    text = _STAGE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) >= 2 and text[0] in "\"\u201c'" and text[-1] in "\"\u201d'":
        text = text[1:-1].strip()
    text = text.strip("\"\u201c\u201d ")
    parts = sentences(text)
    if len(parts) > MAX_SENTENCES:
        text = " ".join(parts[:MAX_SENTENCES])
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "."
    return text if re.search(r"[A-Za-z]{2}", text) else ""


def agent_messages(style: str, history: list[Message]) -> list[BaseMessage]:
    """System instructions, then the conversation seen from the trainee's side."""
    messages: list[BaseMessage] = [SystemMessage(content=SYSTEM.format(style=style))]
    for message in history[-HISTORY_MESSAGES:]:
        if message.role == "client":
            messages.append(HumanMessage(content=message.text))
        else:
            messages.append(AIMessage(content=message.text))
    if isinstance(messages[-1], AIMessage):  # the agent always answers the client
        messages.append(HumanMessage(content="..."))
    return messages


class LLMTrainee:
    mode = "llm"

    def __init__(self, profile: str, model: BaseChatModel, seed: int = 0):
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
        self.profile = profile
        self.model = model
        self.seed = seed
        self.rng = random.Random(seed)
        self.fallbacks: dict[str, ScriptedTrainee] = {}

    def provenance(self) -> dict[str, Any]:
        return {
            "profile": self.profile, "mode": self.mode, "seed": self.seed,
            "model": type(self.model).__name__, "system": SYSTEM,
        }

    def next_turn(self, history: list[Message], turn: int) -> TraineeUtterance:
        profile = self.profile
        if profile == "mixed":
            names = sorted(MIXED_WEIGHTS)
            profile = self.rng.choices(names, weights=[MIXED_WEIGHTS[n] for n in names])[0]
        messages = agent_messages(STYLES[profile], history)
        started = time.perf_counter()
        raw = str(self.model.invoke(messages).content)
        text = clean_utterance(raw)
        prompt_tokens = sum(count_tokens(str(m.content)) + 4 for m in messages)
        if not text:
            scripted = self.fallbacks.setdefault(profile, ScriptedTrainee(profile, self.seed))
            out = scripted.next_turn(history, turn)
            out.fallback = True
        else:
            out = TraineeUtterance(text, profile, moves=["llm"], templates=[])
        out.profile = profile
        out.prompt_tokens, out.completion_tokens = prompt_tokens, count_tokens(raw)
        out.seconds = time.perf_counter() - started
        return out
