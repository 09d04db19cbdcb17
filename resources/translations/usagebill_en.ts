<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="47"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/list_page.py" line="46"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetersPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="49"/>
        <source>%n meter(s)</source>
        <translation>
            <numerusform>%n meter</numerusform>
            <numerusform>%n meters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="58"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
</context>
</TS>
