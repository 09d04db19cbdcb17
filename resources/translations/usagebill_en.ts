<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>BillingPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="277" />
        <source>&amp;Issue %n draft(s)…</source>
        <translation>
            <numerusform>&amp;Issue %n draft…</numerusform>
            <numerusform>&amp;Issue %n drafts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="335" />
        <source>{month}: %n draft(s), total {amount}</source>
        <translation>
            <numerusform>{month}: %n draft, total {amount}</numerusform>
            <numerusform>{month}: %n drafts, total {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="340" />
        <source>%n customer(s) with nothing to bill</source>
        <translation>
            <numerusform>%n customer with nothing to bill</numerusform>
            <numerusform>%n customers with nothing to bill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="449" />
        <source>Issue %n draft(s) of {month}, dated today? Issued invoices get their numbers and are never changed again; a correction is a credit note.</source>
        <translation>
            <numerusform>Issue %n draft of {month}, dated today? Issued invoices get their numbers and are never changed again; a correction is a credit note.</numerusform>
            <numerusform>Issue %n drafts of {month}, dated today? Issued invoices get their numbers and are never changed again; a correction is a credit note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="477" />
        <source>%n draft(s) bill hundreds of times the usual use, a mistyped read as a rule:</source>
        <translation>
            <numerusform>%n draft bills hundreds of times the usual use, a mistyped read as a rule:</numerusform>
            <numerusform>%n drafts bill hundreds of times the usual use, a mistyped read as a rule:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="507" />
        <source>Issued %n invoice(s): {first} to {last}.</source>
        <translation>
            <numerusform>Issued %n invoice: {first}.</numerusform>
            <numerusform>Issued %n invoices: {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="579" />
        <source>%n stored reading(s) replaced.</source>
        <translation>
            <numerusform>%n stored reading replaced.</numerusform>
            <numerusform>%n stored readings replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="581" />
        <source>%n stored reading(s) will be replaced.</source>
        <translation>
            <numerusform>%n stored reading will be replaced.</numerusform>
            <numerusform>%n stored readings will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="601" />
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="602" />
        <source>%n will be imported</source>
        <translation>
            <numerusform>%n will be imported</numerusform>
            <numerusform>%n will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="603" />
        <source>%n are already there</source>
        <translation>
            <numerusform>%n is already there</numerusform>
            <numerusform>%n are already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="604" />
        <source>%n are blank or totals</source>
        <translation>
            <numerusform>%n is blank or a total</numerusform>
            <numerusform>%n are blank or totals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="605" />
        <source>%n are rejected</source>
        <translation>
            <numerusform>%n is rejected</numerusform>
            <numerusform>%n are rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="606" />
        <source>%n have a warning</source>
        <translation>
            <numerusform>%n has a warning</numerusform>
            <numerusform>%n have a warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="612" />
        <source>Imported: %n readings.</source>
        <translation>
            <numerusform>Imported: %n reading.</numerusform>
            <numerusform>Imported: %n readings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="613" />
        <source>%n were already there</source>
        <translation>
            <numerusform>%n was already there</numerusform>
            <numerusform>%n were already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="614" />
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="615" />
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="56" />
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="132" />
        <source>Writing %n invoice(s)…</source>
        <translation>
            <numerusform>Writing %n invoice…</numerusform>
            <numerusform>Writing %n invoices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="169" />
        <source>%n PDF file(s) written.</source>
        <translation>
            <numerusform>%n PDF file written.</numerusform>
            <numerusform>%n PDF files written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="174" />
        <source>%n could not be written: {list}</source>
        <translation>
            <numerusform>%n could not be written: {list}</numerusform>
            <numerusform>%n could not be written: {list}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="121" />
        <source>Import undone: %n reading(s) removed.</source>
        <translation>
            <numerusform>Import undone: %n reading removed.</numerusform>
            <numerusform>Import undone: %n readings removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="240" />
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="316" />
        <source>{number} · {customer} · %n page(s)</source>
        <translation>
            <numerusform>{number} · {customer} · %n page</numerusform>
            <numerusform>{number} · {customer} · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="332" />
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="361" />
        <source>%n PDF file(s) written to {folder}</source>
        <translation>
            <numerusform>%n PDF file written to {folder}</numerusform>
            <numerusform>%n PDF files written to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/list_page.py" line="59" />
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetersPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="106" />
        <source>%Ln meter(s)</source>
        <translation>
            <numerusform>%Ln meter</numerusform>
            <numerusform>%Ln meters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="215" />
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="77" />
        <source>%n reading(s) imported from {file}</source>
        <translation>
            <numerusform>%n reading imported from {file}</numerusform>
            <numerusform>%n readings imported from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="112" />
        <source>%Ln reading(s)</source>
        <translation>
            <numerusform>%Ln reading</numerusform>
            <numerusform>%Ln readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="183" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="185" />
        <source>%n credit note(s)</source>
        <translation>
            <numerusform>%n credit note</numerusform>
            <numerusform>%n credit notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffPricesPanel</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/tariff_prices_panel.py" line="49" />
        <source>Used by %Ln meter(s)</source>
        <translation>
            <numerusform>Used by %Ln meter</numerusform>
            <numerusform>Used by %Ln meters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="89" />
        <source>%Ln tariff(s)</source>
        <translation>
            <numerusform>%Ln tariff</numerusform>
            <numerusform>%Ln tariffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="189" />
        <source>Tariff {name} imported: %n new version(s)</source>
        <translation>
            <numerusform>Tariff {name} imported: %n new version</numerusform>
            <numerusform>Tariff {name} imported: %n new versions</numerusform>
        </translation>
    </message>
</context>
</TS>