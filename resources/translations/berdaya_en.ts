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
    <name>ActionPlansPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation.py" line="+42"/>
        <source>Action plans from the chosen alternatives</source>
        <translation>Action plans from the chosen alternatives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each alternative the community chose in planning becomes an action plan, carried by a group of the village.</source>
        <translation>Each alternative the community chose in planning becomes an action plan, carried by a group of the village.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a plan for every chosen alternative</source>
        <translation>Make a plan for every chosen alternative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a chosen alternative…</source>
        <translation>Type a chosen alternative…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the alternative&apos;s title</source>
        <translation>Leave empty to use the alternative&apos;s title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a group&apos;s name…</source>
        <translation>Type a group&apos;s name…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the alternative</source>
        <translation>From the alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried by</source>
        <translation>Carried by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the plan</source>
        <translation>Make the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an action plan</source>
        <translation>an action plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen alternative</source>
        <translation>Chosen alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the plan</source>
        <translation>Title of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group carrying it</source>
        <translation>Group carrying it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alternative was chosen in the planning stage yet.</source>
        <translation>No alternative was chosen in the planning stage yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen in planning: {names}.</source>
        <translation>Chosen in planning: {names}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose one of the alternatives the community chose.</source>
        <translation>Choose one of the alternatives the community chose.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>making the action plans</source>
        <translation>making the action plans</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location line="+16"/>
        <source>Activities, responsible groups and dates</source>
        <translation>Activities, responsible groups and dates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Break each plan into activities. A group of the village carries each one; the dates must fall within the program. Double-click or F2 corrects one.</source>
        <translation>Break each plan into activities. A group of the village carries each one; the dates must fall within the program. Double-click or F2 corrects one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Gotong royong menggali sumur</source>
        <translation>e.g. Gotong royong menggali sumur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a group&apos;s name…</source>
        <translation>Type a group&apos;s name…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+9"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an activity</source>
        <translation>an activity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible group</source>
        <translation>Responsible group</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Make an action plan first.</source>
        <translation>Make an action plan first.</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_agreement.py" line="+49"/>
        <source>Agreement (berita acara) and signatories</source>
        <translation>Agreement (berita acara) and signatories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When and where the community agreed the plan and who signed. Adding the first signatory records the berita acara; then it can be printed.</source>
        <translation>When and where the community agreed the plan and who signed. Adding the first signatory records the berita acara; then it can be printed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 001/BA/II/2026</source>
        <translation>e.g. 001/BA/II/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Balai desa</source>
        <translation>e.g. Balai desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was agreed, in a few sentences (optional)</source>
        <translation>What was agreed, in a few sentences (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the berita acara (PDF)…</source>
        <translation>Print the berita acara (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+21"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Kepala desa</source>
        <translation>e.g. Kepala desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add signatory</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a signatory</source>
        <translation>a signatory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Make an action plan first.</source>
        <translation>Make an action plan first.</translation>
    </message>
</context>
<context>
    <name>AlternativesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="+50"/>
        <source>Alternatives per priority problem</source>
        <translation>Alternatives per priority problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each problem the community prioritised, the ways out residents propose. Write down who proposed each one.</source>
        <translation>For each problem the community prioritised, the ways out residents propose. Write down who proposed each one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Sumur bor bersama</source>
        <translation>e.g. Sumur bor bersama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a group&apos;s name…</source>
        <translation>Type a group&apos;s name…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add alternative</source>
        <translation>Add alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an alternative</source>
        <translation>an alternative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the problem</source>
        <translation>For the problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or the group</source>
        <translation>or the group</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{title} (not prioritised)</source>
        <translation>{title} (not prioritised)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no prioritised problem: rank the needs in the assessment.</source>
        <translation>There is no prioritised problem: rank the needs in the assessment.</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../desktop/ui/wizards/meetings.py" line="+119"/>
        <location line="+4"/>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Others counted: women</source>
        <translation>Others counted: women</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present: {women} women, {men} men</source>
        <translation>Present: {women} women, {men} men</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <location filename="../../desktop/ui/wizards/bindings.py" line="+41"/>
        <source>The disk is full: what you typed is kept here, not saved yet.</source>
        <translation>The disk is full: what you typed is kept here, not saved yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is read-only: what you typed is kept here, not saved yet.</source>
        <translation>The database is read-only: what you typed is kept here, not saved yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is writing to the database: what you typed is kept here and saved when it is done.</source>
        <translation>Another program is writing to the database: what you typed is kept here and saved when it is done.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is damaged: what you typed is kept here, not saved.</source>
        <translation>The database is damaged: what you typed is kept here, not saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be written: what you typed is kept here, not saved.</source>
        <translation>The database cannot be written: what you typed is kept here, not saved.</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_budget.py" line="+43"/>
        <source>Budget and its sources</source>
        <translation>Budget and its sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost of each activity in Rupiah and who meets it: the community itself (money, labour or materials) or an outside source such as Dana Desa.</source>
        <translation>The cost of each activity in Rupiah and who meets it: the community itself (money, labour or materials) or an outside source such as Dana Desa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type an activity…</source>
        <translation>Type an activity…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Semen 50 kg</source>
        <translation>e.g. Semen 50 kg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community (swadaya)</source>
        <translation>Community (swadaya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Outside</source>
        <translation>Outside</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>From whom, e.g. Dana Desa</source>
        <translation>From whom, e.g. Dana Desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>unit, e.g. sak</source>
        <translation>unit, e.g. sak</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Unit value</source>
        <translation>Unit value</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add to the budget</source>
        <translation>Add to the budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget line</source>
        <translation>a budget line</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Community: {community} · Outside: {outside} · Total: {total}</source>
        <translation>Community: {community} · Outside: {outside} · Total: {total}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an activity from the list.</source>
        <translation>Choose an activity from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Write a number, e.g. 4 or 2,5.</source>
        <translation>Write a number, e.g. 4 or 2,5.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="+397"/>
        <source>The office&apos;s card</source>
        <translation>The office&apos;s card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that only your office can read the bundles you send.</source>
        <translation>So that only your office can read the bundles you send.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the office&apos;s card (a .berdaya-card file)? Import it now, and confirm its fingerprint with the office by phone.</source>
        <translation>Have the office&apos;s card (a .berdaya-card file)? Import it now, and confirm its fingerprint with the office by phone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the office&apos;s card…</source>
        <translation>Import the office&apos;s card…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card yet? You can import it later from the File menu.</source>
        <translation>No card yet? You can import it later from the File menu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted: the office “{office}”, for {area}.</source>
        <translation>Trusted: the office “{office}”, for {area}.</translation>
    </message>
</context>
<context>
    <name>CardSaved</name>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="+110"/>
        <source>Office card</source>
        <translation>Office card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office card is saved as {file}.</source>
        <translation>The office card is saved as {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this file to each village facilitator, on a flash disk or in a message. When they import it they will call you: read them this fingerprint, so they know the card really comes from this office.</source>
        <translation>Give this file to each village facilitator, on a flash disk or in a message. When they import it they will call you: read them this fingerprint, so they know the card really comes from this office.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination.py" line="+64"/>
        <source>Exit checklist</source>
        <translation>Exit checklist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What must be done before the team leaves the village. Select an item and tick it off with the day it was done (Space); add the community&apos;s own items.</source>
        <translation>What must be done before the team leaves the village. Select an item and tick it off with the day it was done (Space); add the community&apos;s own items.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Kunci gudang diserahkan ke BUMDes</source>
        <translation>e.g. Kunci gudang diserahkan ke BUMDes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist item</source>
        <translation>a checklist item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick off</source>
        <translation>Tick off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recommendations from the evaluation</source>
        <translation>Recommendations from the evaluation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to the checklist</source>
        <translation>Add to the checklist</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>✓ done</source>
        <translation>✓ done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select an item in the list first.</source>
        <translation>Select an item in the list first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticking off a checklist item</source>
        <translation>ticking off a checklist item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unticking an item</source>
        <translation>unticking an item</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="+244"/>
        <source>The community&apos;s choice</source>
        <translation>The community&apos;s choice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alternatives of each problem, best first by weighted score then votes. Tick what the community chooses, or take the best of each problem.</source>
        <translation>The alternatives of each problem, best first by weighted score then votes. Tick what the community chooses, or take the best of each problem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the best of each problem</source>
        <translation>Choose the best of each problem</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination_closing.py" line="+199"/>
        <source>Formal closing</source>
        <translation>Formal closing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the program on the day of the closing meeting. After closing, the program can no longer be changed, except its closing report.</source>
        <translation>Close the program on the day of the closing meeting. After closing, the program can no longer be changed, except its closing report.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the program…</source>
        <translation>Close the program…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The program was closed on {day}.</source>
        <translation>The program was closed on {day}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Close the program</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Close “{program}” on {day}?</source>
        <translation>Close “{program}” on {day}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After closing, the program can no longer be changed, except its closing report.</source>
        <translation>After closing, the program can no longer be changed, except its closing report.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="+23"/>
        <source>creating program “{name}”</source>
        <translation>creating program “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_verdict.py" line="+129"/>
        <source>recording the office&apos;s verdict</source>
        <translation>recording the office&apos;s verdict</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="+48"/>
        <source>Import office card</source>
        <translation>Import office card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is from the office “{office}”, for {area}.</source>
        <translation>This card is from the office “{office}”, for {area}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call the office and ask them to read their fingerprint to you. Trust the card only if every group below matches what they read.</source>
        <translation>Call the office and ask them to read their fingerprint to you. Trust the card only if every group below matches what they read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Once trusted, the bundles this laptop sends are encrypted so that only the office can read them.</source>
        <translation>Once trusted, the bundles this laptop sends are encrypted so that only the office can read them.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/review.py" line="+43"/>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two laptops changed the same field without seeing each other&apos;s change. Berdaya kept the later one. Keep it, or use the other value instead: the choice is sent to the other devices with the next bundle.</source>
        <translation>Two laptops changed the same field without seeing each other&apos;s change. Berdaya kept the later one. Keep it, or use the other value instead: the choice is sent to the other devices with the next bundle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept value</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value from</source>
        <translation>Other value from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value changed on</source>
        <translation>Other value changed on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value shown now and close the conflict.</source>
        <translation>Keep the value shown now and close the conflict.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the other value as a new change; it reaches the other devices too.</source>
        <translation>Save the other value as a new change; it reaches the other devices too.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held changes</source>
        <translation>Held changes</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Kept: from {device}, {when}</source>
        <translation>Kept: from {device}, {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflicts ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held changes ({count})</source>
        <translation>Held changes ({count})</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation.py" line="+235"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money, labour days and materials given to each activity, valued in Rupiah. What the community gives itself shows how self-reliant it is becoming. Double-click or F2 corrects one.</source>
        <translation>Money, labour days and materials given to each activity, valued in Rupiah. What the community gives itself shows how self-reliant it is becoming. Double-click or F2 corrects one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+84"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Labour (days of work)</source>
        <translation>Labour (days of work)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The community</source>
        <translation>The community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside (government, donor)</source>
        <translation>Outside (government, donor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12</source>
        <translation>e.g. 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days, sacks, metres</source>
        <translation>days, sacks, metres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a group&apos;s or a person&apos;s name…</source>
        <translation>Type a group&apos;s or a person&apos;s name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or write a name, e.g. Dinas PU</source>
        <translation>or write a name, e.g. Dinas PU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 20 sacks of cement</source>
        <translation>e.g. 20 sacks of cement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+15"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+27"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contribution</source>
        <translation>a contribution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was given</source>
        <translation>What was given</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside</source>
        <translation>Outside</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The action plan has no activities yet: formalise it first.</source>
        <translation>The action plan has no activities yet: formalise it first.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="-232"/>
        <source>Criteria and weights</source>
        <translation>Criteria and weights</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What makes an alternative good for the community (cost, who benefits, can we do it ourselves), and how much each counts. Optional: voting alone is fine.</source>
        <translation>What makes an alternative good for the community (cost, who benefits, can we do it ourselves), and how much each counts. Optional: voting alone is fine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Bisa dikerjakan swadaya</source>
        <translation>e.g. Bisa dikerjakan swadaya</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a criterion</source>
        <translation>a criterion</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/office/dashboard.py" line="+121"/>
        <source>The area at a glance</source>
        <translation>The area at a glance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programs and navigator</source>
        <translation>Programs and navigator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the navigator and one program at a time (Ctrl+Shift+D)</source>
        <translation>Show the navigator and one program at a time (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the villages&apos; figures</source>
        <translation>Reading the villages&apos; figures</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>REPORTING THIS MONTH</source>
        <translation>REPORTING THIS MONTH</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Villages and their programs</source>
        <translation>Villages and their programs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search a village or program</source>
        <translation>Search a village or program</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+259"/>
        <source>Sub-district</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Current stage</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending status</source>
        <translation>Sending status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sending status</source>
        <translation>Any sending status</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the villages&apos; figures…</source>
        <translation>Reading the villages&apos; figures…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Figures as last counted, on {day}; counting them again…</source>
        <translation>Figures as last counted, on {day}; counting them again…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The figures could not be read: {error}</source>
        <translation>The figures could not be read: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every village of this database</source>
        <translation>Every village of this database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{area} · {villages} villages, {programs} programs · {month}</source>
        <translation>{area} · {villages} villages, {programs} programs · {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s dashboard</source>
        <translation>The office&apos;s dashboard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{line} · demo data, as it stood on {day}</source>
        <translation>{line} · demo data, as it stood on {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>REPORTING IN {month} (DUE BY DAY {day})</source>
        <translation>REPORTING IN {month} (DUE BY DAY {day})</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+83"/>
        <source>All sub-districts</source>
        <translation>All sub-districts</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{shown} of {total} rows</source>
        <translation>{shown} of {total} rows</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reporting completeness per sub-district</source>
        <translation>Reporting completeness per sub-district</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent this month</source>
        <translation>Sent this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting rate</source>
        <translation>Reporting rate</translation>
    </message>
</context>
<context>
    <name>DependenciesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation.py" line="+63"/>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which activity must finish before another can start (optional). Links that would go round in a loop are refused.</source>
        <translation>Which activity must finish before another can start (optional). Links that would go round in a loop are refused.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Type an activity…</source>
        <translation>Type an activity…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Waiting (working days)</source>
        <translation>Waiting (working days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add link</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dependency</source>
        <translation>a dependency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting in between (working days)</source>
        <translation>Waiting in between (working days)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an activity from the list.</source>
        <translation>Choose an activity from the list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a whole number of days, e.g. 2.</source>
        <translation>Write a whole number of days, e.g. 2.</translation>
    </message>
</context>
<context>
    <name>DevicePlacesBox</name>
    <message>
        <location filename="../../desktop/ui/dialogs/device_places.py" line="+42"/>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another village you accompany, e.g. Sukamaju</source>
        <translation>Another village you accompany, e.g. Sukamaju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at least two letters of the name.</source>
        <translation>Type at least two letters of the name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>No village called “{text}” in the official list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of villages could not be searched: {error}</source>
        <translation>The list of villages could not be searched: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Search among all villages of Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the village from the list ({count} found).</source>
        <translation>Choose the village from the list ({count} found).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add this village</source>
        <translation>Add this village</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for:</source>
        <translation>Works for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a village:</source>
        <translation>Add a village:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no place yet</source>
        <translation>no place yet</translation>
    </message>
</context>
<context>
    <name>DialogForm</name>
    <message>
        <location filename="../../desktop/ui/wizards/dialog_form.py" line="+24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EntryPlanPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+191"/>
        <source>Community entry plan</source>
        <translation>Community entry plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How will the team enter the community without directing it? Whom to visit first, which meetings to join, how to listen before proposing anything.</source>
        <translation>How will the team enter the community without directing it? Whom to visit first, which meetings to join, how to listen before proposing anything.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Visit the village head and the hamlet heads; join the PKK meeting…</source>
        <translation>e.g. Visit the village head and the hamlet heads; join the PKK meeting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry plan</source>
        <translation>Entry plan</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="+47"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berdaya met a problem it did not expect, and what you just did may not have been saved.</source>
        <translation>Berdaya met a problem it did not expect, and what you just did may not have been saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details are also in the log: {file}</source>
        <translation>The details are also in the log: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log could not be written; copy the details to send them.</source>
        <translation>The log could not be written; copy the details to send them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>EvaluationMeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="+325"/>
        <source>Evaluation meetings</source>
        <translation>Evaluation meetings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meet with the community to look back on the work together: who came, women and men, and who spoke.</source>
        <translation>Meet with the community to look back on the work together: who came, women and men, and who spoke.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation.py" line="+105"/>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of the work, for the reports: choose the progress entry they show. Photos are made smaller (1600 pixels) before they are kept.</source>
        <translation>Photos of the work, for the reports: choose the progress entry they show. Photos are made smaller (1600 pixels) before they are kept.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No photo chosen</source>
        <translation>No photo chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Digging the well, first metre</source>
        <translation>e.g. Digging the well, first metre</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add photo</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a photo</source>
        <translation>a photo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo of</source>
        <translation>Photo of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Preparing the photo…</source>
        <translation>Preparing the photo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>The photo cannot be read ({why}).</source>
        <translation>The photo cannot be read ({why}).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Log the progress of an activity first: photos belong to a visit.</source>
        <translation>Log the progress of an activity first: photos belong to a visit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a photo first.</source>
        <translation>Choose a photo first.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/exporting.py" line="+104"/>
        <location line="+194"/>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>A bundle carries your changes to another laptop or to the district office. Bring the file on a flash disk or send it; the receiver imports it.</source>
        <translation>A bundle carries your changes to another laptop or to the district office. Bring the file on a flash disk or send it; the receiver imports it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop does not yet say which villages or area it works for, so every receiver would refuse its bundle. Choose its places first.</source>
        <translation>This laptop does not yet say which villages or area it works for, so every receiver would refuse its bundle. Choose its places first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this laptop&apos;s places…</source>
        <translation>Choose this laptop&apos;s places…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only what the receiver does not have yet</source>
        <translation>Only what the receiver does not have yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything (for a new or restored laptop)</source>
        <translation>Everything (for a new or restored laptop)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every device this laptop exchanges with</source>
        <translation>Every device this laptop exchanges with</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody: the office&apos;s own backup of everything</source>
        <translation>Nobody: the office&apos;s own backup of everything</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send:</source>
        <translation>What to send:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver:</source>
        <translation>Receiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds:</source>
        <translation>It holds:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Every village of {places}: keep it safe, it is not for a laptop.</source>
        <translation>Every village of {places}: keep it safe, it is not for a laptop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows of {places} only.</source>
        <translation>Rows of {places} only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rows: this device works for none of the same villages.</source>
        <translation>No rows: this device works for none of the same villages.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save bundle as</source>
        <translation>Save bundle as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berdaya bundles (*.berdaya)</source>
        <translation>Berdaya bundles (*.berdaya)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving changes to {file}…</source>
        <translation>Saving changes to {file}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export cancelled: no file was saved.</source>
        <translation>Export cancelled: no file was saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing new to send: the receivers already have every change made here. The small file {file} ({size}) only tells them what this laptop has received.</source>
        <translation>Nothing new to send: the receivers already have every change made here. The small file {file} ({size}) only tells them what this laptop has received.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {count} changes ({size}) to {file}.</source>
        <translation>Saved {count} changes ({size}) to {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted for {devices}: nobody else can read it.</source>
        <translation>Encrypted for {devices}: nobody else can read it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not encrypted: this laptop does not know the receiver&apos;s encryption key yet (it comes with the office card or a bundle from them). Whoever gets the file can read it.</source>
        <translation>Not encrypted: this laptop does not know the receiver&apos;s encryption key yet (it comes with the office card or a bundle from them). Whoever gets the file can read it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundle saved</source>
        <translation>Bundle saved</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bundle was not saved</source>
        <translation>The bundle was not saved</translation>
    </message>
</context>
<context>
    <name>FacilitatorExitPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination_closing.py" line="-219"/>
        <source>The facilitator&apos;s role at zero</source>
        <translation>The facilitator&apos;s role at zero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outside facilitators leave; the community&apos;s own cadres stay. Select a facilitator and release them on the day they left. Activities still carried by a facilitator must be finished or handed over.</source>
        <translation>The outside facilitators leave; the community&apos;s own cadres stay. Select a facilitator and release them on the day they left. Activities still carried by a facilitator must be finished or handed over.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community or outside</source>
        <translation>Community or outside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Released on</source>
        <translation>Released on</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Community cadre</source>
        <translation>Community cadre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside worker</source>
        <translation>Outside worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still working</source>
        <translation>still working</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a facilitator in the list first.</source>
        <translation>Select a facilitator in the list first.</translation>
    </message>
</context>
<context>
    <name>FieldNotesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+106"/>
        <source>Field notes</source>
        <translation>Field notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the team saw and heard while preparing the field. Ctrl+Enter adds.</source>
        <translation>What the team saw and heard while preparing the field. Ctrl+Enter adds.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field note</source>
        <translation>a field note</translation>
    </message>
</context>
<context>
    <name>FinalReportPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination_closing.py" line="+27"/>
        <location line="+12"/>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>What the program achieved, what the community carries on by itself, and the lessons for the next program. It can still be changed after closing.</source>
        <translation>What the program achieved, what the community carries on by itself, and the lessons for the next program. It can still be changed after closing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Air bersih mengalir ke 50 rumah; BUMDes mengelola iuran perawatan…</source>
        <translation>e.g. Air bersih mengalir ke 50 rumah; BUMDes mengelola iuran perawatan…</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="+13"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the community found when it looked back: what worked, what did not, what was learned, and what it recommends.</source>
        <translation>What the community found when it looked back: what worked, what did not, what was learned, and what it recommends.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— no goal in particular —</source>
        <translation>— no goal in particular —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. The farmer group now meets every month</source>
        <translation>e.g. The farmer group now meets every month</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name, or choose the facilitator…</source>
        <translation>Type a name, or choose the facilitator…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+15"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+23"/>
        <source>Evaluated by</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add finding</source>
        <translation>Add finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a finding</source>
        <translation>a finding</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the meeting</source>
        <translation>In the meeting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson learned</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+52"/>
        <source>Choose who evaluated: a team member, a group or the facilitator.</source>
        <translation>Choose who evaluated: a team member, a group or the facilitator.</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-62"/>
        <source>This laptop&apos;s fingerprint</source>
        <translation>This laptop&apos;s fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So the office knows the bundles really come from this laptop.</source>
        <translation>So the office knows the bundles really come from this laptop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop now works for: {places}.</source>
        <translation>This laptop now works for: {places}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the office first receives a bundle from this laptop, they may call you: read them these letters and numbers.</source>
        <translation>When the office first receives a bundle from this laptop, they may call you: read them these letters and numbers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: create your first program, or look around with the demo data.</source>
        <translation>Next: create your first program, or look around with the demo data.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location line="+102"/>
        <source>Setting up Berdaya</source>
        <translation>Setting up Berdaya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../desktop/ui/sync/folder.py" line="+108"/>
        <source>Transfer folder: not looked at yet</source>
        <translation>Transfer folder: not looked at yet</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Transfer folder: sending…</source>
        <translation>Transfer folder: sending…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Transfer folder: {reason}</source>
        <translation>Transfer folder: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent {time}</source>
        <translation>Sent {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received {time}</source>
        <translation>Received {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer folder: nothing sent or received yet</source>
        <translation>Transfer folder: nothing sent or received yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} bundle(s) need a decision</source>
        <translation>{count} bundle(s) need a decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} bundle(s) refused</source>
        <translation>{count} bundle(s) refused</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{file}” was moved to {folder}; the reason is beside it:
{reason}</source>
        <translation>“{file}” was moved to {folder}; the reason is beside it:
{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused bundles</source>
        <translation>Refused bundles</translation>
    </message>
</context>
<context>
    <name>GanttArea</name>
    <message>
        <location filename="../../desktop/ui/timeline/area.py" line="+95"/>
        <source>Timeline chart</source>
        <translation>Timeline chart</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+114"/>
        <source>Better institutions</source>
        <translation>Better institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better business</source>
        <translation>Better business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better income</source>
        <translation>Better income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better environment</source>
        <translation>Better environment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better living conditions</source>
        <translation>Better living conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A better community</source>
        <translation>A better community</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../desktop/ui/goals_view.py" line="+53"/>
        <source>not measured yet</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target reached</source>
        <translation>target reached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share} of the way · on track</source>
        <translation>{share} of the way · on track</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>went the wrong way · behind</source>
        <translation>went the wrong way · behind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} of the way · behind</source>
        <translation>{share} of the way · behind</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress toward the target</source>
        <translation>Progress toward the target</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No indicator set for this goal yet.</source>
        <translation>No indicator set for this goal yet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>measured {date}</source>
        <translation>measured {date}</translation>
    </message>
</context>
<context>
    <name>HandoversPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination.py" line="+45"/>
        <source>Handovers to community institutions</source>
        <translation>Handovers to community institutions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role, asset or record went to which institution (BUMDes, PKK, a farmer group), when, and what it is worth. Double-click or F2 corrects one.</source>
        <translation>Which role, asset or record went to which institution (BUMDes, PKK, a farmer group), when, and what it is worth. Double-click or F2 corrects one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Pompa air dan jaringan pipa</source>
        <translation>e.g. Pompa air dan jaringan pipa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an institution&apos;s name…</source>
        <translation>Type an institution&apos;s name…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Handed over to</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Record handover</source>
        <translation>Record handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a handover</source>
        <translation>a handover</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To institution</source>
        <translation>To institution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or to a person</source>
        <translation>or to a person</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record or document</source>
        <translation>Record or document</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/held.py" line="+41"/>
        <source>These changes carry dates in the future: the sending laptop&apos;s clock was probably set wrong. Release applies them now; Discard drops them for good.</source>
        <translation>These changes carry dates in the future: the sending laptop&apos;s clock was probably set wrong. Release applies them now; Discard drops them for good.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated from</source>
        <translation>Dated from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated to</source>
        <translation>Dated to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No changes are held.</source>
        <translation>No changes are held.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply these changes now, as an import would.</source>
        <translation>Apply these changes now, as an import would.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop these changes; they are not applied here.</source>
        <translation>Drop these changes; they are not applied here.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ready to apply</source>
        <translation>Ready to apply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still in the future</source>
        <translation>Still in the future</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Discard held changes</source>
        <translation>Discard held changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop these changes for good? They will not be applied here.</source>
        <translation>Drop these changes for good? They will not be applied here.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/importing.py" line="+84"/>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles to import</source>
        <translation>Bundles to import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each bundle brings</source>
        <translation>What each bundle brings</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check first shows what each bundle would change, without changing anything.</source>
        <translation>Check first shows what each bundle would change, without changing anything.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check first</source>
        <translation>Check first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review conflicts…</source>
        <translation>Review conflicts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bundles to import:</source>
        <translation>Bundles to import:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose bundles</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berdaya bundles (*.berdaya);;All files (*)</source>
        <translation>Berdaya bundles (*.berdaya);;All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking bundles</source>
        <translation>Checking bundles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing bundles</source>
        <translation>Importing bundles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking {count} bundle(s)…</source>
        <translation>Checking {count} bundle(s)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing {count} bundle(s)…</source>
        <translation>Importing {count} bundle(s)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another workstation is importing into this database; waiting for it to finish…</source>
        <translation>Another workstation is importing into this database; waiting for it to finish…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing was changed. {ok} of {all} bundle(s) can be imported; press Import to bring them in.</source>
        <translation>Nothing was changed. {ok} of {all} bundle(s) can be imported; press Import to bring them in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {ok} of {all} bundle(s).</source>
        <translation>Imported {ok} of {all} bundle(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused bundles changed nothing in this database.</source>
        <translation>Refused bundles changed nothing in this database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported changes cannot be undone with Undo; the undo history was cleared.</source>
        <translation>Imported changes cannot be undone with Undo; the undo history was cleared.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} edit(s) collided with edits made here: review them.</source>
        <translation>{count} edit(s) collided with edits made here: review them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} laptop(s) not trusted here sent bundles: check each one&apos;s fingerprint below, then accept or refuse it.</source>
        <translation>{count} laptop(s) not trusted here sent bundles: check each one&apos;s fingerprint below, then accept or refuse it.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Already imported before: skipped.</source>
        <translation>Already imported before: skipped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: you refused the laptop that sent it.</source>
        <translation>Not imported: you refused the laptop that sent it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported yet: first decide on the laptop that sent it (below).</source>
        <translation>Not imported yet: first decide on the laptop that sent it (below).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported, nothing changed: {reason}</source>
        <translation>Not imported, nothing changed: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new from {sender}: this database already has all of it.</source>
        <translation>Nothing new from {sender}: this database already has all of it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would bring {count} new changes from {sender}</source>
        <translation>Would bring {count} new changes from {sender}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} new changes from {sender}</source>
        <translation>Imported {count} new changes from {sender}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing from “{name}” was imported, and its bundles will be refused here from now on.</source>
        <translation>Nothing from “{name}” was imported, and its bundles will be refused here from now on.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import stopped; the bundle in progress changed nothing: {reason}</source>
        <translation>The import stopped; the bundle in progress changed nothing: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. The bundle in progress changed nothing; bundles finished before the cancel stay imported.</source>
        <translation>Cancelled. The bundle in progress changed nothing; bundles finished before the cancel stay imported.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_budget.py" line="+24"/>
        <source>Indicators under the six goals</source>
        <translation>Indicators under the six goals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each goal the plan serves, what will be measured: where it stands now (baseline) and where it should be (target).</source>
        <translation>For each goal the plan serves, what will be measured: where it stands now (baseline) and where it should be (target).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Households with clean water</source>
        <translation>e.g. Households with clean water</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. households, %, Rp per month</source>
        <translation>e.g. households, %, Rp per month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follows from the target</source>
        <translation>Follows from the target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should increase</source>
        <translation>Should increase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should decrease</source>
        <translation>Should decrease</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+14"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an indicator</source>
        <translation>an indicator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baseline (now)</source>
        <translation>Baseline (now)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>↑ increase</source>
        <translation>↑ increase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ decrease</source>
        <translation>↓ decrease</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <source>Write a number, e.g. 20 or 12,5.</source>
        <translation>Write a number, e.g. 20 or 12,5.</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop/ui/issue_texts.py" line="+14"/>
        <source>A lag of {days} working days is too long: at most {most} days either way.</source>
        <translation>A lag of {days} working days is too long: at most {most} days either way.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop works either for villages or for one office area, not both.</source>
        <translation>A laptop works either for villages or for one office area, not both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop&apos;s name has at most {count} letters.</source>
        <translation>A laptop&apos;s name has at most {count} letters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lead of {days} working days is longer than “{predecessor}” itself ({length} working days).</source>
        <translation>A lead of {days} working days is longer than “{predecessor}” itself ({length} working days).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A milestone starts and ends on the same day.</source>
        <translation>A milestone starts and ends on the same day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A monitoring team, every indicator measured, an evaluation meeting with attendance, and at least one finding.</source>
        <translation>A monitoring team, every indicator measured, an evaluation meeting with attendance, and at least one finding.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A named voter casts one vote.</source>
        <translation>A named voter casts one vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A program needs a name.</source>
        <translation>A program needs a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A score must be from {low} to {high}.</source>
        <translation>A score must be from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team with roles, an entry plan, at least one key contact and one field note.</source>
        <translation>A team with roles, an entry plan, at least one key contact and one field note.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A village counts as late after 1 to {most} days without sending; {days} is not possible.</source>
        <translation>A village counts as late after 1 to {most} days without sending; {days} is not possible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A weight must be a whole number of at least 1.</source>
        <translation>A weight must be a whole number of at least 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plans from the chosen alternatives</source>
        <translation>Action plans from the chosen alternatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, responsible groups and dates</source>
        <translation>Activities, responsible groups and dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one activity to “{title}”.</source>
        <translation>Add at least one activity to “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-289"/>
        <source>Add at least one field note from preparing the field.</source>
        <translation>Add at least one field note from preparing the field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one indicator with its baseline and target.</source>
        <translation>Add at least one indicator with its baseline and target.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>Add at least one key contact or local institution.</source>
        <translation>Add at least one key contact or local institution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one meeting with its attendance.</source>
        <translation>Add at least one meeting with its attendance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one of the community&apos;s resources.</source>
        <translation>Add at least one of the community&apos;s resources.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one problem or need the community raised.</source>
        <translation>Add at least one problem or need the community raised.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one signatory.</source>
        <translation>Add at least one signatory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add indicators in the formalisation stage first.</source>
        <translation>Add indicators in the formalisation stage first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the activities of “{title}” before recording its agreement.</source>
        <translation>Add the activities of “{title}” before recording its agreement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the budget of “{title}”, with its sources (community or outside).</source>
        <translation>Add the budget of “{title}”, with its sources (community or outside).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the exit checklist.</source>
        <translation>Add the exit checklist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the problems and needs before ranking them.</source>
        <translation>Add the problems and needs before ranking them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the signatories of the agreement of “{title}”.</source>
        <translation>Add the signatories of the agreement of “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement (berita acara) and signatories</source>
        <translation>Agreement (berita acara) and signatories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives per priority problem</source>
        <translation>Alternatives per priority problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office works for a sub-district or a regency.</source>
        <translation>An office works for a sub-district or a regency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office&apos;s bundle is cut for the one device that receives it: choose it with --to ({devices}), or use --full for the office&apos;s own backup.</source>
        <translation>An office&apos;s bundle is cut for the one device that receives it: choose it with --to ({devices}), or use --full for the office&apos;s own backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets handed over to community institutions</source>
        <translation>Assets handed over to community institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-2"/>
        <source>Assign at least one facilitator and their role.</source>
        <translation>Assign at least one facilitator and their role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance ({present}) is larger than the group ({size} members).</source>
        <translation>Attendance ({present}) is larger than the group ({size} members).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berdaya may not write in the transfer folder “{folder}” ({reason}).</source>
        <translation>Berdaya may not write in the transfer folder “{folder}” ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bringing this link back would make a loop of activities.</source>
        <translation>Bringing this link back would make a loop of activities.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget and its sources</source>
        <translation>Budget and its sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose alternatives in the planning stage first.</source>
        <translation>Choose alternatives in the planning stage first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one alternative per problem.</source>
        <translation>Choose at least one alternative per problem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one alternative with the community.</source>
        <translation>Choose at least one alternative with the community.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one alternative.</source>
        <translation>Choose at least one alternative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one problem as a priority.</source>
        <translation>Choose at least one problem as a priority.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one village, or the office&apos;s area.</source>
        <translation>Choose at least one village, or the office&apos;s area.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one file to attach.</source>
        <translation>Choose one file to attach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the community group that is responsible.</source>
        <translation>Choose the community group that is responsible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the community member who is responsible.</source>
        <translation>Choose the community member who is responsible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+10"/>
        <source>Choose the person or the local institution.</source>
        <translation>Choose the person or the local institution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the transfer folder with Browse… (a full folder path).</source>
        <translation>Choose the transfer folder with Browse… (a full folder path).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the program formally, with its closing date.</source>
        <translation>Close the program formally, with its closing date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community entry plan</source>
        <translation>Community entry plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+13"/>
        <source>Complete the {earlier} stage first.</source>
        <translation>Complete the {earlier} stage first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict {number} does not exist.</source>
        <translation>Conflict {number} does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict {number} is already resolved.</source>
        <translation>Conflict {number} is already resolved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and weights</source>
        <translation>Criteria and weights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the budget line.</source>
        <translation>Describe the budget line.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device “{device}” is already trusted with another key ({fingerprint}); revoke it first if the laptop was reset.</source>
        <translation>Device “{device}” is already trusted with another key ({fingerprint}); revoke it first if the laptop was reset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at least one vote.</source>
        <translation>Enter at least one vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the points each problem received.</source>
        <translation>Enter the points each problem received.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every chosen alternative has an action plan with activities inside the program&apos;s dates, no loop of dependencies, a budget with its sources, indicators with baseline and target, and a signed agreement.</source>
        <translation>Every chosen alternative has an action plan with activities inside the program&apos;s dates, no loop of dependencies, a budget with its sources, indicators with baseline and target, and a signed agreement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every prioritised problem has alternatives with who proposed them, weighed by scores or votes, and at least one alternative is chosen.</source>
        <translation>Every prioritised problem has alternatives with who proposed them, weighed by scores or votes, and at least one alternative is chosen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit checklist</source>
        <translation>Exit checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators and their roles</source>
        <translation>Facilitators and their roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field notes</source>
        <translation>Field notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files cannot be attached to that kind of record.</source>
        <translation>Files cannot be attached to that kind of record.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form the community&apos;s monitoring team: add at least one member.</source>
        <translation>Form the community&apos;s monitoring team: add at least one member.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal closing</source>
        <translation>Formal closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formalising the action plan</source>
        <translation>Formalising the action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each signatory&apos;s name.</source>
        <translation>Give each signatory&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the activity a title.</source>
        <translation>Give the activity a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date it was done.</source>
        <translation>Give the date it was done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-19"/>
        <source>Give the facilitator&apos;s role.</source>
        <translation>Give the facilitator&apos;s role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file a name.</source>
        <translation>Give the file a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the indicator&apos;s unit.</source>
        <translation>Give the indicator&apos;s unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+5"/>
        <source>Give the key contact&apos;s role.</source>
        <translation>Give the key contact&apos;s role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the meeting a title.</source>
        <translation>Give the meeting a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the member&apos;s role in the team.</source>
        <translation>Give the member&apos;s role in the team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the role of “{name}”.</source>
        <translation>Give the role of “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this laptop a name, e.g. “Laptop Bu Sri”.</source>
        <translation>Give this laptop a name, e.g. “Laptop Bu Sri”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers to community institutions</source>
        <translation>Handovers to community institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold at least one evaluation meeting with the community and record its attendance.</source>
        <translation>Hold at least one evaluation meeting with the community and record its attendance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator measurements</source>
        <translation>Indicator measurements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators under the six goals</source>
        <translation>Indicators under the six goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key contacts and local institutions</source>
        <translation>Key contacts and local institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the progress of at least one activity.</source>
        <translation>Log the progress of at least one activity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the action plan of “{title}”.</source>
        <translation>Make the action plan of “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure “{name}” at least once.</source>
        <translation>Measure “{name}” at least once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and attendance</source>
        <translation>Meetings and attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings with attendance, problems with who raised them, resources, and a ranking by the community with at least one priority.</source>
        <translation>Meetings with attendance, problems with who raised them, resources, and a ranking by the community with at least one priority.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than one device has a fingerprint starting with {device}.</source>
        <translation>More than one device has a fingerprint starting with {device}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the criterion.</source>
        <translation>Name the criterion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the indicator.</source>
        <translation>Name the indicator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outside agency that is responsible.</source>
        <translation>Name the outside agency that is responsible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the resource.</source>
        <translation>Name the resource.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device {device} is known here.</source>
        <translation>No device {device} is known here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device {device} is known here; use --full for a device never heard from.</source>
        <translation>No device {device} is known here; use --full for a device never heard from.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No held changes come from a bundle “{bundle}”</source>
        <translation>No held changes come from a bundle “{bundle}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of the stage “{stage}” has reached this office yet: there is nothing to review.</source>
        <translation>Nothing of the stage “{stage}” has reached this office yet: there is nothing to review.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an office hands out an office card; this laptop works for villages.</source>
        <translation>Only an office hands out an office card; this laptop works for villages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an office records a verdict on a stage: this laptop works for a village, and the office reviews what the village sends.</source>
        <translation>Only an office records a verdict on a stage: this laptop works for a village, and the office reviews what the village sends.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participatory evaluation meetings</source>
        <translation>Participatory evaluation meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning alternatives</source>
        <translation>Planning alternatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points must be whole numbers.</source>
        <translation>Points must be whole numbers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritise at least one problem.</source>
        <translation>Prioritise at least one problem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritise problems in the assessment stage first.</source>
        <translation>Prioritise problems in the assessment stage first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems and needs</source>
        <translation>Problems and needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress cannot go back: “{title}” was already at {was}% on {day}.</source>
        <translation>Progress cannot go back: “{title}” was already at {was}% on {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress logged, contributions recorded, and every activity of the action plan at 100%.</source>
        <translation>Progress logged, contributions recorded, and every activity of the action plan at 100%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress must be a whole percent from 0 to 100.</source>
        <translation>Progress must be a whole percent from 0 to 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress must be from 0 to 100 percent, not {value}.</source>
        <translation>Progress must be from 0 to 100 percent, not {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the activities</source>
        <translation>Progress of the activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose at least one alternative for “{title}”.</source>
        <translation>Propose at least one alternative for “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank the needs with the community: by votes or in pairs.</source>
        <translation>Rank the needs with the community: by votes or in pairs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking of needs</source>
        <translation>Ranking of needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record at least one finding of the evaluation.</source>
        <translation>Record at least one finding of the evaluation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record at least one handover of a role, asset or record to a community institution.</source>
        <translation>Record at least one handover of a role, asset or record to a community institution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the agreement (berita acara) of “{title}”.</source>
        <translation>Record the agreement (berita acara) of “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the community&apos;s votes before ranking.</source>
        <translation>Record the community&apos;s votes before ranking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the pairwise choices before ranking.</source>
        <translation>Record the pairwise choices before ranking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what was contributed: money, labour days or materials.</source>
        <translation>Record what was contributed: money, labour days or materials.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record who attended: at least one person, by name or counted.</source>
        <translation>Record who attended: at least one person, by name or counted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records and documents handed over</source>
        <translation>Records and documents handed over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release “{name}” from the program: the facilitator&apos;s role must come to zero.</source>
        <translation>Release “{name}” from the program: the facilitator&apos;s role must come to zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resources and assets</source>
        <translation>Resources and assets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles handed over to community institutions</source>
        <translation>Roles handed over to community institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah are whole: “{text}” has sen.</source>
        <translation>Rupiah are whole: “{text}” has sen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say to whom it was handed over: an institution or a person.</source>
        <translation>Say to whom it was handed over: an institution or a person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say to whom “{what}” was handed over.</source>
        <translation>Say to whom “{what}” was handed over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what must be done before leaving.</source>
        <translation>Say what must be done before leaving.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what needs to change, so the village knows what to fix.</source>
        <translation>Say what needs to change, so the village knows what to fix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the alternative is.</source>
        <translation>Say what the alternative is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the problem or need is.</source>
        <translation>Say what the problem or need is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what was handed over.</source>
        <translation>Say what was handed over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who proposed it: a resident or a group.</source>
        <translation>Say who proposed it: a resident or a group.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who proposed “{title}”.</source>
        <translation>Say who proposed “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who raised it: a resident or a group.</source>
        <translation>Say who raised it: a resident or a group.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who raised “{title}”.</source>
        <translation>Say who raised “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or vote on the alternatives for “{title}” before choosing.</source>
        <translation>Score or vote on the alternatives for “{title}” before choosing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or vote on the alternatives for “{title}”.</source>
        <translation>Score or vote on the alternatives for “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score “{title}” on every criterion (missing: {missing}).</source>
        <translation>Score “{title}” on every criterion (missing: {missing}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores and votes</source>
        <translation>Scores and votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the {before} stage first.</source>
        <translation>Start the {before} stage first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+13"/>
        <source>Start the {stage} stage first.</source>
        <translation>Start the {stage} stage first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>Termination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That action plan is not one of this program&apos;s.</source>
        <translation>That action plan is not one of this program&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That activity no longer exists.</source>
        <translation>That activity no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That alternative is not one of this program&apos;s.</source>
        <translation>That alternative is not one of this program&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-7"/>
        <source>That community group no longer exists.</source>
        <translation>That community group no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That link no longer exists.</source>
        <translation>That link no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That meeting is not one of this program&apos;s meetings.</source>
        <translation>That meeting is not one of this program&apos;s meetings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>That person no longer exists.</source>
        <translation>That person no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That problem is not one of this program&apos;s problems.</source>
        <translation>That problem is not one of this program&apos;s problems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That program no longer exists.</source>
        <translation>That program no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That progress log is not one of this activity&apos;s.</source>
        <translation>That progress log is not one of this activity&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+6"/>
        <source>That record no longer exists.</source>
        <translation>That record no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That verdict no longer exists.</source>
        <translation>That verdict no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That {what} belongs to another program.</source>
        <translation>That {what} belongs to another program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That {what} no longer exists.</source>
        <translation>That {what} no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action plan has no activities yet: formalise it first.</source>
        <translation>The action plan has no activities yet: formalise it first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup of “{name}” came out damaged: the database itself may be damaged.</source>
        <translation>The backup of “{name}” came out damaged: the database itself may be damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The closing date ({day}) is before the program starts ({start}).</source>
        <translation>The closing date ({day}) is before the program starts ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing meeting is held</source>
        <translation>The closing meeting is held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s choice</source>
        <translation>The community&apos;s choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s monitoring team</source>
        <translation>The community&apos;s monitoring team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s monitoring team keeps working</source>
        <translation>The community&apos;s monitoring team keeps working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The completion date ({day}) comes before the stage started ({start}).</source>
        <translation>The completion date ({day}) comes before the stage started ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: the report “{name}” was not written.</source>
        <translation>The disk is full: the report “{name}” was not written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date ({end}) comes before the start date ({start}).</source>
        <translation>The end date ({end}) comes before the start date ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date ({end}) of “{name}” comes before its start date ({start}).</source>
        <translation>The end date ({end}) of “{name}” comes before its start date ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exit checklist complete, handovers recorded, the facilitators released, the final report written, and the program formally closed.</source>
        <translation>The exit checklist complete, handovers recorded, the facilitators released, the final report written, and the program formally closed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The facilitator&apos;s role at zero</source>
        <translation>The facilitator&apos;s role at zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator&apos;s role has come to zero</source>
        <translation>The facilitator&apos;s role has come to zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” cannot be read ({why}).</source>
        <translation>The file “{name}” cannot be read ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” is empty.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” is too large ({size}; at most {limit}).</source>
        <translation>The file “{name}” is too large ({size}; at most {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final report is written</source>
        <translation>The final report is written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist: the report “{name}” was not written.</source>
        <translation>The folder {folder} does not exist: the report “{name}” was not written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The held changes could not be applied because they refer to records this database does not have; nothing was changed.</source>
        <translation>The held changes could not be applied because they refer to records this database does not have; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The held changes of bundle {bundle} clash with rows here; nothing was changed.</source>
        <translation>The held changes of bundle {bundle} clash with rows here; nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lag must be a whole number of working days.</source>
        <translation>The lag must be a whole number of working days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The links between {names} go round in a loop; remove one of them.</source>
        <translation>The links between {names} go round in a loop; remove one of them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log date ({day}) is before “{title}” starts ({start}).</source>
        <translation>The log date ({day}) is before “{title}” starts ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measured value must be a number.</source>
        <translation>The measured value must be a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measurement date ({day}) comes before the baseline of “{name}” ({base}).</source>
        <translation>The measurement date ({day}) comes before the baseline of “{name}” ({base}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting “{title}” has no attendance recorded.</source>
        <translation>The meeting “{title}” has no attendance recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monthly due day is a day from 1 to {most}, which every month has; {day} is not possible.</source>
        <translation>The monthly due day is a day from 1 to {most}, which every month has; {day} is not possible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of {what} cannot be negative ({value}).</source>
        <translation>The number of {what} cannot be negative ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of {what} must be a whole number.</source>
        <translation>The number of {what} must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned end comes before the start.</source>
        <translation>The planned end comes before the start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The principles&apos; scores</source>
        <translation>The principles&apos; scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program “{name}” was closed on {closed}; it can no longer be changed.</source>
        <translation>The program “{name}” was closed on {closed}; it can no longer be changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program “{name}” was closed on {day}; its timeline can no longer be changed.</source>
        <translation>The program “{name}” was closed on {day}; its timeline can no longer be changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity cannot be negative ({q}).</source>
        <translation>The quantity cannot be negative ({q}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record of conflict {number} is gone.</source>
        <translation>The record of conflict {number} is gone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-14"/>
        <source>The release date ({end}) comes before the assignment date ({start}).</source>
        <translation>The release date ({end}) comes before the assignment date ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report “{name}” could not be written ({reason}).</source>
        <translation>The report “{name}” could not be written ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target date ({target}) comes before the baseline date ({base}).</source>
        <translation>The target date ({target}) comes before the baseline date ({base}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target of “{name}” ({target}) is above its baseline ({base}), but it should decrease.</source>
        <translation>The target of “{name}” ({target}) is above its baseline ({base}), but it should decrease.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target of “{name}” ({target}) is below its baseline ({base}), but it should increase.</source>
        <translation>The target of “{name}” ({target}) is below its baseline ({base}), but it should increase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target of “{name}” ({target}) is the same as its baseline.</source>
        <translation>The target of “{name}” ({target}) is the same as its baseline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transfer folder “{folder}” cannot be reached: plug in the drive or choose another folder in the settings.</source>
        <translation>The transfer folder “{folder}” cannot be reached: plug in the drive or choose another folder in the settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The winner must be one of the two problems compared.</source>
        <translation>The winner must be one of the two problems compared.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+18"/>
        <source>The {stage} stage is not completed.</source>
        <translation>The {stage} stage is not completed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-11"/>
        <source>The {what} ({day}) is after the program&apos;s planned end ({end}).</source>
        <translation>The {what} ({day}) is after the program&apos;s planned end ({end}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>The {what} ({day}) is before the program starts ({start}).</source>
        <translation>The {what} ({day}) is before the program starts ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} cannot be negative (Rp {value}).</source>
        <translation>The {what} cannot be negative (Rp {value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a number.</source>
        <translation>The {what} must be a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a whole number of Rupiah.</source>
        <translation>The {what} must be a whole number of Rupiah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be more than zero ({value}).</source>
        <translation>The {what} must be more than zero ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no prioritised problems to choose for.</source>
        <translation>There are no prioritised problems to choose for.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a criterion “{name}”.</source>
        <translation>There is already a criterion “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no permission to write in {folder}: the report “{name}” was not written.</source>
        <translation>There is no permission to write in {folder}: the report “{name}” was not written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database lives on a server: its backups are the server&apos;s job (pg_dump or the server&apos;s own backups), not Berdaya&apos;s.</source>
        <translation>This database lives on a server: its backups are the server&apos;s job (pg_dump or the server&apos;s own backups), not Berdaya&apos;s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device cannot revoke itself.</source>
        <translation>This device cannot revoke itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop works for {places}, so a program can only be made there. To work in {village} too, add it to this laptop in Settings first.</source>
        <translation>This laptop works for {places}, so a program can only be made there. To work in {village} too, add it to this laptop in Settings first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This program&apos;s village ({village}) is outside this office&apos;s area.</source>
        <translation>This program&apos;s village ({village}) is outside this office&apos;s area.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text holds an invisible control character (such as a NUL byte, an escape or a line break) that cannot be stored. Retype it.</source>
        <translation>This text holds an invisible control character (such as a NUL byte, an escape or a line break) that cannot be stored. Retype it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text is {length} characters long; at most {limit} fit.</source>
        <translation>This text is {length} characters long; at most {limit} fit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick off “{text}” on the exit checklist.</source>
        <translation>Tick off “{text}” on the exit checklist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust in the office “{device}” ({fingerprint}) was revoked on this laptop; to undo that, confirm the fingerprint with the office by phone and trust its card again.</source>
        <translation>Trust in the office “{device}” ({fingerprint}) was revoked on this laptop; to undo that, confirm the fingerprint with the office by phone and trust its card again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number.</source>
        <translation>Type a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on “{title}” was already recorded on {day}: a start on {start} would put the plan after the work.</source>
        <translation>Work on “{title}” was already recorded on {day}: a start on {start} would put the plan after the work.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>Write the field note.</source>
        <translation>Write the field note.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the final report.</source>
        <translation>Write the final report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-10"/>
        <source>Write the plan for entering the community.</source>
        <translation>Write the plan for entering the community.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what was found.</source>
        <translation>Write what was found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change outside the ranges it declares</source>
        <translation>a change outside the ranges it declares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a malformed change</source>
        <translation>a malformed change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a malformed or repeated change</source>
        <translation>a malformed or repeated change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a malformed row id</source>
        <translation>a malformed row id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action plan</source>
        <translation>action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual cost</source>
        <translation>actual cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affected households</source>
        <translation>affected households</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternative</source>
        <translation>alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unreadable change</source>
        <translation>an unreadable change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unreadable value</source>
        <translation>an unreadable value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignment date</source>
        <translation>assignment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline date</source>
        <translation>baseline date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line</source>
        <translation>budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist item</source>
        <translation>checklist item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion date</source>
        <translation>completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution date</source>
        <translation>contribution date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion</source>
        <translation>criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date done</source>
        <translation>date done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date taken</source>
        <translation>date taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted member</source>
        <translation>encrypted member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimated cost</source>
        <translation>estimated cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimated value</source>
        <translation>estimated value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field note</source>
        <translation>field note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finding&apos;s date</source>
        <translation>finding&apos;s date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handover</source>
        <translation>handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handover date</source>
        <translation>handover date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining date</source>
        <translation>joining date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key contact</source>
        <translation>key contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log date</source>
        <translation>log date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: a device has two ranges</source>
        <translation>manifest: a device has two ranges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad blob name</source>
        <translation>manifest: bad blob name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad filter</source>
        <translation>manifest: bad filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad member name</source>
        <translation>manifest: bad member name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad public key</source>
        <translation>manifest: bad public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad range</source>
        <translation>manifest: bad range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad recipient</source>
        <translation>manifest: bad recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: counts do not add up</source>
        <translation>manifest: counts do not add up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurement date</source>
        <translation>measurement date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting date</source>
        <translation>meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men counted</source>
        <translation>men counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men present</source>
        <translation>men present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no places</source>
        <translation>no places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note&apos;s date</source>
        <translation>note&apos;s date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date</source>
        <translation>release date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource</source>
        <translation>resource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing date</source>
        <translation>signing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target date</source>
        <translation>target date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team member</source>
        <translation>team member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many members</source>
        <translation>too many members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit value</source>
        <translation>unit value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown compression</source>
        <translation>unknown compression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable manifest</source>
        <translation>unreadable manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value of a contribution</source>
        <translation>value of a contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voting date</source>
        <translation>voting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women counted</source>
        <translation>women counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women present</source>
        <translation>women present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not an official Kemendagri place code.</source>
        <translation>{code} is not an official Kemendagri place code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{a}” and “{b}” belong to different programs and cannot be linked.</source>
        <translation>“{a}” and “{b}” belong to different programs and cannot be linked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{bundle}” names more than one bundle; give more of its id.</source>
        <translation>“{bundle}” names more than one bundle; give more of its id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{b}” already follows “{a}”.</source>
        <translation>“{b}” already follows “{a}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{b}” cannot follow “{a}”: that would make a loop, because {path} already leads back to it.</source>
        <translation>“{b}” cannot follow “{a}”: that would make a loop, because {path} already leads back to it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{device}” is not a device id.</source>
        <translation>“{device}” is not a device id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” builds on changes {first} to {last} of device “{device}” ({fingerprint}), which this database does not have yet: import the earlier bundle that carries them first.</source>
        <translation>“{file}” builds on changes {first} to {last} of device “{device}” ({fingerprint}), which this database does not have yet: import the earlier bundle that carries them first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” builds on {parts}, which this database does not have yet: import the earlier bundle that carries them first.</source>
        <translation>“{file}” builds on {parts}, which this database does not have yet: import the earlier bundle that carries them first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be decrypted with this device&apos;s key although it names this device; ask device “{device}” ({fingerprint}) to send it again.</source>
        <translation>“{file}” could not be decrypted with this device&apos;s key although it names this device; ask device “{device}” ({fingerprint}) to send it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be merged because its rows clash with rows here (the same record made twice, or a reference to a record this database does not have), so nothing of it was imported.</source>
        <translation>“{file}” could not be merged because its rows clash with rows here (the same record made twice, or a reference to a record this database does not have), so nothing of it was imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be read: {reason}</source>
        <translation>“{file}” could not be read: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” does not exist.</source>
        <translation>“{file}” does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” has an unknown bundle format ({version}).</source>
        <translation>“{file}” has an unknown bundle format ({version}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is damaged or incomplete ({detail}), so it was not imported; ask for the bundle again.</source>
        <translation>“{file}” is damaged or incomplete ({detail}), so it was not imported; ask for the bundle again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” is damaged or incomplete, so it was not imported; ask for the bundle again.</source>
        <translation>“{file}” is damaged or incomplete, so it was not imported; ask for the bundle again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” is encrypted for {receivers}, not for this device.</source>
        <translation>“{file}” is encrypted for {receivers}, not for this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is encrypted, and this step reads only bundles opened with this device&apos;s key.</source>
        <translation>“{file}” is encrypted, and this step reads only bundles opened with this device&apos;s key.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{file}” was refused because device “{device}” ({fingerprint}) was refused here before.</source>
        <translation>“{file}” was refused because device “{device}” ({fingerprint}) was refused here before.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>“{file}” is not a Berdaya bundle (it is not a bundle file at all).</source>
        <translation>“{file}” is not a Berdaya bundle (it is not a bundle file at all).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” is not a Berdaya bundle, or it is incomplete (its signed manifest is missing).</source>
        <translation>“{file}” is not a Berdaya bundle, or it is incomplete (its signed manifest is missing).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” is not a Berdaya bundle.</source>
        <translation>“{file}” is not a Berdaya bundle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is not an office card, or it is damaged.</source>
        <translation>“{file}” is not an office card, or it is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is the card of a village laptop; only an office&apos;s card can be imported.</source>
        <translation>“{file}” is the card of a village laptop; only an office&apos;s card can be imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” is this laptop&apos;s own card: give it to the villages&apos; laptops.</source>
        <translation>“{file}” is this laptop&apos;s own card: give it to the villages&apos; laptops.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” is too large to be an office card.</source>
        <translation>“{file}” is too large to be an office card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” was made by a newer Berdaya (bundle format {version}); install the newer Berdaya to import it.</source>
        <translation>“{file}” was made by a newer Berdaya (bundle format {version}); install the newer Berdaya to import it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was made by a newer version of Berdaya; update Berdaya to read it.</source>
        <translation>“{file}” was made by a newer version of Berdaya; update Berdaya to read it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) is not trusted here yet and claims {places}; accept it only if you know it.</source>
        <translation>“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) is not trusted here yet and claims {places}; accept it only if you know it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) now claims {places} as well, beyond what it was trusted for here ({trusted}); accept this only if it is right.</source>
        <translation>“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) now claims {places} as well, beyond what it was trusted for here ({trusted}); accept this only if it is right.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows} and {more} more.</source>
        <translation>“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows} and {more} more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows}.</source>
        <translation>“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{file}” was refused because it claims to come from device “{device}” but is signed with another key ({fingerprint}) than the one trusted for it ({trusted}).</source>
        <translation>“{file}” was refused because it claims to come from device “{device}” but is signed with another key ({fingerprint}) than the one trusted for it ({trusted}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it contains a file with an unsafe name ({member}), which a real Berdaya bundle never has.</source>
        <translation>“{file}” was refused because it contains a file with an unsafe name ({member}), which a real Berdaya bundle never has.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it holds a file its manifest does not list ({member}).</source>
        <translation>“{file}” was refused because it holds a file its manifest does not list ({member}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it holds an unexpected file {member}.</source>
        <translation>“{file}” was refused because it holds an unexpected file {member}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” was refused because it holds rows of villages this device does not work for ({villages}); this device works for {places} only.</source>
        <translation>“{file}” was refused because it holds rows of villages this device does not work for ({villages}); this device works for {places} only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it holds two files named {member}, which a real Berdaya bundle never has.</source>
        <translation>“{file}” was refused because it holds two files named {member}, which a real Berdaya bundle never has.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it was encrypted by someone other than the device that signed it.</source>
        <translation>“{file}” was refused because it was encrypted by someone other than the device that signed it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its encryption does not match the signature of device “{device}” ({fingerprint}): someone else changed it after it was sealed.</source>
        <translation>“{file}” was refused because its encryption does not match the signature of device “{device}” ({fingerprint}): someone else changed it after it was sealed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its file {member} would unpack far larger than any real bundle (a zip bomb).</source>
        <translation>“{file}” was refused because its file {member} would unpack far larger than any real bundle (a zip bomb).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its sender encrypted it but it arrived unencrypted: someone else removed the encryption.</source>
        <translation>“{file}” was refused because its sender encrypted it but it arrived unencrypted: someone else removed the encryption.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its signature does not match its content: it was changed after the sending device signed it.</source>
        <translation>“{file}” was refused because its signature does not match its content: it was changed after the sending device signed it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because the key fingerprint it names does not belong to its key.</source>
        <translation>“{file}” was refused because the key fingerprint it names does not belong to its key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because trust in device “{device}” ({fingerprint}) was revoked.</source>
        <translation>“{file}” was refused because trust in device “{device}” ({fingerprint}) was revoked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because {sender} changes rows that belong to another village: {rows}.</source>
        <translation>“{file}” was refused because {sender} changes rows that belong to another village: {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused: its signature does not match, so it was changed after the office made it, or not made by that office.</source>
        <translation>“{file}” was refused: its signature does not match, so it was changed after the office made it, or not made by that office.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused: this laptop already trusts “{device}” with another key ({fingerprint}); revoke that one first if the office&apos;s laptop was reset.</source>
        <translation>“{file}” was refused: this laptop already trusts “{device}” with another key ({fingerprint}); revoke that one first if the office&apos;s laptop was reset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” does not exist.</source>
        <translation>“{name}” does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” does not exist: there is nothing to back up.</source>
        <translation>“{name}” does not exist: there is nothing to back up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has already voted for “{title}”.</source>
        <translation>“{name}” has already voted for “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a file, not a folder.</source>
        <translation>“{name}” is a file, not a folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a folder, not a file to write a report to.</source>
        <translation>“{name}” is a folder, not a file to write a report to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+4"/>
        <source>“{name}” is already a facilitator of this program.</source>
        <translation>“{name}” is already a facilitator of this program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is already on the monitoring team.</source>
        <translation>“{name}” is already on the monitoring team.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is damaged or not a database: choose another backup.</source>
        <translation>“{name}” is damaged or not a database: choose another backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is in use by another program: close it, then restore again.</source>
        <translation>“{name}” is in use by another program: close it, then restore again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is listed twice.</source>
        <translation>“{name}” is listed twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a Berdaya database.</source>
        <translation>“{name}” is not a Berdaya database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was made by a newer version of Berdaya: install it to restore this backup.</source>
        <translation>“{name}” was made by a newer version of Berdaya: install it to restore this backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{step}” is not a step of the {stage} stage.</source>
        <translation>“{step}” is not a step of the {stage} stage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{successor}” cannot start before “{predecessor}” starts: a start-to-start link takes no lead.</source>
        <translation>“{successor}” cannot start before “{predecessor}” starts: a start-to-start link takes no lead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” can be read two ways. Write thousands with a dot (1.500) and decimals with a comma (1,5).</source>
        <translation>“{text}” can be read two ways. Write thousands with a dot (1.500) and decimals with a comma (1,5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” cannot be negative here.</source>
        <translation>“{text}” cannot be negative here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is already on the checklist.</source>
        <translation>“{text}” is already on the checklist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is more than the largest allowed, {maximum}.</source>
        <translation>“{text}” is more than the largest allowed, {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a number as it is written here: a dot groups thousands and a comma marks decimals, as in 12.500 or 12.500,50.</source>
        <translation>“{text}” is not a number as it is written here: a dot groups thousands and a comma marks decimals, as in 12.500 or 12.500,50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is too large a number.</source>
        <translation>“{text}” is too large a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” must be a whole number.</source>
        <translation>“{text}” must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” already has an action plan.</source>
        <translation>“{title}” already has an action plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” already has its agreement.</source>
        <translation>“{title}” already has its agreement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot be compared with itself.</source>
        <translation>“{title}” cannot be compared with itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot depend on itself.</source>
        <translation>“{title}” cannot depend on itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot end before it starts.</source>
        <translation>“{title}” cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot get negative points ({points}).</source>
        <translation>“{title}” cannot get negative points ({points}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” falls outside the program&apos;s dates.</source>
        <translation>“{title}” falls outside the program&apos;s dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” has no rank yet: rank the problems again.</source>
        <translation>“{title}” has no rank yet: rank the problems again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a milestone: it has one date, not a length.</source>
        <translation>“{title}” is a milestone: it has one date, not a length.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is at {progress}%: log its progress up to 100%.</source>
        <translation>“{title}” is at {progress}%: log its progress up to 100%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is not a prioritised problem; alternatives are made for the community&apos;s priorities.</source>
        <translation>“{title}” is not a prioritised problem; alternatives are made for the community&apos;s priorities.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” is still carried by the facilitator; hand it over to the community.</source>
        <translation>“{title}” is still carried by the facilitator; hand it over to the community.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” was not chosen by the community; only chosen alternatives become action plans.</source>
        <translation>“{title}” was not chosen by the community; only chosen alternatives become action plans.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” was only at {was}% later, on {day}.</source>
        <translation>“{title}” was only at {was}% later, on {day}.</translation>
    </message>
    <message>
        <location line="-519"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+11"/>
        <source>Give the person&apos;s name.</source>
        <translation>Give the person&apos;s name.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>A backup cannot be written over the database itself.</source>
        <translation>A backup cannot be written over the database itself.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+1"/>
        <source>Choose whether the person is a woman or a man.</source>
        <translation>Choose whether the person is a woman or a man.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+1"/>
        <source>The birth year {year} cannot be right.</source>
        <translation>The birth year {year} cannot be right.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+1"/>
        <source>Records of “{table}” cannot be removed.</source>
        <translation>Records of “{table}” cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+2"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/ui/jobs.py" line="+237"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KeyContactsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+169"/>
        <source>Key contacts and local institutions</source>
        <translation>Key contacts and local institutions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The village head, religious and customary leaders, and the institutions (PKK, BPD, farmer groups) the team works through. Choose a person or a group.</source>
        <translation>The village head, religious and customary leaders, and the institutions (PKK, BPD, farmer groups) the team works through. Choose a person or a group.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a group&apos;s name…</source>
        <translation>Type a group&apos;s name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Kepala desa, Ketua PKK</source>
        <translation>e.g. Kepala desa, Ketua PKK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person or institution</source>
        <translation>Person or institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a key contact</source>
        <translation>a key contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or institution</source>
        <translation>or institution</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-387"/>
        <source>Welcome to Berdaya</source>
        <translation>Welcome to Berdaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First, the language of the program.</source>
        <translation>First, the language of the program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language you want to work in.</source>
        <translation>Choose the language you want to work in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+73"/>
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
        <location line="+72"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="+90"/>
        <source>&amp;New program…</source>
        <translation>&amp;New program…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent &amp;databases</source>
        <translation>Recent &amp;databases</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from backup…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Timeline of the program</source>
        <translation>&amp;Timeline of the program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline of &amp;all programs</source>
        <translation>Timeline of &amp;all programs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Berdaya</source>
        <translation>&amp;About Berdaya</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo data ({file})</source>
        <translation>Demo data ({file})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (not found)</source>
        <translation>{name} (not found)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No databases opened yet</source>
        <translation>No databases opened yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the files not found</source>
        <translation>Remove the files not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+93"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Device id {id}
Key fingerprint {fingerprint}</source>
        <translation>Device id {id}
Key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+20"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizards/commands.py" line="+59"/>
        <source>The database reported a problem: {error}</source>
        <translation>The database reported a problem: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+64"/>
        <location line="+14"/>
        <source>Stage wizard</source>
        <translation>Stage wizard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stage&apos;s wizard is not available yet.</source>
        <translation>This stage&apos;s wizard is not available yet.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berdaya will use {language} the next time it starts.</source>
        <translation>Berdaya will use {language} the next time it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/window.py" line="+50"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-84"/>
        <location filename="../../desktop/ui/timeline/window.py" line="+1"/>
        <source>Choose a program on the left first.</source>
        <translation>Choose a program on the left first.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Device: {name}</source>
        <translation>Device: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/window.py" line="+29"/>
        <source>Timeline — Berdaya</source>
        <translation>Timeline — Berdaya</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="-343"/>
        <source>Indicator measurements</source>
        <translation>Indicator measurements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The indicators agreed in the action plan, with their baseline and target. Measure each one together with the monitoring team.</source>
        <translation>The indicators agreed in the action plan, with their baseline and target. Measure each one together with the monitoring team.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+11"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type a name, or choose the facilitator…</source>
        <translation>Type a name, or choose the facilitator…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add measurement</source>
        <translation>Add measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a measurement</source>
        <translation>a measurement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators of the action plan</source>
        <translation>Indicators of the action plan</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Add indicators in the formalisation stage first.</source>
        <translation>Add indicators in the formalisation stage first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose who measured: a team member, a group or the facilitator.</source>
        <translation>Choose who measured: a team member, a group or the facilitator.</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../desktop/ui/wizards/meetings.py" line="-202"/>
        <source>Deliberation (musyawarah)</source>
        <translation>Deliberation (musyawarah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group discussion</source>
        <translation>Focus group discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field walk (transect)</source>
        <translation>Field walk (transect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location line="+211"/>
        <source>Meetings and attendance</source>
        <translation>Meetings and attendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each meeting with the community: who came, by name or counted, and who spoke. Women&apos;s presence matters: count them.</source>
        <translation>Each meeting with the community: who came, by name or counted, and who spoke. Women&apos;s presence matters: count them.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Musyawarah Dusun Kidul</source>
        <translation>e.g. Musyawarah Dusun Kidul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole community (or type a group&apos;s name)</source>
        <translation>The whole community (or type a group&apos;s name)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+21"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add meeting</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a meeting</source>
        <translation>a meeting</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For the group</source>
        <translation>For the group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Whole community</source>
        <translation>Whole community</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the person from the list, or add a new one.</source>
        <translation>Choose the person from the list, or add a new one.</translation>
    </message>
</context>
<context>
    <name>MonitoringTeamPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="-247"/>
        <source>The community&apos;s monitoring team</source>
        <translation>The community&apos;s monitoring team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Villagers who follow the work and measure its results for the community. Give each one a role; a mix of women and men makes the team stronger.</source>
        <translation>Villagers who follow the work and measure its results for the community. Give each one a role; a mix of women and men makes the team stronger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Ketua, Anggota</source>
        <translation>e.g. Ketua, Anggota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the team</source>
        <translation>Add to the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team member</source>
        <translation>a team member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+26"/>
        <source>Choose a person from the list, or add a new one.</source>
        <translation>Choose a person from the list, or add a new one.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="+212"/>
        <source>This laptop&apos;s name</source>
        <translation>This laptop&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the office and other laptops will know this one.</source>
        <translation>How the office and other laptops will know this one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name people recognise, with the owner&apos;s name: for example “Laptop Bu Sri”.</source>
        <translation>A name people recognise, with the owner&apos;s name: for example “Laptop Bu Sri”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Laptop Bu Sri</source>
        <translation>e.g. Laptop Bu Sri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and continue</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database reported a problem: {error}</source>
        <translation>The database reported a problem: {error}</translation>
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
        <location line="+82"/>
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
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../desktop/ui/wizards/people.py" line="+59"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lives in this village</source>
        <translation>Lives in this village</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/new_program.py" line="+298"/>
        <source>New program</source>
        <translation>New program</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type the village&apos;s name, e.g. Sukamaju</source>
        <translation>Type the village&apos;s name, e.g. Sukamaju</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>e.g. Clean water for Dusun Krajan</source>
        <translation>e.g. Clean water for Dusun Krajan</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>What the community wants to achieve</source>
        <translation>What the community wants to achieve</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Set a date</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create program</source>
        <translation>Create program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+22"/>
        <source>Type at least two letters of the name.</source>
        <translation>Type at least two letters of the name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>No village called “{text}” in the official list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of villages could not be searched: {error}</source>
        <translation>The list of villages could not be searched: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages you already work in. Type to search all of Indonesia.</source>
        <translation>Villages you already work in. Type to search all of Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Search among all villages of Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the village from the list ({count} found).</source>
        <translation>Choose the village from the list ({count} found).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The planned end comes before the start. Choose a later date.</source>
        <translation>The planned end comes before the start. Choose a later date.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the program&apos;s village.</source>
        <translation>Choose the program&apos;s village.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop does not work for {village}: a program can only be made in its own villages. To work there too, add the village in Settings first.</source>
        <translation>This laptop does not work for {village}: a program can only be made in its own villages. To work there too, add the village in Settings first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the program a name.</source>
        <translation>Give the program a name.</translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message>
        <location filename="../../desktop/ui/sync/newcomers.py" line="+43"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept this laptop</source>
        <translation>Accept this laptop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept the new villages</source>
        <translation>Accept the new villages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles from this laptop will be refused here from now on.</source>
        <translation>Bundles from this laptop will be refused here from now on.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A laptop not known here sent bundles: “{name}”</source>
        <translation>A laptop not known here sent bundles: “{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” now says it works for more villages</source>
        <translation>“{name}” now says it works for more villages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It says it works for: {places}.</source>
        <translation>It says it works for: {places}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was accepted here for: {places}.</source>
        <translation>It was accepted here for: {places}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now it also claims: {places}.</source>
        <translation>Now it also claims: {places}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It says it took over from {name} (a backup restored on it).</source>
        <translation>It says it took over from {name} (a backup restored on it).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call the person who uses it and ask them to read out its fingerprint (in Settings). Accept only if every group matches and the villages are right; nothing is imported from it until you decide.</source>
        <translation>Call the person who uses it and ask them to read out its fingerprint (in Settings). Accept only if every group matches and the villages are right; nothing is imported from it until you decide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: bundles from this laptop will be refused here.</source>
        <translation>Refused: bundles from this laptop will be refused here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted: its bundles are imported when you press Import.</source>
        <translation>Accepted: its bundles are imported when you press Import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted: its bundles were imported.</source>
        <translation>Accepted: its bundles were imported.</translation>
    </message>
</context>
<context>
    <name>OfficeCard</name>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="-111"/>
        <source>The card was not imported</source>
        <translation>The card was not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/menu.py" line="+55"/>
        <source>Office &amp;card…</source>
        <translation>Office &amp;card…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import o&amp;ffice card…</source>
        <translation>Import o&amp;ffice card…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="+48"/>
        <source>Save the office card as</source>
        <translation>Save the office card as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office cards (*.berdaya-card)</source>
        <translation>Office cards (*.berdaya-card)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card was not saved</source>
        <translation>The card was not saved</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Import office card</source>
        <translation>Import office card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office cards (*.berdaya-card);;All files (*)</source>
        <translation>Office cards (*.berdaya-card);;All files (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Trust this office again?</source>
        <translation>Trust this office again?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust again</source>
        <translation>Trust again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The office “{office}” is trusted: bundles for it are encrypted from now on.</source>
        <translation>The office “{office}” is trusted: bundles for it are encrypted from now on.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This bundle will not be encrypted: this laptop does not know the office&apos;s key yet. Whoever finds the file could read the residents&apos; names and phone numbers. Import the office card first (the office gives it to you), or export unencrypted.</source>
        <translation>This bundle will not be encrypted: this laptop does not know the office&apos;s key yet. Whoever finds the file could read the residents&apos; names and phone numbers. Import the office card first (the office gives it to you), or export unencrypted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the office card first…</source>
        <translation>Import the office card first…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export unencrypted</source>
        <translation>Export unencrypted</translation>
    </message>
</context>
<context>
    <name>OfficeCharts</name>
    <message>
        <location filename="../../desktop/ui/office/charts.py" line="+57"/>
        <source>Programs per stage</source>
        <translation>Programs per stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four principles per sub-district</source>
        <translation>The four principles per sub-district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s share of attendance per sub-district</source>
        <translation>Women&apos;s share of attendance per sub-district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community and outside money, planned and given</source>
        <translation>Community and outside money, planned and given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>women&apos;s share</source>
        <translation>women&apos;s share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community&apos;s share of the work</source>
        <translation>community&apos;s share of the work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator&apos;s share, lower is better</source>
        <translation>facilitator&apos;s share, lower is better</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>community&apos;s share of resources</source>
        <translation>community&apos;s share of resources</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+27"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Women&apos;s share of attendance</source>
        <translation>Women&apos;s share of attendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: planned {community} community and {outside} outside</source>
        <translation>{name}: planned {community} community and {outside} outside</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>given {community} community and {outside} outside</source>
        <translation>given {community} community and {outside} outside</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community, planned</source>
        <translation>Community, planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, planned</source>
        <translation>Outside, planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community, given</source>
        <translation>Community, given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, given</source>
        <translation>Outside, given</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <location filename="../../desktop/ui/office/menu.py" line="+41"/>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dashboard of the area</source>
        <translation>&amp;Dashboard of the area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Programs and navigator</source>
        <translation>&amp;Programs and navigator</translation>
    </message>
</context>
<context>
    <name>OfficeRulesBox</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="+194"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Dinas PMD Kabupaten Bogor</source>
        <translation>e.g. Dinas PMD Kabupaten Bogor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A village is late when nothing has come from it for longer than the limit; a month&apos;s bundle is on time when it arrives by the due day. Reports and the dashboard use these.</source>
        <translation>A village is late when nothing has come from it for longer than the limit; a month&apos;s bundle is on time when it arrives by the due day. Reports and the dashboard use these.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late after</source>
        <translation>Late after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly due day</source>
        <translation>Monthly due day</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview.py" line="+103"/>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+7"/>
        <source>The four principles</source>
        <translation>The four principles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The six goals</source>
        <translation>The six goals</translation>
    </message>
    <message>
        <location line="+168"/>
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
        <location line="+13"/>
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
        <location filename="../../desktop/ui/pages.py" line="+46"/>
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
    <message>
        <location line="+149"/>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some pages of “{name}” cannot be read, so what it shows could be incomplete, and no good backup of it was found.</source>
        <translation>Some pages of “{name}” cannot be read, so what it shows could be incomplete, and no good backup of it was found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Some pages of “{name}” cannot be read, so what it shows could be incomplete; the newest good backup is from {made}.</source>
        <translation>Some pages of “{name}” cannot be read, so what it shows could be incomplete; the newest good backup is from {made}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup of {made}</source>
        <translation>Restore the backup of {made}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be restored</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring {backup} failed: {error}</source>
        <translation>Restoring {backup} failed: {error}</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation_forms.py" line="+55"/>
        <source>community group</source>
        <translation>community group</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>The facilitator</source>
        <translation>The facilitator</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>outside</source>
        <translation>outside</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/ui/wizards/people.py" line="+41"/>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Several are called “{name}”: pick the one you mean from the list.</source>
        <translation>Several are called “{name}”: pick the one you mean from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is not in the list: pick one from the list, or clear the field.</source>
        <translation>“{name}” is not in the list: pick one from the list, or clear the field.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New person?</source>
        <translation>New person?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one called “{name}” is in the list of people.</source>
        <translation>No one called “{name}” is in the list of people.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add “{name}” as a new person, or cancel and pick someone from the list.</source>
        <translation>Add “{name}” as a new person, or cancel and pick someone from the list.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../desktop/ui/wizards/photos.py" line="+66"/>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-139"/>
        <source>Type the name of the sub-district or regency</source>
        <translation>Type the name of the sub-district or regency</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Type at least two letters of the name.</source>
        <translation>Type at least two letters of the name.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No sub-district or regency called “{text}”.</source>
        <translation>No sub-district or regency called “{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>The official list could not be searched: {error}</source>
        <translation>The official list could not be searched: {error}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Search among the sub-districts and regencies.</source>
        <translation>Search among the sub-districts and regencies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the office&apos;s area from the list ({count} found).</source>
        <translation>Choose the office&apos;s area from the list ({count} found).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the village&apos;s name, e.g. Sukamaju</source>
        <translation>Type the village&apos;s name, e.g. Sukamaju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>No village called “{text}” in the official list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Search among all villages of Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your village from the list ({count} found).</source>
        <translation>Choose your village from the list ({count} found).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s area</source>
        <translation>The office&apos;s area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sub-district or regency whose programs you follow.</source>
        <translation>The sub-district or regency whose programs you follow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this area</source>
        <translation>Choose this area</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>This laptop works for:</source>
        <translation>This laptop works for:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your villages</source>
        <translation>Your villages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find each village you accompany, and add it. You can add more later.</source>
        <translation>Find each village you accompany, and add it. You can add more later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this village</source>
        <translation>Add this village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Principle</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="-46"/>
        <source>Equality</source>
        <translation>Equality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainability</source>
        <translation>Sustainability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-reliance</source>
        <translation>Self-reliance</translation>
    </message>
</context>
<context>
    <name>PrincipleCard</name>
    <message>
        <location filename="../../desktop/ui/principles_view.py" line="+167"/>
        <source>{share} (planned)</source>
        <translation>{share} (planned)</translation>
    </message>
</context>
<context>
    <name>Principles</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+8"/>
        <source>Do women attend, speak and decide as men do?</source>
        <translation>Do women attend, speak and decide as men do?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the community plan, do, monitor and evaluate itself?</source>
        <translation>Does the community plan, do, monitor and evaluate itself?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the facilitator&apos;s part fade out to zero?</source>
        <translation>Does the facilitator&apos;s part fade out to zero?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the community bring its own means first?</source>
        <translation>Does the community bring its own means first?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/principle_cards.py" line="+52"/>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} of {whole}</source>
        <translation>{part} of {whole}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{what}, {first} – {last}</source>
        <translation>{what}, {first} – {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{caption}; dashed: planned, not yet done</source>
        <translation>{caption}; dashed: planned, not yet done</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No meetings recorded yet</source>
        <translation>No meetings recorded yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women are {share} of the attendance — below the {threshold} you set.</source>
        <translation>Women are {share} of the attendance — below the {threshold} you set.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Women are {share} of those who spoke or proposed — below the {threshold} you set.</source>
        <translation>Women are {share} of those who spoke or proposed — below the {threshold} you set.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Women hold {share} of the decision roles — below the {threshold} you set.</source>
        <translation>Women hold {share} of the decision roles — below the {threshold} you set.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>women, on average over the three parts</source>
        <translation>women, on average over the three parts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers and proposers</source>
        <translation>Speakers and proposers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision roles</source>
        <translation>Decision roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women&apos;s share of attendance by month</source>
        <translation>Women&apos;s share of attendance by month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women reach the {threshold} you set in every part.</source>
        <translation>Women reach the {threshold} you set in every part.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+11"/>
        <source>planning</source>
        <translation>planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrying out</source>
        <translation>carrying out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluating</source>
        <translation>evaluating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/principle_cards.py" line="+10"/>
        <location line="+47"/>
        <source>No meetings or activities recorded yet</source>
        <translation>No meetings or activities recorded yet</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The community carries {share} of the {phase} — below the {threshold} you set.</source>
        <translation>The community carries {share} of the {phase} — below the {threshold} you set.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>done by the community, on average over the four parts</source>
        <translation>done by the community, on average over the four parts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community&apos;s share by month</source>
        <translation>Community&apos;s share by month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community carries at least the {threshold} you set in every part.</source>
        <translation>The community carries at least the {threshold} you set in every part.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough months yet</source>
        <translation>not enough months yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>steady</source>
        <translation>steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falling {points} points a month</source>
        <translation>falling {points} points a month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rising {points} points a month</source>
        <translation>rising {points} points a month</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The facilitator&apos;s share is rising; it should fade out.</source>
        <translation>The facilitator&apos;s share is rising; it should fade out.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The facilitator still carried {share} at closing; it should come to zero.</source>
        <translation>The facilitator still carried {share} at closing; it should come to zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At this pace the facilitator still carries {share} at the planned end; it should come down to {threshold} or less.</source>
        <translation>At this pace the facilitator still carries {share} at the planned end; it should come down to {threshold} or less.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>carried by the facilitator in {month}; lower is better</source>
        <translation>carried by the facilitator in {month}; lower is better</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At closing</source>
        <translation>At closing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected at the planned end</source>
        <translation>Expected at the planned end</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator&apos;s share by month</source>
        <translation>Facilitator&apos;s share by month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its way to zero (at most {threshold}).</source>
        <translation>On its way to zero (at most {threshold}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No budget or contributions recorded yet</source>
        <translation>No budget or contributions recorded yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The community brings {share} of the resources — below the {threshold} you set.</source>
        <translation>The community brings {share} of the resources — below the {threshold} you set.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of the resources come from the community, valued in Rupiah</source>
        <translation>of the resources come from the community, valued in Rupiah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned budget</source>
        <translation>Planned budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given so far</source>
        <translation>Given so far</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community&apos;s share of what was given by month</source>
        <translation>Community&apos;s share of what was given by month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At or above the {threshold} you set.</source>
        <translation>At or above the {threshold} you set.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/principles_view.py" line="+56"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>PrinciplesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="+397"/>
        <source>The principles&apos; scores</source>
        <translation>The principles&apos; scores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equality, participation, sustainability and self-reliance as measured so far. Talk about them in the evaluation meeting; nothing to fill in here.</source>
        <translation>Equality, participation, sustainability and self-reliance as measured so far. Talk about them in the evaluation meeting; nothing to fill in here.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_agreement.py" line="+65"/>
        <source>Print the berita acara</source>
        <translation>Print the berita acara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F4 (215 × 330 mm), usual in village offices</source>
        <translation>F4 (215 × 330 mm), usual in village offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the berita acara</source>
        <translation>Save the berita acara</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/assessment.py" line="+89"/>
        <source>Problems and needs</source>
        <translation>Problems and needs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What residents say is wrong or missing, in their own words, and who raised it: a person or a group.</source>
        <translation>What residents say is wrong or missing, in their own words, and who raised it: a person or a group.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Air bersih sulit di musim kemarau</source>
        <translation>e.g. Air bersih sulit di musim kemarau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a group&apos;s name…</source>
        <translation>Type a group&apos;s name…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Problem or need</source>
        <translation>Problem or need</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>At meeting</source>
        <translation>At meeting</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add problem</source>
        <translation>Add problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a problem</source>
        <translation>a problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or the group</source>
        <translation>or the group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households affected</source>
        <translation>Households affected</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation.py" line="-503"/>
        <source>Progress of the activities</source>
        <translation>Progress of the activities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After each visit, write how far an activity of the action plan has come. Progress only goes forward; at 100% the activity is finished.</source>
        <translation>After each visit, write how far an activity of the action plan has come. Progress only goes forward; at 100% the activity is finished.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a group&apos;s or a person&apos;s name…</source>
        <translation>Type a group&apos;s or a person&apos;s name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Cement arrived late; rain for two days</source>
        <translation>e.g. Cement arrived late; rain for two days</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+12"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Women / men present</source>
        <translation>Women / men present</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Carried by</source>
        <translation>Carried by</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Problems met</source>
        <translation>Problems met</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add progress</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a progress entry</source>
        <translation>a progress entry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Women present</source>
        <translation>Women present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men present</source>
        <translation>Men present</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The action plan has no activities yet: formalise it first.</source>
        <translation>The action plan has no activities yet: formalise it first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write how far it has come (0–100).</source>
        <translation>Write how far it has come (0–100).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who carried the work: a group, a person or the facilitator.</source>
        <translation>Choose who carried the work: a group, a person or the facilitator.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/assessment.py" line="+200"/>
        <source>Ranking of needs</source>
        <translation>Ranking of needs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the community rank its needs: give each problem the points it received, or compare them two at a time. Then tick the priorities.</source>
        <translation>Let the community rank its needs: give each problem the points it received, or compare them two at a time. Then tick the priorities.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By votes (points per problem)</source>
        <translation>By votes (points per problem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pairs (which of the two matters more?)</source>
        <translation>In pairs (which of the two matters more?)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another pair</source>
        <translation>Another pair</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs won</source>
        <translation>Pairs won</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to add</source>
        <translation>Points to add</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add these points</source>
        <translation>Add these points</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prioritise the first</source>
        <translation>Prioritise the first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prioritise</source>
        <translation>Prioritise</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Points to add to “{title}”</source>
        <translation>Points to add to “{title}”</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Which matters more to the community? ({left} pairs left)</source>
        <translation>Which matters more to the community? ({left} pairs left)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every pair has been compared.</source>
        <translation>Every pair has been compared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least two problems to compare them in pairs.</source>
        <translation>Add at least two problems to compare them in pairs.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../desktop/ui/wizards/record_list.py" line="+113"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected record into the form (F2)</source>
        <translation>Load the selected record into the form (F2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/office/report_dialog.py" line="+102"/>
        <location line="+182"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>The area&apos;s figures for one month: an Excel workbook for the next office up, the monthly report as a PDF to sign, or the programs as CSV for scripts.</source>
        <translation>The area&apos;s figures for one month: an Excel workbook for the next office up, the monthly report as a PDF to sign, or the programs as CSV for scripts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The whole database</source>
        <translation>The whole database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report to sign (.pdf)</source>
        <translation>Monthly report to sign (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs for scripts (.csv)</source>
        <translation>Programs for scripts (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of file:</source>
        <translation>Kind of file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write report</source>
        <translation>Write report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as</source>
        <translation>Save report as</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report was written to {file}.</source>
        <translation>The report was written to {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written: {file}</source>
        <translation>Report written: {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not written: {reason}</source>
        <translation>The report was not written: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: no report was written.</source>
        <translation>Cancelled: no report was written.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desktop/ui/office/report_pdf.py" line="+221"/>
        <source>Community and Village Empowerment Office</source>
        <translation>Community and Village Empowerment Office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All villages in the database</source>
        <translation>All villages in the database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MONTHLY REPORT OF COMMUNITY EMPOWERMENT PROGRAMS</source>
        <translation>MONTHLY REPORT OF COMMUNITY EMPOWERMENT PROGRAMS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Villages: {villages} in {subdistricts} sub-districts · Programs: {programs} · Sent in {month}: {sent} of {expected} villages ({rate}) · Late: {late} · Never sent: {never}</source>
        <translation>Villages: {villages} in {subdistricts} sub-districts · Programs: {programs} · Sent in {month}: {sent} of {expected} villages ({rate}) · Late: {late} · Never sent: {never}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reporting completeness per sub-district</source>
        <translation>Reporting completeness per sub-district</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+101"/>
        <location line="+46"/>
        <location line="+28"/>
        <source>Sub-district</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Villages expected</source>
        <translation>Villages expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting rate</source>
        <translation>Reporting rate</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+148"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Programs per stage</source>
        <translation>Programs per stage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Of which closed</source>
        <translation>Of which closed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The four principles per sub-district</source>
        <translation>The four principles per sub-district</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money per sub-district</source>
        <translation>Money per sub-district</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Head of {office}</source>
        <translation>Head of {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee ID (NIP)</source>
        <translation>Employee ID (NIP)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never sent</source>
        <translation>Never sent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Villages that sent nothing this month</source>
        <translation>Villages that sent nothing this month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sustainability is the facilitator&apos;s share of the work (lower is better). Figures in bold red are past the thresholds set in Settings.</source>
        <translation>Sustainability is the facilitator&apos;s share of the work (lower is better). Figures in bold red are past the thresholds set in Settings.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Community, planned</source>
        <translation>Community, planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, planned</source>
        <translation>Outside, planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community, given</source>
        <translation>Community, given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, given</source>
        <translation>Outside, given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community share of the budget</source>
        <translation>Community share of the budget</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+13"/>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <location filename="../../desktop/ui/wizards/assessment.py" line="-474"/>
        <source>Human (skills, labour)</source>
        <translation>Human (skills, labour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural (land, water, forest)</source>
        <translation>Natural (land, water, forest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial (savings, funds)</source>
        <translation>Financial (savings, funds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social (groups, mutual help)</source>
        <translation>Social (groups, mutual help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical (buildings, tools)</source>
        <translation>Physical (buildings, tools)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location line="+150"/>
        <source>Resources and assets</source>
        <translation>Resources and assets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the community already has to build on: skills, land and water, savings, groups and mutual help, buildings and tools.</source>
        <translation>What the community already has to build on: skills, land and water, savings, groups and mutual help, buildings and tools.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Mata air Sendang</source>
        <translation>e.g. Mata air Sendang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2</source>
        <translation>e.g. 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ha, unit, orang</source>
        <translation>e.g. ha, unit, orang</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Type a group&apos;s name…</source>
        <translation>Type a group&apos;s name…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+18"/>
        <source>Estimated value</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add resource</source>
        <translation>Add resource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a resource</source>
        <translation>a resource</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held by group</source>
        <translation>Held by group</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/restore.py" line="+46"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berdaya backs this database up before every import and update, and once a day. Restoring one puts its content back; the database as it is now is kept as a backup first.</source>
        <translation>Berdaya backs this database up before every import and update, and once a day. Restoring one puts its content back; the database as it is now is kept as a backup first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the backups…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{reason} — damaged, cannot be restored</source>
        <translation>{reason} — damaged, cannot be restored</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup of this database yet.</source>
        <translation>No backup of this database yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup to restore.</source>
        <translation>Choose a backup to restore.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database will hold what it held on {date}; what was entered since is kept in a new backup, not lost.</source>
        <translation>The database will hold what it held on {date}; what was entered since is kept in a new backup, not lost.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored; the database as it was is kept.</source>
        <translation>Backup restored; the database as it was is kept.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup could not be restored; the details are in the log.</source>
        <translation>The backup could not be restored; the details are in the log.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/base.py" line="+328"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every step, then choose Finish to complete the stage.</source>
        <translation>Check every step, then choose Finish to complete the stage.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-84"/>
        <source>Who works on this laptop?</source>
        <translation>Who works on this laptop?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The places you choose next are the ones this laptop works for.</source>
        <translation>The places you choose next are the ones this laptop works for.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A village facilitator</source>
        <translation>A village facilitator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You accompany the community of one village, or of a few villages.</source>
        <translation>You accompany the community of one village, or of a few villages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An office</source>
        <translation>An office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You follow the programs of a sub-district (kecamatan) or a regency.</source>
        <translation>You follow the programs of a sub-district (kecamatan) or a regency.</translation>
    </message>
</context>
<context>
    <name>RupiahEdit</name>
    <message>
        <location filename="../../desktop/ui/wizards/fields.py" line="+253"/>
        <source>A minus sign is not taken: this amount is never negative.</source>
        <translation>A minus sign is not taken: this amount is never negative.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="+45"/>
        <source>Scores and votes</source>
        <translation>Scores and votes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the community&apos;s score from 1 (poor) to 5 (good) for each alternative on each criterion, or record the votes for an alternative.</source>
        <translation>Type the community&apos;s score from 1 (poor) to 5 (good) for each alternative on each criterion, or record the votes for an alternative.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+28"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>A show of hands (or type a voter&apos;s name)</source>
        <translation>A show of hands (or type a voter&apos;s name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add votes</source>
        <translation>Add votes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Type a whole number from 1 to 5.</source>
        <translation>Type a whole number from 1 to 5.</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../desktop/ui/office/villages_model.py" line="+40"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never sent</source>
        <translation>Never sent</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="-169"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language is used from the next start of Berdaya.</source>
        <translation>A new language is used from the next start of Berdaya.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual thresholds</source>
        <translation>Usual thresholds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the four thresholds back to the usual values.</source>
        <translation>Put the four thresholds back to the usual values.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equality: women&apos;s share below</source>
        <translation>Equality: women&apos;s share below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation: the community&apos;s share below</source>
        <translation>Participation: the community&apos;s share below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainability: the facilitator&apos;s share at the end above</source>
        <translation>Sustainability: the facilitator&apos;s share at the end above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-reliance: the community&apos;s share of resources below</source>
        <translation>Self-reliance: the community&apos;s share of resources below</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warn on the overview when</source>
        <translation>Warn on the overview when</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The overview shows a warning in words when a principle is on the wrong side of its threshold. The change applies at once.</source>
        <translation>The overview shows a warning in words when a principle is on the wrong side of its threshold. The change applies at once.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="-70"/>
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
    <name>StageMenu</name>
    <message>
        <location filename="../../desktop/ui/stage_menu.py" line="+43"/>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../desktop/ui/wizards/base.py" line="-47"/>
        <source>This page is not complete yet: see the messages above.</source>
        <translation>This page is not complete yet: see the messages above.</translation>
    </message>
</context>
<context>
    <name>StageStatus</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+9"/>
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
        <location filename="../../desktop/ui/stepper.py" line="+145"/>
        <source>Stages of the program</source>
        <translation>Stages of the program</translation>
    </message>
    <message>
        <location line="+61"/>
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
    <name>StageWizard</name>
    <message>
        <location filename="../../desktop/ui/wizards/base.py" line="+103"/>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stage is complete. Amend it to make corrections.</source>
        <translation>This stage is complete. Amend it to make corrections.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{stage} — {program}</source>
        <translation>{stage} — {program}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Steps of this stage</source>
        <translation>Steps of this stage</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The program is closed: this stage can only be read.</source>
        <translation>The program is closed: this stage can only be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stage is complete. Choose Amend to change it.</source>
        <translation>This stage is complete. Choose Amend to change it.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizards/keyboard.py" line="+74"/>
        <source>Close the wizard</source>
        <translation>Close the wizard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is not saved yet.</source>
        <translation>What you typed is not saved yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it as a record before closing, or discard it?</source>
        <translation>Save it as a record before closing, or discard it?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../desktop/ui/wizards/steps_panel.py" line="+85"/>
        <source>This step holds what it needs.</source>
        <translation>This step holds what it needs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step still lacks something.</source>
        <translation>This step still lacks something.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recorded in this step yet.</source>
        <translation>Nothing is recorded in this step yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: nothing is recorded in this step yet.</source>
        <translation>Optional: nothing is recorded in this step yet.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../desktop/ui/sync/menu.py" line="-35"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import bundle(s)…</source>
        <translation>&amp;Import bundle(s)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/ui/sync/words.py" line="+26"/>
        <source>The disk is full: free some space or choose another drive, then try again.</source>
        <translation>The disk is full: free some space or choose another drive, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berdaya may not write to this folder: choose another folder and try again.</source>
        <translation>Berdaya may not write to this folder: choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder does not exist any more: choose another folder.</source>
        <translation>The folder does not exist any more: choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community group</source>
        <translation>Community group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group membership</source>
        <translation>Group membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key contact</source>
        <translation>Key contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field note</source>
        <translation>Field note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date held</source>
        <translation>Date held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-183"/>
        <source>Facilitators and their roles</source>
        <translation>Facilitators and their roles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who accompanies the community, in which role. Mark the village&apos;s own cadres: their share should grow as the program goes on.</source>
        <translation>Who accompanies the community, in which role. Mark the village&apos;s own cadres: their share should grow as the program goes on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Pendamping desa</source>
        <translation>e.g. Pendamping desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community cadre (lives in the village)</source>
        <translation>Community cadre (lives in the village)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Community or outside</source>
        <translation>Community or outside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to the team</source>
        <translation>Add to the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a facilitator</source>
        <translation>a facilitator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned on</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Community cadre</source>
        <translation>Community cadre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside worker</source>
        <translation>Outside worker</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a person from the list, or add a new one.</source>
        <translation>Choose a person from the list, or add a new one.</translation>
    </message>
</context>
<context>
    <name>TerminationWizard</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination.py" line="+82"/>
        <source>The program is closed. Only its final report can still be changed.</source>
        <translation>The program is closed. Only its final report can still be changed.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/ui/timeline/model.py" line="+269"/>
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
        <location filename="../../desktop/ui/timeline/view.py" line="+166"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location filename="../../desktop/ui/timeline/loading.py" line="+119"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a district or regency…</source>
        <translation>Type a district or regency…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>regency</source>
        <translation>regency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/view.py" line="+47"/>
        <source>The timeline could not be read: %1</source>
        <translation>The timeline could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/editing.py" line="+100"/>
        <source>The change could not be made: %1</source>
        <translation>The change could not be made: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the dates of “%1”</source>
        <translation>Change the dates of “%1”</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Move it after the recorded work?</source>
        <translation>Move it after the recorded work?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move it anyway? The progress already logged stays as it is.</source>
        <translation>Move it anyway? The progress already logged stays as it is.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only activities can be linked.</source>
        <translation>Only activities can be linked.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Link “%1” → “%2”</source>
        <translation>Link “%1” → “%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a link</source>
        <translation>Remove a link</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change the link “%1” → “%2”</source>
        <translation>Change the link “%1” → “%2”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit link…</source>
        <translation>Edit link…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open activity</source>
        <translation>Open activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move successors</source>
        <translation>Move successors</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Nothing to move: the activities after “%1” already wait for it.</source>
        <translation>Nothing to move: the activities after “%1” already wait for it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move the activities after “%1”</source>
        <translation>Move the activities after “%1”</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location filename="../../desktop/ui/timeline/view.py" line="+299"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as picture</source>
        <translation>Save as picture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/accessible.py" line="+30"/>
        <source>{title}: {day}</source>
        <translation>{title}: {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: {start} – {end}, {progress}% done</source>
        <translation>{title}: {start} – {end}, {progress}% done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/empty.py" line="+31"/>
        <source>No activities yet. The bars of this timeline are the program&apos;s activities: add them in step {number}, “{step}”, of the wizard of the stage “{stage}” (after the action plans of step 1), and each one appears here with its dates and progress.</source>
        <translation>No activities yet. The bars of this timeline are the program&apos;s activities: add them in step {number}, “{step}”, of the wizard of the stage “{stage}” (after the action plans of step 1), and each one appears here with its dates and progress.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the wizard of “{stage}”</source>
        <translation>Open the wizard of “{stage}”</translation>
    </message>
</context>
<context>
    <name>TimelineLinks</name>
    <message>
        <location filename="../../desktop/ui/timeline/links.py" line="+31"/>
        <source>Finish to start (after it ends)</source>
        <translation>Finish to start (after it ends)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Start to start (once it has begun)</source>
        <translation>Start to start (once it has begun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish to finish (ends after it ends)</source>
        <translation>Finish to finish (ends after it ends)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link between activities</source>
        <translation>Link between activities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” waits for “%2”.</source>
        <translation>“%1” waits for “%2”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to wait; a negative number lets it start earlier.</source>
        <translation>Days to wait; a negative number lets it start earlier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline/view.py" line="-459"/>
        <source>Stages and activities</source>
        <translation>Stages and activities</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>TransferFolderBox</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="+188"/>
        <location line="+6"/>
        <source>Transfer folder</source>
        <translation>Transfer folder</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A USB stick, a shared drive or a folder a syncing program keeps: after work Berdaya puts a bundle there for each office and laptop it exchanges with, and imports the bundles that arrive for this laptop.</source>
        <translation>A USB stick, a shared drive or a folder a syncing program keeps: after work Berdaya puts a bundle there for each office and laptop it exchanges with, and imports the bundles that arrive for this laptop.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the transfer folder</source>
        <translation>Choose the transfer folder</translation>
    </message>
</context>
<context>
    <name>VerdictBadges</name>
    <message>
        <location filename="../../desktop/ui/verdict_badges.py" line="+86"/>
        <source>Review a stage…</source>
        <translation>Review a stage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the office&apos;s verdict on a stage: accepted, or what needs changing.</source>
        <translation>Record the office&apos;s verdict on a stage: accepted, or what needs changing.</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../desktop/ui/review_verdict.py" line="-73"/>
        <source>Review a stage</source>
        <translation>Review a stage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdict goes back to the village with this office&apos;s next bundle; the facilitator sees it on the stage.</source>
        <translation>The verdict goes back to the village with this office&apos;s next bundle; the facilitator sees it on the stage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs changes</source>
        <translation>Needs changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs changing, or a word of thanks</source>
        <translation>What needs changing, or a word of thanks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record verdict</source>
        <translation>Record verdict</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/ui/verdict_badges.py" line="-51"/>
        <source>Accepted by the office, {date}</source>
        <translation>Accepted by the office, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs changes</source>
        <translation>Needs changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs changes: {note}</source>
        <translation>Needs changes: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed after the review</source>
        <translation>changed after the review</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed by {office} on {date}</source>
        <translation>Reviewed by {office} on {date}</translation>
    </message>
</context>
<context>
    <name>VillagesModel</name>
    <message>
        <location filename="../../desktop/ui/office/villages_model.py" line="+69"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-district</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stage</source>
        <translation>In stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community&apos;s share</source>
        <translation>Community&apos;s share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest bundle</source>
        <translation>Newest bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days since the current stage started</source>
        <translation>Days since the current stage started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s share of attendance, voice and decisions</source>
        <translation>Women&apos;s share of attendance, voice and decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s share of the work</source>
        <translation>The community&apos;s share of the work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator&apos;s share at the end (lower is better)</source>
        <translation>The facilitator&apos;s share at the end (lower is better)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s share of the resources</source>
        <translation>The community&apos;s share of the resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s share of the planned budget</source>
        <translation>The community&apos;s share of the planned budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the newest bundle received from the village was made</source>
        <translation>When the newest bundle received from the village was made</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No program</source>
        <translation>No program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} days</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{village}, village code {code}</source>
        <translation>{village}, village code {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value}: a warning (the program&apos;s overview says which)</source>
        <translation>{value}: a warning (the program&apos;s overview says which)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: no warning</source>
        <translation>{value}: no warning</translation>
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
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/ui/wizards/record_list.py" line="-133"/>
        <source>adding {what}</source>
        <translation>adding {what}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>removing {what}</source>
        <translation>removing {what}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>changing {what}</source>
        <translation>changing {what}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="+188"/>
        <source>Waiting for the database…</source>
        <translation>Waiting for the database…</translation>
    </message>
</context>
</TS>
