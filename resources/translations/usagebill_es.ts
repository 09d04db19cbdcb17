<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="124" />
        <source>About UsageBill</source>
        <translation>Acerca de UsageBill</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="127" />
        <source>Offline billing for metered services.</source>
        <translation>Facturación sin conexión de servicios con contador.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="129" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="135" />
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="141" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="141" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="141" />
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="161" />
        <source>Made with these libraries:</source>
        <translation>Hecho con estas bibliotecas:</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="71" />
        <source>Account {account}</source>
        <translation>Abonado {account}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="78" />
        <source>This account cannot be shown: {error}</source>
        <translation>No se puede mostrar esta cuenta: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="97" />
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="98" />
        <source>Past due</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="99" />
        <source>In their favour</source>
        <translation>A su favor</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="104" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="126" />
        <source>Use per month over the last two years; shaded: the periods invoiced.</source>
        <translation>Consumo por mes en los dos últimos años; sombreado: los periodos facturados.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="131" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="146" />
        <source>Invoices and credit notes</source>
        <translation>Facturas y facturas rectificativas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="147" />
        <source>Payments</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="155" />
        <source>New &amp;reading…</source>
        <translation>Nueva &amp;lectura…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="156" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="157" />
        <source>Open &amp;invoice</source>
        <translation>Abrir &amp;factura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="158" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="187" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="194" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="195" />
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="196" />
        <source>Last read</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="197" />
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="211" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="202" />
        <source>Credit note</source>
        <translation>Rectificativa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="211" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="212" />
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="232" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="213" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="214" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="215" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="233" />
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="234" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="235" />
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="248" />
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="283" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="283" />
        <source>Not active</source>
        <translation>De baja</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="284" />
        <source>Account {account} · {active} · {language}</source>
        <translation>Nº abonado {account} · {active} · {language}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="292" />
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="293" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="294" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="295" />
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="296" />
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="297" />
        <source>Supply address</source>
        <translation>Dirección de suministro</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/account_view.py" line="297" />
        <source>As billing address</source>
        <translation>La de facturación</translation>
    </message>
