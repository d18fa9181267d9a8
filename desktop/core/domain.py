"""The domain's fixed vocabularies: stages, goals, principles, parties and kinds.

Identifiers are the ones of DOMAIN.md; the words people read come from the translated UI.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """The seven stages of an empowerment program, in their order."""

    PREPARATION = "persiapan"
    ASSESSMENT = "pengkajian"
    PLANNING = "perencanaan"
    FORMALISATION = "formalisasi"
    IMPLEMENTATION = "pelaksanaan"
    EVALUATION = "evaluasi"
    TERMINATION = "terminasi"

    @property
    def number(self) -> int:
        return list(Stage).index(self) + 1


# The one table of stage names: English is the source text of the interface's catalogues,
# Indonesian is what exports written without Qt (calendars, MS Project files) show.
STAGE_NAMES: dict[str, dict[Stage, str]] = {
    "en": {
        Stage.PREPARATION: "Preparation",
        Stage.ASSESSMENT: "Assessment",
        Stage.PLANNING: "Planning alternatives",
        Stage.FORMALISATION: "Formalising the action plan",
        Stage.IMPLEMENTATION: "Implementation",
        Stage.EVALUATION: "Evaluation",
        Stage.TERMINATION: "Termination",
    },
    "id": {
        Stage.PREPARATION: "Persiapan",
        Stage.ASSESSMENT: "Pengkajian",
        Stage.PLANNING: "Perencanaan alternatif program",
        Stage.FORMALISATION: "Formalisasi rencana aksi",
        Stage.IMPLEMENTATION: "Pelaksanaan",
        Stage.EVALUATION: "Evaluasi",
        Stage.TERMINATION: "Terminasi",
    },
}


def stage_name(stage: Stage, language: str = "en") -> str:
    """The stage's name in ``language`` (``"en"`` or ``"id"``; anything else: English)."""
    return STAGE_NAMES.get(language, STAGE_NAMES["en"])[stage]


class StageStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Goal(StrEnum):
    """The six goals, a chain where each improvement enables the next."""

    INSTITUTIONS = "kelembagaan"
    BUSINESS = "usaha"
    INCOME = "pendapatan"
    ENVIRONMENT = "lingkungan"
    LIVING = "kehidupan"
    COMMUNITY = "masyarakat"


class Principle(StrEnum):
    EQUALITY = "kesetaraan"
    PARTICIPATION = "partisipasi"
    SUSTAINABILITY = "keberlanjutan"
    SELF_RELIANCE = "keswadayaan"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class PartyKind(StrEnum):
    """Who is responsible for a record: the principles count the community's share."""

    COMMUNITY_MEMBER = "community_member"
    COMMUNITY_GROUP = "community_group"
    FACILITATOR = "facilitator"
    OUTSIDE_AGENCY = "outside_agency"

    @property
    def is_community(self) -> bool:
        return self in (PartyKind.COMMUNITY_MEMBER, PartyKind.COMMUNITY_GROUP)


class GroupKind(StrEnum):
    FARMERS = "farmers"  # kelompok tani / kelompok wanita tani
    FISHERS = "fishers"
    WOMEN = "women"  # PKK, kelompok perempuan
    YOUTH = "youth"  # karang taruna
    SAVINGS = "savings"  # kelompok simpan pinjam
    VILLAGE_ENTERPRISE = "village_enterprise"  # BUMDes
    VILLAGE_COUNCIL = "village_council"  # BPD, LPM
    RELIGIOUS = "religious"
    BUSINESS = "business"
    OTHER = "other"


class ResourceKind(StrEnum):
    """The five kinds of community assets of participatory appraisal."""

    HUMAN = "human"
    NATURAL = "natural"
    FINANCIAL = "financial"
    SOCIAL = "social"
    PHYSICAL = "physical"


class NeedKind(StrEnum):
    PROBLEM = "problem"
    NEED = "need"


class FundingSource(StrEnum):
    COMMUNITY = "community"
    OUTSIDE = "outside"


class ContributionKind(StrEnum):
    MONEY = "money"
    LABOUR = "labour"
    MATERIAL = "material"


class MeetingKind(StrEnum):
    DELIBERATION = "deliberation"  # musyawarah
    FOCUS_GROUP = "focus_group"
    TRANSECT = "transect"  # field walk
    TRAINING = "training"
    MONITORING = "monitoring"
    EVALUATION = "evaluation"
    OTHER = "other"


class DependencyKind(StrEnum):
    FINISH_TO_START = "FS"
    START_TO_START = "SS"
    FINISH_TO_FINISH = "FF"


class IndicatorDirection(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class FindingKind(StrEnum):
    SUCCESS = "success"
    PROBLEM = "problem"
    LESSON = "lesson"
    RECOMMENDATION = "recommendation"


class HandoverKind(StrEnum):
    ROLE = "role"
    ASSET = "asset"
    RECORD = "record"


class PlaceLevel(StrEnum):
    PROVINCE = "province"
    REGENCY = "regency"
    DISTRICT = "district"
    VILLAGE = "village"


class DeviceKind(StrEnum):
    VILLAGE = "village"
    OFFICE = "office"


class ReviewVerdict(StrEnum):
    """The office's decision on a stage a village reported."""

    ACCEPTED = "accepted"
    NEEDS_CHANGES = "needs_changes"
