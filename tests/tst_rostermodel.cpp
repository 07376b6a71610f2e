// Tests of RosterModel and RosterFilterProxyModel on a real club database in a temporary folder:
// standing, offices and tournaments per season, filters, search, sorting and reloads.
#include "itemmodels/rosterfilterproxymodel.h"
#include "itemmodels/rostermodel.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestRosterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsLiveAnglersWithStanding();
    void showsOfficesAndTournamentsOfTheSeason();
    void otherSeason();
    void guestsByTheSeasonTheyLastFished();
    void lapsedAndImportedMembersAreOverdue();
    void filter_data();
    void filter();
    void search_data();
    void search();
    void sorting();
    void reloadsWhenTheStoreChanges();
    void coalescesChangesOfOneTransaction();
    void noStore();

private:
    QString insert(const QString &table, const QVariantMap &values);
    int rowOf(const QAbstractItemModel &model, const QString &name) const;
    QString cell(const QAbstractItemModel &model, const QString &name, int column) const;
    QStringList names(const QAbstractItemModel &model) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_season = 0;
    QString m_alice, m_bob, m_carl, m_dana, m_ed;
    QString m_january;
};

QString TestRosterModel::insert(const QString &table, const QVariantMap &values)
{
    Result<QString> id = m_store->insert(table, values);
    if (!id.ok())
        qWarning().noquote() << id.error();
    return id.ok() ? id.value() : QString();
}

int TestRosterModel::rowOf(const QAbstractItemModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, RosterModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestRosterModel::cell(const QAbstractItemModel &model, const QString &name,
                              int column) const
{
    const int row = rowOf(model, name);
    return row < 0 ? QStringLiteral("<missing>") : model.index(row, column).data().toString();
}

QStringList TestRosterModel::names(const QAbstractItemModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, RosterModel::NameColumn).data().toString();
    return result;
}

void TestRosterModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRosterModel::init()
{
    static int file = 0;
    auto opened = Store::open(m_dir.filePath(QStringLiteral("roster%1.sqlite").arg(++file)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    const Status created =
        m_store->createClub(QStringLiteral("Test Bass Club"), QByteArrayLiteral("America/Chicago"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_season = m_store->currentSeason();
    const QString joined = QStringLiteral("%1-01-15").arg(m_season);
    const auto member = [&](const QString &angler, int season) {
        return insert(QStringLiteral("memberships"),
                      {{QStringLiteral("angler_id"), angler},
                       {QStringLiteral("season"), season},
                       {QStringLiteral("joined_on"), QStringLiteral("%1-02-01").arg(season)}});
    };

    m_alice = insert(QStringLiteral("anglers"),
                     {{QStringLiteral("full_name"), QStringLiteral("Alice Archer")},
                      {QStringLiteral("phone"), QStringLiteral("(512) 555-1234")},
                      {QStringLiteral("email"), QStringLiteral("alice@example.com")},
                      {QStringLiteral("member_since"), 2015},
                      {QStringLiteral("dues_paid_through"), m_season}});
    m_bob = insert(QStringLiteral("anglers"),
                   {{QStringLiteral("full_name"), QStringLiteral("bob Bassett")},
                    {QStringLiteral("phone"), QStringLiteral("(737) 555-9876")},
                    {QStringLiteral("member_since"), 2020},
                    {QStringLiteral("dues_paid_through"), m_season - 1}});
    m_carl = insert(QStringLiteral("anglers"),
                    {{QStringLiteral("full_name"), QStringLiteral("Carl Crappie")},
                     {QStringLiteral("email"), QStringLiteral("carl@lake.example.com")}});
    m_dana = insert(QStringLiteral("anglers"),
                    {{QStringLiteral("full_name"), QStringLiteral("Dana Drum")},
                     {QStringLiteral("member_since"), 2001},
                     {QStringLiteral("dues_paid_through"), m_season},
                     {QStringLiteral("inactive"), 1}});
    m_ed =
        insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Ed Eel")},
                                           {QStringLiteral("member_since"), 2018},
                                           {QStringLiteral("dues_paid_through"), m_season - 1}});
    const QString gone = insert(QStringLiteral("anglers"),
                                {{QStringLiteral("full_name"), QStringLiteral("Gone Gar")}});
    insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Alice Dup")},
                                       {QStringLiteral("merged_into"), m_alice}});
    QVERIFY(m_store->remove(QStringLiteral("anglers"), gone).ok());

    member(m_alice, m_season);
    member(m_alice, m_season - 1);
    member(m_bob, m_season);
    member(m_dana, m_season);
    member(m_ed, m_season - 1);
    // A membership that was deleted does not count.
    const QString carlMembership = member(m_carl, m_season);
    QVERIFY(m_store->remove(QStringLiteral("memberships"), carlMembership).ok());
    Q_UNUSED(joined);

    insert(QStringLiteral("officer_terms"), {{QStringLiteral("season"), m_season},
                                             {QStringLiteral("post"), QStringLiteral("treasurer")},
                                             {QStringLiteral("angler_id"), m_alice}});
    insert(QStringLiteral("officer_terms"), {{QStringLiteral("season"), m_season},
                                             {QStringLiteral("post"), QStringLiteral("president")},
                                             {QStringLiteral("angler_id"), m_alice}});
    insert(QStringLiteral("officer_terms"),
           {{QStringLiteral("season"), m_season},
            {QStringLiteral("post"), QStringLiteral("weighmaster")},
            {QStringLiteral("angler_id"), m_bob}});
    insert(QStringLiteral("officer_terms"), {{QStringLiteral("season"), m_season - 1},
                                             {QStringLiteral("post"), QStringLiteral("president")},
                                             {QStringLiteral("angler_id"), m_ed}});

    const auto tournament = [&](int season, const QString &name) {
        return insert(QStringLiteral("tournaments"),
                      {{QStringLiteral("season"), season},
                       {QStringLiteral("event_date"), QStringLiteral("%1-01-26").arg(season)},
                       {QStringLiteral("name"), name}});
    };
    const auto entry = [&](const QString &t, const QString &angler) {
        return insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), t},
                                                  {QStringLiteral("angler_id"), angler},
                                                  {QStringLiteral("was_member"), 1},
                                                  {QStringLiteral("entered_at"), 0}});
    };
    m_january = tournament(m_season, QStringLiteral("January"));
    const QString february = tournament(m_season, QStringLiteral("February"));
    const QString deletedTournament = tournament(m_season, QStringLiteral("Deleted"));
    const QString lastSeason = tournament(m_season - 1, QStringLiteral("Last season"));
    entry(m_january, m_alice);
    entry(m_january, m_carl);
    entry(february, m_alice);
    entry(deletedTournament, m_carl);
    entry(lastSeason, m_ed);
    entry(lastSeason, m_alice);
    const QString deletedEntry = entry(m_january, m_bob);
    QVERIFY(m_store->remove(QStringLiteral("entries"), deletedEntry).ok());
    QVERIFY(m_store->remove(QStringLiteral("tournaments"), deletedTournament).ok());
}

void TestRosterModel::cleanup()
{
    m_store.reset();
}

