"""Working days in Indonesia: weekends, public holidays and cuti bersama, from `holidays`."""

from __future__ import annotations

import datetime as dt

from desktop.core.calendar_id import WorkingCalendar

D = dt.date


def test_idul_fitri_2026_and_nyepi_are_off_with_collective_leave() -> None:
    cal = WorkingCalendar()
    # Nyepi 19 March, Idul Fitri 21-22 March; cuti bersama 18, 20, 23 and 24 March 2026
    for day in range(18, 25):
        assert not cal.is_working_day(D(2026, 3, day)), day
    assert cal.is_working_day(D(2026, 3, 17))
    assert cal.is_working_day(D(2026, 3, 25))
    assert "Idul Fitri" in (cal.holiday_name(D(2026, 3, 21)) or "")
    assert "Cuti Bersama" in (cal.holiday_name(D(2026, 3, 23)) or "")
    assert cal.holiday_name(D(2026, 3, 17)) is None


def test_without_collective_leave_the_cuti_bersama_days_are_worked() -> None:
    cal = WorkingCalendar(collective_leave=False)
    assert cal.is_working_day(D(2026, 3, 20))
    assert cal.is_working_day(D(2026, 3, 23))
    assert not cal.is_working_day(D(2026, 3, 19))


def test_adding_and_counting_working_days() -> None:
    cal = WorkingCalendar()
    assert cal.add_working_days(D(2026, 3, 17), 1) == D(2026, 3, 25)
    assert cal.add_working_days(D(2026, 3, 25), -1) == D(2026, 3, 17)
    assert cal.add_working_days(D(2026, 3, 21), 0) == D(2026, 3, 25)  # from a holiday
    assert cal.add_working_days(D(2026, 3, 7), -1) == D(2026, 3, 5)  # Saturday: Friday is day 0
    assert cal.working_days(D(2026, 3, 16), D(2026, 3, 25)) == 3
    assert cal.working_days(D(2026, 3, 21), D(2026, 3, 22)) == 0
    assert cal.working_days(D(2026, 3, 25), D(2026, 3, 16)) == 0
    assert cal.working_days_signed(D(2026, 3, 13), D(2026, 3, 16)) == 1
    assert cal.working_days_signed(D(2026, 3, 16), D(2026, 3, 13)) == -1
    assert cal.roll_forward(D(2026, 3, 21)) == D(2026, 3, 25)
    assert cal.roll_back(D(2026, 3, 21)) == D(2026, 3, 17)


def test_counting_across_years_loaded_in_any_order() -> None:
    cal = WorkingCalendar()
    assert cal.is_working_day(D(2030, 6, 3))  # loads 2029..2032 first
    late = cal.index(D(2030, 6, 3))
    # reaching back years later must not change numbers already handed out
    assert cal.add_working_days(D(2024, 12, 31), 1) == D(2025, 1, 2)  # 1 January off
    assert cal.index(D(2030, 6, 3)) == late
    assert cal.day(late) == D(2030, 6, 3)
    assert cal.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)  # weekend, then 1 Jan


def test_holidays_between_lists_names() -> None:
    cal = WorkingCalendar()
    found = cal.holidays_between(D(2026, 8, 1), D(2026, 8, 31))
    assert D(2026, 8, 17) in found
    assert all(D(2026, 8, 1) <= day <= D(2026, 8, 31) for day in found)
