"""User-facing errors and exit codes. Only the command line turns errors into exit codes.

Every `BriefError` carries a one-line message for the user; untrusted parts of it (file names)
are shown with their control characters made visible, so a message is always exactly one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from summarize.display import quoted, visible

DEBUG_ENV = "BRIEF_DEBUG"  # set to 1 to see the traceback of any error


class ExitCode(IntEnum):
    """What `brief` exits with (the README's table)."""

    OK = 0
    STALE = 1  # --check found the output stale; --fail-on-change rewrote it
    USAGE = 2  # unknown option, bad value, or an --out that would overwrite something brief must not
    SKIPPED_INPUTS = 3  # briefing written, but some inputs were skipped
    NO_INPUT = 4
    MODEL = 5  # a model is missing, unreachable, incomplete or of the wrong kind
    CACHE_OR_OUTPUT = 6
    INTERNAL = 70  # a bug in brief (EX_SOFTWARE): one line, the traceback with BRIEF_DEBUG=1
    INTERRUPTED = 130  # Ctrl-C: the cache and the previous output are intact


class BriefError(Exception):
    """An error with a message meant for the user (no traceback)."""

    exit_code = ExitCode.USAGE

    def __str__(self) -> str:
        return visible(super().__str__())


class UsageError(BriefError):
    """The command line asks for something brief will not do."""

    exit_code = ExitCode.USAGE


class InputError(BriefError):
    """One input could not be read; the others are still processed."""

    exit_code = ExitCode.SKIPPED_INPUTS

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{quoted(path)}: {problem}")
        self.path = path
        self.problem = problem


class NoInputError(BriefError):
    """Nothing usable was given."""

    exit_code = ExitCode.NO_INPUT

    @classmethod
    def after(cls, problems: Sequence[InputError]) -> NoInputError:
        """No input left, with what went wrong with each one."""
        details = "; ".join(str(p) for p in problems) or "no article files found"
        return cls(f"no usable input ({details})")


class ModelError(BriefError):
    """A model is missing, unreachable, incomplete or of the wrong kind."""

    exit_code = ExitCode.MODEL


class CacheError(BriefError):
    """The translation memory could not be used."""

    exit_code = ExitCode.CACHE_OR_OUTPUT


class OutputError(BriefError):
    """The briefing could not be written."""

    exit_code = ExitCode.CACHE_OR_OUTPUT


def first_line(error: BaseException) -> str:
    """The first line of an exception's message (its type's name when it has none), for a one-line error."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
