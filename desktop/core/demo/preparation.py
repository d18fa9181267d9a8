"""The demo's preparation story: the team and its way into the community.

The team, the entry plan, key contacts, the first visit and the socialisation meeting where the
community picks its cadres.
"""

from __future__ import annotations

from desktop.core import people
from desktop.core.demo.frame import ProgramStory
from desktop.core.demo.register import Group
from desktop.core.demo.story import between, date_id, days, pct
from desktop.core.domain import MeetingKind, Stage
from desktop.core.models import Person
from desktop.core.stages import add_key_contact, assign_facilitator, set_entry_plan


def tell(p: ProgramStory) -> str:
    rng, v, stage = p.rng, p.v, Stage.PREPARATION
    first, last = p.windows[stage]
    p.story.tick()
    p.facilitators.append(
        p.story.made(
            assign_facilitator,
            program_id=p.program.id,
            person_id=v.pendamping.id,
            role="pendamping desa",
            organisation=v.pendamping_office,
            is_community=False,
            assigned_on=first,
        )
    )
    visit = first + days(rng.randint(2, 7))
    social = last - days(rng.randint(2, 6))
    p.lane_activity(stage, "Silaturahmi dengan pemerintah desa dan tokoh masyarakat", first, visit)
    p.lane_activity(stage, "Pemetaan tokoh kunci dan lembaga lokal", visit, social - days(3))
    p.lane_activity(stage, "Sosialisasi program", social, social, milestone=True, chain=True)
    if rng.random() < 0.6:
        _technical(p)
    p.story.at(first + days(1))
    hamlets = rng.sample(v.hamlets, 2)
    p.story.tick()
    p.story.do(
        set_entry_plan,
        program_id=p.program.id,
        text=(
            f"Masuk melalui Kepala Desa {v.kades.name} dan perangkat desa, lalu bersilaturahmi "
            f"dengan {v.elder.name} dan pengurus {v.pkk.row.name}. Pendamping tinggal beberapa "
            f"hari di {hamlets[0]} dan {hamlets[1]} serta ikut kegiatan warga sebelum "
            "membicarakan program. Tidak membawa program jadi: masalah dan kebutuhan digali "
            "bersama warga. Pertemuan perempuan diadakan terpisah agar ibu-ibu leluasa bicara. "
            "Kader desa dipilih warga dalam sosialisasi."
        ),
    )
    p.story.at(first + days(rng.randint(2, 5)))
    contacts: list[tuple[Person | None, Group | None, str]] = [
        (v.kades, None, "kepala desa"),
        (v.bpd.chair, v.bpd, "ketua BPD"),
        (v.elder, None, "tokoh agama"),
        (v.pkk.chair, v.pkk, "ketua TP PKK"),
        (v.bidan, None, "bidan desa"),
    ]
    if p.lead not in (v.pkk, v.bpd):
        contacts.append((p.lead.chair, p.lead, f"ketua {p.lead.row.name}"))
    for person, group, role in contacts[: rng.randint(4, len(contacts))]:
        p.story.tick()
        p.story.do(
            add_key_contact,
            program_id=p.program.id,
            role=role,
            person_id=person.id if person else None,
            group_id=group.row.id if group else None,
        )
    leaders = [v.kades, v.sekdes, v.elder, v.pkk.chair, *v.bpd.officers.values()]
    if p.happened(visit):
        p.meeting(
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
        p.note(stage, between(rng, first, last))
    summary = f"Pendamping desa {v.pendamping.name} ditugaskan"
    if not p.happened(social):
        return summary + "; sosialisasi dijadwalkan " + date_id(social) + "."
    _, _, total, women = p.meeting(
        stage,
        MeetingKind.DELIBERATION,
        f"Sosialisasi program {p.theme.name.lower()}",
        social,
        size=(20, 38),
        unnamed=(5, 30),
        chair=v.kades,
    )
    cadres = [v.sample_people(v.women, 1, 1.0)[0]]
    if rng.random() < 0.7:
        cadres.append(v.sample_people(v.men, 1, 0.0)[0])
    for cadre in cadres:
        p.cadres.append(cadre)
        p.story.tick()
        p.story.do(
            assign_facilitator,
            program_id=p.program.id,
            person_id=cadre.id,
            role="kader pemberdayaan masyarakat desa",
            organisation=f"Desa {v.name}",
            is_community=True,
            assigned_on=social,
        )
    return summary + (
        f"; {len(cadres)} kader desa dipilih warga. Sosialisasi dihadiri {total} orang "
        f"({pct(women, total)}% perempuan)."
    )


def _technical(p: ProgramStory) -> None:
    """A technical officer of the theme's agency joins the team."""
    fields = p.v.outsider("penyuluh lapangan", p.rng.randint(1978, 1996))
    p.story.tick()
    person_id = p.story.made(people.add_person, program_id=p.program.id, **fields)
    p.technical = p.session.get(Person, person_id)
    assigned = p.windows[Stage.PREPARATION][0] + days(p.rng.randint(3, 10))
    p.story.tick()
    p.facilitators.append(
        p.story.made(
            assign_facilitator,
            program_id=p.program.id,
            person_id=person_id,
            role="pendamping teknis",
            organisation=p.agency,
            is_community=False,
            assigned_on=assigned,
        )
    )
