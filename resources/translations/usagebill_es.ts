<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>BillTableModel</name>
    <message>
        <location filename="../../usagebill_desktop/ui/bill_model.py" line="72" />
        <source>Charge</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/bill_model.py" line="72" />
        <source>How it is worked out</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/bill_model.py" line="72" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="71" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="74" />
        <source>Each meter is billed from where its last bill ended to its last read in the month. Drafts can be billed again until they are issued.</source>
        <translation>Cada contador se factura desde donde terminó su última factura hasta su última lectura del mes. Los borradores pueden volver a facturarse mientras no se emitan.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="84" />
        <source>&amp;Bill this month</source>
        <translation>&amp;Facturar este mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="90" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="117" />
        <source>The drafts could not be counted: {error}</source>
        <translation>No se han podido contar los borradores: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="132" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="133" />
        <source>What the reads say</source>
        <translation>Qué dicen las lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="134" />
        <source>Billed?</source>
        <translation>¿Facturado?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="159" />
        <source>&amp;Issue %n draft(s)…</source>
        <translation>
            <numerusform>&amp;Emitir %n borrador…</numerusform>
            <numerusform>&amp;Emitir %n borradores…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="169" />
        <source>Billing {month}…</source>
        <translation>Facturando {month}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="176" />
        <source>{month}: %n draft(s), total {amount}</source>
        <translation>
            <numerusform>{month}: %n borrador, total {amount}</numerusform>
            <numerusform>{month}: %n borradores, total {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="195" />
        <source>Billed {month}: review the drafts on the Invoices page, then issue them here.</source>
        <translation>Se ha facturado {month}: revise los borradores en la página Facturas y emítalos aquí.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="198" />
        <source>Nothing to bill in {month}.</source>
        <translation>Nada que facturar en {month}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="181" />
        <source>%n customer(s) with nothing to bill</source>
        <translation>
            <numerusform>%n cliente sin nada que facturar</numerusform>
            <numerusform>%n clientes sin nada que facturar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="129" />
        <source>No: fix the reads and bill again</source>
        <translation>No: corrija las lecturas y vuelva a facturar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="129" />
        <source>Yes: check it</source>
        <translation>Sí: revíselo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="206" />
        <source>Issue the drafts</source>
        <translation>Emitir los borradores</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="208" />
        <source>Issue %n draft(s) of {month}, dated today? Issued invoices get their numbers and are never changed again; a correction is a credit note.</source>
        <translation>
            <numerusform>¿Emitir %n borrador de {month} con fecha de hoy? Las facturas emitidas reciben su número y ya no se modifican; una corrección es una factura rectificativa.</numerusform>
            <numerusform>¿Emitir %n borradores de {month} con fecha de hoy? Las facturas emitidas reciben su número y ya no se modifican; una corrección es una factura rectificativa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="218" />
        <source>Issuing…</source>
        <translation>Emitiendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="224" />
        <source>Issued %n invoice(s): {first} to {last}.</source>
        <translation>
            <numerusform>Se ha emitido %n factura: {first}.</numerusform>
            <numerusform>Se han emitido %n facturas: de {first} a {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="114" />
        <source>Nothing was changed: {error}</source>
        <translation>No se ha cambiado nada: {error}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="393" />
        <source>Check and import</source>
        <translation>Comprobar e importar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="396" />
        <source>Replace readings already stored</source>
        <translation>Reemplazar las lecturas ya guardadas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="400" />
        <source>Keep reads far beyond the usual use (I have checked them)</source>
        <translation>Guardar las lecturas muy por encima del uso habitual (las he comprobado)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="404" />
        <source>All rows that need a look</source>
        <translation>Todas las filas que hay que revisar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="405" />
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="406" />
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="448" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="449" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="450" />
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="578" />
        <source>The rejected rows could not be written beside the file: {problem}</source>
        <translation>No se han podido escribir las filas rechazadas junto al archivo: {problem}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="592" />
        <source>{rows}: {accepted}, {duplicates}, {skipped}, {rejected} and {warnings}.</source>
        <translation>{rows}: {accepted}, {duplicates}, {skipped}, {rejected} y {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="594" />
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="595" />
        <source>%n will be imported</source>
        <translation>
            <numerusform>se importará %n</numerusform>
            <numerusform>se importarán %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="596" />
        <source>%n are already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="597" />
        <source>%n are blank or totals</source>
        <translation>
            <numerusform>%n está vacía o es un total</numerusform>
            <numerusform>%n están vacías o son totales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="598" />
        <source>%n are rejected</source>
        <translation>
            <numerusform>se rechaza %n</numerusform>
            <numerusform>se rechazan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="599" />
        <source>%n have a warning</source>
        <translation>
            <numerusform>%n tiene un aviso</numerusform>
            <numerusform>%n tienen un aviso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="604" />
        <source>{imported} {duplicates}, {rejected}, {warnings}.</source>
        <translation>{imported} {duplicates}, {rejected}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="605" />
        <source>Imported: %n readings.</source>
        <translation>
            <numerusform>Importada: %n lectura.</numerusform>
            <numerusform>Importadas: %n lecturas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="606" />
        <source>%n were already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="607" />
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="608" />
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="415" />
        <source>&amp;Stop the import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="417" />
        <source>Open the rejected rows</source>
        <translation>Abrir las filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="432" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="529" />
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="529" />
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="556" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="567" />
        <source>Stopped: nothing was imported.</source>
        <translation>Detenida: no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="433" />
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="445" />
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="445" />
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="43" />
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="48" />
        <source>Customer {account}</source>
        <translation>Cliente {account}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="9" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="16" />
        <source>&amp;Account number</source>
        <translation>Número de &amp;abonado</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="22" />
        <source>Next free number</source>
        <translation>Siguiente número libre</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="28" />
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="39" />
        <source>&amp;Tax ID</source>
        <translation>N&amp;IF</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="50" />
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="61" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="70" />
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="81" />
        <source>A&amp;ctive (billed in billing runs)</source>
        <translation>A&amp;ctivo (se factura en cada facturación)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="17" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="17" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="19" />
        <source>Account</source>
        <translation>Nº abonado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="20" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="21" />
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="22" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="23" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="25" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="29" />
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="35" />
        <source>Search by name, account, tax ID or e-mail</source>
        <translation>Buscar por nombre, nº de abonado, NIF o correo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="36" />
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="37" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="45" />
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="62" />
        <source>Customer {account} saved: {name}</source>
        <translation>Cliente {account} guardado: {name}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/dashboard_page.py" line="30" />
        <source>Data file: {location}</source>
        <translation>Archivo de datos: {location}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/dashboard_page.py" line="36" />
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/dashboard_page.py" line="37" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/dashboard_page.py" line="38" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/dashboard_page.py" line="51" />
        <source>The figures could not be read: {error}</source>
        <translation>No se han podido leer las cifras: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/dashboard_page.py" line="60" />
        <source>Your workspace</source>
        <translation>Su espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../usagebill_desktop/ui/app.py" line="29" />
        <source>Building the demo workspace…</source>
        <translation>Preparando el espacio de demostración…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/app.py" line="32" />
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/app.py" line="37" />
        <source>Building the demo workspace: {step}</source>
        <translation>Preparando el espacio de demostración: facturando {step}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="51" />
        <source>Export invoices as PDF</source>
        <translation>Exportar facturas en PDF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="58" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="63" />
        <source>Also one combined PDF of them all, for printing</source>
        <translation>También un PDF combinado con todas, para imprimir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="66" />
        <source>Billing period</source>
        <translation>Periodo de facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="67" />
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="74" />
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="106" />
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="121" />
        <source>There are no invoices for this period.</source>
        <translation>No hay facturas de este periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="131" />
        <source>Writing %n invoice(s)…</source>
        <translation>
            <numerusform>Escribiendo %n factura…</numerusform>
            <numerusform>Escribiendo %n facturas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="155" />
        <source>Stopping after the invoices being written…</source>
        <translation>Deteniendo tras las facturas en curso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="165" />
        <source>%n PDF file(s) written.</source>
        <translation>
            <numerusform>%n archivo PDF escrito.</numerusform>
            <numerusform>%n archivos PDF escritos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="167" />
        <source>Cancelled: the rest were not written.</source>
        <translation>Cancelado: el resto no se ha escrito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="170" />
        <source>%n could not be written: {list}</source>
        <translation>
            <numerusform>%n no se pudo escribir: {list}</numerusform>
            <numerusform>%n no se pudieron escribir: {list}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="173" />
        <source>Combined file: {path}</source>
        <translation>Archivo combinado: {path}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="83" />
        <source>The export stopped: {error}</source>
        <translation>La exportación se detuvo: {error}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="158" />
        <source>Which file?</source>
        <translation>¿Qué archivo?</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="161" />
        <source>CSV, TXT or Excel (.xlsx) with a meter, a date and a reading on each row; headers in English or Spanish.</source>
        <translation>CSV, TXT o Excel (.xlsx) con un contador, una fecha y una lectura en cada fila; encabezados en español o en inglés.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="166" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="177" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="178" />
        <source>Numbers and dates as in</source>
        <translation>Números y fechas como en</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="200" />
        <source>Import readings</source>
        <translation>Importar lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="202" />
        <source>Readings files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos de lecturas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/first_run_dialog.py" line="17" />
        <source>Welcome to UsageBill</source>
        <translation>Bienvenido a UsageBill</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/first_run_dialog.py" line="19" />
        <source>There is no data file yet.</source>
        <translation>Todavía no hay ningún archivo de datos.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/first_run_dialog.py" line="22" />
        <source>Open a demo workspace (a village water utility and a co-working space, with two years of readings) to look around; it is kept in a file of its own. Or start with an empty workspace for your own data.

Your data will be kept in:
{location}</source>
        <translation>Abra un espacio de demostración (el servicio de aguas de un pueblo y un coworking, con dos años de lecturas) para conocer el programa; se guarda en un archivo aparte. O empiece con un espacio vacío para sus propios datos.

Sus datos se guardarán en:
{location}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/first_run_dialog.py" line="29" />
        <source>Open &amp;demo workspace</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/first_run_dialog.py" line="31" />
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacío</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="96" />
        <source>Import readings</source>
        <translation>Importar lecturas</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="58" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="65" />
        <source>Search by number, customer or account</source>
        <translation>Buscar por número, cliente o nº de abonado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="66" />
        <source>&amp;Export a period as PDF…</source>
        <translation>&amp;Exportar un periodo en PDF…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="73" />
        <source>Select an invoice to see it as the customer will.</source>
        <translation>Seleccione una factura para verla tal como la recibirá el cliente.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="75" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="76" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="77" />
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="113" />
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="178" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="114" />
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="115" />
        <source>Partly paid</source>
        <translation>Cobrada en parte</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="116" />
        <source>Paid</source>
        <translation>Cobrada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="117" />
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="118" />
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="120" />
        <source>Credit note</source>
        <translation>Rectificativa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="125" />
        <source>Draft {id}</source>
        <translation>Borrador {id}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="137" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="138" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="139" />
        <source>Issue date</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="140" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="141" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="148" />
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="167" />
        <source>Preparing {number}…</source>
        <translation>Preparando {number}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="176" />
        <source>{number} · {customer} · %n page(s)</source>
        <translation>
            <numerusform>{number} · {customer} · %n página</numerusform>
            <numerusform>{number} · {customer} · %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="100" />
        <source>This invoice cannot be shown: {error}</source>
        <translation>No se puede mostrar esta factura: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="192" />
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n página enviada a la impresora</numerusform>
            <numerusform>%n páginas enviadas a la impresora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="198" />
        <source>Save the invoice as PDF</source>
        <translation>Guardar la factura como PDF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="198" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="207" />
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="221" />
        <source>%n PDF file(s) written to {folder}</source>
        <translation>
            <numerusform>%n archivo PDF escrito en {folder}</numerusform>
            <numerusform>%n archivos PDF escritos en {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../usagebill_desktop/ui/i18n.py" line="22" />
        <source>en</source>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/list_page.py" line="37" />
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/list_page.py" line="58" />
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="41" />
        <source>UsageBill — {location}</source>
        <translation>UsageBill — {location}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="64" />
        <source>Dashboard</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="65" />
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="66" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="67" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="68" />
        <source>Read sheet</source>
        <translation>Hoja de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="69" />
        <source>Tariffs</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="70" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="71" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="72" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="73" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="114" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="115" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="120" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>MetersPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="19" />
        <source>Cumulative</source>
        <translation>Acumulativo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="25" />
        <source>Serial</source>
        <translation>Nº de serie</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="26" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="20" />
        <source>Usage</source>
        <translation>Por uso</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="27" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="28" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="30" />
        <source>Installed</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="31" />
        <source>Removed</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="32" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="33" />
        <source>Last reading</source>
        <translation>Última lectura</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="47" />
        <source>%Ln meter(s)</source>
        <translation>
            <numerusform>%Ln contador</numerusform>
            <numerusform>%Ln contadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="54" />
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n dígito</numerusform>
            <numerusform>%n dígitos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="64" />
        <source>{value} on {date}</source>
        <translation>{value} el {date}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="36" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="29" />
        <source>Register</source>
        <translation>Totalizador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="42" />
        <source>Search by serial, customer or account</source>
        <translation>Buscar por nº de serie, cliente o nº de abonado</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="216" />
        <source>How the file reads</source>
        <translation>Cómo se lee el archivo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="221" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="222" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="223" />
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="224" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="225" />
        <source>Note</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="260" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="279" />
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="282" />
        <source>Column {n}</source>
        <translation>Columna {n}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="328" />
        <source>Row {row}: which is the reading? The file does not tell.</source>
        <translation>Fila {row}: ¿cuál es la lectura? El archivo no lo dice.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="330" />
        <source>Row {row}: which is the date? The file does not tell.</source>
        <translation>Fila {row}: ¿cuál es la fecha? El archivo no lo dice.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="346" />
        <source>Choose the columns that hold the meter, the date and the reading.</source>
        <translation>Elija las columnas del contador, la fecha y la lectura.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="352" />
        <source>dates: to be chosen</source>
        <translation>fechas: por elegir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="354" />
        <source>day/month</source>
        <translation>día/mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="354" />
        <source>month/day</source>
        <translation>mes/día</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="355" />
        <source>dates {order}</source>
        <translation>fechas {order}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="359" />
        <source>decimal mark: to be chosen</source>
        <translation>separador decimal: por elegir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="368" />
        <source>{encoding} {delimiter} · {dates} · {mark}</source>
        <translation>{encoding} {delimiter} · {dates} · {mark}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="361" />
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="361" />
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="365" />
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="155" />
        <source>e.g. 27</source>
        <translation>p. ej. 27</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="157" />
        <source>Only part of a period:</source>
        <translation>Solo una parte del periodo:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="194" />
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="207" />
        <source>Try a quote with {name}</source>
        <translation>Simular una factura con {name}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="209" />
        <source>Choose a tariff to try a quote</source>
        <translation>Elija una tarifa para simular una factura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="243" />
        <source>Type a quantity, such as {example}.</source>
        <translation>Escriba una cantidad, como {example}.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="253" />
        <source>Subtotal</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="254" />
        <source>{name} {rate} on</source>
        <translation>{name} {rate} sobre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="255" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReadSheetPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="62" />
        <source>Read sheet</source>
        <translation>Hoja de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="92" />
        <source>The sheet could not be made: {error}</source>
        <translation>No se pudo preparar la hoja: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="99" />
        <source>The sheet was not exported: {error}</source>
        <translation>La hoja no se exportó: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="109" />
        <source>Meters needing a read</source>
        <translation>Contadores sin leer</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="110" />
        <source>Route stops</source>
        <translation>Paradas de la ruta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="111" />
        <source>All active meters</source>
        <translation>Todos los contadores activos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="119" />
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="122" />
        <source>Meters:</source>
        <translation>Contadores:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="127" />
        <source>from stop</source>
        <translation>de la parada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="129" />
        <source>to</source>
        <translation>a la</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="134" />
        <source>Read on:</source>
        <translation>Leído el:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="142" />
        <source>&amp;Estimate</source>
        <translation>&amp;Estimar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="144" />
        <source>Could not be read: estimate it (E) from its usual use</source>
        <translation>No se pudo leer: estimarla (E) con su consumo habitual</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="148" />
        <source>C&amp;ustomer read</source>
        <translation>Lectura del &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="149" />
        <source>The customer gave this read (C), or not</source>
        <translation>La lectura la dio el cliente (C), o no</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="152" />
        <source>E&amp;xport sheet…</source>
        <translation>E&amp;xportar hoja…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="154" />
        <source>The sheet to print or fill in (XLSX or CSV); it imports back as it is</source>
        <translation>La hoja para imprimir o rellenar (XLSX o CSV); se vuelve a importar tal cual</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="166" />
        <source>A · Actual</source>
        <translation>A · Real</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="167" />
        <source>E · Estimated</source>
        <translation>E · Estimada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="168" />
        <source>C · Customer</source>
        <translation>C · Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="172" />
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="173" />
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="174" />
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="187" />
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="188" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="189" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="190" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="194" />
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="201" />
        <source>Previous date</source>
        <translation>Fecha anterior</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="203" />
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="204" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="205" />
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="206" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="207" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="220" />
        <source>Making the sheet…</source>
        <translation>Preparando la hoja…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="233" />
        <source>No meter on this sheet: choose all active meters, or a route's stops.</source>
        <translation>Ningún contador en esta hoja: elija todos los contadores activos o paradas de la ruta.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="284" />
        <source>type a number, such as {example}</source>
        <translation>escriba un número, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="351" />
        <source>{done} of {total} read</source>
        <translation>{done} de {total} leídos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="391" />
        <source>Export the read sheet</source>
        <translation>Exportar la hoja de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="392" />
        <source>read-sheet</source>
        <translation>hoja-de-lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="393" />
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="403" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="407" />
        <source>Read sheet written to {file}</source>
        <translation>Hoja de lectura guardada en {file}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="412" />
        <source>Lower read</source>
        <translation>Lectura menor</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="413" />
        <source>Did the register roll over, or is it a mistake?</source>
        <translation>¿El contador dio la vuelta, o es un error?</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="414" />
        <source>&amp;Rollover</source>
        <translation>Dio la &amp;vuelta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="415" />
        <source>&amp;Mistake</source>
        <translation>Es un &amp;error</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="422" />
        <source>Check the read</source>
        <translation>Compruebe la lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="423" />
        <source>&amp;Keep it, it is right</source>
        <translation>&amp;Guardarla, es correcta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="425" />
        <source>&amp;Correct it</source>
        <translation>&amp;Corregirla</translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="24" />
        <source>A · Actual</source>
        <translation>A · Real</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="25" />
        <source>E · Estimated</source>
        <translation>E · Estimada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="26" />
        <source>C · Customer read</source>
        <translation>C · Del cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="31" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="32" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="33" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="35" />
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="40" />
        <source>Read type</source>
        <translation>Tipo de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="53" />
        <source>&amp;Import readings…</source>
        <translation>&amp;Importar lecturas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="64" />
        <source>%n reading(s) imported from {file}</source>
        <translation>
            <numerusform>%n lectura importada de {file}</numerusform>
            <numerusform>%n lecturas importadas de {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="68" />
        <source>%Ln reading(s)</source>
        <translation>
            <numerusform>%Ln lectura</numerusform>
            <numerusform>%Ln lecturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="41" />
        <source>Note</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="44" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="51" />
        <source>Search by meter, customer or account</source>
        <translation>Buscar por contador, cliente o nº de abonado</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="53" />
        <source>Books for the bookkeeper</source>
        <translation>Libros para la gestoría</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="56" />
        <source>Invoices and credit notes count in the period of their issue date, as in the VAT return.</source>
        <translation>Las facturas y rectificativas cuentan en el periodo de su fecha de emisión, como en la declaración de IVA.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="65" />
        <source>Last &amp;month</source>
        <translation>&amp;Mes pasado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="66" />
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="73" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="75" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="85" />
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="86" />
        <source>Net</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="87" />
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="148" />
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="88" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="89" />
        <source>Paid</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="90" />
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="132" />
        <source>The totals could not be worked out: {error}</source>
        <translation>No se han podido calcular los totales: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="147" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="149" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="150" />
        <source>Tax amount</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="100" />
        <source>Export &amp;workbook…</source>
        <translation>Exportar &amp;libro Excel…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="101" />
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="102" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="164" />
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="183" />
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="185" />
        <source>%n credit note(s)</source>
        <translation>
            <numerusform>%n rectificativa</numerusform>
            <numerusform>%n rectificativas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="190" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="191" />
        <source>Credit notes</source>
        <translation>Rectificativas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="218" />
        <source>books</source>
        <translation>libro</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="222" />
        <source>Export the workbook</source>
        <translation>Exportar el libro</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="224" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="233" />
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="246" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="251" />
        <source>Exported to {path}</source>
        <translation>Exportado en {path}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/reports_page.py" line="140" />
        <source>The export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="46" />
        <source>Company profile</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="54" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="88" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="94" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="99" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="100" />
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="101" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="102" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="103" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="104" />
        <source>Logo (PNG or JPG)</source>
        <translation>Logotipo (PNG o JPG)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="105" />
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="106" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="107" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="108" />
        <source>Language and formats</source>
        <translation>Idioma y formatos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="109" />
        <source>Invoice numbers</source>
        <translation>Numeración de facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="110" />
        <source>Credit note numbers</source>
        <translation>Numeración de rectificativas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="111" />
        <source>Payment terms</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="112" />
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="115" />
        <source>Text on every invoice</source>
        <translation>Texto en todas las facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="119" />
        <source>e.g. office hours, a notice to customers</source>
        <translation>p. ej. horario de oficina, un aviso a los clientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="124" />
        <source>Legal footer</source>
        <translation>Pie legal</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="128" />
        <source>e.g. registry details, data protection</source>
        <translation>p. ej. datos registrales, protección de datos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="135" />
        <source>Compare each customer's use with similar customers on the invoice</source>
        <translation>Comparar en la factura el consumo de cada cliente con el de clientes similares</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="154" />
        <source>{year} is the issue year, {seq} the number in the series; {seq:05d} pads it to five digits: F-{year}-{seq:05d} gives F-2026-00001.</source>
        <translation>{year} es el año de emisión, {seq} el número dentro de la serie; {seq:05d} lo rellena hasta cinco cifras: F-{year}-{seq:05d} da F-2026-00001.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="164" />
        <source>not a valid format</source>
        <translation>formato no válido</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="166" />
        <source>first: {number}</source>
        <translation>primera: {number}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="171" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="182" />
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="182" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="53" />
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="54" />
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="55" />
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="60" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="61" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="62" />
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="63" />
        <source>Prices since</source>
        <translation>Precios desde</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="64" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="68" />
        <source>Tariffs</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="75" />
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="76" />
        <source>&amp;Import tariff file…</source>
        <translation>&amp;Importar archivo de tarifa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="87" />
        <source>%Ln tariff(s)</source>
        <translation>
            <numerusform>%Ln tarifa</numerusform>
            <numerusform>%Ln tarifas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="127" />
        <source>Import a tariff file</source>
        <translation>Importar un archivo de tarifa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="127" />
        <source>Tariff files (*.json)</source>
        <translation>Archivos de tarifa (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="137" />
        <source>Tariff {name} imported: %n new version(s)</source>
        <translation>
            <numerusform>Tarifa {name} importada: %n versión nueva</numerusform>
            <numerusform>Tarifa {name} importada: %n versiones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="139" />
        <source>translations updated</source>
        <translation>traducciones actualizadas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="143" />
        <source>The tariff file was not imported: {error}</source>
        <translation>No se importó el archivo de tarifa: {error}</translation>
    </message>
</context>
</TS>