"""The demo's formalisation story: the action plans drafted, budgeted and signed.

The lead group drafts the action plans (activities, budget with its sources, indicators), and the
village meeting signs the berita acara.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Sequence

from desktop.core.demo import names as words
from desktop.core.demo.frame import Planned, ProgramStory, Tracked
from desktop.core.demo.register import Group
from desktop.core.demo.story import JUTA, between, date_id, days, pct, round_value, rp
from desktop.core.domain import ContributionKind, FundingSource, MeetingKind, Stage
from desktop.core.models import ActionPlan, Activity, BudgetLine, Indicator
from desktop.core.schedule import set_baseline
from desktop.core.stages import (
    SignatoryInput,
    add_budget_line,
    add_indicator,
    create_action_plan,
    record_agreement,
)

ClosingItem = tuple[Stage, str, dt.date, dt.date, bool, words.Line | None]


def tell(p: ProgramStory) -> str:
    rng, v, stage = p.rng, p.v, Stage.FORMALISATION
    first, last = p.windows[stage]
    draft_day = first + days(rng.randint(2, 6))
    sign_day = last - days(rng.randint(1, 4))
    p.lane_activity(
        stage, "Penyusunan rencana aksi bersama kelompok", first, sign_day - days(1), chain=True
    )
    signing = p.lane_activity(
        stage, "Penandatanganan berita acara", sign_day, sign_day, milestone=True, chain=True
    )
    if not p.happened(draft_day):
        return "Penyusunan rencana aksi dijadwalkan " + date_id(draft_day) + "."
    p.meeting(
        stage,
        MeetingKind.FOCUS_GROUP,
        f"Rapat {p.lead.row.name} menyusun rencana kegiatan",
        draft_day,
        pool=p.lead.members + p.cadres,
        size=(6, 14),
        unnamed=(0, 5),
        women_share=p.lead.women_share,
        group=p.lead,
        chair=p.lead.chair,
    )
    plans = _draft(p, signing)
    p.note(stage, between(rng, draft_day, last))
    outside, community = p.budget(FundingSource.OUTSIDE), p.budget(FundingSource.COMMUNITY)
    budget = (
        f"{len(p.planned)} kegiatan, anggaran {rp(outside + community)} "
        f"({pct(community, outside + community)}% swadaya masyarakat)"
    )
    if not p.happened(sign_day):
        return f"Rancangan rencana aksi: {budget}; penandatanganan {date_id(sign_day)}."
    meeting_id, _, total, women = p.meeting(
        stage,
        MeetingKind.DELIBERATION,
        "Musyawarah desa penetapan rencana aksi",
        sign_day,
        size=(22, 40),
        unnamed=(10, 35),
        chair=v.kades,
    )
    numbers: list[str] = []
    first_number = rng.randint(1, 38)  # this year's berita acara of the village so far
    for plan, group in plans:
        p.story.tick()
        number = (
            f"{first_number + len(numbers):03d}/BA/MUSDES/{words.ROMAN[sign_day.month - 1]}"
            f"/{sign_day.year}"
        )
        numbers.append(number)
        p.story.tick()
        signers: list[SignatoryInput] = []
        for person, role in [
            (v.kades, "Kepala Desa"),
            (v.bpd.chair, "Ketua BPD"),
            (group.chair, f"Ketua {group.row.name}"),
            (v.pkk.chair, "Ketua TP PKK"),
            (v.pendamping, "Pendamping Desa"),
        ]:
            if all(s.name != person.name for s in signers):
                p.story.tick()
                signers.append(SignatoryInput(person.name, role, person.id, True, person.sex))
        p.story.do(
            record_agreement,
            action_plan_id=plan.id,
            signed_on=sign_day,
            signatories=signers,
            number=number,
            location=f"Balai Desa {v.name}",
            body=(
                f"Pada hari {words.WEEKDAYS[sign_day.weekday()]}, tanggal "
                f"{date_id(sign_day)}, bertempat di Balai Desa {v.name}, musyawarah desa "
                f"yang dihadiri {total} warga ({women} perempuan) menyepakati "
                f"{plan.title.lower()}: {budget}. {p.lead.row.name} bertanggung jawab "
                "atas pelaksanaannya."
            ),
            meeting_id=meeting_id,
        )
    for _ in p.planned:
        p.story.tick()
    # the evaluation and termination lanes were agreed with the plans, so they get a baseline too
    p.story.do(set_baseline, program_id=p.program.id, only_missing=True)
    return f"Berita acara {', '.join(numbers)} ditandatangani {date_id(sign_day)}; {budget}."


def _draft(p: ProgramStory, signing: Activity) -> list[tuple[ActionPlan, Group]]:
    """The action plans, their activities, budget and indicators, as the groups wrote them."""
    rng, v, theme = p.rng, p.v, p.theme
    # the whole program stays within Rp 20-300 juta, a side plan included
    low, high = theme.budget[0], min(theme.budget[1], 230)
    total = math.exp(rng.uniform(math.log(low), math.log(high)))
    share = rng.uniform(0.2, 0.5)
    impl_first, impl_last = p.windows[Stage.IMPLEMENTATION]
    span = (impl_last - impl_first).days + 1
    main = _plan(
        p,
        p.main_alternative.id,
        f"Rencana aksi {theme.name.lower()}",
        p.lead,
        f"Disusun oleh {p.lead.row.name} bersama kader desa.",
    )
    plans = [(main, p.lead)]
    steps = list(theme.steps)
    dates = schedule_steps(steps, impl_first, round(span * rng.uniform(0.8, 0.9)))
    planned = _plan_steps(p, main, p.lead, steps, dates, total * JUTA, share)
    for x in planned:
        if not x.preds:
            p.link(signing, x.activity)
    side = [a for a in p.chosen if a is not p.main_alternative]
    if side:
        alternative = side[0]
        others = [g for g in v.groups if g not in (p.lead, v.pkk, v.bpd)]
        group = rng.choice(others or v.groups)
        plan = _plan(
            p,
            alternative.id,
            f"Rencana aksi {alternative.title.lower()}",
            group,
            f"Kegiatan pendamping, dikerjakan {group.row.name}.",
        )
        plans.append((plan, group))
        side_steps = [
            words.Step(
                f"{alternative.title}: {title}",
                length,
                (index - 1,) if index else (),
                _side_lines(index),
            )
            for index, (title, length) in enumerate(words.SIDE_STEPS)
        ]
        begin = impl_first + days(rng.randint(7, 30))
        room = (impl_last - begin).days
        side_dates = schedule_steps(side_steps, begin, round(room * rng.uniform(0.6, 0.85)))
        cost = min(
            (alternative.estimated_cost or 20 * JUTA) * rng.uniform(0.6, 1.0),
            total * JUTA * rng.uniform(0.15, 0.25),
        )
        done = _plan_steps(p, plan, group, side_steps, side_dates, cost, share)
        p.link(signing, done[0].activity)
    _plan_closing(p, planned)
    _plan_indicators(p)
    return plans


def _plan(
    p: ProgramStory, alternative_id: uuid.UUID, title: str, group: Group, notes: str
) -> ActionPlan:
    p.story.tick()
    made = p.story.made(
        create_action_plan,
        alternative_id=alternative_id,
        title=title,
        group_id=group.row.id,
        notes=notes,
    )
    plan = p.session.get(ActionPlan, made)
    assert plan is not None
    return plan


def _line(p: ProgramStory, activity: Activity, line: words.Line, **values: object) -> BudgetLine:
    made = p.story.made(
        add_budget_line,
        activity_id=activity.id,
        description=line.description,
        source=line.source,
        kind=line.kind,
        unit=line.unit,
        **values,
    )
    row = p.session.get(BudgetLine, made)
    assert row is not None
    return row


def _plan_steps(
    p: ProgramStory,
    plan: ActionPlan,
    group: Group,
    steps: Sequence[words.Step],
    dates: Sequence[tuple[dt.date, dt.date]],
    total: float,
    share: float,
) -> list[Planned]:
    rng, v = p.rng, p.v
    made: list[Planned] = []
    outside_weight = sum(
        ln.weight for s in steps for ln in s.lines if ln.source is FundingSource.OUTSIDE
    )
    community_weight = sum(
        ln.weight for s in steps for ln in s.lines if ln.source is FundingSource.COMMUNITY
    )
    for step, (first, last) in zip(steps, dates, strict=True):
        training = step.title.startswith(("Pelatihan", "Sekolah lapang"))
        activity = p.activity(
            Stage.IMPLEMENTATION,
            step.title,
            first,
            last,
            milestone=step.milestone,
            group=group,
            agency=p.agency if training else None,
            plan_id=plan.id,
        )
        lines = []
        for line in step.lines:
            if line.source is FundingSource.OUTSIDE:
                amount = total * (1 - share) * line.weight / (outside_weight or 1)
                source_name = line.source_name or p.agency
            else:
                amount = total * share * line.weight / (community_weight or 1)
                source_name = "Swadaya masyarakat"
                if line.kind is ContributionKind.MONEY:
                    source_name = f"Iuran {group.row.name}"
            amount *= rng.uniform(0.75, 1.25)
            each = v.labour_rate if line.kind is ContributionKind.LABOUR else line.unit_value
            quantity = max(1, round(amount / each))
            p.story.tick()
            lines.append(
                _line(
                    p,
                    activity,
                    line,
                    unit_value=each,
                    quantity=float(quantity),
                    source_name=source_name,
                )
            )
        preds = [made[i] for i in step.after]
        planned = Planned(activity, lines, preds, group, training)
        for pred in preds:
            p.link(pred.activity, activity, lag=rng.choice((0, 0, 0, 1, 2)))
        made.append(planned)
    p.planned.extend(made)
    return made


def _plan_closing(p: ProgramStory, implementation: Sequence[Planned]) -> None:
    """The evaluation and termination lanes, planned and agreed with the action plan.

    They stay outside the action plan itself: the plan's activities are the work that
    implementation must bring to 100%."""
    rng = p.rng
    e_first, e_last = p.windows[Stage.EVALUATION]
    t_first, t_last = p.windows[Stage.TERMINATION]
    p.eval_day = e_last - days(rng.randint(3, 6))
    p.close_day = t_last - days(rng.randint(1, 3))
    report_end = t_first + days(max(1, (t_last - t_first).days * 4 // 10))
    community, outside = FundingSource.COMMUNITY, FundingSource.OUTSIDE
    money = ContributionKind.MONEY
    items: list[ClosingItem] = [
        (Stage.EVALUATION, "Pembentukan tim pemantau warga", e_first, e_first, True, None),
        (
            Stage.EVALUATION,
            "Pemantauan indikator oleh tim warga",
            e_first + days(2),
            p.eval_day - days(2),
            False,
            None,
        ),
        (
            Stage.EVALUATION,
            "Musyawarah evaluasi partisipatif",
            p.eval_day,
            p.eval_day,
            True,
            words.Line("Konsumsi musyawarah evaluasi", community, money, "kali", 400_000),
        ),
        (
            Stage.TERMINATION,
            "Penyusunan laporan akhir bersama kelompok",
            t_first,
            report_end,
            False,
            words.Line("Penggandaan laporan akhir", outside, money, "paket", 350_000, "Dana Desa"),
        ),
        (
            Stage.TERMINATION,
            "Serah terima peran, aset dan catatan",
            p.close_day,
            p.close_day,
            False,
            None,
        ),
        (Stage.TERMINATION, "Penutupan program", t_last, t_last, True, None),
    ]
    previous: list[Activity] = [
        x.activity for x in implementation if not any(x in q.preds for q in implementation)
    ]
    for stage, title, first, last, milestone, line in items:
        activity = p.activity(stage, title, first, last, milestone=milestone)
        lines = []
        if line is not None:
            quantity = rng.randint(1, 2)
            p.story.tick()
            lines.append(
                _line(
                    p,
                    activity,
                    line,
                    unit_value=line.unit_value,
                    quantity=float(quantity),
                    source_name=line.source_name or f"Iuran {p.lead.row.name}",
                )
            )
        for pred in previous:
            p.link(pred, activity)
        previous = [activity]
        p.planned.append(Planned(activity, lines, [], p.lead))


def _plan_indicators(p: ProgramStory) -> None:
    rng = p.rng
    specs = list(p.theme.indicators)
    if len(specs) > 4 and rng.random() < 0.5:
        specs.pop(rng.randrange(len(specs)))
    baseline_on = p.windows[Stage.ASSESSMENT][1]
    for spec in specs:
        baseline = round_value(rng.uniform(*spec.baseline), spec.unit)
        target = round_value(rng.uniform(*spec.target), spec.unit)
        means = rng.choice(
            (
                "Buku catatan kelompok",
                "Pendataan rumah tangga oleh kader",
                "Laporan bulanan pengurus",
                "Pengamatan langsung tim pemantau",
            )
        )
        p.story.tick()
        made = p.story.made(
            add_indicator,
            program_id=p.program.id,
            goal=spec.goal,
            name=spec.name,
            unit=spec.unit,
            baseline_value=baseline,
            target_value=target,
            direction=spec.direction,
            baseline_on=baseline_on,
            target_on=p.program.end_date,
            means_of_verification=means,
        )
        row = p.session.get(Indicator, made)
        assert row is not None
        p.indicators.append(Tracked(row, rng.uniform(0.6, 1.25)))


def schedule_steps(
    steps: Sequence[words.Step], first: dt.date, span: int
) -> list[tuple[dt.date, dt.date]]:
    """Earliest dates for steps after their predecessors, stretched to fill ``span`` days; a
    milestone keeps a single day."""
    starts: list[int] = []
    ends: list[int] = []
    for step in steps:
        begin = max((ends[i] + 1 for i in step.after), default=0)
        starts.append(begin)
        ends.append(begin + (1 if step.milestone else step.days) - 1)
    scale = span / (max(ends) + 1)
    dates = []
    for step, begin, end in zip(steps, starts, ends, strict=True):
        a = int(begin * scale)
        b = a if step.milestone else max(a, int((end + 1) * scale) - 1)
        dates.append((first + days(a), first + days(b)))
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
