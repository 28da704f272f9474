<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>shopinbox: %n unread</source>
        <translation>
            <numerusform>shopinbox: %n unread</numerusform>
            <numerusform>shopinbox: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message numerus="yes">
        <source>%n suggestion(s). Merging moves everything to the customer on the right; it can be undone.</source>
        <translation>
            <numerusform>%n suggestion. Merging moves everything to the customer on the right; it can be undone.</numerusform>
            <numerusform>%n suggestions. Merging moves everything to the customer on the right; it can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>{day} {start}:00–{end}:00: %n message(s)</source>
        <translation>
            <numerusform>{day} {start}:00–{end}:00: %n message</numerusform>
            <numerusform>{day} {start}:00–{end}:00: %n messages</numerusform>
        </translation>
    </message>
</context>
</TS>
