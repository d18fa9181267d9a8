"""The words exports write without Qt: stage and item names in Indonesian and English."""

from __future__ import annotations

from desktop.core.domain import Stage

STAGE_LABELS: dict[str, dict[Stage, str]] = {
    "id": {
        Stage.PREPARATION: "Persiapan",
        Stage.ASSESSMENT: "Pengkajian",
        Stage.PLANNING: "Perencanaan alternatif program",
        Stage.FORMALISATION: "Formalisasi rencana aksi",
        Stage.IMPLEMENTATION: "Pelaksanaan",
        Stage.EVALUATION: "Evaluasi",
        Stage.TERMINATION: "Terminasi",
    },
    "en": {
        Stage.PREPARATION: "Preparation",
        Stage.ASSESSMENT: "Assessment",
        Stage.PLANNING: "Planning alternatives",
        Stage.FORMALISATION: "Formalising the action plan",
        Stage.IMPLEMENTATION: "Implementation",
        Stage.EVALUATION: "Evaluation",
        Stage.TERMINATION: "Termination",
    },
}

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "stage": "Tahap",
        "program": "Program",
        "progress": "Progres",
        "baseline": "Rencana awal",
        "actual": "Realisasi",
        "after": "Setelah",
        "critical": "Jalur kritis",
        "activity": "Kegiatan",
        "milestone": "Tonggak",
        "meeting": "Pertemuan",
        "agreement": "Berita acara",
        "closing": "Penutupan program",
        "planned_end": "Rencana akhir program",
    },
    "en": {
        "stage": "Stage",
        "program": "Program",
        "progress": "Progress",
        "baseline": "Baseline",
        "actual": "Actual",
        "after": "After",
        "critical": "Critical path",
        "activity": "Activity",
        "milestone": "Milestone",
        "meeting": "Meeting",
        "agreement": "Agreement (berita acara)",
        "closing": "Program closed",
        "planned_end": "Planned end of the program",
    },
}


def stage_label(stage: Stage, language: str = "id") -> str:
    return STAGE_LABELS.get(language, STAGE_LABELS["id"])[stage]


def word(key: str, language: str = "id") -> str:
    return WORDS.get(language, WORDS["id"])[key]
