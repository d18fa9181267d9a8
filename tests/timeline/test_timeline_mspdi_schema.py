"""Our MS Project XML against what the MSPDI schema (mspdi_pj12.xsd, as Microsoft publishes it
in the Project XML Data Interchange reference) requires: the namespace, the required elements,
and each element's children in the schema's sequence order, which MS Project enforces on import.

No XSD validator is installed here (neither lxml nor xmlschema), so the sequences below are
written down from the published schema, only as far as the elements we write (plus ``GUID``,
which Project 2010's schema, SaveVersion 14, puts right after ``UID``)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import SmallProgram

from desktop.core.timeline import load_timeline
from desktop.core.timeline.mspdi import write_mspdi

NS = "{http://schemas.microsoft.com/project}"
STAMP = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)

PROJECT = [
    "SaveVersion",
    "UID",
    "Name",
    "Title",
    "Subject",
    "Category",
    "Company",
    "Manager",
    "Author",
    "CreationDate",
    "Revision",
    "LastSaved",
    "ScheduleFromStart",
    "StartDate",
    "FinishDate",
    "FYStartDate",
    "CriticalSlackLimit",
    "CurrencyDigits",
    "CurrencySymbol",
    "CurrencyCode",
    "CurrencySymbolPosition",
    "CalendarUID",
    "DefaultStartTime",
    "DefaultFinishTime",
    "MinutesPerDay",
    "MinutesPerWeek",
    "DaysPerMonth",
    "DefaultTaskType",
    "DefaultFixedCostAccrual",
    "DefaultStandardRate",
    "DefaultOvertimeRate",
    "DurationFormat",
    "WorkFormat",
    "OutlineCodes",
    "WBSMasks",
    "ExtendedAttributes",
    "Calendars",
    "Tasks",
    "Resources",
    "Assignments",
]
PROJECT_REQUIRED = {"SaveVersion", "CurrencyCode"}
TASK = [
    "UID",
    "GUID",
    "ID",
    "Name",
    "Type",
    "IsNull",
    "CreateDate",
    "Contact",
    "WBS",
    "WBSLevel",
    "OutlineNumber",
    "OutlineLevel",
    "Priority",
    "Start",
    "Finish",
    "Duration",
    "DurationFormat",
    "Work",
    "Stop",
    "Resume",
    "ResumeValid",
    "EffortDriven",
    "Recurring",
    "OverAllocated",
    "Estimated",
    "Milestone",
    "Summary",
    "Critical",
    "IsSubproject",
    "IsSubprojectReadOnly",
    "SubprojectName",
    "ExternalTask",
    "ExternalTaskProject",
    "EarlyStart",
    "EarlyFinish",
    "LateStart",
    "LateFinish",
    "StartVariance",
    "FinishVariance",
    "WorkVariance",
    "FreeSlack",
    "TotalSlack",
    "FixedCost",
    "FixedCostAccrual",
    "PercentComplete",
    "PercentWorkComplete",
    "Cost",
    "OvertimeCost",
    "OvertimeWork",
    "ActualStart",
    "ActualFinish",
    "ActualDuration",
    "ActualCost",
    "ActualOvertimeCost",
    "ActualWork",
    "ActualOvertimeWork",
    "RegularWork",
    "RemainingDuration",
    "RemainingCost",
    "RemainingWork",
    "RemainingOvertimeCost",
    "RemainingOvertimeWork",
    "ACWP",
    "CV",
    "ConstraintType",
    "CalendarUID",
    "ConstraintDate",
    "Deadline",
    "LevelAssignments",
    "LevelingCanSplit",
    "LevelingDelay",
    "LevelingDelayFormat",
    "PreLeveledStart",
    "PreLeveledFinish",
    "Hyperlink",
    "HyperlinkAddress",
    "HyperlinkSubAddress",
    "IgnoreResourceCalendar",
    "Notes",
    "HideBar",
    "Rollup",
    "BCWS",
    "BCWP",
    "PhysicalPercentComplete",
    "EarnedValueMethod",
    "PredecessorLink",
    "ActualWorkProtected",
    "ActualOvertimeWorkProtected",
    "ExtendedAttribute",
    "Baseline",
    "OutlineCode",
]
LINK = ["PredecessorUID", "Type", "CrossProject", "CrossProjectName", "LinkLag", "LagFormat"]
BASELINE = [
    "TimephasedData",
    "Number",
    "Interim",
    "Start",
    "Finish",
    "Duration",
    "DurationFormat",
    "EstimatedDuration",
    "Work",
    "Cost",
    "BCWS",
    "BCWP",
    "FixedCost",
]
REPEATED = {"PredecessorLink", "ExtendedAttribute", "Baseline", "OutlineCode", "Task"}
BOOLEANS = {"IsNull", "Milestone", "Summary", "Critical", "CrossProject"}
DURATION = re.compile(r"^PT\d+H\d+M\d+S$")
DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$")


def children_in_order(element: ET.Element, sequence: list[str]) -> list[str]:
    """The child names, asserting each is in the schema's sequence, in its order."""
    names = []
    last = -1
    for child in element:
        assert child.tag.startswith(NS), child.tag  # everything in the project namespace
        name = child.tag[len(NS) :]
        assert name in sequence, f"<{name}> is not in the schema of <{element.tag[len(NS) :]}>"
        at = sequence.index(name)
        assert at > last or (at == last and name in REPEATED), (
            f"<{name}> comes after <{sequence[last]}> in <{element.tag[len(NS) :]}>"
        )
        last = at
        names.append(name)
    return names


