"""Personas: the schema, the loader, and the shipped library (personas/library/*.yaml)."""

from personas.loader import (
    LIBRARY_DIR,
    Library,
    PersonaError,
    PersonaFileError,
    dump_persona,
    load_library,
    load_persona,
    parse_persona,
)
from personas.schema import Persona, RiskCue, StoryLayer, Trigger

__all__ = [
    "LIBRARY_DIR",
    "Library",
    "Persona",
    "PersonaError",
    "PersonaFileError",
    "RiskCue",
    "StoryLayer",
    "Trigger",
    "dump_persona",
    "load_library",
    "load_persona",
    "parse_persona",
]
