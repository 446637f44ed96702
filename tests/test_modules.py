"""Each module's top-level names are bound once: a constant defined again further down silently changes
every earlier use of it (a function reads the module's name when it runs, not where it stands)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import wardnews

MODULES = sorted(Path(wardnews.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=[m.name for m in MODULES])
def test_no_top_level_name_is_bound_twice(module: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(module.read_text("utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(f"{name}: lines {seen[name]} and {node.lineno}")
            seen[name] = node.lineno
    assert not twice, twice


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("_LIMIT = 1\n\ndef f():\n    return _LIMIT\n\n_LIMIT = 2\n", "utf-8")
    with pytest.raises(AssertionError):
        test_no_top_level_name_is_bound_twice(bad)
