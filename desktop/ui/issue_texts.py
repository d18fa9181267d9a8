# ruff: noqa: E501
"""The core's rule sentences, step titles and the words put into them, for lupdate.

Written by scripts/issue_texts.py from desktop/core; do not edit by hand. It passes 600
lines because it is a list, one line per sentence, not code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: tuple[object, ...] = (  # QT_TRANSLATE_NOOP gives back its text
    QT_TRANSLATE_NOOP("Issues", "A backup cannot be written over the database itself."),
    QT_TRANSLATE_NOOP(
        "Issues", "A lag of {days} working days is too long: at most {most} days either way."
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "A laptop works either for villages or for one office area, not both."
    ),
    QT_TRANSLATE_NOOP("Issues", "A laptop's name has at most {count} letters."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "A lead of {days} working days is longer than “{predecessor}” itself ({length} working days).",
    ),
    QT_TRANSLATE_NOOP("Issues", "A milestone starts and ends on the same day."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "A monitoring team, every indicator measured, an evaluation meeting with attendance, and at least one finding.",
    ),
    QT_TRANSLATE_NOOP("Issues", "A named voter casts one vote."),
    QT_TRANSLATE_NOOP("Issues", "A program needs a name."),
    QT_TRANSLATE_NOOP("Issues", "A score must be from {low} to {high}."),
    QT_TRANSLATE_NOOP(
        "Issues", "A team with roles, an entry plan, at least one key contact and one field note."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "A village counts as late after 1 to {most} days without sending; {days} is not possible.",
    ),
    QT_TRANSLATE_NOOP("Issues", "A weight must be a whole number of at least 1."),
    QT_TRANSLATE_NOOP("Issues", "Action plans from the chosen alternatives"),
    QT_TRANSLATE_NOOP("Issues", "Activities, responsible groups and dates"),
    QT_TRANSLATE_NOOP("Issues", "Add at least one activity to “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one field note from preparing the field."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one indicator with its baseline and target."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one key contact or local institution."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one meeting with its attendance."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one of the community's resources."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one problem or need the community raised."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one signatory."),
    QT_TRANSLATE_NOOP("Issues", "Add indicators in the formalisation stage first."),
    QT_TRANSLATE_NOOP("Issues", "Add the activities of “{title}” before recording its agreement."),
    QT_TRANSLATE_NOOP(
        "Issues", "Add the budget of “{title}”, with its sources (community or outside)."
    ),
    QT_TRANSLATE_NOOP("Issues", "Add the exit checklist."),
    QT_TRANSLATE_NOOP("Issues", "Add the problems and needs before ranking them."),
    QT_TRANSLATE_NOOP("Issues", "Add the signatories of the agreement of “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Agreement (berita acara) and signatories"),
    QT_TRANSLATE_NOOP("Issues", "Alternatives per priority problem"),
    QT_TRANSLATE_NOOP("Issues", "An office works for a sub-district or a regency."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "An office's bundle is cut for the one device that receives it: choose it with --to ({devices}), or use --full for the office's own backup.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Assessment"),
    QT_TRANSLATE_NOOP("Issues", "Assets handed over to community institutions"),
    QT_TRANSLATE_NOOP("Issues", "Assign at least one facilitator and their role."),
    QT_TRANSLATE_NOOP(
        "Issues", "Attendance ({present}) is larger than the group ({size} members)."
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "Berdaya may not write in the transfer folder “{folder}” ({reason})."
    ),
    QT_TRANSLATE_NOOP("Issues", "Bringing this link back would make a loop of activities."),
    QT_TRANSLATE_NOOP("Issues", "Budget and its sources"),
    QT_TRANSLATE_NOOP("Issues", "Choose alternatives in the planning stage first."),
    QT_TRANSLATE_NOOP("Issues", "Choose at least one alternative per problem."),
    QT_TRANSLATE_NOOP("Issues", "Choose at least one alternative with the community."),
    QT_TRANSLATE_NOOP("Issues", "Choose at least one alternative."),
    QT_TRANSLATE_NOOP("Issues", "Choose at least one problem as a priority."),
    QT_TRANSLATE_NOOP("Issues", "Choose at least one village, or the office's area."),
    QT_TRANSLATE_NOOP("Issues", "Choose one file to attach."),
    QT_TRANSLATE_NOOP("Issues", "Choose the community group that is responsible."),
    QT_TRANSLATE_NOOP("Issues", "Choose the community member who is responsible."),
    QT_TRANSLATE_NOOP("Issues", "Choose the person or the local institution."),
    QT_TRANSLATE_NOOP("Issues", "Choose the transfer folder with Browse… (a full folder path)."),
    QT_TRANSLATE_NOOP("Issues", "Choose whether the person is a woman or a man."),
    QT_TRANSLATE_NOOP("Issues", "Close the program formally, with its closing date."),
    QT_TRANSLATE_NOOP("Issues", "Community entry plan"),
    QT_TRANSLATE_NOOP("Issues", "Complete the {earlier} stage first."),
    QT_TRANSLATE_NOOP("Issues", "Conflict {number} does not exist."),
    QT_TRANSLATE_NOOP("Issues", "Conflict {number} is already resolved."),
    QT_TRANSLATE_NOOP("Issues", "Contributions"),
    QT_TRANSLATE_NOOP("Issues", "Criteria and weights"),
    QT_TRANSLATE_NOOP("Issues", "Dependencies"),
    QT_TRANSLATE_NOOP("Issues", "Describe the budget line."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Device “{device}” is already trusted with another key ({fingerprint}); revoke it first if the laptop was reset.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Enter at least one vote."),
    QT_TRANSLATE_NOOP("Issues", "Enter the points each problem received."),
    QT_TRANSLATE_NOOP("Issues", "Evaluation"),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Every chosen alternative has an action plan with activities inside the program's dates, no loop of dependencies, a budget with its sources, indicators with baseline and target, and a signed agreement.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Every prioritised problem has alternatives with who proposed them, weighed by scores or votes, and at least one alternative is chosen.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Exit checklist"),
    QT_TRANSLATE_NOOP("Issues", "Facilitators and their roles"),
    QT_TRANSLATE_NOOP("Issues", "Field notes"),
    QT_TRANSLATE_NOOP("Issues", "Files cannot be attached to that kind of record."),
    QT_TRANSLATE_NOOP("Issues", "Final report"),
    QT_TRANSLATE_NOOP("Issues", "Findings"),
    QT_TRANSLATE_NOOP("Issues", "Form the community's monitoring team: add at least one member."),
    QT_TRANSLATE_NOOP("Issues", "Formal closing"),
    QT_TRANSLATE_NOOP("Issues", "Formalising the action plan"),
    QT_TRANSLATE_NOOP("Issues", "Give each signatory's name."),
    QT_TRANSLATE_NOOP("Issues", "Give the activity a title."),
    QT_TRANSLATE_NOOP("Issues", "Give the date it was done."),
    QT_TRANSLATE_NOOP("Issues", "Give the facilitator's role."),
    QT_TRANSLATE_NOOP("Issues", "Give the file a name."),
    QT_TRANSLATE_NOOP("Issues", "Give the indicator's unit."),
    QT_TRANSLATE_NOOP("Issues", "Give the key contact's role."),
    QT_TRANSLATE_NOOP("Issues", "Give the meeting a title."),
    QT_TRANSLATE_NOOP("Issues", "Give the member's role in the team."),
    QT_TRANSLATE_NOOP("Issues", "Give the person's name."),
    QT_TRANSLATE_NOOP("Issues", "Give the role of “{name}”."),
    QT_TRANSLATE_NOOP("Issues", "Give this laptop a name, e.g. “Laptop Bu Sri”."),
    QT_TRANSLATE_NOOP("Issues", "Handovers to community institutions"),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Hold at least one evaluation meeting with the community and record its attendance.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Implementation"),
    QT_TRANSLATE_NOOP("Issues", "Indicator measurements"),
    QT_TRANSLATE_NOOP("Issues", "Indicators under the six goals"),
    QT_TRANSLATE_NOOP("Issues", "Key contacts and local institutions"),
    QT_TRANSLATE_NOOP("Issues", "Log the progress of at least one activity."),
    QT_TRANSLATE_NOOP("Issues", "Make the action plan of “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Measure “{name}” at least once."),
    QT_TRANSLATE_NOOP("Issues", "Meetings and attendance"),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Meetings with attendance, problems with who raised them, resources, and a ranking by the community with at least one priority.",
    ),
    QT_TRANSLATE_NOOP("Issues", "More than one device has a fingerprint starting with {device}."),
    QT_TRANSLATE_NOOP("Issues", "Name the criterion."),
    QT_TRANSLATE_NOOP("Issues", "Name the indicator."),
    QT_TRANSLATE_NOOP("Issues", "Name the outside agency that is responsible."),
    QT_TRANSLATE_NOOP("Issues", "Name the resource."),
    QT_TRANSLATE_NOOP("Issues", "No device {device} is known here."),
    QT_TRANSLATE_NOOP(
        "Issues", "No device {device} is known here; use --full for a device never heard from."
    ),
    QT_TRANSLATE_NOOP("Issues", "No held changes come from a bundle “{bundle}”"),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Nothing of the stage “{stage}” has reached this office yet: there is nothing to review.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "Only an office hands out an office card; this laptop works for villages."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Only an office records a verdict on a stage: this laptop works for a village, and the office reviews what the village sends.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Participatory evaluation meetings"),
    QT_TRANSLATE_NOOP("Issues", "Photos and documents"),
    QT_TRANSLATE_NOOP("Issues", "Planning alternatives"),
    QT_TRANSLATE_NOOP("Issues", "Points must be whole numbers."),
    QT_TRANSLATE_NOOP("Issues", "Preparation"),
    QT_TRANSLATE_NOOP("Issues", "Prioritise at least one problem."),
    QT_TRANSLATE_NOOP("Issues", "Prioritise problems in the assessment stage first."),
    QT_TRANSLATE_NOOP("Issues", "Problems and needs"),
    QT_TRANSLATE_NOOP(
        "Issues", "Progress cannot go back: “{title}” was already at {was}% on {day}."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Progress logged, contributions recorded, and every activity of the action plan at 100%.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Progress must be a whole percent from 0 to 100."),
    QT_TRANSLATE_NOOP("Issues", "Progress must be from 0 to 100 percent, not {value}."),
    QT_TRANSLATE_NOOP("Issues", "Progress of the activities"),
    QT_TRANSLATE_NOOP("Issues", "Propose at least one alternative for “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Rank the needs with the community: by votes or in pairs."),
    QT_TRANSLATE_NOOP("Issues", "Ranking of needs"),
    QT_TRANSLATE_NOOP("Issues", "Record at least one finding of the evaluation."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Record at least one handover of a role, asset or record to a community institution.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Record the agreement (berita acara) of “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Record the community's votes before ranking."),
    QT_TRANSLATE_NOOP("Issues", "Record the pairwise choices before ranking."),
    QT_TRANSLATE_NOOP("Issues", "Record what was contributed: money, labour days or materials."),
    QT_TRANSLATE_NOOP("Issues", "Record who attended: at least one person, by name or counted."),
    QT_TRANSLATE_NOOP("Issues", "Records and documents handed over"),
    QT_TRANSLATE_NOOP("Issues", "Records of “{table}” cannot be removed."),
    QT_TRANSLATE_NOOP(
        "Issues", "Release “{name}” from the program: the facilitator's role must come to zero."
    ),
    QT_TRANSLATE_NOOP("Issues", "Resources and assets"),
    QT_TRANSLATE_NOOP("Issues", "Review"),
    QT_TRANSLATE_NOOP("Issues", "Roles handed over to community institutions"),
    QT_TRANSLATE_NOOP("Issues", "Rupiah are whole: “{text}” has sen."),
    QT_TRANSLATE_NOOP("Issues", "Say to whom it was handed over: an institution or a person."),
    QT_TRANSLATE_NOOP("Issues", "Say to whom “{what}” was handed over."),
    QT_TRANSLATE_NOOP("Issues", "Say what must be done before leaving."),
    QT_TRANSLATE_NOOP("Issues", "Say what needs to change, so the village knows what to fix."),
    QT_TRANSLATE_NOOP("Issues", "Say what the alternative is."),
    QT_TRANSLATE_NOOP("Issues", "Say what the problem or need is."),
    QT_TRANSLATE_NOOP("Issues", "Say what was handed over."),
    QT_TRANSLATE_NOOP("Issues", "Say who proposed it: a resident or a group."),
    QT_TRANSLATE_NOOP("Issues", "Say who proposed “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Say who raised it: a resident or a group."),
    QT_TRANSLATE_NOOP("Issues", "Say who raised “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Score or vote on the alternatives for “{title}” before choosing."),
    QT_TRANSLATE_NOOP("Issues", "Score or vote on the alternatives for “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "Score “{title}” on every criterion (missing: {missing})."),
    QT_TRANSLATE_NOOP("Issues", "Scores and votes"),
    QT_TRANSLATE_NOOP("Issues", "Start the {before} stage first."),
    QT_TRANSLATE_NOOP("Issues", "Start the {stage} stage first."),
    QT_TRANSLATE_NOOP("Issues", "Termination"),
    QT_TRANSLATE_NOOP("Issues", "That action plan is not one of this program's."),
    QT_TRANSLATE_NOOP("Issues", "That activity no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That alternative is not one of this program's."),
    QT_TRANSLATE_NOOP("Issues", "That community group no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That link no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That meeting is not one of this program's meetings."),
    QT_TRANSLATE_NOOP("Issues", "That person no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That problem is not one of this program's problems."),
    QT_TRANSLATE_NOOP("Issues", "That program no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That progress log is not one of this activity's."),
    QT_TRANSLATE_NOOP("Issues", "That record no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That verdict no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That {what} belongs to another program."),
    QT_TRANSLATE_NOOP("Issues", "That {what} no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "The action plan has no activities yet: formalise it first."),
    QT_TRANSLATE_NOOP(
        "Issues", "The backup of “{name}” came out damaged: the database itself may be damaged."
    ),
    QT_TRANSLATE_NOOP("Issues", "The birth year {year} cannot be right."),
    QT_TRANSLATE_NOOP("Issues", "The closing date ({day}) is before the program starts ({start})."),
    QT_TRANSLATE_NOOP("Issues", "The closing meeting is held"),
    QT_TRANSLATE_NOOP("Issues", "The community's choice"),
    QT_TRANSLATE_NOOP("Issues", "The community's monitoring team"),
    QT_TRANSLATE_NOOP("Issues", "The community's monitoring team keeps working"),
    QT_TRANSLATE_NOOP(
        "Issues", "The completion date ({day}) comes before the stage started ({start})."
    ),
    QT_TRANSLATE_NOOP("Issues", "The disk is full: the report “{name}” was not written."),
    QT_TRANSLATE_NOOP("Issues", "The end date ({end}) comes before the start date ({start})."),
    QT_TRANSLATE_NOOP(
        "Issues", "The end date ({end}) of “{name}” comes before its start date ({start})."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "The exit checklist complete, handovers recorded, the facilitators released, the final report written, and the program formally closed.",
    ),
    QT_TRANSLATE_NOOP("Issues", "The facilitator's role at zero"),
    QT_TRANSLATE_NOOP("Issues", "The facilitator's role has come to zero"),
    QT_TRANSLATE_NOOP("Issues", "The file “{name}” cannot be read ({why})."),
    QT_TRANSLATE_NOOP("Issues", "The file “{name}” is empty."),
    QT_TRANSLATE_NOOP("Issues", "The file “{name}” is too large ({size}; at most {limit})."),
    QT_TRANSLATE_NOOP("Issues", "The final report is written"),
    QT_TRANSLATE_NOOP(
        "Issues", "The folder {folder} does not exist: the report “{name}” was not written."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "The held changes could not be applied because they refer to records this database does not have; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "The held changes of bundle {bundle} clash with rows here; nothing was changed."
    ),
    QT_TRANSLATE_NOOP("Issues", "The lag must be a whole number of working days."),
    QT_TRANSLATE_NOOP(
        "Issues", "The links between {names} go round in a loop; remove one of them."
    ),
    QT_TRANSLATE_NOOP("Issues", "The log date ({day}) is before “{title}” starts ({start})."),
    QT_TRANSLATE_NOOP("Issues", "The measured value must be a number."),
    QT_TRANSLATE_NOOP(
        "Issues", "The measurement date ({day}) comes before the baseline of “{name}” ({base})."
    ),
    QT_TRANSLATE_NOOP("Issues", "The meeting “{title}” has no attendance recorded."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "The monthly due day is a day from 1 to {most}, which every month has; {day} is not possible.",
    ),
    QT_TRANSLATE_NOOP("Issues", "The number of {what} cannot be negative ({value})."),
    QT_TRANSLATE_NOOP("Issues", "The number of {what} must be a whole number."),
    QT_TRANSLATE_NOOP("Issues", "The planned end comes before the start."),
    QT_TRANSLATE_NOOP("Issues", "The principles' scores"),
    QT_TRANSLATE_NOOP(
        "Issues", "The program “{name}” was closed on {closed}; it can no longer be changed."
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "The program “{name}” was closed on {day}; its timeline can no longer be changed."
    ),
    QT_TRANSLATE_NOOP("Issues", "The quantity cannot be negative ({q})."),
    QT_TRANSLATE_NOOP("Issues", "The record of conflict {number} is gone."),
    QT_TRANSLATE_NOOP(
        "Issues", "The release date ({end}) comes before the assignment date ({start})."
    ),
    QT_TRANSLATE_NOOP("Issues", "The report “{name}” could not be written ({reason})."),
    QT_TRANSLATE_NOOP(
        "Issues", "The target date ({target}) comes before the baseline date ({base})."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "The target of “{name}” ({target}) is above its baseline ({base}), but it should decrease.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "The target of “{name}” ({target}) is below its baseline ({base}), but it should increase.",
    ),
    QT_TRANSLATE_NOOP("Issues", "The target of “{name}” ({target}) is the same as its baseline."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "The transfer folder “{folder}” cannot be reached: plug in the drive or choose another folder in the settings.",
    ),
    QT_TRANSLATE_NOOP("Issues", "The winner must be one of the two problems compared."),
    QT_TRANSLATE_NOOP("Issues", "The {stage} stage is not completed."),
    QT_TRANSLATE_NOOP("Issues", "The {what} ({day}) is after the program's planned end ({end})."),
    QT_TRANSLATE_NOOP("Issues", "The {what} ({day}) is before the program starts ({start})."),
    QT_TRANSLATE_NOOP("Issues", "The {what} cannot be negative (Rp {value})."),
    QT_TRANSLATE_NOOP("Issues", "The {what} must be a number."),
    QT_TRANSLATE_NOOP("Issues", "The {what} must be a whole number of Rupiah."),
    QT_TRANSLATE_NOOP("Issues", "The {what} must be more than zero ({value})."),
    QT_TRANSLATE_NOOP("Issues", "There are no prioritised problems to choose for."),
    QT_TRANSLATE_NOOP("Issues", "There is already a criterion “{name}”."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "There is no permission to write in {folder}: the report “{name}” was not written.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "This database lives on a server: its backups are the server's job (pg_dump or the server's own backups), not Berdaya's.",
    ),
    QT_TRANSLATE_NOOP("Issues", "This device cannot revoke itself."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "This laptop works for {places}, so a program can only be made there. To work in {village} too, add it to this laptop in Settings first.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "This program's village ({village}) is outside this office's area."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "This text holds an invisible control character (such as a NUL byte, an escape or a line break) that cannot be stored. Retype it.",
    ),
    QT_TRANSLATE_NOOP("Issues", "This text is {length} characters long; at most {limit} fit."),
    QT_TRANSLATE_NOOP("Issues", "Tick off “{text}” on the exit checklist."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Trust in the office “{device}” ({fingerprint}) was revoked on this laptop; to undo that, confirm the fingerprint with the office by phone and trust its card again.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Type a number."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "Work on “{title}” was already recorded on {day}: a start on {start} would put the plan after the work.",
    ),
    QT_TRANSLATE_NOOP("Issues", "Write the field note."),
    QT_TRANSLATE_NOOP("Issues", "Write the final report."),
    QT_TRANSLATE_NOOP("Issues", "Write the plan for entering the community."),
    QT_TRANSLATE_NOOP("Issues", "Write what was found."),
    QT_TRANSLATE_NOOP("Issues", "a change outside the ranges it declares"),
    QT_TRANSLATE_NOOP("Issues", "a malformed change"),
    QT_TRANSLATE_NOOP("Issues", "a malformed or repeated change"),
    QT_TRANSLATE_NOOP("Issues", "a malformed row id"),
    QT_TRANSLATE_NOOP("Issues", "action plan"),
    QT_TRANSLATE_NOOP("Issues", "activity"),
    QT_TRANSLATE_NOOP("Issues", "actual cost"),
    QT_TRANSLATE_NOOP("Issues", "affected households"),
    QT_TRANSLATE_NOOP("Issues", "agreement"),
    QT_TRANSLATE_NOOP("Issues", "alternative"),
    QT_TRANSLATE_NOOP("Issues", "an unreadable change"),
    QT_TRANSLATE_NOOP("Issues", "an unreadable value"),
    QT_TRANSLATE_NOOP("Issues", "assignment date"),
    QT_TRANSLATE_NOOP("Issues", "baseline"),
    QT_TRANSLATE_NOOP("Issues", "baseline date"),
    QT_TRANSLATE_NOOP("Issues", "budget line"),
    QT_TRANSLATE_NOOP("Issues", "checklist item"),
    QT_TRANSLATE_NOOP("Issues", "completion date"),
    QT_TRANSLATE_NOOP("Issues", "contribution"),
    QT_TRANSLATE_NOOP("Issues", "contribution date"),
    QT_TRANSLATE_NOOP("Issues", "criterion"),
    QT_TRANSLATE_NOOP("Issues", "date"),
    QT_TRANSLATE_NOOP("Issues", "date done"),
    QT_TRANSLATE_NOOP("Issues", "date taken"),
    QT_TRANSLATE_NOOP("Issues", "encrypted member"),
    QT_TRANSLATE_NOOP("Issues", "end date"),
    QT_TRANSLATE_NOOP("Issues", "estimated cost"),
    QT_TRANSLATE_NOOP("Issues", "estimated value"),
    QT_TRANSLATE_NOOP("Issues", "facilitator"),
    QT_TRANSLATE_NOOP("Issues", "field note"),
    QT_TRANSLATE_NOOP("Issues", "finding"),
    QT_TRANSLATE_NOOP("Issues", "finding's date"),
    QT_TRANSLATE_NOOP("Issues", "handover"),
    QT_TRANSLATE_NOOP("Issues", "handover date"),
    QT_TRANSLATE_NOOP("Issues", "indicator"),
    QT_TRANSLATE_NOOP("Issues", "joining date"),
    QT_TRANSLATE_NOOP("Issues", "key contact"),
    QT_TRANSLATE_NOOP("Issues", "log date"),
    QT_TRANSLATE_NOOP("Issues", "manifest: a device has two ranges"),
    QT_TRANSLATE_NOOP("Issues", "manifest: bad blob name"),
    QT_TRANSLATE_NOOP("Issues", "manifest: bad filter"),
    QT_TRANSLATE_NOOP("Issues", "manifest: bad member name"),
    QT_TRANSLATE_NOOP("Issues", "manifest: bad public key"),
    QT_TRANSLATE_NOOP("Issues", "manifest: bad range"),
    QT_TRANSLATE_NOOP("Issues", "manifest: bad recipient"),
    QT_TRANSLATE_NOOP("Issues", "manifest: counts do not add up"),
    QT_TRANSLATE_NOOP("Issues", "measurement date"),
    QT_TRANSLATE_NOOP("Issues", "meeting"),
    QT_TRANSLATE_NOOP("Issues", "meeting date"),
    QT_TRANSLATE_NOOP("Issues", "men counted"),
    QT_TRANSLATE_NOOP("Issues", "men present"),
    QT_TRANSLATE_NOOP("Issues", "no places"),
    QT_TRANSLATE_NOOP("Issues", "note's date"),
    QT_TRANSLATE_NOOP("Issues", "problem"),
    QT_TRANSLATE_NOOP("Issues", "quantity"),
    QT_TRANSLATE_NOOP("Issues", "release date"),
    QT_TRANSLATE_NOOP("Issues", "resource"),
    QT_TRANSLATE_NOOP("Issues", "signing date"),
    QT_TRANSLATE_NOOP("Issues", "start date"),
    QT_TRANSLATE_NOOP("Issues", "target"),
    QT_TRANSLATE_NOOP("Issues", "target date"),
    QT_TRANSLATE_NOOP("Issues", "team member"),
    QT_TRANSLATE_NOOP("Issues", "too many members"),
    QT_TRANSLATE_NOOP("Issues", "unit value"),
    QT_TRANSLATE_NOOP("Issues", "unknown"),
    QT_TRANSLATE_NOOP("Issues", "unknown compression"),
    QT_TRANSLATE_NOOP("Issues", "unreadable manifest"),
    QT_TRANSLATE_NOOP("Issues", "value"),
    QT_TRANSLATE_NOOP("Issues", "value of a contribution"),
    QT_TRANSLATE_NOOP("Issues", "voting date"),
    QT_TRANSLATE_NOOP("Issues", "women counted"),
    QT_TRANSLATE_NOOP("Issues", "women present"),
    QT_TRANSLATE_NOOP("Issues", "{code} is not an official Kemendagri place code."),
    QT_TRANSLATE_NOOP(
        "Issues", "“{a}” and “{b}” belong to different programs and cannot be linked."
    ),
    QT_TRANSLATE_NOOP("Issues", "“{bundle}” names more than one bundle; give more of its id."),
    QT_TRANSLATE_NOOP("Issues", "“{b}” already follows “{a}”."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{b}” cannot follow “{a}”: that would make a loop, because {path} already leads back to it.",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{device}” is not a device id."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” builds on changes {first} to {last} of device “{device}” ({fingerprint}), which this database does not have yet: import the earlier bundle that carries them first.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” builds on {parts}, which this database does not have yet: import the earlier bundle that carries them first.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” could not be decrypted with this device's key although it names this device; ask device “{device}” ({fingerprint}) to send it again.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” could not be merged because its rows clash with rows here (the same record made twice, or a reference to a record this database does not have), so nothing of it was imported.",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{file}” could not be read: {reason}"),
    QT_TRANSLATE_NOOP("Issues", "“{file}” does not exist."),
    QT_TRANSLATE_NOOP("Issues", "“{file}” has an unknown bundle format ({version})."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” is damaged or incomplete ({detail}), so it was not imported; ask for the bundle again.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” is damaged or incomplete, so it was not imported; ask for the bundle again.",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{file}” is encrypted for {receivers}, not for this device."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” is encrypted, and this step reads only bundles opened with this device's key.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "“{file}” is not a Berdaya bundle (it is not a bundle file at all)."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” is not a Berdaya bundle, or it is incomplete (its signed manifest is missing).",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{file}” is not a Berdaya bundle."),
    QT_TRANSLATE_NOOP("Issues", "“{file}” is not an office card, or it is damaged."),
    QT_TRANSLATE_NOOP(
        "Issues", "“{file}” is the card of a village laptop; only an office's card can be imported."
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "“{file}” is this laptop's own card: give it to the villages' laptops."
    ),
    QT_TRANSLATE_NOOP("Issues", "“{file}” is too large to be an office card."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was made by a newer Berdaya (bundle format {version}); install the newer Berdaya to import it.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "“{file}” was made by a newer version of Berdaya; update Berdaya to read it."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) is not trusted here yet and claims {places}; accept it only if you know it.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) now claims {places} as well, beyond what it was trusted for here ({trusted}); accept this only if it is right.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows} and {more} more.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows}.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because device “{device}” ({fingerprint}) was refused here before.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because it claims to come from device “{device}” but is signed with another key ({fingerprint}) than the one trusted for it ({trusted}).",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because it contains a file with an unsafe name ({member}), which a real Berdaya bundle never has.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because it holds a file its manifest does not list ({member}).",
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "“{file}” was refused because it holds an unexpected file {member}."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because it holds rows of villages this device does not work for ({villages}); this device works for {places} only.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because it holds two files named {member}, which a real Berdaya bundle never has.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because it was encrypted by someone other than the device that signed it.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because its encryption does not match the signature of device “{device}” ({fingerprint}): someone else changed it after it was sealed.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because its file {member} would unpack far larger than any real bundle (a zip bomb).",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because its sender encrypted it but it arrived unencrypted: someone else removed the encryption.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because its signature does not match its content: it was changed after the sending device signed it.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because the key fingerprint it names does not belong to its key.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because trust in device “{device}” ({fingerprint}) was revoked.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused because {sender} changes rows that belong to another village: {rows}.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused: its signature does not match, so it was changed after the office made it, or not made by that office.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{file}” was refused: this laptop already trusts “{device}” with another key ({fingerprint}); revoke that one first if the office's laptop was reset.",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{name}” does not exist."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” does not exist: there is nothing to back up."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” has already voted for “{title}”."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is a file, not a folder."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is a folder, not a file to write a report to."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is already a facilitator of this program."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is already on the monitoring team."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is damaged or not a database: choose another backup."),
    QT_TRANSLATE_NOOP(
        "Issues", "“{name}” is in use by another program: close it, then restore again."
    ),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is listed twice."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is not a Berdaya database."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{name}” was made by a newer version of Berdaya: install it to restore this backup.",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{step}” is not a step of the {stage} stage."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{successor}” cannot start before “{predecessor}” starts: a start-to-start link takes no lead.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{text}” can be read two ways. Write thousands with a dot (1.500) and decimals with a comma (1,5).",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{text}” cannot be negative here."),
    QT_TRANSLATE_NOOP("Issues", "“{text}” is already on the checklist."),
    QT_TRANSLATE_NOOP("Issues", "“{text}” is more than the largest allowed, {maximum}."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{text}” is not a number as it is written here: a dot groups thousands and a comma marks decimals, as in 12.500 or 12.500,50.",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{text}” is too large a number."),
    QT_TRANSLATE_NOOP("Issues", "“{text}” must be a whole number."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” already has an action plan."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” already has its agreement."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” cannot be compared with itself."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” cannot depend on itself."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” cannot end before it starts."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” cannot get negative points ({points})."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” falls outside the program's dates."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” has no rank yet: rank the problems again."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” is a milestone: it has one date, not a length."),
    QT_TRANSLATE_NOOP("Issues", "“{title}” is at {progress}%: log its progress up to 100%."),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{title}” is not a prioritised problem; alternatives are made for the community's priorities.",
    ),
    QT_TRANSLATE_NOOP(
        "Issues", "“{title}” is still carried by the facilitator; hand it over to the community."
    ),
    QT_TRANSLATE_NOOP(
        "Issues",
        "“{title}” was not chosen by the community; only chosen alternatives become action plans.",
    ),
    QT_TRANSLATE_NOOP("Issues", "“{title}” was only at {was}% later, on {day}."),
)