</context>
<context>
    <name>BillTableModel</name>
    <message>
        <location filename="../../usagebill_desktop/ui/bill_model.py" line="74" />
        <source>Charge</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/bill_model.py" line="74" />
        <source>How it is worked out</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/bill_model.py" line="74" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="112" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="115" />
        <source>Each meter is billed from where its last bill ended to its last read in the month. Drafts can be billed again until they are issued.</source>
        <translation>Cada contador se factura desde donde terminó su última factura hasta su última lectura del mes. Los borradores pueden volver a facturarse mientras no se emitan.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="125" />
        <source>&amp;Bill this month</source>
        <translation>&amp;Facturar este mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="131" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="154" />
        <source>&amp;Open the customer</source>
        <translation>&amp;Abrir el cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="155" />
        <source>Bill this customer &amp;again</source>
        <translation>Facturar a este cliente otra &amp;vez</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="156" />
        <source>&amp;Discard this draft</source>
        <translation>&amp;Descartar este borrador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="157" />
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="301" />
        <source>&amp;Hold back from issuing</source>
        <translation>&amp;Retener sin emitir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="158" />
        <source>&amp;Correct the reading</source>
        <translation>&amp;Corregir la lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="160" />
        <source>Opens the reading the checks flagged; once corrected, bills it again</source>
        <translation>Abre la lectura que marcaron las comprobaciones; una vez corregida, vuelve a facturarla</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="188" />
        <source>Drafts of the month</source>
        <translation>Borradores del mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="205" />
        <source>The drafts could not be counted: {error}</source>
        <translation>No se han podido contar los borradores: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="222" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="223" />
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="239" />
        <source>What the reads say</source>
        <translation>Qué dicen las lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="224" />
        <source>Billed?</source>
        <translation>¿Facturado?</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="225" />
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="236" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="232" />
        <source>Held back</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="232" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="235" />
        <source>Issue?</source>
        <translation>¿Emitir?</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="237" />
        <source>Account</source>
        <translation>Nº abonado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="238" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="277" />
        <source>&amp;Issue %n draft(s)…</source>
        <translation>
            <numerusform>&amp;Emitir %n borrador…</numerusform>
            <numerusform>&amp;Emitir %n borradores…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="299" />
        <source>&amp;Issue it with the others</source>
        <translation>&amp;Emitirlo con los demás</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="310" />
        <source>Billing {month}…</source>
        <translation>Facturando {month}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="335" />
        <source>{month}: %n draft(s), total {amount}</source>
        <translation>
            <numerusform>{month}: %n borrador, total {amount}</numerusform>
            <numerusform>{month}: %n borradores, total {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="349" />
        <source>Nothing to bill in {month}.</source>
        <translation>Nada que facturar en {month}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="340" />
        <source>%n customer(s) with nothing to bill</source>
        <translation>
            <numerusform>%n cliente sin nada que facturar</numerusform>
            <numerusform>%n clientes sin nada que facturar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="219" />
        <source>No: fix the reads and bill again</source>
        <translation>No: corrija las lecturas y vuelva a facturar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="219" />
        <source>Yes: check it</source>
        <translation>Sí: revíselo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="345" />
        <source>Billed {month}: review the drafts below (the ones to check come first), then issue them.</source>
        <translation>Se ha facturado {month}: revise los borradores de abajo (primero los que hay que comprobar) y después emítalos.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="357" />
        <source>{name} billed again: {amount}.</source>
        <translation>{name} facturado de nuevo: {amount}.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="361" />
        <source>{name} billed again: nothing to bill.</source>
        <translation>{name} facturado de nuevo: nada que facturar.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="399" />
        <source>Billing {name} again…</source>
        <translation>Facturando de nuevo a {name}…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="411" />
        <source>The draft of {name} was discarded.</source>
        <translation>Se ha descartado el borrador de {name}.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="447" />
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="474" />
        <source>Issue the drafts</source>
        <translation>Emitir los borradores</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="449" />
        <source>Issue %n draft(s) of {month}, dated today? Issued invoices get their numbers and are never changed again; a correction is a credit note.</source>
        <translation>
            <numerusform>¿Emitir %n borrador de {month} con fecha de hoy? Las facturas emitidas reciben su número y ya no se modifican; una corrección es una factura rectificativa.</numerusform>
            <numerusform>¿Emitir %n borradores de {month} con fecha de hoy? Las facturas emitidas reciben su número y ya no se modifican; una corrección es una factura rectificativa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="440" />
        <source>Issuing…</source>
        <translation>Emitiendo…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="463" />
        <source>{name} ({account}): {amount}, {ratio} times the usual use</source>
        <translation>{name} ({account}): {amount}, {ratio} veces el consumo habitual</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="477" />
        <source>%n draft(s) bill hundreds of times the usual use, a mistyped read as a rule:</source>
        <translation>
            <numerusform>%n borrador factura cientos de veces el consumo habitual, casi siempre una lectura mal tecleada:</numerusform>
            <numerusform>%n borradores facturan cientos de veces el consumo habitual, casi siempre una lectura mal tecleada:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="486" />
        <source>Issued invoices get their numbers and are never changed again; a correction is a credit note.</source>
        <translation>Las facturas emitidas reciben su número y no vuelven a cambiar; una corrección es una factura rectificativa.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="491" />
        <source>&amp;Hold them back, issue the rest</source>
        <translation>&amp;Retenerlos y emitir el resto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="493" />
        <source>Issue them &amp;too</source>
        <translation>Emitirlos &amp;también</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="507" />
        <source>Issued %n invoice(s): {first} to {last}.</source>
        <translation>
            <numerusform>Se ha emitido %n factura: {first}.</numerusform>
            <numerusform>Se han emitido %n facturas: de {first} a {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/billing_page.py" line="201" />
        <source>Nothing was changed: {error}</source>
        <translation>No se ha cambiado nada: {error}</translation>
    </message>
</context>
<context>
    <name>ChargeEditor</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="70" />
        <source>Add charge</source>
        <translation>Añadir cargo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="71" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="72" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="73" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="86" />
        <source>all the charges before it</source>
        <translation>todos los cargos anteriores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="90" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="90" />
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="90" />
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="123" />
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="264" />
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="90" />
        <source>Block fee</source>
        <translation>Cuota del bloque</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="96" />
        <source>Add block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="97" />
        <source>Remove block</source>
        <translation>Quitar bloque</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="105" />
        <source>Fixed amount per period</source>
        <translation>Importe fijo por periodo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="106" />
        <source>Price per unit</source>
        <translation>Precio por unidad</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="107" />
        <source>Blocks, each unit at its block's price</source>
        <translation>Bloques: cada unidad al precio de su bloque</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="108" />
        <source>Volume, all units at the block reached</source>
        <translation>Volumen: todas las unidades al precio del bloque</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="109" />
        <source>Packages of units</source>
        <translation>Paquetes de unidades</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="110" />
        <source>Steps, one price per step</source>
        <translation>Escalones: un precio por escalón</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="111" />
        <source>Minimum bill</source>
        <translation>Factura mínima</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="112" />
        <source>Percentage of charges</source>
        <translation>Porcentaje de cargos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="119" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="120" />
        <source>Label</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="122" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="124" />
        <source>Package size</source>
        <translation>Tamaño del paquete</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="125" />
        <source>Package price</source>
        <translation>Precio del paquete</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="126" />
        <source>Units included</source>
        <translation>Unidades incluidas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="127" />
        <source>Rate (%)</source>
        <translation>Porcentaje (%)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="128" />
        <source>Of the charges</source>
        <translation>De los cargos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="183" />
        <source>(no label)</source>
        <translation>(sin concepto)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/charge_editor.py" line="264" />
        <source>Price</source>
        <translation>Precio</translation>
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
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="579" />
        <source>%n stored reading(s) replaced.</source>
        <translation>
            <numerusform>Sustituida %n lectura ya guardada.</numerusform>
            <numerusform>Sustituidas %n lecturas ya guardadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="581" />
        <source>%n stored reading(s) will be replaced.</source>
        <translation>
            <numerusform>Se sustituirá %n lectura ya guardada.</numerusform>
            <numerusform>Se sustituirán %n lecturas ya guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="585" />
        <source>The rejected rows could not be written beside the file: {problem}</source>
        <translation>No se han podido escribir las filas rechazadas junto al archivo: {problem}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="599" />
        <source>{rows}: {accepted}, {duplicates}, {skipped}, {rejected} and {warnings}.</source>
        <translation>{rows}: {accepted}, {duplicates}, {skipped}, {rejected} y {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="601" />
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="602" />
        <source>%n will be imported</source>
        <translation>
            <numerusform>se importará %n</numerusform>
            <numerusform>se importarán %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="603" />
        <source>%n are already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="604" />
        <source>%n are blank or totals</source>
        <translation>
            <numerusform>%n está vacía o es un total</numerusform>
            <numerusform>%n están vacías o son totales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="605" />
        <source>%n are rejected</source>
        <translation>
            <numerusform>se rechaza %n</numerusform>
            <numerusform>se rechazan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="606" />
        <source>%n have a warning</source>
        <translation>
            <numerusform>%n tiene un aviso</numerusform>
            <numerusform>%n tienen un aviso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="611" />
        <source>{imported} {duplicates}, {rejected}, {warnings}.</source>
        <translation>{imported} {duplicates}, {rejected}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="612" />
        <source>Imported: %n readings.</source>
        <translation>
            <numerusform>Importada: %n lectura.</numerusform>
            <numerusform>Importadas: %n lecturas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="613" />
        <source>%n were already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="614" />
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/import_wizard.py" line="615" />
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
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="46" />
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="51" />
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
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="72" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="81" />
        <source>Billing a&amp;ddress</source>
        <translation>&amp;Dirección de facturación</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="92" />
        <source>S&amp;upply address</source>
        <translation>Dirección de s&amp;uministro</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="99" />
        <source>Only where it is not the billing address</source>
        <translation>Solo si no es la de facturación</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="104" />
        <source>Pa&amp;yment method</source>
        <translation>&amp;Forma de pago</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="113" />
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="125" />
        <source>A&amp;ctive (billed in billing runs)</source>
        <translation>A&amp;ctivo (se factura en cada facturación)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="26" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="26" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="28" />
        <source>Account</source>
        <translation>Nº abonado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="29" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="30" />
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="31" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="32" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="34" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="38" />
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="44" />
        <source>Search by name, account, tax ID or e-mail</source>
        <translation>Buscar por nombre, nº de abonado, NIF o correo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="45" />
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="47" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="56" />
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/customers_page.py" line="83" />
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
        <location filename="../../usagebill_desktop/ui/app.py" line="26" />
        <source>Building the demo workspace…</source>
        <translation>Preparando el espacio de demostración…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/app.py" line="29" />
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/app.py" line="34" />
        <source>Building the demo workspace: {step}</source>
        <translation>Preparando el espacio de demostración: facturando {step}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="95" />
        <source>Automatic backup</source>
        <translation>Copia automática</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="96" />
        <location filename="../../usagebill_desktop/ui/desk.py" line="230" />
        <source>The data file could not be backed up: {reason}</source>
        <translation>No se pudo hacer la copia del archivo de datos: {reason}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="137" />
        <location filename="../../usagebill_desktop/ui/desk.py" line="199" />
        <source>Open data file</source>
        <translation>Abrir archivo de datos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="163" />
        <source>&amp;New data file…</source>
        <translation>Archivo de datos &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="164" />
        <source>&amp;Open data file…</source>
        <translation>&amp;Abrir archivo de datos…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="172" />
        <source>&amp;Recent files</source>
        <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="177" />
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="179" />
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurar una copia…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="210" />
        <source>New data file</source>
        <translation>Archivo de datos nuevo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="211" />
        <source>There is already a file at {path}; open it with Open data file.</source>
        <translation>Ya hay un archivo en {path}; ábralo con Abrir archivo de datos.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="224" />
        <source>Data file backed up to {path}</source>
        <translation>Copia del archivo de datos guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="227" />
        <location filename="../../usagebill_desktop/ui/desk.py" line="231" />
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="240" />
        <source>The data file {path} will be replaced by {chosen}. The current file is kept in the backups folder. Restore?</source>
        <translation>El archivo de datos {path} se sustituirá por {chosen}. El archivo actual se guarda en la carpeta de copias. ¿Restaurar?</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="243" />
        <location filename="../../usagebill_desktop/ui/desk.py" line="251" />
        <location filename="../../usagebill_desktop/ui/desk.py" line="262" />
        <source>Restore from backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/desk.py" line="257" />
        <source>Backup restored; the replaced data file is kept at {path}</source>
        <translation>Copia restaurada; el archivo de datos sustituido se guarda en {path}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="49" />
        <source>Export invoices as PDF</source>
        <translation>Exportar facturas en PDF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="56" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="61" />
        <source>Also one combined PDF of them all, for printing</source>
        <translation>También un PDF combinado con todas, para imprimir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="64" />
        <source>Billing period</source>
        <translation>Periodo de facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="65" />
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="72" />
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="104" />
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="119" />
        <source>There are no invoices for this period.</source>
        <translation>No hay facturas de este periodo.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="124" />
        <source>invoices-{year}-{month}.pdf</source>
        <translation>facturas-{year}-{month}.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="132" />
        <source>Writing %n invoice(s)…</source>
        <translation>
            <numerusform>Escribiendo %n factura…</numerusform>
            <numerusform>Escribiendo %n facturas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="156" />
        <source>Stopping after the invoices being written…</source>
        <translation>Deteniendo tras las facturas en curso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="169" />
        <source>%n PDF file(s) written.</source>
        <translation>
            <numerusform>%n archivo PDF escrito.</numerusform>
            <numerusform>%n archivos PDF escritos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="171" />
        <source>Cancelled: the rest were not written.</source>
        <translation>Cancelado: el resto no se ha escrito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="174" />
        <source>%n could not be written: {list}</source>
        <translation>
            <numerusform>%n no se pudo escribir: {list}</numerusform>
            <numerusform>%n no se pudieron escribir: {list}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="177" />
        <source>Combined file: {path}</source>
        <translation>Archivo combinado: {path}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/export_pdf_dialog.py" line="81" />
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
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="35" />
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="48" />
        <source>Once: your company</source>
        <translation>Una vez: su empresa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="50" />
        <source>In &lt;i&gt;Settings&lt;/i&gt;, fill in the name, tax ID, address and bank details every invoice prints, the payment terms and how invoices are numbered. Press &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>En &lt;i&gt;Configuración&lt;/i&gt;, rellene el nombre, el NIF, la dirección y los datos bancarios que imprime cada factura, el plazo de pago y cómo se numeran las facturas. Pulse &lt;b&gt;Guardar&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="56" />
        <source>Once: your tariffs</source>
        <translation>Una vez: sus tarifas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="58" />
        <source>In &lt;i&gt;Tariffs&lt;/i&gt;, create a tariff or import a tariff file. Try a quote beside it to see what a given use would cost.</source>
        <translation>En &lt;i&gt;Tarifas&lt;/i&gt;, cree una tarifa o importe un archivo de tarifas. Pruebe un presupuesto al lado para ver cuánto costaría un consumo.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="63" />
        <source>Customers and meters</source>
        <translation>Clientes y contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="65" />
        <source>In &lt;i&gt;Customers&lt;/i&gt;, &lt;b&gt;New customer…&lt;/b&gt; (Ctrl+N) adds one. In &lt;i&gt;Meters&lt;/i&gt;, add each meter to its customer with its first reading and give it a tariff from a date.</source>
        <translation>En &lt;i&gt;Clientes&lt;/i&gt;, &lt;b&gt;Nuevo cliente…&lt;/b&gt; (Ctrl+N) añade uno. En &lt;i&gt;Contadores&lt;/i&gt;, añada cada contador a su cliente con su primera lectura y asígnele una tarifa desde una fecha.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="71" />
        <source>Every month: readings</source>
        <translation>Cada mes: lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="73" />
        <source>In &lt;i&gt;Readings&lt;/i&gt;, type the round's readings, or import a spreadsheet or CSV file (or drop it on the window). Each value is checked: a warning shows in amber, a rejected value in red, and a lower reading asks whether the meter went round or it is a mistake.</source>
        <translation>En &lt;i&gt;Lecturas&lt;/i&gt;, escriba las lecturas de la ruta, o importe una hoja de cálculo o un archivo CSV (o suéltelo sobre la ventana). Cada valor se comprueba: un aviso se ve en ámbar, un valor rechazado en rojo, y una lectura menor pregunta si el contador dio la vuelta o es un error.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="80" />
        <source>Every month: billing</source>
        <translation>Cada mes: facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="82" />
        <source>In &lt;i&gt;Billing&lt;/i&gt;, choose the period and run it. Drafts are made, not sent: look at the findings first (unusual use, missing readings), correct a reading and bill that customer again, or leave a draft out. Then &lt;b&gt;Issue&lt;/b&gt; gives the invoices their numbers.</source>
        <translation>En &lt;i&gt;Facturación&lt;/i&gt;, elija el periodo y facture. Se crean borradores, no se envían: revise primero las incidencias (consumos anómalos, lecturas que faltan), corrija una lectura y vuelva a facturar a ese cliente, o deje fuera un borrador. Después, &lt;b&gt;Emitir&lt;/b&gt; da a las facturas su número.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="89" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="91" />
        <source>In &lt;i&gt;Invoices&lt;/i&gt;, find an invoice to see it as it prints, print it, or export a whole period as PDF files with one combined file for printing.</source>
        <translation>En &lt;i&gt;Facturas&lt;/i&gt;, busque una factura para verla tal como se imprime, imprímala, o exporte un periodo entero como archivos PDF con un archivo combinado para imprimir.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="96" />
        <source>Keep your data safe</source>
        <translation>Proteja sus datos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="98" />
        <source>Everything is kept in one data file on this computer (Help → About UsageBill says where). Back it up from the File menu, and keep copies somewhere else too.</source>
        <translation>Todo se guarda en un único archivo de datos en este ordenador (Ayuda → Acerca de UsageBill dice dónde). Haga copias de seguridad desde el menú Archivo y guarde copias también en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="105" />
        <source>Keys: Ctrl+1 to Ctrl+9 and Ctrl+0 open the pages in the sidebar's order, Ctrl+F goes to the search box, Ctrl+N adds a new one where the page has it, Ctrl+Q quits.</source>
        <translation>Teclas: Ctrl+1 a Ctrl+9 y Ctrl+0 abren las páginas en el orden de la barra lateral, Ctrl+F va al cuadro de búsqueda, Ctrl+N añade uno nuevo donde la página lo permite, Ctrl+Q sale.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/help_dialogs.py" line="110" />
        <source>A month's work in UsageBill, from an empty data file:</source>
        <translation>Un mes de trabajo en UsageBill, desde un archivo de datos vacío:</translation>
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
    <name>ImportsDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="36" />
        <source>Imports of readings</source>
        <translation>Importaciones de lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="38" />
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="41" />
        <source>Imported on</source>
        <translation>Importada el</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="42" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="43" />
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="44" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="45" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="46" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="58" />
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="65" />
        <source>Undoing an import removes its readings, while no invoice has billed them. A draft that billed them must be billed again.</source>
        <translation>Deshacer una importación elimina sus lecturas mientras ninguna factura las haya facturado. Un borrador que las facturó debe facturarse de nuevo.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="74" />
        <source>The import stays: {error}</source>
        <translation>La importación se mantiene: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="99" />
        <source>No file of readings has been imported yet.</source>
        <translation>Todavía no se ha importado ningún archivo de lecturas.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="115" />
        <source>Undoing the import of {file}…</source>
        <translation>Deshaciendo la importación de {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/dialogs/imports_dialog.py" line="121" />
        <source>Import undone: %n reading(s) removed.</source>
        <translation>
            <numerusform>Importación deshecha: %n lectura eliminada.</numerusform>
            <numerusform>Importación deshecha: %n lecturas eliminadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="13" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="14" />
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="15" />
        <source>Partly paid</source>
        <translation>Cobrada en parte</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="16" />
        <source>Paid</source>
        <translation>Cobrada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="17" />
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="18" />
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="76" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="83" />
        <source>Search by number, customer or account</source>
        <translation>Buscar por número, cliente o abonado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="84" />
        <source>&amp;Export a period as PDF…</source>
        <translation>&amp;Exportar un periodo en PDF…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="86" />
        <source>Open &amp;customer</source>
        <translation>Abrir &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="94" />
        <source>Select an invoice to see it as the customer will.</source>
        <translation>Seleccione una factura para verla tal como la recibirá el cliente.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="96" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="97" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="98" />
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="318" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="137" />
        <source>Credit note</source>
        <translation>Rectificativa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="142" />
        <source>Draft {id}</source>
        <translation>Borrador {id}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="154" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="155" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="156" />
        <source>Issue date</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="157" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="158" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="163" />
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="166" />
        <source>Credit notes</source>
        <translation>Rectificativas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="171" />
        <source>Only the drafts waiting to be issued</source>
        <translation>Solo los borradores pendientes de emitir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="177" />
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="179" />
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="192" />
        <source>All periods</source>
        <translation>Todos los periodos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="203" />
        <source>Drafts ({count})</source>
        <translation>Borradores ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="240" />
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="246" />
        <source>total {amount}</source>
        <translation>total {amount}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="248" />
        <source>outstanding {amount}</source>
        <translation>pendiente {amount}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="252" />
        <source>Fit &amp;width</source>
        <translation>&amp;Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="255" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="256" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="307" />
        <source>Preparing {number}…</source>
        <translation>Preparando {number}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="316" />
        <source>{number} · {customer} · %n page(s)</source>
        <translation>
            <numerusform>{number} · {customer} · %n página</numerusform>
            <numerusform>{number} · {customer} · %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="124" />
        <source>This invoice cannot be shown: {error}</source>
        <translation>No se puede mostrar esta factura: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="332" />
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n página enviada a la impresora</numerusform>
            <numerusform>%n páginas enviadas a la impresora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="338" />
        <source>Save the invoice as PDF</source>
        <translation>Guardar la factura como PDF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="338" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="347" />
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/invoices_page.py" line="361" />
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
        <location filename="../../usagebill_desktop/ui/i18n.py" line="27" />
        <source>en</source>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/list_page.py" line="38" />
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/list_page.py" line="59" />
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
        <location filename="../../usagebill_desktop/ui/main_window.py" line="53" />
        <source>UsageBill — {location}</source>
        <translation>UsageBill — {location}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="76" />
        <source>Dashboard</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="77" />
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="78" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="79" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="80" />
        <source>Read sheet</source>
        <translation>Hoja de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="81" />
        <source>Tariffs</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="82" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="83" />
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="84" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="85" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="130" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="131" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="134" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="135" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="136" />
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="138" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="139" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="140" />
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/main_window.py" line="141" />
        <source>&amp;About UsageBill</source>
        <translation>&amp;Acerca de UsageBill</translation>
    </message>
</context>
<context>
    <name>MeterDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="39" />
        <source>New meter</source>
        <translation>Nuevo contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="39" />
        <source>Meter {serial}</source>
        <translation>Contador {serial}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="42" />
        <source>Type a name or an account number</source>
        <translation>Escriba un nombre o un número de cuenta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="51" />
        <source>Cumulative (a register)</source>
        <translation>Acumulativo (con registro)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="52" />
        <source>Usage (each entry a quantity)</source>
        <translation>Consumo (cada anotación es una cantidad)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="56" />
        <source>no register</source>
        <translation>sin registro</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="61" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="63" />
        <source>(none yet)</source>
        <translation>(ninguna aún)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="67" />
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="68" />
        <source>&amp;Serial number:</source>
        <translation>&amp;Número de serie:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="69" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="70" />
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="71" />
        <source>Register &amp;digits:</source>
        <translation>&amp;Dígitos del registro:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="72" />
        <source>&amp;Multiplier:</source>
        <translation>&amp;Multiplicador:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="73" />
        <source>Install &amp;date:</source>
        <translation>&amp;Fecha de instalación:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="74" />
        <source>Install &amp;read:</source>
        <translation>&amp;Lectura de instalación:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="75" />
        <source>&amp;Route order:</source>
        <translation>&amp;Orden en la ruta:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_dialog.py" line="76" />
        <source>&amp;Tariff from the install date:</source>
        <translation>T&amp;arifa desde la instalación:</translation>
    </message>
</context>
<context>
    <name>MetersPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="35" />
        <source>Cumulative</source>
        <translation>Acumulativo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="39" />
        <source>Needs a read</source>
        <translation>Necesita lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="40" />
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="41" />
        <source>Lower read</source>
        <translation>Lectura menor</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="48" />
        <source>Serial</source>
        <translation>Nº de serie</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="49" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="36" />
        <source>Usage</source>
        <translation>Por uso</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="50" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="52" />
        <source>Installed</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="53" />
        <source>Removed</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="54" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="55" />
        <source>Last reading</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="56" />
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="57" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="70" />
        <source>All meters</source>
        <translation>Todos los contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="73" />
        <source>Show only the meters that need this look</source>
        <translation>Mostrar solo los contadores que necesitan esta revisión</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="76" />
        <source>&amp;New meter…</source>
        <translation>&amp;Nuevo contador…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="77" />
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="82" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="83" />
        <source>&amp;Tariff…</source>
        <translation>&amp;Tarifa…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="84" />
        <source>&amp;Replace…</source>
        <translation>&amp;Sustituir…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="85" />
        <source>Out of ser&amp;vice…</source>
        <translation>Dar de &amp;baja…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="86" />
        <source>Open c&amp;ustomer</source>
        <translation>Abrir c&amp;liente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="106" />
        <source>%Ln meter(s)</source>
        <translation>
            <numerusform>%Ln contador</numerusform>
            <numerusform>%Ln contadores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="145" />
        <source>Meter {serial} installed</source>
        <translation>Contador {serial} instalado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="153" />
        <source>Meter {serial} saved</source>
        <translation>Contador {serial} guardado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="165" />
        <source>Meter {serial}: new tariff saved</source>
        <translation>Contador {serial}: nueva tarifa guardada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="173" />
        <source>Meter {serial} replaced</source>
        <translation>Contador {serial} sustituido</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="182" />
        <source>Meter {serial} taken out of service</source>
        <translation>Contador {serial} dado de baja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="215" />
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n dígito</numerusform>
            <numerusform>%n dígitos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="225" />
        <source>{value} on {date}</source>
        <translation>{value} el {date}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="232" />
        <source>Not read since its last bill ended</source>
        <translation>Sin leer desde el final de su última factura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="233" />
        <source>Its last read is an estimate</source>
        <translation>Su última lectura es estimada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="235" />
        <source>Its last read is lower than the one before: kept when asked (billing holds the meter until someone has looked) or the register rolled over</source>
        <translation>Su última lectura es menor que la anterior: se conservó al preguntar (la facturación retiene el contador hasta que alguien lo revise) o el registro dio la vuelta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="60" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="51" />
        <source>Register</source>
        <translation>Totalizador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/meters_page.py" line="68" />
        <source>Search by serial, customer or account</source>
        <translation>Buscar por nº de serie, cliente o nº de abonado</translation>
    </message>
</context>
<context>
    <name>NewReadingDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/new_reading_dialog.py" line="53" />
        <source>New reading of {serial}</source>
        <translation>Nueva lectura de {serial}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/new_reading_dialog.py" line="63" />
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/new_reading_dialog.py" line="64" />
        <source>&amp;Reading ({unit})</source>
        <translation>&amp;Lectura ({unit})</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/new_reading_dialog.py" line="65" />
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/new_reading_dialog.py" line="104" />
        <source>Type the reading as a number, e.g. {example}</source>
        <translation>Escriba la lectura como un número, p. ej. {example}</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="164" />
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="165" />
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="166" />
        <source>Direct debit</source>
        <translation>Domiciliación bancaria</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="167" />
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/customer_dialog.py" line="168" />
        <source>Card</source>
        <translation>Tarjeta</translation>
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
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="41" />
        <source>e.g. 27</source>
        <translation>p. ej. 27</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="43" />
        <source>Only part of a period:</source>
        <translation>Solo una parte del periodo:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="78" />
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="97" />
        <source>Try a quote with {name}</source>
        <translation>Simular una factura con {name}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="99" />
        <source>Choose a tariff to try a quote</source>
        <translation>Elija una tarifa para simular una factura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="131" />
        <source>Type a quantity, such as {example}.</source>
        <translation>Escriba una cantidad, como {example}.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="141" />
        <source>Subtotal</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="142" />
        <source>{name} {rate}</source>
        <translation>{name} {rate}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="143" />
        <source>on {base}</source>
        <translation>sobre {base}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/quote_panel.py" line="144" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReadSheetPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="64" />
        <source>Read sheet</source>
        <translation>Hoja de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="100" />
        <source>The sheet could not be made: {error}</source>
        <translation>No se pudo preparar la hoja: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="107" />
        <source>The sheet was not exported: {error}</source>
        <translation>La hoja no se exportó: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="117" />
        <source>Meters needing a read</source>
        <translation>Contadores sin leer</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="118" />
        <source>Route stops</source>
        <translation>Paradas de la ruta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="119" />
        <source>All active meters</source>
        <translation>Todos los contadores activos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="126" />
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="129" />
        <source>Meters:</source>
        <translation>Contadores:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="134" />
        <source>from stop</source>
        <translation>de la parada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="136" />
        <source>to</source>
        <translation>a la</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="141" />
        <source>Read on:</source>
        <translation>Leído el:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="149" />
        <source>&amp;Estimate</source>
        <translation>&amp;Estimar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="151" />
        <source>Could not be read: estimate it (E) from its usual use</source>
        <translation>No se pudo leer: estimarla (E) con su consumo habitual</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="155" />
        <source>C&amp;ustomer read</source>
        <translation>Lectura del &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="156" />
        <source>The customer gave this read (C), or not</source>
        <translation>La lectura la dio el cliente (C), o no</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="159" />
        <source>E&amp;xport sheet…</source>
        <translation>E&amp;xportar hoja…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="161" />
        <source>The sheet to print or fill in (XLSX or CSV); it imports back as it is</source>
        <translation>La hoja para imprimir o rellenar (XLSX o CSV); se vuelve a importar tal cual</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="181" />
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="182" />
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="183" />
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="196" />
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="197" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="198" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="199" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="203" />
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="210" />
        <source>Previous date</source>
        <translation>Fecha anterior</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="212" />
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="213" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="214" />
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="215" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="216" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="229" />
        <source>Making the sheet…</source>
        <translation>Preparando la hoja…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="243" />
        <source>No meter on this sheet: choose all active meters, or a route's stops.</source>
        <translation>Ningún contador en esta hoja: elija todos los contadores activos o paradas de la ruta.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="309" />
        <source>type a number, such as {example}</source>
        <translation>escriba un número, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="376" />
        <source>{done} of {total} read</source>
        <translation>{done} de {total} leídos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="416" />
        <source>Export the read sheet</source>
        <translation>Exportar la hoja de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="417" />
        <source>read-sheet</source>
        <translation>hoja-de-lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="418" />
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="432" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="435" />
        <source>Read sheet written to {file}</source>
        <translation>Hoja de lectura guardada en {file}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="440" />
        <source>Lower read</source>
        <translation>Lectura menor</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="441" />
        <source>Did the register roll over, or is it a mistake?</source>
        <translation>¿El contador dio la vuelta, o es un error?</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="442" />
        <source>&amp;Rollover</source>
        <translation>Dio la &amp;vuelta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="443" />
        <source>&amp;Mistake</source>
        <translation>Es un &amp;error</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="450" />
        <source>Check the read</source>
        <translation>Compruebe la lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="451" />
        <source>&amp;Keep it, it is right</source>
        <translation>&amp;Guardarla, es correcta</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/read_sheet_page.py" line="453" />
        <source>&amp;Correct it</source>
        <translation>&amp;Corregirla</translation>
    </message>
</context>
<context>
    <name>ReadType</name>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="26" />
        <source>A · Actual</source>
        <translation>A · Real</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="27" />
        <source>E · Estimated</source>
        <translation>E · Estimada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/wording.py" line="28" />
        <source>C · Customer read</source>
        <translation>C · Del cliente</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="54" />
        <source>Correct a reading</source>
        <translation>Corregir una lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="55" />
        <source>{customer} · meter {meter} · read on {day}</source>
        <translation>{customer} · contador {meter} · leído el {day}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="67" />
        <source>Keep it: the register really shows this</source>
        <translation>Mantenerla: el contador marca realmente esto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="71" />
        <source>&amp;Reading ({unit})</source>
        <translation>&amp;Lectura ({unit})</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="72" />
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="73" />
        <source>&amp;Note</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="77" />
        <source>&amp;Delete this reading</source>
        <translation>&amp;Eliminar esta lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="124" />
        <source>A draft of {month} billed this reading: after the change, bill this customer again on the Billing page.</source>
        <translation>Un borrador de {month} facturó esta lectura: tras el cambio, vuelva a facturar a este cliente en la página Facturación.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="129" />
        <source>No invoice has billed this reading yet.</source>
        <translation>Ninguna factura ha facturado todavía esta lectura.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="145" />
        <source>Type the reading as a number, such as {example}.</source>
        <translation>Escriba la lectura como un número, por ejemplo {example}.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="183" />
        <source>Delete the reading</source>
        <translation>Eliminar la lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/reading_dialog.py" line="185" />
        <source>Delete the reading of {meter} on {day}? The audit log keeps its value.</source>
        <translation>¿Eliminar la lectura de {meter} del {day}? El registro de auditoría conserva su valor.</translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="36" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="37" />
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="38" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="40" />
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="45" />
        <source>Read type</source>
        <translation>Tipo de lectura</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="58" />
        <source>&amp;Import readings…</source>
        <translation>&amp;Importar lecturas…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="60" />
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="65" />
        <source>I&amp;mports…</source>
        <translation>I&amp;mportaciones…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="77" />
        <source>%n reading(s) imported from {file}</source>
        <translation>
            <numerusform>%n lectura importada de {file}</numerusform>
            <numerusform>%n lecturas importadas de {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="91" />
        <source>Reading of {meter} on {day} deleted.</source>
        <translation>Se ha eliminado la lectura de {meter} del {day}.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="93" />
        <source>Reading of {meter} on {day} corrected.</source>
        <translation>Se ha corregido la lectura de {meter} del {day}.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="97" />
        <source>Bill this customer again on the Billing page.</source>
        <translation>Vuelva a facturar a este cliente en la página Facturación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="112" />
        <source>%Ln reading(s)</source>
        <translation>
            <numerusform>%Ln lectura</numerusform>
            <numerusform>%Ln lecturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="46" />
        <source>Note</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="49" />
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/readings_page.py" line="56" />
        <source>Search by meter, customer or account</source>
        <translation>Buscar por contador, cliente o nº de abonado</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="89" />
        <source>Take meter {serial} out of service</source>
        <translation>Dar de baja el contador {serial}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="94" />
        <source>The meter is billed up to its final read and no longer needs reading. Leave the read empty if its last stored read is the final one.</source>
        <translation>El contador se factura hasta su lectura final y deja de necesitar lecturas. Deje la lectura vacía si la última guardada es la final.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="102" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="103" />
        <source>&amp;Final read:</source>
        <translation>Lectura &amp;final:</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="33" />
        <source>Replace meter {serial}</source>
        <translation>Sustituir el contador {serial}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="40" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="42" />
        <source>&amp;Final read of {serial}:</source>
        <translation>Lectura &amp;final de {serial}:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="44" />
        <source>&amp;New serial number:</source>
        <translation>&amp;Nuevo número de serie:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="45" />
        <source>&amp;Install read of the new meter:</source>
        <translation>Lectura de &amp;instalación del nuevo:</translation>
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
    <name>RestoreDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="31" />
        <source>Restore from backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="37" />
        <source>The data file is replaced by the backup you choose; the current file is kept in the backups folder.</source>
        <translation>El archivo de datos se sustituye por la copia que elija; el archivo actual se guarda en la carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="43" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="43" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="54" />
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="61" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="64" />
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="74" />
        <source>There are no backups of this data file yet.</source>
        <translation>Todavía no hay copias de este archivo de datos.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="89" />
        <source>Choose a backup</source>
        <translation>Elija una copia</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="107" />
        <source>Data files (*.db);;All files (*)</source>
        <translation>Archivos de datos (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="116" />
        <source>New data file</source>
        <translation>Archivo de datos nuevo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/restore_dialog.py" line="118" />
        <source>Data files (*.db)</source>
        <translation>Archivos de datos (*.db)</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/service_dialog.py" line="56" />
        <source>Keep this read as typed: I have looked at the register</source>
        <translation>Conservar esta lectura tal como está: he revisado el registro</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/service_dialog.py" line="94" />
        <source>This is not a number.</source>
        <translation>Esto no es un número.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="58" />
        <source>Company profile</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="69" />
        <source>Applies the next time UsageBill starts.</source>
        <translation>Se aplica la próxima vez que se inicie UsageBill.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="74" />
        <source>Window language</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="78" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="126" />
        <source>Unsaved settings</source>
        <translation>Configuración sin guardar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="127" />
        <source>The settings have changes that are not saved.</source>
        <translation>La configuración tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="134" />
        <source>Save them before leaving?</source>
        <translation>¿Guardarlos antes de salir?</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="155" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="161" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="166" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="167" />
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="168" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="169" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="170" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="171" />
        <source>Logo (PNG or JPG)</source>
        <translation>Logotipo (PNG o JPG)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="172" />
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="173" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="174" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="175" />
        <source>Language and formats</source>
        <translation>Idioma y formatos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="176" />
        <source>Invoice numbers</source>
        <translation>Numeración de facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="177" />
        <source>Credit note numbers</source>
        <translation>Numeración de rectificativas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="178" />
        <source>Payment terms</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="179" />
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="182" />
        <source>Text on every invoice</source>
        <translation>Texto en todas las facturas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="186" />
        <source>e.g. office hours, a notice to customers</source>
        <translation>p. ej. horario de oficina, un aviso a los clientes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="191" />
        <source>Legal footer</source>
        <translation>Pie legal</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="195" />
        <source>e.g. registry details, data protection</source>
        <translation>p. ej. datos registrales, protección de datos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="202" />
        <source>Compare each customer's use with similar customers on the invoice</source>
        <translation>Comparar en la factura el consumo de cada cliente con el de clientes similares</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="223" />
        <source>{year} is the issue year, {seq} the number in the series; {seq:05d} pads it to five digits: F-{year}-{seq:05d} gives F-2026-00001.</source>
        <translation>{year} es el año de emisión, {seq} el número dentro de la serie; {seq:05d} lo rellena hasta cinco cifras: F-{year}-{seq:05d} da F-2026-00001.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="234" />
        <source>Not a valid format: hover over the box to see how to write one.</source>
        <translation>No es un formato válido: pase el ratón sobre la casilla para ver cómo se escribe.</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="239" />
        <source>{digits}-digit numbers, starting again each year</source>
        <translation>Números de {digits} cifras, reinician cada año</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="241" />
        <source>Numbers without leading zeros, starting again each year</source>
        <translation>Números sin ceros delante, reinician cada año</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="247" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="258" />
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/settings_page.py" line="258" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="139" />
        <source>Tariff of meter {serial}</source>
        <translation>Tarifa del contador {serial}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="146" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="147" />
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="158" />
        <source>Assignments so far:</source>
        <translation>Asignaciones hasta ahora:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="164" />
        <source>&amp;New tariff:</source>
        <translation>&amp;Nueva tarifa:</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/meter_actions.py" line="165" />
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="64" />
        <source>New tariff</source>
        <translation>Nueva tarifa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="66" />
        <source>New prices for {name}</source>
        <translation>Nuevos precios de {name}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="70" />
        <source>e.g. m³</source>
        <translation>p. ej. m³</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="73" />
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="74" />
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="75" />
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="82" />
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="82" />
        <source>Rate (%)</source>
        <translation>Porcentaje (%)</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="83" />
        <source>Add tax</source>
        <translation>Añadir impuesto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="84" />
        <source>Remove tax</source>
        <translation>Quitar impuesto</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="88" />
        <source>As written</source>
        <translation>Tal como está escrito</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="88" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="88" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="98" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="99" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="107" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="110" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="111" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="112" />
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="117" />
        <source>Prices from</source>
        <translation>Precios desde</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="134" />
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="135" />
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/tariff_editor.py" line="136" />
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
</context>
<context>
    <name>TariffPricesPanel</name>
    <message>
        <location filename="../../usagebill_desktop/ui/tariff_prices_panel.py" line="34" />
        <source>Prices from</source>
        <translation>Precios desde</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/tariff_prices_panel.py" line="47" />
        <source>Choose a tariff to see its prices</source>
        <translation>Elija una tarifa para ver sus precios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/tariff_prices_panel.py" line="49" />
        <source>Used by %Ln meter(s)</source>
        <translation>
            <numerusform>La usa %Ln contador</numerusform>
            <numerusform>La usan %Ln contadores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/tariff_prices_panel.py" line="77" />
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="45" />
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="46" />
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="47" />
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="52" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="53" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="54" />
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="55" />
        <source>Prices since</source>
        <translation>Precios desde</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="56" />
        <source>Meters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="60" />
        <source>Tariffs</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="67" />
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="68" />
        <source>&amp;New tariff…</source>
        <translation>&amp;Nueva tarifa…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="70" />
        <source>New &amp;prices…</source>
        <translation>Nuevos &amp;precios…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="72" />
        <source>&amp;Import tariff file…</source>
        <translation>&amp;Importar archivo de tarifa…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="74" />
        <source>E&amp;xport tariff file…</source>
        <translation>E&amp;xportar archivo de tarifa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="89" />
        <source>%Ln tariff(s)</source>
        <translation>
            <numerusform>%Ln tarifa</numerusform>
            <numerusform>%Ln tarifas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="155" />
        <source>Tariff {name} saved</source>
        <translation>Tarifa {name} guardada</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="163" />
        <source>Export a tariff file</source>
        <translation>Exportar un archivo de tarifa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="172" />
        <source>The tariff file was not written: {error}</source>
        <translation>No se escribió el archivo de tarifa: {error}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="175" />
        <source>Wrote {file}</source>
        <translation>Escrito {file}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="179" />
        <source>Import a tariff file</source>
        <translation>Importar un archivo de tarifa</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="165" />
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="179" />
        <source>Tariff files (*.json)</source>
        <translation>Archivos de tarifa (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="189" />
        <source>Tariff {name} imported: %n new version(s)</source>
        <translation>
            <numerusform>Tarifa {name} importada: %n versión nueva</numerusform>
            <numerusform>Tarifa {name} importada: %n versiones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="191" />
        <source>translations updated</source>
        <translation>traducciones actualizadas</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/pages/tariffs_page.py" line="195" />
        <source>The tariff file was not imported: {error}</source>
        <translation>No se importó el archivo de tarifa: {error}</translation>
    </message>
</context>
<context>
    <name>UnopenableDialog</name>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/unopenable_dialog.py" line="30" />
        <source>The data file cannot be opened</source>
        <translation>No se puede abrir el archivo de datos</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/unopenable_dialog.py" line="33" />
        <source>Data file: {path}</source>
        <translation>Archivo de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/unopenable_dialog.py" line="37" />
        <source>Restore the latest backup ({taken})</source>
        <translation>Restaurar la última copia ({taken})</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/unopenable_dialog.py" line="41" />
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/unopenable_dialog.py" line="43" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../usagebill_desktop/ui/dialogs/unopenable_dialog.py" line="43" />
        <source>Keep the current file</source>
        <translation>Seguir con el archivo actual</translation>
    </message>
</context>
</TS>