// Tests of the club's calendar and places (#18) on a real club database: calendar events and
// their undoable edits; lakes and ramps (add, rename, edit, map link, coordinates, delete) with
// undo of each edit and a lake or ramp in use refusing deletion; the season planner moving the
// usual tournament dates off days that hold an event; the iCalendar export parsed back.
#include "calendar/calendarstore.h"
#include "calendar/icalendar.h"
#include "calendar/seasonplanner.h"
#include "commands/command.h"
#include "itemmodels/calendarmodel.h"
#include "store/store.h"
#include "tournaments/lakestore.h"
#include "tournaments/tournamentstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// One VEVENT as parsed back: property name (without parameters) -> (parameters, value).
struct ParsedEvent
{
    QHash<QString, QPair<QString, QString>> props;
    QString value(const QString &name) const { return props.value(name).second; }
    QString params(const QString &name) const { return props.value(name).first; }
};

// An unescaping reader of RFC 5545 TEXT.
QString unescape(const QString &text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// Parses a calendar written by ICalendar, checking the framing on the way: every line ends in
// CRLF, no line is longer than 75 octets, continuation lines start with a space.
QList<ParsedEvent> parse(const QByteArray &data, QString *problem)
{
    QList<ParsedEvent> events;
    if (!data.endsWith("\r\n")) {
        *problem = QStringLiteral("does not end with CRLF");
        return events;
    }
    const QList<QByteArray> raw = data.chopped(1).split('\n');
    QStringList lines;
    for (QByteArray line : raw) {
        if (!line.endsWith('\r')) {
            *problem = QStringLiteral("a line without CR: ") + QString::fromUtf8(line);
            return events;
        }
        line.chop(1);
        if (line.size() > 75) {
            *problem = QStringLiteral("a line of %1 octets").arg(line.size());
            return events;
        }
        if (line.startsWith(' ')) {
            if (lines.isEmpty()) {
                *problem = QStringLiteral("continuation first");
                return events;
            }
            // Unfold on octets: a folded UTF-8 character would not decode.
            lines.last() = QString::fromUtf8(lines.last().toUtf8() + line.mid(1));
        } else {
            lines << QString::fromUtf8(line);
        }
    }
    ParsedEvent *current = nullptr;
    for (const QString &line : std::as_const(lines)) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            events.append(ParsedEvent());
            current = &events.last();
            continue;
        }
        if (line == QLatin1String("END:VEVENT")) {
            current = nullptr;
            continue;
        }
        if (!current)
            continue;
        const int colon = line.indexOf(u':');
        const QString head = line.left(colon);
        const int semi = head.indexOf(u';');
        const QString name = semi < 0 ? head : head.left(semi);
        const QString params = semi < 0 ? QString() : head.mid(semi + 1);
        current->props.insert(name, {params, unescape(line.mid(colon + 1))});
    }
    return events;
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eventsAreStoredAndChecked();
    void eventEditsUndoAndRedo();
    void lakeEditsUndoAndRedo();
    void rampEditsUndoAndRedo();
    void lakeInUseRefusesDeletion();
    void plannerSkipsDaysHoldingAnEvent();
    void calendarModelListsTournamentsAndEvents();
    void icalendarParsesBack();
    void icalendarFoldsAndEscapes();
    void commandLine();

