"""Demo data: real villages with plausible residents, groups and programs at every stage.

``generate`` tells one story per village: the facilitator registers the residents and their
groups, then each program goes through its stages up to where it stands on the demo's "today"
(15 October 2026). Every record a stage makes exists once the program has reached that stage,
and who is responsible shifts from the facilitator to the community as the program ages.

Everything is deterministic: the choices come from ``random.Random(seed)`` and the ids and
timestamps from simulated clocks (:mod:`desktop.core.ids`), never from the wall clock. Each
story line — a village's register, each program — has its own clock that only moves forward,
so a row's uuid7 carries its ``created_at`` and the ids of a program are in story order.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import demo_names as words
from desktop.core import device, places, programs
from desktop.core.db import Database, DatabaseError
from desktop.core.domain import (
    ContributionKind,
    DependencyKind,
    FindingKind,
    FundingSource,
    Goal,
    GroupKind,
    HandoverKind,
    IndicatorDirection,
    MeetingKind,
    NeedKind,
    PartyKind,
    ResourceKind,
    Sex,
    Stage,
    StageStatus,
)
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Alternative,
    AlternativeScore,
    AlternativeVote,
    Attendance,
    BudgetLine,
    CommunityGroup,
    Contribution,
    Criterion,
    Dependency,
    ExitItem,
    Facilitator,
    FieldNote,
    Finding,
    GroupMembership,
    Handover,
    Indicator,
    KeyContact,
    Measurement,
    Meeting,
    MonitoringMember,
    NeedVote,
    PairwiseChoice,
    Person,
    Problem,
    Program,
    ProgressLog,
    Resource,
    Signatory,
    StageState,
)
from desktop.core.models.base import Synced
from desktop.core.models.programs import Responsibility

START = dt.datetime(2025, 1, 6, 1, 0, tzinfo=dt.UTC)  # the simulated clock starts here
TODAY = dt.date(2026, 10, 15)  # the demo's "now": nothing happens after it
EARLIEST_PROGRAM = dt.date(2025, 2, 3)
STAGES = tuple(Stage)
CLOSED = len(STAGES)  # the phase of a program that has been formally closed
DAYS: dict[Stage, tuple[int, int]] = {  # how long each stage lasts, in calendar days
    Stage.PREPARATION: (21, 40),
    Stage.ASSESSMENT: (30, 50),
    Stage.PLANNING: (18, 35),
    Stage.FORMALISATION: (14, 30),
    Stage.IMPLEMENTATION: (150, 280),
    Stage.EVALUATION: (28, 60),
    Stage.TERMINATION: (21, 45),
}
JUTA = 1_000_000
DEMO_CACHE = -65_536  # SQLite page cache while generating: 64 MiB (negative means KiB)

S = TypeVar("S", bound=Synced)


class DemoError(DatabaseError):
    """Demo data cannot go into this database; the message is meant for the user."""


def generate(db: Database, *, villages: int, seed: int) -> str:
    """Fill an empty database with demo data for ``villages`` real villages; the same seed
    gives the same data.

    Returns a one-paragraph summary of what was made."""
    if villages < 1:
        raise ValueError("the demo needs at least one village")
    with db.session() as session:
        if session.scalar(select(Program.id).limit(1)) is not None:
            raise DemoError(
                f"“{db.name}” already holds programs. Demo data goes into a new, empty "
                "database; it was left as it was."
            )
    rng = random.Random(seed)
    totals: Counter[str] = Counter()
    phases: Counter[int] = Counter()
    with simulated(SimulatedTime(start=START, seed=seed)):
        picks = _pick_villages(rng, villages)
        with db.session() as session, session.begin():
            cache = _sqlite_cache(session, DEMO_CACHE)
            device.bind(session, [info.code for info, _ in picks])
        cycle = _PhaseCycle(random.Random(rng.getrandbits(64)))
        try:
            for info, culture in picks:
                village_rng = random.Random(rng.getrandbits(64))
                with db.session() as session, session.begin():  # one transaction per village
                    _sqlite_cache(session, DEMO_CACHE)
                    village = _Village(session, info, culture, village_rng, cycle)
                    village.build()
                totals.update(village.counts)
                phases.update(village.phases)
        finally:
            if cache is not None:
                with db.session() as session, session.begin():
                    _sqlite_cache(session, cache)
    return _summary(picks, totals, phases)


def _sqlite_cache(session: Session, size: int) -> int | None:
    """Set SQLite's page cache of this session's connection; returns the size it had.

    Every synced row also writes a version per field, keyed by row id: hundreds of villages
    make that index far larger than SQLite's default 2 MiB cache, and the inserts then wait on
    page reads. Other databases are left alone (None)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {int(size)}")
    return int(before) if before is not None else None


# --- choosing villages ------------------------------------------------------------------


