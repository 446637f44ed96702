"""Exceptions raised by wardnews. Nothing else escapes :func:`wardnews.parse`."""
from __future__ import annotations


class WardnewsError(Exception):
    """Base class of every error wardnews raises on purpose."""


class InputError(WardnewsError, ValueError):
    """The input cannot be used as a page: binary data, too large, unreadable.

    ``source`` names the input (a path, URL or ``"<str>"``) and ``code`` is a stable reason code.
    """

    def __init__(self, message: str, *, source: str | None = None, code: str = "input.invalid") -> None:
        self.source = source
        self.code = code
        super().__init__(f"{source}: {message}" if source else message)


class ParseFailure(WardnewsError):
    """An unexpected failure inside the pipeline, wrapped so callers see one error family."""

    def __init__(self, message: str, *, source: str | None = None, code: str = "parse.failed") -> None:
        self.source = source
        self.code = code
        super().__init__(f"{source}: {message}" if source else message)
