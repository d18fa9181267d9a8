"""The words exports write without Qt: item names in Indonesian and English (stage names are
:data:`desktop.core.domain.STAGE_NAMES`)."""

from __future__ import annotations

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


def word(key: str, language: str = "id") -> str:
    return WORDS.get(language, WORDS["id"])[key]
