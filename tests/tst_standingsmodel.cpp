// The standings models over the demo club: consistent with the engine, checked by
// QAbstractItemModelTester.
#include "demo/democlub.h"
#include "itemmodels/standingsmodel.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestStandingsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void standingsOfTheDemoSeason();
    void breakdownOfTheLeader();
    void seasonsListed();
    void emptySeason();
    void weightsFollowTheLocale();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestStandingsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    QVERIFY(DemoClub::create(*m_store, QDate(2026, 11, 25)).ok());
}

void TestStandingsModel::standingsOfTheDemoSeason()
{
    StandingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto view = SeasonViewLoader::load(*m_store, 2025);
    QVERIFY2(view.ok(), qPrintable(view.error()));
    model.setSeason(view.value());
    QVERIFY(model.rowCount() > 30);
    QCOMPARE(model.columnCount(), int(StandingsModel::ColumnCount));
    // Ranked by points, ranks shared only by equal points, leader first.
    int previousPoints = INT_MAX;
    int previousRank = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const int points = model.index(r, StandingsModel::PointsColumn).data().toInt();
        const QString rankText = model.index(r, StandingsModel::RankColumn).data().toString();
        if (rankText == QStringLiteral("–"))
            continue;
        const int rank = rankText.toInt();
        QVERIFY(points <= previousPoints);
        QVERIFY(rank >= previousRank);
        if (rank == previousRank)
            QCOMPARE(points, previousPoints);
        previousPoints = points;
        previousRank = rank;
    }
    QCOMPARE(model.index(0, StandingsModel::RankColumn).data().toString(), QStringLiteral("1"));
    // 9 tournaments were fished in 2025 (one cancelled): nobody has more events.
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, StandingsModel::EventsColumn).data().toInt() <= 9);
    QVERIFY(!model.headerData(StandingsModel::PointsColumn, Qt::Horizontal).toString().isEmpty());
    // Awards of an individual season: Heavy Stringer and Big Bass of the Year.
    QVERIFY(view->standings.award(AwardKind::HeavyStringer));
    QVERIFY(!view->standings.award(AwardKind::HeavyStringer)->winners.isEmpty());
    QVERIFY(!view->teamSeason());
}

void TestStandingsModel::breakdownOfTheLeader()
{
    auto view = SeasonViewLoader::load(*m_store, 2025);
    QVERIFY(view.ok());
    StandingsModel standings;
    standings.setSeason(view.value());
    AnglerBreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAngler(view.value(), standings.anglerId(0));
    QVERIFY(model.rowCount() > 0);
    int sum = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        sum += model.index(r, AnglerBreakdownModel::PointsColumn).data().toInt();
    // Without a best-N rule every tournament counts: the breakdown adds up to the standings.
    QCOMPARE(sum, standings.index(0, StandingsModel::PointsColumn).data().toInt());
    model.setAngler(view.value(), QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestStandingsModel::seasonsListed()
{
    auto seasons = SeasonViewLoader::seasons(*m_store);
    QVERIFY(seasons.ok());
    QVERIFY(seasons->contains(2025));
    QVERIFY(seasons->contains(2026));
    QVERIFY(seasons->indexOf(2026) < seasons->indexOf(2025));
}

void TestStandingsModel::emptySeason()
{
    auto view = SeasonViewLoader::load(*m_store, 1999);
    QVERIFY2(view.ok(), qPrintable(view.error()));
    StandingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeason(view.value());
    QCOMPARE(model.rowCount(), 0);
}

void TestStandingsModel::weightsFollowTheLocale()
{
    auto view = SeasonViewLoader::load(*m_store, 2025);
    QVERIFY(view.ok());
    StandingsModel model;
    model.setSeason(view.value());
    const QString english = model.index(0, StandingsModel::WeightColumn).data().toString();
    QVERIFY2(english.contains(u'.'), qPrintable(english));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    const QString spanish = model.index(0, StandingsModel::WeightColumn).data().toString();
    QLocale::setDefault(QLocale::c());
    QCOMPARE(spanish, QString(english).replace(u'.', u','));
}

QTEST_GUILESS_MAIN(TestStandingsModel)
#include "tst_standingsmodel.moc"
