"""The seven stage flows as plain Python: steps, validation, completion rules, operations.

A wizard (any UI) binds its pages to a :class:`Flow`'s steps, calls the operations below, and
shows the :class:`Issue` lists the rules return. Operations take a Session and keyword
arguments, flush but never commit, and return :class:`~desktop.core.changes.Changes`; a refused
operation raises :class:`ValidationError` and changes nothing.
"""

from desktop.core.errors import Issue, ProgramClosed, ValidationError
from desktop.core.stages.assessment import (
    NeedVoteInput,
    RankedProblem,
    RankingMethod,
    add_problem,
    add_resource,
    problem_ranking,
    rank_problems,
    record_need_votes,
    record_pairwise_choice,
    set_priorities,
    update_problem,
    update_resource,
)
from desktop.core.stages.attachments import attach_file
from desktop.core.stages.base import Flow, Step, Upstream
from desktop.core.stages.evaluation import (
    add_finding,
    add_monitoring_member,
    record_measurement,
    update_finding,
    update_monitoring_member,
)
from desktop.core.stages.formalisation_activities import (
    add_activity,
    add_dependency,
    create_action_plan,
    plan_chosen_alternatives,
    update_activity,
)
from desktop.core.stages.formalisation_agreement import (
    SignatoryInput,
    add_signatory,
    record_agreement,
)
from desktop.core.stages.formalisation_budget import add_budget_line, update_budget_line
from desktop.core.stages.formalisation_indicators import add_indicator, update_indicator
from desktop.core.stages.guards import Party
from desktop.core.stages.implementation import (
    ContributionInput,
    add_contribution,
    log_progress,
    update_contribution,
)
from desktop.core.stages.lifecycle import (
    complete_stage,
    completion_issues,
    reopen_stage,
    resume_step,
    save_step,
    stage_issues,
    start_stage,
)
from desktop.core.stages.meetings import Attendee, record_meeting, set_attendance
from desktop.core.stages.planning import (
    RankedAlternative,
    add_alternative,
    add_criterion,
    alternative_ranking,
    choose_alternatives,
    score_alternative,
    update_alternative,
    update_criterion,
    vote_alternative,
)
from desktop.core.stages.preparation import (
    add_field_note,
    add_key_contact,
    assign_facilitator,
    release_facilitator,
    set_entry_plan,
    update_facilitator,
    update_field_note,
    update_key_contact,
)
from desktop.core.stages.registry import FLOWS, flow_for
from desktop.core.stages.termination import (
    DEFAULT_EXIT_CHECKLIST,
    DEFAULT_EXIT_ITEMS,
    add_default_exit_checklist,
    add_exit_item,
    close_program,
    record_handover,
    set_exit_item_done,
    set_final_report,
    update_handover,
)

__all__ = [
    "DEFAULT_EXIT_CHECKLIST",
    "DEFAULT_EXIT_ITEMS",
    "FLOWS",
    "Attendee",
    "ContributionInput",
    "Flow",
    "Issue",
    "NeedVoteInput",
    "Party",
    "ProgramClosed",
    "RankedAlternative",
    "RankedProblem",
    "RankingMethod",
    "SignatoryInput",
    "Step",
    "Upstream",
    "ValidationError",
    "add_activity",
    "add_alternative",
    "add_budget_line",
    "add_contribution",
    "add_criterion",
    "add_default_exit_checklist",
    "add_dependency",
    "add_exit_item",
    "add_field_note",
    "add_finding",
    "add_indicator",
    "add_key_contact",
    "add_monitoring_member",
    "add_problem",
    "add_resource",
    "add_signatory",
    "alternative_ranking",
    "assign_facilitator",
    "attach_file",
    "choose_alternatives",
    "close_program",
    "complete_stage",
    "completion_issues",
    "create_action_plan",
    "flow_for",
    "log_progress",
    "plan_chosen_alternatives",
    "problem_ranking",
    "rank_problems",
    "record_agreement",
    "record_handover",
    "record_measurement",
    "record_meeting",
    "record_need_votes",
    "record_pairwise_choice",
    "release_facilitator",
    "reopen_stage",
    "resume_step",
    "save_step",
    "score_alternative",
    "set_attendance",
    "set_entry_plan",
    "set_exit_item_done",
    "set_final_report",
    "set_priorities",
    "stage_issues",
    "start_stage",
    "update_activity",
    "update_alternative",
    "update_budget_line",
    "update_contribution",
    "update_criterion",
    "update_facilitator",
    "update_field_note",
    "update_finding",
    "update_handover",
    "update_indicator",
    "update_key_contact",
    "update_monitoring_member",
    "update_problem",
    "update_resource",
    "vote_alternative",
]
