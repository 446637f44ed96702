"""The shipped JSON Schema accepts real output and rejects broken records."""
from __future__ import annotations

import copy

import jsonschema
import pytest

import wardnews
from conftest import page_dirs, read_case

SCHEMA = wardnews.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("folder", page_dirs("pages"), ids=lambda p: p.name)
def test_real_output_validates(folder) -> None:
    data, url = read_case(folder)
    VALIDATOR.validate(wardnews.parse(data, url=url).to_dict())


def test_schema_keys_equal_to_dict_keys() -> None:
    record = wardnews.parse("Tiêu đề\n\nMột đoạn văn bản đủ dài để làm nội dung bài viết, có dấu chấm cuối câu.").to_dict()
    assert set(record) == set(SCHEMA["required"]) == set(SCHEMA["properties"])


@pytest.mark.parametrize("mutation", [
    lambda r: r.pop("title"),
    lambda r: r.__setitem__("counters", {"online": "460"}),
    lambda r: r.__setitem__("date", {"value": "28/12/2020", "kind": "event", "text": "x", "source": "lead"}),
    lambda r: r.__setitem__("boilerplate", [{"kind": "widget", "text": "x"}]),
    lambda r: r.__setitem__("schema", "wardnews.article/2"),
])
def test_schema_rejects_broken_records(mutation) -> None:
    record = copy.deepcopy(wardnews.parse("Tiêu đề trang\n\nNgày 5/3/2021, một đoạn văn bản.").to_dict())
    mutation(record)
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)
