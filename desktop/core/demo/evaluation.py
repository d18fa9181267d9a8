"""The demo's evaluation story: the community's own team measures, the village evaluates.

The monitoring team measures the indicators, and the participatory evaluation writes down what
worked, what did not, and what was learnt.
"""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.core.demo import names as words
from desktop.core.demo.frame import Event, ProgramStory
from desktop.core.demo.implementation import lane_events
from desktop.core.demo.story import between, days
from desktop.core.domain import FindingKind, Goal, MeetingKind, Sex, Stage
from desktop.core.stages import add_finding, add_monitoring_member


def tell(p: ProgramStory) -> str:
    rng, v, stage = p.rng, p.v, Stage.EVALUATION
    first, last = p.windows[stage]
    lane = [x for x in p.planned if x.activity.stage is stage]
    events: list[Event] = []

    def form_team() -> None:
        pool = [x for x in p.lead.members if x not in p.lead.officers.values()]
        members = v.sample_people(pool or v.people, rng.randint(3, 5), 0.5)
        roles = ["koordinator", "sekretaris"] + ["anggota"] * 5
        for person, role in zip(members, roles, strict=False):
            p.team.append(person)
            p.story.tick()
            p.story.do(
                add_monitoring_member,
                program_id=p.program.id,
                person_id=person.id,
                role=role,
                joined_on=first,
            )

    events.append(p.event(first, form_team))
    checks = sorted(  # the team meets every two to three weeks until the evaluation
        {
            day
            for day in (first + days(7 + 17 * i + rng.randint(0, 4)) for i in range(4))
            if day < p.eval_day - days(3)
        }
    )
    for number, day in enumerate(checks, start=1):

        def check(day: dt.date = day, number: int = number) -> None:
            meeting_id, _, _, _ = p.meeting(
                stage,
                MeetingKind.MONITORING,
                f"Pertemuan tim pemantau warga ke-{number}",
                day,
                pool=p.team + list(p.lead.officers.values()),
                size=(4, 9),
                unnamed=(0, 2),
                women_share=0.5,
                group=p.lead,
            )
            p.measure(day, min(0.95, 0.7 + 0.08 * number), team=True)
            finding(p, meeting_id, day, rng.choice(("problem", "success")))

        events.append(p.event(day, check))

    def evaluate() -> None:
        meeting_id, _, _, _ = p.meeting(
            stage,
            MeetingKind.EVALUATION,
            "Evaluasi partisipatif bersama warga",
            p.eval_day,
            size=(22, 40),
            unnamed=(8, 30),
            group=p.lead,
            chair=p.lead.chair,
        )
        for kind in ("success", "problem", "lesson", "recommendation"):
            for _ in range(rng.randint(1, 2)):
                finding(p, meeting_id, p.eval_day, kind)

    events.append(p.event(p.eval_day, evaluate))
    events += lane_events(p, lane)
    events.append(p.event(between(rng, first, last), p.note_event(stage)))
    p.run(events)
    women = sum(1 for x in p.team if x.sex is Sex.FEMALE)
    return (
        f"Tim pemantau warga {len(p.team)} orang ({women} perempuan); {p.findings} temuan evaluasi."
    )


def finding(p: ProgramStory, meeting_id: uuid.UUID, day: dt.date, kind: str) -> None:
    rng = p.rng
    goals = [x.row.goal for x in p.indicators] + [Goal.COMMUNITY]
    fresh = [t for t in words.FINDINGS[kind] if t not in p.found]
    text = rng.choice(fresh or words.FINDINGS[kind])
    p.found.add(text)
    goal = rng.choice(goals)
    advice = rng.choice(words.FINDINGS["recommendation"]) if kind == "problem" else None
    party = p.responsible(day, group=p.lead)
    p.story.tick()
    p.story.do(
        add_finding,
        program_id=p.program.id,
        kind=FindingKind(kind),
        text=text,
        found_on=day,
        party=party,
        goal=goal,
        meeting_id=meeting_id,
        recommendation=advice,
    )
    p.findings += 1
