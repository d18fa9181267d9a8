"""The seven flows, by stage, in the order a program goes through them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from desktop.core.domain import Stage
from desktop.core.stages import (
    assessment,
    evaluation,
    formalisation,
    implementation,
    planning,
    preparation,
    termination,
)
from desktop.core.stages.base import Flow

FLOWS: Mapping[Stage, Flow] = MappingProxyType(
    {
        flow.stage: flow
        for flow in (
            preparation.FLOW,
            assessment.FLOW,
            planning.FLOW,
            formalisation.FLOW,
            implementation.FLOW,
            evaluation.FLOW,
            termination.FLOW,
        )
    }
)


def flow_for(stage: Stage | str) -> Flow:
    """The flow of a stage, by the stage or its id (``"pengkajian"``)."""
    return FLOWS[Stage(stage)]
