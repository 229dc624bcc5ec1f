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
    <name>CertificateBatchDialog</name>
    <message numerus="yes">
        <source>%n learner(s): {check}</source>
        <translation>
            <numerusform>%n learner: {check}</numerusform>
            <numerusform>%n learners: {check}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) found</source>
        <translation>
            <numerusform>%n learner found</numerusform>
            <numerusform>%n learners found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n ready to issue</numerusform>
            <numerusform>%n ready to issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n certificate(s)</source>
        <translation>
            <numerusform>&amp;Issue %n certificate</numerusform>
            <numerusform>&amp;Issue %n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n certificate(s)…</source>
        <translation>
            <numerusform>Issuing %n certificate…</numerusform>
            <numerusform>Issuing %n certificates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n certificate(s) ({first} to {last}) into {target}.</source>
        <translation>
            <numerusform>Issued %n certificate ({first} to {last}) into {target}.</numerusform>
            <numerusform>Issued %n certificates ({first} to {last}) into {target}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message numerus="yes">
        <source>%n certificate(s) found</source>
        <translation>
            <numerusform>%n certificate found</numerusform>
            <numerusform>%n certificates found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
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
    <name>FeedbackScreen</name>
    <message numerus="yes">
        <source>%n form(s) found</source>
        <translation>
            <numerusform>%n form found</numerusform>
            <numerusform>%n forms found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>Within %n day</numerusform>
            <numerusform>Within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placements referred in the year whose first session came within %n day(s) of the referral</source>
        <translation>
            <numerusform>Placements referred in the year whose first session came within %n day of the referral</numerusform>
            <numerusform>Placements referred in the year whose first session came within %n days of the referral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) referred this year; {visited} visited, {waiting} not yet</source>
        <translation>
            <numerusform>%n placement referred this year; {visited} visited, {waiting} not yet</numerusform>
            <numerusform>%n placements referred this year; {visited} visited, {waiting} not yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalWordsTab</name>
    <message numerus="yes">
        <source>%n goal word(s), {mastered} mastered</source>
        <translation>
            <numerusform>%n goal word, {mastered} mastered</numerusform>
            <numerusform>%n goal words, {mastered} mastered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added.</source>
        <translation>
            <numerusform>%n word added.</numerusform>
            <numerusform>%n words added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) were goals already.</source>
        <translation>
            <numerusform>%n word was a goal already.</numerusform>
            <numerusform>%n words were goals already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) have no gloss in the learner&apos;s language.</source>
        <translation>
            <numerusform>%n word has no gloss in the learner&apos;s language.</numerusform>
            <numerusform>%n words have no gloss in the learner&apos;s language.</numerusform>
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
    <name>MonthHoursModel</name>
    <message numerus="yes">
        <source>%n session(s), {hours} hours, {lessons} lessons of 45 minutes</source>
        <translation>
            <numerusform>%n session, {hours} hours, {lessons} lessons of 45 minutes</numerusform>
            <numerusform>%n sessions, {hours} hours, {lessons} lessons of 45 minutes</numerusform>
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
    <name>ReportsScreen</name>
    <message numerus="yes">
        <source>first session within %n day(s) of referral</source>
        <translation>
            <numerusform>first session within %n day of referral</numerusform>
            <numerusform>first session within %n days of referral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referred placement(s) not visited yet</source>
        <translation>
            <numerusform>%n referred placement not visited yet</numerusform>
            <numerusform>%n referred placements not visited yet</numerusform>
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
<context>
    <name>UsersPane</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Correct the file in your spreadsheet program and import it again.</source>
        <translation>
            <numerusform>%n problem found. Nothing has been imported. Correct the file in your spreadsheet program and import it again.</numerusform>
            <numerusform>%n problems found. Nothing has been imported. Correct the file in your spreadsheet program and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new word(s) will be added.</source>
        <translation>
            <numerusform>%n new word will be added.</numerusform>
            <numerusform>%n new words will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) are in the list already and stay as they are.</source>
        <translation>
            <numerusform>%n word is in the list already and stays as it is.</numerusform>
            <numerusform>%n words are in the list already and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) are in the list already but differ.</source>
        <translation>
            <numerusform>%n word is in the list already but differs.</numerusform>
            <numerusform>%n words are in the list already but differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyScreen</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyTransferFlow</name>
    <message numerus="yes">
        <source>%n word(s) added to {name}.</source>
        <translation>
            <numerusform>%n word added to {name}.</numerusform>
            <numerusform>%n words added to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) updated.</source>
        <translation>
            <numerusform>%n word updated.</numerusform>
            <numerusform>%n words updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) were there already.</source>
        <translation>
            <numerusform>%n word was there already.</numerusform>
            <numerusform>%n words were there already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) written to {path}.</source>
        <translation>
            <numerusform>%n word written to {path}.</numerusform>
            <numerusform>%n words written to {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
