<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Acknowledgement</name>
    <message numerus="yes">
        <source>The server refused %n change(s) to %1 from the login &quot;%2&quot;: %3. They stay on this laptop.</source>
        <translation>
            <numerusform>The server refused %n change to %1 from the login &quot;%2&quot;: %3. It stays on this laptop.</numerusform>
            <numerusform>The server refused %n changes to %1 from the login &quot;%2&quot;: %3. They stay on this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n record(s) of %1 (%2). They were set aside and are listed with the conflicts on the Sync page; everything else was sent.</source>
        <translation>
            <numerusform>The server refused %n record of %1 (%2). It was set aside and is listed with the conflicts on the Sync page; everything else was sent.</numerusform>
            <numerusform>The server refused %n records of %1 (%2). They were set aside and are listed with the conflicts on the Sync page; everything else was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnglerProfileDialog</name>
    <message numerus="yes">
        <source>%1 in %n seasons</source>
        <translation>
            <numerusform>%1 in %n season</numerusform>
            <numerusform>%1 in %n seasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>%n tournament(s)</source>
        <translation>
            <numerusform>%n tournament</numerusform>
            <numerusform>%n tournaments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other event(s)</source>
        <translation>
            <numerusform>%n other event</numerusform>
            <numerusform>%n other events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClubDataPage</name>
    <message numerus="yes">
        <source>%n tournaments fished, </source>
        <translation>
            <numerusform>%n tournament fished, </numerusform>
            <numerusform>%n tournaments fished, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anglers weighed in; net weights as scored, cancelled tournaments left out.</source>
        <translation>
            <numerusform>%n angler weighed in; net weights as scored, cancelled tournaments left out.</numerusform>
            <numerusform>%n anglers weighed in; net weights as scored, cancelled tournaments left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeMailDialog</name>
    <message numerus="yes">
        <source>%n people who take the club&apos;s news will get it (as BCC).</source>
        <translation>
            <numerusform>%n person who takes the club&apos;s news will get it (as BCC).</numerusform>
            <numerusform>%n people who take the club&apos;s news will get it (as BCC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who take the club&apos;s results will get it (as BCC).</source>
        <translation>
            <numerusform>%n person who takes the club&apos;s results will get it (as BCC).</numerusform>
            <numerusform>%n people who take the club&apos;s results will get it (as BCC).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateTournamentsCommand</name>
    <message numerus="yes">
        <source>Add %n tournaments</source>
        <translation>
            <numerusform>Add %n tournament</numerusform>
            <numerusform>Add %n tournaments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteEntriesCommand</name>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryLine</name>
    <message numerus="yes">
        <source>guest, %n events this year: dues owed</source>
        <translation>
            <numerusform>guest, %n event this year: dues owed</numerusform>
            <numerusform>guest, %n events this year: dues owed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>guest, %n event this year</source>
        <translation>
            <numerusform>guest, %n event this year</numerusform>
            <numerusform>guest, %n events this year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — stringer: %n fish, %2 lb</source>
        <translation>
            <numerusform>%1 — stringer: %n fish, %2 lb</numerusform>
            <numerusform>%1 — stringer: %n fish, %2 lb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has already fished %n tournaments as a guest this year; dues are owed.</source>
        <translation>
            <numerusform>%1 has already fished %n tournament as a guest this year; dues are owed.</numerusform>
            <numerusform>%1 has already fished %n tournaments as a guest this year; dues are owed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n fish, %2 lb.</source>
        <translation>
            <numerusform>Saved %1: %n fish, %2 lb.</numerusform>
            <numerusform>Saved %1: %n fish, %2 lb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LakeHistoryWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: fished %n times, last on %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: fished once, last on %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: fished %n times, last on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LakeStore</name>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n tournament(s) and %2 use it. Choose another place for them first.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n tournament and %2 use it. Choose another place for them first.</numerusform>
            <numerusform>%1 cannot be deleted: %n tournaments and %2 use it. Choose another place for them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n calendar event</numerusform>
            <numerusform>%n calendar events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n tournament(s) use it. Choose another place for them first.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n tournament uses it. Choose another place for it first.</numerusform>
            <numerusform>%1 cannot be deleted: %n tournaments use it. Choose another place for them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n calendar event(s) use it. Choose another lake for them first.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n calendar event uses it. Choose another lake for it first.</numerusform>
            <numerusform>%1 cannot be deleted: %n calendar events use it. Choose another lake for them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s)</source>
        <translation>
            <numerusform>%1 of %n line</numerusform>
            <numerusform>%1 of %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message numerus="yes">
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Sent to %n recipient.</numerusform>
            <numerusform>Sent to %n recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message numerus="yes">
        <source>%1: the server refused %n recipient(s): %2</source>
        <translation>
            <numerusform>%1: the server refused %n recipient: %2</numerusform>
            <numerusform>%1: the server refused %n recipients: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>%1, from %2, to %n recipient(s) as BCC.</source>
        <translation>
            <numerusform>%1, from %2, to %n recipient as BCC.</numerusform>
            <numerusform>%1, from %2, to %n recipients as BCC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <source>%1 pays the dues of %n season(s): %2 will be paid through %3. Record it?</source>
        <translation>
            <numerusform>%1 pays the dues of %n season: %2 will be paid through %3. Record it?</numerusform>
            <numerusform>%1 pays the dues of %n seasons: %2 will be paid through %3. Record it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilders</name>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n win</numerusform>
            <numerusform>%n wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted points after each tournament, the top %n angler(s).</source>
        <translation>
            <numerusform>Counted points after each tournament, the top %n angler.</numerusform>
            <numerusform>Counted points after each tournament, the top %n anglers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message numerus="yes">
        <source>Collected (%n paying)</source>
        <translation>
            <numerusform>Collected (%n paying)</numerusform>
            <numerusform>Collected (%n paying)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message numerus="yes">
        <source>Wrote %n angler(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n angler to %1.</numerusform>
            <numerusform>Wrote %n anglers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message numerus="yes">
        <source>Each tournament: %1, %2 %3, %n fish (the season&apos;s rules; change one tournament later if it differs).</source>
        <translation>
            <numerusform>Each tournament: %1, %2 %3, %n fish (the season&apos;s rules; change one tournament later if it differs).</numerusform>
            <numerusform>Each tournament: %1, %2 %3, %n fish (the season&apos;s rules; change one tournament later if it differs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeasonRulesDialog</name>
    <message numerus="yes">
        <source>Season %1 has %n finalized tournament(s): %2. Their places, points, payouts and the season standings will be scored again with these rules.

Save the new rules?</source>
        <translation>
            <numerusform>Season %1 has %n finalized tournament: %2. Its places, points, payouts and the season standings will be scored again with these rules.

Save the new rules?</numerusform>
            <numerusform>Season %1 has %n finalized tournaments: %2. Their places, points, payouts and the season standings will be scored again with these rules.

Save the new rules?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteWriter</name>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n win</numerusform>
            <numerusform>%n wins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message numerus="yes">
        <source>The server took none of the %n recipients: %1</source>
        <translation>
            <numerusform>The server did not take the recipient: %1</numerusform>
            <numerusform>The server took none of the %n recipients: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C: (the message, %n bytes)</source>
        <translation>
            <numerusform>C: (the message, %n byte)</numerusform>
            <numerusform>C: (the message, %n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message numerus="yes">
        <source>Only the best %n tournaments count.</source>
        <translation>
            <numerusform>Only the best %n tournament counts.</numerusform>
            <numerusform>Only the best %n tournaments count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n events: not ranked.</source>
        <translation>
            <numerusform>Fewer than %n event: not ranked.</numerusform>
            <numerusform>Fewer than %n events: not ranked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandingsPage</name>
    <message numerus="yes">
        <source>Angler of the Year %1 · tournaments fished: %n</source>
        <translation>
            <numerusform>Angler of the Year %1 · %n tournament fished</numerusform>
            <numerusform>Angler of the Year %1 · %n tournaments fished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · best %n count</source>
        <translation>
            <numerusform> · best %n counts</numerusform>
            <numerusform> · best %n count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · at least %n events to rank</source>
        <translation>
            <numerusform> · at least %n event to rank</numerusform>
            <numerusform> · at least %n events to rank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points, events fished: %n</source>
        <translation>
            <numerusform>%1: %2 points in %n event</numerusform>
            <numerusform>%1: %2 points in %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wins: %n</source>
        <translation>
            <numerusform>%n win</numerusform>
            <numerusform>%n wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n entries)</source>
        <translation>
            <numerusform>%1 (%2, %n entry)</numerusform>
            <numerusform>%1 (%2, %n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message numerus="yes">
        <source>%n fish</source>
        <translation>
            <numerusform>%n fish</numerusform>
            <numerusform>%n fish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n dead</numerusform>
            <numerusform>%n dead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) late</source>
        <translation>
            <numerusform>%n minute late</numerusform>
            <numerusform>%n minutes late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%1: %n change(s), %2</source>
        <translation>
            <numerusform>%1: %n change, %2</numerusform>
            <numerusform>%1: %n changes, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamBoatsModel</name>
    <message numerus="yes">
        <source>%n fish but no weight.</source>
        <translation>
            <numerusform>%n fish but no weight.</numerusform>
            <numerusform>%n fish but no weight.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TournamentActions</name>
    <message numerus="yes">
        <source>Added %n tournaments.</source>
        <translation>
            <numerusform>Added %n tournament.</numerusform>
            <numerusform>Added %n tournaments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TournamentStats</name>
    <message numerus="yes">
        <source>%n anglers</source>
        <translation>
            <numerusform>%n angler</numerusform>
            <numerusform>%n anglers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boats</source>
        <translation>
            <numerusform>%n boat</numerusform>
            <numerusform>%n boats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fish</source>
        <translation>
            <numerusform>%n fish</numerusform>
            <numerusform>%n fish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limits</source>
        <translation>
            <numerusform>%n limit</numerusform>
            <numerusform>%n limits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zeros</source>
        <translation>
            <numerusform>%n zero</numerusform>
            <numerusform>%n zeros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TournamentStore</name>
    <message numerus="yes">
        <source>This tournament has %n weigh-in entries, so it cannot be deleted. Mark it cancelled instead.</source>
        <translation>
            <numerusform>This tournament has %n weigh-in entry, so it cannot be deleted. Mark it cancelled instead.</numerusform>
            <numerusform>This tournament has %n weigh-in entries, so it cannot be deleted. Mark it cancelled instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message numerus="yes">
        <source>, %n paid and not weighed in</source>
        <translation>
            <numerusform>, %n paid and not weighed in</numerusform>
            <numerusform>, %n paid and not weighed in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Season %1 · %n ledger entries</source>
        <translation>
            <numerusform>Season %1 · %n ledger entry</numerusform>
            <numerusform>Season %1 · %n ledger entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreasuryReport</name>
    <message numerus="yes">
        <source>%n tournament(s) do not balance yet; the Treasury page lists what is missing.</source>
        <translation>
            <numerusform>%n tournament does not balance yet; the Treasury page lists what is missing.</numerusform>
            <numerusform>%n tournaments do not balance yet; the Treasury page lists what is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, of which %1 reverse earlier ones. Entries are never edited; a correction is a reversing entry.</source>
        <translation>
            <numerusform>%n entry, of which %1 reverses an earlier one. Entries are never edited; a correction is a reversing entry.</numerusform>
            <numerusform>%n entries, of which %1 reverse earlier ones. Entries are never edited; a correction is a reversing entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebImportSummary</name>
    <message numerus="yes">
        <source>%n already in the club file, matched by e-mail</source>
        <translation>
            <numerusform>%n already in the club file, matched by e-mail</numerusform>
            <numerusform>%n already in the club file, matched by e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched the club&apos;s own</source>
        <translation>
            <numerusform>%n matched the club&apos;s own</numerusform>
            <numerusform>%n matched the club&apos;s own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalized by &quot;web import&quot;</source>
        <translation>
            <numerusform>%n finalized by &quot;web import&quot;</numerusform>
            <numerusform>%n finalized by &quot;web import&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeighInPage</name>
    <message numerus="yes">
        <source>%n anglers weighed in</source>
        <translation>
            <numerusform>%n angler weighed in</numerusform>
            <numerusform>%n anglers weighed in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finalize %1 with %n entries? The tournament is marked completed and its results are locked.</source>
        <translation>
            <numerusform>Finalize %1 with %n entry? The tournament is marked completed and its results are locked.</numerusform>
            <numerusform>Finalize %1 with %n entries? The tournament is marked completed and its results are locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Deleted %n entry. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Deleted %n entries. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boats weighed in</source>
        <translation>
            <numerusform>%n boat weighed in</numerusform>
            <numerusform>%n boats weighed in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finalize %1 with %n boats? The tournament is marked completed and its results are locked.</source>
        <translation>
            <numerusform>Finalize %1 with %n boat? The tournament is marked completed and its results are locked.</numerusform>
            <numerusform>Finalize %1 with %n boats? The tournament is marked completed and its results are locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <source>%n recipient(s), as BCC in %1 message(s) of at most %2:</source>
        <translation>
            <numerusform>%n recipient, as BCC in %1 message(s) of at most %2:</numerusform>
            <numerusform>%n recipients, as BCC in %1 message(s) of at most %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sabc mail: %n batch(es) were being sent when sabc stopped before; they are not sent again (see Mailbox &gt; Outbox and Sent in the window).</source>
        <translation>
            <numerusform>sabc mail: %n batch was being sent when sabc stopped before; it is not sent again (see Mailbox &gt; Outbox and Sent in the window).</numerusform>
            <numerusform>sabc mail: %n batches were being sent when sabc stopped before; they are not sent again (see Mailbox &gt; Outbox and Sent in the window).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1: </source>
        <translation>
            <numerusform>Wrote %n file to %1: </numerusform>
            <numerusform>Wrote %n files to %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n season(s), </source>
        <translation>
            <numerusform>%n season, </numerusform>
            <numerusform>%n seasons, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tournament page(s).</source>
        <translation>
            <numerusform>%n tournament page.</numerusform>
            <numerusform>%n tournament pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n event(s) of season %1 to %2</source>
        <translation>
            <numerusform>wrote %n event of season %1 to %2</numerusform>
            <numerusform>wrote %n events of season %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) that were no reading (%1 unreadable, %2 overload).</source>
        <translation>
            <numerusform>Skipped %n line that was no reading (%1 unreadable, %2 overload).</numerusform>
            <numerusform>Skipped %n lines that were no reading (%1 unreadable, %2 overload).</numerusform>
        </translation>
    </message>
</context>
</TS>
