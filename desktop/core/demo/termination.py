"""The demo's termination story: the program handed over to the community and closed.

The exit checklist ticked off, roles, assets and records handed over at the closing meeting, the
facilitators released and the final report written.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.demo import names as words
from desktop.core.demo.frame import Event, ProgramStory
from desktop.core.demo.implementation import lane_events
from desktop.core.demo.register import Group
from desktop.core.demo.story import CLOSED, between, date_id, days, pct, rp
from desktop.core.domain import ContributionKind, FundingSource, HandoverKind, MeetingKind, Stage
from desktop.core.models import ExitItem, Person
from desktop.core.stages import (
    add_exit_item,
    record_handover,
    release_facilitator,
    set_exit_item_done,
    set_final_report,
)
from desktop.core.stages.termination import checklist, handovers_of

Handing = tuple[HandoverKind, str, Group | None, Person | None, int | None]


def tell(p: ProgramStory) -> str:
    """The usual exit checklist came with the stage's start; the team adds its own items."""
    rng, stage = p.rng, Stage.TERMINATION
    first, last = p.windows[stage]
    lane = [x for x in p.planned if x.activity.stage is stage]
    p.story.at(first)
    for text in rng.sample(words.EXIT_ITEMS, rng.randint(1, 3)):
        p.story.tick()
        p.story.do(add_exit_item, program_id=p.program.id, text=text)
    items = checklist(p.session, p.program.id)
    events: list[Event] = []
    for item in items:
        day = between(rng, first + days(3), last)

        def tick(item: ExitItem = item, day: dt.date = day) -> None:
            p.story.tick()
            p.story.do(set_exit_item_done, item_id=item.id, done=True, done_on=day)

        events.append(p.event(day, tick))
    events.append(p.event(p.close_day, lambda: _close(p)))
    events.append(
        p.event(
            p.close_day - days(1),
            lambda: p.measure(p.close_day - days(1), 1.0, team=True),
        )
    )
    events += lane_events(p, lane)
    events.append(p.event(between(rng, first, last), p.note_event(stage)))
    p.run(events)
    if p.phase != CLOSED:
        done = sum(1 for i in items if i.done)
        return f"{done} dari {len(items)} butir daftar keluar selesai."
    p.story.at(last)
    for facilitator_id in p.facilitators:
        p.story.tick()
        p.story.do(release_facilitator, facilitator_id=facilitator_id, released_on=last)
    reached = sum(1 for i in p.indicators if p.reached_target(i))
    outside, community = p.budget(FundingSource.OUTSIDE), p.budget(FundingSource.COMMUNITY)
    months = round((last - p.start).days / 30.4)
    p.story.tick()
    p.story.do(
        set_final_report,
        program_id=p.program.id,
        text=(
            f"Program {p.theme.name.lower()} di Desa {p.v.name} berjalan {months} bulan "
            f"({date_id(p.start)} – {date_id(last)}). Anggaran {rp(outside + community)}, "
            f"{pct(community, outside + community)}% dari swadaya masyarakat. {reached} dari "
            f"{len(p.indicators)} indikator mencapai target. Peran pendamping telah diserahkan "
            f"kepada {p.lead.row.name} dan kader desa; kegiatan lanjutan masuk RKP Desa "
            f"{last.year + 1}."
        ),
    )
    handed = len(handovers_of(p.session, p.program.id))
    return (
        f"Program ditutup {date_id(last)}; {handed} serah terima kepada kelompok "
        "dan kader; peran pendamping nol."
    )


def _close(p: ProgramStory) -> None:
    """The closing meeting, where roles, assets and records are handed over."""
    rng, v = p.rng, p.v
    p.meeting(
        Stage.TERMINATION,
        MeetingKind.DELIBERATION,
        "Musyawarah desa serah terima dan penutupan program",
        p.close_day,
        size=(22, 40),
        unnamed=(8, 30),
        group=p.lead,
        chair=v.kades,
    )
    asset_value = sum(
        line.amount
        for x in p.planned
        for line in x.lines
        if line.source is FundingSource.OUTSIDE and line.kind is ContributionKind.MATERIAL
    )
    handovers: list[Handing] = [
        (
            HandoverKind.ASSET,
            p.theme.asset,
            p.lead,
            None,
            int(round(asset_value * rng.uniform(0.6, 0.85), -3)),
        ),
        (
            HandoverKind.ROLE,
            "Pendampingan kelompok diteruskan oleh kader desa",
            None,
            p.cadres[0] if p.cadres else p.lead.chair,
            None,
        ),
        (HandoverKind.ROLE, "Pemantauan indikator oleh tim pemantau warga", p.lead, None, None),
        (
            HandoverKind.RECORD,
            "Buku kas, notulen, berita acara dan dokumentasi kegiatan",
            p.lead,
            None,
            None,
        ),
    ]
    if rng.random() < 0.5:
        handovers.append(
            (HandoverKind.RECORD, "Salinan laporan akhir untuk arsip desa", v.bpd, None, None)
        )
    for kind, text, group, person, value in handovers:
        p.story.tick()
        p.story.do(
            record_handover,
            program_id=p.program.id,
            kind=kind,
            description=text,
            to_group_id=group.row.id if group else None,
            to_person_id=person.id if person else None,
            handed_on=p.close_day,
            value=value,
        )
