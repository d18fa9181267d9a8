"""A demo village's register: its residents, the pendamping, community groups and their members.

The register comes before any program, and the core has no operation for it: a community group
and its memberships are made by no wizard, and :func:`desktop.core.people.add_person` adds a
person to a program's village on the spot. So these rows are written directly, stamped on the
register's own clock; everything a program does goes through the core's operations.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core import places
from desktop.core.demo import names as words
from desktop.core.demo.story import Story, between, days
from desktop.core.domain import GroupKind, Sex
from desktop.core.models import CommunityGroup, GroupMembership, Person

OFFICERS = ("ketua", "sekretaris", "bendahara")
COUNCIL = ("ketua", "wakil ketua", "sekretaris")
ENTERPRISE = ("direktur", "sekretaris", "bendahara")

# name, kind, women's share, formal, decision roles, young members only
GroupSpec = tuple[str, GroupKind, float, bool, tuple[str, ...], bool]


@dataclass(eq=False)
class Group:
    row: CommunityGroup
    members: list[Person]
    officers: dict[str, Person]  # role -> person, for the decision roles
    women_share: float

    @property
    def chair(self) -> Person:
        return next(iter(self.officers.values()))


class Village:
    """One village's people and groups, and how it does on equality."""

    def __init__(self, info: places.PlaceInfo, culture: str, rng: random.Random) -> None:
        self.code = info.code
        self.name = info.name
        self.culture = culture
        self.rng = rng
        lineage = places.lineage(info.code)
        self.regency = lineage[1].name
        self.district = lineage[2].name
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
        self.groups: list[Group] = []
        self.used_names: set[str] = set()
        self.theme_groups: dict[str, int] = {}

    def register(self, story: Story, themes: Sequence[words.Theme]) -> None:
        """The facilitator's first day: residents, the pendamping, groups and members."""
        rng = self.rng
        total = rng.randint(25, 60)
        women = total // 2 + rng.randint(-2, 2)
        female = Sex.FEMALE if rng.random() < 0.15 else Sex.MALE
        self.kades = self._resident(story, female, rng.randint(1964, 1986), "kepala desa")
        female = Sex.FEMALE if rng.random() < 0.4 else Sex.MALE
        self.sekdes = self._resident(story, female, rng.randint(1975, 1995), "sekretaris desa")
        self.bidan = self._resident(story, Sex.FEMALE, rng.randint(1980, 1997), "bidan desa")
        faith = "guru ngaji" if self.culture in words.MUSLIM else "katekis"
        self.elder = self._resident(story, Sex.MALE, rng.randint(1950, 1975), faith)
        while len(self.people) < total:
            female_next = len(self.women) < women and (
                len(self.men) >= total - women or rng.random() < 0.5
            )
            sex = Sex.FEMALE if female_next else Sex.MALE
            self._resident(story, sex, self._birth_year(), None)
        fields = self.outsider("pendamping desa", rng.randint(1985, 1997))
        self.pendamping = story.stamp(Person(**fields))
        self.pendamping_office = rng.choice(
            (
                f"Tenaga Pendamping Profesional Kecamatan {self.district}",
                f"Dinas Pemberdayaan Masyarakat dan Desa {self.regency}",
            )
        )
        self._groups(story, themes)

    def outsider(self, occupation: str, birth_year: int) -> dict[str, Any]:
        """A facilitator or officer from outside: recorded in the village, not a resident."""
        sex = Sex.FEMALE if self.rng.random() < 0.4 else Sex.MALE
        return {
            "name": self._name(sex, birth_year),
            "sex": sex,
            "birth_year": birth_year,
            "phone": self._phone(always=True),
            "hamlet": None,
            "occupation": occupation,
            "is_resident": False,
        }

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

    def _resident(self, story: Story, sex: Sex, birth_year: int, occupation: str | None) -> Person:
        rng = self.rng
        if occupation is None:
            who = "f" if sex is Sex.FEMALE else "m"
            options = [
                (o, wt) for o, wt, only in words.OCCUPATIONS[self.culture] if only in ("", who)
            ]
            occupation = rng.choices([o for o, _ in options], [wt for _, wt in options])[0]
        hamlet = rng.choice(self.hamlets)
        name = self._name(sex, birth_year)
        phone = self._phone()
        person = story.stamp(
            Person(
                name=name,
                sex=sex,
                birth_year=birth_year,
                phone=phone,
                hamlet=hamlet,
                occupation=occupation,
                is_resident=True,
            )
        )
        self.people.append(person)
        (self.women if sex is Sex.FEMALE else self.men).append(person)
        self.by_hamlet[hamlet].append(person)
        return person

    def _groups(self, story: Story, themes: Sequence[words.Theme]) -> None:
        rng, culture, name = self.rng, self.culture, self.name
        farmer = f"Kelompok Tani {rng.choice(words.FARMER_GROUP_NAMES[culture])}"
        specs: list[GroupSpec] = [
            (f"TP PKK Desa {name}", GroupKind.WOMEN, 1.0, True, OFFICERS, False),
            (f"BPD {name}", GroupKind.VILLAGE_COUNCIL, 0.25, True, COUNCIL, False),
            (farmer, GroupKind.FARMERS, 0.25, rng.random() < 0.6, OFFICERS, False),
        ]
        for theme in themes:
            if theme.group_prefix:
                self.theme_groups[theme.key] = len(specs)
                group_name = f"{theme.group_prefix} {rng.choice(theme.group_names)}"
                formal = rng.random() < 0.4
                specs.append(
                    (group_name, theme.group_kind, theme.women_share, formal, OFFICERS, False)
                )
            else:
                self.theme_groups[theme.key] = 2  # the farmers' group carries it
        circle = (
            f"Majelis Taklim {rng.choice(words.MUSLIM_CIRCLES)}"
            if culture in words.MUSLIM
            else f"Kelompok Umat Basis {rng.choice(words.CHRISTIAN_CIRCLES)}"
        )
        youth = f"Karang Taruna {rng.choice(words.YOUTH_NAMES)}"
        enterprise = f"BUMDes {rng.choice(words.ENTERPRISE_NAMES)}"
        extras: list[GroupSpec] = [
            (youth, GroupKind.YOUTH, 0.4, True, OFFICERS, True),
            (enterprise, GroupKind.VILLAGE_ENTERPRISE, 0.3, True, ENTERPRISE, False),
            (circle, GroupKind.RELIGIOUS, 0.6, False, OFFICERS, False),
        ]
        if not any(t.key == "pekarangan" for t in themes):
            kwt = f"KWT {rng.choice(words.WOMEN_FARMER_NAMES)}"
            extras.append((kwt, GroupKind.FARMERS, 1.0, False, OFFICERS, False))
        if culture in (words.NTT, words.BUGIS) and not any(
            t.group_kind is GroupKind.FISHERS for t in themes
        ):
            fishers = f"Kelompok Nelayan {rng.choice(words.FISHER_NAMES)}"
            extras.append((fishers, GroupKind.FISHERS, 0.1, False, OFFICERS, False))
        rng.shuffle(extras)
        wanted = max(len(specs), rng.randint(3, 6))
        specs.extend(extras[: max(0, wanted - len(specs))])
        for spec in specs:
            self.groups.append(self._group(story, spec))
        self.pkk, self.bpd, self.farmers = self.groups[0], self.groups[1], self.groups[2]

    def _group(self, story: Story, spec: GroupSpec) -> Group:
        name, kind, women_share, formal, roles, young = spec
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
        group = CommunityGroup(
            name=name,
            kind=kind,
            founded_on=founded,
            is_formal=formal,
            contact_person_id=chosen[0].id,
            notes=None,
        )
        story.stamp(group)
        officer_ids = {p.id: role for role, p in officers.items()}
        for person in chosen:
            role = officer_ids.get(person.id, "anggota")
            joined = between(rng, max(founded, dt.date(2015, 1, 1)), today - days(30))
            story.stamp(
                GroupMembership(
                    group_id=group.id,
                    person_id=person.id,
                    role=role,
                    is_decision_role=role != "anggota",
                    joined_on=joined,
                    left_on=None,
                )
            )
        return Group(group, chosen, officers, women_share)

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
