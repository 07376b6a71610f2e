<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Acknowledgement</name>
    <message>
        <source>keep the refused changes</source>
        <translation>guardar los cambios rechazados</translation>
    </message>
    <message>
        <source>update the sync record</source>
        <translation>actualizar el registro de sincronización</translation>
    </message>
    <message>
        <source>record a conflict</source>
        <translation>registrar un conflicto</translation>
    </message>
    <message>
        <source>clear the sent changes</source>
        <translation>borrar los cambios enviados</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) to %1 from the login &quot;%2&quot;: %3. They stay on this laptop.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio en %1 de la cuenta &quot;%2&quot;: %3. Se queda en esta computadora.</numerusform>
            <numerusform>El servidor rechazó %n cambios en %1 de la cuenta &quot;%2&quot;: %3. Se quedan en esta computadora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n record(s) of %1 (%2). They were set aside and are listed with the conflicts on the Sync page; everything else was sent.</source>
        <translation>
            <numerusform>El servidor rechazó %n registro de %1 (%2). Se apartó y figura entre los conflictos de la página Sincronizar; todo lo demás se envió.</numerusform>
            <numerusform>El servidor rechazó %n registros de %1 (%2). Se apartaron y figuran entre los conflictos de la página Sincronizar; todo lo demás se envió.</numerusform>
        </translation>
    </message>
    <message>
        <source>set aside a refused record</source>
        <translation>apartar un registro rechazado</translation>
    </message>
</context>
<context>
    <name>AddAnglerCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
</context>
<context>
    <name>AddBoatCommand</name>
    <message>
        <source>Pair a boat</source>
        <translation>Emparejar un bote</translation>
    </message>
</context>
<context>
    <name>AddCalendarEventCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
</context>
<context>
    <name>AddEntryCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
</context>
<context>
    <name>AddGuestCommand</name>
    <message>
        <source>Add guest %1</source>
        <translation>Agregar invitado %1</translation>
    </message>
</context>
<context>
    <name>AddLakeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
</context>
<context>
    <name>AddRampCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
</context>
<context>
    <name>AddTeamBoatCommand</name>
    <message>
        <source>Add the boat of %1</source>
        <translation>Añadir el bote de %1</translation>
    </message>
</context>
<context>
    <name>AnglerBreakdownModel</name>
    <message>
        <source>Dropped: only the best tournaments count.</source>
        <translation>Descartado: solo cuentan los mejores torneos.</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>buy-in</source>
        <translation>sin pescar</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>descalificado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Weight (lb)</source>
        <translation>Peso (lb)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AnglerDialog</name>
    <message>
        <source>Add Angler</source>
        <translation>Agregar pescador</translation>
    </message>
    <message>
        <source>Edit Angler</source>
        <translation>Editar pescador</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>(512) 555-1234</source>
        <translation>(512) 555-1234</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&amp;Member in %1</source>
        <translation>&amp;Socio en %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>Socio &amp;desde:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>The club database is closed.</source>
        <translation>La base de datos del club está cerrada.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <source>member since</source>
        <translation>socio desde</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 fit. Shorten it.</source>
        <translation>El nombre tiene %1 caracteres; caben como máximo %2. Acórtelo.</translation>
    </message>
    <message>
        <source>%1, phone %2, is already on the roster. Add another record for the same name and phone?</source>
        <translation>%1, teléfono %2, ya está en el padrón. ¿Añadir otro registro con el mismo nombre y teléfono?</translation>
    </message>
    <message>
        <source>&amp;Add Another</source>
        <translation>&amp;Añadir otro</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Takes the club&apos;s e-mai&amp;l</source>
        <translation>Recibe el correo del c&amp;lub</translation>
    </message>
    <message>
        <source>Resul&amp;ts and standings</source>
        <translation>Res&amp;ultados y clasificación</translation>
    </message>
    <message>
        <source>Ne&amp;ws</source>
        <translation>Noti&amp;cias</translation>
    </message>
    <message>
        <source>Club e-mail:</source>
        <translation>Correo del club:</translation>
    </message>
</context>
<context>
    <name>AnglerMerge</name>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Elija dos registros distintos para fusionar.</translation>
    </message>
    <message>
        <source>One of these records was already merged into another.</source>
        <translation>Uno de estos registros ya se fusionó con otro.</translation>
    </message>
    <message>
        <source>read the tournaments fished</source>
        <translation>leer los torneos en los que pescó</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>read the boats</source>
        <translation>leer los botes</translation>
    </message>
    <message>
        <source>read the offices</source>
        <translation>leer los cargos</translation>
    </message>
    <message>
        <source>read the memberships</source>
        <translation>leer las membresías</translation>
    </message>
    <message>
        <source>Member in %1</source>
        <translation>Socio en %1</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>leer los pagos</translation>
    </message>
    <message>
        <source>look for tournaments both records fished</source>
        <translation>buscar torneos que ambos registros pescaron</translation>
    </message>
    <message>
        <source>Both records fished %1 on %2. Remove one of the two entries from that tournament before merging.</source>
        <translation>Ambos registros pescaron %1 el %2. Quite una de las dos participaciones de ese torneo antes de fusionar.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (phone %2)</source>
        <translation>%1 (teléfono %2)</translation>
    </message>
    <message>
        <source>%1 (member since %2)</source>
        <translation>%1 (socio desde %2)</translation>
    </message>
    <message>
        <source>%1 (no e-mail or phone)</source>
        <translation>%1 (sin correo ni teléfono)</translation>
    </message>
</context>
<context>
    <name>AnglerProfile</name>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1.º de %2 en %3</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.º</translation>
    </message>
    <message>
        <source>Angler of the Year</source>
        <translation>Pescador del año</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1.º de %2</translation>
    </message>
    <message>
        <source>Weight per month</source>
        <translation>Peso por mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Weigh-ins</source>
        <translation>Pesajes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
</context>
<context>
    <name>AnglerProfileDialog</name>
    <message>
        <source>The angler&apos;s history could not be read: %1</source>
        <translation>No se pudo leer la historia del pescador: %1</translation>
    </message>
    <message>
        <source>%1 — angler profile</source>
        <translation>%1 — perfil del pescador</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>%1 lb (%2, %3)</source>
        <translation>%1 lb (%2, %3)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n seasons</source>
        <translation>
            <numerusform>%1 en %n temporada</numerusform>
            <numerusform>%1 en %n temporadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>1st: %1 · 2nd: %2 · 3rd: %3</source>
        <translation>1.º: %1 · 2.º: %2 · 3.º: %3</translation>
    </message>
    <message>
        <source>Best stringer</source>
        <translation>Mejor sarta</translation>
    </message>
    <message>
        <source>Biggest bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Angler of the Year</source>
        <translation>Pescador del año</translation>
    </message>
    <message>
        <source>not ranked yet</source>
        <translation>aún sin puesto</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>Average weight</source>
        <translation>Peso promedio</translation>
    </message>
    <message>
        <source>Average weight per month</source>
        <translation>Peso promedio por mes</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
