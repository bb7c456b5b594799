"""Stable pseudonyms for exports: persona names, user ids and capitalised names in free text.

Why: researchers share exports; client personas are fictional but written like real people
(family members, doctors, towns), and trainee text can carry real names. The rule is simple
and errs on the side of hiding too much:
- every persona's full name, first and last name -> `Client-XXXX` (its ids -> `client-xxxx`);
- a capitalised word that is not at the start of a sentence and not a common capitalised
  word (I, days, months, ...) is taken for a name, collected over the whole export, and
  replaced everywhere (also at the start of sentences) by `Name-XXXX`; titles go with their
  name ("Dr. Okafor" -> "Dr. Name-1A2B"). Place names are replaced too, by design.
Pseudonyms are a salted hash of the name, so the same name maps to the same pseudonym in
every file of an export (and across exports with the same salt).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

COMMON_CAPITALISED = frozenset(
    ["I", "I'm", "I've", "I'd", "I'll", "OK", "Okay", "Ok", "God", "Mom", "Dad", "Mama", "Papa", "Mum", "Grandma", "Grandpa", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Christmas", "Thanksgiving", "Easter", "English", "Spanish", "AA", "NA", "Dr", "Mr", "Mrs", "Ms", "Miss", "Jr", "Sr", "Yeah", "Yes", "No", "Oh", "Well", "So", "And", "But", "The", "A", "An", "It", "That", "This", "What", "How", "Why", "When", "Where", "Who", "You", "We", "They", "He", "She", "His", "Her", "My", "Your", "Our", "Their", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Have", "Has", "Had", "Can", "Could", "Would", "Should", "Will", "Maybe", "Sure", "Thanks", "Thank", "Hi", "Hello", "Hey", "Um", "Uh", "Also", "Just", "Like", "Not", "Please", "Sorry", "Because", "If", "Then", "There", "Here", "Still", "Even", "Really", "Right", "Honestly"]
)
_WORD = re.compile(r"\b[A-Z][a-z]+(?:['\u2019][a-z]+)?(?:-[A-Z][a-z]+)?\b")
_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sgt|Officer|Judge)\.?\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c(]\s*|\n\s*|\.\.\.\s*)$")


def _hash(salt: str, name: str) -> str:
    return hashlib.sha256(f"{salt}|{name.lower()}".encode()).hexdigest()[:4].upper()


class Pseudonymiser:
    def __init__(self, personas: Iterable[dict[str, Any]] = (), salt: str = ""):
        self.salt = salt
        self.names: dict[str, str] = {}  # real name -> pseudonym
        self._pattern: tuple[int, re.Pattern[str]] | None = None
        for persona in personas:
            self.add_persona(persona.get("id", ""), persona.get("name", ""))

    # -- building the name list -------------------------------------------------------------
    def add_persona(self, persona_id: str, name: str) -> None:
        if not name:
            return
        alias = f"Client-{_hash(self.salt, persona_id or name)}"
        self.names[name] = alias
        for part in name.split():
            if part not in COMMON_CAPITALISED and len(part) > 1:
                self.names.setdefault(part, alias)
        if persona_id:
            self.names[persona_id] = alias.lower()

    def learn(self, text: str) -> None:
        """Collect capitalised words that are not at a sentence start as names."""
        for match in _WORD.finditer(text or ""):
            word = match.group(0)
            base = re.split(r"['\u2019]", word)[0]
            if base in COMMON_CAPITALISED or word in self.names:
                continue
            before = text[: match.start()]
            if _SENTENCE_START.search(before) and not _TITLE.search(before):
                continue
            self.names[word] = f"Name-{_hash(self.salt, word)}"

    def learn_all(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.learn(text)

    # -- applying it ------------------------------------------------------------------------
    def persona_id(self, persona_id: str) -> str:
        return self.names.get(persona_id, f"client-{_hash(self.salt, persona_id).lower()}")

    def persona_name(self, name: str) -> str:
        return self.names.get(name, f"Client-{_hash(self.salt, name)}")

    def user(self, user_id: str) -> str:
        return f"user-{_hash(self.salt, 'user:' + user_id).lower()}"

    def text(self, text: str | None) -> str | None:
        if not text or not self.names:
            return text
        return self._compiled().sub(lambda m: self.names[m.group(0)], text)

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None or self._pattern[0] != len(self.names):
            ordered = sorted(self.names, key=len, reverse=True)  # "Marcus Bell" before "Marcus"
            regex = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")
            self._pattern = (len(self.names), regex)
        return self._pattern[1]

    def deep(self, value: Any) -> Any:
        """Apply `text` to every string inside a JSON-like value."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.deep(v) for v in value]
        if isinstance(value, dict):
            return {k: self.deep(v) for k, v in value.items()}
        return value
