"""The demo's implementation story: the action plan carried out, its progress logged.

The plan's activities are carried out a little off their dates, their progress logged with the
community's and outside contributions, with trainings and monthly meetings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from desktop.core.demo import names as words
from desktop.core.demo.frame import Event, Planned, ProgramStory
from desktop.core.demo.story import between, days, rp
from desktop.core.domain import ContributionKind, FundingSource, MeetingKind, PartyKind, Stage
from desktop.core.schedule import set_activity_dates
from desktop.core.stages import ContributionInput, log_progress


def tell(p: ProgramStory) -> str:
    rng, stage = p.rng, Stage.IMPLEMENTATION
    first, last = p.windows[stage]
    work = [x for x in p.planned if x.activity.stage is Stage.IMPLEMENTATION]
    actual: dict[int, tuple[dt.date, dt.date]] = {}
    for x in work:
        a = x.activity
        begin = a.planned_start + days(rng.choice((0, 0, 1, 2, 3, 5, 8)))
        for pred in x.preds:
            begin = max(begin, actual[id(pred)][1] + days(1))
        length = max(
            1, round(((a.planned_end - a.planned_start).days + 1) * rng.uniform(0.9, 1.15))
        )
        end = begin + days(length - 1)
        if a.is_milestone:
            end = begin
        begin, end = min(begin, last), min(end, last)
        actual[id(x)] = (begin, end)
    events: list[Event] = []
    for x in work:
        begin, end = actual[id(x)]
        events += work_events(p, x, begin, end)
        if x.training:
            events.append(p.event(begin, _training(p, x, begin)))
    day = first + days(rng.randint(20, 35))
    while day < last - days(10):
        events.append(p.event(day, _monthly(p, day)))
        day += days(rng.randint(26, 35))
    mid = first + days((last - first).days // 2)
    events.append(p.event(mid, lambda: p.measure(mid, 0.4, team=False)))
    for _ in range(rng.randint(1, 3)):
        events.append(p.event(between(rng, first, last), p.note_event(stage)))
    p.run(events)
    done = sum(1 for x in work if x.activity.progress >= 100)
    return (
        f"{done} dari {len(work)} kegiatan selesai; swadaya masyarakat yang tercatat "
        f"{rp(p.given[FundingSource.COMMUNITY])}, dukungan luar "
        f"{rp(p.given[FundingSource.OUTSIDE])}."
    )


def _training(p: ProgramStory, planned: Planned, day: dt.date) -> Callable[[], None]:
    def run() -> None:
        p.meeting(
            Stage.IMPLEMENTATION,
            MeetingKind.TRAINING,
            p.theme.training,
            day,
            pool=planned.group.members + p.cadres,
            size=(10, 20),
            unnamed=(0, 8),
            women_share=planned.group.women_share,
            group=planned.group,
            agency=p.agency if p.rng.random() < 0.7 else None,
        )

    return run


def _monthly(p: ProgramStory, day: dt.date) -> Callable[[], None]:
    def run() -> None:
        lead = p.lead
        p.meeting(
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


def lane_events(p: ProgramStory, lane: Sequence[Planned]) -> list[Event]:
    """Evaluation and termination activities happen on their planned days."""
    events = []
    for planned in lane:
        activity = planned.activity
        events += work_events(p, planned, activity.planned_start, activity.planned_end)
    return events


def work_events(p: ProgramStory, planned: Planned, begin: dt.date, end: dt.date) -> list[Event]:
    """An activity's start, then progress logs (recording contributions) over its days."""
    rng = p.rng
    activity = planned.activity
    length = (end - begin).days + 1
    count = 1 if activity.is_milestone else min(8, 1 + length // 12)
    log_days = sorted({begin + days(round(length * (i + 1) / count) - 1) for i in range(count)})
    marks = [
        100 if i == len(log_days) - 1 else round(100 * (i + 1) / len(log_days) + rng.uniform(-5, 5))
        for i in range(len(log_days))
    ]
    realised = {
        id(line): rng.uniform(0.9, 1.2)
        if line.kind is ContributionKind.LABOUR
        else rng.uniform(0.9, 1.05)
        for line in planned.lines
    }
    # a late activity of the plan's end may be rescheduled: planned dates move, not baseline
    movable = activity.stage is Stage.IMPLEMENTATION and not any(
        planned in other.preds for other in p.planned
    )
    moved = movable and begin > activity.planned_start and rng.random() < 0.4

    def start() -> None:
        p.story.tick()
        if moved:
            span = activity.planned_end - activity.planned_start
            p.story.do(
                set_activity_dates,
                activity_id=activity.id,
                start=begin,
                end=max(begin, min(begin + span, p.end_of(activity.stage))),
            )

    events = [p.event(begin, start)]
    before = 0
    for index, (day, progress) in enumerate(zip(log_days, marks, strict=True)):

        def run(
            index: int = index, day: dt.date = day, progress: int = progress, before: int = before
        ) -> None:
            _log(p, planned, index, day, progress, before, realised)
            p.story.tick()

        events.append(p.event(day, run))
        before = progress
    return events


def _log(
    p: ProgramStory,
    planned: Planned,
    index: int,
    day: dt.date,
    progress: int,
    before: int,
    realised: dict[int, float],
) -> None:
    rng, group = p.rng, planned.group
    present = rng.randint(max(3, len(group.members) // 2), len(group.members) + 8)
    women = round(present * min(1.0, max(0.0, group.women_share + rng.uniform(-0.1, 0.1))))
    problems = rng.choice(words.PROGRESS_PROBLEMS) if rng.random() < 0.25 else None
    notes = rng.choice(words.PROGRESS_NOTES)
    party = p.responsible(day, group=group)
    if party.kind is PartyKind.COMMUNITY_GROUP and present > len(group.members):
        # the group's own work day: no more of them came than the group has members
        women = round(women * len(group.members) / present)
        present = len(group.members)
    p.story.tick()
    step = (min(progress, 100) - before) / 100
    gifts: list[ContributionInput] = []
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
        p.given[line.source] += value
        person_id = None
        group_id = None
        name = None
        if line.source is FundingSource.OUTSIDE:
            name = line.source_name
        elif line.kind is ContributionKind.MATERIAL and group.members:
            person_id = rng.choice(group.members).id
        else:
            group_id = group.row.id
        p.story.tick()
        gifts.append(
            ContributionInput(
                source=line.source,
                kind=line.kind,
                value=value,
                quantity=quantity,
                unit=line.unit,
                contributor_person_id=person_id,
                contributor_group_id=group_id,
                contributor_name=name,
                description=line.description,
            )
        )
    p.story.do(
        log_progress,
        activity_id=planned.activity.id,
        logged_on=day,
        progress=min(progress, 100),
        party=party,
        actual_cost=sum(g.value for g in gifts),
        women_present=women,
        men_present=present - women,
        problems_met=problems,
        notes=notes,
        contributions=gifts,
    )