def _pick_villages(rng: random.Random, count: int) -> list[tuple[places.PlaceInfo, str]]:
    """``count`` real desa, a few per district, in a handful of regencies of a few provinces."""
    cultures = list(words.CULTURES)
    rng.shuffle(cultures)
    wanted = min(count, sum(len(c) for c in words.REGENCIES.values()), 3 + count // 12)
    left = {c: list(words.REGENCIES[c]) for c in cultures}
    regencies: list[tuple[str, str]] = []
    while len(regencies) < wanted:
        for culture in cultures:
            if left[culture] and len(regencies) < wanted:
                code = left[culture].pop(rng.randrange(len(left[culture])))
                regencies.append((code, culture))
    picks: list[tuple[places.PlaceInfo, str]] = []
    for index, (regency, culture) in enumerate(regencies):
        need = count // wanted + (1 if index < count % wanted else 0)
        districts = places.children(regency)
        rng.shuffle(districts)
        for district in districts:
            if need <= 0:
                break
            desa = [v for v in places.children(district.code) if v.code.rsplit(".", 1)[1][0] == "2"]
            take = min(need, len(desa), rng.randint(2, 6))
            for village in rng.sample(desa, take):
                picks.append((village, culture))
            need -= take
        if need > 0:
            raise RuntimeError(f"not enough villages in {regency} for the demo")
    picks.sort(key=lambda pick: pick[0].code)
    return picks


class _PhaseCycle:
    """Where each new program stands: the seven stages and "closed", evenly, in shuffled rounds."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.queue: list[int] = []

    def next(self) -> int:
        if not self.queue:
            self.queue = list(range(CLOSED + 1))
            self.rng.shuffle(self.queue)
        return self.queue.pop()


# --- small helpers ----------------------------------------------------------------------


def _rp(amount: float) -> str:
    return "Rp " + f"{round(amount):,}".replace(",", ".")


def _date_id(day: dt.date) -> str:
    return f"{day.day} {words.MONTHS[day.month - 1]} {day.year}"


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return first
    return first + _days(rng.randint(0, (last - first).days))


def _pct(part: float, whole: float) -> int:
    return round(100 * part / whole) if whole else 0


def _round_value(value: float, unit: str) -> float:
    if unit == "Rp":
        return float(round(value, -3))
    if unit == "ha":
        return round(value, 1)
    return float(round(value))


class _Story:
    """One line of the story — a village's register or one program — with its own clock.

    Rows are stamped when they are made (id, village, created_at, updated_at), because the
    column defaults would only run at the final flush, when the clock has moved on."""

    def __init__(self, code: str, rng: random.Random, begins: dt.date, rows: list[Synced]):
        self.code = code
        self.rng = rng
        self.time = SimulatedTime(_working_hours(begins, 0), seed=rng.getrandbits(63))
        self.rows = rows

    def at(self, day: dt.date) -> None:
        """Move the clock to the working hours of ``day``; it never goes back."""
        target = _working_hours(day, self.rng.randint(0, 400))
        if target > self.time.now:
            self.time.advance(target - self.time.now)

    def add(self, row: S) -> S:
        self.time.advance(dt.timedelta(seconds=self.rng.randint(4, 40)))
        row.id = self.time.new_id()
        row.village_code = self.code
        row.created_at = self.time.now
        row.updated_at = self.time.now
        row.deleted = False
        self.rows.append(row)
        return row

    def touch(self, row: Synced) -> None:
        self.time.advance(dt.timedelta(seconds=self.rng.randint(4, 40)))
        row.updated_at = self.time.now


def _working_hours(day: dt.date, minutes: int) -> dt.datetime:
    """08:00 WIB on ``day`` (01:00 UTC), plus ``minutes``."""
    return dt.datetime.combine(day, dt.time(1, 0), dt.UTC) + dt.timedelta(minutes=minutes)


# --- a village ----------------------------------------------------------------------------


@dataclass(eq=False)
class _Group:
    row: CommunityGroup
    members: list[Person]
    officers: dict[str, Person]  # role -> person, for the decision roles
    women_share: float

    @property
    def chair(self) -> Person:
        return next(iter(self.officers.values()))


class _Village:
    """One village's story: its register of residents and groups, then each of its programs."""

    def __init__(
        self,
        session: Session,
        info: places.PlaceInfo,
        culture: str,
        rng: random.Random,
        cycle: _PhaseCycle,
    ) -> None:
        self.session = session
        self.code = info.code
        self.name = info.name
        self.culture = culture
        self.rng = rng
        self.cycle = cycle
        lineage = places.lineage(info.code)
        self.regency = lineage[1].name
        self.district = lineage[2].name
        self.rows: list[Synced] = []
        self.counts: Counter[str] = Counter()
        self.phases: list[int] = []
        # how this village does on equality: women's share of attendance, voice and office
        self.women_attend = rng.uniform(0.3, 0.55)
        self.women_speak = rng.uniform(0.45, 1.0)
        self.women_lead = rng.uniform(0.2, 0.5)
        self.labour_rate = rng.randrange(75_000, 120_001, 5_000)
        self.hamlets = [f"Dusun {h}" for h in rng.sample(words.HAMLETS[culture], rng.randint(3, 5))]
        self.people: list[Person] = []
        self.women: list[Person] = []
        self.men: list[Person] = []
        self.by_hamlet: dict[str, list[Person]] = {h: [] for h in self.hamlets}
        self.groups: list[_Group] = []
        self.used_names: set[str] = set()

    # the story ----------------------------------------------------------------------------

    def build(self) -> None:
        rng = self.rng
        count = 2 if rng.random() < 0.7 else 1
        eligible = [t for t in words.THEMES if self.culture in t.cultures]
        themes = rng.sample(eligible, count)
        plans = []
        for theme in themes:
            phase = self.cycle.next()
            self.phases.append(phase)
            plans.append((theme, phase, _windows(rng, phase)))
        plans.sort(key=lambda plan: plan[2][0][0])
        first = plans[0][2][0][0]
        register = _Story(self.code, rng, first - _days(rng.randint(7, 21)), self.rows)
        with simulated(register.time):
            register.at(register.time.now.date())
            self._register(register, [theme for theme, _, _ in plans])
        for theme, phase, windows in plans:
            _ProgramStory(self, theme, phase, windows).build()
        self.session.add_all(self.rows)
        for row in self.rows:
            self.counts[type(row).__name__] += 1
        self.counts["Program"] += len(plans)
        self.counts["StageState"] += len(plans) * len(STAGES)

    def _register(self, story: _Story, themes: Sequence[words.Theme]) -> None:
        """The facilitator's first day: residents, the pendamping, groups and members."""
        rng = self.rng
        total = rng.randint(25, 60)
        women = total // 2 + rng.randint(-2, 2)
        self.kades = self._resident(
            story,
            Sex.FEMALE if rng.random() < 0.15 else Sex.MALE,
            rng.randint(1964, 1986),
            "kepala desa",
        )
        self.sekdes = self._resident(
            story,
            Sex.FEMALE if rng.random() < 0.4 else Sex.MALE,
            rng.randint(1975, 1995),
            "sekretaris desa",
        )
        self.bidan = self._resident(story, Sex.FEMALE, rng.randint(1980, 1997), "bidan desa")
        faith = "guru ngaji" if self.culture in words.MUSLIM else "katekis"
        self.elder = self._resident(story, Sex.MALE, rng.randint(1950, 1975), faith)
        while len(self.people) < total:
            female = len(self.women) < women and (
                len(self.men) >= total - women or rng.random() < 0.5
            )
            sex = Sex.FEMALE if female else Sex.MALE
            self._resident(story, sex, self._birth_year(), None)
        self.pendamping = self.outsider(story, "pendamping desa", rng.randint(1985, 1997))
        self.pendamping_office = rng.choice(
            (
                f"Tenaga Pendamping Profesional Kecamatan {self.district}",
                f"Dinas Pemberdayaan Masyarakat dan Desa {self.regency}",
            )
        )
        self._groups(story, themes)

    def outsider(self, story: _Story, occupation: str, birth_year: int) -> Person:
        """A facilitator or officer from outside: recorded in the village, not a resident."""
        sex = Sex.FEMALE if self.rng.random() < 0.4 else Sex.MALE
        return story.add(
            Person(
                name=self._name(sex, birth_year),
                sex=sex,
                birth_year=birth_year,
                phone=self._phone(always=True),
                hamlet=None,
                occupation=occupation,
                is_resident=False,
            )
        )

    def _birth_year(self) -> int:
        # adults of a village: more of them middle-aged than old
        return min(2006, max(1950, round(self.rng.triangular(1950, 2006, 1985))))

    def _phone(self, *, always: bool = False) -> str | None:
        """A mobile number for a bit over half of the residents (every outside officer)."""
        if not always and self.rng.random() > 0.55:
            return None
        digits = "".join(str(self.rng.randrange(10)) for _ in range(8))
        return self.rng.choice(words.MOBILE_PREFIXES) + digits

    def _name(self, sex: Sex, birth_year: int) -> str:
        rng, culture = self.rng, self.culture
        female = sex is Sex.FEMALE
        for _ in range(30):
            if birth_year >= 1993 and rng.random() < 0.5:
                if culture == words.NTT:
                    pool = words.YOUNG_WOMEN_NTT if female else words.YOUNG_MEN_NTT
                else:
                    pool = words.YOUNG_WOMEN_MUSLIM if female else words.YOUNG_MEN_MUSLIM
            else:
                pool = (words.FIRST_WOMEN if female else words.FIRST_MEN)[culture]
            first = rng.choice(pool)
            second_chance = {words.NTT: 0.92, words.SUNDA: 0.6, words.JAWA: 0.45}.get(culture, 0.5)
            name = first
            if rng.random() < second_chance:
                second = rng.choice((words.SECOND_WOMEN if female else words.SECOND_MEN)[culture])
                if second != first:
                    name = f"{first} {second}"
            if name not in self.used_names:
                break
        else:
            name = f"{name} {len(self.used_names)}"
        self.used_names.add(name)
        return name

    def _resident(self, story: _Story, sex: Sex, birth_year: int, occupation: str | None) -> Person:
        rng = self.rng
        if occupation is None:
            who = "f" if sex is Sex.FEMALE else "m"
            options = [
                (o, wt) for o, wt, only in words.OCCUPATIONS[self.culture] if only in ("", who)
            ]
            occupation = rng.choices([o for o, _ in options], [wt for _, wt in options])[0]
        hamlet = rng.choice(self.hamlets)
        person = story.add(
            Person(
                name=self._name(sex, birth_year),
                sex=sex,
                birth_year=birth_year,
                phone=self._phone(),
                hamlet=hamlet,
                occupation=occupation,
                is_resident=True,
            )
        )
        self.people.append(person)
        (self.women if sex is Sex.FEMALE else self.men).append(person)
        self.by_hamlet[hamlet].append(person)
        return person

    def _groups(self, story: _Story, themes: Sequence[words.Theme]) -> None:
        rng, culture, name = self.rng, self.culture, self.name
        farmer = f"Kelompok Tani {rng.choice(words.FARMER_GROUP_NAMES[culture])}"
        specs: list[tuple[str, GroupKind, float, bool, tuple[str, ...], bool]] = [
            # name, kind, women's share, formal, decision roles, young members only
            (f"TP PKK Desa {name}", GroupKind.WOMEN, 1.0, True, _OFFICERS, False),
            (f"BPD {name}", GroupKind.VILLAGE_COUNCIL, 0.25, True, _COUNCIL, False),
            (farmer, GroupKind.FARMERS, 0.25, rng.random() < 0.6, _OFFICERS, False),
        ]
        self.theme_groups: dict[str, int] = {}
        for theme in themes:
            if theme.group_prefix:
                self.theme_groups[theme.key] = len(specs)
                specs.append(
                    (
                        f"{theme.group_prefix} {rng.choice(theme.group_names)}",
                        theme.group_kind,
                        theme.women_share,
                        rng.random() < 0.4,
                        _OFFICERS,
                        False,
                    )
                )
            else:
                self.theme_groups[theme.key] = 2  # the farmers' group carries it
        circle = (
            f"Majelis Taklim {rng.choice(words.MUSLIM_CIRCLES)}"
            if culture in words.MUSLIM
            else f"Kelompok Umat Basis {rng.choice(words.CHRISTIAN_CIRCLES)}"
        )
        extras: list[tuple[str, GroupKind, float, bool, tuple[str, ...], bool]] = [
            (
                f"Karang Taruna {rng.choice(words.YOUTH_NAMES)}",
                GroupKind.YOUTH,
                0.4,
                True,
                _OFFICERS,
                True,
            ),
            (
                f"BUMDes {rng.choice(words.ENTERPRISE_NAMES)}",
                GroupKind.VILLAGE_ENTERPRISE,
                0.3,
                True,
                _ENTERPRISE,
                False,
            ),
            (circle, GroupKind.RELIGIOUS, 0.6, False, _OFFICERS, False),
        ]
        if not any(t.key == "pekarangan" for t in themes):
            extras.append(
                (
                    f"KWT {rng.choice(words.WOMEN_FARMER_NAMES)}",
                    GroupKind.FARMERS,
                    1.0,
                    False,
                    _OFFICERS,
                    False,
                )
            )
        if culture in (words.NTT, words.BUGIS) and not any(
            t.group_kind is GroupKind.FISHERS for t in themes
        ):
            extras.append(
                (
                    f"Kelompok Nelayan {rng.choice(words.FISHER_NAMES)}",
                    GroupKind.FISHERS,
                    0.1,
                    False,
                    _OFFICERS,
                    False,
                )
            )
        rng.shuffle(extras)
        wanted = max(len(specs), rng.randint(3, 6))
        specs.extend(extras[: max(0, wanted - len(specs))])
        for group_name, kind, women_share, formal, roles, young in specs:
            self.groups.append(
                self._group(story, group_name, kind, women_share, formal, roles, young)
            )
        self.pkk, self.bpd, self.farmers = self.groups[0], self.groups[1], self.groups[2]

    def _group(
        self,
        story: _Story,
        name: str,
        kind: GroupKind,
        women_share: float,
        formal: bool,
        roles: tuple[str, ...],
        young: bool,
    ) -> _Group:
        rng = self.rng
        today = story.time.now.date()
        founded = dt.date(rng.randint(1985 if formal else 2005, 2023), rng.randint(1, 12), 1)
        if kind is GroupKind.VILLAGE_COUNCIL:
            size = rng.randint(5, 9)
        elif kind is GroupKind.VILLAGE_ENTERPRISE:
            size = rng.randint(3, 5)
        else:
            size = rng.randint(9, 18)
        pool_w = [p for p in self.women if not young or (p.birth_year or 0) >= 1988]
        pool_m = [p for p in self.men if not young or (p.birth_year or 0) >= 1988]
        chosen: list[Person] = []
        officers: dict[str, Person] = {}

        def pick(female: bool) -> Person | None:
            first, other = (pool_w, pool_m) if female else (pool_m, pool_w)
            for pool in (first, other):
                free = [p for p in pool if p not in chosen]
                if free:
                    person = rng.choice(free)
                    chosen.append(person)
                    return person
            return None

        for role in roles:
            lead_share = 1.0 if women_share >= 0.9 else (women_share + self.women_lead) / 2
            person = pick(rng.random() < lead_share)
            if person is not None:
                officers[role] = person
        while len(chosen) < size and pick(rng.random() < women_share) is not None:
            pass
        group = story.add(
            CommunityGroup(
                name=name,
                kind=kind,
                founded_on=founded,
                is_formal=formal,
                contact_person_id=chosen[0].id,
                notes=None,
            )
        )
        officer_ids = {p.id: role for role, p in officers.items()}
        for person in chosen:
            role = officer_ids.get(person.id, "anggota")
            joined = _between(rng, max(founded, dt.date(2015, 1, 1)), today - _days(30))
            story.add(
                GroupMembership(
                    group_id=group.id,
                    person_id=person.id,
                    role=role,
                    is_decision_role=role != "anggota",
                    joined_on=joined,
                    left_on=None,
                )
            )
        return _Group(group, chosen, officers, women_share)

    # attendance ---------------------------------------------------------------------------

    def sample_people(
        self, pool: Sequence[Person], count: int, women_share: float | None = None
    ) -> list[Person]:
        """``count`` people of ``pool``, about ``women_share`` of them women."""
        rng = self.rng
        share = self.women_attend if women_share is None else women_share
        if share < 1.0:
            share = min(1.0, max(0.0, share + rng.uniform(-0.08, 0.08)))
        pool = list(dict.fromkeys(pool))
        pool_w = [p for p in pool if p.sex is Sex.FEMALE]
        pool_m = [p for p in pool if p.sex is Sex.MALE]
        count = min(count, len(pool))
        n_w = min(len(pool_w), round(count * share))
        n_m = min(len(pool_m), count - n_w)
        n_w = min(len(pool_w), count - n_m)
        picked = rng.sample(pool_w, n_w) + rng.sample(pool_m, n_m)
        rng.shuffle(picked)
        return picked


_OFFICERS = ("ketua", "sekretaris", "bendahara")
_COUNCIL = ("ketua", "wakil ketua", "sekretaris")
_ENTERPRISE = ("direktur", "sekretaris", "bendahara")


def _windows(rng: random.Random, phase: int) -> list[tuple[dt.date, dt.date]]:
    """The first and last day of each stage, placed so that ``phase`` is where TODAY falls."""
    lengths = [rng.randint(*DAYS[stage]) for stage in STAGES]
    if phase == CLOSED:
        total = sum(lengths)
        latest = TODAY - _days(20 + total)
        start = _between(rng, EARLIEST_PROGRAM, max(EARLIEST_PROGRAM, latest))
    else:
        into = rng.randint(max(1, lengths[phase] * 15 // 100), lengths[phase] * 85 // 100)
        start = TODAY - _days(into + sum(lengths[:phase]))
    windows = []
    for length in lengths:
        windows.append((start, start + _days(length - 1)))
        start += _days(length)
    return windows


# --- a program ----------------------------------------------------------------------------


@dataclass(eq=False)
class _Planned:
    """An activity of the action plan, with what the story needs to carry it out."""

    activity: Activity
    lines: list[BudgetLine]
    preds: list[_Planned]
    group: _Group
    training: bool = False
    logs: int = 0


@dataclass(eq=False)
class _Indicator:
    row: Indicator
    achievement: float  # how far toward the target it gets by the end
    last: float | None = None  # the latest measured value


@dataclass
class _Event:
    day: dt.date
    order: int
    run: Callable[[], None] = field(compare=False)


class _ProgramStory:
    """One program, told stage by stage up to where it stands on TODAY, on its own clock."""

    def __init__(
        self,
        village: _Village,
        theme: words.Theme,
        phase: int,
        windows: list[tuple[dt.date, dt.date]],
    ) -> None:
        self.v = village
        self.theme = theme
        self.phase = phase
        self.windows = dict(zip(STAGES, windows, strict=True))
        self.rng = village.rng
        self.start = windows[0][0]
        self.end = windows[-1][1]
        self.life = (self.end - self.start).days + 1
        self.story = _Story(village.code, village.rng, self.start, village.rows)
        self.lead = village.groups[village.theme_groups[theme.key]]
        self.agency = f"{theme.agency} {village.regency}"
        self.position = 0
        self.lane: dict[Stage, list[Activity]] = {stage: [] for stage in STAGES}
        self.last_milestone: Activity | None = None
        self.cadres: list[Person] = []
        self.technical: Person | None = None
        self.facilitators: list[Facilitator] = []
        self.meetings: list[tuple[Meeting, list[Person]]] = []
        self.problems: list[Problem] = []
        self.prioritised: list[Problem] = []
        self.theme_problem: Problem | None = None
        self.alternatives: dict[Problem, list[Alternative]] = {}
        self.chosen: list[Alternative] = []
        self.plans: list[ActionPlan] = []
        self.planned: list[_Planned] = []
        self.indicators: list[_Indicator] = []
        self.team: list[Person] = []
        self.findings = 0
        self.found: set[str] = set()
        self.handovers = 0
        self.seq = 0
        self.given: Counter[FundingSource] = Counter()
        # set as the story reaches them
        self.program: Program
        self.states: dict[Stage, StageState]
        self.generic: dict[Problem, words.VillageProblem] = {}
        self.side = False
        self.main_alternative: Alternative
        self.eval_day: dt.date
        self.close_day: dt.date

    # the frame ----------------------------------------------------------------------------

    def reached(self, stage: Stage) -> bool:
        return self.phase == CLOSED or stage.number - 1 <= self.phase

    def done(self, stage: Stage) -> bool:
        return self.phase == CLOSED or stage.number - 1 < self.phase

    def build(self) -> None:
        with simulated(self.story.time):
            self.story.at(self.start)
            changes = programs.create_program(
                self.v.session,
                village_code=self.v.code,
                name=self.theme.name,
                start_date=self.start,
                end_date=self._planned_end(),
                description=self.theme.description,
            )
            program = self.v.session.get(Program, changes.created[0])
            assert program is not None
            self.program = program
            self.states = {state.stage: state for state in program.stages}
            steps: list[tuple[Stage, Callable[[], str]]] = [
                (Stage.PREPARATION, self.preparation),
                (Stage.ASSESSMENT, self.assessment),
                (Stage.PLANNING, self.planning),
                (Stage.FORMALISATION, self.formalisation),
                (Stage.IMPLEMENTATION, self.implementation),
                (Stage.EVALUATION, self.evaluation),
                (Stage.TERMINATION, self.termination),
            ]
            for stage, tell in steps:
                if not self.reached(stage):
                    break
                first, last = self.windows[stage]
                state = self.states[stage]
                self.story.at(first)
                state.status = StageStatus.IN_PROGRESS
                state.started_on = first
                self.story.touch(state)
                summary = tell()
                self.story.at(min(last, TODAY))
                for activity in self.lane[stage]:
                    self.story.touch(activity)
                if self.done(stage):
                    state.status = StageStatus.DONE
                    state.completed_on = last
                    state.summary = summary
                else:
                    state.summary = f"Sedang berjalan. {summary}"
                self.story.touch(state)

    def _planned_end(self) -> dt.date:
        end = self.end + _days(self.rng.randint(0, 20))
        following = dt.date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return following - _days(1)  # the end of that month, as plans are written

    def end_of(self, stage: Stage) -> dt.date:
        return self.windows[stage][1]

    def happened(self, day: dt.date) -> bool:
        return day <= TODAY

    def add(self, row: S) -> S:
        return self.story.add(row)

    def responsible(
        self,
        row: Responsibility,
        day: dt.date,
        *,
        group: _Group | None = None,
        agency: str | None = None,
    ) -> None:
        """Who carries a record: the facilitator's share falls from ~90% to none at 85% of the
        program's life; after that the community runs everything."""
        rng = self.rng
        frac = (day - self.start).days / self.life
        facilitator_share = max(0.0, 0.92 * (1 - frac / 0.85))
        row.party_person_id = None
        row.party_group_id = None
        row.party_name = None
        if agency is not None:
            row.party_kind = PartyKind.OUTSIDE_AGENCY
            row.party_name = agency
        elif rng.random() < facilitator_share:
            row.party_kind = PartyKind.FACILITATOR
            row.party_person_id = (
                self.technical.id
                if self.technical is not None and rng.random() < 0.3
                else self.v.pendamping.id
            )
        elif rng.random() < 0.55:
            row.party_kind = PartyKind.COMMUNITY_GROUP
            row.party_group_id = (group or self.lead).row.id
        else:
            row.party_kind = PartyKind.COMMUNITY_MEMBER
            leaders = list((group or self.lead).officers.values()) + self.cadres
            row.party_person_id = rng.choice(leaders).id

    def meeting(
        self,
        stage: Stage,
        kind: MeetingKind,
        title: str,
        day: dt.date,
        *,
        pool: Sequence[Person] | None = None,
        size: tuple[int, int] = (12, 25),
        unnamed: tuple[int, int] = (0, 15),
        women_share: float | None = None,
        group: _Group | None = None,
        agency: str | None = None,
        location: str | None = None,
        chair: Person | None = None,
    ) -> tuple[Meeting, list[Person]]:
        rng, v = self.rng, self.v
        self.story.at(day)
        people = v.sample_people(pool or v.people, rng.randint(*size), women_share)
        if chair is not None and chair not in people:
            people.insert(0, chair)
        share = v.women_attend if women_share is None else women_share
        extra = rng.randint(*unnamed)
        ratio = 1.0 if share >= 1.0 else min(1.0, max(0.0, share + rng.uniform(-0.1, 0.1)))
        unnamed_women = round(extra * ratio)
        meeting = Meeting(
            program_id=self.program.id,
            stage=stage,
            kind=kind,
            title=title,
            held_on=day,
            location=location or f"Balai Desa {v.name}",
            unnamed_women=unnamed_women,
            unnamed_men=extra - unnamed_women,
        )
        self.responsible(meeting, day, group=group, agency=agency)
        self.add(meeting)
        women = sum(1 for p in people if p.sex is Sex.FEMALE) + unnamed_women
        total = len(people) + extra
        lead = chair or (people[0] if people else None)
        notes = [p for p in people if p is not lead]
        note_taker = rng.choice(notes) if notes else None
        for person in people:
            speak = 0.5 * (v.women_speak if person.sex is Sex.FEMALE else 1.0)
            role = None
            if person is lead:
                role = "pimpinan rapat"
            elif person is note_taker:
                role = "notulis"
            self.add(
                Attendance(
                    meeting_id=meeting.id,
                    person_id=person.id,
                    spoke=role is not None or rng.random() < speak,
                    decision_role=role,
                )
            )
        leader = lead.name if lead is not None else "pendamping"
        meeting.minutes = (
            f"Dipimpin {leader}. Hadir {total} orang, {women} di antaranya perempuan. {title}."
        )
        self.meetings.append((meeting, people))
        return meeting, people

    def note(self, stage: Stage, day: dt.date, author: Person | None = None) -> None:
        if not self.happened(day):
            return
        self.story.at(day)
        template = self.rng.choice(words.FIELD_NOTES[stage.value])
        text = template.format(
            kades=self.v.kades.name, dusun=self.rng.choice(self.v.hamlets), group=self.lead.row.name
        )
        self.add(
            FieldNote(
                program_id=self.program.id,
                stage=stage,
                noted_on=day,
                author_id=(author or self.v.pendamping).id,
                text=text,
            )
        )

    def lane_activity(
        self,
        stage: Stage,
        title: str,
        first: dt.date,
        last: dt.date,
        *,
        milestone: bool = False,
        chain: bool = False,
    ) -> Activity:
        """An activity of an early stage's lane; it happens as planned, so actual = planned."""
        progress = 0
        if self.happened(last):
            progress = 100
        elif self.happened(first):
            progress = min(95, _pct((TODAY - first).days + 1, (last - first).days + 1))
        activity = self.add(
            Activity(
                program_id=self.program.id,
                action_plan_id=None,
                stage=stage,
                title=title,
                planned_start=first,
                planned_end=last,
                baseline_start=None,
                baseline_end=None,
                actual_start=first if progress else None,
                actual_end=last if progress == 100 else None,
                progress=progress,
                is_milestone=milestone,
                position=self.next_position(),
            )
        )
        self.responsible(activity, first)
        self.lane[stage].append(activity)
        if chain:
            if self.last_milestone is not None:
                self.link(self.last_milestone, activity)
            self.last_milestone = activity
        return activity

    def next_position(self) -> int:
        self.position += 1
        return self.position

    def link(self, pred: Activity, succ: Activity, lag: int = 0) -> None:
        """A finish-to-start dependency, only where the dates allow it (so never a loop)."""
        gap = (succ.planned_start - pred.planned_end).days - 1
        if gap < 0:
            return
        self.add(
            Dependency(
                predecessor_id=pred.id,
                successor_id=succ.id,
                kind=DependencyKind.FINISH_TO_START,
                lag_days=min(lag, gap * 5 // 7),
            )
        )

    def run(self, events: list[_Event]) -> None:
        for event in sorted(events, key=lambda e: (e.day, e.order)):
            if self.happened(event.day):
                self.story.at(event.day)
                event.run()

    def event(self, day: dt.date, run: Callable[[], None]) -> _Event:
        self.seq += 1
        return _Event(day, self.seq, run)

    def people_count(self, meeting: Meeting, people: Sequence[Person]) -> tuple[int, int]:
        women = sum(1 for p in people if p.sex is Sex.FEMALE) + meeting.unnamed_women
        return women, len(people) + meeting.unnamed_women + meeting.unnamed_men

    # 1. preparation -----------------------------------------------------------------------

    def preparation(self) -> str:
        rng, v, stage = self.rng, self.v, Stage.PREPARATION
        first, last = self.windows[stage]
        self.facilitators.append(
            self.add(
                Facilitator(
                    program_id=self.program.id,
                    person_id=v.pendamping.id,
                    role="pendamping desa",
                    organisation=v.pendamping_office,
                    is_community=False,
                    assigned_on=first,
                    released_on=None,
                )
            )
        )
        visit = first + _days(rng.randint(2, 7))
        social = last - _days(rng.randint(2, 6))
        self.lane_activity(
            stage, "Silaturahmi dengan pemerintah desa dan tokoh masyarakat", first, visit
        )
        self.lane_activity(
            stage, "Pemetaan tokoh kunci dan lembaga lokal", visit, social - _days(3)
        )
        self.lane_activity(stage, "Sosialisasi program", social, social, milestone=True, chain=True)
        if rng.random() < 0.6:
            technical = v.outsider(self.story, "penyuluh lapangan", rng.randint(1978, 1996))
            self.technical = technical
            self.facilitators.append(
                self.add(
                    Facilitator(
                        program_id=self.program.id,
                        person_id=technical.id,
                        role="pendamping teknis",
                        organisation=self.agency,
                        is_community=False,
                        assigned_on=first + _days(rng.randint(3, 10)),
                        released_on=None,
                    )
                )
            )
        self.story.at(first + _days(1))
        hamlets = rng.sample(v.hamlets, 2)
        self.program.entry_plan = (
            f"Masuk melalui Kepala Desa {v.kades.name} dan perangkat desa, lalu bersilaturahmi "
            f"dengan {v.elder.name} dan pengurus {v.pkk.row.name}. Pendamping tinggal beberapa "
            f"hari di {hamlets[0]} dan {hamlets[1]} serta ikut kegiatan warga sebelum "
            "membicarakan program. Tidak membawa program jadi: masalah dan kebutuhan digali "
            "bersama warga. Pertemuan perempuan diadakan terpisah agar ibu-ibu leluasa bicara. "
            "Kader desa dipilih warga dalam sosialisasi."
        )
        self.story.touch(self.program)
        self.story.at(first + _days(rng.randint(2, 5)))
        contacts: list[tuple[Person | None, _Group | None, str]] = [
            (v.kades, None, "kepala desa"),
            (v.bpd.chair, v.bpd, "ketua BPD"),
            (v.elder, None, "tokoh agama"),
            (v.pkk.chair, v.pkk, "ketua TP PKK"),
            (v.bidan, None, "bidan desa"),
        ]
        if self.lead not in (v.pkk, v.bpd):
            contacts.append((self.lead.chair, self.lead, f"ketua {self.lead.row.name}"))
        for person, group, role in contacts[: rng.randint(4, len(contacts))]:
            self.add(
                KeyContact(
                    program_id=self.program.id,
                    person_id=person.id if person else None,
                    group_id=group.row.id if group else None,
                    role=role,
                    notes=None,
                )
            )
        leaders = [v.kades, v.sekdes, v.elder, v.pkk.chair, *v.bpd.officers.values()]
        if self.happened(visit):
            self.meeting(
                stage,
                MeetingKind.OTHER,
                "Silaturahmi dengan pemerintah desa dan tokoh masyarakat",
                visit,
                pool=leaders,
                size=(4, 8),
                unnamed=(0, 3),
                chair=v.kades,
                location=f"Kantor Desa {v.name}",
            )
        for _ in range(rng.randint(1, 3)):
            self.note(stage, _between(rng, first, last))
        summary = f"Pendamping desa {v.pendamping.name} ditugaskan"
        if self.happened(social):
            meeting, people = self.meeting(
                stage,
                MeetingKind.DELIBERATION,
                f"Sosialisasi program {self.theme.name.lower()}",
                social,
                size=(20, 38),
                unnamed=(5, 30),
                chair=v.kades,
            )
            women, total = self.people_count(meeting, people)
            cadres = [v.sample_people(v.women, 1, 1.0)[0]]
            if rng.random() < 0.7:
                cadres.append(v.sample_people(v.men, 1, 0.0)[0])
            for cadre in cadres:
                self.cadres.append(cadre)
                self.add(
                    Facilitator(
                        program_id=self.program.id,
                        person_id=cadre.id,
                        role="kader pemberdayaan masyarakat desa",
                        organisation=f"Desa {v.name}",
                        is_community=True,
                        assigned_on=social,
                        released_on=None,
                    )
                )
            summary += (
                f"; {len(cadres)} kader desa dipilih warga. Sosialisasi dihadiri {total} orang "
                f"({_pct(women, total)}% perempuan)."
            )
        else:
            summary += "; sosialisasi dijadwalkan " + _date_id(social) + "."
        return summary

    # 2. assessment ------------------------------------------------------------------------

    def assessment(self) -> str:
        rng, v, stage = self.rng, self.v, Stage.ASSESSMENT
        first, last = self.windows[stage]
        length = (last - first).days
        hamlets = rng.sample(v.hamlets, len(v.hamlets))  # a musyawarah in every dusun
        dusun_days = sorted(
            first + _days(rng.randint(2, max(3, length * 55 // 100))) for _ in hamlets
        )
        walk = first + _days(rng.randint(length // 4, max(length // 4, length * 6 // 10)))
        women_day = first + _days(rng.randint(length // 3, max(length // 3, length * 7 // 10)))
        ranking_day = last - _days(rng.randint(2, 5))
        self.lane_activity(stage, "Musyawarah dusun", dusun_days[0], dusun_days[-1], chain=True)
        self.lane_activity(stage, "Transek dan pemetaan sumber daya", walk, walk + _days(1))
        self.lane_activity(stage, "Diskusi kelompok perempuan", women_day, women_day)
        self.lane_activity(
            stage,
            "Pemeringkatan masalah dan kebutuhan",
            ranking_day,
            ranking_day,
            milestone=True,
            chain=True,
        )

        # what residents will raise: the program's problem and a few others of the village
        others = [p for p in words.VILLAGE_PROBLEMS if p.tag != self.theme.tag]
        raised = rng.sample(others, rng.randint(5, 8))
        pending: list[tuple[str, NeedKind, str | None, words.VillageProblem | None]] = [
            (self.theme.problem, self.theme.problem_kind, self.theme.problem_detail, None)
        ] + [(p.title, p.kind, None, p) for p in raised]
        forums: list[tuple[Meeting, list[Person]]] = []

        def raise_problems(meeting: Meeting, people: list[Person], count: int) -> None:
            for _ in range(count):
                if not pending:
                    return
                title, kind, detail, generic = pending.pop(0)
                by_group = rng.random() < 0.3
                problem = self.add(
                    Problem(
                        program_id=self.program.id,
                        meeting_id=meeting.id,
                        kind=kind,
                        title=title,
                        description=detail,
                        raised_by_person_id=None if by_group else rng.choice(people).id,
                        raised_by_group_id=rng.choice(v.groups).row.id if by_group else None,
                        affected_households=rng.randint(8, 140),
                        priority_rank=None,
                        is_prioritised=False,
                    )
                )
                self.problems.append(problem)
                if generic is None:
                    self.theme_problem = problem
                else:
                    self.generic[problem] = generic

        def resources(people: list[Person], kinds: Sequence[ResourceKind]) -> None:
            for kind in kinds:
                for name, unit, (low, high), each in rng.sample(
                    words.RESOURCES[kind], rng.randint(1, 2)
                ):
                    value: int | None = None
                    quantity: float | None = float(rng.randint(low, high))
                    shown_unit: str | None = unit
                    if kind is ResourceKind.FINANCIAL:
                        quantity, shown_unit = None, None
                        value = rng.randrange(2, 40) * 500_000
                    elif each:
                        value = int(quantity or 0) * each
                    holder = None
                    if (
                        kind in (ResourceKind.FINANCIAL, ResourceKind.PHYSICAL)
                        and rng.random() < 0.5
                    ):
                        holder = rng.choice(v.groups).row.id
                    self.add(
                        Resource(
                            program_id=self.program.id,
                            kind=kind,
                            name=name,
                            description=None,
                            quantity=quantity,
                            unit=shown_unit,
                            estimated_value=value,
                            held_by_group_id=holder,
                            raised_by_person_id=rng.choice(people).id if people else None,
                        )
                    )

        def dusun_meeting(hamlet: str, day: dt.date) -> Callable[[], None]:
            def run() -> None:
                local = v.by_hamlet[hamlet] or v.people
                pool = local if len(local) >= 8 else v.people
                meeting, people = self.meeting(
                    stage,
                    MeetingKind.DELIBERATION,
                    f"Musyawarah {hamlet}",
                    day,
                    pool=pool,
                    size=(10, 22),
                    unnamed=(5, 25),
                    location=f"Rumah kepala {hamlet}",
                )
                forums.append((meeting, people))
                raise_problems(meeting, people, rng.randint(2, 3))
                resources(people, [ResourceKind.HUMAN, ResourceKind.SOCIAL])

            return run

        def transect() -> None:
            _, people = self.meeting(
                stage,
                MeetingKind.TRANSECT,
                f"Transek desa: {' – '.join(hamlets[:2])}",
                walk,
                size=(5, 10),
                unnamed=(0, 4),
                location=hamlets[0],
            )
            resources(people, [ResourceKind.NATURAL, ResourceKind.PHYSICAL])

        def women_forum() -> None:
            meeting, people = self.meeting(
                stage,
                MeetingKind.FOCUS_GROUP,
                "Diskusi kelompok perempuan",
                women_day,
                pool=v.women,
                size=(8, 16),
                unnamed=(3, 12),
                women_share=1.0,
                group=v.pkk,
                chair=v.pkk.chair,
            )
            raise_problems(meeting, people, rng.randint(2, 3))
            resources(people, [ResourceKind.FINANCIAL])

        def ranking() -> None:
            meeting, people = self.meeting(
                stage,
                MeetingKind.DELIBERATION,
                "Musyawarah desa: pemeringkatan masalah dan kebutuhan",
                ranking_day,
                size=(22, 40),
                unnamed=(10, 40),
                chair=v.kades,
            )
            raise_problems(meeting, people, len(pending))
            self.rank(meeting, people, ranking_day)

        events = [
            self.event(day, dusun_meeting(h, day))
            for h, day in zip(hamlets, dusun_days, strict=True)
        ]
        events += [self.event(walk, transect), self.event(women_day, women_forum)]
        events.append(self.event(ranking_day, ranking))
        events += [
            self.event(_between(rng, first, last), self._note_event(stage))
            for _ in range(rng.randint(1, 2))
        ]
        self.run(events)
        met = [m for m, _ in self.meetings if m.stage is stage]
        summary = f"{len(met)} pertemuan; {len(self.problems)} masalah dan kebutuhan tercatat"
        if self.prioritised:
            top = ", ".join(p.title.lower() for p in self.prioritised)
            summary += f"; prioritas warga: {top}."
        else:
            summary += "; pemeringkatan dijadwalkan " + _date_id(ranking_day) + "."
        return summary

    def _note_event(self, stage: Stage) -> Callable[[], None]:
        def run() -> None:
            author = self.cadres[0] if self.cadres and self.rng.random() < 0.4 else None
            self.note(stage, self.story.time.now.date(), author)

        return run

    def rank(self, meeting: Meeting, people: list[Person], day: dt.date) -> None:
        """The community ranks its problems, by voting with beans or by pairwise comparison."""
        rng = self.rng
        theme = self.theme_problem
        assert theme is not None
        score: dict[Problem, float] = {p: 0.0 for p in self.problems}
        if rng.random() < 0.6:
            for voter in people:
                left = 3
                while left:
                    points = rng.randint(1, left)
                    weights = [6.0 if p is theme else 1.0 for p in self.problems]
                    problem = rng.choices(self.problems, weights)[0]
                    score[problem] += points
                    left -= points
                    self.add(
                        NeedVote(
                            problem_id=problem.id,
                            voter_person_id=voter.id,
                            points=points,
                            cast_on=day,
                        )
                    )
            best_other = max(s for p, s in score.items() if p is not theme)
            if score[theme] <= best_other:  # the women's group votes together, as one ballot
                extra = int(best_other - score[theme]) + rng.randint(1, 4)
                score[theme] += extra
                self.add(
                    NeedVote(problem_id=theme.id, voter_person_id=None, points=extra, cast_on=day)
                )
        else:
            field_ = [
                theme,
                *rng.sample(
                    [p for p in self.problems if p is not theme], min(4, len(self.problems) - 1)
                ),
            ]
            for i, a in enumerate(field_):
                for b in field_[i + 1 :]:
                    winner = theme if theme in (a, b) else rng.choice((a, b))
                    score[winner] += 1
                    self.add(
                        PairwiseChoice(
                            program_id=self.program.id,
                            first_id=a.id,
                            second_id=b.id,
                            winner_id=winner.id,
                        )
                    )
            for p in self.problems:  # the rest follow by households affected
                if p not in field_:
                    score[p] = -1 + (p.affected_households or 0) / 1000
        order = sorted(self.problems, key=lambda p: (-score[p], self.problems.index(p)))
        top = rng.randint(2, 3)
        for rank, problem in enumerate(order, start=1):
            problem.priority_rank = rank
            problem.is_prioritised = rank <= top
            self.story.touch(problem)
        self.prioritised = order[:top]

    # 3. planning --------------------------------------------------------------------------

    def planning(self) -> str:
        rng, v, stage = self.rng, self.v, Stage.PLANNING
        first, last = self.windows[stage]
        length = (last - first).days
        forum_days = sorted(
            first + _days(rng.randint(1, max(2, length * 6 // 10))) for _ in self.prioritised
        )
        vote_day = last - _days(rng.randint(2, 5))
        self.lane_activity(
            stage, "Diskusi alternatif bersama warga", forum_days[0], forum_days[-1], chain=True
        )
        self.lane_activity(
            stage,
            "Skoring dan pemilihan alternatif",
            vote_day,
            vote_day,
            milestone=True,
            chain=True,
        )
        self.side = rng.random() < 0.5

        def forum(problem: Problem, day: dt.date) -> Callable[[], None]:
            def run() -> None:
                _, people = self.meeting(
                    stage,
                    MeetingKind.FOCUS_GROUP,
                    f"Mencari jalan keluar: {problem.title}",
                    day,
                    size=(10, 22),
                    unnamed=(2, 12),
                )
                if problem is self.theme_problem:
                    options = list(self.theme.alternatives)
                else:
                    options = list(self.generic[problem].alternatives)
                alternatives = []
                for title, cost in options:
                    by_group = rng.random() < 0.35
                    alternatives.append(
                        self.add(
                            Alternative(
                                program_id=self.program.id,
                                problem_id=problem.id,
                                title=title,
                                description=None,
                                proposed_by_person_id=None if by_group else rng.choice(people).id,
                                proposed_by_group_id=rng.choice(v.groups).row.id
                                if by_group
                                else None,
                                estimated_cost=round(cost * rng.uniform(0.8, 1.25) * 2) * JUTA // 2,
                                chosen=False,
                                decided_at_meeting_id=None,
                            )
                        )
                    )
                self.alternatives[problem] = alternatives

            return run

        def choose() -> None:
            meeting, people = self.meeting(
                stage,
                MeetingKind.DELIBERATION,
                "Musyawarah pemilihan alternatif program",
                vote_day,
                size=(22, 40),
                unnamed=(10, 35),
                chair=v.kades,
            )
            criteria = [
                self.add(Criterion(program_id=self.program.id, name=name, weight=rng.randint(1, 3)))
                for name in rng.sample(words.CRITERIA, rng.randint(4, 5))
            ]
            for index, problem in enumerate(self.prioritised):
                options = self.alternatives.get(problem, [])
                if not options:
                    continue
                favourite = options[0] if problem is self.theme_problem else rng.choice(options)
                totals: dict[Alternative, int] = {}
                for alternative in options:
                    total = 0
                    for criterion in criteria:
                        low = 4 if alternative is favourite else 1
                        high = 5 if alternative is favourite else 4
                        points = rng.randint(low, high)
                        total += points * criterion.weight
                        self.add(
                            AlternativeScore(
                                alternative_id=alternative.id,
                                criterion_id=criterion.id,
                                score=points,
                            )
                        )
                    totals[alternative] = total
                voters = rng.sample(people, min(len(people), rng.randint(6, 14)))
                votes: Counter[Alternative] = Counter()
                for voter in voters:
                    pick = favourite if rng.random() < 0.7 else rng.choice(options)
                    votes[pick] += 1
                    self.add(
                        AlternativeVote(alternative_id=pick.id, voter_person_id=voter.id, votes=1)
                    )
                hands = {a: rng.randint(0, 6) for a in options if a is not favourite}
                rivals = max((votes[a] + n for a, n in hands.items()), default=0)
                hands[favourite] = max(rng.randint(8, 25), rivals + 1 - votes[favourite])
                for alternative in options:  # the rest of the hall, by show of hands
                    votes[alternative] += hands[alternative]
                    self.add(
                        AlternativeVote(
                            alternative_id=alternative.id,
                            voter_person_id=None,
                            votes=hands[alternative],
                        )
                    )
                winner = max(options, key=lambda a: (votes[a], totals[a]))
                if problem is self.theme_problem or (self.side and index == 1):
                    winner.chosen = True
                    winner.decided_at_meeting_id = meeting.id
                    self.story.touch(winner)
                    self.chosen.append(winner)
                    if problem is self.theme_problem:
                        self.main_alternative = winner

        events = [
            self.event(day, forum(p, day))
            for p, day in zip(self.prioritised, forum_days, strict=True)
        ]
        events.append(self.event(vote_day, choose))
        events += [self.event(_between(rng, first, last), self._note_event(stage))]
        self.run(events)
        count = sum(len(a) for a in self.alternatives.values())
        summary = (
            f"{count} alternatif diusulkan warga untuk {len(self.prioritised)} masalah prioritas"
        )
        if self.chosen:
            summary += "; terpilih: " + "; ".join(a.title.lower() for a in self.chosen) + "."
        else:
            summary += "; pemilihan dijadwalkan " + _date_id(vote_day) + "."
        return summary

    # 4. formalisation ---------------------------------------------------------------------

    def formalisation(self) -> str:
        rng, v, stage = self.rng, self.v, Stage.FORMALISATION
        first, last = self.windows[stage]
        draft_day = first + _days(rng.randint(2, 6))
        sign_day = last - _days(rng.randint(1, 4))
        self.lane_activity(
            stage,
            "Penyusunan rencana aksi bersama kelompok",
            first,
            sign_day - _days(1),
            chain=True,
        )
        signing = self.lane_activity(
            stage, "Penandatanganan berita acara", sign_day, sign_day, milestone=True, chain=True
        )
        if not self.happened(draft_day):
            return "Penyusunan rencana aksi dijadwalkan " + _date_id(draft_day) + "."
        self.meeting(
            stage,
            MeetingKind.FOCUS_GROUP,
            f"Rapat {self.lead.row.name} menyusun rencana kegiatan",
            draft_day,
            pool=self.lead.members + self.cadres,
            size=(6, 14),
            unnamed=(0, 5),
            women_share=self.lead.women_share,
            group=self.lead,
            chair=self.lead.chair,
        )
        self.draft(draft_day, signing)
        self.note(stage, _between(rng, draft_day, last))
        outside = sum(
            line.amount
            for p in self.planned
            for line in p.lines
            if line.source is FundingSource.OUTSIDE
        )
        community = sum(
            line.amount
            for p in self.planned
            for line in p.lines
            if line.source is FundingSource.COMMUNITY
        )
        budget = (
            f"{len(self.planned)} kegiatan, anggaran {_rp(outside + community)} "
            f"({_pct(community, outside + community)}% swadaya masyarakat)"
        )
        if not self.happened(sign_day):
            return f"Rancangan rencana aksi: {budget}; penandatanganan {_date_id(sign_day)}."
        meeting, people = self.meeting(
            stage,
            MeetingKind.DELIBERATION,
            "Musyawarah desa penetapan rencana aksi",
            sign_day,
            size=(22, 40),
            unnamed=(10, 35),
            chair=v.kades,
        )
        women, total = self.people_count(meeting, people)
        numbers: list[str] = []
        first_number = rng.randint(1, 38)  # this year's berita acara of the village so far
        for plan in self.plans:
            plan.agreed_on = sign_day
            self.story.touch(plan)
            number = (
                f"{first_number + len(numbers):03d}/BA/MUSDES/{words.ROMAN[sign_day.month - 1]}"
                f"/{sign_day.year}"
            )
            numbers.append(number)
            agreement = self.add(
                Agreement(
                    action_plan_id=plan.id,
                    number=number,
                    signed_on=sign_day,
                    location=f"Balai Desa {v.name}",
                    body=(
                        f"Pada hari {words.WEEKDAYS[sign_day.weekday()]}, tanggal "
                        f"{_date_id(sign_day)}, bertempat di Balai Desa {v.name}, musyawarah desa "
                        f"yang dihadiri {total} warga ({women} perempuan) menyepakati "
                        f"{plan.title.lower()}: {budget}. {self.lead.row.name} bertanggung jawab "
                        "atas pelaksanaannya."
                    ),
                    meeting_id=meeting.id,
                )
            )
            group = next(g for g in v.groups if g.row.id == plan.group_id)
            signers: list[tuple[Person, str]] = [
                (v.kades, "Kepala Desa"),
                (v.bpd.chair, "Ketua BPD"),
                (group.chair, f"Ketua {group.row.name}"),
                (v.pkk.chair, "Ketua TP PKK"),
                (v.pendamping, "Pendamping Desa"),
            ]
            seen: set[str] = set()
            for position, (person, role) in enumerate(signers, start=1):
                if person.name in seen:
                    continue
                seen.add(person.name)
                self.add(
                    Signatory(
                        agreement_id=agreement.id,
                        person_id=person.id,
                        name=person.name,
                        role=role,
                        signed=True,
                        position=position,
                    )
                )
        for planned in self.planned:
            activity = planned.activity
            activity.baseline_start = activity.planned_start
            activity.baseline_end = activity.planned_end
            self.story.touch(activity)
        return f"Berita acara {', '.join(numbers)} ditandatangani {_date_id(sign_day)}; {budget}."

    def draft(self, day: dt.date, signing: Activity) -> None:
        """The action plans, their activities, budget and indicators, as the groups wrote them."""
        rng, v, theme = self.rng, self.v, self.theme
        # the whole program stays within Rp 20-300 juta, a side plan included
        low, high = theme.budget[0], min(theme.budget[1], 230)
        total = math.exp(rng.uniform(math.log(low), math.log(high)))
        share = rng.uniform(0.2, 0.5)
        impl_first, impl_last = self.windows[Stage.IMPLEMENTATION]
        span = (impl_last - impl_first).days + 1
        main = self.add(
            ActionPlan(
                program_id=self.program.id,
                title=f"Rencana aksi {theme.name.lower()}",
                group_id=self.lead.row.id,
                alternative_id=self.main_alternative.id,
                agreed_on=None,
                notes=f"Disusun oleh {self.lead.row.name} bersama kader desa.",
            )
        )
        self.plans.append(main)
        steps = list(theme.steps)
        dates = _schedule(steps, impl_first, round(span * rng.uniform(0.8, 0.9)))
        planned = self.plan_steps(main, self.lead, steps, dates, total * JUTA, share)
        for p in planned:
            if not p.preds:
                self.link(signing, p.activity)
        side = [a for a in self.chosen if a is not self.main_alternative]
        if side:
            alternative = side[0]
            others = [g for g in v.groups if g not in (self.lead, v.pkk, v.bpd)]
            group = rng.choice(others or v.groups)
            plan = self.add(
                ActionPlan(
                    program_id=self.program.id,
                    title=f"Rencana aksi {alternative.title.lower()}",
                    group_id=group.row.id,
                    alternative_id=alternative.id,
                    agreed_on=None,
                    notes=f"Kegiatan pendamping, dikerjakan {group.row.name}.",
                )
            )
            self.plans.append(plan)
            side_steps = [
                words.Step(
                    f"{alternative.title}: {title}",
                    days,
                    (index - 1,) if index else (),
                    _side_lines(index),
                )
                for index, (title, days) in enumerate(words.SIDE_STEPS)
            ]
            begin = impl_first + _days(rng.randint(7, 30))
            room = (impl_last - begin).days
            side_dates = _schedule(side_steps, begin, round(room * rng.uniform(0.6, 0.85)))
            cost = min(
                (alternative.estimated_cost or 20 * JUTA) * rng.uniform(0.6, 1.0),
                total * JUTA * rng.uniform(0.15, 0.25),
            )
            done = self.plan_steps(plan, group, side_steps, side_dates, cost, share)
            self.link(signing, done[0].activity)
        self.plan_closing(planned)
        self.plan_indicators(day)

    def plan_steps(
        self,
        plan: ActionPlan,
        group: _Group,
        steps: Sequence[words.Step],
        dates: Sequence[tuple[dt.date, dt.date]],
        total: float,
        share: float,
    ) -> list[_Planned]:
        rng, v = self.rng, self.v
        made: list[_Planned] = []
        outside_weight = sum(
            ln.weight for s in steps for ln in s.lines if ln.source is FundingSource.OUTSIDE
        )
        community_weight = sum(
            ln.weight for s in steps for ln in s.lines if ln.source is FundingSource.COMMUNITY
        )
        for step, (first, last) in zip(steps, dates, strict=True):
            activity = self.add(
                Activity(
                    program_id=self.program.id,
                    action_plan_id=plan.id,
                    stage=Stage.IMPLEMENTATION,
                    title=step.title,
                    description=None,
                    planned_start=first,
                    planned_end=last,
                    baseline_start=None,
                    baseline_end=None,
                    actual_start=None,
                    actual_end=None,
                    progress=0,
                    is_milestone=step.milestone,
                    position=self.next_position(),
                )
            )
            training = step.title.startswith(("Pelatihan", "Sekolah lapang"))
            self.responsible(activity, first, group=group, agency=self.agency if training else None)
            lines = []
            for line in step.lines:
                if line.source is FundingSource.OUTSIDE:
                    amount = total * (1 - share) * line.weight / (outside_weight or 1)
                    source_name = line.source_name or self.agency
                else:
                    amount = total * share * line.weight / (community_weight or 1)
                    source_name = "Swadaya masyarakat"
                    if line.kind is ContributionKind.MONEY:
                        source_name = f"Iuran {group.row.name}"
                amount *= rng.uniform(0.75, 1.25)
                each = v.labour_rate if line.kind is ContributionKind.LABOUR else line.unit_value
                quantity = max(1, round(amount / each))
                lines.append(
                    self.add(
                        BudgetLine(
                            activity_id=activity.id,
                            description=line.description,
                            source=line.source,
                            source_name=source_name,
                            kind=line.kind,
                            quantity=float(quantity),
                            unit=line.unit,
                            unit_value=each,
                            amount=quantity * each,
                        )
                    )
                )
            preds = [made[i] for i in step.after]
            planned = _Planned(activity, lines, preds, group, training)
            for pred in preds:
                self.link(pred.activity, activity, lag=rng.choice((0, 0, 0, 1, 2)))
            made.append(planned)
        self.planned.extend(made)
        return made

    def plan_closing(self, implementation: Sequence[_Planned]) -> None:
        """The evaluation and termination lanes, planned and agreed with the action plan.

        They stay outside the action plan itself: the plan's activities are the work that
        implementation must bring to 100%."""
        rng = self.rng
        e_first, e_last = self.windows[Stage.EVALUATION]
        t_first, t_last = self.windows[Stage.TERMINATION]
        self.eval_day = e_last - _days(rng.randint(3, 6))
        self.close_day = t_last - _days(rng.randint(1, 3))
        report_end = t_first + _days(max(1, (t_last - t_first).days * 4 // 10))
        items: list[tuple[Stage, str, dt.date, dt.date, bool, words.Line | None]] = [
            (Stage.EVALUATION, "Pembentukan tim pemantau warga", e_first, e_first, True, None),
            (
                Stage.EVALUATION,
                "Pemantauan indikator oleh tim warga",
                e_first + _days(2),
                self.eval_day - _days(2),
                False,
                None,
            ),
            (
                Stage.EVALUATION,
                "Musyawarah evaluasi partisipatif",
                self.eval_day,
                self.eval_day,
                True,
                words.Line(
                    "Konsumsi musyawarah evaluasi",
                    FundingSource.COMMUNITY,
                    ContributionKind.MONEY,
                    "kali",
                    400_000,
                ),
            ),
            (
                Stage.TERMINATION,
                "Penyusunan laporan akhir bersama kelompok",
                t_first,
                report_end,
                False,
                words.Line(
                    "Penggandaan laporan akhir",
                    FundingSource.OUTSIDE,
                    ContributionKind.MONEY,
                    "paket",
                    350_000,
                    "Dana Desa",
                ),
            ),
            (
                Stage.TERMINATION,
                "Serah terima peran, aset dan catatan",
                self.close_day,
                self.close_day,
                False,
                None,
            ),
            (Stage.TERMINATION, "Penutupan program", t_last, t_last, True, None),
        ]
        previous: list[Activity] = [
            p.activity for p in implementation if not any(p in q.preds for q in implementation)
        ]
        for stage, title, first, last, milestone, line in items:
            activity = self.add(
                Activity(
                    program_id=self.program.id,
                    action_plan_id=None,
                    stage=stage,
                    title=title,
                    description=None,
                    planned_start=first,
                    planned_end=last,
                    baseline_start=None,
                    baseline_end=None,
                    actual_start=None,
                    actual_end=None,
                    progress=0,
                    is_milestone=milestone,
                    position=self.next_position(),
                )
            )
            self.responsible(activity, first)
            lines = []
            if line is not None:
                quantity = rng.randint(1, 2)
                lines.append(
                    self.add(
                        BudgetLine(
                            activity_id=activity.id,
                            description=line.description,
                            source=line.source,
                            source_name=line.source_name or f"Iuran {self.lead.row.name}",
                            kind=line.kind,
                            quantity=float(quantity),
                            unit=line.unit,
                            unit_value=line.unit_value,
                            amount=quantity * line.unit_value,
                        )
                    )
                )
            for pred in previous:
                self.link(pred, activity)
            previous = [activity]
            self.planned.append(_Planned(activity, lines, [], self.lead))

    def plan_indicators(self, day: dt.date) -> None:
        rng = self.rng
        specs = list(self.theme.indicators)
        if len(specs) > 4 and rng.random() < 0.5:
            specs.pop(rng.randrange(len(specs)))
        baseline_on = self.windows[Stage.ASSESSMENT][1]
        for spec in specs:
            baseline = _round_value(rng.uniform(*spec.baseline), spec.unit)
            target = _round_value(rng.uniform(*spec.target), spec.unit)
            row = self.add(
                Indicator(
                    program_id=self.program.id,
                    goal=spec.goal,
                    name=spec.name,
                    unit=spec.unit,
                    direction=spec.direction,
                    baseline_value=baseline,
                    baseline_on=baseline_on,
                    target_value=target,
                    target_on=self.program.end_date,
                    means_of_verification=rng.choice(
                        (
                            "Buku catatan kelompok",
                            "Pendataan rumah tangga oleh kader",
                            "Laporan bulanan pengurus",
                            "Pengamatan langsung tim pemantau",
                        )
                    ),
                )
            )
            self.indicators.append(_Indicator(row, rng.uniform(0.6, 1.25)))

    def measure(self, day: dt.date, at_share: float, *, team: bool) -> None:
        """Measure every indicator, ``at_share`` of the way from baseline to target."""
        rng = self.rng
        for indicator in self.indicators:
            row = indicator.row
            gap = row.target_value - row.baseline_value
            value = row.baseline_value + gap * indicator.achievement * at_share
            value += abs(gap) * rng.uniform(-0.05, 0.05)
            if row.direction is IndicatorDirection.INCREASE:
                value = max(value, 0.0)
            value = max(0.0, _round_value(value, row.unit))
            measurement = Measurement(indicator_id=row.id, measured_on=day, value=value, note=None)
            if team and self.team:
                measurement.party_kind = PartyKind.COMMUNITY_MEMBER
                measurement.party_person_id = rng.choice(self.team).id
                measurement.party_group_id = None
                measurement.party_name = None
            else:
                self.responsible(measurement, day)
            self.add(measurement)
            indicator.last = value

    # 5. implementation --------------------------------------------------------------------

    def implementation(self) -> str:
        rng, stage = self.rng, Stage.IMPLEMENTATION
        first, last = self.windows[stage]
        work = [p for p in self.planned if p.activity.stage is Stage.IMPLEMENTATION]
        actual: dict[int, tuple[dt.date, dt.date]] = {}
        for p in work:
            a = p.activity
            begin = a.planned_start + _days(rng.choice((0, 0, 1, 2, 3, 5, 8)))
            for pred in p.preds:
                begin = max(begin, actual[id(pred)][1] + _days(1))
            length = max(
                1, round(((a.planned_end - a.planned_start).days + 1) * rng.uniform(0.9, 1.15))
            )
            end = begin + _days(length - 1)
            if a.is_milestone:
                end = begin
            begin, end = min(begin, last), min(end, last)
            actual[id(p)] = (begin, end)
        events: list[_Event] = []
        for p in work:
            begin, end = actual[id(p)]
            events += self.work_events(p, begin, end)
            if p.training:
                events.append(self.event(begin, self._training(p, begin)))
        day = first + _days(rng.randint(20, 35))
        while day < last - _days(10):
            events.append(self.event(day, self._monthly(day)))
            day += _days(rng.randint(26, 35))
        mid = first + _days((last - first).days // 2)
        events.append(self.event(mid, lambda: self.measure(mid, 0.4, team=False)))
        for _ in range(rng.randint(1, 3)):
            events.append(self.event(_between(rng, first, last), self._note_event(stage)))
        self.run(events)
        done = sum(1 for p in work if p.activity.progress >= 100)
        return (
            f"{done} dari {len(work)} kegiatan selesai; swadaya masyarakat yang tercatat "
            f"{_rp(self.given[FundingSource.COMMUNITY])}, dukungan luar "
            f"{_rp(self.given[FundingSource.OUTSIDE])}."
        )

    def _training(self, planned: _Planned, day: dt.date) -> Callable[[], None]:
        def run() -> None:
            self.meeting(
                Stage.IMPLEMENTATION,
                MeetingKind.TRAINING,
                self.theme.training,
                day,
                pool=planned.group.members + self.cadres,
                size=(10, 20),
                unnamed=(0, 8),
                women_share=planned.group.women_share,
                group=planned.group,
                agency=self.agency if self.rng.random() < 0.7 else None,
            )

        return run

    def _monthly(self, day: dt.date) -> Callable[[], None]:
        def run() -> None:
            lead = self.lead
            self.meeting(
                Stage.IMPLEMENTATION,
                MeetingKind.DELIBERATION,
                f"Rapat bulanan {lead.row.name}",
                day,
                pool=lead.members,
                size=(max(4, len(lead.members) // 2), len(lead.members)),
                unnamed=(0, 4),
                women_share=lead.women_share,
                group=lead,
                chair=lead.chair,
                location=f"Rumah {lead.chair.name}",
            )

        return run

    def work_events(self, planned: _Planned, begin: dt.date, end: dt.date) -> list[_Event]:
        """An activity's start, then progress logs (recording contributions) over its days."""
        rng = self.rng
        activity = planned.activity
        length = (end - begin).days + 1
        count = 1 if activity.is_milestone else min(8, 1 + length // 12)
        days = sorted({begin + _days(round(length * (i + 1) / count) - 1) for i in range(count)})
        marks = [
            100 if i == len(days) - 1 else round(100 * (i + 1) / len(days) + rng.uniform(-5, 5))
            for i in range(len(days))
        ]
        realised = {
            id(line): rng.uniform(0.9, 1.2)
            if line.kind is ContributionKind.LABOUR
            else rng.uniform(0.9, 1.05)
            for line in planned.lines
        }
        # a late activity of the plan's end may be rescheduled: planned dates move, not baseline
        movable = activity.stage is Stage.IMPLEMENTATION and not any(
            planned in other.preds for other in self.planned
        )
        moved = movable and begin > activity.planned_start and rng.random() < 0.4

        def start() -> None:
            activity.actual_start = begin
            if moved:
                span = activity.planned_end - activity.planned_start
                activity.planned_start = begin
                activity.planned_end = max(begin, min(begin + span, self.end_of(activity.stage)))
            self.story.touch(activity)

        events = [self.event(begin, start)]
        before = 0
        for index, (day, progress) in enumerate(zip(days, marks, strict=True)):

            def run(
                index: int = index,
                day: dt.date = day,
                progress: int = progress,
                before: int = before,
            ) -> None:
                self.log(planned, index, day, progress, before, realised)
                activity.progress = progress
                if progress >= 100:
                    activity.actual_end = end
                self.story.touch(activity)

            events.append(self.event(day, run))
            before = progress
        return events

    def log(
        self,
        planned: _Planned,
        index: int,
        day: dt.date,
        progress: int,
        before: int,
        realised: dict[int, float],
    ) -> None:
        rng, group = self.rng, planned.group
        present = rng.randint(max(3, len(group.members) // 2), len(group.members) + 8)
        women = round(present * min(1.0, max(0.0, group.women_share + rng.uniform(-0.1, 0.1))))
        log = ProgressLog(
            activity_id=planned.activity.id,
            logged_on=day,
            progress=min(progress, 100),
            actual_cost=0,
            women_present=women,
            men_present=present - women,
            problems_met=rng.choice(words.PROGRESS_PROBLEMS) if rng.random() < 0.25 else None,
            notes=rng.choice(words.PROGRESS_NOTES),
        )
        self.responsible(log, day, group=group)
        self.add(log)
        step = (min(progress, 100) - before) / 100
        cost = 0
        for line in planned.lines:
            if line.kind is ContributionKind.LABOUR:
                part = step
            elif line.source is FundingSource.OUTSIDE or line.kind is ContributionKind.MATERIAL:
                part = 1.0 if index == 0 else 0.0  # bought or brought at the start
            else:
                part = step
            if part <= 0:
                continue
            quantity = line.quantity * part * realised[id(line)]
            if line.kind is ContributionKind.LABOUR:
                quantity = max(0.5, round(quantity * 2) / 2)
            else:
                quantity = max(1.0, float(round(quantity)))
            value = round(quantity * line.unit_value)
            cost += value
            self.given[line.source] += value
            person_id = None
            group_id = None
            name = None
            if line.source is FundingSource.OUTSIDE:
                name = line.source_name
            elif line.kind is ContributionKind.MATERIAL and group.members:
                person_id = rng.choice(group.members).id
            else:
                group_id = group.row.id
            self.add(
                Contribution(
                    activity_id=planned.activity.id,
                    progress_log_id=log.id,
                    source=line.source,
                    kind=line.kind,
                    contributor_person_id=person_id,
                    contributor_group_id=group_id,
                    contributor_name=name,
                    given_on=day,
                    quantity=quantity,
                    unit=line.unit,
                    value=value,
                    description=line.description,
                )
            )
        log.actual_cost = cost

    # 6. evaluation ------------------------------------------------------------------------

    def evaluation(self) -> str:
        rng, v, stage = self.rng, self.v, Stage.EVALUATION
        first, last = self.windows[stage]
        lane = [p for p in self.planned if p.activity.stage is stage]
        events: list[_Event] = []

        def form_team() -> None:
            pool = [p for p in self.lead.members if p not in self.lead.officers.values()]
            members = v.sample_people(pool or v.people, rng.randint(3, 5), 0.5)
            roles = ["koordinator", "sekretaris"] + ["anggota"] * 5
            for person, role in zip(members, roles, strict=False):
                self.team.append(person)
                self.add(
                    MonitoringMember(
                        program_id=self.program.id, person_id=person.id, role=role, joined_on=first
                    )
                )

        events.append(self.event(first, form_team))
        checks = sorted(  # the team meets every two to three weeks until the evaluation
            {
                day
                for day in (first + _days(7 + 17 * i + rng.randint(0, 4)) for i in range(4))
                if day < self.eval_day - _days(3)
            }
        )
        for number, day in enumerate(checks, start=1):

            def check(day: dt.date = day, number: int = number) -> None:
                meeting, _ = self.meeting(
                    stage,
                    MeetingKind.MONITORING,
                    f"Pertemuan tim pemantau warga ke-{number}",
                    day,
                    pool=self.team + list(self.lead.officers.values()),
                    size=(4, 9),
                    unnamed=(0, 2),
                    women_share=0.5,
                    group=self.lead,
                )
                self.measure(day, min(0.95, 0.7 + 0.08 * number), team=True)
                self.finding(meeting, day, rng.choice(("problem", "success")))

            events.append(self.event(day, check))

        def evaluate() -> None:
            meeting, _ = self.meeting(
                stage,
                MeetingKind.EVALUATION,
                "Evaluasi partisipatif bersama warga",
                self.eval_day,
                size=(22, 40),
                unnamed=(8, 30),
                group=self.lead,
                chair=self.lead.chair,
            )
            for kind in ("success", "problem", "lesson", "recommendation"):
                for _ in range(rng.randint(1, 2)):
                    self.finding(meeting, self.eval_day, kind)

        events.append(self.event(self.eval_day, evaluate))
        events += self.lane_events(lane)
        events.append(self.event(_between(rng, first, last), self._note_event(stage)))
        self.run(events)
        women = sum(1 for p in self.team if p.sex is Sex.FEMALE)
        return (
            f"Tim pemantau warga {len(self.team)} orang ({women} perempuan); "
            f"{self.findings} temuan evaluasi."
        )

    def finding(self, meeting: Meeting, day: dt.date, kind: str) -> None:
        rng = self.rng
        goals = [i.row.goal for i in self.indicators] + [Goal.COMMUNITY]
        fresh = [t for t in words.FINDINGS[kind] if t not in self.found]
        text = rng.choice(fresh or words.FINDINGS[kind])
        self.found.add(text)
        row = Finding(
            program_id=self.program.id,
            meeting_id=meeting.id,
            kind=FindingKind(kind),
            goal=rng.choice(goals),
            text=text,
            recommendation=rng.choice(words.FINDINGS["recommendation"])
            if kind == "problem"
            else None,
            found_on=day,
        )
        self.responsible(row, day, group=self.lead)
        self.add(row)
        self.findings += 1

    def lane_events(self, lane: Sequence[_Planned]) -> list[_Event]:
        """Evaluation and termination activities happen on their planned days."""
        events = []
        for planned in lane:
            activity = planned.activity
            events += self.work_events(planned, activity.planned_start, activity.planned_end)
        return events

    # 7. termination -----------------------------------------------------------------------

    def termination(self) -> str:
        rng, v, stage = self.rng, self.v, Stage.TERMINATION
        first, last = self.windows[stage]
        lane = [p for p in self.planned if p.activity.stage is stage]
        self.story.at(first)
        texts = rng.sample(words.EXIT_ITEMS, rng.randint(6, len(words.EXIT_ITEMS)))
        items = [
            self.add(
                ExitItem(
                    program_id=self.program.id,
                    text=text,
                    done=False,
                    done_on=None,
                    position=position,
                )
            )
            for position, text in enumerate(texts, start=1)
        ]
        events: list[_Event] = []
        for item in items:
            day = _between(rng, first + _days(3), last)

            def tick(item: ExitItem = item, day: dt.date = day) -> None:
                item.done = True
                item.done_on = day
                self.story.touch(item)

            events.append(self.event(day, tick))

        def close() -> None:
            self.meeting(
                stage,
                MeetingKind.DELIBERATION,
                "Musyawarah desa serah terima dan penutupan program",
                self.close_day,
                size=(22, 40),
                unnamed=(8, 30),
                group=self.lead,
                chair=v.kades,
            )
            asset_value = sum(
                line.amount
                for p in self.planned
                for line in p.lines
                if line.source is FundingSource.OUTSIDE and line.kind is ContributionKind.MATERIAL
            )
            handovers: list[tuple[HandoverKind, str, _Group | None, Person | None, int | None]] = [
                (
                    HandoverKind.ASSET,
                    self.theme.asset,
                    self.lead,
                    None,
                    int(round(asset_value * rng.uniform(0.6, 0.85), -3)),
                ),
                (
                    HandoverKind.ROLE,
                    "Pendampingan kelompok diteruskan oleh kader desa",
                    None,
                    self.cadres[0] if self.cadres else self.lead.chair,
                    None,
                ),
                (
                    HandoverKind.ROLE,
                    "Pemantauan indikator oleh tim pemantau warga",
                    self.lead,
                    None,
                    None,
                ),
                (
                    HandoverKind.RECORD,
                    "Buku kas, notulen, berita acara dan dokumentasi kegiatan",
                    self.lead,
                    None,
                    None,
                ),
            ]
            if rng.random() < 0.5:
                handovers.append(
                    (
                        HandoverKind.RECORD,
                        "Salinan laporan akhir untuk arsip desa",
                        v.bpd,
                        None,
                        None,
                    )
                )
            for kind, text, group, person, value in handovers:
                self.add(
                    Handover(
                        program_id=self.program.id,
                        kind=kind,
                        description=text,
                        to_group_id=group.row.id if group else None,
                        to_person_id=person.id if person else None,
                        handed_on=self.close_day,
                        value=value,
                    )
                )
                self.handovers += 1

        events.append(self.event(self.close_day, close))
        events.append(
            self.event(
                self.close_day - _days(1),
                lambda: self.measure(self.close_day - _days(1), 1.0, team=True),
            )
        )
        events += self.lane_events(lane)
        events.append(self.event(_between(rng, first, last), self._note_event(stage)))
        self.run(events)
        if self.phase != CLOSED:
            done = sum(1 for i in items if i.done)
            return f"{done} dari {len(items)} butir daftar keluar selesai."
        self.story.at(last)
        for facilitator in self.facilitators:
            facilitator.released_on = last
            self.story.touch(facilitator)
        reached = sum(1 for i in self.indicators if _reached(i))
        outside = sum(
            line.amount
            for p in self.planned
            for line in p.lines
            if line.source is FundingSource.OUTSIDE
        )
        community = sum(
            line.amount
            for p in self.planned
            for line in p.lines
            if line.source is FundingSource.COMMUNITY
        )
        months = round((last - self.start).days / 30.4)
        self.program.closed_on = last
        self.program.final_report = (
            f"Program {self.theme.name.lower()} di Desa {v.name} berjalan {months} bulan "
            f"({_date_id(self.start)} – {_date_id(last)}). Anggaran {_rp(outside + community)}, "
            f"{_pct(community, outside + community)}% dari swadaya masyarakat. {reached} dari "
            f"{len(self.indicators)} indikator mencapai target. Peran pendamping telah diserahkan "
            f"kepada {self.lead.row.name} dan kader desa; kegiatan lanjutan masuk RKP Desa "
            f"{last.year + 1}."
        )
        self.story.touch(self.program)
        return (
            f"Program ditutup {_date_id(last)}; {self.handovers} serah terima kepada kelompok "
            "dan kader; peran pendamping nol."
        )


def _reached(indicator: _Indicator) -> bool:
    row = indicator.row
    if indicator.last is None:
        return False
    if row.direction is IndicatorDirection.INCREASE:
        return indicator.last >= row.target_value
    return indicator.last <= row.target_value


def _schedule(
    steps: Sequence[words.Step], first: dt.date, span: int
) -> list[tuple[dt.date, dt.date]]:
    """Earliest dates for steps after their predecessors, stretched to fill ``span`` days."""
    starts: list[int] = []
    ends: list[int] = []
    for step in steps:
        begin = max((ends[i] + 1 for i in step.after), default=0)
        starts.append(begin)
        ends.append(begin + (1 if step.milestone else step.days) - 1)
    scale = span / (max(ends) + 1)
    dates = []
    for begin, end in zip(starts, ends, strict=True):
        a = int(begin * scale)
        b = max(a, int((end + 1) * scale) - 1)
        dates.append((first + _days(a), first + _days(b)))
    return dates


def _side_lines(index: int) -> tuple[words.Line, ...]:
    """The budget of a side plan's three steps: prepare, build together, maintain."""
    community, outside = FundingSource.COMMUNITY, FundingSource.OUTSIDE
    money, material = ContributionKind.MONEY, ContributionKind.MATERIAL
    if index == 0:
        return (
            words.Line("Bahan dan alat", outside, material, "paket", 2_500_000, "Dana Desa"),
            words.Line("Bahan lokal dari warga", community, material, "paket", 300_000),
        )
    if index == 1:
        return (
            words.gotong_royong(1.5),
            words.Line(
                "Bahan bangunan dan perlengkapan",
                outside,
                material,
                "paket",
                1_500_000,
                "Dana Desa",
            ),
        )
    return (
        words.gotong_royong(0.5),
        words.Line("Iuran pemeliharaan", community, money, "bulan", 100_000, "", 0.3),
    )


def _summary(
    picks: Sequence[tuple[places.PlaceInfo, str]], totals: Counter[str], phases: Counter[int]
) -> str:
    regencies = {info.code.rsplit(".", 2)[0] for info, _ in picks}
    provinces = sorted({places.place(info.code.split(".")[0]).name for info, _ in picks})
    rows = sum(totals.values())
    stages = ", ".join(f"{stage.value} {phases[i]}" for i, stage in enumerate(STAGES))
    return (
        f"Demo data for {len(picks)} villages in {len(regencies)} regencies of "
        f"{len(provinces)} provinces ({', '.join(provinces)}): {totals['Person']:,} people, "
        f"{totals['CommunityGroup']:,} community groups, {totals['Program']:,} programs "
        f"(current stage: {stages}; closed {phases[CLOSED]}), {totals['Meeting']:,} meetings "
        f"with {totals['Attendance']:,} named attendances, {totals['Activity']:,} activities, "
        f"{totals['Contribution']:,} contributions; {rows:,} rows in all "
        f"({rows // max(1, len(picks)):,} per village)."
    )
