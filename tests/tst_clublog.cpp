// The club's audit trail (models/tournaments/clublog, the store's log triggers, ClubLogModel):
// finalize and unlock are logged with who and when; once a tournament was finalized, every change
// to its results (an entry's numbers, an entry added or removed, a boat's team numbers) is logged
// with the values before and after and the officer who unlocked it; results of a tournament never
// finalized are not; rows a sync applies are not logged again; the model shows it all in words.
#include "itemmodels/clublogmodel.h"
#include "store/migrations.h"
#include "tests/weighinfixture.h"
#include "tournaments/clublog.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

class TestClubLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void finalizeUnlockAndEditsAreLogged();
    void editsBeforeFinalizingAreNotLogged();
    void boatsAreLogged();
    void syncedRowsAreNotLoggedAgain();
    void modelShowsTheLog();
    void weightsFromTheScaleAreLogged();

private:
    QList<ClubLogLine> lines(int season = 0);
    std::unique_ptr<WeighInFixture> m_f;
    QString m_tournament;
};

void TestClubLog::init()
{
    m_f = std::make_unique<WeighInFixture>();
    QVERIFY(m_f->open());
    QVERIFY(!m_f->addAngler(QStringLiteral("Ann Lee"), true).isEmpty());
    QVERIFY(!m_f->addAngler(QStringLiteral("Bob Ray"), true).isEmpty());
    QVERIFY(!m_f->addAngler(QStringLiteral("Cy Poe"), false).isEmpty());
    m_tournament = m_f->addTournament(QDate(2026, 3, 22), QStringLiteral("March"));
    QVERIFY(!m_tournament.isEmpty());
}

QList<ClubLogLine> TestClubLog::lines(int season)
{
    auto read = ClubLog::read(*m_f->store, season);
    if (!read) {
        qWarning() << read.error();
        return {};
    }
    return read.value();
}

