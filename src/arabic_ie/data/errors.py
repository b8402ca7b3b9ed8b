"""Problems found in input files, reported as ``file:line: message``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class AnnotationError(ValueError):
    """Invalid annotation input; the message names file, line and problem."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class ProblemSink:
    """Collects problems; with ``raise_first`` the first one raises :class:`AnnotationError`."""

    raise_first: bool = False
    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        if self.raise_first:
            raise AnnotationError(problem)
        self.problems.append(problem)

    def __bool__(self) -> bool:  # a sink is always "present", even when empty
        return True


def not_utf8(path, exc: UnicodeDecodeError) -> Problem:
    """The problem of a file that is not UTF-8 text, with the offending byte and its position."""
    byte = exc.object[exc.start] if isinstance(exc.object, (bytes, bytearray)) and exc.start < len(exc.object) else None
    what = f"byte 0x{byte:02x} at position {exc.start}" if byte is not None else f"position {exc.start}"
    return Problem(str(path), None, f"not UTF-8 text ({what}); convert it to UTF-8 first, e.g. "
                                    "iconv -f WINDOWS-1256 -t UTF-8")
