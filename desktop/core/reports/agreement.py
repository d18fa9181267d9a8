"""What the berita acara of an action plan says, as data: the village, the day written out in
Indonesian words, the plan's activities with their budget by source and totals, the amount
spelled out, the indicators and the signatories.

The berita acara is an official village paper, so its words are Indonesian whatever the
interface language; ``desktop.ui.wizards.agreement_pdf`` lays this out on paper."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.core.domain import FundingSource
from desktop.core.models import ActionPlan, CommunityGroup, Place, Program
from desktop.core.places import UnknownPlace, parent_code, place
from desktop.core.readers.formalisation import budget_lines, responsible_name
from desktop.core.stages import formalisation_reads as fm

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
GOALS = {
    "kelembagaan": "Perbaikan kelembagaan",
    "usaha": "Perbaikan usaha",
    "pendapatan": "Perbaikan pendapatan",
    "lingkungan": "Perbaikan lingkungan",
    "kehidupan": "Perbaikan kehidupan",
    "masyarakat": "Perbaikan masyarakat",
}
_ONES = (
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def spelled(n: int) -> str:
    """A whole number in Indonesian words (terbilang): 2026 -> ``dua ribu dua puluh enam``."""
    if n < 0:
        return "minus " + spelled(-n)
    if n == 0:
        return "nol"
    if n < 12:
        return _ONES[n]
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh" + (f" {_ONES[rest]}" if rest else "")
    if n < 200:
        return "seratus" + (f" {spelled(n - 100)}" if n > 100 else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} ratus" + (f" {spelled(rest)}" if rest else "")
    if n < 2000:
        return "seribu" + (f" {spelled(n - 1000)}" if n > 1000 else "")
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= size:
            big, rest = divmod(n, size)
            return f"{spelled(big)} {word}" + (f" {spelled(rest)}" if rest else "")
    raise AssertionError(n)


def day_sentence(day: dt.date) -> str:
    """``Pada hari Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam``"""
    return (
        f"Pada hari {DAYS[day.weekday()]} tanggal {spelled(day.day)} bulan "
        f"{MONTHS[day.month - 1]} tahun {spelled(day.year)}"
    )


def written_date(day: dt.date) -> str:
    """``27 November 2026``"""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class ActivityLine:
    title: str
    responsible: str
    start: dt.date
    end: dt.date
    community: int  # Rupiah
    outside: int

    @property
    def total(self) -> int:
        return self.community + self.outside


@dataclass(frozen=True)
class IndicatorLine:
    goal: str
    name: str
    unit: str
    baseline: float
    target: float


@dataclass(frozen=True)
class AgreementDocument:
    """What the printed berita acara says, read once from the database."""

    village: str
    district: str
    regency: str
    program: str
    plan: str
    group: str
    number: str
    signed_on: dt.date
    location: str
    body: str
    activities: Sequence[ActivityLine] = field(default_factory=tuple)
    indicators: Sequence[IndicatorLine] = field(default_factory=tuple)
    signatories: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (name, role)

    @property
    def community(self) -> int:
        """Rupiah the community meets itself, over all activities."""
        return sum(a.community for a in self.activities)

    @property
    def outside(self) -> int:
        return sum(a.outside for a in self.activities)

    @property
    def total(self) -> int:
        return self.community + self.outside

    @property
    def total_words(self) -> str:
        """The whole budget spelled out: ``dua belas juta ... rupiah``."""
        return f"{spelled(self.total)} rupiah"

    @property
    def day_sentence(self) -> str:
        return day_sentence(self.signed_on)

    @property
    def written_date(self) -> str:
        return written_date(self.signed_on)

    @property
    def place_line(self) -> str:
        """``Desa Cidatar, Kecamatan Cidaun, Kabupaten Cianjur``: what there is of it."""
        return ", ".join(
            p
            for p in (
                f"Desa {self.village}" if self.village else "",
                f"Kecamatan {self.district}" if self.district else "",
                self.regency.title() if self.regency else "",
            )
            if p
        )

    @property
    def signed_at(self) -> str:
        """Where the signatures are dated: the place of the meeting, else the village."""
        return self.location or (f"Desa {self.village}" if self.village else "")


def _place_name(session: Session, code: str | None) -> str:
    if not code:
        return ""
    found = session.get(Place, code)
    if found is not None:
        return found.name
    try:
        return place(code).name
    except (UnknownPlace, LookupError):
        return ""


def read_agreement(session: Session, plan_id: uuid.UUID) -> AgreementDocument | None:
    """The berita acara of a plan as it will be printed (None while it has no agreement)."""
    plan = session.get(ActionPlan, plan_id)
    if plan is None or plan.deleted:
        return None
    agreement = fm.agreement_of(session, plan.id)
    program = session.get(Program, plan.program_id)
    if agreement is None or program is None:
        return None
    district_code = parent_code(program.village_code)
    group = session.get(CommunityGroup, plan.group_id) if plan.group_id else None
    activities = [a for a in fm.activities_of(session, program.id) if a.action_plan_id == plan.id]
    costs: dict[uuid.UUID, dict[FundingSource, int]] = {
        a.id: dict.fromkeys(FundingSource, 0) for a in activities
    }
    for line in budget_lines(session, list(costs)):
        costs[line.activity_id][line.source] += line.amount
    return AgreementDocument(
        village=_place_name(session, program.village_code),
        district=_place_name(session, district_code),
        regency=_place_name(session, parent_code(district_code) if district_code else None),
        program=program.name,
        plan=plan.title,
        group=group.name if group is not None else "",
        number=agreement.number or "",
        signed_on=agreement.signed_on,
        location=agreement.location or "",
        body=agreement.body or "",
        activities=tuple(
            ActivityLine(
                a.title,
                responsible_name(session, a),
                a.planned_start,
                a.planned_end,
                costs[a.id][FundingSource.COMMUNITY],
                costs[a.id][FundingSource.OUTSIDE],
            )
            for a in activities
        ),
        indicators=tuple(
            IndicatorLine(
                GOALS.get(i.goal.value, i.goal.value),
                i.name,
                i.unit,
                i.baseline_value,
                i.target_value,
            )
            for i in fm.indicators_of(session, program.id)
        ),
        signatories=tuple((s.name, s.role) for s in fm.signatories_of(session, agreement.id)),
    )
