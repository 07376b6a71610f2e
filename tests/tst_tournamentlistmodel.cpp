// Tests of TournamentListModel and TournamentFilterProxyModel on a real club database in a
// temporary folder: one season's tournaments with lake, ramp, format, status and entries.
#include "itemmodels/tournamentfilterproxymodel.h"
#include "itemmodels/tournamentlistmodel.h"
#include "store/query.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTournamentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheSeason();
    void status_data();
    void status();
    void todayComesFromTheClub();
    void seasons();
    void search_data();
    void search();
    void sorting();
    void reloadsWhenTheStoreChanges();

private:
    QString insert(const QString &table, const QVariantMap &values);
    QString tournament(const QString &name, const QDate &date, const QVariantMap &more = {});
    void entry(const QString &tournament, int count);
    int rowOf(const QAbstractItemModel &model, const QString &name) const;
    QString cell(const QAbstractItemModel &model, const QString &name, int column) const;
    QStringList names(const QAbstractItemModel &model) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_season = 0;
    QDate m_today;
    QString m_lake, m_lakeName, m_ramp, m_rampName;
    QString m_completed, m_planned;
    int m_anglers = 0;
};

QString TestTournamentListModel::insert(const QString &table, const QVariantMap &values)
{
    Result<QString> id = m_store->insert(table, values);
    if (!id.ok())
        qWarning().noquote() << id.error();
    return id.ok() ? id.value() : QString();
}

QString TestTournamentListModel::tournament(const QString &name, const QDate &date,
                                            const QVariantMap &more)
{
    QVariantMap values = more;
    values.insert(QStringLiteral("season"), date.year());
    values.insert(QStringLiteral("event_date"), date.toString(Qt::ISODate));
    values.insert(QStringLiteral("name"), name);
    return insert(QStringLiteral("tournaments"), values);
}

void TestTournamentListModel::entry(const QString &tournament, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString angler =
            insert(QStringLiteral("anglers"),
                   {{QStringLiteral("full_name"), QStringLiteral("Angler %1").arg(++m_anglers)}});
        insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), tournament},
                                           {QStringLiteral("angler_id"), angler},
                                           {QStringLiteral("was_member"), 1},
                                           {QStringLiteral("entered_at"), 0}});
    }
}

int TestTournamentListModel::rowOf(const QAbstractItemModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TournamentListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestTournamentListModel::cell(const QAbstractItemModel &model, const QString &name,
                                      int column) const
{
    const int row = rowOf(model, name);
    return row < 0 ? QStringLiteral("<missing>") : model.index(row, column).data().toString();
}

QStringList TestTournamentListModel::names(const QAbstractItemModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, TournamentListModel::NameColumn).data().toString();
    return result;
}

void TestTournamentListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTournamentListModel::init()
{
    static int file = 0;
    auto opened = Store::open(m_dir.filePath(QStringLiteral("tournaments%1.sqlite").arg(++file)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    const Status created =
        m_store->createClub(QStringLiteral("Test Bass Club"), QByteArrayLiteral("America/Chicago"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_season = m_store->currentSeason();
    // A fixed "today" in the middle of the season keeps the statuses independent of the clock.
    m_today = QDate(m_season, 6, 22);

    Query q(m_store->database(),
            QStringLiteral("SELECT l.id AS lake_id, l.name AS lake_name, r.id AS ramp_id, "
                           "r.name AS ramp_name FROM lakes l JOIN ramps r ON r.lake_id = l.id "
                           "WHERE l.deleted = 0 AND r.deleted = 0 AND l.paper = 0 "
                           "ORDER BY l.name, r.name LIMIT 1"));
    QVERIFY(q.exec(QStringLiteral("read a lake")).ok());
    QVERIFY(q.next());
    m_lake = q.value("lake_id").toString();
    m_lakeName = q.value("lake_name").toString();
    m_ramp = q.value("ramp_id").toString();
    m_rampName = q.value("ramp_name").toString();

    const QVariantMap place = {{QStringLiteral("lake_id"), m_lake},
                               {QStringLiteral("ramp_id"), m_ramp}};
    QVariantMap completed = place;
    completed.insert(QStringLiteral("completed"), 1);
    completed.insert(QStringLiteral("start_time"), QStringLiteral("06:30"));
    completed.insert(QStringLiteral("weigh_in_time"), QStringLiteral("15:00"));
    m_completed = tournament(QStringLiteral("January Open"), QDate(m_season, 1, 26), completed);
    entry(m_completed, 3);
    const QString cancelled =
        tournament(QStringLiteral("February Freeze"), QDate(m_season, 2, 23),
                   {{QStringLiteral("cancelled"), 1}, {QStringLiteral("paper"), 1}});
    entry(cancelled, 1);
    tournament(QStringLiteral("June Classic"), m_today,
               {{QStringLiteral("format"), QStringLiteral("team")}});
    const QString weighing = tournament(QStringLiteral("May Madness"), QDate(m_season, 5, 25));
    entry(weighing, 2);
    m_planned = tournament(QStringLiteral("July Heat"), QDate(m_season, 7, 27), place);
    const QString deleted = tournament(QStringLiteral("Deleted Derby"), QDate(m_season, 8, 24));
    QVERIFY(m_store->remove(QStringLiteral("tournaments"), deleted).ok());
    tournament(QStringLiteral("Last Year"), QDate(m_season - 1, 10, 26));
    tournament(QStringLiteral("Long Ago"), QDate(m_season - 3, 10, 26));
}

void TestTournamentListModel::cleanup()
{
    m_store.reset();
}

void TestTournamentListModel::loadsTheSeason()
{
    TournamentListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(m_today);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.season(), m_season);
    QCOMPARE(model.columnCount(), int(TournamentListModel::ColumnCount));
    // In date order; deleted tournaments and other seasons are not shown.
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("January Open"), QStringLiteral("February Freeze"),
                          QStringLiteral("May Madness"), QStringLiteral("June Classic"),
                          QStringLiteral("July Heat")}));

    const QString name = QStringLiteral("January Open");
    QCOMPARE(cell(model, name, TournamentListModel::LakeColumn), m_lakeName);
    QCOMPARE(cell(model, name, TournamentListModel::RampColumn), m_rampName);
    QCOMPARE(cell(model, name, TournamentListModel::FormatColumn), QStringLiteral("Individual"));
    QCOMPARE(cell(model, name, TournamentListModel::EntriesColumn), QStringLiteral("3"));
    QVERIFY(cell(model, name, TournamentListModel::DateColumn).contains(QStringLiteral("26")));
    QVERIFY(cell(model, name, TournamentListModel::DateColumn).contains(QString::number(m_season)));
    const int row = rowOf(model, name);
    QCOMPARE(model.index(row, TournamentListModel::StatusColumn)
                 .data(TournamentListModel::DateRole)
                 .toDate(),
             QDate(m_season, 1, 26));
    QCOMPARE(model.index(row, TournamentListModel::NameColumn)
                 .data(TournamentListModel::IdRole)
                 .toString(),
             m_completed);
    QCOMPARE(model.index(row, TournamentListModel::DateColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Launch at 06:30, weigh-in at 15:00"));
    QCOMPARE(model.index(row, TournamentListModel::EntriesColumn)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>() &
                 Qt::AlignHorizontal_Mask,
             Qt::AlignRight);

    QCOMPARE(cell(model, QStringLiteral("June Classic"), TournamentListModel::FormatColumn),
             QStringLiteral("Team"));
    QCOMPARE(cell(model, QStringLiteral("February Freeze"), TournamentListModel::FormatColumn),
             QStringLiteral("Individual, paper"));
    QCOMPARE(cell(model, QStringLiteral("June Classic"), TournamentListModel::LakeColumn),
             QString());
    QCOMPARE(cell(model, QStringLiteral("June Classic"), TournamentListModel::EntriesColumn),
             QStringLiteral("0"));

    model.setSeason(m_season - 1);
    QCOMPARE(names(model), QStringList{QStringLiteral("Last Year")});
}

void TestTournamentListModel::status_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TournamentListModel::Status>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("completed") << QStringLiteral("January Open")
                               << TournamentListModel::Status::Completed
                               << QStringLiteral("Completed");
    QTest::newRow("cancelled wins over entries")
        << QStringLiteral("February Freeze") << TournamentListModel::Status::Cancelled
        << QStringLiteral("Cancelled");
    QTest::newRow("has entries") << QStringLiteral("May Madness")
                                 << TournamentListModel::Status::InProgress
                                 << QStringLiteral("In progress");
    QTest::newRow("today, nobody weighed in yet")
        << QStringLiteral("June Classic") << TournamentListModel::Status::InProgress
        << QStringLiteral("In progress");
    QTest::newRow("later") << QStringLiteral("July Heat") << TournamentListModel::Status::Planned
                           << QStringLiteral("Planned");
}

void TestTournamentListModel::status()
{
    QFETCH(QString, name);
    QFETCH(TournamentListModel::Status, status);
    QFETCH(QString, text);
    TournamentListModel model(m_store.get());
    model.setToday(m_today);
    const int row = rowOf(model, name);
    QVERIFY(row >= 0);
    QCOMPARE(cell(model, name, TournamentListModel::StatusColumn), text);
    QCOMPARE(model.index(row, TournamentListModel::NameColumn)
                 .data(TournamentListModel::StatusRole)
                 .toInt(),
             int(status));
}

void TestTournamentListModel::todayComesFromTheClub()
{
    TournamentListModel model(m_store.get());
    QCOMPARE(model.today(), m_store->clubTime().today());
    model.setToday(m_today.addDays(1));
    QCOMPARE(cell(model, QStringLiteral("June Classic"), TournamentListModel::StatusColumn),
             QStringLiteral("Planned"));
}

void TestTournamentListModel::seasons()
{
    TournamentListModel model(m_store.get());
    QCOMPARE(model.availableSeasons(), (QList<int>{m_season, m_season - 1, m_season - 3}));
    TournamentListModel empty;
    QVERIFY(empty.availableSeasons().isEmpty());
    QCOMPARE(empty.rowCount(), 0);
}

void TestTournamentListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << QStringLiteral("madness")
                          << QStringList{QStringLiteral("May Madness")};
    QTest::newRow("status") << QStringLiteral("cancelled")
                            << QStringList{QStringLiteral("February Freeze")};
    QTest::newRow("format") << QStringLiteral("team")
                            << QStringList{QStringLiteral("June Classic")};
    QTest::newRow("lake") << QString()
                          << QStringList{QStringLiteral("January Open"),
                                         QStringLiteral("July Heat")};
    QTest::newRow("every word must match")
        << QStringLiteral("planned july") << QStringList{QStringLiteral("July Heat")};
    QTest::newRow("no match") << QStringLiteral("planned january") << QStringList();
}

void TestTournamentListModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    if (text.isEmpty())
        text = m_rampName; // the lake row: found by its ramp's name
    TournamentListModel model(m_store.get());
    model.setToday(m_today);
    TournamentFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(TournamentListModel::DateColumn);
    proxy.setSearchText(text.toUpper());
    QCOMPARE(names(proxy), expected);
    proxy.setSearchText(QStringLiteral("   "));
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestTournamentListModel::sorting()
{
    TournamentListModel model(m_store.get());
    model.setToday(m_today);
    TournamentFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Dates sort as dates, not as their text ("Feb" before "Jan").
    proxy.sort(TournamentListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("July Heat"));
    QCOMPARE(names(proxy).last(), QStringLiteral("January Open"));

    proxy.sort(TournamentListModel::EntriesColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy).mid(0, 3),
             (QStringList{QStringLiteral("January Open"), QStringLiteral("May Madness"),
                          QStringLiteral("February Freeze")}));

    proxy.sort(TournamentListModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("July Heat"));
    QCOMPARE(names(proxy).last(), QStringLiteral("February Freeze"));
}

void TestTournamentListModel::reloadsWhenTheStoreChanges()
{
    TournamentListModel model(m_store.get());
    model.setToday(m_today);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TournamentFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(QStringLiteral("planned"));
    QCOMPARE(proxy.rowCount(), 1);

    entry(m_planned, 2);
    QTRY_COMPARE(cell(model, QStringLiteral("July Heat"), TournamentListModel::StatusColumn),
                 QStringLiteral("In progress"));
    QCOMPARE(cell(model, QStringLiteral("July Heat"), TournamentListModel::EntriesColumn),
             QStringLiteral("2"));
    QCOMPARE(proxy.rowCount(), 0);

    QVERIFY(
        m_store
            ->update(QStringLiteral("tournaments"), m_planned, {{QStringLiteral("completed"), 1}})
            .ok());
    QTRY_COMPARE(cell(model, QStringLiteral("July Heat"), TournamentListModel::StatusColumn),
                 QStringLiteral("Completed"));

    tournament(QStringLiteral("August Afterdark"), QDate(m_season, 8, 24));
    QTRY_COMPARE(model.rowCount(), 6);
    QCOMPARE(proxy.rowCount(), 1);

    QVERIFY(m_store
                ->update(QStringLiteral("lakes"), m_lake,
                         {{QStringLiteral("name"), QStringLiteral("Renamed Reservoir")}})
                .ok());
    QTRY_COMPARE(cell(model, QStringLiteral("January Open"), TournamentListModel::LakeColumn),
                 QStringLiteral("Renamed Reservoir"));

    QVERIFY(m_store->remove(QStringLiteral("tournaments"), m_completed).ok());
    QTRY_COMPARE(model.rowCount(), 5);
}

QTEST_GUILESS_MAIN(TestTournamentListModel)
#include "tst_tournamentlistmodel.moc"