void TestRosterModel::loadsLiveAnglersWithStanding()
{
    RosterModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.columnCount(), int(RosterModel::ColumnCount));
    QCOMPARE(model.season(), m_season);
    // Deleted and merged anglers are not on the roster; the order is by name, ignoring case.
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("Alice Archer"), QStringLiteral("bob Bassett"),
                          QStringLiteral("Carl Crappie"), QStringLiteral("Dana Drum"),
                          QStringLiteral("Ed Eel")}));

    QCOMPARE(cell(model, QStringLiteral("Alice Archer"), RosterModel::StandingColumn),
             QStringLiteral("In good standing"));
    QCOMPARE(cell(model, QStringLiteral("bob Bassett"), RosterModel::StandingColumn),
             QStringLiteral("Dues overdue"));
    QCOMPARE(cell(model, QStringLiteral("Carl Crappie"), RosterModel::StandingColumn),
             QStringLiteral("Guest"));
    QCOMPARE(cell(model, QStringLiteral("Dana Drum"), RosterModel::StandingColumn),
             QStringLiteral("Inactive"));
    // A member of last season only, who has not renewed, is a member with dues overdue (issue
    // 21: lapsed members were counted as guests and left out of "Dues overdue").
    QCOMPARE(cell(model, QStringLiteral("Ed Eel"), RosterModel::StandingColumn),
             QStringLiteral("Dues overdue"));

    const int alice = rowOf(model, QStringLiteral("Alice Archer"));
    QCOMPARE(model.index(alice, RosterModel::PhoneColumn).data().toString(),
             QStringLiteral("(512) 555-1234"));
    QCOMPARE(model.index(alice, RosterModel::EmailColumn).data().toString(),
             QStringLiteral("alice@example.com"));
    // Years are shown as years, not as grouped numbers ("2,015").
    QCOMPARE(model.index(alice, RosterModel::MemberSinceColumn).data().toString(),
             QStringLiteral("2015"));
    QCOMPARE(model.index(alice, RosterModel::DuesPaidThroughColumn).data().toString(),
             QString::number(m_season));
    QCOMPARE(model.index(alice, RosterModel::NameColumn).data(RosterModel::IdRole).toString(),
             m_alice);
    QCOMPARE(model.index(alice, RosterModel::PhoneColumn).data(RosterModel::StandingRole).toInt(),
             int(RosterModel::Standing::GoodStanding));
    QCOMPARE(cell(model, QStringLiteral("Carl Crappie"), RosterModel::DuesPaidThroughColumn),
             QString());
    QCOMPARE(model.index(alice, RosterModel::TournamentsColumn)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>() &
                 Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QCOMPARE(model.headerData(RosterModel::StandingColumn, Qt::Horizontal).toString(),
             QStringLiteral("Standing"));
}

void TestRosterModel::showsOfficesAndTournamentsOfTheSeason()
{
    RosterModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Posts in bylaw order whatever order they were entered in.
    QCOMPARE(cell(model, QStringLiteral("Alice Archer"), RosterModel::OfficesColumn),
             QStringLiteral("President/Secretary, Treasurer"));
    QCOMPARE(cell(model, QStringLiteral("bob Bassett"), RosterModel::OfficesColumn),
             QStringLiteral("Weighmaster"));
    QCOMPARE(cell(model, QStringLiteral("Ed Eel"), RosterModel::OfficesColumn), QString());

    // Live entries of live tournaments of this season only.
    QCOMPARE(cell(model, QStringLiteral("Alice Archer"), RosterModel::TournamentsColumn),
             QStringLiteral("2"));
    QCOMPARE(cell(model, QStringLiteral("Carl Crappie"), RosterModel::TournamentsColumn),
             QStringLiteral("1"));
    QCOMPARE(cell(model, QStringLiteral("bob Bassett"), RosterModel::TournamentsColumn),
             QStringLiteral("0"));
    QCOMPARE(cell(model, QStringLiteral("Ed Eel"), RosterModel::TournamentsColumn),
             QStringLiteral("0"));
}

void TestRosterModel::otherSeason()
{
    RosterModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeason(m_season - 1);
    QCOMPARE(model.season(), m_season - 1);
    // Ed was a member then and had paid for it.
    QCOMPARE(cell(model, QStringLiteral("Ed Eel"), RosterModel::StandingColumn),
             QStringLiteral("In good standing"));
    QCOMPARE(cell(model, QStringLiteral("Ed Eel"), RosterModel::OfficesColumn),
             QStringLiteral("President/Secretary"));
    QCOMPARE(cell(model, QStringLiteral("Ed Eel"), RosterModel::TournamentsColumn),
             QStringLiteral("1"));
    // Bob, a member since 2020, had paid through that season.
    QCOMPARE(cell(model, QStringLiteral("bob Bassett"), RosterModel::StandingColumn),
             QStringLiteral("In good standing"));
    QCOMPARE(cell(model, QStringLiteral("Alice Archer"), RosterModel::OfficesColumn), QString());
}

