"""The timeline without a screen: its rows as plain values, and exports (.ics, MS Project XML)."""

from desktop.core.timeline.data import (
    DependencyItem,
    ItemKind,
    PlaceChoice,
    ProgramTimeline,
    StageGroup,
    Timeline,
    TimelineFilter,
    TimelineItem,
    load_timeline,
    place_choices,
    program_milestone_id,
)

__all__ = [
    "DependencyItem",
    "ItemKind",
    "PlaceChoice",
    "ProgramTimeline",
    "StageGroup",
    "Timeline",
    "TimelineFilter",
    "TimelineItem",
    "load_timeline",
    "place_choices",
    "program_milestone_id",
]
