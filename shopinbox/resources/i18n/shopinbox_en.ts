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
<context>
    <name>CodePoolsPanel</name>
    <message numerus="yes">
        <source>%n code(s) added to “{name}”.</source>
        <translation>
            <numerusform>%n code added to “{name}”.</numerusform>
            <numerusform>%n codes added to “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: repeated, already in the pool or empty.</source>
        <translation>
            <numerusform>%n line skipped: repeated, already in the pool or empty.</numerusform>
            <numerusform>%n lines skipped: repeated, already in the pool or empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) exported to {file}.</source>
        <translation>
            <numerusform>%n code exported to {file}.</numerusform>
            <numerusform>%n codes exported to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>Imported into “{source}”: {created} new, {updated} updated, {unchanged} unchanged order(s); {customers} new customer(s).</source>
        <translation>
            <numerusform>Imported into “{source}”: {created} new, {updated} updated, {unchanged} unchanged order; {customers} new customer(s).</numerusform>
            <numerusform>Imported into “{source}”: {created} new, {updated} updated, {unchanged} unchanged orders; {customers} new customer(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n line could not be read and was left out:</numerusform>
            <numerusform>%n lines could not be read and were left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSourcesTab</name>
    <message numerus="yes">
        <source>{name}  ·  {source}  ·  {count} order(s)</source>
        <translation>
            <numerusform>{name}  ·  {source}  ·  {count} order</numerusform>
            <numerusform>{name}  ·  {source}  ·  {count} orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {new} new and {updated} changed order(s).</source>
        <translation>
            <numerusform>{name}: {new} new and {updated} changed order.</numerusform>
            <numerusform>{name}: {new} new and {updated} changed orders.</numerusform>
        </translation>
    </message>
</context>
</TS>