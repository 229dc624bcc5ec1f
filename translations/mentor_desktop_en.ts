<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttentionTableModel</name>
    <message numerus="yes">
        <source>No first visit yet, referred %n day(s) ago</source>
        <translation>
            <numerusform>No first visit yet, referred %n day ago</numerusform>
            <numerusform>No first visit yet, referred %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No session for %n day(s)</source>
        <translation>
            <numerusform>No session for %n day</numerusform>
            <numerusform>No session for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerDetailPane</name>
    <message numerus="yes">
        <source>%n open placement(s)</source>
        <translation>
            <numerusform>%n open placement</numerusform>
            <numerusform>%n open placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message numerus="yes">
        <source>%n employer(s) found</source>
        <translation>
            <numerusform>%n employer found</numerusform>
            <numerusform>%n employers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnersScreen</name>
    <message numerus="yes">
        <source>%n learner(s) found</source>
        <translation>
            <numerusform>%n learner found</numerusform>
            <numerusform>%n learners found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDetailPane</name>
    <message numerus="yes">
        <source>{hours} hours ({lessons} lessons of 45 min) in %n session(s)</source>
        <translation>
            <numerusform>{hours} hours ({lessons} lessons of 45 min) in %n session</numerusform>
            <numerusform>{hours} hours ({lessons} lessons of 45 min) in %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) after the referral)</source>
        <translation>
            <numerusform>{date} (%n day after the referral)</numerusform>
            <numerusform>{date} (%n days after the referral)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} · session, %n min, {attendance}</source>
        <translation>
            <numerusform>{date} · session, %n min, {attendance}</numerusform>
            <numerusform>{date} · session, %n min, {attendance}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementsScreen</name>
    <message numerus="yes">
        <source>%n placement(s) found</source>
        <translation>
            <numerusform>%n placement found</numerusform>
            <numerusform>%n placements found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message numerus="yes">
        <source>%Ln session(s) found</source>
        <translation>
            <numerusform>%Ln session found</numerusform>
            <numerusform>%Ln sessions found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <source>&amp;Planned visits (%n)</source>
        <translation>
            <numerusform>&amp;Planned visits (%n)</numerusform>
            <numerusform>&amp;Planned visits (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Needs attention (%n)</source>
        <translation>
            <numerusform>&amp;Needs attention (%n)</numerusform>
            <numerusform>&amp;Needs attention (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recent visits, last 14 days (%n)</source>
        <translation>
            <numerusform>&amp;Recent visits, last 14 days (%n)</numerusform>
            <numerusform>&amp;Recent visits, last 14 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) written to {path}.</source>
        <translation>
            <numerusform>%n planned visit written to {path}.</numerusform>
            <numerusform>%n planned visits written to {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
