"""The province gazetteer: package base data merged with our additions.

`data/provinces.tsv` is generated from `vietnamadminunits` (see
`gazetteer/build_provinces.py`); `data/aliases.tsv` holds our canonical-name
overrides and aliases; `data/regions.tsv` the regions; `data/locality_levels.tsv`
the words that introduce a unit; `data/province_countries.tsv` country names, which
tell whose region a compass region (`miền Nam`) is. `load_gazetteer()` merges them once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from vnie.gazetteer.load import DataError, load_tsv, load_words

ERAS = ("legacy", "2025")
CONTEXTS = ("name", "any", "locative")
REGION_CONTEXTS = ("any", "direction", "compass")
COUNTRY_SIDES = ("home", "foreign")
LEVELS = ("province", "city", "district", "town", "township", "ward", "commune")
# Every spelling of a dash between two parts of a name (`Bà Rịa - Vũng Tàu`, `Thừa Thiên-Huế`).
DASH_FORMS = ("-", " - ", "- ", " -", "–", " – ", "—", " — ")
_DASH = regex.compile(r"\s*[-–—]\s*")


@dataclass(frozen=True, slots=True)
class Unit:
    """A province-level unit of one era."""

    id: str
    era: str
    code: str
    name: str
    full_name: str
    successor: str

    @property
    def is_city(self) -> bool:
        """A centrally-run city (`Thành phố Hà Nội`), which `TP` + name names as a province."""
        return self.full_name.startswith("Thành phố")


@dataclass(frozen=True, slots=True)
class Surface:
    """One way a unit or region is written, with the context it needs."""

    text: str
    target: str
    context: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    units: dict[str, Unit]
    surfaces: tuple[Surface, ...]
    regions: tuple[Surface, ...]
    levels: dict[str, str]
    false_friends: tuple[str, ...]
    countries: tuple[Surface, ...] = ()  # target: `home` or `foreign`

    def unit_2025(self, unit: Unit) -> Unit:
        """The 2025 unit a unit belongs to (itself for a 2025 unit)."""
        return self.units[unit.successor] if unit.successor else unit



def dash_variants(text: str) -> list[str]:
    """`text` with every dash spelling of DASH_FORMS, or `[text]` if it has no dash."""
    parts = _DASH.split(text)
    if len(parts) == 1:
        return [text]
    return [dash.join(parts) for dash in DASH_FORMS]


def _units() -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for row in load_tsv("provinces.tsv", key="id"):
        if row["era"] not in ERAS:
            raise DataError(f"provinces.tsv: unit {row['id']} has unknown era {row['era']!r}")
        units[row["id"]] = Unit(row["id"], row["era"], row["code"], row["name"], row["full_name"], row["successor"])
    for unit in units.values():
        if unit.era == "legacy" and units.get(unit.successor, None) is None:
            raise DataError(f"provinces.tsv: legacy unit {unit.id} has no 2025 unit {unit.successor!r}")
    return units


def _merge_aliases(units: dict[str, Unit]) -> list[Surface]:
    """Apply aliases.tsv to `units` (canonical names) and return every surface form."""
    rows = load_tsv("aliases.tsv")
    surfaces: dict[str, Surface] = {}
    for row in rows:
        if row["id"] not in units:
            raise DataError(f"aliases.tsv: alias {row['alias']!r} names unknown unit {row['id']!r}")
        if row["context"] not in CONTEXTS:
            raise DataError(f"aliases.tsv: alias {row['alias']!r} has unknown context {row['context']!r}")
        if row["context"] == "name":
            old = units[row["id"]]
            units[row["id"]] = Unit(old.id, old.era, old.code, row["alias"], row["full_name"] or old.full_name,
                                    old.successor)
    # Base names first (every legacy unit is named as itself), then our aliases override.
    for unit in units.values():
        if unit.era == "legacy":
            for text in dash_variants(unit.name):
                surfaces[text] = Surface(text, unit.id, "any")
    for row in rows:
        context = "any" if row["context"] == "name" else row["context"]
        for text in dash_variants(row["alias"]):
            surfaces[text] = Surface(text, row["id"], context)
    return list(surfaces.values())


def _regions() -> list[Surface]:
    out: dict[str, Surface] = {}
    for row in load_tsv("regions.tsv", key="alias"):
        if row["context"] not in REGION_CONTEXTS:
            raise DataError(f"regions.tsv: alias {row['alias']!r} has unknown context {row['context']!r}")
        for text in dash_variants(row["alias"]):
            out[text] = Surface(text, row["region"], row["context"])
    return list(out.values())


@functools.cache
def load_countries() -> tuple[tuple[str, str], ...]:
    """(name, side) of every country of `data/province_countries.tsv`, checked and read once
    per process: the provinces, officials, positions and speakers stages all read it here.

    Raises:
        DataError: on an unknown side.
    """
    out = []
    for row in load_tsv("province_countries.tsv", key="name"):
        if row["side"] not in COUNTRY_SIDES:
            raise DataError(f"province_countries.tsv: country {row['name']!r} has unknown side {row['side']!r}")
        out.append((row["name"], row["side"]))
    return tuple(out)


def country_names(side: str | None = None) -> tuple[str, ...]:
    """Country names as listed (`Lào`, `nước Lào`), all of them or those of one side."""
    return tuple(name for name, s in load_countries() if side is None or s == side)


@functools.cache
def province_names() -> frozenset[str]:
    """Casefolded names of the provinces and their aliases."""
    names = [row["name"] for row in load_tsv("provinces.tsv")] + [row["alias"] for row in load_tsv("aliases.tsv")]
    return frozenset(n.casefold() for n in names)


@functools.cache
def place_names() -> frozenset[str]:
    """Casefolded names of the provinces, their aliases and the countries: never a person's name
    (the speakers' slots and the persons' full names both ask it)."""
    return province_names() | frozenset(n.casefold() for n in country_names())


def _countries() -> list[Surface]:
    return [Surface(name, side, "any") for name, side in load_countries()]


def _levels() -> dict[str, str]:
    levels: dict[str, str] = {}
    for row in load_tsv("locality_levels.tsv", key="word"):
        if row["level"] not in LEVELS:
            raise DataError(f"locality_levels.tsv: word {row['word']!r} has unknown level {row['level']!r}")
        levels[row["word"]] = row["level"]
    return levels


# vietnamadminunits tells two units of one province with one name apart by their type (`Cao Lãnh (Thành phố)`,
# `Cao Lãnh (Huyện)`, `Mỹ An (Thị trấn)`: 53 names); the level column says it already, and the press never writes it.
PACKAGE_TYPE_SUFFIX = regex.compile(r"\s+\([^()]+\)$")


@functools.cache
def load_localities() -> dict[tuple[str, str], tuple[str, ...]]:
    """Every district, town, ward and commune of both eras (`data/localities.tsv`, with the districts dissolved before
    its snapshot from `data/localities_former.tsv`), loaded once.

    Returns:
        (level, name as written in the package) -> ids of the province-level
        units that have a unit of that level and name (`("district", "Lý Nhân")`
        -> `("L35",)`).

    Raises:
        DataError: on an unknown level or province-level unit.
    """
    units = _units()
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for name in ("localities.tsv", "localities_former.tsv"):
        for row in load_tsv(name):
            if row["level"] not in LEVELS or row["unit"] not in units:
                raise DataError(f"{name}: {row['name']!r} has unknown level or unit {row['level']!r} {row['unit']!r}")
            key = (row["level"], PACKAGE_TYPE_SUFFIX.sub("", row["name"]))
            if row["unit"] not in out.get(key, ()):
                out[key] = out.get(key, ()) + (row["unit"],)
    return out


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The merged province gazetteer, loaded once per process.

    Returns:
        Units of both eras (canonical names applied), every surface form of a
        unit and of a region, the level words, the false friends and the countries.

    Raises:
        DataError: on an unknown unit id, era, context or level, a legacy unit
            without a 2025 unit, or a malformed data file.
    """
    units = _units()
    surfaces = _merge_aliases(units)
    return Gazetteer(units, tuple(surfaces), tuple(_regions()), _levels(),
                     load_words("province_false_friends.txt"), tuple(_countries()))


@functools.cache
def province_names_2025() -> dict[str, str]:
    """Canonical province name (either era) -> the name of its 2025 unit, loaded once."""
    g = load_gazetteer()
    return {u.name: g.unit_2025(u).name for u in g.units.values()}
