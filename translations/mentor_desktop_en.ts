<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
