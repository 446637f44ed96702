"""The record's columnar shape, defined once as data: Arrow (Parquet), CSV columns, and later Spark.

``RECORD_FIELDS`` mirrors the JSON contract ``wardnews.article/1`` as ``(name, type)`` specs,
where a type is ``"string"``, ``"int64"``, ``("list", type)`` or ``("struct", specs)``. Every
column is nullable. Engines derive their schema from it (:func:`arrow_schema` here; the Spark
SQL schema later), so a field added to the contract is added here once, and a test checks this
against the shipped JSON Schema. pyarrow is imported only inside :func:`arrow_schema`.
"""
from __future__ import annotations

from typing import Any

from .model import COUNTER_KEYS

FieldType = str | tuple[str, Any]
FieldSpec = tuple[str, FieldType]

STRING = "string"
INT64 = "int64"


def list_of(item: FieldType) -> FieldType:
    return ("list", item)


def struct_of(*fields: FieldSpec) -> FieldType:
    return ("struct", tuple(fields))


RECORD_FIELDS: tuple[FieldSpec, ...] = (
    ("schema", STRING),
    ("source", struct_of(("path", STRING), ("url", STRING), ("sha256", STRING), ("format", STRING))),
    ("title", STRING),
    ("date", struct_of(("value", STRING), ("kind", STRING), ("text", STRING), ("source", STRING))),
    ("lead", STRING),
    ("body", list_of(STRING)),
    ("captions", list_of(STRING)),
    ("author", struct_of(("name", STRING), ("role", STRING), ("raw", STRING))),
    ("gallery", struct_of(("label", STRING), ("items", list_of(STRING)))),
    ("counters", struct_of(*((key, INT64) for key in COUNTER_KEYS))),
    ("boilerplate", list_of(struct_of(("kind", STRING), ("text", STRING)))),
    ("warnings", list_of(struct_of(("code", STRING), ("message", STRING)))),
)
"""The contract's fields in contract order. ``counters`` lists every key; absent ones are null."""

ERROR_FIELD: FieldSpec = ("error", STRING)
"""Extra column for tables whose rows are inputs: null on records, ``"code: reason"`` on failures."""


def record_fields(with_error: bool = False) -> tuple[FieldSpec, ...]:
    return RECORD_FIELDS + ((ERROR_FIELD,) if with_error else ())


def arrow_schema(with_error: bool = False) -> Any:
    """The fixed ``pyarrow.Schema`` of records (plus an ``error`` column when asked)."""
    import pyarrow as pa

    def convert(t: FieldType) -> Any:
        if isinstance(t, str):
            if t == STRING:
                return pa.string()
            if t == INT64:
                return pa.int64()
            raise ValueError(f"unknown field type {t!r}")
        kind, inner = t
        if kind == "list":
            return pa.list_(convert(inner))
        if kind == "struct":
            return pa.struct([pa.field(n, convert(s)) for n, s in inner])
        raise ValueError(f"unknown field type {t!r}")

    metadata = {b"wardnews.schema": b"wardnews.article/1"}
    return pa.schema([pa.field(name, convert(t)) for name, t in record_fields(with_error)], metadata=metadata)


def row_size(row: dict[str, Any]) -> int:
    """A row's rough size in an Arrow batch: its text plus a fixed share for the small fields."""
    return 512 + len(row.get("lead") or "") + sum(len(p) for p in row.get("body") or ())


def error_row(source: dict[str, Any], message: str) -> dict[str, Any]:
    """A table row for an input that gave no record: source filled, ``error`` set, the rest null."""
    row: dict[str, Any] = {name: None for name, _ in RECORD_FIELDS}
    row["source"] = {"path": source.get("path"), "url": source.get("url"), "sha256": source.get("sha256"),
                     "format": None}
    row["error"] = message
    return row


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row read back from Arrow/Parquet as the JSON contract: counters drop their null keys."""
    record = {name: row.get(name) for name, _ in RECORD_FIELDS}
    record["counters"] = {k: v for k, v in (record["counters"] or {}).items() if v is not None}
    return record


# --- flat columns (CSV) -------------------------------------------------------------------------

LIST_SEPARATOR = "\n"
PART_SEPARATOR = ": "


def flat_columns(fields: tuple[FieldSpec, ...] = RECORD_FIELDS, prefix: str = "") -> list[str]:
    """Column names for flat formats: structs become ``parent.child`` columns, lists one column."""
    columns: list[str] = []
    for name, t in fields:
        if isinstance(t, tuple) and t[0] == "struct":
            columns += flat_columns(t[1], f"{prefix}{name}.")
        else:
            columns.append(prefix + name)
    return columns


def flatten(record: dict[str, Any], fields: tuple[FieldSpec, ...] = RECORD_FIELDS) -> list[str]:
    """One record as flat cells, in :func:`flat_columns` order.

    Null is the empty cell; a list is its items joined by a newline; a list of structs gives
    one line per item with the item's values joined by ``": "`` (``kind: text``, ``code: message``).
    """
    cells: list[str] = []
    for name, t in fields:
        value = record.get(name) if record else None
        if isinstance(t, tuple) and t[0] == "struct":
            cells += flatten(value or {}, t[1])
        elif isinstance(t, tuple) and t[0] == "list":
            cells.append(LIST_SEPARATOR.join(_cell_item(v) for v in value or ()))
        else:
            cells.append("" if value is None else str(value))
    return cells


def _cell_item(value: Any) -> str:
    if isinstance(value, dict):
        return PART_SEPARATOR.join("" if v is None else str(v) for v in value.values())
    return "" if value is None else str(value)