void TestClubLog::finalizeUnlockAndEditsAreLogged()
{
    TournamentStore ts(*m_f->store);
    EntryRecord ann = m_f->entry(m_tournament, QStringLiteral("Ann Lee"), 4, 1210, 410);
    EntryRecord bob = m_f->entry(m_tournament, QStringLiteral("Bob Ray"), 2, 560);
    QVERIFY(ts.insertEntry(ann).ok());
    QVERIFY(ts.insertEntry(bob).ok());
    QVERIFY(ts.finalize(m_tournament, QStringLiteral("Dana Director")).ok());
    QVERIFY(!ts.updateEntry(ann).ok()); // finalized: locked
    QVERIFY(ts.unlock(m_tournament, QStringLiteral("Tom Treasurer")).ok());

    ann.gross = Weight::fromHundredths(1250);
    ann.fish = 5;
    QVERIFY(ts.updateEntry(ann).ok());
    QVERIFY(ts.removeEntry(bob).ok());
    EntryRecord cy = m_f->entry(m_tournament, QStringLiteral("Cy Poe"), 1, 300, 0, false);
    QVERIFY(ts.insertEntry(cy).ok());
    QVERIFY(ts.finalize(m_tournament, QStringLiteral("Dana Director")).ok());

    const QList<ClubLogLine> log = lines();
    QCOMPARE(log.size(), 6);
    // Newest first.
    QCOMPARE(log.at(0).action, QStringLiteral("finalized"));
    QStringList edits;
    for (const ClubLogLine &line : log) {
        QCOMPARE(line.tournament, QStringLiteral("March"));
        QVERIFY(line.at.isValid());
        QVERIFY(qAbs(line.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        if (line.action != QLatin1String("result_edited"))
            continue;
        QCOMPARE(line.actor, QStringLiteral("Tom Treasurer"));
        edits << line.detail;
    }
    QCOMPARE(edits.size(), 3);
    QVERIFY2(edits.contains(QStringLiteral("Ann Lee: fish 4 -> 5, weight 12.10 lb -> 12.50 lb")),
             qPrintable(edits.join(u'\n')));
    QVERIFY2(edits.contains(QStringLiteral("Bob Ray: removed (was 2 fish, 5.60 lb)")),
             qPrintable(edits.join(u'\n')));
    QVERIFY2(edits.contains(QStringLiteral("Cy Poe: added (1 fish, 3.00 lb)")),
             qPrintable(edits.join(u'\n')));
    QCOMPARE(ClubLog::actionText(log.last().action), QStringLiteral("Finalized"));
    QCOMPARE(log.last().actor, QStringLiteral("Dana Director"));
    // Another season's log is empty; this one's is whole.
    QCOMPARE(lines(2025).size(), 0);
    QCOMPARE(lines(2026).size(), 6);
}

void TestClubLog::editsBeforeFinalizingAreNotLogged()
{
    TournamentStore ts(*m_f->store);
    EntryRecord ann = m_f->entry(m_tournament, QStringLiteral("Ann Lee"), 4, 1210);
    QVERIFY(ts.insertEntry(ann).ok());
    ann.gross = Weight::fromHundredths(1300);
    QVERIFY(ts.updateEntry(ann).ok());
    QVERIFY(ts.removeEntry(ann).ok());
    QCOMPARE(lines().size(), 0);
}

void TestClubLog::boatsAreLogged()
{
    const QString team = m_f->addTournament(QDate(2026, 4, 26), QStringLiteral("April team"),
                                            false, TournamentFormat::Team);
    QVERIFY(!team.isEmpty());
    TournamentStore ts(*m_f->store);
    QVERIFY(ts.finalize(team, QStringLiteral("Dana Director")).ok());
    QVERIFY(ts.unlock(team, QStringLiteral("Dana Director")).ok());
    // Straight into the table, as any code path (or a hand edit) would.
    auto boat = m_f->store->insert(QStringLiteral("boats"),
                                   {{QStringLiteral("tournament_id"), team},
                                    {QStringLiteral("boater_id"), m_f->anglers.value(QStringLiteral("Ann Lee"))},
                                    {QStringLiteral("partner_id"), m_f->anglers.value(QStringLiteral("Bob Ray"))},
                                    {QStringLiteral("team_fish"), 5},
                                    {QStringLiteral("team_weight"), 1845}});
    QVERIFY2(boat.ok(), qPrintable(boat.ok() ? QString() : boat.error()));
    QVERIFY(m_f->store->update(QStringLiteral("boats"), boat.value(),
                               {{QStringLiteral("team_weight"), 1900}}).ok());
    QStringList edits;
    for (const ClubLogLine &line : lines())
        if (line.action == QLatin1String("result_edited"))
            edits << line.detail;
    QCOMPARE(edits.size(), 2);
    QVERIFY2(edits.contains(QStringLiteral("Boat of Ann Lee & Bob Ray: weight 18.45 lb -> 19.00 lb")),
             qPrintable(edits.join(u'\n')));
    QVERIFY2(edits.contains(QStringLiteral("Boat of Ann Lee & Bob Ray: added (5 fish, 18.45 lb)")),
             qPrintable(edits.join(u'\n')));
}

void TestClubLog::syncedRowsAreNotLoggedAgain()
{
    TournamentStore ts(*m_f->store);
    EntryRecord ann = m_f->entry(m_tournament, QStringLiteral("Ann Lee"), 4, 1210);
    QVERIFY(ts.insertEntry(ann).ok());
    QVERIFY(ts.finalize(m_tournament, QStringLiteral("Dana Director")).ok());
    QVERIFY(ts.unlock(m_tournament, QStringLiteral("Dana Director")).ok());
    // What the sync engine does while it applies rows from the server: the laptop that made
    // the edit logged it, and its log line comes with the rows.
    QSqlQuery q(m_f->store->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_guard (applying) VALUES (1)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE entries SET gross_weight = 1500 WHERE id = '%1'").arg(ann.id)));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_guard")));
    for (const ClubLogLine &line : lines())
        QVERIFY2(line.action != QLatin1String("result_edited"), qPrintable(line.detail));
    // The log line an edit makes is itself marked to sync.
    ann.gross = Weight::fromHundredths(1600);
    QVERIFY(ts.updateEntry(ann).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_dirty d JOIN tournament_log l ON "
                                  "l.id = d.id WHERE d.tbl = 'tournament_log' AND "
                                  "l.action = 'result_edited'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM tournament_log WHERE action = 'result_edited'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString().size(), 36);
    QVERIFY(QUuid::fromString(q.value(0).toString()).version() == QUuid::Random);
}

void TestClubLog::modelShowsTheLog()
{
    TournamentStore ts(*m_f->store);
    EntryRecord ann = m_f->entry(m_tournament, QStringLiteral("Ann Lee"), 4, 1210);
    QVERIFY(ts.insertEntry(ann).ok());
    QVERIFY(ts.finalize(m_tournament, QStringLiteral("Dana Director")).ok());
    ClubLogModel model(m_f->store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClubLogModel::WhoColumn).data().toString(), QStringLiteral("Dana Director"));
    QCOMPARE(model.index(0, ClubLogModel::WhatColumn).data().toString(), QStringLiteral("Finalized"));
    QVERIFY(model.index(0, ClubLogModel::TournamentColumn).data().toString().contains(QLatin1String("March")));
    QVERIFY(!model.index(0, ClubLogModel::WhenColumn).data().toString().isEmpty());
    QVERIFY(model.error().isEmpty());
    // It follows the store.
    QVERIFY(ts.unlock(m_tournament, QStringLiteral("Tom Treasurer")).ok());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ClubLogModel::WhatColumn).data().toString(), QStringLiteral("Unlocked"));
    model.setSeason(2025);
    QCOMPARE(model.rowCount(), 0);
}

