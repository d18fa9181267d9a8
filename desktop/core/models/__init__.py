"""The domain model: one module per aggregate, all on one declarative base."""

from desktop.core.models.assessment import NeedVote, PairwiseChoice, Problem, Resource
from desktop.core.models.base import Base, Synced, synced_tables
from desktop.core.models.closing import ExitItem, Finding, Handover, MonitoringMember
from desktop.core.models.devices import Device, DeviceScope, LocalSetting
from desktop.core.models.drafts import WizardDraft
from desktop.core.models.goals import Indicator, Measurement
from desktop.core.models.implementation import Attachment, Blob, Contribution, ProgressLog
from desktop.core.models.meetings import Attendance, Meeting
from desktop.core.models.office import CachedFigures, CachedKnowledge, CachedState
from desktop.core.models.people import CommunityGroup, GroupMembership, Person
from desktop.core.models.places import Place
from desktop.core.models.planning import Alternative, AlternativeScore, AlternativeVote, Criterion
from desktop.core.models.plans import (
    ActionPlan,
    Activity,
    Agreement,
    BudgetLine,
    Dependency,
    Signatory,
)
from desktop.core.models.programs import Facilitator, FieldNote, KeyContact, Program, StageState
from desktop.core.models.reviews import StageReview
from desktop.core.models.sync import (
    AppliedBundle,
    Conflict,
    HeldChange,
    Knowledge,
    PeerKnowledge,
    SyncClock,
    SyncVersion,
)

__all__ = [
    "ActionPlan",
    "Activity",
    "Agreement",
    "Alternative",
    "AlternativeScore",
    "AlternativeVote",
    "AppliedBundle",
    "Attachment",
    "Attendance",
    "Base",
    "Blob",
    "BudgetLine",
    "CachedFigures",
    "CachedKnowledge",
    "CachedState",
    "CommunityGroup",
    "Conflict",
    "Contribution",
    "Criterion",
    "Dependency",
    "Device",
    "DeviceScope",
    "ExitItem",
    "Facilitator",
    "FieldNote",
    "Finding",
    "GroupMembership",
    "Handover",
    "HeldChange",
    "Indicator",
    "KeyContact",
    "Knowledge",
    "LocalSetting",
    "Measurement",
    "Meeting",
    "MonitoringMember",
    "NeedVote",
    "PairwiseChoice",
    "PeerKnowledge",
    "Person",
    "Place",
    "Problem",
    "Program",
    "ProgressLog",
    "Resource",
    "Signatory",
    "StageReview",
    "StageState",
    "SyncClock",
    "SyncVersion",
    "Synced",
    "WizardDraft",
    "synced_tables",
]
