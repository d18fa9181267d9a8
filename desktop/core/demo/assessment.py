"""The demo's assessment story: the residents raise their problems and rank them.

A musyawarah in every dusun, a transect walk, the women's forum, and the village meeting that
ranks the problems and needs, by beans or by pairs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable, Sequence

from desktop.core.demo import names as words
from desktop.core.demo.frame import ProgramStory
from desktop.core.demo.story import between, date_id, days
from desktop.core.domain import MeetingKind, NeedKind, ResourceKind, Stage
from desktop.core.models import Person, Problem
from desktop.core.stages import (
    NeedVoteInput,
    RankingMethod,
    add_problem,
    add_resource,
    rank_problems,
    record_need_votes,
    record_pairwise_choice,
    set_priorities,
)

Pending = tuple[str, NeedKind, str | None, words.VillageProblem | None]


def tell(p: ProgramStory) -> str:
    rng, v, stage = p.rng, p.v, Stage.ASSESSMENT
    first, last = p.windows[stage]
    length = (last - first).days
    hamlets = rng.sample(v.hamlets, len(v.hamlets))  # a musyawarah in every dusun
    dusun_days = sorted(first + days(rng.randint(2, max(3, length * 55 // 100))) for _ in hamlets)
    walk = first + days(rng.randint(length // 4, max(length // 4, length * 6 // 10)))
    women_day = first + days(rng.randint(length // 3, max(length // 3, length * 7 // 10)))
    ranking_day = last - days(rng.randint(2, 5))
    p.lane_activity(stage, "Musyawarah dusun", dusun_days[0], dusun_days[-1], chain=True)
    p.lane_activity(stage, "Transek dan pemetaan sumber daya", walk, walk + days(1))
    p.lane_activity(stage, "Diskusi kelompok perempuan", women_day, women_day)
    p.lane_activity(
        stage,
        "Pemeringkatan masalah dan kebutuhan",
        ranking_day,
        ranking_day,
        milestone=True,
        chain=True,
    )

    # what residents will raise: the program's problem and a few others of the village
    others = [x for x in words.VILLAGE_PROBLEMS if x.tag != p.theme.tag]
    raised = rng.sample(others, rng.randint(5, 8))
    pending: list[Pending] = [
        (p.theme.problem, p.theme.problem_kind, p.theme.problem_detail, None)
    ] + [(x.title, x.kind, None, x) for x in raised]

    def dusun_meeting(hamlet: str, day: dt.date) -> Callable[[], None]:
        def run() -> None:
            local = v.by_hamlet[hamlet] or v.people
            pool = local if len(local) >= 8 else v.people
            meeting_id, people, _, _ = p.meeting(
                stage,
                MeetingKind.DELIBERATION,
                f"Musyawarah {hamlet}",
                day,
                pool=pool,
                size=(10, 22),
                unnamed=(5, 25),
                location=f"Rumah kepala {hamlet}",
            )
            _raise(p, pending, meeting_id, people, rng.randint(2, 3))
            _resources(p, people, [ResourceKind.HUMAN, ResourceKind.SOCIAL])

        return run

    def transect() -> None:
        _, people, _, _ = p.meeting(
            stage,
            MeetingKind.TRANSECT,
            f"Transek desa: {' – '.join(hamlets[:2])}",
            walk,
            size=(5, 10),
            unnamed=(0, 4),
            location=hamlets[0],
        )
        _resources(p, people, [ResourceKind.NATURAL, ResourceKind.PHYSICAL])

    def women_forum() -> None:
        meeting_id, people, _, _ = p.meeting(
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
        _raise(p, pending, meeting_id, people, rng.randint(2, 3))
        _resources(p, people, [ResourceKind.FINANCIAL])

    def ranking() -> None:
        meeting_id, people, _, _ = p.meeting(
            stage,
            MeetingKind.DELIBERATION,
            "Musyawarah desa: pemeringkatan masalah dan kebutuhan",
            ranking_day,
            size=(22, 40),
            unnamed=(10, 40),
            chair=v.kades,
        )
        _raise(p, pending, meeting_id, people, len(pending))
        _rank(p, people, ranking_day)

    events = [
        p.event(day, dusun_meeting(h, day)) for h, day in zip(hamlets, dusun_days, strict=True)
    ]
    events += [p.event(walk, transect), p.event(women_day, women_forum)]
    events.append(p.event(ranking_day, ranking))
    events += [
        p.event(between(rng, first, last), p.note_event(stage)) for _ in range(rng.randint(1, 2))
    ]
    p.run(events)
    met = sum(1 for s in p.meetings if s is stage)
    summary = f"{met} pertemuan; {len(p.problems)} masalah dan kebutuhan tercatat"
    if p.prioritised:
        top = ", ".join(x.title.lower() for x in p.prioritised)
        return summary + f"; prioritas warga: {top}."
    return summary + "; pemeringkatan dijadwalkan " + date_id(ranking_day) + "."


def _raise(
    p: ProgramStory, pending: list[Pending], meeting_id: uuid.UUID, people: list[Person], n: int
) -> None:
    """Residents (or a group) raise the next ``n`` problems at a meeting."""
    rng = p.rng
    for _ in range(n):
        if not pending:
            return
        title, kind, detail, generic = pending.pop(0)
        by_group = rng.random() < 0.3
        person_id = None if by_group else rng.choice(people).id
        group_id = rng.choice(p.v.groups).row.id if by_group else None
        households = rng.randint(8, 140)
        p.story.tick()
        problem = p.session.get(
            Problem,
            p.story.made(
                add_problem,
                program_id=p.program.id,
                title=title,
                raised_by_person_id=person_id,
                raised_by_group_id=group_id,
                kind=kind,
                meeting_id=meeting_id,
                description=detail,
                affected_households=households,
            ),
        )
        assert problem is not None
        p.problems.append(problem)
        if generic is None:
            p.theme_problem = problem
        else:
            p.generic[problem] = generic


def _resources(p: ProgramStory, people: list[Person], kinds: Sequence[ResourceKind]) -> None:
    rng, v = p.rng, p.v
    for kind in kinds:
        for name, unit, (low, high), each in rng.sample(words.RESOURCES[kind], rng.randint(1, 2)):
            value: int | None = None
            quantity: float | None = float(rng.randint(low, high))
            shown_unit: str | None = unit
            if kind is ResourceKind.FINANCIAL:
                quantity, shown_unit = None, None
                value = rng.randrange(2, 40) * 500_000
            elif each:
                value = int(quantity or 0) * each
            holder = None
            if kind in (ResourceKind.FINANCIAL, ResourceKind.PHYSICAL) and rng.random() < 0.5:
                holder = rng.choice(v.groups).row.id
            raiser = rng.choice(people).id if people else None
            p.story.tick()
            p.story.do(
                add_resource,
                program_id=p.program.id,
                kind=kind,
                name=name,
                quantity=quantity,
                unit=shown_unit,
                estimated_value=value,
                held_by_group_id=holder,
                raised_by_person_id=raiser,
            )


def _rank(p: ProgramStory, people: list[Person], day: dt.date) -> None:
    """The community ranks its problems, by voting with beans or by pairwise comparison."""
    rng = p.rng
    theme = p.theme_problem
    assert theme is not None
    score: dict[Problem, float] = {x: 0.0 for x in p.problems}
    if rng.random() < 0.6:
        method = RankingMethod.VOTES
        points: Counter[tuple[uuid.UUID | None, Problem]] = Counter()
        for voter in people:
            left = 3
            while left:
                given = rng.randint(1, left)
                weights = [6.0 if x is theme else 1.0 for x in p.problems]
                problem = rng.choices(p.problems, weights)[0]
                score[problem] += given
                left -= given
                points[voter.id, problem] += given  # beans on one problem are one vote
                p.story.tick()
        best_other = max(s for x, s in score.items() if x is not theme)
        if score[theme] <= best_other:  # the women's group votes together, as one ballot
            extra = int(best_other - score[theme]) + rng.randint(1, 4)
            score[theme] += extra
            points[None, theme] += extra
            p.story.tick()
        votes = [NeedVoteInput(x.id, n, voter) for (voter, x), n in points.items()]
        p.story.do(record_need_votes, program_id=p.program.id, votes=votes, cast_on=day)
    else:
        method = RankingMethod.PAIRWISE
        field_ = [
            theme,
            *rng.sample([x for x in p.problems if x is not theme], min(4, len(p.problems) - 1)),
        ]
        for i, a in enumerate(field_):
            for b in field_[i + 1 :]:
                winner = theme if theme in (a, b) else rng.choice((a, b))
                score[winner] += 1
                p.story.tick()
                p.story.do(
                    record_pairwise_choice,
                    program_id=p.program.id,
                    first_id=a.id,
                    second_id=b.id,
                    winner_id=winner.id,
                )
        for x in p.problems:  # the rest follow by households affected
            if x not in field_:
                score[x] = -1 + (x.affected_households or 0) / 1000
    order = sorted(p.problems, key=lambda x: (-score[x], p.problems.index(x)))
    top = rng.randint(2, 3)
    for _ in order:
        p.story.tick()
    p.story.do(rank_problems, program_id=p.program.id, method=method)
    p.prioritised = order[:top]
    p.story.do(set_priorities, program_id=p.program.id, problem_ids=[x.id for x in p.prioritised])
