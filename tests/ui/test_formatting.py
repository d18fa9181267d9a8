"""Money, percentages and the choice of language, as the window shows them."""

from __future__ import annotations

import pytest

from desktop.ui import formatting, i18n


@pytest.mark.parametrize(
    ("amount", "text"),
    [(0, "Rp 0"), (1_500_000, "Rp 1.500.000"), (999, "Rp 999"), (-25_000, "−Rp 25.000")],
)
def test_rupiah_is_written_the_indonesian_way(amount: int, text: str) -> None:
    assert formatting.rupiah(amount) == text


def test_a_share_without_a_whole_is_a_dash() -> None:
    assert formatting.percent(None) == formatting.NOTHING
    assert formatting.percent(0.426) == "43%"


@pytest.mark.parametrize(
    ("override", "saved", "chosen"),
    [(None, None, "id"), (None, "en", "en"), ("id", "en", "id"), ("xx", None, "id")],
)
def test_the_command_line_wins_over_the_saved_language(override, saved, chosen) -> None:
    assert i18n.choose_language(override, saved) == chosen