// Issue #15: guests are listed by the year they last fished. The Last fished column gives each
// angler's latest season with a (live) entry; sorted by standing, guests come by it, latest first.
void TestRosterModel::guestsByTheSeasonTheyLastFished()
{
    const auto add = [&](const QString &name) {
        auto id = m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), name}});
        return id ? id.value() : QString();
    };
    const QString old = add(QStringLiteral("Gus Longago"));
    const QString recent = add(QStringLiteral("Gil Recent"));
    QVERIFY(!add(QStringLiteral("Nat Never")).isEmpty());
    const auto fish = [&](int season, const QString &angler) {
        auto t = m_store->insert(QStringLiteral("tournaments"),
                                 {{QStringLiteral("season"), season},
                                  {QStringLiteral("event_date"), QStringLiteral("%1-05-20").arg(season)},
                                  {QStringLiteral("name"), QStringLiteral("May")}});
        QVERIFY(t.ok());
        QVERIFY(m_store->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), t.value()},
                                                         {QStringLiteral("angler_id"), angler},
                                                         {QStringLiteral("was_member"), 0},
                                                         {QStringLiteral("entered_at"), 0}})
                    .ok());
    };
    fish(m_season - 3, old);
    fish(m_season - 1, recent);
    RosterModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cell(model, QStringLiteral("Gus Longago"), RosterModel::LastFishedColumn),
             QString::number(m_season - 3));
    QCOMPARE(cell(model, QStringLiteral("Gil Recent"), RosterModel::LastFishedColumn),
             QString::number(m_season - 1));
    QCOMPARE(cell(model, QStringLiteral("Nat Never"), RosterModel::LastFishedColumn), QString());
    // Alice fished this season and last: her latest.
    QCOMPARE(cell(model, QStringLiteral("Alice Archer"), RosterModel::LastFishedColumn),
             QString::number(m_season));
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(RosterModel::SortRole);
    sorted.sort(RosterModel::StandingColumn, Qt::AscendingOrder);
    QStringList guests;
    for (int r = 0; r < sorted.rowCount(); ++r) {
        const QString name = sorted.index(r, RosterModel::NameColumn).data().toString();
        if (name == QLatin1String("Gus Longago") || name == QLatin1String("Gil Recent") ||
            name == QLatin1String("Nat Never"))
            guests << name;
    }
    QCOMPARE(guests, (QStringList{QStringLiteral("Gil Recent"), QStringLiteral("Gus Longago"),
                                  QStringLiteral("Nat Never")}));
}

