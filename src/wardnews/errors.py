"""Exceptions raised by wardnews. Nothing else escapes :func:`wardnews.parse`."""
from __future__ import annotations


class WardnewsError(Exception):
    """Base class of every error wardnews raises on purpose.

    ``source`` names the input (a path, URL or ``"<input>"``), ``code`` is a stable reason code
    and ``reason`` the message without the source in front (for error records and stderr lines).
    """

    default_code = "error"

    def __init__(self, message: str = "", *, source: str | None = None, code: str | None = None) -> None:
        self.source = source
        self.code = code or self.default_code
        self.reason = message
        super().__init__(f"{source}: {message}" if source else message)


class InputError(WardnewsError, ValueError):
    """The input cannot be used as a page: binary data, too large, unreadable."""

    default_code = "input.invalid"


class ParseFailure(WardnewsError):
    """An unexpected failure inside the pipeline, wrapped so callers see one error family."""

    default_code = "parse.failed"
