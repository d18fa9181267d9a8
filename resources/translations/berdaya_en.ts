<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="+24"/>
        <source>Berdaya supports community empowerment programs (pemberdayaan masyarakat) in Indonesian villages: the seven stages from preparation to termination, with the community&apos;s own participation, contributions and results measured as they happen.</source>
        <translation>Berdaya supports community empowerment programs (pemberdayaan masyarakat) in Indonesian villages: the seven stages from preparation to termination, with the community&apos;s own participation, contributions and results measured as they happen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It works without an internet connection, on the facilitator&apos;s own laptop.</source>
        <translation>It works without an internet connection, on the facilitator&apos;s own laptop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Berdaya</source>
        <translation>About Berdaya</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="+23"/>
        <source>creating program “{name}”</source>
        <translation>creating program “{name}”</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/ui/jobs.py" line="+227"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New program…</source>
        <translation>&amp;New program…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Timeline of the program</source>
        <translation>&amp;Timeline of the program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of &amp;all programs</source>
        <translation>Timeline of &amp;all programs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Berdaya</source>
        <translation>&amp;About Berdaya</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Device: {label} · {id}</source>
        <translation>Device: {label} · {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id {id}
Key fingerprint {fingerprint}</source>
        <translation>Device id {id}
Key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berdaya could not open this database.</source>
        <translation>Berdaya could not open this database.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berdaya databases (*.sqlite *.db);;All files (*)</source>
        <translation>Berdaya databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This version of Berdaya comes without demo data.</source>
        <translation>This version of Berdaya comes without demo data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the demo database…</source>
        <translation>Opening the demo database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making programs in {count} villages…</source>
        <translation>Making programs in {count} villages…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the demo database…</source>
        <translation>Reading the demo database…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database reported a problem: {error}</source>
        <translation>The database reported a problem: {error}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berdaya will use {language} the next time it starts.</source>
        <translation>Berdaya will use {language} the next time it starts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a program on the left first.</source>
        <translation>Choose a program on the left first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline — Berdaya</source>
        <translation>Timeline — Berdaya</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="+166"/>
        <source>Search villages and programs</source>
        <translation>Search villages and programs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Villages and programs</source>
        <translation>Villages and programs</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{village}&lt;br&gt;{place}&lt;br&gt;Village code {code}</source>
        <translation>{village}&lt;br&gt;{place}&lt;br&gt;Village code {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stages done</source>
        <translation>All stages done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage {number}: {name}</source>
        <translation>Stage {number}: {name}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Nothing matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/new_program.py" line="+130"/>
        <source>New program</source>
        <translation>New program</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the village&apos;s name, e.g. Sukamaju</source>
        <translation>Type the village&apos;s name, e.g. Sukamaju</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Clean water for Dusun Krajan</source>
        <translation>e.g. Clean water for Dusun Krajan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>What the community wants to achieve</source>
        <translation>What the community wants to achieve</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Set a date</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create program</source>
        <translation>Create program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Program name</source>
        <translation>Program name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type at least two letters of the name.</source>
        <translation>Type at least two letters of the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>No village called “{text}” in the official list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of villages could not be searched: {error}</source>
        <translation>The list of villages could not be searched: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Villages you already work in. Type to search all of Indonesia.</source>
        <translation>Villages you already work in. Type to search all of Indonesia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Search among all villages of Indonesia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the village from the list ({count} found).</source>
        <translation>Choose the village from the list ({count} found).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The planned end comes before the start. Choose a later date.</source>
        <translation>The planned end comes before the start. Choose a later date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the program&apos;s village.</source>
        <translation>Choose the program&apos;s village.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the program a name.</source>
        <translation>Give the program a name.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview.py" line="+84"/>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings with the community</source>
        <translation>Meetings with the community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s share of attendance</source>
        <translation>Women&apos;s share of attendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities done</source>
        <translation>Activities done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean progress of activities</source>
        <translation>Mean progress of activities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned budget</source>
        <translation>Planned budget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community contributions received</source>
        <translation>Community contributions received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour days given by the community</source>
        <translation>Labour days given by the community</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Village code {code}</source>
        <translation>Village code {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started {date}</source>
        <translation>Started {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned end {date}</source>
        <translation>planned end {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closed {date}</source>
        <translation>Closed {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stages done</source>
        <translation>All stages done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage {number} of {total}: {name}</source>
        <translation>Stage {number} of {total}: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{women} women and {men} men attended</source>
        <translation>{women} women and {men} men attended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No meetings recorded yet</source>
        <translation>No meetings recorded yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{women} of {total} attendances</source>
        <translation>{women} of {total} attendances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attendance recorded yet</source>
        <translation>No attendance recorded yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activities finished, of all planned</source>
        <translation>activities finished, of all planned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>averaged over all activities</source>
        <translation>averaged over all activities</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>No activities planned yet</source>
        <translation>No activities planned yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>community {community} ({share}) · outside {outside}</source>
        <translation>community {community} ({share}) · outside {outside}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No budget planned yet</source>
        <translation>No budget planned yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money, labour and materials, valued in Rupiah</source>
        <translation>money, labour and materials, valued in Rupiah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and {outside} from outside</source>
        <translation>and {outside} from outside</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>person-days of work (HOK)</source>
        <translation>person-days of work (HOK)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="+32"/>
        <source>Choose a program on the left</source>
        <translation>Choose a program on the left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its stages and key figures will appear here.</source>
        <translation>Its stages and key figures will appear here.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="+21"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language is used from the next start of Berdaya.</source>
        <translation>A new language is used from the next start of Berdaya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+12"/>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning alternatives</source>
        <translation>Planning alternatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formalising the action plan</source>
        <translation>Formalising the action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>Termination</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepare the team and the field before entering the community.</source>
        <translation>Prepare the team and the field before entering the community.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the problems, needs and resources the community itself names.</source>
        <translation>Find the problems, needs and resources the community itself names.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residents think through their problems and propose ways out.</source>
        <translation>Residents think through their problems and propose ways out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups decide their programs and activities and sign the agreement.</source>
        <translation>Groups decide their programs and activities and sign the agreement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carry out the activities and keep them going.</source>
        <translation>Carry out the activities and keep them going.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate the results together with the residents.</source>
        <translation>Evaluate the results together with the residents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand everything over to the community and end the assistance.</source>
        <translation>Hand everything over to the community and end the assistance.</translation>
    </message>
</context>
<context>
    <name>StageStatus</name>
    <message>
        <location line="+9"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <location filename="../../desktop/ui/stepper.py" line="+162"/>
        <source>Started {date}</source>
        <translation>Started {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed {date}</source>
        <translation>Completed {date}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/ui/timeline/model.py" line="+263"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Progress: %1%</source>
        <translation>Progress: %1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the critical path</source>
        <translation>On the critical path</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack: %1 working days</source>
        <translation>Slack: %1 working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/view.py" line="+461"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>The change could not be made: %1</source>
        <translation>The change could not be made: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the dates of “%1”</source>
        <translation>Change the dates of “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only activities can be linked.</source>
        <translation>Only activities can be linked.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Link “%1” → “%2”</source>
        <translation>Link “%1” → “%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a link</source>
        <translation>Remove a link</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shift the following activities?</source>
        <translation>Shift the following activities?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These activities would now start too early. Move them later as well?</source>
        <translation>These activities would now start too early. Move them later as well?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as picture</source>
        <translation>Save as picture</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="+77"/>
        <source>Welcome to Berdaya</source>
        <translation>Welcome to Berdaya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berdaya helps you accompany a village&apos;s community through its empowerment program, stage by stage, from preparation to termination. Everything stays on this computer; no internet connection is needed.</source>
        <translation>Berdaya helps you accompany a village&apos;s community through its empowerment program, stage by stage, from preparation to termination. Everything stays on this computer; no internet connection is needed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start with the program you are accompanying now, or look around first:</source>
        <translation>Start with the program you are accompanying now, or look around first:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create your first program</source>
        <translation>Create your first program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data goes into a separate database; yours stays empty.</source>
        <translation>Demo data goes into a separate database; yours stays empty.</translation>
    </message>
</context>
</TS>
