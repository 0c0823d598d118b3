"""User-facing errors. Only the CLI turns them into exit codes."""

from __future__ import annotations

from collections.abc import Sequence

EXIT_INTERRUPTED = 130  # Ctrl-C: the cache and the previous output are intact


class BriefError(Exception):
    """An error with a message meant for the user (no traceback)."""

    exit_code = 1


class InputError(BriefError):
    """One input could not be read; the others are still processed."""

    exit_code = 3

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class NoInputError(BriefError):
    """Nothing usable was given."""

    exit_code = 4

    @classmethod
    def after(cls, problems: Sequence[InputError]) -> NoInputError:
        """No input left, with what went wrong with each one."""
        details = "; ".join(str(p) for p in problems) or "no article files found"
        return cls(f"no usable input ({details})")


class ModelError(BriefError):
    """A model is missing, unreachable, incomplete or of the wrong kind."""

    exit_code = 5


class CacheError(BriefError):
    """The translation memory could not be used."""

    exit_code = 6


class OutputError(BriefError):
    """The briefing could not be written."""

    exit_code = 6