private:
    QString lakeId(const QString &key);
    int live(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCalendar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Store::open(m_dir->filePath(QStringLiteral("club.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    m_store = std::move(opened.value());
    QVERIFY(m_store->createClub(QStringLiteral("South Austin Bass Club"), "America/Chicago"));
    m_stack = std::make_unique<QUndoStack>();
}

void TestCalendar::cleanup()
{
    m_stack.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestCalendar::lakeId(const QString &key)
{
    const QList<LakeRecord> all = LakeStore(*m_store).lakes().value();
    for (const LakeRecord &l : all)
        if (l.key == key)
            return l.id;
    return QString();
}

int TestCalendar::live(const QString &table)
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestCalendar::eventsAreStoredAndChecked()
{
    CalendarStore calendar(*m_store);
    CalendarEvent e;
    e.date = QDate(2026, 7, 4);
    e.kind = EventKind::Holiday;
    e.name = QStringLiteral("  Independence   Day ");
    auto id = calendar.insert(e);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    auto read = calendar.event(id.value());
    QVERIFY(read.ok() && read.value());
    QCOMPARE(read.value()->name, QStringLiteral("Independence Day"));
    QCOMPARE(read.value()->kind, EventKind::Holiday);
    QVERIFY(!read.value()->startTime.isValid());
    QCOMPARE(calendar.season(2026).value().size(), 1);
    QCOMPARE(calendar.season(2025).value().size(), 0);
    QCOMPARE(calendar.seasons().value(), QList<int>{2026});

    // Bad input is refused and changes nothing.
    CalendarEvent bad = e;
    bad.name = QStringLiteral("   ");
    QVERIFY(!calendar.insert(bad).ok());
    bad = e;
    bad.startTime = QTime(20, 0);
    bad.endTime = QTime(18, 0);
    auto backwards = calendar.insert(bad);
    QVERIFY(!backwards.ok());
    QVERIFY2(backwards.error().contains(QStringLiteral("before it starts")), qPrintable(backwards.error()));
    bad = e;
    bad.startTime = QTime();
    bad.endTime = QTime(18, 0);
    QVERIFY(!calendar.insert(bad).ok());
    bad = e;
    bad.date = QDate();
    QVERIFY(!calendar.insert(bad).ok());
    QCOMPARE(live(QStringLiteral("calendar_events")), 1);
    // The database's own rules refuse what slips past (an unknown kind).
    QSqlQuery q(m_store->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE calendar_events SET kind = 'party'")));

    // Cancelled stays on the calendar.
    CalendarEvent cancelled = *read.value();
    cancelled.cancelled = true;
    QVERIFY(calendar.update(cancelled));
    QVERIFY(calendar.event(id.value()).value()->cancelled);
    QCOMPARE(calendar.season(2026).value().size(), 1);
}

void TestCalendar::eventEditsUndoAndRedo()
{
    CalendarEvent e;
    e.date = QDate(2026, 4, 14);
    e.kind = EventKind::Meeting;
    e.name = QStringLiteral("Monthly meeting");
    e.startTime = QTime(19, 0);
    e.endTime = QTime(20, 30);
    e.notes = QStringLiteral("At the bait shop");
    auto id = commands::addCalendarEvent(m_stack.get(), m_store.get(), e);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add Monthly meeting"));
    CalendarStore calendar(*m_store);
    m_stack->undo();
    QVERIFY(!calendar.event(id.value()).value());
    m_stack->redo();
    QVERIFY(calendar.event(id.value()).value()); // the same record, brought back

    const CalendarEvent before = *calendar.event(id.value()).value();
    CalendarEvent after = before;
    after.name = QStringLiteral("Election night");
    after.kind = EventKind::Election;
    after.cancelled = true;
    QVERIFY(commands::editCalendarEvent(m_stack.get(), m_store.get(), before, after));
    QCOMPARE(calendar.event(id.value()).value()->name, QStringLiteral("Election night"));
    QVERIFY(calendar.event(id.value()).value()->cancelled);
    // Saving it unchanged is no edit.
    commands::EditStatus same = commands::editCalendarEvent(
        m_stack.get(), m_store.get(), *calendar.event(id.value()).value(),
        *calendar.event(id.value()).value());
    QVERIFY(same.nothingChanged());
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(*calendar.event(id.value()).value(), before);
    m_stack->redo();
    QCOMPARE(calendar.event(id.value()).value()->kind, EventKind::Election);

    // A bad edit is refused, nothing changed, the stack as it was.
    CalendarEvent bad = after;
    bad.name.clear();
    QVERIFY(!commands::editCalendarEvent(m_stack.get(), m_store.get(), after, bad).ok());
    QCOMPARE(m_stack->count(), 2);

    QVERIFY(commands::deleteCalendarEvent(m_stack.get(), m_store.get(),
                                          *calendar.event(id.value()).value()));
    QVERIFY(!calendar.event(id.value()).value());
    QCOMPARE(live(QStringLiteral("calendar_events")), 0);
    m_stack->undo();
    QCOMPARE(calendar.event(id.value()).value()->name, QStringLiteral("Election night"));
    m_stack->redo();
    QVERIFY(!calendar.event(id.value()).value());
    // Undo all the way: nothing left; the tombstone stays for the sync.
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(live(QStringLiteral("calendar_events")), 0);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calendar_events WHERE deleted = 1")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestCalendar::lakeEditsUndoAndRedo()
{
    LakeStore lakes(*m_store);
    const int before = int(lakes.lakes().value().size());
    LakeRecord lake;
    lake.name = QStringLiteral("Lake Georgetown");
    lake.mapUrl = QStringLiteral("https://www.google.com/maps/embed?pb=!1m18!1m12");
    auto id = commands::addLake(m_stack.get(), m_store.get(), lake);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    QCOMPARE(lakes.lakes().value().size(), before + 1);
    const LakeRecord added = *lakes.lake(id.value()).value();
    QCOMPARE(added.mapUrl, lake.mapUrl);
    QCOMPARE(added.key, QStringLiteral("lake-georgetown"));
    m_stack->undo();
    QCOMPARE(lakes.lakes().value().size(), before);
    m_stack->redo();
    QCOMPARE(*lakes.lake(id.value()).value(), added);

    // A name taken by another lake, a map link that is no web address: refused, nothing changed.
    LakeRecord taken = added;
    taken.name = QStringLiteral("lake travis");
    auto refused = commands::editLake(m_stack.get(), m_store.get(), added, taken);
    QVERIFY(!refused.ok() && !refused.nothingChanged());
    QVERIFY2(refused.error().contains(QStringLiteral("already in the list")), qPrintable(refused.error()));
    LakeRecord badMap = added;
    badMap.mapUrl = QStringLiteral("javascript:alert(1)");
    QVERIFY(!commands::editLake(m_stack.get(), m_store.get(), added, badMap).ok());
    QCOMPARE(m_stack->count(), 1);

    // Rename, paper, map link: one undoable edit; the key stays.
    LakeRecord renamed = added;
    renamed.name = QStringLiteral("Georgetown Lake");
    renamed.paper = true;
    renamed.mapUrl = QStringLiteral("https://maps.example.org/georgetown");
    QVERIFY(commands::editLake(m_stack.get(), m_store.get(), added, renamed));
    const LakeRecord now = *lakes.lake(id.value()).value();
    QCOMPARE(now.name, QStringLiteral("Georgetown Lake"));
    QVERIFY(now.paper);
    QCOMPARE(now.mapUrl, QStringLiteral("https://maps.example.org/georgetown"));
    QCOMPARE(now.key, added.key);
    m_stack->undo();
    QCOMPARE(*lakes.lake(id.value()).value(), added);
    m_stack->redo();
    QCOMPARE(*lakes.lake(id.value()).value(), now);

    // Delete a lake nobody uses, with its ramp; undo brings both back.
    auto ramp = commands::addRamp(m_stack.get(), m_store.get(),
                                  {QString(), id.value(), QStringLiteral("Cedar Breaks Park"),
                                   30.68, -97.72});
    QVERIFY(ramp.ok());
    QVERIFY(commands::deleteLake(m_stack.get(), m_store.get(), now));
    QVERIFY(!lakes.lake(id.value()).value());
    QVERIFY(!lakes.ramp(ramp.value()).value());
    m_stack->undo();
    QCOMPARE(*lakes.lake(id.value()).value(), now);
    QCOMPARE(lakes.ramp(ramp.value()).value()->name, QStringLiteral("Cedar Breaks Park"));
    m_stack->redo();
    QVERIFY(!lakes.lake(id.value()).value());
}

void TestCalendar::rampEditsUndoAndRedo()
{
    LakeStore lakes(*m_store);
    const QString travis = lakeId(QStringLiteral("travis"));
    QVERIFY(!travis.isEmpty());
    const int before = int(lakes.ramps(travis).value().size());
    RampRecord ramp{QString(), travis, QStringLiteral("Hurst Creek"), std::nullopt, std::nullopt};
    auto id = commands::addRamp(m_stack.get(), m_store.get(), ramp);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    QCOMPARE(lakes.ramps(travis).value().size(), before + 1);
    m_stack->undo();
    QCOMPARE(lakes.ramps(travis).value().size(), before);
    m_stack->redo();
    const RampRecord added = *lakes.ramp(id.value()).value();
    QVERIFY(!added.latitude && !added.longitude);
    QVERIFY(LakeStore::rampMapUrl(added).isEmpty());

    RampRecord placed = added;
    placed.name = QStringLiteral("Hurst Creek Park");
    placed.latitude = 30.4102;
    placed.longitude = -97.8781;
    QVERIFY(commands::editRamp(m_stack.get(), m_store.get(), added, placed));
    const RampRecord now = *lakes.ramp(id.value()).value();
    QCOMPARE(now.name, QStringLiteral("Hurst Creek Park"));
    QCOMPARE(*now.latitude, 30.4102);
    QVERIFY(LakeStore::rampMapUrl(now).contains(QStringLiteral("mlat=30.410200&mlon=-97.878100")));
    m_stack->undo();
    QCOMPARE(*lakes.ramp(id.value()).value(), added);
    m_stack->redo();
    QCOMPARE(*lakes.ramp(id.value()).value(), now);

    // Out of range, or half a position: refused.
    RampRecord bad = now;
    bad.latitude = 91;
    QVERIFY(!commands::editRamp(m_stack.get(), m_store.get(), now, bad).ok());
    bad = now;
    bad.longitude = std::nullopt;
    QVERIFY(!commands::editRamp(m_stack.get(), m_store.get(), now, bad).ok());

    QVERIFY(commands::deleteRamp(m_stack.get(), m_store.get(), now));
    QVERIFY(!lakes.ramp(id.value()).value());
    m_stack->undo();
    QCOMPARE(*lakes.ramp(id.value()).value(), now);
}

void TestCalendar::lakeInUseRefusesDeletion()
{
    LakeStore lakes(*m_store);
    const QString travis = lakeId(QStringLiteral("travis"));
    const RampRecord ramp = lakes.ramps(travis).value().first();
    TournamentStore tournaments(*m_store);
    for (int month : {3, 4}) {
        TournamentRecord t;
        t.season = 2026;
        t.date = QDate(2026, month, 22);
        t.name = QStringLiteral("Travis %1").arg(month);
        t.lakeId = travis;
        t.rampId = month == 3 ? ramp.id : QString();
        QVERIFY(tournaments.insertTournament(t).ok());
    }
    const LakeRecord lake = *lakes.lake(travis).value();
    const int steps = m_stack->count();
    Status refused = commands::deleteLake(m_stack.get(), m_store.get(), lake);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("2 tournament")), qPrintable(refused.error()));
    QVERIFY(refused.error().contains(lake.name));
    Status rampRefused = commands::deleteRamp(m_stack.get(), m_store.get(), ramp);
    QVERIFY(!rampRefused.ok());
    QVERIFY2(rampRefused.error().contains(QStringLiteral("1 tournament")),
             qPrintable(rampRefused.error()));
    QCOMPARE(m_stack->count(), steps);
    QVERIFY(lakes.lake(travis).value());
    QVERIFY(lakes.ramp(ramp.id).value());

    // Another club's tournament on the calendar holds a lake too.
    const QString lbj = lakeId(QStringLiteral("lbj"));
    QVERIFY(!lbj.isEmpty());
    CalendarEvent open;
    open.date = QDate(2026, 5, 9);
    open.kind = EventKind::OtherTournament;
    open.name = QStringLiteral("Another Club Open");
    open.lakeId = lbj;
    QVERIFY(CalendarStore(*m_store).insert(open).ok());
    Status byEvent = commands::deleteLake(m_stack.get(), m_store.get(), *lakes.lake(lbj).value());
    QVERIFY(!byEvent.ok());
    QVERIFY2(byEvent.error().contains(QStringLiteral("1 calendar event")), qPrintable(byEvent.error()));

    // Once the tournaments fish elsewhere (a deleted tournament does not count), it may go.
    const QList<TournamentRecord> held = tournaments.tournaments(2026).value();
    for (const TournamentRecord &t : held)
        QVERIFY(tournaments.removeTournament(t.id).ok());
    QVERIFY(commands::deleteLake(m_stack.get(), m_store.get(), lake));
    QVERIFY(!lakes.lake(travis).value());
}

void TestCalendar::plannerSkipsDaysHoldingAnEvent()
{
    // 2026's usual dates: the 4th Sundays, January 25 ... October 25.
    CalendarStore calendar(*m_store);
    CalendarEvent banquet;
    banquet.date = QDate(2026, 4, 26);
    banquet.kind = EventKind::Banquet;
    banquet.name = QStringLiteral("Spring banquet");
    QVERIFY(calendar.insert(banquet).ok());
    CalendarEvent holiday;
    holiday.date = QDate(2026, 5, 24); // Memorial Day weekend
    holiday.kind = EventKind::Holiday;
    holiday.name = QStringLiteral("Memorial Day weekend");
    QVERIFY(calendar.insert(holiday).ok());
    CalendarEvent nextWeek = holiday;
    nextWeek.date = QDate(2026, 5, 31);
    nextWeek.name = QStringLiteral("Lake closed");
    QVERIFY(calendar.insert(nextWeek).ok());
    // A cancelled event does not hold its day.
    CalendarEvent cancelled;
    cancelled.date = QDate(2026, 6, 28);
    cancelled.kind = EventKind::Meeting;
    cancelled.name = QStringLiteral("Summer meeting");
    cancelled.cancelled = true;
    QVERIFY(calendar.insert(cancelled).ok());

    const QMap<QDate, QString> busy = SeasonPlanner::busyDays(*m_store, 2026);
    QCOMPARE(busy.size(), 3);
    const QList<PlannedDate> plan = SeasonPlanner::plan(2026, busy);
    QCOMPARE(plan.size(), 10);
    QCOMPARE(plan.at(0).date, QDate(2026, 1, 25));
    QVERIFY(!plan.at(0).moved());
    // April 26 holds the banquet; May 3 is another month: April 19, the Sunday before.
    QCOMPARE(plan.at(3).usual, QDate(2026, 4, 26));
    QCOMPARE(plan.at(3).date, QDate(2026, 4, 19));
    QVERIFY(plan.at(3).moved());
    QCOMPARE(plan.at(3).busyWith, QStringLiteral("Spring banquet"));
    // May 24 and May 31 are taken: May 17.
    QCOMPARE(plan.at(4).date, QDate(2026, 5, 17));
    QCOMPARE(plan.at(5).date, QDate(2026, 6, 28)); // the cancelled meeting holds nothing
    QVERIFY(!plan.at(5).moved());
    const QStringList moves = SeasonPlanner::describeMoves(plan);
    QCOMPARE(moves.size(), 2);
    QVERIFY2(moves.at(0).contains(QStringLiteral("April 26")) && moves.at(0).contains(QStringLiteral("Spring banquet")) &&
                 moves.at(0).contains(QStringLiteral("April 19")),
             qPrintable(moves.at(0)));
    // No planned date falls on a busy day.
    for (const PlannedDate &p : plan)
        QVERIFY2(!busy.contains(p.date), qPrintable(p.date.toString(Qt::ISODate)));

    // A month with every Sunday taken keeps its date, marked for the officer.
    QMap<QDate, QString> full;
    for (QDate d(2026, 2, 1); d.month() == 2; d = d.addDays(7))
        full.insert(d, QStringLiteral("Ice"));
    const QList<PlannedDate> stuck = SeasonPlanner::plan(2026, full);
    QVERIFY(stuck.at(1).stuck());
    QVERIFY(SeasonPlanner::describeMoves(stuck).first().contains(QStringLiteral("no free Sunday")));
}

void TestCalendar::calendarModelListsTournamentsAndEvents()
{
    TournamentRecord t;
    t.season = 2026;
    t.date = QDate(2026, 3, 22);
    t.name = QStringLiteral("March Tournament");
    t.startTime = QTime(6, 30);
    t.weighInTime = QTime(14, 30);
    QVERIFY(TournamentStore(*m_store).insertTournament(t).ok());
    CalendarEvent e;
    e.date = QDate(2026, 3, 10);
    e.kind = EventKind::Meeting;
    e.name = QStringLiteral("Meeting");
    e.cancelled = true;
    QVERIFY(CalendarStore(*m_store).insert(e).ok());
    CalendarModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeason(2026);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.tournamentCount(), 1);
    QCOMPARE(model.eventCount(), 1);
    QCOMPARE(model.index(0, CalendarModel::NameColumn).data().toString(),
             QStringLiteral("Meeting (cancelled)"));
    QVERIFY(model.index(0, 0).data(CalendarModel::CancelledRole).toBool());
    QVERIFY(model.index(1, 0).data(CalendarModel::TournamentRole).toBool());
    QCOMPARE(model.rowFor(QDate(2026, 3, 15)), 1);
    // A change in the store reaches the model (on the next turn of the event loop).
    CalendarEvent banquet;
    banquet.date = QDate(2026, 12, 5);
    banquet.kind = EventKind::Banquet;
    banquet.name = QStringLiteral("Banquet");
    QVERIFY(commands::addCalendarEvent(m_stack.get(), m_store.get(), banquet).ok());
    QTRY_COMPARE(model.rowCount(), 3);
    m_stack->undo();
    QTRY_COMPARE(model.rowCount(), 2);
}

void TestCalendar::icalendarParsesBack()
{
    const QString travis = lakeId(QStringLiteral("travis"));
    TournamentRecord t;
    t.season = 2026;
    t.date = QDate(2026, 3, 22); // daylight saving time in Texas: UTC-5
    t.name = QStringLiteral("March Tournament");
    t.lakeId = travis;
    t.startTime = QTime(6, 30);
    t.weighInTime = QTime(14, 30);
    auto tid = TournamentStore(*m_store).insertTournament(t);
    QVERIFY(tid.ok());
    TournamentRecord jan = t;
    jan.date = QDate(2026, 1, 25); // standard time: UTC-6
    jan.name = QStringLiteral("January Tournament");
    jan.cancelled = true;
    auto janId = TournamentStore(*m_store).insertTournament(jan);
    QVERIFY(janId.ok());
    CalendarEvent holiday;
    holiday.date = QDate(2026, 7, 4);
    holiday.kind = EventKind::Holiday;
    holiday.name = QStringLiteral("Independence Day");
    auto hid = CalendarStore(*m_store).insert(holiday);
    QVERIFY(hid.ok());
    CalendarEvent meeting;
    meeting.date = QDate(2026, 4, 14);
    meeting.kind = EventKind::Meeting;
    meeting.name = QStringLiteral("Meeting; bring dues, ideas\\and a chair");
    meeting.startTime = QTime(19, 0);
    meeting.endTime = QTime(20, 30);
    meeting.notes = QStringLiteral("Line one\nLínea dos, with ñ");
    meeting.cancelled = true;
    auto mid = CalendarStore(*m_store).insert(meeting);
    QVERIFY(mid.ok());
    // Not in 2026: left out.
    CalendarEvent old = holiday;
    old.date = QDate(2025, 7, 4);
    QVERIFY(CalendarStore(*m_store).insert(old).ok());

    const QString path = m_dir->filePath(QStringLiteral("season.ics"));
    QVERIFY(ICalendar::writeSeason(*m_store, 2026, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(data.endsWith("END:VCALENDAR\r\n"));
    QString problem;
    const QList<ParsedEvent> events = parse(data, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(events.size(), 4);
    QHash<QString, ParsedEvent> byUid;
    for (const ParsedEvent &e : events) {
        QVERIFY(!e.value(QStringLiteral("DTSTAMP")).isEmpty());
        QVERIFY(e.value(QStringLiteral("DTSTAMP")).endsWith(u'Z'));
        byUid.insert(e.value(QStringLiteral("UID")), e);
    }
    QCOMPARE(byUid.size(), 4); // one UID per record
    const ParsedEvent march = byUid.value(tid.value() + QStringLiteral("@sabc-tournament"));
    QCOMPARE(march.value(QStringLiteral("SUMMARY")), QStringLiteral("March Tournament"));
    QCOMPARE(march.value(QStringLiteral("DTSTART")), QStringLiteral("20260322T113000Z"));
    QCOMPARE(march.value(QStringLiteral("DTEND")), QStringLiteral("20260322T193000Z"));
    QCOMPARE(march.value(QStringLiteral("LOCATION")), QStringLiteral("Lake Travis"));
    QCOMPARE(march.value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
    const ParsedEvent january = byUid.value(janId.value() + QStringLiteral("@sabc-tournament"));
    QCOMPARE(january.value(QStringLiteral("DTSTART")), QStringLiteral("20260125T123000Z"));
    QCOMPARE(january.value(QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
    const ParsedEvent july = byUid.value(hid.value() + QStringLiteral("@sabc-event"));
    QCOMPARE(july.params(QStringLiteral("DTSTART")), QStringLiteral("VALUE=DATE"));
    QCOMPARE(july.value(QStringLiteral("DTSTART")), QStringLiteral("20260704"));
    QCOMPARE(july.value(QStringLiteral("DTEND")), QStringLiteral("20260705"));
    QCOMPARE(july.value(QStringLiteral("CATEGORIES")), QStringLiteral("Holiday"));
    const ParsedEvent april = byUid.value(mid.value() + QStringLiteral("@sabc-event"));
    QCOMPARE(april.value(QStringLiteral("SUMMARY")), meeting.name);
    QCOMPARE(april.value(QStringLiteral("DESCRIPTION")), meeting.notes);
    QCOMPARE(april.value(QStringLiteral("DTSTART")), QStringLiteral("20260415T000000Z"));
    QCOMPARE(april.value(QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
    QVERIFY(data.contains("SUMMARY:Meeting\\; bring dues\\, ideas\\\\and a chair\r\n"));

    // Written again later: the same UIDs (a phone updates its events, never doubles them).
    QVERIFY(ICalendar::writeSeason(*m_store, 2026, path));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QSet<QString> uids;
    const QList<ParsedEvent> reread = parse(again.readAll(), &problem);
    for (const ParsedEvent &e : reread)
        uids.insert(e.value(QStringLiteral("UID")));
    QCOMPARE(uids, QSet<QString>(byUid.keyBegin(), byUid.keyEnd()));
}

void TestCalendar::icalendarFoldsAndEscapes()
{
    QCOMPARE(ICalendar::escapeText(QStringLiteral("a,b;c\\d\r\ne\nf")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    // 75 octets per line; a long line of two-octet letters never splits one.
    const QByteArray longLine = "DESCRIPTION:" + QString(100, QChar(0x00F1)).toUtf8();
    const QByteArray folded = ICalendar::fold(longLine);
    for (const QByteArray &piece : folded.split('\n')) {
        if (piece.isEmpty())
            continue;
        QVERIFY(piece.endsWith('\r'));
        QVERIFY2(piece.size() - 1 <= 75, qPrintable(QString::number(piece.size() - 1)));
        QVERIFY(QString::fromUtf8(piece).indexOf(QChar(0xFFFD)) < 0);
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(unfolded, longLine + "\r\n");
    QCOMPARE(ICalendar::fold("SHORT:x"), QByteArray("SHORT:x\r\n"));
}

// `sabc calendar --database FILE --season YEAR --output FILE.ics`: exact arguments; exit 0 and the
// file written; exit 2 on bad arguments; exit 1 on a file that holds no club.
void TestCalendar::commandLine()
{
    const QString binary = qEnvironmentVariable("SABC_BINARY");
    if (binary.isEmpty())
        QSKIP("SABC_BINARY is not set (run through ctest)");
    CalendarEvent e;
    e.date = QDate(2026, 12, 5);
    e.kind = EventKind::Banquet;
    e.name = QStringLiteral("Banquet");
    QVERIFY(CalendarStore(*m_store).insert(e).ok());
    const QString db = m_store->path();
    m_store.reset(); // the command opens the file itself
    const QString out = m_dir->filePath(QStringLiteral("out.ics"));
    QProcess p;
    p.start(binary, {QStringLiteral("calendar"), QStringLiteral("--database"), db,
                     QStringLiteral("--season"), QStringLiteral("2026"), QStringLiteral("--output"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(p.readAllStandardOutput().contains("wrote 1 event of season 2026"),
             qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    const QList<ParsedEvent> events = parse(file.readAll(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value(QStringLiteral("SUMMARY")), QStringLiteral("Banquet"));

    p.start(binary, {QStringLiteral("calendar"), QStringLiteral("--database"), db,
                     QStringLiteral("--season"), QStringLiteral("twenty"), QStringLiteral("--output"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    p.start(binary, {QStringLiteral("calendar"), QStringLiteral("--database"), db,
                     QStringLiteral("--season"), QStringLiteral("2026")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--output FILE.ics"));
    const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
    {
        auto created = Store::open(empty);
        QVERIFY(created.ok());
    }
    p.start(binary, {QStringLiteral("calendar"), QStringLiteral("--database"), empty,
                     QStringLiteral("--season"), QStringLiteral("2026"), QStringLiteral("--output"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
