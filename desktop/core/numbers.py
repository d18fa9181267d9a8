"""The one rule for reading a typed number or amount of Rupiah, the Indonesian way.

The rule, for every number field and every import of numbers:
- ``.`` groups thousands (in threes: ``12.500``, ``1.500.000``) and ``,`` is the decimal mark
  (``12.500,50``, ``1,5``). Spaces anywhere are ignored; ``Rp`` may lead an amount of Rupiah.
- A word at the end multiplies: ``rb``/``ribu``/``k`` a thousand, ``jt``/``juta`` a million,
  ``miliar``/``milyar`` a billion, ``triliun`` a trillion (``1,5 juta`` = 1.500.000).
- A lone dot followed by other than three digits (``2.5``) can only be a decimal point, and is
  read as one. ``1,500`` could be 1.500 or 1,5 and ``0.500`` could be 500 or 0,5: refused as
  ambiguous, with a sentence saying how to write it. A mixed or English grouping (``1,500,000``,
  ``1,234.5``) is refused the same way.
- Rupiah are whole: ``12.500,50`` is refused ("has sen"), never rounded; ``12.500,00`` is fine.
- A minus (``-`` or ``−``) is refused where the field has no negatives.
- At most 15 significant digits, so the value survives a float and a table column exactly.
Everything else is refused with a :class:`~desktop.core.errors.ValidationError`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.core.errors import Issue, ValidationError, issue

DIGITS_MAX = 15  # a float keeps 15 significant digits exactly; Rp 999 trillion is enough
RUPIAH_MAX = 10**DIGITS_MAX - 1
SHOWN_MAX = 30  # characters of the typed text a refusal repeats

_MULTIPLIERS = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
}
_MINUS = "-−"  # ASCII hyphen-minus and the minus sign formatting.rupiah writes
_SUFFIX = re.compile(
    r"^(.*?)(" + "|".join(sorted(_MULTIPLIERS, key=len, reverse=True)) + r")$",
    re.IGNORECASE | re.ASCII,
)
_INDONESIAN = re.compile(r"^(?P<whole>[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,(?P<sen>\d+))?$", re.ASCII)
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$", re.ASCII)
_DECIMAL_POINT = re.compile(r"^(?P<whole>\d+)\.(?P<sen>\d{1,2}|\d{4,})$", re.ASCII)
_AMBIGUOUS = re.compile(r"^([1-9]\d{0,2},\d{3}|0(\.\d{3})+)$", re.ASCII)
_RUPIAH_PREFIX = re.compile(r"^rp\.?", re.IGNORECASE)
_SPACE_BETWEEN_DIGITS = re.compile(r"(?<=\d)\s+(?=\d)", re.ASCII)


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def _refuse(field: str, template: str, text: str, **values: object) -> ValidationError:
    return ValidationError([issue(field, template, text=_shown(text), **values)])


def _exact(text: str, field: str, *, money: bool, negative_allowed: bool) -> Decimal:
    """The exact value ``text`` means, or a refusal saying why it has none."""
    # a space between digits groups thousands like a dot ("1 500 000"), never a decimal
    spaced = _SPACE_BETWEEN_DIGITS.sub(".", text.strip())
    spaced_groups = spaced != text.strip()
    compact = "".join(spaced.split())
    if not compact:
        raise ValidationError([issue(field, "Type a number.")])
    negative = False
    if compact[0] in _MINUS:
        negative, compact = True, compact[1:]
    if money and (prefix := _RUPIAH_PREFIX.match(compact)):
        compact = compact[prefix.end() :]
        if not negative and compact[:1] and compact[0] in _MINUS:
            negative, compact = True, compact[1:]
    multiplier = 1
    if suffix := _SUFFIX.match(compact):
        compact, multiplier = suffix.group(1), _MULTIPLIERS[suffix.group(2).lower()]
    if _AMBIGUOUS.match(compact):
        raise _refuse(
            field,
            "“{text}” can be read two ways. Write thousands with a dot (1.500) and decimals "
            "with a comma (1,5).",
            text,
        )
    found = _INDONESIAN.match(compact) or _DECIMAL_POINT.match(compact)
    if found is None or (spaced_groups and not _GROUPED.match(compact)):
        raise _refuse(
            field,
            "“{text}” is not a number as it is written here: a dot groups thousands and a comma "
            "marks decimals, as in 12.500 or 12.500,50.",
            text,
        )
    whole, sen = found.group("whole").replace(".", ""), found.group("sen") or ""
    digits = (whole + sen).lstrip("0").rstrip("0")
    value = Decimal(f"{whole}.{sen or 0}") * multiplier
    if len(digits) > DIGITS_MAX or len(sen) > DIGITS_MAX or value > RUPIAH_MAX:
        raise _refuse(field, "“{text}” is too large a number.", text)
    if negative and value:
        if not negative_allowed:
            raise _refuse(field, "“{text}” cannot be negative here.", text)
        value = -value
    return value


def parse_rupiah(text: str, *, field: str = "amount") -> int:
    """Whole Rupiah, zero or more: ``Rp 1.500.000``, ``1,5 juta``, ``75 rb``."""
    value = _exact(text, field, money=True, negative_allowed=False)
    if value != value.to_integral_value():
        raise _refuse(field, "Rupiah are whole: “{text}” has sen.", text)
    return int(value)


def parse_number(
    text: str,
    *,
    decimals_allowed: bool = True,
    negative_allowed: bool = False,
    field: str = "value",
) -> float | int:
    """A typed number: a float where decimals are allowed, else an ``int`` (a decimal that is
    not whole refused)."""
    value = _exact(text, field, money=False, negative_allowed=negative_allowed)
    if decimals_allowed:
        return float(value)
    if value != value.to_integral_value():
        raise _refuse(field, "“{text}” must be a whole number.", text)
    return int(value)


def parse_count(text: str, *, field: str = "value", maximum: int | None = None) -> int:
    """A whole number, zero or more (people present, votes); ``maximum`` a stated limit."""
    value = int(parse_number(text, decimals_allowed=False, field=field))
    if maximum is not None and value > maximum:
        raise _refuse(
            field, "“{text}” is more than the largest allowed, {maximum}.", text, maximum=maximum
        )
    return value


def refusal(error: ValidationError) -> Issue:
    """The first issue of a parse refusal (a parse refuses with exactly one)."""
    return error.issues[0]


def indonesian(value: float) -> str:
    """A number written the way :func:`parse_number` reads it back exactly: ``12.500,5``."""
    exact = Decimal(repr(float(value))) if not isinstance(value, int) else Decimal(value)
    sign = "-" if exact < 0 else ""
    whole, _, sen = f"{abs(exact):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    sen = sen.rstrip("0")
    return f"{sign}{grouped},{sen}" if sen else f"{sign}{grouped}"