void TestRosterModel::lapsedAndImportedMembersAreOverdue()
{
    // Issue 21: "Guest" covered lapsed members and imported rows with a member-since year.
    insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Lapsed Lou")},
                                       {QStringLiteral("dues_paid_through"), m_season - 1}});
    insert(QStringLiteral("anglers"),
           {{QStringLiteral("full_name"), QStringLiteral("Imported Ida")},
            {QStringLiteral("member_since"), m_season - 3}});
    insert(QStringLiteral("anglers"),
           {{QStringLiteral("full_name"), QStringLiteral("Future Fay")},
            {QStringLiteral("member_since"), m_season + 1}});
    RosterModel model(m_store.get());
    QCOMPARE(cell(model, QStringLiteral("Lapsed Lou"), RosterModel::StandingColumn),
             QStringLiteral("Dues overdue"));
    QCOMPARE(cell(model, QStringLiteral("Imported Ida"), RosterModel::StandingColumn),
             QStringLiteral("Dues overdue"));
    QVERIFY(model.index(rowOf(model, QStringLiteral("Lapsed Lou")), RosterModel::StandingColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Lapsed member")));
    // Someone who joins only next season is still a guest this one.
    QCOMPARE(cell(model, QStringLiteral("Future Fay"), RosterModel::StandingColumn),
             QStringLiteral("Guest"));
    RosterFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilter(RosterFilterProxyModel::Filter::DuesOverdue);
    QStringList overdue;
    for (int r = 0; r < proxy.rowCount(); ++r)
        overdue << proxy.index(r, RosterModel::NameColumn).data().toString();
    QVERIFY(overdue.contains(QStringLiteral("Lapsed Lou")));
    QVERIFY(overdue.contains(QStringLiteral("Imported Ida")));
}

void TestRosterModel::filter_data()
{
    QTest::addColumn<RosterFilterProxyModel::Filter>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << RosterFilterProxyModel::Filter::All
                         << QStringList{QStringLiteral("Alice Archer"),
                                        QStringLiteral("bob Bassett"),
                                        QStringLiteral("Carl Crappie"), QStringLiteral("Dana Drum"),
                                        QStringLiteral("Ed Eel")};
    QTest::newRow("members") << RosterFilterProxyModel::Filter::Members
                             << QStringList{QStringLiteral("Alice Archer"),
                                            QStringLiteral("bob Bassett"), QStringLiteral("Ed Eel")};
    QTest::newRow("overdue") << RosterFilterProxyModel::Filter::DuesOverdue
                             << QStringList{QStringLiteral("bob Bassett"), QStringLiteral("Ed Eel")};
    QTest::newRow("guests") << RosterFilterProxyModel::Filter::Guests
                            << QStringList{QStringLiteral("Carl Crappie")};
    QTest::newRow("inactive") << RosterFilterProxyModel::Filter::Inactive
                              << QStringList{QStringLiteral("Dana Drum")};
}

void TestRosterModel::filter()
{
    QFETCH(RosterFilterProxyModel::Filter, filter);
    QFETCH(QStringList, expected);
    RosterModel model(m_store.get());
    RosterFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(RosterModel::NameColumn);
    proxy.setFilter(filter);
    QCOMPARE(proxy.filter(), filter);
    QCOMPARE(names(proxy), expected);
    QVERIFY(!RosterFilterProxyModel::filterText(filter).isEmpty());
}

void TestRosterModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RosterFilterProxyModel::Filter>("filter");
    QTest::addColumn<QStringList>("expected");
    const auto all = RosterFilterProxyModel::Filter::All;
    QTest::newRow("part of a name, any case")
        << QStringLiteral("BASS") << all << QStringList{QStringLiteral("bob Bassett")};
    QTest::newRow("first and last name") << QStringLiteral("  alice   archer ") << all
                                         << QStringList{QStringLiteral("Alice Archer")};
    QTest::newRow("formatted phone")
        << QStringLiteral("555-1234") << all << QStringList{QStringLiteral("Alice Archer")};
    QTest::newRow("phone digits only")
        << QStringLiteral("5125551234") << all << QStringList{QStringLiteral("Alice Archer")};
    QTest::newRow("area code") << QStringLiteral("737") << all
                               << QStringList{QStringLiteral("bob Bassett")};
    QTest::newRow("email domain") << QStringLiteral("Example.COM") << all
                                  << QStringList{QStringLiteral("Alice Archer"),
                                                 QStringLiteral("Carl Crappie")};
    QTest::newRow("email with filter")
        << QStringLiteral("example.com") << RosterFilterProxyModel::Filter::Guests
        << QStringList{QStringLiteral("Carl Crappie")};
    QTest::newRow("no match") << QStringLiteral("zander") << all << QStringList();
    QTest::newRow("empty shows all")
        << QString() << RosterFilterProxyModel::Filter::Members
        << QStringList{QStringLiteral("Alice Archer"), QStringLiteral("bob Bassett"),
                       QStringLiteral("Ed Eel")};
}

void TestRosterModel::search()
{
    QFETCH(QString, text);
    QFETCH(RosterFilterProxyModel::Filter, filter);
    QFETCH(QStringList, expected);
    RosterModel model(m_store.get());
    RosterFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(RosterModel::NameColumn);
    proxy.setFilter(filter);
    proxy.setSearchText(text);
    QCOMPARE(names(proxy), expected);
    proxy.setSearchText(QString());
    proxy.setFilter(RosterFilterProxyModel::Filter::All);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestRosterModel::sorting()
{
    RosterModel model(m_store.get());
    RosterFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(RosterModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("Ed Eel"));
    QCOMPARE(names(proxy).last(), QStringLiteral("Alice Archer"));

    // Standing sorts by meaning (good standing first), not alphabetically.
    proxy.sort(RosterModel::StandingColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("Alice Archer"));
    QCOMPARE((QSet<QString>{names(proxy).at(1), names(proxy).at(2)}),
             (QSet<QString>{QStringLiteral("bob Bassett"), QStringLiteral("Ed Eel")}));
    QCOMPARE(names(proxy).last(), QStringLiteral("Dana Drum"));

    proxy.sort(RosterModel::TournamentsColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("Alice Archer"));
    QCOMPARE(names(proxy).at(1), QStringLiteral("Carl Crappie"));

    // Numbers sort as numbers; anglers without a year go last.
    proxy.sort(RosterModel::MemberSinceColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy).mid(0, 4),
             (QStringList{QStringLiteral("Dana Drum"), QStringLiteral("Alice Archer"),
                          QStringLiteral("Ed Eel"), QStringLiteral("bob Bassett")}));
    QCOMPARE(names(proxy).last(), QStringLiteral("Carl Crappie"));

    // The president sorts ahead of the weighmaster.
    proxy.sort(RosterModel::OfficesColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy).mid(0, 2),
             (QStringList{QStringLiteral("Alice Archer"), QStringLiteral("bob Bassett")}));
}

