"""The domain model: one module per aggregate, all on one declarative base."""

from desktop.core.models.assessment import NeedVote, PairwiseChoice, Problem, Resource
from desktop.core.models.base import Base, Synced, synced_tables
from desktop.core.models.closing import ExitItem, Finding, Handover, MonitoringMember
from desktop.core.models.devices import Device, DeviceScope, LocalSetting
from desktop.core.models.goals import Indicator, Measurement
from desktop.core.models.implementation import Attachment, Blob, Contribution, ProgressLog
from desktop.core.models.meetings import Attendance, Meeting
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

__all__ = [
    "ActionPlan",
    "Activity",
    "Agreement",
    "Alternative",
    "AlternativeScore",
    "AlternativeVote",
    "Attachment",
    "Attendance",
    "Base",
    "Blob",
    "BudgetLine",
    "CommunityGroup",
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
    "Indicator",
    "KeyContact",
    "LocalSetting",
    "Measurement",
    "Meeting",
    "MonitoringMember",
    "NeedVote",
    "PairwiseChoice",
    "Person",
    "Place",
    "Problem",
    "Program",
    "ProgressLog",
    "Resource",
    "Signatory",
    "StageState",
    "Synced",
    "synced_tables",
]