@pytest.fixture
def document(sessions: sessionmaker[Session], small: SmallProgram, tmp_path: Path) -> ET.Element:
    with sessions() as s:
        timeline = load_timeline(s, program_ids=[small.id, small.other_id])
    path = write_mspdi(timeline, tmp_path / "plan.xml", created=STAMP)
    head = path.read_bytes()[:60]
    assert head.startswith(b'<?xml version="1.0" encoding="UTF-8"')
    return ET.parse(path).getroot()


def test_the_project_element_follows_the_schema(document: ET.Element) -> None:
    assert document.tag == f"{NS}Project"
    names = children_in_order(document, PROJECT)
    assert names[0] == "SaveVersion" and set(names) >= PROJECT_REQUIRED
    assert document.findtext(f"{NS}SaveVersion") == "14"  # Project 2010 and later
    calendar_uid = document.findtext(f"{NS}CalendarUID")
    calendars = document.findall(f"{NS}Calendars/{NS}Calendar")
    assert calendar_uid in {c.findtext(f"{NS}UID") for c in calendars}
    assert document.findtext(f"{NS}DurationFormat") == "7"  # days


def test_every_task_follows_the_schema(document: ET.Element) -> None:
    tasks = document.findall(f"{NS}Tasks/{NS}Task")
    assert len(tasks) > 10
    uids = [t.findtext(f"{NS}UID") for t in tasks]
    assert all(u is not None and u.isdigit() for u in uids)
    assert len(set(uids)) == len(uids)  # UIDs unique, and the IDs with them
    assert len({t.findtext(f"{NS}ID") for t in tasks}) == len(tasks)
    for task in tasks:
        names = children_in_order(task, TASK)
        assert names[0] == "UID"
        assert {"Name", "Start", "Finish", "Duration", "OutlineLevel"} <= set(names)
        assert len(task.findtext(f"{NS}Name") or "") <= 512
        assert int(task.findtext(f"{NS}OutlineLevel") or "-1") in {0, 1, 2, 3}
        assert DURATION.match(task.findtext(f"{NS}Duration") or "")
        for tag in ("Start", "Finish", "ActualStart", "ActualFinish", "ConstraintDate"):
            value = task.findtext(f"{NS}{tag}")
            assert value is None or DATETIME.match(value), (tag, value)
        for tag in BOOLEANS & set(names):
            assert task.findtext(f"{NS}{tag}") in {"0", "1"}
        assert 0 <= int(task.findtext(f"{NS}PercentComplete") or "0") <= 100
        for link in task.findall(f"{NS}PredecessorLink"):
            children_in_order(link, LINK)
            assert link.findtext(f"{NS}PredecessorUID") in uids
            assert link.findtext(f"{NS}Type") in {"0", "1", "2", "3"}
            assert int(link.findtext(f"{NS}LinkLag") or "0") % 4800 == 0  # whole days
        for baseline in task.findall(f"{NS}Baseline"):
            children_in_order(baseline, BASELINE)
            assert DURATION.match(baseline.findtext(f"{NS}Duration") or "")
    # outline levels step down one at a time, as MS Project builds its tree from them
    levels = [int(t.findtext(f"{NS}OutlineLevel") or "0") for t in tasks]
    assert levels[0] == 0
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_the_order_check_catches_a_misplaced_element() -> None:
    task = ET.fromstring(f'<Task xmlns="{NS[1:-1]}"><UID>1</UID><Name>a</Name><ID>1</ID></Task>')
    with pytest.raises(AssertionError, match="<ID> comes after <Name>"):
        children_in_order(task, TASK)
