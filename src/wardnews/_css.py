"""A small CSS-selector engine for platform profiles: the subset ``data/platforms.json`` uses.

Tag, ``.class``, ``#id``, ``[attr]``, ``[attr=v]``, ``[attr^=v]``, ``[attr$=v]``, ``[attr*=v]``,
``[attr~=v]``; descendant (space), child (``>``) and sibling (``~``) combinators; ``,`` for a
union. Selectors compile once (cached); matching starts from a per-page index of elements by
class and id, so a profile's thirty selectors cost one pass over the page, not thirty, and a
class test on an ancestor is a set lookup.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import regex

_CSS_TOKEN = regex.compile(
    r"\s*(?P<comb>[>~])\s*|(?P<ws>\s+)|(?P<tag>[A-Za-z][\w-]*|\*)|\.(?P<cls>[\w-]+)|#(?P<id>[\w-]+)"
    r"|\[\s*(?P<attr>[\w:-]+)\s*(?:(?P<op>[\^$*~]?=)\s*(?P<q>[\"']?)(?P<val>[^\]\"']*)(?P=q)\s*)?\]"
)


@dataclass(frozen=True, slots=True)
class Compound:
    """One step of a selector: ``div.a.b#x[attr^=v]``."""

    tag: str | None = None
    id: str | None = None
    classes: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str | None, str], ...] = ()

    def matches(self, el: Any, dom: DomIndex) -> bool:
        """Does ``el`` of the page indexed by ``dom`` match this step (classes: a set lookup)?"""
        if self.tag and el.tag != self.tag:
            return False
        if self.id and el.get("id") != self.id:
            return False
        if self.classes and not dom.has_classes(el, self.classes):
            return False
        for name, op, val in self.attrs:
            got = el.get(name)
            if got is None:
                return False
            if op == "=" and got != val or op == "^=" and not got.startswith(val) \
                    or op == "$=" and not got.endswith(val) or op == "*=" and val not in got \
                    or op == "~=" and val not in got.split():
                return False
        return True


Selector = tuple[tuple[str, Compound], ...]  # (combinator before the step, step); the first has ""


@functools.lru_cache(maxsize=512)
def compile_selector(selector: str) -> tuple[Selector, ...]:
    """A CSS-subset selector (see ``data/platforms.json``) as a union of step chains."""
    groups = []
    for group in selector.split(","):
        group = group.strip()
        if group:
            groups.append(_parse_group(group))
    if not groups:
        raise ValueError(f"empty selector {selector!r}")
    return tuple(groups)


def _parse_group(sel: str) -> Selector:
    steps: list[tuple[str, Compound]] = []
    comb = ""
    cur: dict[str, Any] = {}
    pos = 0

    def close() -> None:
        steps.append((comb, Compound(cur.get("tag"), cur.get("id"), tuple(cur.get("classes", ())),
                                     tuple(cur.get("attrs", ())))))

    while pos < len(sel):
        m = _CSS_TOKEN.match(sel, pos)
        if not m or m.end() == pos:
            raise ValueError(f"unsupported selector {sel!r} at {sel[pos:]!r}")
        pos = m.end()
        if m["comb"] or m["ws"]:
            if cur:
                close()
                cur = {}
            comb = m["comb"] or " "
            continue
        if m["tag"]:
            cur["tag"] = None if m["tag"] == "*" else m["tag"].lower()
        elif m["cls"]:
            cur.setdefault("classes", []).append(m["cls"])
        elif m["id"]:
            cur["id"] = m["id"]
        else:
            cur.setdefault("attrs", []).append((m["attr"].lower(), m["op"], m["val"] or ""))
    if not cur:
        raise ValueError(f"selector ends in a combinator: {sel!r}")
    close()
    return tuple(steps)


@functools.lru_cache(maxsize=64)
def xpath(expr: str) -> Any:
    """A compiled XPath, once per process."""
    from lxml import etree

    return etree.XPath(expr)


class DomIndex:
    """Elements of one page by class token and id: selectors start from here, not from a scan.

    Built from XPath attribute steps (``descendant-or-self::*/@class``), which libxml2 runs several
    times faster than ``//*[@class]`` (a predicate per element) or a Python loop over elements."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self._order: dict[Any, int] | None = None
        self.by_class: dict[str, list[Any]] = {}
        self._by_id: dict[str, list[Any]] | None = None
        self._class_sets: dict[str, set[Any]] = {}
        by_class = self.by_class
        for value in xpath("descendant-or-self::*/@class")(root):
            tokens = value.split()
            if tokens:
                el = value.getparent()
                for token in tokens:
                    found = by_class.get(token)
                    if found is None:
                        by_class[token] = [el]
                    else:
                        found.append(el)

    @property
    def by_id(self) -> dict[str, list[Any]]:
        if self._by_id is None:
            self._by_id = {}
            for value in xpath("descendant-or-self::*/@id")(self.root):
                self._by_id.setdefault(str(value), []).append(value.getparent())
        return self._by_id

    @property
    def order(self) -> dict[Any, int]:
        if self._order is None:
            self._order = {el: i for i, el in enumerate(self.root.iter())}
        return self._order

    def has_classes(self, el: Any, classes: tuple[str, ...]) -> bool:
        """Does ``el`` carry every one of these class tokens (ancestor tests: no attribute parsing)."""
        sets = self._class_sets
        for token in classes:
            members = sets.get(token)
            if members is None:
                members = sets[token] = set(self.by_class.get(token, ()))
            if el not in members:
                return False
        return True

    def candidates(self, step: Compound) -> list[Any]:
        if step.id:
            return self.by_id.get(step.id, [])
        if step.classes:
            return self.by_class.get(step.classes[0], [])
        for name, _op, val in step.attrs:
            if name in ("class", "id") and val:
                table = self.by_class if name == "class" else self.by_id
                # Deterministic, if not document order: select() restores that where it matters.
                return list(dict.fromkeys(el for key, els in table.items() if val in key for el in els))
        if step.tag:
            return list(self.root.iter(step.tag))
        return [el for el in self.root.iter() if isinstance(el.tag, str)]

    def select(self, selector: str, *, ordered: bool = True) -> list[Any]:
        """Elements matching a selector; in document order when ``ordered`` (a union costs a sort)."""
        chains = compile_selector(selector)
        found: dict[Any, None] = {}
        for chain in chains:
            last = len(chain) - 1
            for el in self.candidates(chain[-1][1]):
                if self._match(el, chain, last):
                    found[el] = None
        if ordered and len(found) > 1 and (len(chains) > 1 or any(
                a in ("class", "id") for step in chains[0][-1:] for a, _o, _v in step[1].attrs)):
            return sorted(found, key=self.order.__getitem__)
        return list(found)

    def _match(self, el: Any, chain: Selector, k: int) -> bool:
        comb, step = chain[k]
        if not step.matches(el, self):
            return False
        if k == 0:
            return True
        if comb == ">":
            parent = el.getparent()
            return parent is not None and self._match(parent, chain, k - 1)
        if comb == "~":
            return any(self._match(sib, chain, k - 1) for sib in el.itersiblings(preceding=True)
                       if isinstance(sib.tag, str))
        return any(self._match(anc, chain, k - 1) for anc in el.iterancestors())
