"""The demo's planning story: ways out of the priority problems, weighed and chosen.

Residents propose ways out of each priority problem, then the village meeting scores them on its
criteria, votes, and chooses.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from desktop.core.demo import names as words
from desktop.core.demo.frame import ProgramStory
from desktop.core.demo.story import JUTA, between, date_id, days
from desktop.core.domain import MeetingKind, Stage
from desktop.core.models import Alternative, Criterion, Problem
from desktop.core.stages import (
    add_alternative,
    add_criterion,
    choose_alternatives,
    score_alternative,
    vote_alternative,
)


def tell(p: ProgramStory) -> str:
    rng, stage = p.rng, Stage.PLANNING
    first, last = p.windows[stage]
    length = (last - first).days
    forum_days = sorted(
        first + days(rng.randint(1, max(2, length * 6 // 10))) for _ in p.prioritised
    )
    vote_day = last - days(rng.randint(2, 5))
    p.lane_activity(
        stage, "Diskusi alternatif bersama warga", forum_days[0], forum_days[-1], chain=True
    )
    p.lane_activity(
        stage, "Skoring dan pemilihan alternatif", vote_day, vote_day, milestone=True, chain=True
    )
    side = rng.random() < 0.5
    events = [
        p.event(day, _forum(p, problem, day))
        for problem, day in zip(p.prioritised, forum_days, strict=True)
    ]
    events.append(p.event(vote_day, lambda: _choose(p, vote_day, side)))
    events += [p.event(between(rng, first, last), p.note_event(stage))]
    p.run(events)
    count = sum(len(a) for a in p.alternatives.values())
    summary = f"{count} alternatif diusulkan warga untuk {len(p.prioritised)} masalah prioritas"
    if p.chosen:
        return summary + "; terpilih: " + "; ".join(a.title.lower() for a in p.chosen) + "."
    return summary + "; pemilihan dijadwalkan " + date_id(vote_day) + "."


def _forum(p: ProgramStory, problem: Problem, day: dt.date) -> Callable[[], None]:
    """Residents meet to find ways out of one priority problem."""

    def run() -> None:
        rng, v = p.rng, p.v
        _, people, _, _ = p.meeting(
            Stage.PLANNING,
            MeetingKind.FOCUS_GROUP,
            f"Mencari jalan keluar: {problem.title}",
            day,
            size=(10, 22),
            unnamed=(2, 12),
        )
        if problem is p.theme_problem:
            options = list(p.theme.alternatives)
        else:
            options = list(p.generic[problem].alternatives)
        alternatives = []
        for title, cost in options:
            by_group = rng.random() < 0.35
            person_id = None if by_group else rng.choice(people).id
            group_id = rng.choice(v.groups).row.id if by_group else None
            estimate = round(cost * rng.uniform(0.8, 1.25) * 2) * JUTA // 2
            p.story.tick()
            made = p.story.made(
                add_alternative,
                problem_id=problem.id,
                title=title,
                proposed_by_person_id=person_id,
                proposed_by_group_id=group_id,
                estimated_cost=estimate,
            )
            alternative = p.session.get(Alternative, made)
            assert alternative is not None
            alternatives.append(alternative)
        p.alternatives[problem] = alternatives

    return run


def _choose(p: ProgramStory, day: dt.date, side: bool) -> None:
    """The village meeting scores the alternatives, votes, and chooses."""
    rng, v = p.rng, p.v
    meeting_id, people, _, _ = p.meeting(
        Stage.PLANNING,
        MeetingKind.DELIBERATION,
        "Musyawarah pemilihan alternatif program",
        day,
        size=(22, 40),
        unnamed=(10, 35),
        chair=v.kades,
    )
    criteria = []
    for name in rng.sample(words.CRITERIA, rng.randint(4, 5)):
        weight = rng.randint(1, 3)
        p.story.tick()
        made = p.story.made(add_criterion, program_id=p.program.id, name=name, weight=weight)
        criterion = p.session.get(Criterion, made)
        assert criterion is not None
        criteria.append(criterion)
    for index, problem in enumerate(p.prioritised):
        options = p.alternatives.get(problem, [])
        if not options:
            continue
        favourite = options[0] if problem is p.theme_problem else rng.choice(options)
        totals: dict[Alternative, int] = {}
        for alternative in options:
            total = 0
            for criterion in criteria:
                low = 4 if alternative is favourite else 1
                high = 5 if alternative is favourite else 4
                points = rng.randint(low, high)
                total += points * criterion.weight
                p.story.tick()
                p.story.do(
                    score_alternative,
                    alternative_id=alternative.id,
                    criterion_id=criterion.id,
                    score=points,
                )
            totals[alternative] = total
        voters = rng.sample(people, min(len(people), rng.randint(6, 14)))
        votes: Counter[Alternative] = Counter()
        for voter in voters:
            pick = favourite if rng.random() < 0.7 else rng.choice(options)
            votes[pick] += 1
            p.story.tick()
            p.story.do(vote_alternative, alternative_id=pick.id, voter_person_id=voter.id)
        hands = {a: rng.randint(0, 6) for a in options if a is not favourite}
        rivals = max((votes[a] + n for a, n in hands.items()), default=0)
        hands[favourite] = max(rng.randint(8, 25), rivals + 1 - votes[favourite])
        for alternative in options:  # the rest of the hall, by show of hands
            votes[alternative] += hands[alternative]
            p.story.tick()
            if hands[alternative]:
                p.story.do(
                    vote_alternative, alternative_id=alternative.id, votes=hands[alternative]
                )
        winner = max(options, key=lambda a: (votes[a], totals[a]))
        if problem is p.theme_problem or (side and index == 1):
            p.story.tick()
            p.chosen.append(winner)
            if problem is p.theme_problem:
                p.main_alternative = winner
    p.story.do(
        choose_alternatives,
        program_id=p.program.id,
        alternative_ids=[a.id for a in p.chosen],
        meeting_id=meeting_id,
    )