// Where the weights came from (#22) is kept in the log of an edit after finalizing: a weight read
// from the scale says so, before and after.
void TestClubLog::weightsFromTheScaleAreLogged()
{
    TournamentStore ts(*m_f->store);
    EntryRecord ann = m_f->entry(m_tournament, QStringLiteral("Ann Lee"), 4, 1210, 410);
    ann.grossFromScale = true;
    QVERIFY(ts.insertEntry(ann).ok());
    QVERIFY(ts.finalize(m_tournament, QStringLiteral("Dana Director")).ok());
    QVERIFY(ts.unlock(m_tournament, QStringLiteral("Tom Treasurer")).ok());
    // Weighed again on the scale, big bass too; then a walk-up guest whose weight was typed.
    ann.gross = Weight::fromHundredths(1234);
    ann.bigBassFromScale = true;
    QVERIFY(ts.updateEntry(ann).ok());
    QCOMPARE(ts.entry(ann.id)->grossFromScale, true);
    QCOMPARE(ts.entry(ann.id)->bigBassFromScale, true);
    EntryRecord cy = m_f->entry(m_tournament, QStringLiteral("Cy Poe"), 1, 300, 0, false);
    cy.grossFromScale = true;
    QVERIFY(ts.insertEntry(cy).ok());
    QStringList edits;
    for (const ClubLogLine &line : lines())
        if (line.action == QLatin1String("result_edited"))
            edits << line.detail;
    QVERIFY2(edits.contains(QStringLiteral("Ann Lee: weight 12.10 lb from the scale -> 12.34 lb "
                                           "from the scale")),
             qPrintable(edits.join(u'\n')));
    QVERIFY2(edits.contains(QStringLiteral("Cy Poe: added (1 fish, 3.00 lb from the scale)")),
             qPrintable(edits.join(u'\n')));
    QSqlQuery q(m_f->store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT json_extract(detail, '$.after.big_bass_from_scale') "
                                  "FROM tournament_log WHERE action = 'result_edited' AND "
                                  "json_extract(detail, '$.after.weight') = 1234")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_MAIN(TestClubLog)
#include "tst_clublog.moc"
