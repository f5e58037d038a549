<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rapport::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n probable duplicate(s). Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</source>
        <translation>
            <numerusform>%n probable duplicate. Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</numerusform>
            <numerusform>%n probable duplicates. Open the first to compare; merging moves everything of the others onto the first and cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::EpisodesPage</name>
    <message numerus="yes">
        <source>The next %n older follow-ups</source>
        <translation>
            <numerusform>The next older follow-up</numerusform>
            <numerusform>The next %n older follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Read as %1, %n vCard(s).</source>
        <translation>
            <numerusform>Read as %1, %n vCard.</numerusform>
            <numerusform>Read as %1, %n vCards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message numerus="yes">
        <source>Gave up waiting for the other program after %n s.</source>
        <translation>
            <numerusform>Gave up waiting for the other program after %n s.</numerusform>
            <numerusform>Gave up waiting for the other program after %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done waiting for the other program (%n s).</source>
        <translation>
            <numerusform>Done waiting for the other program (%n s).</numerusform>
            <numerusform>Done waiting for the other program (%n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy, waiting: another program is writing to this database (%n s)...</source>
        <translation>
            <numerusform>Busy, waiting: another program is writing to this database (%n s)...</numerusform>
            <numerusform>Busy, waiting: another program is writing to this database (%n s)...</numerusform>
        </translation>
    </message>
</context>
</TS>