void TestRosterModel::reloadsWhenTheStoreChanges()
{
    RosterModel model(m_store.get());
    RosterFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(RosterFilterProxyModel::Filter::Members);
    QCOMPARE(proxy.rowCount(), 3);

    const QString fred = insert(QStringLiteral("anglers"),
                                {{QStringLiteral("full_name"), QStringLiteral("Fred Flathead")}});
    QTRY_COMPARE(model.rowCount(), 6);
    QCOMPARE(cell(model, QStringLiteral("Fred Flathead"), RosterModel::StandingColumn),
             QStringLiteral("Guest"));

    // Fred joins and pays; Bob pays his dues.
    insert(QStringLiteral("memberships"),
           {{QStringLiteral("angler_id"), fred},
            {QStringLiteral("season"), m_season},
            {QStringLiteral("joined_on"), QStringLiteral("%1-03-01").arg(m_season)}});
    QVERIFY(m_store
                ->update(QStringLiteral("anglers"), fred,
                         {{QStringLiteral("dues_paid_through"), m_season}})
                .ok());
    QVERIFY(m_store
                ->update(QStringLiteral("anglers"), m_bob,
                         {{QStringLiteral("dues_paid_through"), m_season}})
                .ok());
    QTRY_COMPARE(proxy.rowCount(), 4);
    QCOMPARE(cell(model, QStringLiteral("bob Bassett"), RosterModel::StandingColumn),
             QStringLiteral("In good standing"));

    // A new entry counts at once; a deleted angler leaves the roster.
    insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), m_january},
                                       {QStringLiteral("angler_id"), fred},
                                       {QStringLiteral("was_member"), 1},
                                       {QStringLiteral("entered_at"), 0}});
    QTRY_COMPARE(cell(model, QStringLiteral("Fred Flathead"), RosterModel::TournamentsColumn),
                 QStringLiteral("1"));
    QVERIFY(m_store->remove(QStringLiteral("anglers"), m_carl).ok());
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(rowOf(model, QStringLiteral("Carl Crappie")), -1);

    // Tables the roster does not read cause no reload.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    insert(QStringLiteral("ledger"),
           {{QStringLiteral("posted_at"), 0},
            {QStringLiteral("entry_date"), QStringLiteral("%1-02-01").arg(m_season)},
            {QStringLiteral("season"), m_season},
            {QStringLiteral("kind"), QStringLiteral("dues")},
            {QStringLiteral("fund"), QStringLiteral("operating")},
            {QStringLiteral("amount_cents"), 2500}});
    QTest::qWait(20);
    QCOMPARE(resets.count(), 0);
}

void TestRosterModel::coalescesChangesOfOneTransaction()
{
    RosterModel model(m_store.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const Status saved = m_store->transaction([&]() -> Status {
        for (int i = 0; i < 20; ++i) {
            auto id = m_store->insert(
                QStringLiteral("anglers"),
                {{QStringLiteral("full_name"), QStringLiteral("Walk-up %1").arg(i, 2)}});
            if (!id)
                return Status::failure(id.error());
            auto membership = m_store->insert(
                QStringLiteral("memberships"),
                {{QStringLiteral("angler_id"), id.value()},
                 {QStringLiteral("season"), m_season},
                 {QStringLiteral("joined_on"), QStringLiteral("%1-03-01").arg(m_season)}});
            if (!membership)
                return Status::failure(membership.error());
        }
        return Status::success();
    });
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QTRY_COMPARE(model.rowCount(), 25);
    QTest::qWait(20);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(cell(model, QStringLiteral("Walk-up  7"), RosterModel::StandingColumn),
             QStringLiteral("Dues overdue"));
}

void TestRosterModel::noStore()
{
    RosterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 5);
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"