</context>
<context>
    <name>AnglerStore</name>
    <message>
        <source>read the angler</source>
        <translation>leer el pescador</translation>
    </message>
    <message>
        <source>That angler is no longer on the roster.</source>
        <translation>Ese pescador ya no está en el padrón.</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>leer el padrón</translation>
    </message>
    <message>
        <source>Enter the angler&apos;s name.</source>
        <translation>Escriba el nombre del pescador.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (like name@example.com).</source>
        <translation>&quot;%1&quot; no es una dirección de correo (como nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>check the email address</source>
        <translation>verificar la dirección de correo</translation>
    </message>
    <message>
        <source>The email address %1 is already used by %2.</source>
        <translation>La dirección de correo %1 ya la usa %2.</translation>
    </message>
    <message>
        <source>Member since must be a year between 1900 and %1.</source>
        <translation>Socio desde debe ser un año entre 1900 y %1.</translation>
    </message>
    <message>
        <source>Dues paid through must be a season year.</source>
        <translation>Cuotas pagadas hasta debe ser un año de temporada.</translation>
    </message>
    <message>
        <source>read the angler&apos;s history</source>
        <translation>leer el historial del pescador</translation>
    </message>
    <message>
        <source>This angler has history (tournaments, boats, payments or offices) and cannot be deleted. Deactivate them instead.</source>
        <translation>Este pescador tiene historial (torneos, botes, pagos o cargos) y no se puede eliminar. Desactívelo en su lugar.</translation>
    </message>
    <message>
        <source>read the angler&apos;s memberships</source>
        <translation>leer las membresías del pescador</translation>
    </message>
    <message>
        <source>bring the record back</source>
        <translation>restaurar el registro</translation>
    </message>
    <message>
        <source>The record to bring back no longer exists.</source>
        <translation>El registro que se quiere restaurar ya no existe.</translation>
    </message>
    <message>
        <source>read the memberships</source>
        <translation>leer las membresías</translation>
    </message>
    <message>
        <source>read the officers</source>
        <translation>leer los directivos</translation>
    </message>
    <message>
        <source>Choose a season year.</source>
        <translation>Elija un año de temporada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office of the club.</source>
        <translation>&quot;%1&quot; no es un cargo del club.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Escriba el monto pagado.</translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation>Escriba la fecha del pago.</translation>
    </message>
    <message>
        <source>Choose how the dues were paid: cash, check or online.</source>
        <translation>Elija cómo se pagaron las cuotas: efectivo, cheque o en línea.</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>La fecha de pago %1 está en el futuro.</translation>
    </message>
    <message>
        <source>%1 was merged into another record; record the payment there.</source>
        <translation>%1 se fusionó con otro registro; registre el pago allí.</translation>
    </message>
    <message>
        <source>read the payment</source>
        <translation>leer el pago</translation>
    </message>
    <message>
        <source>The payment to reverse is no longer in the ledger.</source>
        <translation>El pago que se quiere revertir ya no está en el libro.</translation>
    </message>
    <message>
        <source>Reverses a payment recorded by mistake</source>
        <translation>Revierte un pago registrado por error</translation>
    </message>
    <message>
        <source>read the merged records</source>
        <translation>leer los registros fusionados</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>leer los pagos</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name.</source>
        <translation>Escriba el nombre del invitado.</translation>
    </message>
    <message>
        <source>Walk-up guest</source>
        <translation>Invitado de última hora</translation>
    </message>
    <message>
        <source>read the dues</source>
        <translation>leer las cuotas</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 fit. Shorten it.</source>
        <translation>El nombre tiene %1 caracteres; caben como máximo %2. Acórtelo.</translation>
    </message>
    <message>
        <source>read the angler&apos;s entries</source>
        <translation>leer las participaciones del pescador</translation>
    </message>
</context>
<context>
    <name>Apply</name>
    <message>
        <source>apply the changes</source>
        <translation>aplicar los cambios</translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation>Aplicando cambios</translation>
    </message>
    <message>
        <source>record a record that could not be applied</source>
        <translation>anotar un registro que no se pudo aplicar</translation>
    </message>
    <message>
        <source>it holds an invisible control character (such as NUL), which this laptop does not take in</source>
        <translation>contiene un carácter de control invisible (como NUL), que esta laptop no acepta</translation>
    </message>
    <message>
        <source>record a conflict</source>
        <translation>registrar un conflicto</translation>
    </message>
    <message>
        <source>Could not settle two records of the same %1: %2</source>
        <translation>No se pudieron resolver dos registros repetidos de %1: %2</translation>
    </message>
</context>
<context>
    <name>BoatStandingsModel</name>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bote</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Premio</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Season </source>
        <translation>Temporada </translation>
    </message>
    <message>
        <source>Add Event…</source>
        <translation>Agregar evento…</translation>
    </message>
    <message>
        <source>A meeting, the banquet, an election, a holiday or another club&apos;s tournament on the chosen day (Insert or Ctrl+N)</source>
        <translation>Una reunión, el banquete, una elección, un feriado o el torneo de otro club en el día elegido (Insert o Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>The chosen event or tournament (Enter)</source>
        <translation>El evento o torneo elegido (Intro)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen event (Delete; Edit &gt; Undo brings it back)</source>
        <translation>Elimina el evento elegido (Supr; Edición &gt; Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <source>The season&apos;s tournaments and events as a calendar file for phones and calendar programs</source>
        <translation>Los torneos y eventos de la temporada como archivo de calendario para teléfonos y programas de calendario</translation>
    </message>
    <message numerus="yes">
        <source>%n tournament(s)</source>
        <translation>
            <numerusform>%n torneo</numerusform>
            <numerusform>%n torneos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other event(s)</source>
        <translation>
            <numerusform>%n evento más</numerusform>
            <numerusform>%n eventos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this day. Insert adds an event.</source>
        <translation>Nada en este día. Insert agrega un evento.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Added %1 to the calendar.</source>
        <translation>%1 agregado al calendario.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>El evento ya no existe.</translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo del club abierto.</translation>
    </message>
    <message>
        <source>Nothing is on this day.</source>
        <translation>No hay nada en este día.</translation>
    </message>
    <message>
        <source>%1 is a tournament: delete it on the Tournaments page (or cancel it there).</source>
        <translation>%1 es un torneo: elimínelo en la página Torneos (o cancélelo allí).</translation>
    </message>
    <message>
        <source>Deleted %1 (Edit &gt; Undo brings it back).</source>
        <translation>%1 eliminado (Edición &gt; Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>Wrote the %1 calendar to %2.</source>
        <translation>Calendario de %1 guardado en %2.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <source>Other club&apos;s tournament</source>
        <translation>Torneo de otro club</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Banquet</source>
        <translation>Banquete</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Club event</source>
        <translation>Evento del club</translation>
    </message>
    <message>
        <source>read the calendar</source>
        <translation>leer el calendario</translation>
    </message>
    <message>
        <source>read the calendar event</source>
        <translation>leer el evento del calendario</translation>
    </message>
    <message>
        <source>Enter the event&apos;s date.</source>
        <translation>Escriba la fecha del evento.</translation>
    </message>
    <message>
        <source>The date %1 is out of range.</source>
        <translation>La fecha %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Escriba el nombre del evento.</translation>
    </message>
    <message>
        <source>Enter the start time too, or leave the end time empty.</source>
        <translation>Escriba también la hora de inicio, o deje vacía la hora de fin.</translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation>El evento termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>bring back the calendar event</source>
        <translation>recuperar el evento del calendario</translation>
    </message>
    <message>
        <source>The deleted event could not be found to bring it back.</source>
        <translation>No se encontró el evento eliminado para recuperarlo.</translation>
    </message>
</context>
<context>
    <name>ChangeCapture</name>
    <message>
        <source>check the change capture</source>
        <translation>verificar el registro de cambios</translation>
    </message>
    <message>
        <source>add change capture</source>
        <translation>agregar el registro de cambios</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Your Server Password</source>
        <translation>Cambiar su contraseña del servidor</translation>
    </message>
    <message>
        <source>The new password of %1 on the server. It replaces the one in this computer&apos;s keychain; sign in with it on your other computers.</source>
        <translation>La nueva contraseña de %1 en el servidor. Reemplaza la del llavero de esta computadora; inicie sesión con ella en sus otras computadoras.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>La contraseña no se cambió: %1</translation>
    </message>
</context>
<context>
    <name>ClubData</name>
    <message>
        <source>(no lake recorded)</source>
        <translation>(sin lago registrado)</translation>
    </message>
    <message>
        <source>Lakes</source>
        <translation>Lagos</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Lago</translation>
    </message>
    <message>
        <source>Times fished</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Last fished</source>
        <translation>Último torneo</translation>
    </message>
    <message>
        <source>Anglers</source>
        <translation>Pescadores</translation>
    </message>
    <message>
        <source>Avg. per angler</source>
        <translation>Prom. por pescador</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Ceros</translation>
    </message>
    <message>
        <source>Heaviest</source>
        <translation>Más pesada</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Caught by</source>
        <translation>Capturada por</translation>
    </message>
    <message>
        <source>Caught on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Top ten big bass of %1</source>
        <translation>Las diez lobinas mayores de %1</translation>
    </message>
    <message>
        <source>Top ten big bass of all time</source>
        <translation>Las diez lobinas mayores de siempre</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Limits and zeros by year</source>
        <translation>Límites y ceros por año</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Stringers</source>
        <translation>Sartas</translation>
    </message>
    <message>
        <source>Members and guests by year</source>
        <translation>Socios e invitados por año</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Member entries</source>
        <translation>Participaciones de socios</translation>
    </message>
    <message>
        <source>Guest entries</source>
        <translation>Participaciones de invitados</translation>
    </message>
    <message>
        <source>Avg. 1st</source>
        <translation>Prom. 1.º</translation>
    </message>
    <message>
        <source>Avg. 2nd</source>
        <translation>Prom. 2.º</translation>
    </message>
    <message>
        <source>Avg. 3rd</source>
        <translation>Prom. 3.º</translation>
    </message>
    <message>
        <source>Average winning weights by year</source>
        <translation>Pesos ganadores promedio por año</translation>
    </message>
    <message>
        <source>Average winning weights by lake</source>
        <translation>Pesos ganadores promedio por lago</translation>
    </message>
    <message>
        <source>Participation per tournament</source>
        <translation>Participación por torneo</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>Botes</translation>
    </message>
    <message>
        <source>%1: club data</source>
        <translation>%1: datos del club</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
    </message>
    <message>
        <source>Every season</source>
        <translation>Todas las temporadas</translation>
    </message>
    <message>
        <source>Net weights as scored (dead-fish and late penalties); in team format the boats are the stringers. Cancelled tournaments are left out.</source>
        <translation>Pesos netos como se puntuaron (penalizaciones por peces muertos y por retraso); en formato por equipos las sartas son los botes. Los torneos cancelados no se cuentan.</translation>
    </message>
</context>
<context>
    <name>ClubDataPage</name>
    <message>
        <source>&amp;Season:</source>
        <translation>Te&amp;mporada:</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print preview of the club data (Ctrl+P)</source>
        <translation>Vista previa de impresión de los datos del club (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Lakes</source>
        <translation>&amp;Lagos</translation>
    </message>
    <message>
        <source>&amp;Big Bass</source>
        <translation>Lo&amp;binas mayores</translation>
    </message>
    <message>
        <source>Limits and &amp;Zeros</source>
        <translation>Límites y ce&amp;ros</translation>
    </message>
    <message>
        <source>Members and &amp;Guests</source>
        <translation>Socios e invita&amp;dos</translation>
    </message>
    <message>
        <source>Winning Weights by &amp;Year</source>
        <translation>Pesos ganadores por a&amp;ño</translation>
    </message>
    <message>
        <source>Winning Weights by La&amp;ke</source>
        <translation>Pesos ganadores por la&amp;go</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>Participació&amp;n</translation>
    </message>
    <message>
        <source>Every season</source>
        <translation>Todas las temporadas</translation>
    </message>
    <message>
        <source>The club data could not be read: %1</source>
        <translation>No se pudieron leer los datos del club: %1</translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo de club abierto.</translation>
    </message>
    <message>
        <source>No tournament has been weighed in yet: the numbers appear here after the first weigh-in (Ctrl+3).</source>
        <translation>Aún no hay ningún pesaje: los números aparecen aquí después del primer pesaje (Ctrl+3).</translation>
    </message>
    <message numerus="yes">
        <source>%n tournaments fished, </source>
        <translation>
            <numerusform>%n torneo pescado, </numerusform>
            <numerusform>%n torneos pescados, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anglers weighed in; net weights as scored, cancelled tournaments left out.</source>
        <translation>
            <numerusform>%n pescador pesó; pesos netos como se puntuaron, sin los torneos cancelados.</numerusform>
            <numerusform>%n pescadores pesaron; pesos netos como se puntuaron, sin los torneos cancelados.</numerusform>
        </translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Ceros</translation>
    </message>
    <message>
        <source>Limits and zeros by year</source>
        <translation>Límites y ceros por año</translation>
    </message>
    <message>
        <source>Stringers</source>
        <translation>Sartas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Members and guests by year</source>
        <translation>Socios e invitados por año</translation>
    </message>
    <message>
        <source>Anglers</source>
        <translation>Pescadores</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.º</translation>
    </message>
    <message>
        <source>Average winning weights by year</source>
        <translation>Pesos ganadores promedio por año</translation>
    </message>
    <message>
        <source>Average winning weights by lake</source>
        <translation>Pesos ganadores promedio por lago</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>Botes</translation>
    </message>
    <message>
        <source>Participation per tournament</source>
        <translation>Participación por torneo</translation>
    </message>
</context>
<context>
    <name>ClubLog</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>peces</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>big bass</source>
        <translation>lobina mayor</translation>
    </message>
    <message>
        <source>dead fish</source>
        <translation>peces muertos</translation>
    </message>
    <message>
        <source>minutes late</source>
        <translation>minutos de retraso</translation>
    </message>
    <message>
        <source>buy-in</source>
        <translation>sin pescar</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>descalificado</translation>
    </message>
    <message>
        <source>%1 fish, %2</source>
        <translation>%1 peces, %2</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Member flag corrected</source>
        <translation>Condición de socio corregida</translation>
    </message>
    <message>
        <source>Finalized results edited</source>
        <translation>Resultados finalizados editados</translation>
    </message>
    <message>
        <source>(someone no longer on the roster)</source>
        <translation>(alguien que ya no está en el padrón)</translation>
    </message>
    <message>
        <source>Boat of %1</source>
        <translation>Bote de %1</translation>
    </message>
    <message>
        <source>Boat of %1 &amp; %2</source>
        <translation>Bote de %1 y %2</translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation>%1: añadido (%2)</translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation>%1: quitado (tenía %2)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>partner changed</source>
        <translation>cambió el compañero</translation>
    </message>
    <message>
        <source>no change to the numbers</source>
        <translation>sin cambios en las cifras</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>read the tournament log</source>
        <translation>leer el registro de torneos</translation>
    </message>
    <message>
        <source>%1 from the scale</source>
        <translation>%1 de la báscula</translation>
    </message>
</context>
<context>
    <name>ClubLogModel</name>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>ClubRules</name>
    <message>
        <source>President/Secretary</source>
        <translation>Presidente/Secretario</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Tesorero</translation>
    </message>
    <message>
        <source>Weighmaster</source>
        <translation>Pesador</translation>
    </message>
    <message>
        <source>Assistant Weighmaster</source>
        <translation>Asistente del pesador</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more (not “%2”).</source>
        <translation>%1 debe ser un número entero, 0 o más (no “%2”).</translation>
    </message>
</context>
<context>
    <name>CommandBase</name>
    <message>
        <source>The club database is closed.</source>
        <translation>La base de datos del club está cerrada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not redo &quot;%1&quot;: %2</source>
        <translation>No se pudo rehacer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>No se pudo deshacer &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ComposeMailDialog</name>
    <message>
        <source>Write to the Members</source>
        <translation>Escribir a los socios</translation>
    </message>
    <message>
        <source>A tournament&apos;s results</source>
        <translation>Los resultados de un torneo</translation>
    </message>
    <message>
        <source>The season standings</source>
        <translation>La clasificación de la temporada</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Tournament:</source>
        <translation>&amp;Torneo:</translation>
    </message>
    <message>
        <source>The standings of the day, big bass and payouts, with the results PDF attached.</source>
        <translation>La clasificación del día, la lobina mayor y los premios, con el PDF de resultados adjunto.</translation>
    </message>
    <message>
        <source>S&amp;eason:</source>
        <translation>T&amp;emporada:</translation>
    </message>
    <message>
        <source>The Angler of the Year standings, with the PDF attached.</source>
        <translation>La clasificación del Pescador del Año, con el PDF adjunto.</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>&amp;Enviar:</translation>
    </message>
    <message>
        <source>Put in the &amp;Outbox</source>
        <translation>Poner en la bandeja de &amp;salida</translation>
    </message>
    <message numerus="yes">
        <source>%n people who take the club&apos;s news will get it (as BCC).</source>
        <translation>
            <numerusform>Lo recibirá %n persona que recibe las noticias del club (en copia oculta).</numerusform>
            <numerusform>Lo recibirán %n personas que reciben las noticias del club (en copia oculta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who take the club&apos;s results will get it (as BCC).</source>
        <translation>
            <numerusform>Lo recibirá %n persona que recibe los resultados del club (en copia oculta).</numerusform>
            <numerusform>Lo recibirán %n personas que reciben los resultados del club (en copia oculta).</numerusform>
        </translation>
    </message>
    <message>
        <source>The club database is closed.</source>
        <translation>La base de datos del club está cerrada.</translation>
    </message>
    <message>
        <source>Set up the club&apos;s e-mail first: Mailbox &gt; Club E-mail Settings.</source>
        <translation>Configure primero el correo del club: Buzón &gt; Configuración del correo del club.</translation>
    </message>
    <message>
        <source>There is no finished tournament to send.</source>
        <translation>No hay ningún torneo terminado que enviar.</translation>
    </message>
</context>
<context>
    <name>CountCheck</name>
    <message>
        <source>check the copy</source>
        <translation>verificar la copia</translation>
    </message>
</context>
<context>
    <name>CreateTournamentsCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n tournaments</source>
        <translation>
            <numerusform>Agregar %n torneo</numerusform>
            <numerusform>Agregar %n torneos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No keychain (secret service) is available on this computer, so the password cannot be remembered; you will be asked for it each time. (%1)</source>
        <translation>No hay un llavero (servicio de secretos) disponible en esta computadora, así que no se puede recordar la contraseña; se le pedirá cada vez. (%1)</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>El archivo no es texto UTF-8. Guárdelo desde la hoja de cálculo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quote mark. Put the whole cell in quotes and double any quote mark inside it.</source>
        <translation>Línea %1: hay texto después de unas comillas de cierre. Ponga toda la celda entre comillas y duplique las comillas que haya dentro.</translation>
    </message>
    <message>
        <source>Line %1: a quote mark is opened and never closed.</source>
        <translation>Línea %1: se abren comillas que nunca se cierran.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>Línea %1: la columna &quot;%2&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>DeleteAnglerCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>DeleteBoatCommand</name>
    <message>
        <source>Split a boat</source>
        <translation>Separar un bote</translation>
    </message>
</context>
<context>
    <name>DeleteCalendarEventCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>DeleteEntriesCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Eliminar %n participación</numerusform>
            <numerusform>Eliminar %n participaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteLakeCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>DeleteRampCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>DeleteTournamentCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>DemoClub</name>
    <message>
        <source>This database already holds a club; the demo was not added.</source>
        <translation>Esta base de datos ya contiene un club; no se agregó la demostración.</translation>
    </message>
    <message>
        <source>South Austin Bass Club (demo)</source>
        <translation>South Austin Bass Club (demostración)</translation>
    </message>
    <message>
        <source>read the lakes</source>
        <translation>leer los lagos</translation>
    </message>
    <message>
        <source>The list of lakes is missing from this installation.</source>
        <translation>Falta la lista de lagos en esta instalación.</translation>
    </message>
    <message>
        <source>Season dues</source>
        <translation>Cuotas de temporada</translation>
    </message>
    <message>
        <source>The demo could not schedule a tournament in progress.</source>
        <translation>La demostración no pudo programar un torneo en curso.</translation>
    </message>
    <message>
        <source>read the rulesets</source>
        <translation>leer los reglamentos</translation>
    </message>
    <message>
        <source>The demo club&apos;s rules were not stored.</source>
        <translation>No se guardaron las reglas del club de demostración.</translation>
    </message>
    <message>
        <source>January Tournament</source>
        <translation>Torneo de enero</translation>
    </message>
    <message>
        <source>February Tournament</source>
        <translation>Torneo de febrero</translation>
    </message>
    <message>
        <source>March Tournament</source>
        <translation>Torneo de marzo</translation>
    </message>
    <message>
        <source>April Tournament</source>
        <translation>Torneo de abril</translation>
    </message>
    <message>
        <source>May Tournament</source>
        <translation>Torneo de mayo</translation>
    </message>
    <message>
        <source>June Tournament</source>
        <translation>Torneo de junio</translation>
    </message>
    <message>
        <source>July Tournament</source>
        <translation>Torneo de julio</translation>
    </message>
    <message>
        <source>August Tournament</source>
        <translation>Torneo de agosto</translation>
    </message>
    <message>
        <source>September Tournament</source>
        <translation>Torneo de septiembre</translation>
    </message>
    <message>
        <source>October Tournament</source>
        <translation>Torneo de octubre</translation>
    </message>
    <message>
        <source>November Tournament</source>
        <translation>Torneo de noviembre</translation>
    </message>
    <message>
        <source>December Tournament</source>
        <translation>Torneo de diciembre</translation>
    </message>
</context>
<context>
    <name>EditAnglerCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>EditBoatCommand</name>
    <message>
        <source>Change a boat</source>
        <translation>Cambiar un bote</translation>
    </message>
</context>
<context>
    <name>EditCalendarEventCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>EditEntryCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>EditLakeCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>EditRampCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>EditTournamentCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>EntryLine</name>
    <message>
        <source>Type part of a name…</source>
        <translation>Escriba parte de un nombre…</translation>
    </message>
    <message>
        <source>Pounds: 12.34, 12,34, 12-5 or 12 lb 5 oz</source>
        <translation>Libras: 12.34, 12,34, 12-5 o 12 lb 5 oz</translation>
    </message>
    <message>
        <source>Minutes late to the weigh-in</source>
        <translation>Minutos de retraso al pesaje</translation>
    </message>
    <message>
        <source>15.5, 15 1/2, 15-4</source>
        <translation>15.5, 15 1/2, 15-4</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Paid the entry fee without fishing (Ctrl+B)</source>
        <translation>Pagó la inscripción sin pescar (Ctrl+B)</translation>
    </message>
    <message>
        <source>D&amp;Q</source>
        <translation>D&amp;Q</translation>
    </message>
    <message>
        <source>Disqualified (Ctrl+D)</source>
        <translation>Descalificado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Save this row and start the next (Enter)</source>
        <translation>Guardar esta fila y empezar la siguiente (Enter)</translation>
    </message>
    <message>
        <source>&amp;Angler</source>
        <translation>Pe&amp;scador</translation>
    </message>
    <message>
        <source>&amp;Lengths (in)</source>
        <translation>&amp;Longitudes (pulg)</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Muertos</translation>
    </message>
    <message>
        <source>La&amp;te</source>
        <translation>Tar&amp;de</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Compañe&amp;ro</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Agregar invitado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&lt;b&gt;New walk-up guest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nuevo invitado de última hora&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>member, dues paid</source>
        <translation>socio, cuotas pagadas</translation>
    </message>
    <message>
        <source>member, dues overdue</source>
        <translation>socio, cuotas vencidas</translation>
    </message>
    <message numerus="yes">
        <source>guest, %n events this year: dues owed</source>
        <translation>
            <numerusform>invitado, %n evento este año: debe cuotas</numerusform>
            <numerusform>invitado, %n eventos este año: debe cuotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>guest, %n event this year</source>
        <translation>
            <numerusform>invitado, %n evento este año</numerusform>
            <numerusform>invitado, %n eventos este año</numerusform>
        </translation>
    </message>
    <message>
        <source>guest (inactive member)</source>
        <translation>invitado (socio inactivo)</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>%1 — already on the sheet (row %2)</source>
        <translation>%1 — ya está en la hoja (fila %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add walk-up guest “%1”…</source>
        <translation>Agregar invitado de última hora “%1”…</translation>
    </message>
    <message>
        <source>%1 is already on the sheet (row %2). Change that row instead.</source>
        <translation>%1 ya está en la hoja (fila %2). Cambie esa fila en su lugar.</translation>
    </message>
    <message>
        <source>Not on the roster: check the name, add a phone number if you have one, and press Enter to add the guest.</source>
        <translation>No está en el padrón: verifique el nombre, agregue un número de teléfono si lo tiene y presione Enter para agregar al invitado.</translation>
    </message>
    <message>
        <source>Added %1 as a walk-up guest.</source>
        <translation>Se agregó a %1 como invitado de última hora.</translation>
    </message>
    <message>
        <source>“%1”: ?</source>
        <translation>“%1”: ?</translation>
    </message>
    <message>
        <source>%1 in: under the minimum</source>
        <translation>%1 pulg: por debajo del mínimo</translation>
    </message>
    <message>
        <source>%1 in = %2 lb</source>
        <translation>%1 pulg = %2 lb</translation>
    </message>
    <message numerus="yes">
        <source>%1 — stringer: %n fish, %2 lb</source>
        <translation>
            <numerusform>%1 — sarta: %n pez, %2 lb</numerusform>
            <numerusform>%1 — sarta: %n peces, %2 lb</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead fish</source>
        <translation>Peces muertos</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutos de retraso</translation>
    </message>
    <message>
        <source>The number of fish</source>
        <translation>El número de peces</translation>
    </message>
    <message>
        <source>Choose a tournament first.</source>
        <translation>Elija primero un torneo.</translation>
    </message>
    <message>
        <source>Choose the angler first.</source>
        <translation>Elija primero al pescador.</translation>
    </message>
    <message>
        <source>Choose the angler: type part of the name and press Enter.</source>
        <translation>Elija al pescador: escriba parte del nombre y presione Enter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has already fished %n tournaments as a guest this year; dues are owed.</source>
        <translation>
            <numerusform>%1 ya pescó %n torneo como invitado este año; debe cuotas.</numerusform>
            <numerusform>%1 ya pescó %n torneos como invitado este año; debe cuotas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Save this entry anyway?</source>
        <translation>%1

¿Guardar esta participación de todos modos?</translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation>Verifique la participación</translation>
    </message>
    <message>
        <source>Not saved: correct the entry or press Enter again to confirm.</source>
        <translation>No se guardó: corrija la participación o presione Enter de nuevo para confirmar.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>The partner “%1” is not on this sheet yet. Weigh them in first, or leave Partner empty and pair them later.</source>
        <translation>El compañero “%1” todavía no está en esta hoja. Pese primero sus peces, o deje Compañero vacío y emparéjelos después.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Saved %1: buy-in.</source>
        <translation>Se guardó %1: sin pescar.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n fish, %2 lb.</source>
        <translation>
            <numerusform>Se guardó %1: %n pez, %2 lb.</numerusform>
            <numerusform>Se guardó %1: %n peces, %2 lb.</numerusform>
        </translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on the sheet.</source>
        <translation>Deshecho: %1 ya no está en la hoja.</translation>
    </message>
    <message>
        <source>%1 is already on this sheet (row %2).</source>
        <translation>%1 ya está en esta hoja (fila %2).</translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation>%1 ya está en el padrón.</translation>
    </message>
    <message>
        <source>%1

Add a different person with the same name as a new walk-up guest?</source>
        <translation>%1

¿Agregar a otra persona con el mismo nombre como nuevo invitado de última hora?</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>%1 Change that row instead.</source>
        <translation>%1 Cambie esa fila en su lugar.</translation>
    </message>
    <message>
        <source>B&amp;uy-in</source>
        <translation>S&amp;in pescar</translation>
    </message>
    <message>
        <source>F&amp;ish</source>
        <translation>Pe&amp;ces</translation>
    </message>
    <message>
        <source>Wei&amp;ght</source>
        <translation>Pes&amp;o</translation>
    </message>
    <message>
        <source>&amp;Big bass</source>
        <translation>Lobina ma&amp;yor</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>solo</translation>
    </message>
    <message>
        <source>The boater&apos;s partner; leave empty for a boat fishing alone</source>
        <translation>El compañero del patrón; déjelo vacío si el bote pesca solo</translation>
    </message>
    <message>
        <source>Boa&amp;ter</source>
        <translation>Patró&amp;n</translation>
    </message>
    <message>
        <source>Team wei&amp;ght</source>
        <translation>Pe&amp;so del equipo</translation>
    </message>
    <message>
        <source>The boat&apos;s fish (both anglers)</source>
        <translation>Los peces del bote (de los dos pescadores)</translation>
    </message>
    <message>
        <source>%1 in weighed %2 lb</source>
        <translation>%1 pulg. pesado %2 lb</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>“%1” fits several anglers (%2): type more of the partner&apos;s name.</source>
        <translation>“%1” corresponde a varios pescadores (%2): escriba más del nombre del compañero.</translation>
    </message>
    <message>
        <source>The partner must be someone else than the boater.</source>
        <translation>El compañero debe ser otra persona que el patrón.</translation>
    </message>
    <message>
        <source>Not saved: %1 is already in a boat with %2. Change that boat instead.</source>
        <translation>No se guardó: %1 ya está en un bote con %2. Cambie ese bote.</translation>
    </message>
    <message>
        <source>Not saved: %1 is already on this sheet (row %2). Change that boat instead.</source>
        <translation>No se guardó: %1 ya está en esta hoja (fila %2). Cambie ese bote.</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>“%1” is not on the roster: add them as a walk-up guest?</source>
        <translation>“%1” no está en la padrón: ¿añadirlo como invitado de última hora?</translation>
    </message>
    <message>
        <source>%1

Save this boat anyway?</source>
        <translation>%1

¿Guardar este bote de todos modos?</translation>
    </message>
    <message>
        <source>Check the boat</source>
        <translation>Revise el bote</translation>
    </message>
    <message>
        <source>Not saved: correct the boat or press Enter again to confirm.</source>
        <translation>No se guardó: corrija el bote o pulse Intro otra vez para confirmar.</translation>
    </message>
    <message>
        <source>Add the boat of %1</source>
        <translation>Añadir el bote de %1</translation>
    </message>
    <message>
        <source>The scale&apos;s %1 lb was not used: this field was typed. Clear it to take the scale&apos;s weight.</source>
        <translation>No se usaron las %1 lb de la báscula: este campo se escribió a mano. Bórrelo para tomar el peso de la báscula.</translation>
    </message>
    <message>
        <source>Weight %1 lb read from the scale.</source>
        <translation>Peso %1 lb leído de la báscula.</translation>
    </message>
    <message>
        <source>Big bass %1 lb read from the scale.</source>
        <translation>Lobina mayor %1 lb leída de la báscula.</translation>
    </message>
    <message>
        <source>Read from the scale. Type to change it.</source>
        <translation>Leído de la báscula. Escriba para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>EntryValidator</name>
    <message>
        <source>%1: numbers cannot be negative.</source>
        <translation>%1: los números no pueden ser negativos.</translation>
    </message>
    <message>
        <source>%1: a fish length cannot be negative.</source>
        <translation>%1: la longitud de un pez no puede ser negativa.</translation>
    </message>
    <message>
        <source>%1: a buy-in cannot also weigh in fish.</source>
        <translation>%1: una inscripción sin pescar no puede pesar peces también.</translation>
    </message>
    <message>
        <source>%1: %2 dead fish but only %3 fish measured.</source>
        <translation>%1: %2 peces muertos pero solo %3 peces medidos.</translation>
    </message>
    <message>
        <source>%1: %2 fish is more than the limit of %3.</source>
        <translation>%1: %2 peces supera el límite de %3.</translation>
    </message>
    <message>
        <source>%1: %2 dead fish but only %3 fish weighed.</source>
        <translation>%1: %2 peces muertos pero solo %3 peces pesados.</translation>
    </message>
    <message>
        <source>%1: the big bass (%2 lb) weighs more than the whole stringer (%3 lb).</source>
        <translation>%1: la lobina mayor (%2 lb) pesa más que toda la sarta (%3 lb).</translation>
    </message>
    <message>
        <source>%1: a weight of %2 lb with no fish. Enter the number of fish.</source>
        <translation>%1: un peso de %2 lb sin peces. Escriba el número de peces.</translation>
    </message>
    <message>
        <source>%1: %2 fish but no weight. Enter the stringer weight.</source>
        <translation>%1: %2 peces pero sin peso. Escriba el peso de la sarta.</translation>
    </message>
    <message>
        <source>%1: %2 lb is over %3 lb; check the scale reading.</source>
        <translation>%1: %2 lb supera %3 lb; verifique la lectura de la báscula.</translation>
    </message>
    <message>
        <source>%1: a big bass of %2 lb is over %3 lb; check the scale reading.</source>
        <translation>%1: una lobina mayor de %2 lb supera %3 lb; verifique la lectura de la báscula.</translation>
    </message>
    <message>
        <source>%1: %2 fish weighing %3 lb is an unusual average per fish (expected %4 to %5 lb); check the fish count and weight.</source>
        <translation>%1: %2 peces que pesan %3 lb dan un promedio por pez inusual (se esperaba de %4 a %5 lb); verifique el número de peces y el peso.</translation>
    </message>
    <message>
        <source>%1 is entered twice (also on line %2).</source>
        <translation>%1 está registrado dos veces (también en la línea %2).</translation>
    </message>
    <message>
        <source>%1 is entered twice in this tournament.</source>
        <translation>%1 está registrado dos veces en este torneo.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New calendar event</source>
        <translation>Nuevo evento del calendario</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Evento del calendario</translation>
    </message>
    <message>
        <source>for example: Monthly meeting</source>
        <translation>por ejemplo: Reunión mensual</translation>
    </message>
    <message>
        <source>hh:mm, empty: all day</source>
        <translation>hh:mm; vacío: todo el día</translation>
    </message>
    <message>
        <source>hh:mm, optional</source>
        <translation>hh:mm, opcional</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Cancelled (stays on the calendar, shown as cancelled)</source>
        <translation>&amp;Cancelado (sigue en el calendario, marcado como cancelado)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>&amp;Empieza</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <source>&amp;Lake</source>
        <translation>&amp;Lago</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 18:30.</source>
        <translation>“%1” no es una hora; escríbala como 18:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 20:00.</source>
        <translation>“%1” no es una hora; escríbala como 20:00.</translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo del club abierto.</translation>
    </message>
</context>
<context>
    <name>FeeCheckModel</name>
    <message>
        <source>Choose an angler.</source>
        <translation>Elija un pescador.</translation>
    </message>
    <message>
        <source>Weighed in but no entry fee is recorded.</source>
        <translation>Pesó sus peces pero no hay inscripción registrada.</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (invitado)</translation>
    </message>
    <message>
        <source>buy-in</source>
        <translation>sin pescar</translation>
    </message>
    <message>
        <source>fished</source>
        <translation>pescó</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>owes</source>
        <translation>debe</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Weigh-in</source>
        <translation>Pesaje</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>Fetching changes from the server failed: %1 Nothing was changed on this laptop.</source>
        <translation>Falló la obtención de cambios del servidor: %1 No se cambió nada en esta laptop.</translation>
    </message>
    <message>
        <source>start fetching changes</source>
        <translation>comenzar a obtener cambios</translation>
    </message>
    <message>
        <source>fetch changes</source>
        <translation>obtener cambios</translation>
    </message>
    <message>
        <source>finish fetching changes</source>
        <translation>terminar de obtener cambios</translation>
    </message>
    <message>
        <source>count the server&apos;s records</source>
        <translation>contar los registros del servidor</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Weigh-in %1</source>
        <translation>Pesaje %1</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Could not write the calendar &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar el calendario &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Roster</source>
        <translation>Importar padrón</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet (Excel: &quot;CSV UTF-8&quot;; Google Sheets: File &gt; Download &gt; CSV).</source>
        <translation>Elija un archivo CSV guardado desde una hoja de cálculo (Excel: &quot;CSV UTF-8&quot;; Google Sheets: Archivo &gt; Descargar &gt; CSV).</translation>
    </message>
    <message>
        <source>&amp;Choose File...</source>
        <translation>&amp;Elegir archivo...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 already up to date, %4 skipped.</source>
        <translation>%1 por agregar, %2 por actualizar, %3 ya actualizados, %4 omitidos.</translation>
    </message>
    <message>
        <source>The Problems column says why, by line of the file.</source>
        <translation>La columna Problemas indica el motivo, por línea del archivo.</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import.</source>
        <translation>No se guarda nada hasta que presione Importar.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added to the roster, %3 updated.</source>
        <translation>Importado %1: %2 añadidos al padrón, %3 actualizados.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Socio desde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ImportRosterCommand</name>
    <message>
        <source>Import roster (%1 added, %2 updated)</source>
        <translation>Importar padrón (%1 agregados, %2 actualizados)</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is already on the roster or has a problem.</source>
        <translation>No hay nada que importar: cada fila ya está en el padrón o tiene un problema.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>LakeHistoryWidget</name>
    <message>
        <source>Lake history</source>
        <translation>Historia del lago</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Lago</translation>
    </message>
    <message>
        <source>Anglers</source>
        <translation>Pescadores</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Ceros</translation>
    </message>
    <message>
        <source>Top three (lb)</source>
        <translation>Tres mejores (lb)</translation>
    </message>
    <message>
        <source>The same month in the previous four years</source>
        <translation>El mismo mes en los cuatro años anteriores</translation>
    </message>
    <message>
        <source>The club&apos;s history could not be read: %1</source>
        <translation>No se pudo leer la historia del club: %1</translation>
    </message>
    <message>
        <source>Choose a lake to see how the club has fished it.</source>
        <translation>Elija un lago para ver cómo lo ha pescado el club.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the club has not fished it before this date.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: el club no lo ha pescado antes de esta fecha.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: fished %n times, last on %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: pescado %n vez, la última el %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: pescado %n veces, la última el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Average weight per angler: %1 lb</source>
        <translation>Peso promedio por pescador: %1 lb</translation>
    </message>
    <message>
        <source>Limits: %1 · zeros: %2</source>
        <translation>Límites: %1 · ceros: %2</translation>
    </message>
    <message>
        <source>Biggest bass: none weighed</source>
        <translation>Lobina mayor: ninguna pesada</translation>
    </message>
    <message>
        <source>Biggest bass: %1 lb (%2, %3)</source>
        <translation>Lobina mayor: %1 lb (%2, %3)</translation>
    </message>
    <message>
        <source>%1 in the previous four years:</source>
        <translation>%1 en los cuatro años anteriores:</translation>
    </message>
    <message>
        <source>no tournament</source>
        <translation>sin torneo</translation>
    </message>
</context>
<context>
    <name>LakeStore</name>
    <message>
        <source>read the lakes</source>
        <translation>leer los lagos</translation>
    </message>
    <message>
        <source>read the ramps</source>
        <translation>leer las rampas</translation>
    </message>
    <message>
        <source>Enter the lake&apos;s name.</source>
        <translation>Escriba el nombre del lago.</translation>
    </message>
    <message>
        <source>%1 is already in the list of lakes.</source>
        <translation>%1 ya está en la lista de lagos.</translation>
    </message>
    <message>
        <source>Enter the ramp&apos;s name.</source>
        <translation>Escriba el nombre de la rampa.</translation>
    </message>
    <message>
        <source>read the lake</source>
        <translation>leer el lago</translation>
    </message>
    <message>
        <source>read the ramp</source>
        <translation>leer la rampa</translation>
    </message>
    <message>
        <source>The map link &quot;%1&quot; is not a web address; copy it from the browser (it starts with https://).</source>
        <translation>El enlace del mapa &quot;%1&quot; no es una dirección web; cópielo del navegador (empieza con https://).</translation>
    </message>
    <message>
        <source>A latitude is between -90 and 90 degrees.</source>
        <translation>Una latitud está entre -90 y 90 grados.</translation>
    </message>
    <message>
        <source>A longitude is between -180 and 180 degrees.</source>
        <translation>Una longitud está entre -180 y 180 grados.</translation>
    </message>
    <message>
        <source>Enter both the latitude and the longitude of the ramp, or neither.</source>
        <translation>Escriba la latitud y la longitud de la rampa, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>count what uses the lake</source>
        <translation>contar lo que usa el lago</translation>
    </message>
    <message>
        <source>count what uses the ramp</source>
        <translation>contar lo que usa la rampa</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n tournament(s) and %2 use it. Choose another place for them first.</source>
        <translation>
            <numerusform>No se puede eliminar %1: lo usan %n torneo y %2. Primero elija otro lugar para ellos.</numerusform>
            <numerusform>No se puede eliminar %1: lo usan %n torneos y %2. Primero elija otro lugar para ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n evento del calendario</numerusform>
            <numerusform>%n eventos del calendario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n tournament(s) use it. Choose another place for them first.</source>
        <translation>
            <numerusform>No se puede eliminar %1: lo usa %n torneo. Primero elija otro lugar para él.</numerusform>
            <numerusform>No se puede eliminar %1: lo usan %n torneos. Primero elija otro lugar para ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n calendar event(s) use it. Choose another lake for them first.</source>
        <translation>
            <numerusform>No se puede eliminar %1: lo usa %n evento del calendario. Primero elija otro lago para él.</numerusform>
            <numerusform>No se puede eliminar %1: lo usan %n eventos del calendario. Primero elija otro lago para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lake no longer exists.</source>
        <translation>El lago ya no existe.</translation>
    </message>
    <message>
        <source>The ramp no longer exists.</source>
        <translation>La rampa ya no existe.</translation>
    </message>
    <message>
        <source>bring back the deleted record</source>
        <translation>recuperar el registro eliminado</translation>
    </message>
    <message>
        <source>The deleted record could not be found to bring it back.</source>
        <translation>No se encontró el registro eliminado para recuperarlo.</translation>
    </message>
</context>
<context>
    <name>LakesDialog</name>
    <message>
        <source>Lakes and ramps</source>
        <translation>Lagos y rampas</translation>
    </message>
    <message>
        <source>&amp;Lakes</source>
        <translation>&amp;Lagos</translation>
    </message>
    <message>
        <source>&amp;Add Lake…</source>
        <translation>&amp;Agregar lago…</translation>
    </message>
    <message>
        <source>D&amp;elete Lake</source>
        <translation>&amp;Eliminar lago</translation>
    </message>
    <message>
        <source>Only a lake no tournament uses can be deleted</source>
        <translation>Solo se puede eliminar un lago que ningún torneo usa</translation>
    </message>
    <message>
        <source>https://… (copied from the browser&apos;s map)</source>
        <translation>https://… (copiado del mapa en el navegador)</translation>
    </message>
    <message>
        <source>&amp;Open Map</source>
        <translation>Ver ma&amp;pa</translation>
    </message>
    <message>
        <source>Opens the map link in the browser</source>
        <translation>Abre el enlace del mapa en el navegador</translation>
    </message>
    <message>
        <source>&amp;Paper tournaments (fish measured, not weighed)</source>
        <translation>T&amp;orneos de papel (peces medidos, no pesados)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Lake</source>
        <translation>&amp;Guardar lago</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Rampa</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Ramp&amp;s (type in a cell to change it)</source>
        <translation>&amp;Rampas (escriba en una celda para cambiarla)</translation>
    </message>
    <message>
        <source>Add &amp;Ramp…</source>
        <translation>N&amp;ueva rampa…</translation>
    </message>
    <message>
        <source>Dele&amp;te Ramp</source>
        <translation>Elim&amp;inar rampa</translation>
    </message>
    <message>
        <source>S&amp;how Ramp on Map</source>
        <translation>Mos&amp;trar rampa en el mapa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Takes back the last change (also Edit &gt; Undo)</source>
        <translation>Deshace el último cambio (también Edición &gt; Deshacer)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Map link</source>
        <translation>Enlace del &amp;mapa</translation>
    </message>
    <message>
        <source>Add a lake</source>
        <translation>Agregar un lago</translation>
    </message>
    <message>
        <source>The lake&apos;s name:</source>
        <translation>Nombre del lago:</translation>
    </message>
    <message>
        <source>Add a ramp</source>
        <translation>Agregar una rampa</translation>
    </message>
    <message>
        <source>The ramp&apos;s name:</source>
        <translation>Nombre de la rampa:</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>There is no map link to open.</source>
        <translation>No hay enlace de mapa para abrir.</translation>
    </message>
    <message>
        <source>The browser could not be started for %1.</source>
        <translation>No se pudo abrir el navegador para %1.</translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo del club abierto.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 agregado.</translation>
    </message>
    <message>
        <source>Choose a lake first.</source>
        <translation>Primero elija un lago.</translation>
    </message>
    <message>
        <source>The lake no longer exists.</source>
        <translation>El lago ya no existe.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Deleted %1 (Undo brings it back).</source>
        <translation>%1 eliminado (Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>Added %1; type its latitude and longitude if you know them.</source>
        <translation>%1 agregada; escriba su latitud y longitud si las sabe.</translation>
    </message>
    <message>
        <source>Choose a ramp first.</source>
        <translation>Primero elija una rampa.</translation>
    </message>
    <message>
        <source>The ramp no longer exists.</source>
        <translation>La rampa ya no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude; write it as 30.391.</source>
        <translation>“%1” no es una latitud; escríbala como 30.391.</translation>
    </message>
    <message>
        <source>“%1” is not a longitude; write it as -97.910.</source>
        <translation>“%1” no es una longitud; escríbala como -97.910.</translation>
    </message>
</context>
<context>
    <name>LeaderboardDisplay</name>
    <message>
        <source>Leaderboard Display</source>
        <translation>Pantalla de clasificación</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Big bass: %1, %2 lb</source>
        <translation>Lobina mayor: %1, %2 lb</translation>
    </message>
    <message>
        <source>No tournament to show yet.</source>
        <translation>Todavía no hay torneo que mostrar.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Net lb</source>
        <translation>lb netas</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No weigh-ins yet.</source>
        <translation>Todavía no hay pesajes.</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>Botes</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bote</translation>
    </message>
    <message>
        <source>Weight lb</source>
        <translation>Peso lb</translation>
    </message>
    <message>
        <source>Big bass and payouts</source>
        <translation>Lobina mayor y premios</translation>
    </message>
    <message>
        <source>Weight / payout</source>
        <translation>Peso / premio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>%1 (place money)</source>
        <translation>%1 (premio por lugar)</translation>
    </message>
    <message>
        <source>BB</source>
        <translation>LM</translation>
    </message>
    <message>
        <source>%1 (big bass)</source>
        <translation>%1 (lobina mayor)</translation>
    </message>
    <message>
        <source>Season %1 standings</source>
        <translation>Clasificación de la temporada %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>%1   (%2 of %3)</source>
        <translation>%1   (%2 de %3)</translation>
    </message>
    <message>
        <source>   paused</source>
        <translation>   en pausa</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Esc closes · ← → turn the pages · Space pauses</source>
        <translation>Esc cierra · ← → pasan las páginas · Espacio pausa</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>M</source>
        <translation>S</translation>
    </message>
    <message>
        <source>G</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>M/G</source>
        <translation>S/I</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>DQ</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bote</translation>
    </message>
</context>
<context>
    <name>LeaderboardServer</name>
    <message>
        <source>Could not share the leaderboard on %1 port %2: %3. Another program may be using the port; choose another with --port.</source>
        <translation>No se pudo compartir la clasificación en %1, puerto %2: %3. Quizá otro programa usa el puerto; elija otro con --port.</translation>
    </message>
    <message>
        <source>The club file could not be read: %1</source>
        <translation>No se pudo leer el archivo del club: %1</translation>
    </message>
    <message>
        <source>There is no tournament on %1.</source>
        <translation>No hay ningún torneo el %1.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>Botes</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Pl</source>
        <translation>Lug</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>BB</source>
        <translation>LM</translation>
    </message>
    <message>
        <source>Pts</source>
        <translation>Pts</translation>
    </message>
    <message>
        <source>Anglers</source>
        <translation>Pescadores</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>No tournament to show yet.</source>
        <translation>Todavía no hay torneo que mostrar.</translation>
    </message>
    <message>
        <source>No weigh-ins yet.</source>
        <translation>Todavía no hay pesajes.</translation>
    </message>
    <message>
        <source>No big bass yet.</source>
        <translation>Todavía no hay lobina mayor.</translation>
    </message>
    <message>
        <source>No standings yet.</source>
        <translation>Todavía no hay clasificación.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>buy-in</source>
        <translation>sin pescar</translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>Desc.</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>New ledger entry</source>
        <translation>Nuevo asiento</translation>
    </message>
    <message>
        <source>Money out of the fund</source>
        <translation>Dinero que sale del fondo</translation>
    </message>
    <message>
        <source>Money into the fund</source>
        <translation>Dinero que entra al fondo</translation>
    </message>
    <message>
        <source>25.00</source>
        <translation>25.00</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>Para qué fue</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>F&amp;ondo:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>Mo&amp;vimiento:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Méto&amp;do:</translation>
    </message>
    <message>
        <source>An amount of $0.00 records nothing; enter the amount that moved.</source>
        <translation>Un monto de $0.00 no registra nada; escriba el monto que se movió.</translation>
    </message>
    <message>
        <source>Say in a few words what the money was for.</source>
        <translation>Indique en pocas palabras para qué fue el dinero.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Record Entry</source>
        <translation>&amp;Registrar asiento</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Reversed by a later entry.</source>
        <translation>Revertido por un asiento posterior.</translation>
    </message>
    <message>
        <source>Reverses an earlier entry.</source>
        <translation>Revierte un asiento anterior.</translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation>%1 (reversión)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>Dues</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Entry fee</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Buy-in</source>
        <translation>Sin pescar</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Big bass pot</source>
        <translation>Bolsa de lobina mayor</translation>
    </message>
    <message>
        <source>Carryover</source>
        <translation>Saldo acumulado</translation>
    </message>
    <message>
        <source>Club fund</source>
        <translation>Fondo del club</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Caridad</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Tournament pot</source>
        <translation>Bolsa del torneo</translation>
    </message>
    <message>
        <source>No club database is open.</source>
        <translation>No hay ninguna base de datos del club abierta.</translation>
    </message>
    <message>
        <source>An amount of $0.00 records nothing; enter the amount that moved.</source>
        <translation>Un monto de $0.00 no registra nada; escriba el monto que se movió.</translation>
    </message>
    <message>
        <source>Enter the date the money moved.</source>
        <translation>Escriba la fecha en que se movió el dinero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way of paying; use cash, check or online.</source>
        <translation>&quot;%1&quot; no es una forma de pago; use cash, check u online.</translation>
    </message>
    <message>
        <source>The season %1 is out of range.</source>
        <translation>La temporada %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>look up the angler</source>
        <translation>buscar al pescador</translation>
    </message>
    <message>
        <source>The angler of this entry is no longer on the roster.</source>
        <translation>El pescador de este asiento ya no está en el padrón.</translation>
    </message>
    <message>
        <source>look up the tournament</source>
        <translation>buscar el torneo</translation>
    </message>
    <message>
        <source>The tournament of this entry no longer exists.</source>
        <translation>El torneo de este asiento ya no existe.</translation>
    </message>
    <message>
        <source>read the ledger entry</source>
        <translation>leer el asiento del libro</translation>
    </message>
    <message>
        <source>That ledger entry is not in the ledger.</source>
        <translation>Ese asiento no está en el libro.</translation>
    </message>
    <message>
        <source>This entry was already reversed; nothing was changed.</source>
        <translation>Este asiento ya se revirtió; no se cambió nada.</translation>
    </message>
    <message>
        <source>This entry is itself a reversal; to put the money back, record the original entry again.</source>
        <translation>Este asiento es en sí una reversión; para devolver el dinero, registre de nuevo el asiento original.</translation>
    </message>
    <message>
        <source>Reverses the entry of %1</source>
        <translation>Revierte el asiento de %1</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>leer el libro</translation>
    </message>
    <message>
        <source>read the tournament&apos;s ledger entries</source>
        <translation>leer los asientos del libro del torneo</translation>
    </message>
    <message>
        <source>add up the fund balances</source>
        <translation>sumar los saldos de los fondos</translation>
    </message>
    <message>
        <source>read the season&apos;s tournaments</source>
        <translation>leer los torneos de la temporada</translation>
    </message>
    <message>
        <source>read the seasons</source>
        <translation>leer las temporadas</translation>
    </message>
</context>
<context>
    <name>LiveActions</name>
    <message>
        <source>&amp;Share the Leaderboard…</source>
        <translation>&amp;Compartir la clasificación…</translation>
    </message>
    <message>
        <source>Let phones on this network see the live leaderboard</source>
        <translation>Permite que los teléfonos de esta red vean la clasificación en vivo</translation>
    </message>
    <message>
        <source>Leaderboard &amp;Display</source>
        <translation>Pantalla &amp;de clasificación</translation>
    </message>
    <message>
        <source>Show the live leaderboard full screen, for a TV or projector</source>
        <translation>Muestra la clasificación en vivo a pantalla completa, para un televisor o proyector</translation>
    </message>
    <message>
        <source>Share the Leaderboard</source>
        <translation>Compartir la clasificación</translation>
    </message>
    <message>
        <source>Open a club first.</source>
        <translation>Abra primero un club.</translation>
    </message>
</context>
<context>
    <name>LiveBoard</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Final results</source>
        <translation>Resultados finales</translation>
    </message>
    <message>
        <source>Weigh-in under way</source>
        <translation>Pesaje en curso</translation>
    </message>
    <message>
        <source>No weigh-ins yet</source>
        <translation>Todavía no hay pesajes</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>Could not open the club database &quot;%1&quot;: %2</source>
        <translation>No se pudo abrir la base de datos del club &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>fold the journal into the club database</source>
        <translation>incorporar el diario a la base de datos del club</translation>
    </message>
    <message>
        <source>prepare the club database</source>
        <translation>preparar la base de datos del club</translation>
    </message>
    <message>
        <source>read the database version</source>
        <translation>leer la versión de la base de datos</translation>
    </message>
    <message>
        <source>The club database &quot;%1&quot; is not ready for syncing (version %2). Open it with this version of the app first.</source>
        <translation>La base de datos del club &quot;%1&quot; no está lista para sincronizar (versión %2). Ábrala primero con esta versión de la aplicación.</translation>
    </message>
    <message>
        <source>read this laptop&apos;s device id</source>
        <translation>leer el id de dispositivo de esta laptop</translation>
    </message>
    <message>
        <source>read the columns of %1</source>
        <translation>leer las columnas de %1</translation>
    </message>
    <message>
        <source>start saving</source>
        <translation>comenzar a guardar</translation>
    </message>
    <message>
        <source>save the sync</source>
        <translation>guardar la sincronización</translation>
    </message>
    <message>
        <source>undo the unsaved changes</source>
        <translation>deshacer los cambios sin guardar</translation>
    </message>
    <message>
        <source>read the sync state</source>
        <translation>leer el estado de sincronización</translation>
    </message>
    <message>
        <source>save the sync state</source>
        <translation>guardar el estado de sincronización</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Sea&amp;son:</source>
        <translation>Te&amp;mporada:</translation>
    </message>
    <message>
        <source>Search: tournament, officer, angler…</source>
        <translation>Buscar: torneo, directivo, pescador…</translation>
    </message>
    <message>
        <source>Every finalize and unlock, every correction of a member flag, and every change to the results of a tournament after it was finalized, with who made it.</source>
        <translation>Cada finalización y desbloqueo, cada corrección de la condición de socio y cada cambio en los resultados de un torneo después de finalizado, con quién lo hizo.</translation>
    </message>
    <message>
        <source>All seasons</source>
        <translation>Todas las temporadas</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s)</source>
        <translation>
            <numerusform>%1 de %n línea</numerusform>
            <numerusform>%1 de %n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginsDialog</name>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretario</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Tesorero</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Club Logins</source>
        <translation>Usuarios del club</translation>
    </message>
    <message>
        <source>Who may sign in to the club&apos;s server, and with which role. A disabled login can no longer sign in; its records stay.</source>
        <translation>Quién puede iniciar sesión en el servidor del club y con qué función. Un usuario desactivado ya no puede iniciar sesión; sus registros se conservan.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add login…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Added the login %1 (%2).</source>
        <translation>Se agregó el usuario %1 (%2).</translation>
    </message>
    <message>
        <source>%1 already was the club&apos;s login (%2); its password was changed.</source>
        <translation>%1 ya era usuario del club (%2); se cambió su contraseña.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; what they recorded stays.</source>
        <translation>%1 ya no puede iniciar sesión; lo que registró se conserva.</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; they can change it on their Sync page.</source>
        <translation>Una nueva contraseña para %1. Dígasela en persona; puede cambiarla en su página Sincronizar.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Se restableció la contraseña de %1.</translation>
    </message>
    <message>
        <source>Reader (reads the club&apos;s views only)</source>
        <translation>Lector (solo lee las vistas del club)</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>Club E-mail &amp;Settings…</source>
        <translation>&amp;Configuración del correo del club…</translation>
    </message>
    <message>
        <source>&amp;Write to the Members…</source>
        <translation>&amp;Escribir a los socios…</translation>
    </message>
    <message>
        <source>&amp;Outbox and Sent…</source>
        <translation>&amp;Bandeja de salida y enviados…</translation>
    </message>
    <message>
        <source>The club&apos;s mail server, From and Reply-To; a test message</source>
        <translation>El servidor de correo del club, el remitente y la dirección de respuesta; un mensaje de prueba</translation>
    </message>
    <message>
        <source>E-mail a tournament&apos;s results, the season standings or news to the members</source>
        <translation>Enviar por correo a los socios los resultados de un torneo, la clasificación de la temporada o noticias</translation>
    </message>
    <message>
        <source>Messages waiting to go, sent, or failed, with the server&apos;s answer</source>
        <translation>Mensajes por enviar, enviados o fallidos, con la respuesta del servidor</translation>
    </message>
    <message>
        <source>Club e-mail settings saved.</source>
        <translation>Configuración del correo del club guardada.</translation>
    </message>
    <message>
        <source>The message is in the outbox.</source>
        <translation>El mensaje está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The message waits in the outbox: %1</source>
        <translation>El mensaje espera en la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Enviado a %n destinatario.</numerusform>
            <numerusform>Enviado a %n destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>the club&apos;s e-mail is not set up (Mailbox &gt; Club E-mail Settings)</source>
        <translation>el correo del club no está configurado (Buzón &gt; Configuración del correo del club)</translation>
    </message>
    <message>
        <source>no password is stored for %1; type it in Mailbox &gt; Club E-mail Settings</source>
        <translation>no hay contraseña guardada para %1; escríbala en Buzón &gt; Configuración del correo del club</translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>Could not make a temporary folder for the PDF: %1</source>
        <translation>No se pudo crear una carpeta temporal para el PDF: %1</translation>
    </message>
    <message>
        <source>Could not read the PDF back: %1</source>
        <translation>No se pudo volver a leer el PDF: %1</translation>
    </message>
    <message>
        <source>
--
You get the club&apos;s e-mail because you asked for it. To stop it, or to get only some of it, reply to this message and the secretary will change it.
</source>
        <translation>
--
Recibe el correo del club porque lo pidió. Para dejar de recibirlo, o recibir solo una parte, responda a este mensaje y el secretario lo cambiará.
</translation>
    </message>
    <message>
        <source>The same, ready to print, is attached (%1.pdf).</source>
        <translation>Lo mismo, listo para imprimir, va adjunto (%1.pdf).</translation>
    </message>
    <message>
        <source>%1 was cancelled; there are no results to send.</source>
        <translation>%1 se canceló; no hay resultados que enviar.</translation>
    </message>
    <message>
        <source>The results of %1 are not final yet; finalize them on the Weigh-in page first.</source>
        <translation>Los resultados de %1 aún no son definitivos; finalícelos primero en la página de pesaje.</translation>
    </message>
    <message>
        <source>%1: results of %2, %3</source>
        <translation>%1: resultados de %2, %3</translation>
    </message>
    <message>
        <source>The results of %1 on %2: the standings of the day, big bass and payouts.</source>
        <translation>Los resultados de %1 del %2: la clasificación del día, la lobina mayor y los premios.</translation>
    </message>
    <message>
        <source>%1: Angler of the Year standings %2</source>
        <translation>%1: clasificación del Pescador del Año %2</translation>
    </message>
    <message>
        <source>The Angler of the Year standings of %1 so far.</source>
        <translation>La clasificación del Pescador del Año de %1 hasta ahora.</translation>
    </message>
    <message>
        <source>Write a subject for the news.</source>
        <translation>Escriba un asunto para la noticia.</translation>
    </message>
    <message>
        <source>Write the news itself.</source>
        <translation>Escriba la noticia.</translation>
    </message>
    <message>
        <source>The news holds invisible control characters; type it again or paste it as plain text.</source>
        <translation>La noticia contiene caracteres de control invisibles; escríbala de nuevo o péguela como texto sin formato.</translation>
    </message>
    <message>
        <source>Test message from SABC Tournament Manager</source>
        <translation>Mensaje de prueba de SABC Tournament Manager</translation>
    </message>
    <message>
        <source>This is a test of the club&apos;s e-mail settings (server %1, port %2). If you read this, the members&apos; mail will go out the same way.
</source>
        <translation>Esta es una prueba de la configuración del correo del club (servidor %1, puerto %2). Si lee esto, el correo de los socios saldrá de la misma manera.
</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>The app stopped while this batch was being sent; it may have gone out. Retry sends it again (some members may then get it twice).</source>
        <translation>La aplicación se detuvo mientras se enviaba esta tanda; puede que haya salido. Reintentar la envía de nuevo (algunos socios podrían recibirla dos veces).</translation>
    </message>
    <message>
        <source>The message disappeared.</source>
        <translation>El mensaje desapareció.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server refused %n recipient(s): %2</source>
        <translation>
            <numerusform>%1: el servidor rechazó %n destinatario: %2</numerusform>
            <numerusform>%1: el servidor rechazó %n destinatarios: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server closed the connection (%1); the rest waits in the outbox.</source>
        <translation>El servidor de correo cerró la conexión (%1); el resto espera en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Send a &amp;Test to Me</source>
        <translation>Enviarme una &amp;prueba</translation>
    </message>
    <message>
        <source>Club E-mail Settings</source>
        <translation>Configuración del correo del club</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente el puerto 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (normalmente el puerto 465)</translation>
    </message>
    <message>
        <source>None (only a server on this computer)</source>
        <translation>Ninguna (solo un servidor en esta computadora)</translation>
    </message>
    <message>
        <source>often the club&apos;s address</source>
        <translation>a menudo la dirección del club</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>secretary@example.org</source>
        <translation>secretario@example.org</translation>
    </message>
    <message>
        <source>empty: replies go to From</source>
        <translation>vacío: las respuestas van al remitente</translation>
    </message>
    <message>
        <source>What the mail server answers to the test appears here.</source>
        <translation>Aquí aparece lo que responde el servidor de correo a la prueba.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Usuari&amp;o:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>&amp;Reply-To:</source>
        <translation>Responder &amp;a:</translation>
    </message>
    <message>
        <source>Recipients per &amp;message:</source>
        <translation>Destinatarios por &amp;mensaje:</translation>
    </message>
    <message>
        <source>Members get the club&apos;s mail as hidden copies (BCC), this many to a message; the To line shows the From address only.</source>
        <translation>Los socios reciben el correo del club como copias ocultas (CCO), esta cantidad por mensaje; la línea Para muestra solo la dirección del remitente.</translation>
    </message>
    <message>
        <source>No password is stored for %1 yet; type it in Password.</source>
        <translation>Aún no hay contraseña guardada para %1; escríbala en Contraseña.</translation>
    </message>
    <message>
        <source>The club database is closed.</source>
        <translation>La base de datos del club está cerrada.</translation>
    </message>
    <message>
        <source>Sending a test to %1…</source>
        <translation>Enviando una prueba a %1…</translation>
    </message>
    <message>
        <source>The server took the test message for %1: %2</source>
        <translation>El servidor aceptó el mensaje de prueba para %1: %2</translation>
    </message>
</context>
<context>
    <name>MailStore</name>
    <message>
        <source>read the mail settings</source>
        <translation>leer la configuración del correo</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none as the security.</source>
        <translation>Elija STARTTLS, TLS o ninguna como seguridad.</translation>
    </message>
    <message>
        <source>Enter the club&apos;s address as From (like secretary@example.org).</source>
        <translation>Escriba la dirección del club como remitente (como secretario@example.org).</translation>
    </message>
    <message>
        <source>%1 is a placeholder address; enter one that receives mail.</source>
        <translation>%1 es una dirección de relleno; escriba una que reciba correo.</translation>
    </message>
    <message>
        <source>Recipients per message must be from 1 to 1000.</source>
        <translation>Los destinatarios por mensaje deben ser de 1 a 1000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (Reply-To).</source>
        <translation>«%1» no es una dirección de correo (Responder a).</translation>
    </message>
    <message>
        <source>store the mail settings</source>
        <translation>guardar la configuración del correo</translation>
    </message>
    <message>
        <source>read who gets the club&apos;s e-mail</source>
        <translation>leer quién recibe el correo del club</translation>
    </message>
    <message>
        <source>Nobody would get this message: no one on the roster has opted in with a real e-mail address.</source>
        <translation>Nadie recibiría este mensaje: nadie del padrón aceptó el correo con una dirección real.</translation>
    </message>
    <message>
        <source>put the message in the outbox</source>
        <translation>poner el mensaje en la bandeja de salida</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>leer la bandeja de salida</translation>
    </message>
    <message>
        <source>read the message</source>
        <translation>leer el mensaje</translation>
    </message>
    <message>
        <source>That message is no longer in the outbox.</source>
        <translation>Ese mensaje ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>mark the batch as being sent</source>
        <translation>marcar la tanda como en envío</translation>
    </message>
    <message>
        <source>record how the batch went</source>
        <translation>registrar cómo fue la tanda</translation>
    </message>
    <message>
        <source>put the message back in the outbox</source>
        <translation>volver a poner el mensaje en la bandeja de salida</translation>
    </message>
    <message>
        <source>cancel the message</source>
        <translation>cancelar el mensaje</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced %1 (pushed %2, pulled %3)</source>
        <translation>Sincronizado %1 (enviados %2, recibidos %3)</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Error al sincronizar</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Padrón</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Weigh-in</source>
        <translation>Pesaje</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Tesorería</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;New Club…</source>
        <translation>&amp;Nuevo club…</translation>
    </message>
    <message>
        <source>Start a new club in a new database file</source>
        <translation>Iniciar un club nuevo en un archivo de base de datos nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open another club database file</source>
        <translation>Abrir otro archivo de base de datos del club</translation>
    </message>
    <message>
        <source>&amp;Back Up To…</source>
        <translation>&amp;Respaldar en…</translation>
    </message>
    <message>
        <source>Save a complete copy of the club database</source>
        <translation>Guardar una copia completa de la base de datos del club</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the table of this page</source>
        <translation>Buscar en la tabla de esta página</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Padrón</translation>
    </message>
    <message>
        <source>&amp;Tournaments</source>
        <translation>&amp;Torneos</translation>
    </message>
    <message>
        <source>&amp;Weigh-in</source>
        <translation>Pesa&amp;je</translation>
    </message>
    <message>
        <source>&amp;Standings</source>
        <translation>&amp;Clasificación</translation>
    </message>
    <message>
        <source>Tr&amp;easury</source>
        <translation>Tes&amp;orería</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;About SABC Tournament Manager</source>
        <translation>&amp;Acerca de SABC Tournament Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>T&amp;ournament</source>
        <translation>&amp;Torneo</translation>
    </message>
    <message>
        <source>&amp;New Tournament…</source>
        <translation>&amp;Nuevo torneo…</translation>
    </message>
    <message>
        <source>&amp;Edit Tournament…</source>
        <translation>&amp;Editar torneo…</translation>
    </message>
    <message>
        <source>&amp;Delete Tournament</source>
        <translation>E&amp;liminar torneo</translation>
    </message>
    <message>
        <source>Create &amp;Season Schedule…</source>
        <translation>Crear calendario de la &amp;temporada…</translation>
    </message>
    <message>
        <source>&amp;Weigh-in Sheet</source>
        <translation>Hoja de &amp;pesaje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>E&amp;spañol</source>
        <translation>E&amp;spañol</translation>
    </message>
    <message>
        <source>The new language is used the next time the app starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Could not open the club database</source>
        <translation>No se pudo abrir la base de datos del club</translation>
    </message>
    <message>
        <source>The demo club is ready.</source>
        <translation>El club de demostración está listo.</translation>
    </message>
    <message>
        <source>Your club is ready.</source>
        <translation>Su club está listo.</translation>
    </message>
    <message>
        <source>New Club Database</source>
        <translation>Nueva base de datos del club</translation>
    </message>
    <message>
        <source>Club databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos del club (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not start a new club</source>
        <translation>No se pudo crear un club nuevo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. To work on it, use File ▸ Open.</source>
        <translation>&quot;%1&quot; ya existe. Para trabajar en ella, use Archivo ▸ Abrir.</translation>
    </message>
    <message>
        <source>Open Club Database</source>
        <translation>Abrir base de datos del club</translation>
    </message>
    <message>
        <source>Back Up Club Database</source>
        <translation>Respaldar base de datos del club</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falló el respaldo</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Respaldo guardado en %1</translation>
    </message>
    <message>
        <source>About SABC Tournament Manager</source>
        <translation>Acerca de SABC Tournament Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SABC Tournament Manager %1&lt;/h3&gt;&lt;p&gt;Tournaments, weigh-ins, standings and money for the South Austin Bass Club and clubs like it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SABC Tournament Manager %1&lt;/h3&gt;&lt;p&gt;Torneos, pesajes, clasificaciones y dinero para el South Austin Bass Club y clubes similares.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>SABC Tournament Manager</source>
        <translation>SABC Tournament Manager</translation>
    </message>
    <message>
        <source>No club database open</source>
        <translation>Ningún club abierto</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New database — %1</source>
        <translation>Nueva base de datos — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
    </message>
    <message>
        <source>Synced %1 in part: the server refused some changes (see the Sync page)</source>
        <translation>Sincronizado %1 en parte: el servidor rechazó algunos cambios (vea la página Sincronizar)</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Tamaño del texto %1%</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text on every page</source>
        <translation>Texto más grande en todas las páginas</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text on every page</source>
        <translation>Texto más pequeño en todas las páginas</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>A&amp;lto contraste</translation>
    </message>
    <message>
        <source>Black on white with strong colours, for sunlight</source>
        <translation>Negro sobre blanco con colores fuertes, para el sol</translation>
    </message>
    <message>
        <source>Season &amp;Rules…</source>
        <translation>&amp;Reglas de temporada…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Club databases (*.sqlite *.sabc *.db);;All files (*)</source>
        <translation>Bases de datos del club (*.sqlite *.sabc *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import from the Club &amp;Web Site…</source>
        <translation>Importar del sitio &amp;web del club…</translation>
    </message>
    <message>
        <source>Bring the club&apos;s history in from the web app&apos;s PostgreSQL database</source>
        <translation>Traer la historia del club desde la base PostgreSQL de la aplicación web</translation>
    </message>
    <message>
        <source>Imported from the club web site.</source>
        <translation>Importado del sitio web del club.</translation>
    </message>
    <message>
        <source>Correct the &amp;Member Flag…</source>
        <translation>Corregir la condición de &amp;socio…</translation>
    </message>
    <message>
        <source>Switch the selected entry between member and guest, recorded in the tournament&apos;s log</source>
        <translation>Cambia la participación elegida entre socio e invitado; queda en el registro del torneo</translation>
    </message>
    <message>
        <source>Mailbo&amp;x</source>
        <translation>Bu&amp;zón</translation>
    </message>
    <message>
        <source>&amp;Publish Results…</source>
        <translation>&amp;Publicar resultados…</translation>
    </message>
    <message>
        <source>Write the club&apos;s results as web pages to copy to any web host</source>
        <translation>Escribe los resultados del club como páginas web para copiarlas a cualquier servidor web</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Cal&amp;endario</translation>
    </message>
    <message>
        <source>&amp;Lakes and Ramps…</source>
        <translation>La&amp;gos y rampas…</translation>
    </message>
    <message>
        <source>Club Data</source>
        <translation>Datos del club</translation>
    </message>
    <message>
        <source>Clu&amp;b Data</source>
        <translation>Datos del clu&amp;b</translation>
    </message>
    <message>
        <source>Sc&amp;ale…</source>
        <translation>&amp;Báscula…</translation>
    </message>
    <message>
        <source>Connect the scale: its port, speed and protocol, with a test of the live reading</source>
        <translation>Conectar la báscula: su puerto, velocidad y protocolo, con una prueba de la lectura en vivo</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Duplicate Anglers</source>
        <translation>Fusionar pescadores duplicados</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation>&amp;Conservar este registro:</translation>
    </message>
    <message>
        <source>&amp;Merge this duplicate into it:</source>
        <translation>&amp;Fusionar en él este duplicado:</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>Fusio&amp;nar</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>Cannot merge yet:</source>
        <translation>Todavía no se puede fusionar:</translation>
    </message>
    <message>
        <source>%1 will be kept. %2 will leave the roster; everything below moves to the record kept.</source>
        <translation>Se conservará %1. %2 saldrá del padrón; todo lo que aparece abajo pasa al registro conservado.</translation>
    </message>
    <message>
        <source>Tournament entries (%1)</source>
        <translation>Participaciones en torneos (%1)</translation>
    </message>
    <message>
        <source>Boats (%1)</source>
        <translation>Botes (%1)</translation>
    </message>
    <message>
        <source>Offices (%1)</source>
        <translation>Cargos (%1)</translation>
    </message>
    <message>
        <source>Memberships (%1)</source>
        <translation>Membresías (%1)</translation>
    </message>
    <message>
        <source>Payments (%1), kept in the ledger as written and credited to %2</source>
        <translation>Pagos (%1), conservados en el libro tal como se registraron y acreditados a %2</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Member since: %1</source>
        <translation>Socio desde: %1</translation>
    </message>
    <message>
        <source>Dues paid through: %1</source>
        <translation>Cuotas pagadas hasta: %1</translation>
    </message>
    <message>
        <source>Filled in from the duplicate</source>
        <translation>Completado a partir del duplicado</translation>
    </message>
    <message>
        <source>The duplicate has no history to move.</source>
        <translation>El duplicado no tiene historial que trasladar.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 en %2</translation>
    </message>
    <message>
        <source>%1 (phone %2)</source>
        <translation>%1 (teléfono %2)</translation>
    </message>
    <message>
        <source>Choose the record to keep and the duplicate to merge into it.</source>
        <translation>Elija el registro que se conserva y el duplicado que se fusiona con él.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Ingrese un monto.</translation>
    </message>
    <message>
        <source>That text is too long to be an amount of money.</source>
        <translation>Ese texto es demasiado largo para ser una cantidad de dinero.</translation>
    </message>
    <message>
        <source>An amount cannot be negative; record a correction instead.</source>
        <translation>Un monto no puede ser negativo; registre una corrección en su lugar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Type dollars and cents like 25.00.</source>
        <translation>&quot;%1&quot; no es una cantidad de dinero. Escriba dólares y centavos, como 25.00.</translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation>Ese monto es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>MoneyCheckModel</name>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Engine says</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Ledger holds</source>
        <translation>En el libro</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>NewLoginDialog</name>
    <message>
        <source>Add a Login</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>e.g. jsmith</source>
        <translation>p. ej. jsmith</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Add login</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Enter the login name.</source>
        <translation>Escriba el nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the new login&apos;s password.</source>
        <translation>Escriba la contraseña del nuevo usuario.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Las dos contraseñas no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Club Officers</source>
        <translation>Directiva del club</translation>
    </message>
    <message>
        <source>&amp;Season:</source>
        <translation>&amp;Temporada:</translation>
    </message>
    <message>
        <source>&amp;President/Secretary:</source>
        <translation>&amp;Presidente/Secretario:</translation>
    </message>
    <message>
        <source>&amp;Treasurer:</source>
        <translation>Te&amp;sorero:</translation>
    </message>
    <message>
        <source>&amp;Weighmaster:</source>
        <translation>P&amp;esador:</translation>
    </message>
    <message>
        <source>&amp;Assistant Weighmaster:</source>
        <translation>&amp;Asistente del pesador:</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(vacante)</translation>
    </message>
    <message>
        <source>Save these officers anyway?</source>
        <translation>¿Guardar estos directivos de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Guardar igual</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>%1 is not a member in %2 (a guest); officers are members.</source>
        <translation>%1 no es socio en %2 (es invitado); los directivos deben ser socios.</translation>
    </message>
    <message>
        <source>%1 would hold %2 posts: %3.</source>
        <translation>%1 ocuparía %2 cargos: %3.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>read the changes waiting to be sent</source>
        <translation>leer los cambios pendientes de enviar</translation>
    </message>
    <message>
        <source>collect the changes</source>
        <translation>reunir los cambios</translation>
    </message>
    <message>
        <source>keep the changes to send</source>
        <translation>guardar los cambios por enviar</translation>
    </message>
    <message>
        <source>collect the changes to %1</source>
        <translation>reunir los cambios de %1</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>May have gone</source>
        <translation>Puede que haya salido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Message</source>
        <translation>Ca&amp;ncelar mensaje</translation>
    </message>
    <message>
        <source>Outbox and Sent</source>
        <translation>Bandeja de salida y enviados</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Mensajes:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>Sent %1 message(s) to %2 recipient(s).</source>
        <translation>Enviados %1 mensaje(s) a %2 destinatario(s).</translation>
    </message>
    <message>
        <source> (%1 of %2 sent)</source>
        <translation> (%1 de %2 enviados)</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Aún no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1, from %2, to %n recipient(s) as BCC.</source>
        <translation>
            <numerusform>%1, de %2, a %n destinatario en copia oculta.</numerusform>
            <numerusform>%1, de %2, a %n destinatarios en copia oculta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 (%2 recipients): %3</source>
        <translation>Tanda %1 (%2 destinatarios): %3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>. The server answered: %1</source>
        <translation>. El servidor respondió: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Part of &quot;%1&quot; may already have gone out when the app stopped. Sending it again may give some members two copies. Send it again?</source>
        <translation>Parte de «%1» puede haber salido ya cuando la aplicación se detuvo. Enviarlo de nuevo puede darles dos copias a algunos socios. ¿Enviarlo de nuevo?</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Keep As Is</source>
        <translation>&amp;Dejarlo así</translation>
    </message>
</context>
<context>
    <name>OutboxReader</name>
    <message>
        <source>read the changes waiting to be sent</source>
        <translation>leer los cambios pendientes de enviar</translation>
    </message>
</context>
<context>
    <name>PaperChart</name>
    <message>
        <source>Cannot open the paper chart %1: %2</source>
        <translation>No se puede abrir la tabla en papel %1: %2</translation>
    </message>
    <message>
        <source>The paper chart needs an inches column and 8 eighth-inch columns.</source>
        <translation>La tabla en papel necesita una columna de pulgadas y 8 columnas de octavos de pulgada.</translation>
    </message>
    <message>
        <source>Paper chart line %1: expected the inches and 8 weights.</source>
        <translation>Línea %1 de la tabla en papel: se esperaban las pulgadas y 8 pesos.</translation>
    </message>
    <message>
        <source>Paper chart line %1: %2</source>
        <translation>Línea %1 de la tabla en papel: %2</translation>
    </message>
    <message>
        <source>The paper chart has no rows.</source>
        <translation>La tabla en papel no tiene filas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the fraction of an inch must be less than one.</source>
        <translation>&quot;%1&quot;: la fracción de pulgada debe ser menor que uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a length. Type inches like 15.5 or 15 3/8.</source>
        <translation>&quot;%1&quot; no es una longitud. Escriba pulgadas, como 15.5 o 15 3/8.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Escriba la nueva contraseña.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>Las dos contraseñas nuevas no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record Payment: %1</source>
        <translation>Registrar pago: %1</translation>
    </message>
    <message>
        <source>Check number, receipt, ...</source>
        <translation>Número de cheque, recibo, ...</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mé&amp;todo:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>&amp;Registrar pago</translation>
    </message>
    <message>
        <source>Payment &amp;history:</source>
        <translation>&amp;Historial de pagos:</translation>
    </message>
    <message>
        <source>Paid through %1.</source>
        <translation>Pagado hasta %1.</translation>
    </message>
    <message>
        <source>No dues paid yet.</source>
        <translation>Todavía no hay cuotas pagadas.</translation>
    </message>
    <message>
        <source>This is less than one season&apos;s dues (%1), so paid-through does not change.</source>
        <translation>Esto es menos que las cuotas de una temporada (%1), así que la fecha de pago hasta no cambia.</translation>
    </message>
    <message>
        <source>After this payment: paid through %1.</source>
        <translation>Después de este pago: pagado hasta %1.</translation>
    </message>
    <message>
        <source>%1 is more than whole seasons&apos; dues.</source>
        <translation>%1 es más que las cuotas de temporadas completas.</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message numerus="yes">
        <source>%1 pays the dues of %n season(s): %2 will be paid through %3. Record it?</source>
        <translation>
            <numerusform>%1 paga la cuota de %n temporada: %2 quedará pagado hasta %3. ¿Registrarlo?</numerusform>
            <numerusform>%1 paga las cuotas de %n temporadas: %2 quedará pagado hasta %3. ¿Registrarlo?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>PaymentHistoryModel</name>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (revertido)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>That phone number is too long.</source>
        <translation>Ese número de teléfono es demasiado largo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits only, like (512) 555-1234.</source>
        <translation>&quot;%1&quot; no es un número de teléfono: use solo dígitos, como (512) 555-1234.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: &quot;+&quot; may only start it.</source>
        <translation>&quot;%1&quot; no es un número de teléfono: &quot;+&quot; solo puede ir al principio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete international number.</source>
        <translation>&quot;%1&quot; no es un número internacional completo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 digits; a US phone number has 10 with the area code, like (512) 555-1234.</source>
        <translation>&quot;%1&quot; tiene %2 dígitos; un número de teléfono de EE. UU. tiene 10 con el código de área, como (512) 555-1234.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a US phone number: an area code never starts with 0 or 1.</source>
        <translation>&quot;%1&quot; no es un número de teléfono de EE. UU.: un código de área nunca empieza con 0 ni con 1.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish Results</source>
        <translation>Publicar resultados</translation>
    </message>
    <message>
        <source>Writes the club&apos;s results as web pages (seasons, standings, awards, each tournament&apos;s results and the calendar) into a folder you can copy to any web host as it is. Names only: no e-mail, phone, dues or notes.</source>
        <translation>Escribe los resultados del club como páginas web (temporadas, clasificación, premios, los resultados de cada torneo y el calendario) en una carpeta que puede copiar tal cual a cualquier servidor web. Solo nombres: ni correo, ni teléfono, ni cuotas, ni notas.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Seasons:</source>
        <translation>&amp;Temporadas:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>The club has no tournaments yet: there is nothing to publish.</source>
        <translation>El club aún no tiene torneos: no hay nada que publicar.</translation>
    </message>
    <message>
        <source>Folder for the Results Site</source>
        <translation>Carpeta del sitio de resultados</translation>
    </message>
    <message>
        <source>Tick at least one season to publish.</source>
        <translation>Marque al menos una temporada para publicar.</translation>
    </message>
    <message>
        <source>Choose a folder for the site.</source>
        <translation>Elija una carpeta para el sitio.</translation>
    </message>
    <message>
        <source>Nothing was published: %1</source>
        <translation>No se publicó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n archivo en %1.</numerusform>
            <numerusform>Se escribieron %n archivos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <source>Sending the changes stopped: %1 Nothing was lost; they are sent again at the next sync.</source>
        <translation>El envío de cambios se detuvo: %1 No se perdió nada; se enviarán de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <source>start sending changes</source>
        <translation>comenzar a enviar cambios</translation>
    </message>
    <message>
        <source>finish sending changes</source>
        <translation>terminar de enviar cambios</translation>
    </message>
    <message>
        <source>check what the server already has</source>
        <translation>verificar lo que el servidor ya tiene</translation>
    </message>
    <message>
        <source>record the changes on the server</source>
        <translation>registrar los cambios en el servidor</translation>
    </message>
    <message>
        <source>send the changes to %1</source>
        <translation>enviar los cambios a %1</translation>
    </message>
    <message>
        <source>this login&apos;s role may not change them</source>
        <translation>el rol de este usuario no puede modificarlos</translation>
    </message>
    <message>
        <source>it holds an invisible control character (such as NUL) that the server cannot store; correct the text on this laptop</source>
        <translation>contiene un carácter de control invisible (como NUL) que el servidor no puede guardar; corrija el texto en esta laptop</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordPaymentCommand</name>
    <message>
        <source>Dues payment of %1 by %2</source>
        <translation>Pago de cuotas de %1 por %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Printed %1 by SABC Tournament Manager %2.</source>
        <translation>Impreso el %1 por SABC Tournament Manager %2.</translation>
    </message>
</context>
<context>
    <name>ReportBuilders</name>
    <message>
        <source>Bass club</source>
        <translation>Club de lobina</translation>
    </message>
    <message>
        <source>Give the tournament&apos;s date as YYYY-MM-DD.</source>
        <translation>Indique la fecha del torneo como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>There is no tournament on %1.</source>
        <translation>No hay ningún torneo el %1.</translation>
    </message>
    <message>
        <source>Angler of the Year %1: points race of the leaders</source>
        <translation>Pescador del Año %1: carrera de puntos de los líderes</translation>
    </message>
    <message>
        <source>Angler of the Year %1</source>
        <translation>Pescador del Año %1</translation>
    </message>
    <message>
        <source>This season is fished as teams: there are no points and no Angler of the Year; the team awards are below.</source>
        <translation>Esta temporada se pesca por equipos: no hay puntos ni Pescador del Año; los premios por equipo aparecen abajo.</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Todos los puntos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Peso total</translation>
    </message>
    <message>
        <source>Best %1 tournaments count; at least %2 events to be ranked.</source>
        <translation>Cuentan los mejores %1 torneos; se necesitan al menos %2 eventos para clasificar.</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Weight / wins</source>
        <translation>Peso / victorias</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>no otorgado</translation>
    </message>
    <message>
        <source> &amp; </source>
        <translation> &amp; </translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n victoria</numerusform>
            <numerusform>%n victorias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message numerus="yes">
        <source>Counted points after each tournament, the top %n angler(s).</source>
        <translation>
            <numerusform>Puntos contados después de cada torneo; %n pescador en cabeza.</numerusform>
            <numerusform>Puntos contados después de cada torneo; los %n pescadores en cabeza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dues %1</source>
        <translation>Cuotas %1</translation>
    </message>
    <message>
        <source>Dues status</source>
        <translation>Estado de cuotas</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Pagado hasta</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>Pagado en %1</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <source>good standing</source>
        <translation>al corriente</translation>
    </message>
    <message>
        <source>dues owed</source>
        <translation>cuotas pendientes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 in good standing, %2 owing dues, as of %3. Dues collected in %4: %5.</source>
        <translation>%1 al corriente, %2 con cuotas pendientes, al %3. Cuotas cobradas en %4: %5.</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>Informe desconocido.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write &quot;%1&quot;: the folder &quot;%2&quot; does not exist. Choose another folder.</source>
        <translation>No se pudo escribir &quot;%1&quot;: la carpeta &quot;%2&quot; no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: this computer does not let you save in the folder &quot;%2&quot;. Choose another folder, such as Documents.</source>
        <translation>No se pudo escribir &quot;%1&quot;: esta computadora no le permite guardar en la carpeta &quot;%2&quot;. Elija otra carpeta, como Documentos.</translation>
    </message>
    <message>
        <source>Could not replace &quot;%1&quot;: the file is read-only. Save it under another name.</source>
        <translation>No se pudo reemplazar &quot;%1&quot;: el archivo es de solo lectura. Guárdelo con otro nombre.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>No se pudo escribir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: the disk is full. Free some space, or save it on another disk.</source>
        <translation>No se pudo escribir &quot;%1&quot;: el disco está lleno. Libere espacio o guárdelo en otro disco.</translation>
    </message>
    <message>
        <source>Could not replace &quot;%1&quot;: is it open in another program? Close it there, or save under another name.</source>
        <translation>No se pudo reemplazar &quot;%1&quot;: ¿está abierto en otro programa? Ciérrelo allí o guárdelo con otro nombre.</translation>
    </message>
    <message>
        <source>PDF reports need the graphics libraries, which this command was started without. Use --format csv, or update the app.</source>
        <translation>Los informes PDF necesitan las bibliotecas gráficas, y este comando se inició sin ellas. Use --format csv o actualice la aplicación.</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <source>%1 — results</source>
        <translation>%1 — resultados</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>team format</source>
        <translation>formato por equipos</translation>
    </message>
    <message>
        <source>individual format</source>
        <translation>formato individual</translation>
    </message>
    <message>
        <source>paper tournament</source>
        <translation>torneo en papel</translation>
    </message>
    <message>
        <source>Final results, finalized by %1 on %2.</source>
        <translation>Resultados finales, cerrados por %1 el %2.</translation>
    </message>
    <message>
        <source>Provisional results: not finalized yet.</source>
        <translation>Resultados provisionales: todavía no se han cerrado.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Net lb</source>
        <translation>lb netas</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>member</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>Botes</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bote</translation>
    </message>
    <message>
        <source>Weight lb</source>
        <translation>Peso lb</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Big bass and money (proposed)</source>
        <translation>Lobina mayor y dinero (propuesta)</translation>
    </message>
    <message>
        <source>Big bass: no eligible fish over %1 lb; the pot of %2 carries over to the next tournament.</source>
        <translation>Lobina mayor: ningún pez elegible de más de %1 lb; la bolsa de %2 pasa al siguiente torneo.</translation>
    </message>
    <message>
        <source>Big bass: %1.</source>
        <translation>Lobina mayor: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Collected (%n paying)</source>
        <translation>
            <numerusform>Recaudado (%n pagante)</numerusform>
            <numerusform>Recaudado (%n pagantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Place pot</source>
        <translation>Bolsa de lugares</translation>
    </message>
    <message>
        <source>Big bass pot (carried in %1)</source>
        <translation>Bolsa de lobina mayor (acumulado %1)</translation>
    </message>
    <message>
        <source>Big bass to %1</source>
        <translation>Lobina mayor para %1</translation>
    </message>
    <message>
        <source>Paid to anglers</source>
        <translation>Pagado a los pescadores</translation>
    </message>
    <message>
        <source>Club fund (incl. %1 not split evenly)</source>
        <translation>Fondo del club (incl. %1 no repartido en partes iguales)</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Caridad</translation>
    </message>
    <message>
        <source>Big bass carried to the next tournament</source>
        <translation>Fondo de lobina mayor que pasa al siguiente torneo</translation>
    </message>
    <message>
        <source>Printed %1 by SABC Tournament Manager. Payouts are proposals until the treasurer marks them paid.</source>
        <translation>Impreso el %1 por SABC Tournament Manager. Los premios son propuestas hasta que el tesorero los marque como pagados.</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>Resultados de %1</translation>
    </message>
    <message>
        <source>Big bass payout</source>
        <translation>Premio de la lobina mayor</translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>DQ</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>&amp;Add Angler...</source>
        <translation>&amp;Agregar pescador...</translation>
    </message>
    <message>
        <source>&amp;Edit Angler...</source>
        <translation>&amp;Editar pescador...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>De&amp;lete Angler...</source>
        <translation>E&amp;liminar pescador...</translation>
    </message>
    <message>
        <source>&amp;Officers...</source>
        <translation>Di&amp;rectiva...</translation>
    </message>
    <message>
        <source>Record &amp;Payment...</source>
        <translation>Registrar &amp;pago...</translation>
    </message>
    <message>
        <source>&amp;Import Roster CSV...</source>
        <translation>&amp;Importar padrón CSV...</translation>
    </message>
    <message>
        <source>Export Roster as &amp;CSV...</source>
        <translation>Exportar padrón como &amp;CSV...</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Padrón</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Delete Angler</source>
        <translation>Eliminar pescador</translation>
    </message>
    <message>
        <source>%1 has fished tournaments, paid dues or held an office, so the record must stay. Deactivate %1 instead? Deactivated anglers stay in past results but leave the active roster.</source>
        <translation>%1 ha pescado en torneos, pagado cuotas u ocupado un cargo, así que el registro debe conservarse. ¿Desea desactivar a %1 en su lugar? Los pescadores desactivados permanecen en los resultados anteriores, pero salen del padrón activo.</translation>
    </message>
    <message>
        <source>Delete %1 from the roster? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar a %1 del padrón? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Export Roster as CSV</source>
        <translation>Exportar padrón como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation>Exportar padrón</translation>
    </message>
    <message>
        <source>Export Roster as PDF</source>
        <translation>Exportar padrón como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Merge Duplicates...</source>
        <translation>Fusionar duplicados...</translation>
    </message>
    <message>
        <source>Export Roster as PD&amp;F...</source>
        <translation>Exportar padrón como PD&amp;F...</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n angler(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n pescador en %1.</numerusform>
            <numerusform>Se escribieron %n pescadores en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View Profile...</source>
        <translation>&amp;Ver perfil...</translation>
    </message>
    <message>
        <source>The angler&apos;s career: events, points, places, best stringer, biggest bass, Angler of the Year</source>
        <translation>La trayectoria del pescador: eventos, puntos, posiciones, mejor sarta, lobina mayor, Pescador del año</translation>
    </message>
</context>
<context>
    <name>RosterFilterProxyModel</name>
    <message>
        <source>All anglers</source>
        <translation>Todos los pescadores</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Dues overdue</source>
        <translation>Cuotas vencidas</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Socio desde</translation>
    </message>
    <message>
        <source>Dues paid through</source>
        <translation>Cuotas pagadas hasta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2</source>
        <translation>No se pudo abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB; a roster file is far smaller. Check that this is the right file.</source>
        <translation>&quot;%1&quot; pesa %2 MB; un archivo de padrón es mucho más pequeño. Verifique que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>The file is too large to be a roster (more than %1 MB).</source>
        <translation>El archivo es demasiado grande para ser un padrón (más de %1 MB).</translation>
    </message>
    <message>
        <source>The file is empty. Export the roster from the spreadsheet again.</source>
        <translation>El archivo está vacío. Vuelva a exportar el padrón desde la hoja de cálculo.</translation>
    </message>
    <message>
        <source>This is an Excel or OpenDocument workbook, not a CSV file. In the spreadsheet choose File &gt; Save As (or Download) &gt; &quot;CSV UTF-8&quot;.</source>
        <translation>Este es un libro de Excel u OpenDocument, no un archivo CSV. En la hoja de cálculo elija Archivo &gt; Guardar como (o Descargar) &gt; &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file. In Excel choose File &gt; Save As &gt; &quot;CSV UTF-8&quot;.</source>
        <translation>Este es un libro antiguo de Excel (.xls), no un archivo CSV. En Excel elija Archivo &gt; Guardar como &gt; &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This file is saved as UTF-16 (&quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; instead.</source>
        <translation>Este archivo está guardado como UTF-16 (&quot;Texto Unicode&quot;). Guárdelo como &quot;CSV UTF-8&quot; en su lugar.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data). Choose a CSV file saved from a spreadsheet.</source>
        <translation>Este no es un archivo de texto (contiene datos binarios). Elija un archivo CSV guardado desde una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file has a header row but no anglers under it.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún pescador debajo.</translation>
    </message>
    <message>
        <source>The file has %1 rows; a club roster has at most %2. Check that this is the right file, or split it.</source>
        <translation>El archivo tiene %1 filas; un padrón tiene como máximo %2. Verifique que sea el archivo correcto o divídalo.</translation>
    </message>
    <message>
        <source>Choose which column holds the anglers&apos; names.</source>
        <translation>Elija la columna que contiene los nombres de los pescadores.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a year between 1900 and %3.</source>
        <translation>%1 &quot;%2&quot; no es un año entre 1900 y %3.</translation>
    </message>
    <message>
        <source>no name; the row is skipped.</source>
        <translation>sin nombre; se omite la fila.</translation>
    </message>
    <message>
        <source>the name is longer than 100 characters.</source>
        <translation>el nombre tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>Member since %1 is in the future.</source>
        <translation>Socio desde %1 está en el futuro.</translation>
    </message>
    <message>
        <source>%1 anglers on the roster are called %2; add an email to tell them apart.</source>
        <translation>%1 pescadores del padrón se llaman %2; agregue un correo para distinguirlos.</translation>
    </message>
    <message>
        <source>the same email as line %1.</source>
        <translation>el mismo correo que la línea %1.</translation>
    </message>
    <message>
        <source>the same name as line %1.</source>
        <translation>el mismo nombre que la línea %1.</translation>
    </message>
    <message>
        <source>it holds a control character (such as NUL, often a file saved in another encoding); fix the file and import again.</source>
        <translation>contiene un carácter de control (como NUL, a menudo de un archivo guardado con otra codificación); corrija el archivo e importe de nuevo.</translation>
    </message>
    <message>
        <source>a cell holds an invisible control character (such as NUL); the row is skipped.</source>
        <translation>una celda contiene un carácter de control invisible (como NUL); se omite la fila.</translation>
    </message>
    <message>
        <source>Member this season (yes/no)</source>
        <translation>Socio esta temporada (sí/no)</translation>
    </message>
    <message>
        <source>%1 is a made-up address of the web app; not stored.</source>
        <translation>%1 es una dirección inventada por la aplicación web; no se guarda.</translation>
    </message>
    <message>
        <source>%1 differs only in case from the address of line %2, which keeps it; this angler comes in without one.</source>
        <translation>%1 solo difiere en mayúsculas de la dirección de la línea %2, que la conserva; este pescador entra sin dirección.</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot; is neither yes nor no.</source>
        <translation>Socio «%1» no es ni sí ni no.</translation>
    </message>
    <message>
        <source>%1 is the web app&apos;s setup account, not a person; skipped.</source>
        <translation>%1 es la cuenta de instalación de la aplicación web, no una persona; se omite.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>In good standing</source>
        <translation>Al corriente</translation>
    </message>
    <message>
        <source>Dues overdue</source>
        <translation>Cuotas vencidas</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Member in %1, dues paid through %2</source>
        <translation>Socio en %1, cuotas pagadas hasta %2</translation>
    </message>
    <message>
        <source>Member in %1, dues paid only through %2</source>
        <translation>Socio en %1, cuotas pagadas solo hasta %2</translation>
    </message>
    <message>
        <source>Member in %1, no dues paid yet</source>
        <translation>Socio en %1, todavía sin cuotas pagadas</translation>
    </message>
    <message>
        <source>Not a member in %1 but fished %2 tournaments; guests may fish %3 a season, then dues are owed</source>
        <translation>No es socio en %1, pero pescó %2 torneos; los invitados pueden pescar %3 por temporada y después deben pagar cuotas</translation>
    </message>
    <message>
        <source>Not a member in %1</source>
        <translation>No es socio en %1</translation>
    </message>
    <message>
        <source>No longer fishes with the club</source>
        <translation>Ya no pesca con el club</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>The year the angler joined the club</source>
        <translation>El año en que el pescador se unió al club</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>The last season the angler&apos;s dues cover</source>
        <translation>La última temporada que cubren las cuotas del pescador</translation>
    </message>
    <message>
        <source>Dues paid</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Tournaments fished in the season shown</source>
        <translation>Torneos en los que pescó en la temporada mostrada</translation>
    </message>
    <message>
        <source>Fished</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Lapsed member: dues paid only through %1, not renewed for %2</source>
        <translation>Socio sin renovar: cuotas pagadas solo hasta %1, no renovó para %2</translation>
    </message>
    <message>
        <source>Member since %1, no dues paid for %2</source>
        <translation>Socio desde %1, sin cuotas pagadas para %2</translation>
    </message>
    <message>
        <source>The last season the angler fished a tournament; sorted by standing, guests come by it, the latest first</source>
        <translation>La última temporada en que el pescador pescó un torneo; al ordenar por situación, los invitados van por ella, la más reciente primero</translation>
    </message>
    <message>
        <source>Last fished</source>
        <translation>Última pesca</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Roster</source>
        <translation>Padrón</translation>
    </message>
    <message>
        <source>Search name, phone, email</source>
        <translation>Buscar nombre, teléfono, correo</translation>
    </message>
    <message>
        <source>1 angler</source>
        <translation>1 pescador</translation>
    </message>
    <message>
        <source>%1 anglers</source>
        <translation>%1 pescadores</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Seaso&amp;n:</source>
        <translation>Tempo&amp;rada:</translation>
    </message>
</context>
<context>
    <name>RosterReport</name>
    <message>
        <source>%1 Roster, %2</source>
        <translation>Padrón de %1, %2</translation>
    </message>
    <message>
        <source>1 angler, printed %1</source>
        <translation>1 pescador, impreso el %1</translation>
    </message>
    <message>
        <source>%1 anglers, printed %2</source>
        <translation>%1 pescadores, impreso el %2</translation>
    </message>
    <message>
        <source>Roster %1</source>
        <translation>Padrón %1</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>ask the SQLite version</source>
        <translation>consultar la versión de SQLite</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>the database is not an SQLite file</source>
        <translation>la base de datos no es un archivo SQLite</translation>
    </message>
</context>
<context>
    <name>Ruleset</name>
    <message>
        <source>There is no ruleset called &quot;%1&quot;. Known rulesets: %2.</source>
        <translation>No existe ningún reglamento llamado &quot;%1&quot;. Reglamentos conocidos: %2.</translation>
    </message>
    <message>
        <source>A ruleset number cannot be negative.</source>
        <translation>El número de un reglamento no puede ser negativo.</translation>
    </message>
    <message>
        <source>Paper lengths must be rounded to at least an eighth of an inch.</source>
        <translation>Las longitudes en papel deben redondearse al menos a un octavo de pulgada.</translation>
    </message>
    <message>
        <source>The entry fee %1 does not match its split: places, big bass, club and charity add up to %2.</source>
        <translation>La inscripción %1 no coincide con su reparto: lugares, lobina mayor, club y caridad suman %2.</translation>
    </message>
    <message>
        <source>The ruleset is not valid JSON (%1 at character %2).</source>
        <translation>El reglamento no es un JSON válido (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>The ruleset must be a JSON object.</source>
        <translation>El reglamento debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Ruleset setting &quot;%1&quot;: %2</source>
        <translation>Opción del reglamento &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>must be a whole number, zero or more.</source>
        <translation>debe ser un número entero, cero o más.</translation>
    </message>
    <message>
        <source>must be a whole number of cents, zero or more.</source>
        <translation>debe ser un número entero de centavos, cero o más.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser texto.</translation>
    </message>
    <message>
        <source>is not a ruleset setting.</source>
        <translation>no es una opción del reglamento.</translation>
    </message>
    <message>
        <source>must be &quot;individual&quot; or &quot;team&quot;.</source>
        <translation>debe ser &quot;individual&quot; o &quot;team&quot;.</translation>
    </message>
    <message>
        <source>must be &quot;no_points&quot; or &quot;offset&quot;.</source>
        <translation>debe ser &quot;no_points&quot; u &quot;offset&quot;.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unknown; use more_fish, bigger_big_bass or fewer_dead_fish.</source>
        <translation>&quot;%1&quot; es desconocido; use more_fish, bigger_big_bass o fewer_dead_fish.</translation>
    </message>
    <message>
        <source>must be &quot;angler&quot; or &quot;boat&quot;.</source>
        <translation>debe ser &quot;angler&quot; o &quot;boat&quot;.</translation>
    </message>
    <message>
        <source>must be a list of amounts in cents.</source>
        <translation>debe ser una lista de montos en centavos.</translation>
    </message>
    <message>
        <source>must be a list of whole numbers of cents.</source>
        <translation>debe ser una lista de números enteros de centavos.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>RulesetStore</name>
    <message>
        <source>read the rulesets</source>
        <translation>leer los reglamentos</translation>
    </message>
    <message>
        <source>read the season&apos;s ruleset</source>
        <translation>leer el reglamento de la temporada</translation>
    </message>
    <message>
        <source>The ruleset of season %1 cannot be used: %2</source>
        <translation>No se puede usar el reglamento de la temporada %1: %2</translation>
    </message>
    <message>
        <source>read the tournament&apos;s ruleset</source>
        <translation>leer el reglamento del torneo</translation>
    </message>
    <message>
        <source>The ruleset of %1 cannot be used: %2</source>
        <translation>No se puede usar el reglamento de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a season.</source>
        <translation>%1 no es una temporada.</translation>
    </message>
    <message>
        <source>Give the rules a name.</source>
        <translation>Ponga un nombre a las reglas.</translation>
    </message>
    <message>
        <source>The club file is open for reading only.</source>
        <translation>El archivo del club está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>read the season&apos;s tournaments</source>
        <translation>leer los torneos de la temporada</translation>
    </message>
    <message>
        <source>read the seasons&apos; rulesets</source>
        <translation>leer los reglamentos de las temporadas</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <source>The serial port the scale&apos;s cable is on (a USB adapter shows as /dev/ttyUSB0 or COM3). Type a name the list does not show.</source>
        <translation>El puerto serie donde está el cable de la báscula (un adaptador USB aparece como /dev/ttyUSB0 o COM3). Escriba un nombre que la lista no muestre.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>List the ports again (after plugging the cable in)</source>
        <translation>Volver a listar los puertos (después de conectar el cable)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Common line (ST,GS,+0012.34lb)</source>
        <translation>Línea común (ST,GS,+0012.34lb)</translation>
    </message>
    <message>
        <source>Mettler-Toledo SICS (S S 12.34 lb)</source>
        <translation>Mettler-Toledo SICS (S S 12.34 lb)</translation>
    </message>
    <message>
        <source>Custom pattern</source>
        <translation>Patrón propio</translation>
    </message>
    <message>
        <source>A regular expression with the groups (?&lt;value&gt;…) for the number, (?&lt;unit&gt;…) for lb, kg, g, oz or lb-oz (pounds when left out) and (?&lt;stable&gt;…), which matches only when the reading is stable.</source>
        <translation>Una expresión regular con los grupos (?&lt;value&gt;…) para el número, (?&lt;unit&gt;…) para lb, kg, g, oz o lb-oz (libras si falta) y (?&lt;stable&gt;…), que coincide solo cuando la lectura es estable.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;Baud</source>
        <translation>&amp;Baudios</translation>
    </message>
    <message>
        <source>&amp;Data bits</source>
        <translation>Bits de &amp;datos</translation>
    </message>
    <message>
        <source>Pa&amp;rity</source>
        <translation>Pa&amp;ridad</translation>
    </message>
    <message>
        <source>&amp;Stop bits</source>
        <translation>Bi&amp;ts de parada</translation>
    </message>
    <message>
        <source>Pr&amp;otocol</source>
        <translation>Pr&amp;otocolo</translation>
    </message>
    <message>
        <source>Patter&amp;n</source>
        <translation>Patró&amp;n</translation>
    </message>
    <message>
        <source>Live reading</source>
        <translation>Lectura en vivo</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Read the scale with these settings: put a weight on it and watch the reading</source>
        <translation>Leer la báscula con estos ajustes: ponga un peso encima y mire la lectura</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No serial port found: plug the scale&apos;s cable in and press Refresh</source>
        <translation>No se encontró ningún puerto serie: conecte el cable de la báscula y pulse Actualizar</translation>
    </message>
    <message>
        <source>Choose the scale&apos;s port first.</source>
        <translation>Elija primero el puerto de la báscula.</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>sin lectura</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Sobrecarga</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>settling…</source>
        <translation>estabilizando…</translation>
    </message>
</context>
<context>
    <name>ScaleProtocol</name>
    <message>
        <source>&quot;%1&quot; is not a unit the app knows (lb, kg, g, oz, lb-oz).</source>
        <translation>«%1» no es una unidad que la aplicación conozca (lb, kg, g, oz, lb-oz).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>Ounces must be less than 16 (16 ounces make a pound).</source>
        <translation>Las onzas deben ser menos de 16 (16 onzas hacen una libra).</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not a valid regular expression: %2 (at character %3).</source>
        <translation>El patrón «%1» no es una expresión regular válida: %2 (en el carácter %3).</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; has no group named value: write (?&lt;value&gt;...) around the number.</source>
        <translation>El patrón «%1» no tiene un grupo llamado value: escriba (?&lt;value&gt;...) alrededor del número.</translation>
    </message>
    <message>
        <source>an empty line</source>
        <translation>una línea vacía</translation>
    </message>
    <message>
        <source>no value and unit in &quot;%1&quot;</source>
        <translation>no hay valor y unidad en «%1»</translation>
    </message>
    <message>
        <source>not a line of the form ST,GS,+0012.34lb: &quot;%1&quot;</source>
        <translation>no es una línea de la forma ST,GS,+0012.34lb: «%1»</translation>
    </message>
    <message>
        <source>unknown header &quot;%1&quot; (ST, US or OL expected)</source>
        <translation>encabezado desconocido «%1» (se esperaba ST, US u OL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gross (GS) or net (NT) weight</source>
        <translation>«%1» no es un peso bruto (GS) ni neto (NT)</translation>
    </message>
    <message>
        <source>the scale answered an error (%1)</source>
        <translation>la báscula respondió con un error (%1)</translation>
    </message>
    <message>
        <source>not a SICS weight answer: &quot;%1&quot;</source>
        <translation>no es una respuesta de peso SICS: «%1»</translation>
    </message>
    <message>
        <source>the scale cannot weigh now (S I)</source>
        <translation>la báscula no puede pesar ahora (S I)</translation>
    </message>
    <message>
        <source>unknown SICS status &quot;%1&quot;</source>
        <translation>estado SICS desconocido «%1»</translation>
    </message>
    <message>
        <source>a SICS answer without a weight: &quot;%1&quot;</source>
        <translation>una respuesta SICS sin peso: «%1»</translation>
    </message>
    <message>
        <source>the line does not fit the pattern: &quot;%1&quot;</source>
        <translation>la línea no coincide con el patrón: «%1»</translation>
    </message>
    <message>
        <source>no value in &quot;%1&quot;</source>
        <translation>no hay valor en «%1»</translation>
    </message>
</context>
<context>
    <name>ScaleReader</name>
    <message>
        <source>the cable or the adapter was pulled out</source>
        <translation>se desconectó el cable o el adaptador</translation>
    </message>
    <message>
        <source>The scale&apos;s port %1 cannot be opened: %2.</source>
        <translation>No se puede abrir el puerto de la báscula %1: %2.</translation>
    </message>
    <message>
        <source>The scale&apos;s port %1 does not take these settings: %2.</source>
        <translation>El puerto de la báscula %1 no acepta estos ajustes: %2.</translation>
    </message>
    <message>
        <source>The scale on %1 is connected again.</source>
        <translation>La báscula en %1 está conectada de nuevo.</translation>
    </message>
    <message>
        <source>the connection was lost (%1)</source>
        <translation>se perdió la conexión (%1)</translation>
    </message>
    <message>
        <source>The scale on %1 is disconnected (%2). Trying again every second…</source>
        <translation>La báscula en %1 está desconectada (%2). Se vuelve a intentar cada segundo…</translation>
    </message>
    <message>
        <source>overload</source>
        <translation>sobrecarga</translation>
    </message>
    <message>
        <source>the device is gone</source>
        <translation>el dispositivo ya no está</translation>
    </message>
    <message>
        <source>No scale set up (Weigh-in &gt; Scale…).</source>
        <translation>No hay báscula configurada (Pesaje &gt; Báscula…).</translation>
    </message>
    <message>
        <source>Scale on %1 not connected: %2 Trying again every second…</source>
        <translation>Báscula en %1 sin conectar: %2 Se vuelve a intentar cada segundo…</translation>
    </message>
    <message>
        <source>Scale on %1: no reading.</source>
        <translation>Báscula en %1: sin lectura.</translation>
    </message>
    <message>
        <source>Scale: overload.</source>
        <translation>Báscula: sobrecarga.</translation>
    </message>
    <message>
        <source>Scale: below zero.</source>
        <translation>Báscula: por debajo de cero.</translation>
    </message>
    <message>
        <source>Scale: %1 lb, stable.</source>
        <translation>Báscula: %1 lb, estable.</translation>
    </message>
    <message>
        <source>Scale: %1 lb, settling…</source>
        <translation>Báscula: %1 lb, estabilizando…</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Create season schedule</source>
        <translation>Crear calendario de la temporada</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd)</source>
        <translation>Fecha (aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The club fishes the 4th Sunday of January to October. Change any date or name; untick a tournament to leave it out.</source>
        <translation>El club pesca el 4.º domingo de cada mes, de enero a octubre. Cambie cualquier fecha o nombre; desmarque un torneo para dejarlo fuera.</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>%1 Tournament</source>
        <translation>Torneo de %1</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a date; write it as 2026-03-22.</source>
        <translation>Fila %1: “%2” no es una fecha; escríbala como 2026-03-22.</translation>
    </message>
    <message>
        <source>Row %1: %2 is not in season %3.</source>
        <translation>Fila %1: %2 no está en la temporada %3.</translation>
    </message>
    <message>
        <source>Row %1: there is already a tournament on %2.</source>
        <translation>Fila %1: ya hay un torneo el %2.</translation>
    </message>
    <message>
        <source>Row %1: enter a name.</source>
        <translation>Fila %1: ingrese un nombre.</translation>
    </message>
    <message>
        <source>Tick at least one tournament.</source>
        <translation>Marque al menos un torneo.</translation>
    </message>
    <message numerus="yes">
        <source>Each tournament: %1, %2 %3, %n fish (the season&apos;s rules; change one tournament later if it differs).</source>
        <translation>
            <numerusform>Cada torneo: %1, %2 %3, %n pez (las reglas de la temporada; cambie luego el torneo que sea distinto).</numerusform>
            <numerusform>Cada torneo: %1, %2 %3, %n peces (las reglas de la temporada; cambie luego el torneo que sea distinto).</numerusform>
        </translation>
    </message>
    <message>
        <source>team</source>
        <translation>por equipos</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>per boat</source>
        <translation>por bote</translation>
    </message>
    <message>
        <source>per angler</source>
        <translation>por pescador</translation>
    </message>
    <message>
        <source>The calendar already holds some of the usual dates:</source>
        <translation>El calendario ya tiene algo en algunas de las fechas habituales:</translation>
    </message>
</context>
<context>
    <name>SeasonLoader</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>read the season&apos;s tournaments</source>
        <translation>leer los torneos de la temporada</translation>
    </message>
    <message>
        <source>read the season&apos;s weigh-in entries</source>
        <translation>leer las participaciones de la temporada</translation>
    </message>
    <message>
        <source>read the paper tournaments&apos; fish</source>
        <translation>leer los peces de los torneos en papel</translation>
    </message>
    <message>
        <source>read the season&apos;s boats</source>
        <translation>leer los botes de la temporada</translation>
    </message>
    <message>
        <source>read the season&apos;s anglers</source>
        <translation>leer los pescadores de la temporada</translation>
    </message>
</context>
<context>
    <name>SeasonPlanner</name>
    <message>
        <source>%1 holds %2: moved to %3.</source>
        <translation>%1 tiene %2: pasa al %3.</translation>
    </message>
    <message>
        <source>%1 holds %2 and the month has no free Sunday: check that date.</source>
        <translation>%1 tiene %2 y el mes no tiene otro domingo libre: revise esa fecha.</translation>
    </message>
</context>
<context>
    <name>SeasonRulesDialog</name>
    <message>
        <source>Season rules</source>
        <translation>Reglas de temporada</translation>
    </message>
    <message>
        <source>Individual (points, Angler of the Year)</source>
        <translation>Individual (puntos, Pescador del Año)</translation>
    </message>
    <message>
        <source>Team (boats, no points)</source>
        <translation>Por equipos (botes, sin puntos)</translation>
    </message>
    <message>
        <source>per angler</source>
        <translation>por pescador</translation>
    </message>
    <message>
        <source>per boat</source>
        <translation>por bote</translation>
    </message>
    <message>
        <source>1st; 2nd; 3rd …</source>
        <translation>1.º; 2.º; 3.º …</translation>
    </message>
    <message>
        <source>no points, listed last</source>
        <translation>sin puntos, al final de la lista</translation>
    </message>
    <message>
        <source>points offset from the last fish</source>
        <translation>puntos restados del último con peces</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>S&amp;eason</source>
        <translation>T&amp;emporada</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Format and entry fee</source>
        <translation>Formato y cuota de inscripción</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Entry &amp;fee</source>
        <translation>&amp;Inscripción</translation>
    </message>
    <message>
        <source>Fish &amp;limit</source>
        <translation>&amp;Límite de peces</translation>
    </message>
    <message>
        <source>Split of the fee (per angler or boat)</source>
        <translation>Reparto de la inscripción (por pescador o bote)</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Lugares</translation>
    </message>
    <message>
        <source>&amp;Big bass</source>
        <translation>Lobina ma&amp;yor</translation>
    </message>
    <message>
        <source>&amp;Club</source>
        <translation>Clu&amp;b</translation>
    </message>
    <message>
        <source>C&amp;harity</source>
        <translation>C&amp;aridad</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalizaciones</translation>
    </message>
    <message>
        <source>&amp;Dead fish (lb each)</source>
        <translation>Peces &amp;muertos (lb cada uno)</translation>
    </message>
    <message>
        <source>Late (lb per &amp;minute)</source>
        <translation>Retraso (lb por m&amp;inuto)</translation>
    </message>
    <message>
        <source>DQ when late &amp;over (minutes)</source>
        <translation>Descalificado con retraso de &amp;más de (minutos)</translation>
    </message>
    <message>
        <source>Points (individual format)</source>
        <translation>Puntos (formato individual)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>Má&amp;ximo</translation>
    </message>
    <message>
        <source>&amp;Zero: last fish minus</source>
        <translation>&amp;Cero: último con peces menos</translation>
    </message>
    <message>
        <source>B&amp;uy-in: last fish minus</source>
        <translation>Sin &amp;pescar: último con peces menos</translation>
    </message>
    <message>
        <source>D&amp;Q</source>
        <translation>D&amp;Q</translation>
    </message>
    <message>
        <source>DQ offset: last fish m&amp;inus</source>
        <translation>Descalificado: último con peces m&amp;enos</translation>
    </message>
    <message>
        <source>Angler of the Year and big bass</source>
        <translation>Pescador del Año y lobina mayor</translation>
    </message>
    <message>
        <source>Best N &amp;tournaments count</source>
        <translation>Cuentan los mejores N &amp;torneos</translation>
    </message>
    <message>
        <source>Minimum e&amp;vents</source>
        <translation>Torneos mín&amp;imos</translation>
    </message>
    <message>
        <source>Big bass must &amp;weigh over (lb)</source>
        <translation>La lobina mayor debe &amp;superar (lb)</translation>
    </message>
    <message>
        <source>Opening big bass &amp;carry-in</source>
        <translation>&amp;Acumulado inicial de lobina mayor</translation>
    </message>
    <message>
        <source>The rules of season %1.</source>
        <translation>Las reglas de la temporada %1.</translation>
    </message>
    <message>
        <source>Season %1 has no rules of its own yet: these are a copy of season %2&apos;s. Save to keep them for %1.</source>
        <translation>La temporada %1 aún no tiene reglas propias: estas son una copia de las de la temporada %2. Guarde para conservarlas para %1.</translation>
    </message>
    <message>
        <source>Season %1 has no rules yet: these are the club&apos;s bylaws. Save to keep them for %1.</source>
        <translation>La temporada %1 aún no tiene reglas: estos son los estatutos del club. Guarde para conservarlas para %1.</translation>
    </message>
    <message>
        <source>Give the rules a name, like &quot;SABC %1&quot;.</source>
        <translation>Ponga un nombre a las reglas, como &quot;SABC %1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entry fee</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Place %1: %2</source>
        <translation>Lugar %1: %2</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Caridad</translation>
    </message>
    <message>
        <source>Dead fish</source>
        <translation>Peces muertos</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Big bass minimum</source>
        <translation>Mínimo de lobina mayor</translation>
    </message>
    <message>
        <source>Opening big bass carry-in</source>
        <translation>Acumulado inicial de lobina mayor</translation>
    </message>
    <message>
        <source>Type every amount as dollars and cents, like 7.00.</source>
        <translation>Escriba cada importe en dólares y centavos, como 7.00.</translation>
    </message>
    <message>
        <source>Adds up to the fee: %1.</source>
        <translation>Suma la inscripción: %1.</translation>
    </message>
    <message>
        <source>Adds up to %1, %2 short of the %3 fee.</source>
        <translation>Suma %1: faltan %2 para la inscripción de %3.</translation>
    </message>
    <message>
        <source>Adds up to %1, %2 over the %3 fee.</source>
        <translation>Suma %1: %2 más que la inscripción de %3.</translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo de club abierto.</translation>
    </message>
    <message numerus="yes">
        <source>Season %1 has %n finalized tournament(s): %2. Their places, points, payouts and the season standings will be scored again with these rules.

Save the new rules?</source>
        <translation>
            <numerusform>La temporada %1 tiene %n torneo cerrado: %2. Sus lugares, puntos, premios y la clasificación de la temporada se calcularán de nuevo con estas reglas.

¿Guardar las nuevas reglas?</numerusform>
            <numerusform>La temporada %1 tiene %n torneos cerrados: %2. Sus lugares, puntos, premios y la clasificación de la temporada se calcularán de nuevo con estas reglas.

¿Guardar las nuevas reglas?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeasonStandings</name>
    <message>
        <source>Heavy Stringer of the Year</source>
        <translation>Sarta más pesada del año</translation>
    </message>
    <message>
        <source>Big Bass of the Year</source>
        <translation>Lobina mayor del año</translation>
    </message>
    <message>
        <source>Most Wins</source>
        <translation>Más victorias</translation>
    </message>
    <message>
        <source>Big Stringer</source>
        <translation>Sarta más pesada</translation>
    </message>
    <message>
        <source>Big Bass</source>
        <translation>Lobina mayor</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>This installation cannot talk to PostgreSQL servers (Qt&apos;s QPSQL driver is missing; install libqt6sql6-psql).</source>
        <translation>Esta instalación no puede comunicarse con servidores PostgreSQL (falta el controlador QPSQL de Qt; instale libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
    <message>
        <source>the server did not accept the password for &quot;%1&quot;.</source>
        <translation>el servidor no aceptó la contraseña de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the server asks for the password of &quot;%1&quot;. Sign in on the Sync page, or for scripts set PGPASSWORD or write it in ~/.pgpass.</source>
        <translation>el servidor pide la contraseña de &quot;%1&quot;. Inicie sesión en la página Sincronizar o, para scripts, defina PGPASSWORD o escríbala en ~/.pgpass.</translation>
    </message>
    <message>
        <source>the server at %1 has no database &quot;%2&quot;.</source>
        <translation>el servidor en %1 no tiene la base de datos &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the server at %1 has no login &quot;%2&quot;. Ask the club&apos;s administrator to add you (sabc server add-user).</source>
        <translation>el servidor en %1 no tiene el usuario &quot;%2&quot;. Pida al administrador del club que lo agregue (sabc server add-user).</translation>
    </message>
    <message>
        <source>the server at %1 does not offer an encrypted connection (TLS), or it could not be set up (%2). Use sslmode=disable only on a trusted network.</source>
        <translation>el servidor en %1 no ofrece una conexión cifrada (TLS), o no se pudo establecer (%2). Use sslmode=disable solo en una red de confianza.</translation>
    </message>
    <message>
        <source>could not reach the server at %1. Is this laptop online, and is the server running?</source>
        <translation>no se pudo contactar al servidor en %1. ¿Está esta laptop conectada a internet y está funcionando el servidor?</translation>
    </message>
    <message>
        <source>the connection to the server was lost.</source>
        <translation>se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>the server does not allow this for the login &quot;%1&quot;.</source>
        <translation>el servidor no permite esto para el usuario &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown server error</source>
        <translation>error desconocido del servidor</translation>
    </message>
    <message>
        <source>Could not %1: this installation&apos;s PostgreSQL driver does not allow bulk transfers. Reinstall SABC Tournament Manager.</source>
        <translation>No se pudo %1: el controlador de PostgreSQL de esta instalación no permite transferencias masivas. Vuelva a instalar SABC Tournament Manager.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>read the server&apos;s version</source>
        <translation>leer la versión del servidor</translation>
    </message>
    <message>
        <source>start setting up the server</source>
        <translation>comenzar a configurar el servidor</translation>
    </message>
    <message>
        <source>undo the set-up</source>
        <translation>deshacer la configuración</translation>
    </message>
    <message>
        <source>wait for another set-up of the server</source>
        <translation>esperar a que termine otra configuración del servidor</translation>
    </message>
    <message>
        <source>create the club&apos;s schema on the server</source>
        <translation>crear el esquema del club en el servidor</translation>
    </message>
    <message>
        <source>The server was set up by a newer version of SABC Tournament Manager (server version %1; this app knows up to %2). Update the app.</source>
        <translation>El servidor fue configurado por una versión más reciente de SABC Tournament Manager (versión del servidor %1; esta aplicación conoce hasta la %2). Actualice la aplicación.</translation>
    </message>
    <message>
        <source>upgrade the server to version %1</source>
        <translation>actualizar el servidor a la versión %1</translation>
    </message>
    <message>
        <source>record the server&apos;s version</source>
        <translation>registrar la versión del servidor</translation>
    </message>
    <message>
        <source>finish setting up the server</source>
        <translation>terminar de configurar el servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use one of %2.</source>
        <translation>&quot;%1&quot; no es un rol; use uno de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login name.</source>
        <translation>&quot;%1&quot; no puede ser un nombre de usuario.</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>La nueva contraseña está vacía.</translation>
    </message>
    <message>
        <source>add the login &quot;%1&quot;</source>
        <translation>agregar el usuario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server set-up of this installation is damaged (%1). Reinstall SABC Tournament Manager.</source>
        <translation>La configuración del servidor de esta instalación está dañada (%1). Vuelva a instalar SABC Tournament Manager.</translation>
    </message>
    <message>
        <source>Only the club&apos;s administrator manages logins.</source>
        <translation>Solo el administrador del club gestiona los usuarios.</translation>
    </message>
    <message>
        <source>That is not a role; use one of %1.</source>
        <translation>Esa no es una función; use una de %1.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; exists on the server but was not made for this club (it is a server administrator&apos;s or another club&apos;s). Nothing was changed; choose another name.</source>
        <translation>El usuario &quot;%1&quot; existe en el servidor pero no se creó para este club (es de un administrador del servidor o de otro club). No se cambió nada; elija otro nombre.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has another role in the club; a login keeps its role. Nothing was changed. Disable it and add a new login for the new role.</source>
        <translation>El usuario &quot;%1&quot; tiene otra función en el club; un usuario conserva su función. No se cambió nada. Desactívelo y agregue un usuario nuevo para la nueva función.</translation>
    </message>
    <message>
        <source>You cannot disable your own login.</source>
        <translation>No puede desactivar su propio usuario.</translation>
    </message>
    <message>
        <source>list the club&apos;s logins</source>
        <translation>listar los usuarios del club</translation>
    </message>
    <message>
        <source>enable the login &quot;%1&quot;</source>
        <translation>activar el usuario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>disable the login &quot;%1&quot;</source>
        <translation>desactivar el usuario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reset the password of &quot;%1&quot;</source>
        <translation>restablecer la contraseña de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new password could not be prepared.</source>
        <translation>No se pudo preparar la nueva contraseña.</translation>
    </message>
    <message>
        <source>change your password on the server</source>
        <translation>cambiar su contraseña en el servidor</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Write the server as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Escriba el servidor como postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. %2</source>
        <translation>&quot;%1&quot; no es una dirección de servidor. %2</translation>
    </message>
    <message>
        <source>Do not put the password in the server address; the app asks for it and keeps it in the system keychain.</source>
        <translation>No ponga la contraseña en la dirección del servidor; la aplicación la pide y la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The server address needs a user, a host and a database. %1</source>
        <translation>La dirección del servidor necesita un usuario, un host y una base de datos. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode; use one of %2.</source>
        <translation>&quot;%1&quot; no es un modo TLS; use uno de %2.</translation>
    </message>
</context>
<context>
    <name>SetInactiveCommand</name>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivar a %1</translation>
    </message>
</context>
<context>
    <name>SetOfficersCommand</name>
    <message>
        <source>Officers %1</source>
        <translation>Directivos %1</translation>
    </message>
</context>
<context>
    <name>SetSeasonRulesCommand</name>
    <message>
        <source>Change the rules of season %1</source>
        <translation>Cambiar las reglas de la temporada %1</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share the Leaderboard</source>
        <translation>Compartir la clasificación</translation>
    </message>
    <message>
        <source>Anglers whose phones are on the same Wi-Fi or hotspot as this laptop can scan the code or open the address. No internet is needed. The leaderboard updates by itself.</source>
        <translation>Los pescadores cuyos teléfonos estén en la misma red Wi-Fi o punto de acceso que esta computadora pueden escanear el código o abrir la dirección. No hace falta internet. La clasificación se actualiza sola.</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copiar la dirección</translation>
    </message>
    <message>
        <source>&amp;Stop Sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Sin compartir</translation>
    </message>
    <message>
        <source>Other addresses of this laptop: %1</source>
        <translation>Otras direcciones de esta computadora: %1</translation>
    </message>
    <message>
        <source>This laptop is not on a network yet: join the hotspot or the club&apos;s router, then share again. Sharing with this laptop only for now.</source>
        <translation>Esta computadora todavía no está en una red: conéctela al punto de acceso o al router del club y vuelva a compartir. Por ahora solo se comparte con esta computadora.</translation>
    </message>
    <message>
        <source>Sharing now. Closing this window stops sharing.</source>
        <translation>Compartiendo. Al cerrar esta ventana se deja de compartir.</translation>
    </message>
</context>
<context>
    <name>SheetDelegate</name>
    <message>
        <source>(fishing alone)</source>
        <translation>(pesca solo)</translation>
    </message>
    <message>
        <source>12.34, 12,34, 12-5 or 12 lb 5 oz</source>
        <translation>12.34, 12,34, 12-5 o 12 lb 5 oz</translation>
    </message>
    <message>
        <source>Each fish&apos;s length: 15.5, 15 1/2, 15-4 — separated by commas</source>
        <translation>Largo de cada pez: 15.5, 15 1/2, 15-4 — separados por comas</translation>
    </message>
    <message>
        <source>%1

Save this change anyway?</source>
        <translation>%1

¿Guardar este cambio de todos modos?</translation>
    </message>
    <message>
        <source>Check the entry</source>
        <translation>Revise el dato</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>Se cambió %1.</translation>
    </message>
    <message>
        <source>Row %1 not saved yet: %2 Type the rest of the row; it is saved when it adds up.</source>
        <translation>La fila %1 aún no se guardó: %2 Escriba el resto de la fila; se guarda cuando cuadra.</translation>
    </message>
</context>
<context>
    <name>SiteWriter</name>
    <message>
        <source>Bass club</source>
        <translation>Club de pesca de lobina</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <extracomment>A date on the site&apos;s pages (QDate format: dddd weekday, MMMM month, d day, yyyy year).</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>A date in the site&apos;s tables (QDate format: ddd weekday, MMM month, d day).</extracomment>
        <translation>ddd d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>h:mm AP</source>
        <extracomment>A time of day on the site&apos;s pages (QTime format: h hour, mm minutes, AP AM/PM).</extracomment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Published %1 with SABC Tournament Manager.</source>
        <translation>Publicado el %1 con SABC Tournament Manager.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Final results</source>
        <translation>Resultados finales</translation>
    </message>
    <message>
        <source>Provisional results</source>
        <translation>Resultados provisionales</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>team format</source>
        <translation>formato por equipos</translation>
    </message>
    <message>
        <source>individual format</source>
        <translation>formato individual</translation>
    </message>
    <message>
        <source>paper tournament</source>
        <translation>torneo en papel</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Salida %1</translation>
    </message>
    <message>
        <source>weigh-in %1</source>
        <translation>pesaje %1</translation>
    </message>
    <message>
        <source>Big bass: none weighed.</source>
        <translation>Lobina mayor: no se pesó ninguna.</translation>
    </message>
    <message>
        <source>Big bass: %1, %2 lb</source>
        <translation>Lobina mayor: %1, %2 lb</translation>
    </message>
    <message>
        <source> &amp; </source>
        <translation> &amp; </translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>DQ</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bote</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Weight lb</source>
        <translation>Peso lb</translation>
    </message>
    <message>
        <source>Big bass lb</source>
        <translation>Lobina mayor lb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Net lb</source>
        <translation>lb netas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>Botes</translation>
    </message>
    <message>
        <source>This season is fished as teams: there are no points and no Angler of the Year; the team awards are below.</source>
        <translation>Esta temporada se pesca por equipos: no hay puntos ni Pescador del Año; los premios por equipo aparecen abajo.</translation>
    </message>
    <message>
        <source>Angler of the Year</source>
        <translation>Pescador del Año</translation>
    </message>
    <message>
        <source>Provisional: the standings count a tournament whose results are not final yet.</source>
        <translation>Provisional: la clasificación cuenta un torneo cuyos resultados aún no son finales.</translation>
    </message>
    <message>
        <source>No points yet this season.</source>
        <translation>Aún no hay puntos esta temporada.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Total weight lb</source>
        <translation>Peso total lb</translation>
    </message>
    <message>
        <source>Best %1 tournaments count; at least %2 events to be ranked.</source>
        <translation>Cuentan los mejores %1 torneos; se necesitan al menos %2 eventos para clasificar.</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>no otorgado</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n victoria</numerusform>
            <numerusform>%n victorias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Weight / wins</source>
        <translation>Peso / victorias</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>No tournaments this season yet.</source>
        <translation>Aún no hay torneos esta temporada.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Lago</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Nothing is on the calendar for this season yet.</source>
        <translation>Aún no hay nada en el calendario de esta temporada.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Choose a folder for the site.</source>
        <translation>Elija una carpeta para el sitio.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder for the site.</source>
        <translation>%1 es un archivo, no una carpeta; elija una carpeta para el sitio.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que puede escribir allí.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1. Check that you may write there.</source>
        <translation>No se puede escribir en la carpeta %1. Compruebe que puede escribir allí.</translation>
    </message>
    <message>
        <source>The club has no tournaments in %1.</source>
        <translation>El club no tiene torneos en %1.</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
    </message>
    <message>
        <source>Seasons</source>
        <translation>Temporadas</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar %1</source>
        <translation>Calendario %1</translation>
    </message>
    <message>
        <source>team season</source>
        <translation>temporada por equipos</translation>
    </message>
    <message>
        <source>No season has been published yet.</source>
        <translation>Aún no se ha publicado ninguna temporada.</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Tournaments fished</source>
        <translation>Torneos</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>the server did not answer within %1 seconds</source>
        <translation>el servidor no respondió en %1 segundos</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>No se pudo %1: %2.</translation>
    </message>
    <message>
        <source>Could not %1; the server answered: %2</source>
        <translation>No se pudo %1; el servidor respondió: %2</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)</source>
        <translation>Conectando con %1 (%2)</translation>
    </message>
    <message>
        <source>Could not reach the mail server %1 over TLS: %2.</source>
        <translation>No se pudo llegar al servidor de correo %1 con TLS: %2.</translation>
    </message>
    <message>
        <source>Could not reach the mail server %1: %2.</source>
        <translation>No se pudo llegar al servidor de correo %1: %2.</translation>
    </message>
    <message>
        <source>talk to the mail server %1</source>
        <translation>hablar con el servidor de correo %1</translation>
    </message>
    <message>
        <source>greet the mail server (EHLO)</source>
        <translation>saludar al servidor de correo (EHLO)</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; choose TLS (usually port 465) or another server.</source>
        <translation>El servidor de correo %1 no ofrece STARTTLS; elija TLS (normalmente el puerto 465) u otro servidor.</translation>
    </message>
    <message>
        <source>start encryption (STARTTLS)</source>
        <translation>iniciar el cifrado (STARTTLS)</translation>
    </message>
    <message>
        <source>Could not encrypt the connection to %1: %2.</source>
        <translation>No se pudo cifrar la conexión con %1: %2.</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Cifrado (%1)</translation>
    </message>
    <message>
        <source>sign in as %1</source>
        <translation>iniciar sesión como %1</translation>
    </message>
    <message>
        <source>The mail server %1 offers no sign-in this app knows (PLAIN or LOGIN)%2.</source>
        <translation>El servidor de correo %1 no ofrece ningún inicio de sesión que esta aplicación conozca (PLAIN o LOGIN)%2.</translation>
    </message>
    <message>
        <source>start the message (MAIL FROM)</source>
        <translation>empezar el mensaje (MAIL FROM)</translation>
    </message>
    <message>
        <source>name the recipients</source>
        <translation>indicar los destinatarios</translation>
    </message>
    <message numerus="yes">
        <source>The server took none of the %n recipients: %1</source>
        <translation>
            <numerusform>El servidor no aceptó al destinatario: %1</numerusform>
            <numerusform>El servidor no aceptó a ninguno de los %n destinatarios: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>send the message (DATA)</source>
        <translation>enviar el mensaje (DATA)</translation>
    </message>
    <message numerus="yes">
        <source>C: (the message, %n bytes)</source>
        <translation>
            <numerusform>C: (el mensaje, %n byte)</numerusform>
            <numerusform>C: (el mensaje, %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The message was sent but the server gave no answer (%1); it may have gone out.</source>
        <translation>El mensaje se envió pero el servidor no respondió (%1); puede que haya salido.</translation>
    </message>
    <message>
        <source>send the message</source>
        <translation>enviar el mensaje</translation>
    </message>
</context>
<context>
    <name>SmtpServer</name>
    <message>
        <source>&quot;%1&quot; is not an SMTP address; write it as smtp://[USER@]HOST:PORT[?security=starttls|tls|none].</source>
        <translation>«%1» no es una dirección SMTP; escríbala como smtp://[USER@]HOST:PORT[?security=starttls|tls|none].</translation>
    </message>
    <message>
        <source>The SMTP address &quot;%1&quot; has no port (587 for STARTTLS, 465 for TLS).</source>
        <translation>La dirección SMTP «%1» no tiene puerto (587 para STARTTLS, 465 para TLS).</translation>
    </message>
    <message>
        <source>The SMTP address &quot;%1&quot; has a path; only the query ?security=starttls|tls|none may follow the port.</source>
        <translation>La dirección SMTP «%1» tiene una ruta; tras el puerto solo puede ir ?security=starttls|tls|none.</translation>
    </message>
    <message>
        <source>The SMTP address knows no &quot;%1&quot;; only security=starttls|tls|none.</source>
        <translation>La dirección SMTP no admite «%1»; solo security=starttls|tls|none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security of the SMTP address; use starttls, tls or none.</source>
        <translation>«%1» no es una seguridad de la dirección SMTP; use starttls, tls o none.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name (like smtp.example.org).</source>
        <translation>Escriba el nombre del servidor de correo (como smtp.example.org).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Without encryption the password and the members&apos; addresses would cross the network readable by anyone; plain SMTP goes only to this computer (localhost). Choose STARTTLS or TLS for %1.</source>
        <translation>Sin cifrado, la contraseña y las direcciones de los socios cruzarían la red legibles por cualquiera; el SMTP sin cifrar solo va a esta computadora (localhost). Elija STARTTLS o TLS para %1.</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message numerus="yes">
        <source>Only the best %n tournaments count.</source>
        <translation>
            <numerusform>Solo cuenta el mejor torneo (%n).</numerusform>
            <numerusform>Solo cuentan los %n mejores torneos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n events: not ranked.</source>
        <translation>
            <numerusform>Menos de %n evento: sin clasificar.</numerusform>
            <numerusform>Menos de %n eventos: sin clasificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Weight (lb)</source>
        <translation>Peso (lb)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartados</translation>
    </message>
</context>
<context>
    <name>StandingsPage</name>
    <message>
        <source>&amp;Season:</source>
        <translation>Te&amp;mporada:</translation>
    </message>
    <message>
        <source>Angler of the Year standings</source>
        <translation>Clasificación del Pescador del Año</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Tournaments of the selected angler</source>
        <translation>Torneos del pescador seleccionado</translation>
    </message>
    <message>
        <source>The standings could not be computed: %1</source>
        <translation>No se pudo calcular la clasificación: %1</translation>
    </message>
    <message>
        <source>Team season %1: boats are ranked by weight; no points or Angler of the Year.</source>
        <translation>Temporada por equipos %1: los botes se clasifican por peso; no hay puntos ni Pescador del Año.</translation>
    </message>
    <message numerus="yes">
        <source>Angler of the Year %1 · tournaments fished: %n</source>
        <translation>
            <numerusform>Pescador del Año %1 · torneos pescados: %n</numerusform>
            <numerusform>Pescador del Año %1 · torneos pescados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · best %n count</source>
        <translation>
            <numerusform> · cuenta el mejor (%n)</numerusform>
            <numerusform> · cuentan los %n mejores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · at least %n events to rank</source>
        <translation>
            <numerusform> · al menos %n evento para clasificar</numerusform>
            <numerusform> · al menos %n eventos para clasificar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points, events fished: %n</source>
        <translation>
            <numerusform>%1: %2 puntos, eventos pescados: %n</numerusform>
            <numerusform>%1: %2 puntos, eventos pescados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an angler in the table.</source>
        <translation>Seleccione un pescador en la tabla.</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>no otorgado</translation>
    </message>
    <message numerus="yes">
        <source>wins: %n</source>
        <translation>
            <numerusform>victorias: %n</numerusform>
            <numerusform>victorias: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No awards yet this season.</source>
        <translation>Aún no hay premios esta temporada.</translation>
    </message>
    <message>
        <source>Points race</source>
        <translation>Carrera de puntos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No club file is open. Start one with File &gt; New Club (Ctrl+N), or open the club&apos;s file with File &gt; Open (Ctrl+O).</source>
        <translation>No hay ningún archivo de club abierto. Cree uno con Archivo &gt; Nuevo club (Ctrl+N) o abra el archivo del club con Archivo &gt; Abrir (Ctrl+O).</translation>
    </message>
    <message>
        <source>No standings yet: they appear here after the first weigh-in (Ctrl+3).</source>
        <translation>Todavía no hay clasificación: aparece aquí después del primer pesaje (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Leave out tournaments not yet finalized</source>
        <translation>&amp;Dejar fuera los torneos aún no cerrados</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n entries)</source>
        <translation>
            <numerusform>%1 (%2, %n participación)</numerusform>
            <numerusform>%1 (%2, %n participaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Without %1: not finalized yet, left out of these standings.</source>
        <translation>Sin %1: aún no cerrado, fuera de esta clasificación.</translation>
    </message>
    <message>
        <source>Provisional: these standings include %1, not finalized yet; places and points can still change.</source>
        <translation>Provisional: esta clasificación incluye %1, aún no cerrado; los lugares y los puntos aún pueden cambiar.</translation>
    </message>
    <message>
        <source>&amp;View Profile...</source>
        <translation>&amp;Ver perfil...</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a club database.</source>
        <translation>&quot;%1&quot; es una carpeta, no una base de datos del club.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a club database (it is not an SQLite file). It was left unchanged.</source>
        <translation>&quot;%1&quot; no es una base de datos del club (no es un archivo SQLite). No se modificó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2. It was left unchanged.</source>
        <translation>No se pudo abrir &quot;%1&quot;: %2. No se modificó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (the database check failed), so it was not opened and was left unchanged. Restore it from a backup.</source>
        <translation>&quot;%1&quot; está dañado (falló la verificación de la base de datos), así que no se abrió y no se modificó. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a club database. It was left unchanged.</source>
        <translation>&quot;%1&quot; es una base de datos SQLite de otro programa, no una base de datos del club. No se modificó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of SABC Tournament Manager (database version %2; this app knows up to %3). Update the app to open it. The file was left unchanged.</source>
        <translation>&quot;%1&quot; fue escrito por una versión más reciente de SABC Tournament Manager (versión de base de datos %2; esta aplicación conoce hasta la %3). Actualice la aplicación para abrirlo. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Could not create the folder &quot;%1&quot;.</source>
        <translation>No se pudo crear la carpeta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>No se pudo abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>read this laptop&apos;s device id</source>
        <translation>leer el id de dispositivo de esta laptop</translation>
    </message>
    <message>
        <source>read the last change stamp</source>
        <translation>leer la última marca de cambio</translation>
    </message>
    <message>
        <source>set up the database</source>
        <translation>configurar la base de datos</translation>
    </message>
    <message>
        <source>Could not read the database version.</source>
        <translation>No se pudo leer la versión de la base de datos.</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>actualizar la base de datos a la versión %1</translation>
    </message>
    <message>
        <source>start saving</source>
        <translation>comenzar a guardar</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>guardar los cambios</translation>
    </message>
    <message>
        <source>save the new record</source>
        <translation>guardar el nuevo registro</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>guardar el cambio</translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>El registro que se iba a cambiar ya no existe.</translation>
    </message>
    <message>
        <source>delete the record</source>
        <translation>eliminar el registro</translation>
    </message>
    <message>
        <source>The record to delete no longer exists.</source>
        <translation>El registro que se iba a eliminar ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name for the backup.</source>
        <translation>&quot;%1&quot; ya existe; elija un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation>escribir la copia de seguridad</translation>
    </message>
    <message>
        <source>read the club</source>
        <translation>leer el club</translation>
    </message>
    <message>
        <source>Enter the club&apos;s name.</source>
        <translation>Escriba el nombre del club.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>&quot;%1&quot; no es una zona horaria que esta computadora conozca.</translation>
    </message>
    <message>
        <source>This database already holds a club.</source>
        <translation>Esta base de datos ya contiene un club.</translation>
    </message>
    <message>
        <source>The list of lakes is missing from this installation.</source>
        <translation>Falta la lista de lagos en esta instalación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read (%2). It was left unchanged.</source>
        <translation>No se pudo leer «%1» (%2). No se modificó.</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>verificar la base de datos</translation>
    </message>
    <message>
        <source>read the database header</source>
        <translation>leer el encabezado de la base de datos</translation>
    </message>
    <message>
        <source>read the database version</source>
        <translation>leer la versión de la base de datos</translation>
    </message>
    <message>
        <source>undo the unsaved changes</source>
        <translation>deshacer los cambios no guardados</translation>
    </message>
    <message>
        <source>There is no club database &quot;%1&quot;.</source>
        <translation>No existe la base de datos del club «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a club database (it is not an SQLite file).</source>
        <translation>«%1» no es una base de datos del club (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a club database.</source>
        <translation>«%1» no es una base de datos del club.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has database version %2; this app reads version %3. Open it once in the window of the same version of the app first.</source>
        <translation>«%1» tiene la versión %2 de la base de datos; esta aplicación lee la versión %3. Ábrala primero una vez en la ventana de esta misma versión de la aplicación.</translation>
    </message>
    <message>
        <source>check the database for changes</source>
        <translation>comprobar si la base de datos cambió</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in a place this user may not change (the file or its folder &quot;%2&quot; is read-only), so it was not opened. The file itself was not checked further and was left unchanged. Copy it to a folder you can write, or ask whoever manages this computer for write access.</source>
        <translation>&quot;%1&quot; está en un lugar que este usuario no puede modificar (el archivo o su carpeta &quot;%2&quot; es de solo lectura), así que no se abrió. El archivo en sí no se examinó más y no se modificó. Cópielo a una carpeta en la que pueda escribir, o pida permiso de escritura a quien administra este equipo.</translation>
    </message>
    <message>
        <source>The disk holding &quot;%1&quot; is full, so it could not be opened. The file was left unchanged. Free some space on that disk and try again.</source>
        <translation>El disco que contiene &quot;%1&quot; está lleno, así que no se pudo abrir. No se modificó. Libere espacio en ese disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>Could not keep a copy of &quot;%1&quot; before upgrading it (%2), so it was not upgraded and was left unchanged as it was.</source>
        <translation>No se pudo guardar una copia de &quot;%1&quot; antes de actualizarlo (%2), así que no se actualizó y quedó sin cambios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: it holds no club database. It was left unchanged.</source>
        <translation>&quot;%1&quot; está vacío: no contiene ninguna base de datos del club. No se modificó.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; holds an invisible control character (code %2), which cannot be saved. Type it again without it.</source>
        <translation>El texto &quot;%1&quot; contiene un carácter de control invisible (código %2), que no se puede guardar. Escríbalo de nuevo sin él.</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation>No se pudo leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>read the database&apos;s tables</source>
        <translation>leer las tablas de la base de datos</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>read the conflict</source>
        <translation>leer el conflicto</translation>
    </message>
    <message>
        <source>This conflict was already settled.</source>
        <translation>Este conflicto ya se resolvió.</translation>
    </message>
    <message>
        <source>close the conflict</source>
        <translation>cerrar el conflicto</translation>
    </message>
    <message>
        <source>read the sync conflicts</source>
        <translation>leer los conflictos de sincronización</translation>
    </message>
    <message>
        <source>There is no choice of this conflict to undo.</source>
        <translation>No hay ninguna elección de este conflicto que deshacer.</translation>
    </message>
    <message>
        <source>open the conflict again</source>
        <translation>volver a abrir el conflicto</translation>
    </message>
    <message>
        <source>read the record of the conflict</source>
        <translation>leer el registro del conflicto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, the boat of %2</source>
        <translation>%1, el bote de %2</translation>
    </message>
    <message>
        <source>%1, a paper fish of %2</source>
        <translation>%1, un pez en papel de %2</translation>
    </message>
    <message>
        <source>the angler %1</source>
        <translation>el pescador %1</translation>
    </message>
    <message>
        <source>the tournament %1 (%2)</source>
        <translation>el torneo %1 (%2)</translation>
    </message>
    <message>
        <source>could not be taken in</source>
        <translation>no se pudo incorporar</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
    <message>
        <source>boat entered on two laptops</source>
        <translation>bote inscrito en dos laptops</translation>
    </message>
    <message>
        <source>entered on two laptops</source>
        <translation>inscrito en dos laptops</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Dead fish</source>
        <translation>Peces muertos</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutos de retraso</translation>
    </message>
    <message>
        <source>Buy-in</source>
        <translation>Sin pescar</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Descalificado</translation>
    </message>
    <message>
        <source>Team fish</source>
        <translation>Peces del equipo</translation>
    </message>
    <message>
        <source>Team weight</source>
        <translation>Peso del equipo</translation>
    </message>
    <message>
        <source>Team big bass</source>
        <translation>Lobina mayor del equipo</translation>
    </message>
    <message>
        <source>Team dead fish</source>
        <translation>Peces muertos del equipo</translation>
    </message>
    <message>
        <source>Team disqualified</source>
        <translation>Equipo descalificado</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Weighed weight</source>
        <translation>Peso en báscula</translation>
    </message>
    <message numerus="yes">
        <source>%n fish</source>
        <translation>
            <numerusform>%n pez</numerusform>
            <numerusform>%n peces</numerusform>
        </translation>
    </message>
    <message>
        <source>big bass %1</source>
        <translation>lobina mayor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n muerto</numerusform>
            <numerusform>%n muertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) late</source>
        <translation>
            <numerusform>%n minuto de retraso</numerusform>
            <numerusform>%n minutos de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>buy-in</source>
        <translation>sin pescar</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>descalificado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 in</translation>
    </message>
    <message>
        <source>%1 %2/%3 in</source>
        <translation>%1 %2/%3 in</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>could not be taken in: %1</source>
        <translation>no se pudo incorporar: %1</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>(no está aquí)</translation>
    </message>
    <message>
        <source>kept here, not sent</source>
        <translation>guardado aquí, no enviado</translation>
    </message>
    <message>
        <source>the server&apos;s record</source>
        <translation>el registro del servidor</translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation>(no está en el servidor)</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mío</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>del servidor</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Del servidor</translation>
    </message>
    <message>
        <source>Applied now</source>
        <translation>Aplicado ahora</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>the club&apos;s details</source>
        <translation>los datos del club</translation>
    </message>
    <message>
        <source>anglers</source>
        <translation>pescadores</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>membresías</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>directivos</translation>
    </message>
    <message>
        <source>rulesets</source>
        <translation>reglamentos</translation>
    </message>
    <message>
        <source>lakes</source>
        <translation>lagos</translation>
    </message>
    <message>
        <source>ramps</source>
        <translation>rampas</translation>
    </message>
    <message>
        <source>tournaments</source>
        <translation>torneos</translation>
    </message>
    <message>
        <source>weigh-in entries</source>
        <translation>participaciones del pesaje</translation>
    </message>
    <message>
        <source>paper-tournament fish</source>
        <translation>peces de torneos en papel</translation>
    </message>
    <message>
        <source>boats</source>
        <translation>botes</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>el libro</translation>
    </message>
    <message>
        <source>tournament history</source>
        <translation>historial de torneos</translation>
    </message>
    <message>
        <source>Opening the club database</source>
        <translation>Abriendo la base de datos del club</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Could not connect to the server: %1</source>
        <translation>No se pudo conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server %1 is not set up for the club yet. Its administrator runs: sabc server init --server %1</source>
        <translation>El servidor %1 aún no está configurado para el club. Su administrador debe ejecutar: sabc server init --server %1</translation>
    </message>
    <message>
        <source>The server was set up by a newer version of SABC Tournament Manager. Update the app on this laptop to sync.</source>
        <translation>El servidor fue configurado por una versión más reciente de SABC Tournament Manager. Actualice la aplicación en esta laptop para sincronizar.</translation>
    </message>
    <message>
        <source>The server %1 was set up by an older version of SABC Tournament Manager and needs an upgrade first. Its administrator runs: sabc server init --server %1</source>
        <translation>El servidor %1 fue configurado por una versión anterior de SABC Tournament Manager y primero necesita actualizarse. Su administrador debe ejecutar: sabc server init --server %1</translation>
    </message>
    <message>
        <source>identify the server</source>
        <translation>identificar el servidor</translation>
    </message>
    <message>
        <source>start a full exchange</source>
        <translation>comenzar un intercambio completo</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>Obteniendo cambios</translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation>Aplicando cambios</translation>
    </message>
    <message>
        <source>apply the changes</source>
        <translation>aplicar los cambios</translation>
    </message>
    <message>
        <source>Applying the server&apos;s changes failed: %1 Nothing was changed on this laptop.</source>
        <translation>Falló la aplicación de los cambios del servidor: %1 No se cambió nada en esta laptop.</translation>
    </message>
    <message>
        <source>Another sync of &quot;%1&quot; is already running. This one changed nothing; sync again when that one has finished.</source>
        <translation>Ya hay otra sincronización de &quot;%1&quot; en curso. Esta no cambió nada; sincronice de nuevo cuando aquella termine.</translation>
    </message>
    <message>
        <source>calendar events</source>
        <translation>eventos del calendario</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Club server</source>
        <translation>Servidor del club</translation>
    </message>
    <message>
        <source>postgresql://you@server.example.org:5432/club</source>
        <translation>postgresql://usuario@server.example.org:5432/club</translation>
    </message>
    <message>
        <source>Sync automatically every 5 minutes and when the network comes back</source>
        <translation>Sincronizar automáticamente cada 5 minutos y cuando vuelva la red</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Quitar servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Usar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar el ot&amp;ro</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Nuevo servidor…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name and address, then save it.</source>
        <translation>Escriba el nombre y la dirección del servidor y luego guárdelo.</translation>
    </message>
    <message>
        <source>Signed in as %1 (password in the system keychain).</source>
        <translation>Sesión iniciada como %1 (contraseña en el llavero del sistema).</translation>
    </message>
    <message>
        <source>Enter the password of %1 and sign in.</source>
        <translation>Escriba la contraseña de %1 e inicie sesión.</translation>
    </message>
    <message>
        <source>Give the server a name, e.g. Club server.</source>
        <translation>Dé un nombre al servidor, p. ej. Servidor del club.</translation>
    </message>
    <message>
        <source>Save the server first.</source>
        <translation>Primero guarde el servidor.</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Primero escriba la contraseña.</translation>
    </message>
    <message>
        <source>The password of %1 was removed from this computer.</source>
        <translation>La contraseña de %1 se eliminó de esta computadora.</translation>
    </message>
    <message>
        <source>Open a club database first.</source>
        <translation>Primero abra una base de datos del club.</translation>
    </message>
    <message>
        <source>Sign in to a server first.</source>
        <translation>Primero inicie sesión en un servidor.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Last sync %1: %2 sent, %3 received, %4 conflicts.</source>
        <translation>Última sincronización %1: %2 enviados, %3 recibidos, %4 conflictos.</translation>
    </message>
    <message>
        <source>Last sync %1 failed: %2</source>
        <translation>La última sincronización %1 falló: %2</translation>
    </message>
    <message>
        <source>No server yet</source>
        <translation>Aún no hay servidor</translation>
    </message>
    <message>
        <source>%1 · no conflicts</source>
        <translation>%1 · sin conflictos</translation>
    </message>
    <message>
        <source>%1 · 1 conflict to resolve</source>
        <translation>%1 · 1 conflicto por resolver</translation>
    </message>
    <message>
        <source>%1 · %2 conflicts to resolve</source>
        <translation>%1 · %2 conflictos por resolver</translation>
    </message>
    <message>
        <source>Not signed in: %1 The password was not saved.</source>
        <translation>No se inició sesión: %1 La contraseña no se guardó.</translation>
    </message>
    <message>
        <source>S&amp;ave server</source>
        <translation>&amp;Guardar servidor</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Ad&amp;dress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>For&amp;get password</source>
        <translation>&amp;Olvidar contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Saved the server &quot;%1&quot;.</source>
        <translation>Servidor «%1» guardado.</translation>
    </message>
    <message>
        <source>Last sync %1 was partial: %2 sent, %3 received, %4 conflicts. The server refused these changes; they stay on this laptop:</source>
        <translation>La última sincronización (%1) fue parcial: %2 enviados, %3 recibidos, %4 conflictos. El servidor rechazó estos cambios; siguen en esta computadora:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), %2</source>
        <translation>
            <numerusform>%1: %n cambio, %2</numerusform>
            <numerusform>%1: %n cambios, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The same weigh-in number was changed on two laptops, or the same angler was weighed in on two laptops. One is applied for now on every laptop; choose which to keep. A choice can be undone.</source>
        <translation>El mismo dato de pesaje se cambió en dos laptops, o el mismo pescador se pesó en dos laptops. Por ahora se aplica uno en todas las laptops; elija cuál conservar. La elección se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Undo last choice</source>
        <translation>Des&amp;hacer la última elección</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Cam&amp;biar contraseña…</translation>
    </message>
    <message>
        <source>Manage logins…</source>
        <translation>Gestionar usuarios…</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Your server password was changed; it is kept for this session only: %1</source>
        <translation>Se cambió su contraseña del servidor; se guarda solo durante esta sesión: %1</translation>
    </message>
    <message>
        <source>The server password of %1 was changed and saved in the system keychain.</source>
        <translation>Se cambió la contraseña del servidor de %1 y se guardó en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>TeamBoatsModel</name>
    <message>
        <source>(not weighed in)</source>
        <translation>(sin pesaje)</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more (not “%1”).</source>
        <translation>Escriba un número entero, 0 o mayor (no “%1”).</translation>
    </message>
    <message>
        <source>%1 fish is more than two anglers&apos; limit of %2.</source>
        <translation>%1 peces supera el límite de %2 para dos pescadores.</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bote</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Boat weight</source>
        <translation>Peso del bote</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Muertos</translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>Desc.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Aún no guardado: %1</translation>
    </message>
    <message>
        <source>Row %1 not saved yet: %2 Type the rest of the row; it is saved when it adds up.</source>
        <translation>La fila %1 aún no se guardó: %2 Escriba el resto de la fila; se guarda cuando cuadra.</translation>
    </message>
    <message numerus="yes">
        <source>%n fish but no weight.</source>
        <translation>
            <numerusform>%n pez pero sin peso.</numerusform>
            <numerusform>%n peces pero sin peso.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lb with no fish.</source>
        <translation>%1 lb sin peces.</translation>
    </message>
    <message>
        <source>The big bass (%1 lb) weighs more than the boat&apos;s stringer (%2 lb).</source>
        <translation>La lobina mayor (%1 lb) pesa más que la captura del bote (%2 lb).</translation>
    </message>
    <message>
        <source>%1 dead fish but only %2 fish.</source>
        <translation>%1 peces muertos pero solo %2 peces.</translation>
    </message>
    <message>
        <source>Boat %1 (%2) was not saved: %3 It is back to what it was.</source>
        <translation>El bote %1 (%2) no se guardó: %3 Volvió a lo que era.</translation>
    </message>
</context>
<context>
    <name>TournamentActions</name>
    <message>
        <source>Tournaments</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tournaments.</source>
        <translation>
            <numerusform>Se agregó %n torneo.</numerusform>
            <numerusform>Se agregaron %n torneos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo del club abierto.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó %1. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Saved the rules of season %1.</source>
        <translation>Se guardaron las reglas de la temporada %1.</translation>
    </message>
</context>
<context>
    <name>TournamentDialog</name>
    <message>
        <source>New tournament</source>
        <translation>Nuevo torneo</translation>
    </message>
    <message>
        <source>Tournament: %1</source>
        <translation>Torneo: %1</translation>
    </message>
    <message>
        <source>new lake&apos;s name</source>
        <translation>nombre del nuevo lago</translation>
    </message>
    <message>
        <source>its ramp (optional)</source>
        <translation>su rampa (opcional)</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papel</translation>
    </message>
    <message>
        <source>Add lake</source>
        <translation>Agregar lago</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Team (boats)</source>
        <translation>Por equipos (botes)</translation>
    </message>
    <message>
        <source>The season&apos;s ruleset</source>
        <translation>El reglamento de la temporada</translation>
    </message>
    <message>
        <source>per angler</source>
        <translation>por pescador</translation>
    </message>
    <message>
        <source>per boat</source>
        <translation>por bote</translation>
    </message>
    <message>
        <source>Paper tournament (fish measured, not weighed)</source>
        <translation>Torneo en papel (peces medidos, no pesados)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>weigh-in</source>
        <translation>pesaje</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Lake</source>
        <translation>&amp;Lago</translation>
    </message>
    <message>
        <source>&amp;Ramp</source>
        <translation>&amp;Rampa</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No está en la lista</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>R&amp;uleset</source>
        <translation>Re&amp;glamento</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(aún no elegido)</translation>
    </message>
    <message>
        <source>%1 (paper)</source>
        <translation>%1 (papel)</translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo del club abierto.</translation>
    </message>
    <message>
        <source>Enter the tournament&apos;s name.</source>
        <translation>Escriba el nombre del torneo.</translation>
    </message>
    <message>
        <source>The weigh-in must be after the start.</source>
        <translation>El pesaje debe ser después del inicio.</translation>
    </message>
    <message>
        <source>Entry fee: %1</source>
        <translation>Inscripción: %1</translation>
    </message>
    <message>
        <source>Fish li&amp;mit</source>
        <translation>Lími&amp;te de peces</translation>
    </message>
    <message>
        <source>&amp;Entry fee</source>
        <translation>Inscri&amp;pción</translation>
    </message>
    <message>
        <source>La&amp;kes and Ramps…</source>
        <translation>Lagos y r&amp;ampas…</translation>
    </message>
    <message>
        <source>Add, rename, map or delete the club&apos;s lakes and ramps</source>
        <translation>Agregar, renombrar, ubicar en el mapa o eliminar los lagos y rampas del club</translation>
    </message>
</context>
<context>
    <name>TournamentListModel</name>
    <message>
        <source>Planned</source>
        <translation>Planeado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>%1, paper</source>
        <translation>%1, papel</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <comment>tournament date</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Launch at %1</source>
        <translation>Salida a las %1</translation>
    </message>
    <message>
        <source>Launch at %1, weigh-in at %2</source>
        <translation>Salida a las %1, pesaje a las %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Lago</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Rampa</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Inscritos</translation>
    </message>
</context>
<context>
    <name>TournamentMoney</name>
    <message>
        <source>%1th</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>%1 place</source>
        <translation>%1 lugar</translation>
    </message>
    <message>
        <source> &amp; </source>
        <translation> &amp; </translation>
    </message>
    <message>
        <source>read the seasons</source>
        <translation>leer las temporadas</translation>
    </message>
    <message>
        <source>read the season&apos;s tournaments</source>
        <translation>leer los torneos de la temporada</translation>
    </message>
    <message>
        <source>read the tournament</source>
        <translation>leer el torneo</translation>
    </message>
    <message>
        <source>That tournament is no longer in the club database.</source>
        <translation>Ese torneo ya no está en la base de datos del club.</translation>
    </message>
    <message>
        <source>The tournament could not be scored.</source>
        <translation>No se pudo calcular la puntuación del torneo.</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>leer el padrón</translation>
    </message>
    <message>
        <source>Entry fees</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Place money paid</source>
        <translation>Premios por lugar pagados</translation>
    </message>
    <message>
        <source>Big bass paid</source>
        <translation>Lobina mayor pagada</translation>
    </message>
    <message>
        <source>Big bass pot share</source>
        <translation>Aporte a la bolsa de lobina mayor</translation>
    </message>
    <message>
        <source>Club fund</source>
        <translation>Fondo del club</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Caridad</translation>
    </message>
    <message>
        <source>%1 was cancelled; no entry fees are taken.</source>
        <translation>%1 se canceló; no se cobran inscripciones.</translation>
    </message>
    <message>
        <source>Choose how the fee was paid: cash, check or online.</source>
        <translation>Elija cómo se pagó la inscripción: efectivo, cheque o en línea.</translation>
    </message>
    <message>
        <source>That angler is not on the roster.</source>
        <translation>Ese pescador no está en el padrón.</translation>
    </message>
    <message>
        <source>%1 already paid the entry fee of %2.</source>
        <translation>%1 ya pagó la inscripción de %2.</translation>
    </message>
    <message>
        <source>Buy-in, %1</source>
        <translation>Sin pescar, %1</translation>
    </message>
    <message>
        <source>Entry fee, %1</source>
        <translation>Inscripción, %1</translation>
    </message>
    <message>
        <source>%1 has no entry fee recorded to take back.</source>
        <translation>%1 no tiene una inscripción registrada que devolver.</translation>
    </message>
    <message>
        <source>Entry fee taken back, %1</source>
        <translation>Inscripción devuelta, %1</translation>
    </message>
    <message>
        <source>Choose a winner to mark paid.</source>
        <translation>Elija un ganador para marcarlo como pagado.</translation>
    </message>
    <message>
        <source>Choose how the winner was paid: cash, check or online.</source>
        <translation>Elija cómo se le pagó al ganador: efectivo, cheque o en línea.</translation>
    </message>
    <message>
        <source>%1 (%2) is already paid %3.</source>
        <translation>A %1 (%2) ya se le pagó %3.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Choose a winner.</source>
        <translation>Elija un ganador.</translation>
    </message>
    <message>
        <source>Payout taken back, %1</source>
        <translation>Pago de premio anulado, %1</translation>
    </message>
    <message>
        <source>No payout to %1 is recorded.</source>
        <translation>No hay ningún premio registrado a %1.</translation>
    </message>
    <message>
        <source>Big bass share, %1</source>
        <translation>Aporte a la lobina mayor, %1</translation>
    </message>
    <message>
        <source>Big bass cents that do not split evenly, %1</source>
        <translation>Centavos de la lobina mayor que no se reparten en partes iguales, %1</translation>
    </message>
    <message>
        <source>Club share, %1</source>
        <translation>Aporte al club, %1</translation>
    </message>
    <message>
        <source>Charity share, %1</source>
        <translation>Aporte a caridad, %1</translation>
    </message>
    <message>
        <source>Entry fee taken back, %1: %2</source>
        <translation>Inscripción devuelta, %1: %2</translation>
    </message>
    <message>
        <source>The big bass pot holds %1, less than the %2 owed to %3, and the tournament pot holds too little to move this tournament&apos;s big bass share (%4) into it. Record the entry fees of %5 first.</source>
        <translation>La bolsa de la lobina mayor tiene %1, menos de los %2 que se deben a %3, y la bolsa del torneo no alcanza para pasarle la parte de la lobina mayor de este torneo (%4). Registre primero las inscripciones de %5.</translation>
    </message>
    <message>
        <source>The big bass pot holds %1, less than the %2 owed to %3; paying it would leave the pot below zero. Record the entry fees of %4 and check the big bass pot&apos;s entries in the ledger first.</source>
        <translation>La bolsa de la lobina mayor tiene %1, menos de los %2 que se deben a %3; pagarlo dejaría la bolsa por debajo de cero. Registre primero las inscripciones de %4 y revise los asientos de la bolsa de la lobina mayor en el libro.</translation>
    </message>
    <message>
        <source>%1 is not finalized yet. Finalize it on the Weigh-in page (Finalize…) once every bag is weighed, then move the shares to the funds.</source>
        <translation>%1 aún no está finalizado. Finalícelo en la página de pesaje (Finalizar…) cuando se hayan pesado todas las bolsas y luego pase las partes a los fondos.</translation>
    </message>
</context>
<context>
    <name>TournamentMoneyState</name>
    <message>
        <source>Nothing to balance yet: no fees are expected or recorded.</source>
        <translation>Aún no hay nada que cuadrar: no hay inscripciones esperadas ni registradas.</translation>
    </message>
    <message>
        <source>Balances to the cent: %1 in fees, every payout paid and every share moved.</source>
        <translation>Cuadra al centavo: %1 en inscripciones, todos los premios pagados y todos los aportes transferidos.</translation>
    </message>
    <message>
        <source>%1 of entry fees not recorded</source>
        <translation>%1 de inscripciones sin registrar</translation>
    </message>
    <message>
        <source>%1 more in fees than the entries account for (a refund is due)</source>
        <translation>%1 más en inscripciones de lo que corresponde a los inscritos (se debe un reembolso)</translation>
    </message>
    <message>
        <source>%1 of place money not paid</source>
        <translation>%1 de premios por lugar sin pagar</translation>
    </message>
    <message>
        <source>%1 paid beyond the place money</source>
        <translation>%1 pagado de más sobre los premios por lugar</translation>
    </message>
    <message>
        <source>%1 of big bass money not paid</source>
        <translation>%1 del premio de lobina mayor sin pagar</translation>
    </message>
    <message>
        <source>%1 paid beyond the big bass pot</source>
        <translation>%1 pagado de más sobre la bolsa de la lobina mayor</translation>
    </message>
    <message>
        <source>%1 not yet moved to the big bass pot</source>
        <translation>%1 aún sin transferir a la bolsa de la lobina mayor</translation>
    </message>
    <message>
        <source>%1 too much moved to the big bass pot</source>
        <translation>%1 transferido de más a la bolsa de la lobina mayor</translation>
    </message>
    <message>
        <source>%1 not yet moved to the club fund</source>
        <translation>%1 aún sin transferir al fondo del club</translation>
    </message>
    <message>
        <source>%1 too much moved to the club fund</source>
        <translation>%1 transferido de más al fondo del club</translation>
    </message>
    <message>
        <source>%1 not yet moved to charity</source>
        <translation>%1 aún sin transferir a caridad</translation>
    </message>
    <message>
        <source>%1 too much moved to charity</source>
        <translation>%1 transferido de más a caridad</translation>
    </message>
    <message>
        <source>the tournament pot still holds %1 for it</source>
        <translation>la bolsa del torneo aún guarda %1 para ello</translation>
    </message>
    <message>
        <source>Does not balance, off by %1: %2.</source>
        <translation>No cuadra, hay una diferencia de %1: %2.</translation>
    </message>
</context>
<context>
    <name>TournamentStats</name>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 lb (%2)</source>
        <translation>%1 lb (%2)</translation>
    </message>
    <message>
        <source>Anglers</source>
        <translation>Pescadores</translation>
    </message>
    <message>
        <source>Boats</source>
        <translation>Botes</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Ceros</translation>
    </message>
    <message>
        <source>Heaviest boat</source>
        <translation>Bote más pesado</translation>
    </message>
    <message>
        <source>Heaviest stringer</source>
        <translation>Sarta más pesada</translation>
    </message>
    <message>
        <source>Average boat</source>
        <translation>Promedio por bote</translation>
    </message>
    <message>
        <source>Average stringer</source>
        <translation>Sarta promedio</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message numerus="yes">
        <source>%n anglers</source>
        <translation>
            <numerusform>%n pescador</numerusform>
            <numerusform>%n pescadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boats</source>
        <translation>
            <numerusform>%n bote</numerusform>
            <numerusform>%n botes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fish</source>
        <translation>
            <numerusform>%n pez</numerusform>
            <numerusform>%n peces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limits</source>
        <translation>
            <numerusform>%n límite</numerusform>
            <numerusform>%n límites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zeros</source>
        <translation>
            <numerusform>%n cero</numerusform>
            <numerusform>%n ceros</numerusform>
        </translation>
    </message>
    <message>
        <source>heaviest boat %1 lb (%2)</source>
        <translation>bote más pesado %1 lb (%2)</translation>
    </message>
    <message>
        <source>heaviest %1 lb (%2)</source>
        <translation>más pesada %1 lb (%2)</translation>
    </message>
    <message>
        <source>average %1 lb</source>
        <translation>promedio %1 lb</translation>
    </message>
    <message>
        <source>big bass %1 lb (%2)</source>
        <translation>lobina mayor %1 lb (%2)</translation>
    </message>
</context>
<context>
    <name>TournamentStore</name>
    <message>
        <source>read the measured fish</source>
        <translation>leer los peces medidos</translation>
    </message>
    <message>
        <source>read the tournament</source>
        <translation>leer el torneo</translation>
    </message>
    <message>
        <source>The tournament no longer exists.</source>
        <translation>El torneo ya no existe.</translation>
    </message>
    <message>
        <source>read the tournaments</source>
        <translation>leer los torneos</translation>
    </message>
    <message>
        <source>Enter the tournament&apos;s date.</source>
        <translation>Escriba la fecha del torneo.</translation>
    </message>
    <message>
        <source>Enter the tournament&apos;s name.</source>
        <translation>Escriba el nombre del torneo.</translation>
    </message>
    <message>
        <source>The fish limit must be between 1 and 25.</source>
        <translation>El límite de peces debe estar entre 1 y 25.</translation>
    </message>
    <message>
        <source>The entry fee cannot be negative.</source>
        <translation>La inscripción no puede ser negativa.</translation>
    </message>
    <message>
        <source>count the tournament&apos;s entries</source>
        <translation>contar los inscritos del torneo</translation>
    </message>
    <message numerus="yes">
        <source>This tournament has %n weigh-in entries, so it cannot be deleted. Mark it cancelled instead.</source>
        <translation>
            <numerusform>Este torneo tiene %n participación, así que no se puede eliminar. Márquelo como cancelado.</numerusform>
            <numerusform>Este torneo tiene %n participaciones, así que no se puede eliminar. Márquelo como cancelado.</numerusform>
        </translation>
    </message>
    <message>
        <source>read the tournament&apos;s boats</source>
        <translation>leer los botes del torneo</translation>
    </message>
    <message>
        <source>The results of %1 are finalized. Unlock them before changing anything.</source>
        <translation>Los resultados de %1 están finalizados. Desbloquéelos antes de cambiar algo.</translation>
    </message>
    <message>
        <source>Enter who finalizes the results.</source>
        <translation>Escriba quién finaliza los resultados.</translation>
    </message>
    <message>
        <source>The results of %1 are already finalized.</source>
        <translation>Los resultados de %1 ya están finalizados.</translation>
    </message>
    <message>
        <source>%1 is cancelled; there are no results to finalize.</source>
        <translation>%1 está cancelado; no hay resultados que finalizar.</translation>
    </message>
    <message>
        <source>Enter who unlocks the results.</source>
        <translation>Escriba quién desbloquea los resultados.</translation>
    </message>
    <message>
        <source>The results of %1 are not finalized.</source>
        <translation>Los resultados de %1 no están finalizados.</translation>
    </message>
    <message>
        <source>read the tournament&apos;s history</source>
        <translation>leer el historial del torneo</translation>
    </message>
    <message>
        <source>read the seasons</source>
        <translation>leer las temporadas</translation>
    </message>
    <message>
        <source>read the weigh-in entries</source>
        <translation>leer las participaciones del pesaje</translation>
    </message>
    <message>
        <source>read the entry</source>
        <translation>leer la entrada</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>La entrada ya no existe.</translation>
    </message>
    <message>
        <source>%1 is already on this weigh-in sheet.</source>
        <translation>%1 ya está en esta hoja de pesaje.</translation>
    </message>
    <message>
        <source>This angler</source>
        <translation>Este pescador</translation>
    </message>
    <message>
        <source>Choose the angler first.</source>
        <translation>Elija primero al pescador.</translation>
    </message>
    <message>
        <source>bring back the deleted record</source>
        <translation>recuperar el registro eliminado</translation>
    </message>
    <message>
        <source>The deleted record could not be found to bring it back.</source>
        <translation>No se encontró el registro eliminado para recuperarlo.</translation>
    </message>
    <message>
        <source>read the boats</source>
        <translation>leer los botes</translation>
    </message>
    <message>
        <source>Choose the boater.</source>
        <translation>Elija al dueño del bote.</translation>
    </message>
    <message>
        <source>The partner must be someone else.</source>
        <translation>El compañero debe ser otra persona.</translation>
    </message>
    <message>
        <source>A boat cannot have more dead fish than fish.</source>
        <translation>Un bote no puede tener más peces muertos que peces.</translation>
    </message>
    <message>
        <source>The big bass cannot weigh more than the boat&apos;s whole stringer.</source>
        <translation>La lobina mayor no puede pesar más que toda la sarta del bote.</translation>
    </message>
    <message>
        <source>One of these anglers is already in a boat; change that boat instead.</source>
        <translation>Uno de estos pescadores ya está en un bote; modifique ese bote en su lugar.</translation>
    </message>
    <message>
        <source>find the tournament</source>
        <translation>buscar el torneo</translation>
    </message>
    <message>
        <source>Enter who corrects the member flag.</source>
        <translation>Escriba quién corrige la condición de socio.</translation>
    </message>
    <message>
        <source>%1: guest -&gt; member</source>
        <translation>%1: invitado -&gt; socio</translation>
    </message>
    <message>
        <source>%1: member -&gt; guest</source>
        <translation>%1: socio -&gt; invitado</translation>
    </message>
    <message>
        <source>The boats belong to different tournaments.</source>
        <translation>Los botes son de torneos distintos.</translation>
    </message>
</context>
<context>
    <name>TournamentsPage</name>
    <message>
        <source>Tournaments</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Sea&amp;son:</source>
        <translation>Te&amp;mporada:</translation>
    </message>
    <message>
        <source>Search tournaments</source>
        <translation>Buscar torneos</translation>
    </message>
    <message>
        <source>%1 (this season)</source>
        <translation>%1 (esta temporada)</translation>
    </message>
    <message>
        <source>1 tournament</source>
        <translation>1 torneo</translation>
    </message>
    <message>
        <source>%1 tournaments</source>
        <translation>%1 torneos</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>Treasurer&apos;s report</source>
        <translation>Informe del tesorero</translation>
    </message>
    <message>
        <source>Dues status</source>
        <translation>Estado de cuotas</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Padrón</translation>
    </message>
    <message>
        <source>Angler of the Year standings</source>
        <translation>Clasificación del Pescador del Año</translation>
    </message>
    <message>
        <source>Results of the selected tournament</source>
        <translation>Resultados del torneo seleccionado</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Tesorería</translation>
    </message>
    <message>
        <source>&amp;Season:</source>
        <translation>Te&amp;mporada:</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>&amp;Tournament money</source>
        <translation>&amp;Dinero del torneo</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Libro</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Re&amp;sumen</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Fees paid &amp;by:</source>
        <translation>Inscripciones pagadas &amp;con:</translation>
    </message>
    <message>
        <source>Entry fees at the ramp</source>
        <translation>Inscripciones en la rampa</translation>
    </message>
    <message>
        <source>Find an angler (Down to the list)</source>
        <translation>Buscar un pescador (Flecha abajo para ir a la lista)</translation>
    </message>
    <message>
        <source>Entry fees</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected angler&apos;s fee.</source>
        <translation>La barra espaciadora marca o desmarca la inscripción del pescador seleccionado.</translation>
    </message>
    <message>
        <source>Tick or untick the fee</source>
        <translation>Marcar o desmarcar la inscripción</translation>
    </message>
    <message>
        <source>Proposed payouts</source>
        <translation>Premios propuestos</translation>
    </message>
    <message>
        <source>Record the payout to the selected winner (Ctrl+Return).</source>
        <translation>Registrar el premio al ganador seleccionado (Ctrl+Return).</translation>
    </message>
    <message>
        <source>&amp;Undo payout…</source>
        <translation>Des&amp;hacer premio…</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar pagado</translation>
    </message>
    <message>
        <source>Does it balance?</source>
        <translation>¿Cuadran las cuentas?</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Verificación de saldo</translation>
    </message>
    <message>
        <source>Move what the engine assigns to the big bass pot, the club fund and charity out of the tournament pot.</source>
        <translation>Pasar del fondo del torneo lo que el sistema asigna a la bolsa de la lobina mayor, al fondo del club y a caridad.</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Todos los fondos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search angler, tournament, note</source>
        <translation>Buscar pescador, torneo, nota</translation>
    </message>
    <message>
        <source>F&amp;und:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nuevo asiento…</translation>
    </message>
    <message>
        <source>Cancel the selected entry with a reversing entry; the ledger is never edited.</source>
        <translation>Anular el asiento seleccionado con un asiento de reversión; el libro nunca se edita.</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Start of season</source>
        <translation>Inicio de temporada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Fund balances</source>
        <translation>Saldos de los fondos</translation>
    </message>
    <message>
        <source>Season summary</source>
        <translation>Resumen de la temporada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelado)</translation>
    </message>
    <message>
        <source>Choose a tournament.</source>
        <translation>Elija un torneo.</translation>
    </message>
    <message>
        <source>%1 of %2 entrants paid</source>
        <translation>%1 de %2 participantes pagaron</translation>
    </message>
    <message numerus="yes">
        <source>, %n paid and not weighed in</source>
        <translation>
            <numerusform>, %n pagó y no pesó peces</numerusform>
            <numerusform>, %n pagaron y no pesaron peces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 recorded · big bass pot %3 (%4 carried in)</source>
        <translation>%1 · %2 registrado · bolsa de la lobina mayor %3 (%4 arrastrado)</translation>
    </message>
    <message>
        <source>End of season</source>
        <translation>Fin de temporada</translation>
    </message>
    <message numerus="yes">
        <source>Season %1 · %n ledger entries</source>
        <translation>
            <numerusform>Temporada %1 · %n asiento en el libro</numerusform>
            <numerusform>Temporada %1 · %n asientos en el libro</numerusform>
        </translation>
    </message>
    <message>
        <source>Fees received</source>
        <translation>Inscripciones recibidas</translation>
    </message>
    <message>
        <source>Payouts paid</source>
        <translation>Premios pagados</translation>
    </message>
    <message>
        <source>Fees and payouts by tournament, %1</source>
        <translation>Inscripciones y premios por torneo, %1</translation>
    </message>
    <message>
        <source>Select the winner to mark paid.</source>
        <translation>Seleccione al ganador que desea marcar como pagado.</translation>
    </message>
    <message>
        <source>Select the winner whose payout to take back.</source>
        <translation>Seleccione al ganador cuyo premio desea revertir.</translation>
    </message>
    <message>
        <source>Undo payout</source>
        <translation>Deshacer premio</translation>
    </message>
    <message>
        <source>Record that the payout to %1 (%2) was taken back? A reversing entry is added; nothing is erased.</source>
        <translation>¿Registrar que el premio a %1 (%2) fue devuelto? Se agrega un asiento de reversión; no se borra nada.</translation>
    </message>
    <message>
        <source>%1 Nothing more to move to the funds.</source>
        <translation>%1 No hay nada más que pasar a los fondos.</translation>
    </message>
    <message>
        <source>Select the ledger entry to reverse.</source>
        <translation>Seleccione el asiento que desea revertir.</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>Revertir asiento</translation>
    </message>
    <message>
        <source>Reverse %1 of %2 (%3)? Give the reason:</source>
        <translation>¿Revertir %1 de %2 (%3)? Indique el motivo:</translation>
    </message>
    <message>
        <source>No club database is open.</source>
        <translation>No hay ninguna base de datos del club abierta.</translation>
    </message>
    <message>
        <source>Choose a tournament first.</source>
        <translation>Elija primero un torneo.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Guardar CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No club file is open. Start one with File &gt; New Club (Ctrl+N), or open the club&apos;s file with File &gt; Open (Ctrl+O).</source>
        <translation>No hay ningún archivo de club abierto. Cree uno con Archivo &gt; Nuevo club (Ctrl+N) o abra el archivo del club con Archivo &gt; Abrir (Ctrl+O).</translation>
    </message>
    <message>
        <source>No tournaments this season yet. Add them on the Tournaments page (Ctrl+2); their fees and payouts are kept here.</source>
        <translation>Todavía no hay torneos esta temporada. Agréguelos en la página Torneos (Ctrl+2); sus inscripciones y premios se llevan aquí.</translation>
    </message>
    <message>
        <source>This file has no club yet. Start one with File &gt; New Club (Ctrl+N).</source>
        <translation>Este archivo todavía no tiene club. Cree uno con Archivo &gt; Nuevo club (Ctrl+N).</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Tour&amp;nament:</source>
        <translation>T&amp;orneo:</translation>
    </message>
    <message>
        <source>Take back entry fee</source>
        <translation>Devolver inscripción</translation>
    </message>
    <message>
        <source>Take back the entry fee of %1 (%2)? A reversing entry is added to the ledger; nothing is erased. Give the reason:</source>
        <translation>¿Devolver la inscripción de %1 (%2)? Se añade un asiento de reversión al libro; no se borra nada. Indique el motivo:</translation>
    </message>
    <message>
        <source>Mark pa&amp;id</source>
        <translation>Marcar pa&amp;gado</translation>
    </message>
    <message>
        <source>Move sh&amp;ares to funds</source>
        <translation>Pasar las partes a los &amp;fondos</translation>
    </message>
    <message>
        <source>Reverse entr&amp;y…</source>
        <translation>&amp;Revertir asiento…</translation>
    </message>
    <message>
        <source>The shares move to the funds once %1 is finalized on the Weigh-in page.</source>
        <translation>Las partes pasan a los fondos cuando %1 se finalice en la página de pesaje.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Se escribió %1 en %2.</translation>
    </message>
</context>
<context>
    <name>TreasuryReport</name>
    <message>
        <source>Dues</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Entry fees</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Buy-ins</source>
        <translation>Sin pescar</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Place money paid</source>
        <translation>Premios por lugar pagados</translation>
    </message>
    <message>
        <source>Big bass paid</source>
        <translation>Lobina mayor pagada</translation>
    </message>
    <message>
        <source>Total payouts</source>
        <translation>Total de premios</translation>
    </message>
    <message>
        <source>Club share moved to the club fund</source>
        <translation>Parte del club pasada al fondo del club</translation>
    </message>
    <message>
        <source>Charity share moved to charity</source>
        <translation>Parte de caridad pasada a caridad</translation>
    </message>
    <message>
        <source>Moved into the big bass pot</source>
        <translation>Pasado a la bolsa de la lobina mayor</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Corrections (net)</source>
        <translation>Correcciones (neto)</translation>
    </message>
    <message>
        <source>Big bass carryover held at the end of the season</source>
        <translation>Acumulado de lobina mayor retenido al final de la temporada</translation>
    </message>
    <message>
        <source>Fees received</source>
        <translation>Inscripciones recibidas</translation>
    </message>
    <message>
        <source>Payouts paid</source>
        <translation>Premios pagados</translation>
    </message>
    <message>
        <source>Fees and payouts by tournament, %1</source>
        <translation>Inscripciones y premios por torneo, %1</translation>
    </message>
    <message>
        <source>Treasurer&apos;s report %1</source>
        <translation>Informe del tesorero %1</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Temporada %1</translation>
    </message>
    <message>
        <source>Season summary</source>
        <translation>Resumen de la temporada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Fund balances</source>
        <translation>Saldos de los fondos</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Start of season</source>
        <translation>Inicio de temporada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>End of season</source>
        <translation>Fin de temporada</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Todos los fondos</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Inscripciones pagadas</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>cuadra</translation>
    </message>
    <message>
        <source>off by %1</source>
        <translation>diferencia de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Every tournament&apos;s money balances to the cent.</source>
        <translation>El dinero de cada torneo cuadra hasta el centavo.</translation>
    </message>
    <message numerus="yes">
        <source>%n tournament(s) do not balance yet; the Treasury page lists what is missing.</source>
        <translation>
            <numerusform>%n torneo todavía no cuadra; la página de Tesorería indica lo que falta.</numerusform>
            <numerusform>%n torneos todavía no cuadran; la página de Tesorería indica lo que falta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry fees and buy-ins received, and place and big bass money paid, per tournament.</source>
        <translation>Inscripciones recibidas (pescando o sin pescar) y premios por lugar y de lobina mayor pagados, por torneo.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation>%1 (reversión)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, of which %1 reverse earlier ones. Entries are never edited; a correction is a reversing entry.</source>
        <translation>
            <numerusform>%n asiento, del cual %1 revierte asientos anteriores. Los asientos nunca se editan; una corrección es un asiento de reversión.</numerusform>
            <numerusform>%n asientos, de los cuales %1 revierten asientos anteriores. Los asientos nunca se editan; una corrección es un asiento de reversión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebImportDialog</name>
    <message>
        <source>Import from the Club Web Site</source>
        <translation>Importar del sitio web del club</translation>
    </message>
    <message>
        <source>Brings the club&apos;s history in from the web app&apos;s database: people, officers, lakes, the calendar, every tournament and result. The web database is only read. Preview first; the import writes everything in one step, or nothing.</source>
        <translation>Trae la historia del club desde la base de datos de la aplicación web: personas, directivos, lagos, el calendario, cada torneo y resultado. La base web solo se lee. Primero la vista previa; la importación escribe todo de una vez, o nada.</translation>
    </message>
    <message>
        <source>empty: the keychain&apos;s, PGPASSWORD or ~/.pgpass</source>
        <translation>vacía: la del llavero, PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Preview shows here what the import would bring in, what it would leave out and why, and what needs a look.</source>
        <translation>La vista previa muestra aquí lo que la importación traería, lo que dejaría fuera y por qué, y lo que hay que revisar.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Preview this address first.</source>
        <translation>Primero haga la vista previa de esta dirección.</translation>
    </message>
    <message>
        <source>Open a club file first.</source>
        <translation>Primero abra un archivo del club.</translation>
    </message>
    <message>
        <source>Reading the web app&apos;s database…</source>
        <translation>Leyendo la base de datos de la aplicación web…</translation>
    </message>
    <message>
        <source>Importing… (reading the web app&apos;s database)</source>
        <translation>Importando… (leyendo la base de datos de la aplicación web)</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>La vista previa falló: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>This is what the import would do. Nothing was written yet.</source>
        <translation>Esto es lo que haría la importación. Todavía no se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing new to import: the club file has everything.</source>
        <translation>Nada nuevo que importar: el archivo del club ya lo tiene todo.</translation>
    </message>
    <message>
        <source>Imported. The Standings page shows the imported seasons.</source>
        <translation>Importado. La página de Clasificación muestra las temporadas importadas.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>WebImportStore</name>
    <message>
        <source>read which records came from the web app</source>
        <translation>leer qué registros vinieron de la aplicación web</translation>
    </message>
    <message>
        <source>read an imported record</source>
        <translation>leer un registro importado</translation>
    </message>
    <message>
        <source>remember which web row a record came from</source>
        <translation>recordar de qué fila web vino un registro</translation>
    </message>
    <message>
        <source>count the imported records</source>
        <translation>contar los registros importados</translation>
    </message>
</context>
<context>
    <name>WebImportSummary</name>
    <message>
        <source>Dry run: nothing was written. The import would bring in:
</source>
        <translation>Prueba: no se escribió nada. La importación traería:
</translation>
    </message>
    <message>
        <source>Brought in:
</source>
        <translation>Se trajo:
</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the club file, matched by e-mail</source>
        <translation>
            <numerusform>%n ya estaba en el archivo del club, por correo</numerusform>
            <numerusform>%n ya estaban en el archivo del club, por correo</numerusform>
        </translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>membresías</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>directivos</translation>
    </message>
    <message>
        <source>lakes</source>
        <translation>lagos</translation>
    </message>
    <message numerus="yes">
        <source>%n matched the club&apos;s own</source>
        <translation>
            <numerusform>%n coincidió con los del club</numerusform>
            <numerusform>%n coincidieron con los del club</numerusform>
        </translation>
    </message>
    <message>
        <source>ramps</source>
        <translation>rampas</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>scheduled SABC tournaments without results yet</source>
        <translation>torneos SABC programados, aún sin resultados</translation>
    </message>
    <message>
        <source>tournaments</source>
        <translation>torneos</translation>
    </message>
    <message numerus="yes">
        <source>%n finalized by &quot;web import&quot;</source>
        <translation>
            <numerusform>%n cerrado por «web import»</numerusform>
            <numerusform>%n cerrados por «web import»</numerusform>
        </translation>
    </message>
    <message>
        <source>entries</source>
        <translation>inscripciones</translation>
    </message>
    <message>
        <source>boats</source>
        <translation>botes</translation>
    </message>
    <message>
        <source>season rules</source>
        <translation>reglas de temporada</translation>
    </message>
    <message>
        <source>Nothing new: everything in the web app is already in the club file.
</source>
        <translation>Nada nuevo: todo lo de la aplicación web ya está en el archivo del club.
</translation>
    </message>
    <message>
        <source>Left out:
</source>
        <translation>Quedó fuera:
</translation>
    </message>
    <message>
        <source>  nothing
</source>
        <translation>  nada
</translation>
    </message>
    <message>
        <source>Needs a look:
</source>
        <translation>Hay que revisar:
</translation>
    </message>
    <message>
        <source>map links</source>
        <translation>enlaces de mapa</translation>
    </message>
    <message>
        <source>lakes given the web app&apos;s map address</source>
        <translation>lagos con la dirección del mapa de la aplicación web</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendario</translation>
    </message>
    <message>
        <source>holidays, other clubs&apos; tournaments, club events</source>
        <translation>feriados, torneos de otros clubes, eventos del club</translation>
    </message>
</context>
<context>
    <name>WebImporter</name>
    <message>
        <source>South Austin Bass Club</source>
        <translation>South Austin Bass Club</translation>
    </message>
    <message>
        <source>Admin User: the web app&apos;s setup account, not a person</source>
        <translation>Admin User: la cuenta de instalación de la aplicación web, no una persona</translation>
    </message>
    <message>
        <source>%1 and %2 have e-mail addresses that differ only in case (%3); %2 keeps it, %1 came in without one.</source>
        <translation>%1 y %2 tienen correos que solo difieren en mayúsculas (%3); %2 lo conserva, %1 entró sin correo.</translation>
    </message>
    <message>
        <source>%1: the phone number &quot;%2&quot; is not one the app can read; it was left out.</source>
        <translation>%1: el teléfono «%2» no es uno que la aplicación pueda leer; quedó fuera.</translation>
    </message>
    <message>
        <source>people the app cannot store (see below), with their results</source>
        <translation>personas que la aplicación no puede guardar (ver abajo), con sus resultados</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>%1 quedó fuera: %2</translation>
    </message>
    <message>
        <source>placeholder e-mail addresses (@sabc.com, @saustinbc.com), not stored</source>
        <translation>correos de relleno (@sabc.com, @saustinbc.com), no guardados</translation>
    </message>
    <message>
        <source>officer terms of people left out</source>
        <translation>cargos de directivos que quedaron fuera</translation>
    </message>
    <message>
        <source>%1 %2: the club file already names someone else; the web app&apos;s %3 was not brought in.</source>
        <translation>%1 %2: el archivo del club ya nombra a otra persona; no se trajo a %3 de la aplicación web.</translation>
    </message>
    <message>
        <source>officer terms held by Admin User</source>
        <translation>cargos directivos ocupados por Admin User</translation>
    </message>
    <message>
        <source>officer terms of a post the club does not have (%1)</source>
        <translation>cargos directivos de un puesto que el club no tiene (%1)</translation>
    </message>
    <message>
        <source>The lake %1 (web key &quot;%2&quot;) matched none of the club&apos;s lakes by key or name; it was added as a new lake.</source>
        <translation>El lago %1 (clave web «%2») no coincidió con ningún lago del club por clave ni por nombre; se añadió como lago nuevo.</translation>
    </message>
    <message>
        <source>ramps of no lake</source>
        <translation>rampas sin lago</translation>
    </message>
    <message>
        <source>calendar events without a date</source>
        <translation>eventos del calendario sin fecha</translation>
    </message>
    <message>
        <source>%1 on %2: the club file already has a tournament that day; the web app&apos;s event was not brought in.</source>
        <translation>%1 el %2: el archivo del club ya tiene un torneo ese día; no se trajo el evento de la aplicación web.</translation>
    </message>
    <message>
        <source>SABC tournament</source>
        <translation>Torneo SABC</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>result rows for an angler already in the same tournament (the later row is kept)</source>
        <translation>filas de resultado de un pescador que ya está en el mismo torneo (se conserva la posterior)</translation>
    </message>
    <message>
        <source>%1 has two results in %2 (web rows %3 and %4): the later, %5 lb, was kept; %6 lb was left out.</source>
        <translation>%1 tiene dos resultados en %2 (filas web %3 y %4): se conservó la posterior, %5 lb; %6 lb quedó fuera.</translation>
    </message>
    <message>
        <source>results of Admin User</source>
        <translation>resultados de Admin User</translation>
    </message>
    <message>
        <source>tournaments without a date on the calendar, with their results</source>
        <translation>torneos sin fecha en el calendario, con sus resultados</translation>
    </message>
    <message>
        <source>tournaments on a day the club file already has one, with their results</source>
        <translation>torneos en un día en que el archivo del club ya tiene uno, con sus resultados</translation>
    </message>
    <message>
        <source>%1 on %2: the club file already has a tournament that day; the web app&apos;s was not brought in.</source>
        <translation>%1 el %2: el archivo del club ya tiene un torneo ese día; no se trajo el de la aplicación web.</translation>
    </message>
    <message>
        <source>%1 on %2 was imported before but is gone from the club file; its new results were not brought in.</source>
        <translation>%1 del %2 se importó antes pero ya no está en el archivo del club; no se trajeron sus resultados nuevos.</translation>
    </message>
    <message>
        <source>results of people left out</source>
        <translation>resultados de personas que quedaron fuera</translation>
    </message>
    <message>
        <source>%1 in %2 (%3): %4 dead fish but %5 fish weighed; the fish count was raised to %4 so the net stays the web&apos;s.</source>
        <translation>%1 en %2 (%3): %4 peces muertos pero %5 peces pesados; el número de peces se subió a %4 para que el neto quede como en la web.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) is a buy-in with %4 fish; brought in as a weighed entry.</source>
        <translation>%1 en %2 (%3) figura como sin pescar con %4 peces; se trajo como participación pesada.</translation>
    </message>
    <message>
        <source>boats with Admin User aboard</source>
        <translation>botes con Admin User a bordo</translation>
    </message>
    <message>
        <source>results added on the web to a tournament already finalized here</source>
        <translation>resultados añadidos en la web a un torneo ya cerrado aquí</translation>
    </message>
    <message>
        <source>%1 (%2) is finalized in the club file, but the web app has new results for it; unlock it and import again to bring them in.</source>
        <translation>%1 (%2) está cerrado en el archivo del club, pero la aplicación web tiene resultados nuevos; ábralo e importe de nuevo para traerlos.</translation>
    </message>
    <message>
        <source>results of an angler the club file already has in that tournament</source>
        <translation>resultados de un pescador que el archivo del club ya tiene en ese torneo</translation>
    </message>
    <message>
        <source>%1 is already on the sheet of %2 (%3) in the club file; the web app&apos;s result was not brought in.</source>
        <translation>%1 ya está en la hoja de %2 (%3) del archivo del club; no se trajo el resultado de la aplicación web.</translation>
    </message>
    <message>
        <source>boats of people left out</source>
        <translation>botes de personas que quedaron fuera</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>the same angler twice</source>
        <translation>el mismo pescador dos veces</translation>
    </message>
    <message>
        <source>big bass %1 lb, more than the boat&apos;s %2 lb</source>
        <translation>lobina mayor de %1 lb, más que las %2 lb del bote</translation>
    </message>
    <message>
        <source>an angler already in another boat</source>
        <translation>un pescador que ya está en otro bote</translation>
    </message>
    <message>
        <source>boats the app cannot store (see below)</source>
        <translation>botes que la aplicación no puede guardar (ver abajo)</translation>
    </message>
    <message>
        <source>The boat of %1 in %2 (%3): %4; not brought in.</source>
        <translation>El bote de %1 en %2 (%3): %4; no se trajo.</translation>
    </message>
    <message>
        <source>The map address of %1 in the web app is not a web address; the lake was left without a map link.</source>
        <translation>La dirección del mapa de %1 en la aplicación web no es una dirección web; el lago quedó sin enlace de mapa.</translation>
    </message>
    <message>
        <source>Club event</source>
        <translation>Evento del club</translation>
    </message>
    <message>
        <source>Lake: %1</source>
        <translation>Lago: %1</translation>
    </message>
    <message>
        <source>Ramp: %1</source>
        <translation>Rampa: %1</translation>
    </message>
    <message>
        <source>calendar events of a kind the app does not know</source>
        <translation>eventos del calendario de un tipo que la aplicación no conoce</translation>
    </message>
</context>
<context>
    <name>WebReader</name>
    <message>
        <source>start reading the web app&apos;s database</source>
        <translation>empezar a leer la base de datos de la aplicación web</translation>
    </message>
    <message>
        <source>read the date</source>
        <translation>leer la fecha</translation>
    </message>
    <message>
        <source>read the people</source>
        <translation>leer las personas</translation>
    </message>
    <message>
        <source>read the officers</source>
        <translation>leer los directivos</translation>
    </message>
    <message>
        <source>read the lakes</source>
        <translation>leer los lagos</translation>
    </message>
    <message>
        <source>read the ramps</source>
        <translation>leer las rampas</translation>
    </message>
    <message>
        <source>read the calendar</source>
        <translation>leer el calendario</translation>
    </message>
    <message>
        <source>read the tournaments</source>
        <translation>leer los torneos</translation>
    </message>
    <message>
        <source>read the results</source>
        <translation>leer los resultados</translation>
    </message>
    <message>
        <source>read the boats</source>
        <translation>leer los botes</translation>
    </message>
    <message>
        <source>finish reading</source>
        <translation>terminar la lectura</translation>
    </message>
</context>
<context>
    <name>WeighInModel</name>
    <message>
        <source>%1 is already on this sheet (row %2).</source>
        <translation>%1 ya está en esta hoja (fila %2).</translation>
    </message>
    <message>
        <source>%1: a weighed fish is too heavy.</source>
        <translation>%1: uno de los peces pesados pesa demasiado.</translation>
    </message>
    <message>
        <source>%1 is %2 minutes late, more than %3: the entry will be disqualified.</source>
        <translation>%1 llegó %2 minutos tarde, más de %3: la entrada será descalificada.</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>No existe esa fila.</translation>
    </message>
    <message>
        <source>The number of fish</source>
        <translation>El número de peces</translation>
    </message>
    <message>
        <source>The number of dead fish</source>
        <translation>El número de peces muertos</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutos de retraso</translation>
    </message>
    <message>
        <source>This column cannot be changed here.</source>
        <translation>Esta columna no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>No club database is open.</source>
        <translation>No hay ninguna base de datos del club abierta.</translation>
    </message>
    <message>
        <source>An angler cannot be their own partner.</source>
        <translation>Un pescador no puede ser su propio compañero.</translation>
    </message>
    <message>
        <source>%1 is already in a boat with %2; split that boat first.</source>
        <translation>%1 ya está en un bote con %2; separe primero ese bote.</translation>
    </message>
    <message>
        <source>Pair a boat</source>
        <translation>Formar un bote</translation>
    </message>
    <message>
        <source>%1 in: %2 lb</source>
        <translation>%1 en: %2 lb</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Chart lb</source>
        <translation>lb tabla</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Muertos</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Buy-in</source>
        <translation>Sin pescar</translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>DQ</translation>
    </message>
    <message>
        <source>Lengths (in)</source>
        <translation>Largos (pulg.)</translation>
    </message>
    <message>
        <source>Boat partner</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 pulg.</translation>
    </message>
    <message>
        <source>%1: a fish of %2 in weighs %3 lb, over %4 lb; check the length.</source>
        <translation>%1: un pez de %2 pulg. pesa %3 lb, más de %4 lb; revise la longitud.</translation>
    </message>
    <message>
        <source>%1: under the minimum length, not counted: %2.</source>
        <translation>%1: bajo la longitud mínima, no cuentan: %2.</translation>
    </message>
    <message>
        <source>%1: %2 fish measured; only the best %3 count (the limit).</source>
        <translation>%1: %2 peces medidos; solo cuentan los %3 mejores (el límite).</translation>
    </message>
    <message>
        <source>Row %1 (%2) was not saved: %3 It is back to what it was.</source>
        <translation>La fila %1 (%2) no se guardó: %3 Volvió a lo que era.</translation>
    </message>
    <message>
        <source>%1 and %2 were weighed in as two boats and both boats have weights. Clear the weights of the boat that is wrong first (Boat weights), then pair them.</source>
        <translation>%1 y %2 se pesaron como dos botes y los dos tienen pesos. Borre primero los pesos del bote equivocado (Pesos de los botes) y luego emparéjelos.</translation>
    </message>
    <message>
        <source>“%1”: no bass is %2 inches long; check the length.</source>
        <translation>“%1”: ninguna lobina mide %2 pulgadas; revise la longitud.</translation>
    </message>
    <message>
        <source>“%1”: after = comes the weight of the fish on the scale (%2)</source>
        <translation>“%1”: después de = va el peso del pez en la báscula (%2)</translation>
    </message>
    <message>
        <source>Measure the fish first: the weighed big bass goes with its length (or type “21 3/4 = 6.45” in Lengths).</source>
        <translation>Mida primero los peces: la lobina mayor pesada va con su longitud (o escriba “21 3/4 = 6.45” en Longitudes).</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Aún no guardado: %1</translation>
    </message>
    <message>
        <source>Read from the scale</source>
        <translation>Leído de la báscula</translation>
    </message>
    <message>
        <source>The weights read from the scale; typed weights leave this empty.</source>
        <translation>Los pesos leídos de la báscula; los pesos escritos a mano lo dejan vacío.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>big bass</source>
        <translation>lobina mayor</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
</context>
<context>
    <name>WeighInPage</name>
    <message>
        <source>Finalize…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print preview of the results sheet (Ctrl+P)</source>
        <translation>Vista previa de impresión de la hoja de resultados (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the results sheet as a PDF file</source>
        <translation>Guardar la hoja de resultados como archivo PDF</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the results, or the weigh-in sheet for sabc score, as CSV</source>
        <translation>Exportar los resultados, o la hoja de pesaje para sabc score, como CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaderboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tabla de posiciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Botes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source> (final)</source>
        <translation> (final)</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>No tournament chosen.</source>
        <translation>No se ha elegido ningún torneo.</translation>
    </message>
    <message>
        <source>No club file is open.</source>
        <translation>No hay ningún archivo del club abierto.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Final — locked by %1</source>
        <translation>Final — bloqueado por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n anglers weighed in</source>
        <translation>
            <numerusform>%n pescador pesó sus peces</numerusform>
            <numerusform>%n pescadores pesaron sus peces</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Big bass:&lt;/b&gt; no eligible fish over %1 lb yet</source>
        <translation>&lt;b&gt;Lobina mayor:&lt;/b&gt; todavía no hay ningún pez válido de más de %1 lb</translation>
    </message>
    <message>
        <source>&lt;b&gt;Big bass:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lobina mayor:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Big bass pot:&lt;/b&gt; %1 (carried in %2)</source>
        <translation>&lt;b&gt;Bolsa de la lobina mayor:&lt;/b&gt; %1 (arrastrado %2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place money:&lt;/b&gt; %1 of %2</source>
        <translation>&lt;b&gt;Premios por lugar:&lt;/b&gt; %1 de %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collected:&lt;/b&gt; %1 · club %2 · charity %3 · carries out %4</source>
        <translation>&lt;b&gt;Recaudado:&lt;/b&gt; %1 · club %2 · caridad %3 · pasa al siguiente %4</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;The sheet has problems: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b71c1c&quot;&gt;La hoja tiene problemas: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>weighmaster</source>
        <translation>pesador</translation>
    </message>
    <message>
        <source>The sheet has problems to fix before finalizing: %1</source>
        <translation>La hoja tiene problemas que hay que corregir antes de finalizar: %1</translation>
    </message>
    <message>
        <source>Results of %1 finalized.</source>
        <translation>Resultados de %1 finalizados.</translation>
    </message>
    <message>
        <source>Results of %1 unlocked by %2.</source>
        <translation>Resultados de %1 desbloqueados por %2.</translation>
    </message>
    <message>
        <source>Unlock results</source>
        <translation>Desbloquear resultados</translation>
    </message>
    <message>
        <source>Unlock the results of %1? They were finalized by %2. Unlocking lets anyone change them again, and is recorded with your name and the time.</source>
        <translation>¿Desbloquear los resultados de %1? Los finalizó %2. Al desbloquearlos, cualquiera puede volver a cambiarlos, y queda registrado con su nombre y la hora.</translation>
    </message>
    <message>
        <source>Finalize results</source>
        <translation>Finalizar resultados</translation>
    </message>
    <message numerus="yes">
        <source>Finalize %1 with %n entries? The tournament is marked completed and its results are locked.</source>
        <translation>
            <numerusform>¿Finalizar %1 con %n entrada? El torneo se marca como completado y sus resultados quedan bloqueados.</numerusform>
            <numerusform>¿Finalizar %1 con %n entradas? El torneo se marca como completado y sus resultados quedan bloqueados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a tournament first.</source>
        <translation>Elija primero un torneo.</translation>
    </message>
    <message>
        <source>Save results as PDF</source>
        <translation>Guardar resultados como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Results (*.csv)</source>
        <translation>Resultados (*.csv)</translation>
    </message>
    <message>
        <source>Weigh-in sheet for sabc score (*.csv)</source>
        <translation>Hoja de pesaje para sabc score (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Se eliminó %n entrada. Deshacer (Ctrl+Z) la recupera.</numerusform>
            <numerusform>Se eliminaron %n entradas. Deshacer (Ctrl+Z) las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weigh-in</source>
        <translation>Pesaje</translation>
    </message>
    <message>
        <source>Lock the results, or unlock them (Ctrl+Shift+F)</source>
        <translation>Cerrar los resultados, o volver a abrirlos (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Weigh-in: %1, %2</source>
        <translation>Pesaje: %1, %2</translation>
    </message>
    <message>
        <source>No club file is open. Start one with File &gt; New Club (Ctrl+N), or open the club&apos;s file with File &gt; Open (Ctrl+O).</source>
        <translation>No hay ningún archivo de club abierto. Cree uno con Archivo &gt; Nuevo club (Ctrl+N) o abra el archivo del club con Archivo &gt; Abrir (Ctrl+O).</translation>
    </message>
    <message>
        <source>This file has no club yet. Start one with File &gt; New Club (Ctrl+N).</source>
        <translation>Este archivo todavía no tiene club. Cree uno con Archivo &gt; Nuevo club (Ctrl+N).</translation>
    </message>
    <message>
        <source>No tournaments yet. Add one with Tournament &gt; New Tournament, or the whole season with Tournament &gt; Create Season Schedule; then come back here (Ctrl+3).</source>
        <translation>Todavía no hay torneos. Agregue uno con Torneo &gt; Nuevo torneo, o toda la temporada con Torneo &gt; Crear calendario de temporada; luego vuelva aquí (Ctrl+3).</translation>
    </message>
    <message>
        <source>Choose the tournament to weigh in from the list above.</source>
        <translation>Elija en la lista de arriba el torneo que se va a pesar.</translation>
    </message>
    <message>
        <source>Your &amp;name (recorded with the time):</source>
        <translation>Su &amp;nombre (se registra con la hora):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boat weights&lt;/b&gt; (team format: each line above weighs in one boat; correct a boat&apos;s fish and weight here)</source>
        <translation>&lt;b&gt;Pesos de los botes&lt;/b&gt; (formato por equipos: cada línea de arriba pesa un bote; corrija aquí los peces y el peso de un bote)</translation>
    </message>
    <message numerus="yes">
        <source>%n boats weighed in</source>
        <translation>
            <numerusform>%n bote pesado</numerusform>
            <numerusform>%n botes pesados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finalize %1 with %n boats? The tournament is marked completed and its results are locked.</source>
        <translation>
            <numerusform>¿Finalizar %1 con %n bote? El torneo se marca como terminado y sus resultados quedan bloqueados.</numerusform>
            <numerusform>¿Finalizar %1 con %n botes? El torneo se marca como terminado y sus resultados quedan bloqueados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 as a member at the time of this tournament? The places, points and payouts are scored again, and the change is kept in the tournament&apos;s history with your name.</source>
        <translation>¿Registrar a %1 como socio en la fecha de este torneo? Los lugares, los puntos y los premios se calculan de nuevo, y el cambio queda en el historial del torneo con su nombre.</translation>
    </message>
    <message>
        <source>Record %1 as a guest at the time of this tournament? The places, points and payouts are scored again, and the change is kept in the tournament&apos;s history with your name.</source>
        <translation>¿Registrar a %1 como invitado en la fecha de este torneo? Los lugares, los puntos y los premios se calculan de nuevo, y el cambio queda en el historial del torneo con su nombre.</translation>
    </message>
    <message>
        <source>Correct Member Flag</source>
        <translation>Corregir condición de socio</translation>
    </message>
    <message>
        <source>%1 is now recorded as a member at this tournament.</source>
        <translation>%1 figura ahora como socio en este torneo.</translation>
    </message>
    <message>
        <source>%1 is now recorded as a guest at this tournament.</source>
        <translation>%1 figura ahora como invitado en este torneo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statistics:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Estadísticas:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>WeighInSheet</name>
    <message>
        <source>Cannot open the sheet: %1</source>
        <translation>No se puede abrir la hoja: %1</translation>
    </message>
    <message>
        <source>The sheet is empty: it needs a header row with angler, fish and weight.</source>
        <translation>La hoja está vacía: necesita una fila de encabezado con angler, fish y weight.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>La columna &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not used.</source>
        <translation>La columna &quot;%1&quot; no se usa.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing (the header row needs angler, fish and weight).</source>
        <translation>Falta la columna obligatoria &quot;%1&quot; (la fila de encabezado necesita angler, fish y weight).</translation>
    </message>
    <message>
        <source>The angler&apos;s name is missing.</source>
        <translation>Falta el nombre del pescador.</translation>
    </message>
    <message>
        <source>This angler</source>
        <translation>Este pescador</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in column %3 is not yes or no (use yes/no, true/false or 1/0).</source>
        <translation>%1: &quot;%2&quot; en la columna %3 no es sí o no (use yes/no, true/false o 1/0).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in column %3 is not a whole number.</source>
        <translation>%1: &quot;%2&quot; en la columna %3 no es un número entero.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be negative (%3).</source>
        <translation>%1: %2 no puede ser negativo (%3).</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>WeighInStandings</name>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>buy-in</source>
        <translation>sin pescar</translation>
    </message>
    <message>
        <source>DQ (late)</source>
        <translation>DQ (tarde)</translation>
    </message>
    <message>
        <source>DQ</source>
        <translation>DQ</translation>
    </message>
    <message>
        <source>%1 (%2 lb)</source>
        <translation>%1 (%2 lb)</translation>
    </message>
</context>
<context>
    <name>Weight</name>
    <message>
        <source>Enter a weight.</source>
        <translation>Escriba un peso.</translation>
    </message>
    <message>
        <source>That text is too long to be a weight.</source>
        <translation>Ese texto es demasiado largo para ser un peso.</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>Un peso no puede ser negativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight. Type pounds like 12.34 or pounds-ounces like 12-5.</source>
        <translation>&quot;%1&quot; no es un peso. Escriba libras como 12.34 o libras-onzas como 12-5.</translation>
    </message>
    <message>
        <source>Use at most two decimals (hundredths of a pound).</source>
        <translation>Use como máximo dos decimales (centésimas de libra).</translation>
    </message>
    <message>
        <source>Ounces must be less than 16 (16 ounces make a pound).</source>
        <translation>Las onzas deben ser menos de 16 (16 onzas forman una libra).</translation>
    </message>
    <message>
        <source>%1 lb is more than any stringer can weigh.</source>
        <translation>%1 lb es más de lo que puede pesar cualquier sarta.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SABC Tournament Manager</source>
        <translation>Bienvenido a SABC Tournament Manager</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>The club database %1 is still empty. How would you like to start?</source>
        <translation>La base de datos del club %1 todavía está vacía. ¿Cómo desea comenzar?</translation>
    </message>
    <message>
        <source>Open the &amp;demo club</source>
        <translation>Abrir el club de &amp;demostración</translation>
    </message>
    <message>
        <source>A realistic club of about 60 anglers with last season and this one, to try everything out. It is saved in this database file.</source>
        <translation>Un club realista de unos 60 pescadores, con la temporada pasada y la actual, para probarlo todo. Se guarda en este archivo de base de datos.</translation>
    </message>
    <message>
        <source>Start a &amp;new club</source>
        <translation>Crear un club &amp;nuevo</translation>
    </message>
    <message>
        <source>Enter your club&apos;s name and time zone. The lakes and ramps of Central Texas are filled in for you.</source>
        <translation>Escriba el nombre y la zona horaria de su club. Los lagos y rampas del centro de Texas se llenan automáticamente.</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>&amp;Abrir un archivo de base de datos…</translation>
    </message>
    <message>
        <source>Open a club database that is already on this computer, such as a backup.</source>
        <translation>Abrir una base de datos del club que ya está en esta computadora, como una copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Luego</translation>
    </message>
    <message>
        <source>Start a new club</source>
        <translation>Crear un club nuevo</translation>
    </message>
    <message>
        <source>The time zone decides what &quot;today&quot; is and which season a tournament belongs to.</source>
        <translation>La zona horaria determina qué día es &quot;hoy&quot; y a qué temporada pertenece un torneo.</translation>
    </message>
    <message>
        <source>South Austin Bass Club</source>
        <translation>South Austin Bass Club</translation>
    </message>
    <message>
        <source>Club &amp;name:</source>
        <translation>&amp;Nombre del club:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Create club</source>
        <translation>&amp;Crear club</translation>
    </message>
    <message>
        <source>No club database is open.</source>
        <translation>No hay ninguna base de datos del club abierta.</translation>
    </message>
    <message>
        <source>The demo club could not be created: %1</source>
        <translation>No se pudo crear el club de demostración: %1</translation>
    </message>
</context>
<context>
    <name>WinnerModel</name>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>%1 paid of %2</source>
        <translation>%1 pagado de %2</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>no pagado</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sabc: unknown command &quot;%1&quot;. Try sabc --help.</source>
        <translation>sabc: comando desconocido &quot;%1&quot;. Pruebe sabc --help.</translation>
    </message>
    <message>
        <source>Usage: sabc [--database FILE]
       sabc FILE
       sabc COMMAND [OPTIONS]

SABC Tournament Manager runs a bass-fishing club: roster, tournaments, weigh-ins,
points, Angler of the Year, money. Without a command it opens the window.

Options:
  --database FILE   the club database to open (default: club.sqlite in the
                    app&apos;s data folder); sabc FILE opens FILE the same way
  -h, --help        show this help
  -v, --version     show the version

Commands (they run without a display):
  demo [--database FILE]
        create the demo club in FILE (refuses a file that holds data)
  score SHEET.csv [--ruleset NAME|FILE.json] [--dq-policy no_points|offset]
        [--format csv|json|table]
        score one tournament&apos;s weigh-in sheet
  score --standings S1.csv S2.csv ...
        season standings over several sheets
  standings [--database FILE] [--season YEAR] [--format csv|json|table]
        Angler of the Year standings from the club database
  report KIND --database FILE [--season YEAR] --format pdf|csv --output FILE
        a printable report; KIND is results (with --tournament YYYY-MM-DD),
        standings, roster, dues or treasurer
  publish --database FILE --output DIR [--season YEAR]
        write the club&apos;s results site (seasons, standings, awards, tournaments,
        calendar) into DIR: plain HTML and CSS to copy to any web host
  rules show --database FILE --season YEAR
        print the season&apos;s rules as JSON (what score --ruleset reads)
  rules set --database FILE --season YEAR RULES.json
        check RULES.json and store it as the season&apos;s rules (exit 2 naming the
        setting when it is wrong; nothing is changed then)
  serve --database FILE [--port N] [--listen ADDRESS]
        share the leaderboard with phones on the local network (default port
        8080 on every interface) until stopped
  server init --server URL
        set up or upgrade the club&apos;s PostgreSQL server (roles, sync tables, the
        read-only views of schema club)
  server add-user NAME --role director|secretary|treasurer|admin|reader
        --server URL [--password-stdin]   create an officer&apos;s login on the server
        (reader: a login that only reads the views of schema club, for a web site
        or a reporting tool)
  sync --database FILE --server URL
        sync FILE with the server; prints pushed N, pulled M, conflicts K
        (exit 3 when the server refused some changes)
        URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE; the password comes
        from the keychain, PGPASSWORD or ~/.pgpass
  import web --from URL --database FILE [--dry-run]
        bring the club&apos;s history in from its web app&apos;s PostgreSQL database (read
        only; URL and password as for sync); FILE is created when missing; prints
        what came in, what was left out and what needs a look
</source>
        <translation>Uso: sabc [--database ARCHIVO]
     sabc ARCHIVO
     sabc COMANDO [OPCIONES]

SABC Tournament Manager administra un club de pesca de lobina: padrón,
torneos, pesajes, puntos, Pescador del Año, dinero. Sin comando, abre la ventana.

Opciones:
  --database ARCHIVO  la base de datos del club que se abrirá (predeterminada:
                      club.sqlite en la carpeta de datos de la aplicación);
                      sabc ARCHIVO lo abre igual
  -h, --help          muestra esta ayuda
  -v, --version       muestra la versión

Comandos (se ejecutan sin pantalla):
  demo [--database ARCHIVO]
        crea el club de demostración en ARCHIVO (rechaza un archivo con datos)
  score HOJA.csv [--ruleset NOMBRE|ARCHIVO.json] [--dq-policy no_points|offset]
        [--format csv|json|table]
        puntúa la hoja de pesaje de un torneo
  score --standings S1.csv S2.csv ...
        clasificación de la temporada a partir de varias hojas
  standings [--database ARCHIVO] [--season AÑO] [--format csv|json|table]
        clasificación del Pescador del Año a partir de la base de datos del club
  report TIPO --database ARCHIVO [--season AÑO] --format pdf|csv --output ARCHIVO
        un informe para imprimir; TIPO es results (con --tournament YYYY-MM-DD),
        standings, roster, dues o treasurer
  publish --database ARCHIVO --output CARPETA [--season AÑO]
        escribe el sitio de resultados del club (temporadas, clasificación,
        premios, torneos, calendario) en CARPETA: HTML y CSS sencillos para
        copiar a cualquier servidor web
  rules show --database ARCHIVO --season AÑO
        muestra las reglas de la temporada en JSON (lo que lee score --ruleset)
  rules set --database ARCHIVO --season AÑO REGLAS.json
        comprueba REGLAS.json y lo guarda como reglas de la temporada (código de
        salida 2 con el ajuste erróneo nombrado; entonces no cambia nada)
  serve --database ARCHIVO [--port N] [--listen DIRECCIÓN]
        comparte la clasificación con los teléfonos de la red local (puerto
        8080 en todas las interfaces, de forma predeterminada) hasta que se detenga
  server init --server URL
        configura o actualiza el servidor PostgreSQL del club (roles, tablas de
        sincronización, las vistas de solo lectura del esquema club)
  server add-user NOMBRE --role director|secretary|treasurer|admin|reader
        --server URL [--password-stdin]   crea el usuario de un directivo en el
        servidor (reader: un usuario que solo lee las vistas del esquema club,
        para un sitio web o una herramienta de informes)
  sync --database ARCHIVO --server URL
        sincroniza ARCHIVO con el servidor; muestra pushed N, pulled M, conflicts K
        (código de salida 3 cuando el servidor rechazó algunos cambios)
        URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE; la contraseña se
        toma del llavero, de PGPASSWORD o de ~/.pgpass
  import web --from URL --database ARCHIVO [--dry-run]
        trae la historia del club desde la base PostgreSQL de su aplicación web (solo
        la lee; URL y contraseña como en sync); crea ARCHIVO si no existe; muestra lo
        que entró, lo que quedó fuera y lo que hay que revisar
</translation>
    </message>
    <message>
        <source>  mail results --database FILE --tournament YYYY-MM-DD --smtp URL [--dry-run]
  mail standings --database FILE --season YEAR --smtp URL [--dry-run]
        e-mail a tournament&apos;s results (PDF attached) or the season standings to
        the members who opted in, as BCC in batches; prints sent N to M recipients
        URL: smtp://[USER@]HOST:PORT[?security=starttls|tls|none]; the password
        comes from the keychain or SABC_SMTP_PASSWORD; --dry-run prints the
        recipients&apos; count and the message without sending
</source>
        <translation>  mail results --database ARCHIVO --tournament AAAA-MM-DD --smtp URL [--dry-run]
  mail standings --database ARCHIVO --season AÑO --smtp URL [--dry-run]
        envía por correo los resultados de un torneo (con el PDF) o la clasificación
        de la temporada a los socios que lo aceptaron, en copia oculta por tandas;
        muestra sent N to M recipients
        URL: smtp://[USER@]HOST:PORT[?security=starttls|tls|none]; la contraseña se
        toma del llavero o de SABC_SMTP_PASSWORD; --dry-run muestra cuántos lo
        recibirían y el mensaje, sin enviarlo
</translation>
    </message>
    <message>
        <source>  calendar --database FILE --season YEAR --output FILE.ics
        the season&apos;s tournaments and club events as an iCalendar file for
        phones and calendar programs
</source>
        <translation>  calendar --database FILE --season YEAR --output FILE.ics
        los torneos y eventos del club de la temporada como archivo iCalendar
        para teléfonos y programas de calendario
</translation>
    </message>
    <message>
        <source>  stats --database FILE [--season YEAR] --format csv|json
        the club data tables (lakes, top ten big bass, limits and zeros,
        members and guests, winning weights, participation), one CSV section
        per table or one JSON object
</source>
        <translation>  stats --database ARCHIVO [--season AÑO] --format csv|json
        las tablas de los datos del club (lagos, las diez lobinas mayores,
        límites y ceros, socios e invitados, pesos ganadores, participación),
        una sección CSV por tabla o un objeto JSON
</translation>
    </message>
    <message>
        <source>  scale read --port DEVICE [--baud N] [--protocol ad|sics|PATTERN] [--count N]
        print each bag the scale weighs, once, as pounds (12.34), one a line,
        until N bags or Ctrl+C; lines that are no reading are skipped and
        counted on stderr (exit 1 when the port cannot be opened)
</source>
        <translation>  scale read --port DISPOSITIVO [--baud N] [--protocol ad|sics|PATRÓN] [--count N]
        muestra cada sarta que pesa la báscula, una vez, en libras (12.34), una por
        línea, hasta N sartas o Ctrl+C; las líneas que no son una lectura se omiten
        y se cuentan en stderr (código de salida 1 si no se puede abrir el puerto)
</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>sabc demo: unexpected argument &quot;%1&quot;. Usage: sabc demo [--database FILE]</source>
        <translation>sabc demo: argumento inesperado &quot;%1&quot;. Uso: sabc demo [--database ARCHIVO]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds a club; the demo club was not written. Choose a new file with --database.</source>
        <translation>&quot;%1&quot; ya contiene un club; no se escribió el club de demostración. Elija un archivo nuevo con --database.</translation>
    </message>
    <message>
        <source>Could not create the demo club: %1</source>
        <translation>No se pudo crear el club de demostración: %1</translation>
    </message>
    <message>
        <source>Created the demo club in %1</source>
        <translation>Se creó el club de demostración en %1</translation>
    </message>
    <message>
        <source>sabc report: %1</source>
        <translation>sabc report: %1</translation>
    </message>
    <message>
        <source>Usage: sabc report results|standings|roster|dues|treasurer --database FILE [--season YEAR] [--tournament YYYY-MM-DD] --format pdf|csv --output FILE</source>
        <translation>Uso: sabc report results|standings|roster|dues|treasurer --database ARCHIVO [--season AÑO] [--tournament YYYY-MM-DD] --format pdf|csv --output ARCHIVO</translation>
    </message>
    <message>
        <source>sabc report: there is no report &quot;%1&quot;; choose one of %2.</source>
        <translation>sabc report: no existe el informe &quot;%1&quot;; elija uno de %2.</translation>
    </message>
    <message>
        <source>sabc report: choose --format pdf or --format csv.</source>
        <translation>sabc report: elija --format pdf o --format csv.</translation>
    </message>
    <message>
        <source>sabc report: &quot;%1&quot; is not a report format; use pdf or csv.</source>
        <translation>sabc report: &quot;%1&quot; no es un formato de informe; use pdf o csv.</translation>
    </message>
    <message>
        <source>sabc report: say where to write the report with --output FILE.</source>
        <translation>sabc report: indique dónde escribir el informe con --output ARCHIVO.</translation>
    </message>
    <message>
        <source>sabc report: name the club database with --database FILE.</source>
        <translation>sabc report: indique la base de datos del club con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>sabc report: there is no club database at &quot;%1&quot;.</source>
        <translation>sabc report: no hay ninguna base de datos del club en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sabc report: &quot;%1&quot; is not a season; give a year like 2026.</source>
        <translation>sabc report: &quot;%1&quot; no es una temporada; indique un año como 2026.</translation>
    </message>
    <message>
        <source>sabc report: the results report needs --tournament YYYY-MM-DD.</source>
        <translation>sabc report: el informe de resultados necesita --tournament YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>sabc report: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>sabc report: &quot;%1&quot; no es una fecha; escríbala como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>sabc report: &quot;%1&quot; holds no club yet.</source>
        <translation>sabc report: &quot;%1&quot; todavía no contiene ningún club.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation>Se escribió %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>Usage: sabc score SHEET.csv [--ruleset NAME|FILE.json] [--dq-policy no_points|offset] [--format csv|json|table]
       sabc score --standings S1.csv S2.csv ... [same options]</source>
        <translation>Uso: sabc score HOJA.csv [--ruleset NOMBRE|ARCHIVO.json] [--dq-policy no_points|offset] [--format csv|json|table]
     sabc score --standings S1.csv S2.csv ... [mismas opciones]</translation>
    </message>
    <message>
        <source>Name the weigh-in sheet to score.</source>
        <translation>Indique la hoja de pesaje que desea puntuar.</translation>
    </message>
    <message>
        <source>Score one sheet at a time, or use --standings.</source>
        <translation>Puntúe una hoja a la vez, o use --standings.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, json or table.</source>
        <translation>Formato desconocido &quot;%1&quot;: use csv, json o table.</translation>
    </message>
    <message>
        <source>Unknown DQ policy &quot;%1&quot;: use no_points or offset.</source>
        <translation>Política de DQ desconocida &quot;%1&quot;: use no_points u offset.</translation>
    </message>
    <message>
        <source>Usage: sabc standings [--database FILE] [--season YEAR] [--format csv|json|table]</source>
        <translation>Uso: sabc standings [--database ARCHIVO] [--season AÑO] [--format csv|json|table]</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>No existe el archivo de base de datos %1.</translation>
    </message>
    <message>
        <source>sabc server: unexpected argument &quot;%1&quot;.</source>
        <translation>sabc server: argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sabc server: say which server with --server URL.</source>
        <translation>sabc server: indique qué servidor con --server URL.</translation>
    </message>
    <message>
        <source>Could not connect to the server: %1</source>
        <translation>No se pudo conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server was already set up (version %1); nothing changed.</source>
        <translation>El servidor ya estaba configurado (versión %1); no se cambió nada.</translation>
    </message>
    <message>
        <source>The server is set up for the club (version %1).</source>
        <translation>El servidor está configurado para el club (versión %1).</translation>
    </message>
    <message>
        <source>sabc server add-user: give the login NAME and its --role.</source>
        <translation>sabc server add-user: indique el NOMBRE de usuario y su --role.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use one of %2.</source>
        <translation>&quot;%1&quot; no es un rol; use uno de %2.</translation>
    </message>
    <message>
        <source>sabc server add-user: no terminal to ask for the password; use --password-stdin.</source>
        <translation>sabc server add-user: no hay terminal para pedir la contraseña; use --password-stdin.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Otra vez: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>La contraseña está vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>The server is not set up for the club yet; run sabc server init first.</source>
        <translation>El servidor todavía no está configurado para el club; ejecute primero sabc server init.</translation>
    </message>
    <message>
        <source>Created the login &quot;%1&quot; (%2).</source>
        <translation>Se creó el usuario &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Updated the login &quot;%1&quot; (%2).</source>
        <translation>Se actualizó el usuario &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>sabc server: unknown action &quot;%1&quot;.</source>
        <translation>sabc server: acción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: sabc sync --database FILE --server URL</source>
        <translation>Uso: sabc sync --database ARCHIVO --server URL</translation>
    </message>
    <message>
        <source>sabc sync: unexpected argument &quot;%1&quot;.</source>
        <translation>sabc sync: argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sabc sync: %1</source>
        <translation>sabc sync: %1</translation>
    </message>
    <message>
        <source>Usage: sabc serve --database FILE [--port N] [--listen ADDRESS]</source>
        <translation>Uso: sabc serve --database ARCHIVO [--port N] [--listen DIRECCIÓN]</translation>
    </message>
    <message>
        <source>sabc serve: unexpected argument &quot;%1&quot;.</source>
        <translation>sabc serve: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>sabc serve: %1 needs a value.</source>
        <translation>sabc serve: %1 necesita un valor.</translation>
    </message>
    <message>
        <source>sabc serve: give the club database with --database FILE.</source>
        <translation>sabc serve: indique la base de datos del club con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>sabc serve: the port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>sabc serve: el puerto debe ser un número de 1 a 65535, no «%1».</translation>
    </message>
    <message>
        <source>sabc serve: &quot;%1&quot; is not an IP address of this computer.</source>
        <translation>sabc serve: «%1» no es una dirección IP de esta computadora.</translation>
    </message>
    <message>
        <source>Sharing the leaderboard of %1 (read only).</source>
        <translation>Compartiendo la clasificación de %1 (solo lectura).</translation>
    </message>
    <message>
        <source>Phones on the same network can open:</source>
        <translation>Los teléfonos de la misma red pueden abrir:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>sabc rules: %1</source>
        <translation>sabc rules: %1</translation>
    </message>
    <message>
        <source>Usage: sabc rules show --database FILE --season YEAR
       sabc rules set --database FILE --season YEAR RULES.json</source>
        <translation>Uso: sabc rules show --database ARCHIVO --season AÑO
     sabc rules set --database ARCHIVO --season AÑO REGLAS.json</translation>
    </message>
    <message>
        <source>sabc rules: &quot;%1&quot; is not a season; give a year like 2026.</source>
        <translation>sabc rules: &quot;%1&quot; no es una temporada; indique un año como 2026.</translation>
    </message>
    <message>
        <source>sabc rules: there is no club database at &quot;%1&quot;.</source>
        <translation>sabc rules: no hay ninguna base de datos del club en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sabc rules: cannot read %1: %2</source>
        <translation>sabc rules: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>sabc rules: &quot;%1&quot; holds no club yet.</source>
        <translation>sabc rules: &quot;%1&quot; aún no contiene ningún club.</translation>
    </message>
    <message>
        <source>sabc rules: %1: %2</source>
        <translation>sabc rules: %1: %2</translation>
    </message>
    <message>
        <source>Stored the rules of season %1 (%2).</source>
        <translation>Se guardaron las reglas de la temporada %1 (%2).</translation>
    </message>
    <message>
        <source>Re-scored with them: %1.</source>
        <translation>Vueltos a puntuar con ellas: %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opción desconocida --%1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Name the report: %1.</source>
        <translation>Indique el informe: %1.</translation>
    </message>
    <message>
        <source>Only one report at a time (got &quot;%1&quot;).</source>
        <translation>Un solo informe a la vez (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Say show or set.</source>
        <translation>Diga show o set.</translation>
    </message>
    <message>
        <source>rules show takes no file (got &quot;%1&quot;).</source>
        <translation>rules show no lleva archivo (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>rules set needs one RULES.json file.</source>
        <translation>rules set necesita un archivo REGLAS.json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not show or set.</source>
        <translation>&quot;%1&quot; no es show ni set.</translation>
    </message>
    <message>
        <source>Name the club database with --database FILE.</source>
        <translation>Indique la base de datos del club con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>Name the season with --season YEAR.</source>
        <translation>Indique la temporada con --season AÑO.</translation>
    </message>
    <message>
        <source>Cannot open the ruleset file %1: %2</source>
        <translation>No se puede abrir el archivo de reglas %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>buy-in</source>
        <translation>sin pescar</translation>
    </message>
    <message>
        <source>dq</source>
        <translation>DQ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Angler</source>
        <translation>Pescador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Peces</translation>
    </message>
    <message>
        <source>Net weight</source>
        <translation>Peso neto</translation>
    </message>
    <message>
        <source>Big bass</source>
        <translation>Lobina mayor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>%1 (%2 wins)</source>
        <translation>%1 (%2 victorias)</translation>
    </message>
    <message>
        <source>%1 (%2 lb)</source>
        <translation>%1 (%2 lb)</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>no otorgado</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advertencia: %2</translation>
    </message>
    <message>
        <source>Usage: sabc import web --from postgresql://USER@HOST:PORT/DB[?sslmode=...] --database FILE [--dry-run]</source>
        <translation>Uso: sabc import web --from postgresql://USER@HOST:PORT/DB[?sslmode=...] --database ARCHIVO [--dry-run]</translation>
    </message>
    <message>
        <source>sabc import web: unexpected argument &quot;%1&quot;.</source>
        <translation>sabc import web: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>sabc import web: no room for the dry run&apos;s scratch copy.</source>
        <translation>sabc import web: no hay espacio para la copia de trabajo de la prueba.</translation>
    </message>
    <message>
        <source>sabc import web: %1</source>
        <translation>sabc import web: %1</translation>
    </message>
    <message>
        <source>sabc import web: nothing was imported: %1</source>
        <translation>sabc import web: no se importó nada: %1</translation>
    </message>
    <message>
        <source>sabc import web: could not read %1 for the dry run.</source>
        <translation>sabc import web: no se pudo leer %1 para la prueba.</translation>
    </message>
    <message>
        <source>Say results or standings.</source>
        <translation>Diga results o standings.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>«%1» no se esperaba.</translation>
    </message>
    <message>
        <source>Name the tournament with --tournament YYYY-MM-DD.</source>
        <translation>Indique el torneo con --tournament AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>mail results takes --tournament, not --season.</source>
        <translation>mail results lleva --tournament, no --season.</translation>
    </message>
    <message>
        <source>mail standings takes --season, not --tournament.</source>
        <translation>mail standings lleva --season, no --tournament.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not results or standings.</source>
        <translation>«%1» no es results ni standings.</translation>
    </message>
    <message>
        <source>Name the mail server with --smtp smtp://[USER@]HOST:PORT.</source>
        <translation>Indique el servidor de correo con --smtp smtp://[USER@]HOST:PORT.</translation>
    </message>
    <message>
        <source>sabc mail: %1</source>
        <translation>sabc mail: %1</translation>
    </message>
    <message>
        <source>Usage: sabc mail results --database FILE --tournament YYYY-MM-DD --smtp smtp://[USER@]HOST:PORT[?security=starttls|tls|none] [--dry-run]
       sabc mail standings --database FILE --season YEAR --smtp URL [--dry-run]</source>
        <translation>Uso: sabc mail results --database ARCHIVO --tournament AAAA-MM-DD --smtp smtp://[USER@]HOST:PORT[?security=starttls|tls|none] [--dry-run]
     sabc mail standings --database ARCHIVO --season AÑO --smtp URL [--dry-run]</translation>
    </message>
    <message>
        <source>sabc mail: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>sabc mail: «%1» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>sabc mail: &quot;%1&quot; is not a season; give a year like 2026.</source>
        <translation>sabc mail: «%1» no es una temporada; indique un año como 2026.</translation>
    </message>
    <message>
        <source>sabc mail: there is no club database at &quot;%1&quot;.</source>
        <translation>sabc mail: no hay ninguna base de datos del club en «%1».</translation>
    </message>
    <message>
        <source>sabc mail: &quot;%1&quot; holds no club yet.</source>
        <translation>sabc mail: «%1» aún no contiene ningún club.</translation>
    </message>
    <message>
        <source>sabc mail: the club has no From address yet; set it in the window&apos;s Mailbox &gt; Club E-mail Settings (or use an address as the SMTP user).</source>
        <translation>sabc mail: el club aún no tiene dirección de remitente; indíquela en Buzón &gt; Configuración del correo del club de la ventana (o use una dirección como usuario SMTP).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), as BCC in %1 message(s) of at most %2:</source>
        <translation>
            <numerusform>%n destinatario, en copia oculta en %1 mensaje(s) de %2 como máximo:</numerusform>
            <numerusform>%n destinatarios, en copia oculta en %1 mensaje(s) de %2 como máximo:</numerusform>
        </translation>
    </message>
    <message>
        <source>sabc mail: finishing the same mail written earlier (%1); its batches already sent or being sent are not sent again.</source>
        <translation>sabc mail: se termina el mismo correo escrito antes (%1); sus tandas ya enviadas o en envío no se envían de nuevo.</translation>
    </message>
    <message>
        <source>sent %1 to %2 recipients</source>
        <translation>sent %1 to %2 recipients</translation>
    </message>
    <message numerus="yes">
        <source>sabc mail: %n batch(es) were being sent when sabc stopped before; they are not sent again (see Mailbox &gt; Outbox and Sent in the window).</source>
        <translation>
            <numerusform>sabc mail: %n tanda se estaba enviando cuando sabc se detuvo; no se envía de nuevo (vea Buzón &gt; Bandeja de salida y enviados en la ventana).</numerusform>
            <numerusform>sabc mail: %n tandas se estaban enviando cuando sabc se detuvo; no se envían de nuevo (vea Buzón &gt; Bandeja de salida y enviados en la ventana).</numerusform>
        </translation>
    </message>
    <message>
        <source>sabc mail: the rest waits in the outbox; run the same command again to send it.</source>
        <translation>sabc mail: el resto espera en la bandeja de salida; ejecute la misma orden de nuevo para enviarlo.</translation>
    </message>
    <message>
        <source>Usage: sabc publish --database FILE --output DIR [--season YEAR]</source>
        <translation>Uso: sabc publish --database ARCHIVO --output CARPETA [--season AÑO]</translation>
    </message>
    <message>
        <source>sabc publish: %1</source>
        <translation>sabc publish: %1</translation>
    </message>
    <message>
        <source>sabc publish: unexpected argument &quot;%1&quot;.</source>
        <translation>sabc publish: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>sabc publish: name the club database with --database FILE.</source>
        <translation>sabc publish: indique la base de datos del club con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>sabc publish: say which folder to write the site to with --output DIR.</source>
        <translation>sabc publish: indique en qué carpeta escribir el sitio con --output CARPETA.</translation>
    </message>
    <message>
        <source>sabc publish: &quot;%1&quot; is not a season; give a year like 2026.</source>
        <translation>sabc publish: «%1» no es una temporada; indique un año como 2026.</translation>
    </message>
    <message>
        <source>sabc publish: there is no club database at &quot;%1&quot;.</source>
        <translation>sabc publish: no hay ninguna base de datos del club en «%1».</translation>
    </message>
    <message>
        <source>sabc publish: &quot;%1&quot; holds no club yet.</source>
        <translation>sabc publish: «%1» aún no contiene ningún club.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1: </source>
        <translation>
            <numerusform>Se escribió %n archivo en %1: </numerusform>
            <numerusform>Se escribieron %n archivos en %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n season(s), </source>
        <translation>
            <numerusform>%n temporada, </numerusform>
            <numerusform>%n temporadas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tournament page(s).</source>
        <translation>
            <numerusform>%n página de torneo.</numerusform>
            <numerusform>%n páginas de torneos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sabc server init --server URL
       sabc server add-user NAME --role director|secretary|treasurer|admin|reader --server URL [--password-stdin]</source>
        <translation>Uso: sabc server init --server URL
     sabc server add-user NOMBRE --role director|secretary|treasurer|admin|reader --server URL [--password-stdin]</translation>
    </message>
    <message>
        <source>Say where to write the calendar with --output FILE.ics.</source>
        <translation>Indique dónde guardar el calendario con --output FILE.ics.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a season; give a year like 2026.</source>
        <translation>&quot;%1&quot; no es una temporada; indique un año como 2026.</translation>
    </message>
    <message>
        <source>sabc calendar: %1</source>
        <translation>sabc calendar: %1</translation>
    </message>
    <message>
        <source>Usage: sabc calendar --database FILE --season YEAR --output FILE.ics</source>
        <translation>Uso: sabc calendar --database FILE --season YEAR --output FILE.ics</translation>
    </message>
    <message>
        <source>sabc calendar: there is no club database at &quot;%1&quot;.</source>
        <translation>sabc calendar: no hay base de datos del club en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sabc calendar: &quot;%1&quot; holds no club yet.</source>
        <translation>sabc calendar: &quot;%1&quot; aún no tiene club.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n event(s) of season %1 to %2</source>
        <translation>
            <numerusform>%n evento de la temporada %1 guardado en %2</numerusform>
            <numerusform>%n eventos de la temporada %1 guardados en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sabc stats --database FILE [--season YEAR] --format csv|json</source>
        <translation>Uso: sabc stats --database ARCHIVO [--season AÑO] --format csv|json</translation>
    </message>
    <message>
        <source>sabc stats: %1</source>
        <translation>sabc stats: %1</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;.</source>
        <translation>«%1» no se esperaba.</translation>
    </message>
    <message>
        <source>sabc stats: choose --format csv or --format json.</source>
        <translation>sabc stats: elija --format csv o --format json.</translation>
    </message>
    <message>
        <source>sabc stats: &quot;%1&quot; is not a format; use csv or json.</source>
        <translation>sabc stats: «%1» no es un formato; use csv o json.</translation>
    </message>
    <message>
        <source>sabc stats: name the club database with --database FILE.</source>
        <translation>sabc stats: indique la base de datos del club con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>sabc stats: &quot;%1&quot; is not a season; give a year like 2026.</source>
        <translation>sabc stats: «%1» no es una temporada; indique un año como 2026.</translation>
    </message>
    <message>
        <source>sabc stats: there is no club database at &quot;%1&quot;.</source>
        <translation>sabc stats: no hay ninguna base de datos del club en «%1».</translation>
    </message>
    <message>
        <source>sabc stats: &quot;%1&quot; holds no club yet.</source>
        <translation>sabc stats: «%1» aún no contiene ningún club.</translation>
    </message>
    <message>
        <source>Usage: sabc scale read --port DEVICE [--baud N] [--protocol ad|sics|PATTERN] [--count N]</source>
        <translation>Uso: sabc scale read --port DISPOSITIVO [--baud N] [--protocol ad|sics|PATRÓN] [--count N]</translation>
    </message>
    <message>
        <source>sabc scale: %1</source>
        <translation>sabc scale: %1</translation>
    </message>
    <message>
        <source>Say read.</source>
        <translation>Indique read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not read.</source>
        <translation>«%1» no es read.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Name the scale&apos;s port with --port DEVICE (for example /dev/ttyUSB0).</source>
        <translation>Indique el puerto de la báscula con --port DISPOSITIVO (por ejemplo /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>the baud rate must be a number such as 9600, not &quot;%1&quot;.</source>
        <translation>la velocidad en baudios debe ser un número como 9600, no «%1».</translation>
    </message>
    <message>
        <source>--count must be a number of bags, 1 or more, not &quot;%1&quot;.</source>
        <translation>--count debe ser un número de sartas, 1 o más, no «%1».</translation>
    </message>
    <message>
        <source>Reading the scale on %1; each bag is printed once. Ctrl+C stops.</source>
        <translation>Leyendo la báscula en %1; cada sarta se muestra una vez. Ctrl+C termina.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) that were no reading (%1 unreadable, %2 overload).</source>
        <translation>
            <numerusform>Se omitió %n línea que no era una lectura (%1 ilegibles, %2 de sobrecarga).</numerusform>
            <numerusform>Se omitieron %n líneas que no eran una lectura (%1 ilegibles, %2 de sobrecarga).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sabc: there is no display to open the window on. The commands of sabc --help work without one.
</source>
        <translation>sabc: no hay pantalla en la que abrir la ventana. Los comandos de sabc --help funcionan sin ella.
</translation>
    </message>
</context>
</TS>
