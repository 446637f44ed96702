"""One frozen configuration object with explicit defaults; no global state."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Config:
    """How :func:`wardnews.parse` treats a page.

    - ``max_bytes``: larger inputs are refused with :class:`~wardnews.InputError` (``input.too_large``).
    - ``timezone``: the zone of times printed on pages; dates get its offset (+07:00).
    - ``tone_style``: ``None`` keeps the page's tone-mark placement; ``"old"`` (hóa, thủy) or
      ``"new"`` (hoá, thuỷ) rewrites text fields to one style.
    - ``strict``: a page without title or body raises :class:`~wardnews.InputError`.
    - ``extra_vocabulary``: more phrases, keyed like ``"navigation/line"`` or ``"roles/title"``.
    """

    max_bytes: int = 5 * 1024 * 1024
    timezone: str = "Asia/Ho_Chi_Minh"
    tone_style: str | None = None
    strict: bool = False
    # Stored as sorted (key, phrases) pairs: hashable, picklable (worker processes get a copy).
    extra_vocabulary: Mapping[str, tuple[str, ...]] | tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __post_init__(self) -> None:
        extra = self.extra_vocabulary
        pairs = extra.items() if isinstance(extra, Mapping) else extra
        object.__setattr__(self, "extra_vocabulary", tuple(sorted((str(k), tuple(v)) for k, v in pairs)))
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be a positive int, got {self.max_bytes!r}")
        if self.tone_style not in (None, "old", "new"):
            raise ValueError(f"tone_style must be None, 'old' or 'new', got {self.tone_style!r}")
        if self.timezone != "Asia/Ho_Chi_Minh":
            raise ValueError("only Asia/Ho_Chi_Minh is supported: every portal prints Vietnamese time")

    def vocabulary_key(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return self.extra_vocabulary  # type: ignore[return-value]


DEFAULT_CONFIG = Config()

# Batch: seconds one page may take. Parsing is linear in the page (at most 5 MB): a 5 MB page takes
# a few seconds, so a page past this is a bug's or an attack's, and the batch goes on without it.
DEFAULT_TIMEOUT = 30.0

# Spark/Dask: loose page files per task (each archive is a task of its own); here so the CLI's
# defaults need not import the engines.
PAGES_PER_UNIT = 128
