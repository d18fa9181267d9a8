"""The one rule for typed numbers and Rupiah: what is accepted is exactly what was meant."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import ValidationError
from desktop.core.numbers import (
    RUPIAH_MAX,
    indonesian,
    parse_count,
    parse_number,
    parse_rupiah,
)

SUFFIXES = {"rb": 10**3, "ribu": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("12.500", 12_500),
        ("Rp 1.500.000", 1_500_000),
        ("1,5 juta", 1_500_000),
        ("2 rb", 2_000),
        ("75ribu", 75_000),
        ("Rp 12.500,00", 12_500),
        ("1 500 000", 1_500_000),
    ],
)
def test_rupiah_written_the_indonesian_way(typed: str, meant: int) -> None:
    assert parse_rupiah(typed) == meant


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("12.500,50", "has sen"),
        ("1,5", "has sen"),
        ("-50000", "cannot be negative"),
        ("1,500", "two ways"),
        ("0.500", "two ways"),
        ("1,500,000", "not a number"),
        ("1 5", "not a number"),
        ("9" * 16, "too large"),
        ("", "Type a number"),
    ],
)
def test_rupiah_refused_in_words_never_rescaled(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_rupiah(typed)
    assert words in refused.value.messages[0]


def test_numbers_and_counts() -> None:
    assert parse_number("12.500,50") == 12_500.5
    assert parse_number("2.5") == 2.5  # a dot before other than three digits: only a decimal
    assert parse_number("-3,5", negative_allowed=True) == -3.5
    with pytest.raises(ValidationError):
        parse_number("-3,5")
    assert parse_count("10.000") == 10_000  # no silent cap
    with pytest.raises(ValidationError, match="largest allowed, 100"):
        parse_count("150", maximum=100)
    with pytest.raises(ValidationError, match="whole number"):
        parse_count("2,5")


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@given(
    st.integers(0, RUPIAH_MAX),
    st.sampled_from(["{}", "Rp {}", "Rp{}", " {} ", "Rp. {}"]),
    st.booleans(),
)
def test_every_whole_amount_written_reads_back(value: int, frame: str, grouped: bool) -> None:
    written = _grouped(value) if grouped else str(value)
    assert parse_rupiah(frame.format(written)) == value
    assert parse_number(written, decimals_allowed=False) == value


@given(st.integers(1, 999_999), st.sampled_from(sorted(SUFFIXES)), st.booleans())
def test_suffixes_multiply(value: int, suffix: str, spaced: bool) -> None:
    text = f"{_grouped(value)}{' ' if spaced else ''}{suffix}"
    assert parse_rupiah(text) == value * SUFFIXES[suffix]


@given(st.integers(0, 10**9 - 1), st.integers(1, 999_999))  # 15 digits at most
def test_decimals_read_exactly(whole: int, sen: int) -> None:
    if 0 < whole < 1000 and len(str(sen)) == 3:
        return  # "1,500" could be 1.500: refused as ambiguous (above)
    written = f"{_grouped(whole)},{sen}"
    assert parse_number(written) == float(Decimal(f"{whole}.{sen}"))


def _significant(text: str) -> str:
    return "".join(c for c in text if c.isdigit()).strip("0")


@settings(max_examples=500)
@given(st.text(alphabet="0123456789.,- Rpjutarbk", max_size=14) | st.text(max_size=10))
def test_any_text_is_read_exactly_or_refused(text: str) -> None:
    try:
        value = parse_number(text, negative_allowed=True)
    except ValidationError as refused:
        assert len(refused.issues) == 1 and refused.issues[0].template
        return
    assert parse_number(indonesian(value), negative_allowed=True) == value
    # the digits typed are the digits of the value: nothing dropped, nothing added
    exact = Decimal(repr(float(value)))
    digits = "".join(str(d) for d in exact.as_tuple().digits).strip("0")
    assert digits == _significant(text)
