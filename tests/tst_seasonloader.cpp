// Tests of SeasonLoader: one season read from a real club database into the engine, tombstones
// left out, the stored ruleset, paper fish and boats.
#include "scoring/seasonscorer.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/seasonloader.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSeasonLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void load();
    void defaultsAndErrors();
    void weighInOrder();
    void wholeClubAsEachSeason();
    void rulesetsOfManySeasons();

private:
    QString insert(const QString &table, const QVariantMap &values);
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestSeasonLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto store = Store::open(m_dir.filePath(u"club.sqlite"_qs));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store.value());
    QVERIFY(m_store->createClub(u"SABC"_qs, "America/Chicago").ok());
}

QString TestSeasonLoader::insert(const QString &table, const QVariantMap &values)
{
    auto id = m_store->insert(table, values);
    if (!id.ok())
        qWarning("%s", qPrintable(id.error()));
    return id.ok() ? id.value() : QString();
}

void TestSeasonLoader::load()
{
    const QString al = insert(u"anglers"_qs, {{u"full_name"_qs, u"Al"_qs}});
    const QString bo = insert(u"anglers"_qs, {{u"full_name"_qs, u"Bo"_qs}});
    const QString cy = insert(u"anglers"_qs, {{u"full_name"_qs, u"Cy"_qs}});
    QVERIFY(!al.isEmpty() && !bo.isEmpty() && !cy.isEmpty());
    QVERIFY(
        !insert(u"rulesets"_qs, {{u"season"_qs, 2024},
                                 {u"name"_qs, u"sabc-2025"_qs},
                                 {u"settings"_qs, uR"({"best_n": 1, "dq_policy": "offset"})"_qs}})
             .isEmpty());
    auto tournament = [&](const QString &date, const QVariantMap &extra) {
        QVariantMap v{{u"season"_qs, 2024}, {u"event_date"_qs, date}, {u"name"_qs, date}};
        v.insert(extra);
        return insert(u"tournaments"_qs, v);
    };
    const QString feb = tournament(u"2024-02-25"_qs, {});
    const QString jan = tournament(u"2024-01-28"_qs, {{u"paper"_qs, 1}});
    const QString mar = tournament(u"2024-03-24"_qs, {{u"cancelled"_qs, 1}});
    const QString gone = tournament(u"2024-04-28"_qs, {});
    const QString other = insert(
        u"tournaments"_qs,
        {{u"season"_qs, 2023}, {u"event_date"_qs, u"2023-05-28"_qs}, {u"name"_qs, u"old"_qs}});
    QVERIFY(!feb.isEmpty() && !jan.isEmpty() && !mar.isEmpty() && !gone.isEmpty() &&
            !other.isEmpty());
    QVERIFY(m_store->remove(u"tournaments"_qs, gone).ok());

    int enteredAt = 0;
    auto entry = [&](const QString &t, const QString &a, int fish, int gross, int big,
                     const QVariantMap &extra = {}) {
        QVariantMap v{{u"tournament_id"_qs, t},       {u"angler_id"_qs, a},  {u"fish"_qs, fish},
                      {u"gross_weight"_qs, gross},    {u"big_bass"_qs, big}, {u"was_member"_qs, 1},
                      {u"entered_at"_qs, ++enteredAt}};
        v.insert(extra);
        return insert(u"entries"_qs, v);
    };
    QVERIFY(!entry(feb, al, 5, 1500, 620).isEmpty());
    QVERIFY(!entry(feb, bo, 5, 1400, 300, {{u"dq"_qs, 1}}).isEmpty());
    QVERIFY(
        !entry(feb, cy, 3, 900, 400, {{u"was_member"_qs, 0}, {u"manual_order"_qs, 2}}).isEmpty());
    const QString dead =
        entry(feb, insert(u"anglers"_qs, {{u"full_name"_qs, u"Dee"_qs}}), 5, 2000, 500);
    QVERIFY(m_store->remove(u"entries"_qs, dead).ok());
    const QString paperAl = entry(jan, al, 0, 0, 0);
    QVERIFY(!paperAl.isEmpty());
    for (int len : {16 * 8, 14 * 8 + 3, 10 * 8})
        QVERIFY(!insert(u"paper_fish"_qs, {{u"entry_id"_qs, paperAl}, {u"length_eighths"_qs, len}})
                     .isEmpty());
    QVERIFY(!insert(u"paper_fish"_qs, {{u"entry_id"_qs, paperAl},
                                       {u"length_eighths"_qs, 20 * 8},
                                       {u"weighed_weight"_qs, 512}})
                 .isEmpty());
    const QString deletedFish =
        insert(u"paper_fish"_qs, {{u"entry_id"_qs, paperAl}, {u"length_eighths"_qs, 25 * 8}});
    QVERIFY(m_store->remove(u"paper_fish"_qs, deletedFish).ok());
    QVERIFY(!entry(mar, bo, 5, 1000, 0).isEmpty());
    QVERIFY(!insert(u"boats"_qs,
                    {{u"tournament_id"_qs, feb}, {u"boater_id"_qs, al}, {u"partner_id"_qs, bo}})
                 .isEmpty());

    auto loaded = SeasonLoader::load(m_store->database(), 2024);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->season, 2024);
    QCOMPARE(loaded->ruleset.bestN, 1);
    QCOMPARE(loaded->ruleset.dqPolicy, DqPolicy::Offset);
    QCOMPARE(loaded->ruleset.name, u"sabc-2025"_qs);
    QCOMPARE(loaded->tournaments.size(), 3); // date order, the deleted one left out
    const TournamentInput &t0 = loaded->tournaments.at(0);
    QCOMPARE(t0.id, jan);
    QVERIFY(t0.paper);
    QCOMPARE(t0.date, QDate(2024, 1, 28));
    QCOMPARE(t0.entries.size(), 1);
    QList<int> lengths = t0.entries.first().fishLengths;
    std::sort(lengths.begin(), lengths.end());
    QCOMPARE(lengths, (QList<int>{80, 115, 128, 160}));
    QCOMPARE(t0.entries.first().bigBass.hundredths(), 512);
    const TournamentInput &t1 = loaded->tournaments.at(1);
    QCOMPARE(t1.entries.size(), 3);
    QCOMPARE(t1.entries.at(0).anglerName, u"Al"_qs);
    QVERIFY(t1.entries.at(1).dq);
    QVERIFY(!t1.entries.at(2).member);
    QCOMPARE(t1.entries.at(2).manualOrder, 2);
    QCOMPARE(t1.fishLimit, 5);
    QCOMPARE(t1.boats.size(), 1);
    QCOMPARE(t1.boats.first().partnerId, bo);
    QVERIFY(!t1.boats.first().teamWeighed);
    QVERIFY(loaded->tournaments.at(2).cancelled);

    SeasonScorer season(loaded->ruleset, loaded->tournaments);
    const SeasonStandings &s = season.standings();
    // Al: paper 100 (chart 2.25 + 1.45 + 4.68) and 100 in February, best 1 counts.
    const StandingRow *a = s.row(al);
    QVERIFY(a);
    QCOMPARE(a->points, 100);
    QCOMPARE(a->totalPoints, 200);
    QCOMPARE(a->events, 2);
    QCOMPARE(season.scored(0).result.entries.first().net.toString(), u"8.38"_qs);
    // Bo's DQ under the offset policy: 100 - 3.
    QCOMPARE(s.row(bo)->points, 97);
    QCOMPARE(s.row(bo)->events, 0);
    QCOMPARE(s.row(cy), nullptr); // a guest
    // Big Bass of the Year: Al's 6.20 (the paper 5.12 is smaller).
    QCOMPARE(s.award(AwardKind::BigBassOfTheYear)->winners.first().weight.hundredths(), 620);
    QCOMPARE(season.scored(1).boats.first().weight.toString(), u"15.00"_qs); // DQ adds 0
}

void TestSeasonLoader::defaultsAndErrors()
{
    auto empty = SeasonLoader::load(m_store->database(), 1999);
    QVERIFY(empty.ok());
    QVERIFY(empty->tournaments.isEmpty());
    QVERIFY(empty->ruleset == Ruleset::sabc2025());

    QVERIFY(
        !insert(u"rulesets"_qs, {{u"season"_qs, 2030}, {u"name"_qs, u"sabc-2026"_qs}}).isEmpty());
    auto team = RulesetStore(m_store->database()).forSeason(2030);
    QVERIFY(team.ok());
    QVERIFY(team.value() == Ruleset::sabc2026());

    QVERIFY(!insert(u"rulesets"_qs, {{u"season"_qs, 2031},
                                     {u"name"_qs, u"custom"_qs},
                                     {u"settings"_qs, uR"({"max_points": -4})"_qs}})
                 .isEmpty());
    auto bad = SeasonLoader::load(m_store->database(), 2031);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(u"2031"_qs), qPrintable(bad.error()));

    QSqlDatabase closed;
    QVERIFY(!SeasonLoader::load(closed, 2024).ok());
}

// Entries come in weigh-in order (entered_at, then id), whatever order they were stored in: the
// engine's order among otherwise equal entries. Read alone and with the whole club.
void TestSeasonLoader::weighInOrder()
{
    const QString t = insert(u"tournaments"_qs, {{u"season"_qs, 2026},
                                                 {u"event_date"_qs, u"2026-03-25"_qs},
                                                 {u"name"_qs, u"Order"_qs}});
    QVERIFY(!t.isEmpty());
    QStringList anglers;
    for (const QString &name : {u"Ed"_qs, u"Flo"_qs, u"Gus"_qs, u"Hal"_qs})
        anglers << insert(u"anglers"_qs, {{u"full_name"_qs, name}});
    // Stored Ed, Flo, Gus, Hal; weighed Hal (1), then Gus and Flo at the same moment (2), Ed (3).
    const QList<int> enteredAt{3, 2, 2, 1};
    QStringList ids;
    for (int i = 0; i < anglers.size(); ++i)
        ids << insert(u"entries"_qs, {{u"tournament_id"_qs, t},
                                      {u"angler_id"_qs, anglers.at(i)},
                                      {u"fish"_qs, 1},
                                      {u"gross_weight"_qs, 100 + i},
                                      {u"was_member"_qs, 1},
                                      {u"entered_at"_qs, enteredAt.at(i)}});
    QVERIFY(!ids.contains(QString()));
    // Gus and Flo tie on the time: the lower id first.
    const QString firstOfTie = ids.at(1) < ids.at(2) ? u"Flo"_qs : u"Gus"_qs;
    const QString secondOfTie = firstOfTie == u"Flo"_qs ? u"Gus"_qs : u"Flo"_qs;
    const QStringList expected{u"Hal"_qs, firstOfTie, secondOfTie, u"Ed"_qs};
    // A deleted angler keeps the name on the entries already weighed.
    QVERIFY(m_store->remove(u"anglers"_qs, anglers.at(0)).ok());

    auto one = SeasonLoader::load(m_store->database(), 2026);
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QCOMPARE(one->tournaments.size(), 1);
    QStringList names;
    for (const Entry &e : one->tournaments.first().entries)
        names << e.anglerName;
    QCOMPARE(names, expected);

    auto all = SeasonLoader::loadAll(m_store->database());
    QVERIFY2(all.ok(), qPrintable(all.error()));
    const LoadedSeason *s2026 = nullptr;
    for (const LoadedSeason &s : all.value())
        if (s.season == 2026)
            s2026 = &s;
    QVERIFY(s2026);
    names.clear();
    for (const Entry &e : s2026->tournaments.first().entries)
        names << e.anglerName;
    QCOMPARE(names, expected);
}

namespace {

// Everything the engine reads of a season, as text, to compare two reads field by field.
QStringList describe(const LoadedSeason &s)
{
    QStringList out{u"season %1 rules %2 best %3"_qs.arg(s.season).arg(s.ruleset.name).arg(
        s.ruleset.bestN)};
    for (const TournamentInput &t : s.tournaments) {
        out << u"tournament %1 %2 %3 paper %4 cancelled %5 limit %6"_qs.arg(
                   t.id, t.name, t.date.toString(Qt::ISODate))
                   .arg(t.paper)
                   .arg(t.cancelled)
                   .arg(t.fishLimit);
        for (const Entry &e : t.entries) {
            QStringList lengths;
            for (int l : e.fishLengths)
                lengths << QString::number(l);
            out << u"  entry %1 %2 member %3 fish %4 gross %5 big %6 dead %7 late %8 buyin %9 "
                   "dq %10 order %11 lengths %12"_qs.arg(e.anglerId, e.anglerName)
                       .arg(e.member)
                       .arg(e.fish)
                       .arg(e.gross.hundredths())
                       .arg(e.bigBass.hundredths())
                       .arg(e.dead)
                       .arg(e.lateMinutes)
                       .arg(e.buyIn)
                       .arg(e.dq)
                       .arg(e.manualOrder)
                       .arg(lengths.join(u','));
        }
        for (const BoatInput &b : t.boats)
            out << u"  boat %1 %2 %3 team %4 fish %5 gross %6 big %7 dead %8 dq %9"_qs
                       .arg(b.id, b.boaterId, b.partnerId)
                       .arg(b.teamWeighed)
                       .arg(b.fish)
                       .arg(b.gross.hundredths())
                       .arg(b.bigBass.hundredths())
                       .arg(b.dead)
                       .arg(b.dq);
    }
    return out;
}

} // namespace

// The whole club read at once (the club data, profiles) gives every season exactly as reading
// that season alone (the standings page): the same tournaments, entries, paper fish, boats and
// rules.
void TestSeasonLoader::wholeClubAsEachSeason()
{
    // A team tournament with boats weighed as boats, one of them deleted, in a season of its own.
    const QString t = insert(u"tournaments"_qs, {{u"season"_qs, 2027},
                                                 {u"event_date"_qs, u"2027-04-28"_qs},
                                                 {u"name"_qs, u"Team"_qs},
                                                 {u"format"_qs, u"team"_qs}});
    QStringList a;
    for (int i = 0; i < 4; ++i)
        a << insert(u"anglers"_qs, {{u"full_name"_qs, u"Team %1"_qs.arg(i)}});
    for (int i = 0; i < 4; ++i)
        QVERIFY(!insert(u"entries"_qs, {{u"tournament_id"_qs, t},
                                        {u"angler_id"_qs, a.at(i)},
                                        {u"was_member"_qs, 1},
                                        {u"entered_at"_qs, 10 + i}})
                     .isEmpty());
    QVERIFY(!insert(u"boats"_qs, {{u"tournament_id"_qs, t},
                                  {u"boater_id"_qs, a.at(0)},
                                  {u"partner_id"_qs, a.at(1)},
                                  {u"team_fish"_qs, 4},
                                  {u"team_weight"_qs, 1234},
                                  {u"team_big_bass"_qs, 456},
                                  {u"team_dead"_qs, 1}})
                 .isEmpty());
    const QString gone = insert(u"boats"_qs, {{u"tournament_id"_qs, t},
                                              {u"boater_id"_qs, a.at(2)},
                                              {u"partner_id"_qs, a.at(3)}});
    QVERIFY(!gone.isEmpty());
    QVERIFY(m_store->remove(u"boats"_qs, gone).ok());
    QVERIFY(!insert(u"boats"_qs, {{u"tournament_id"_qs, t}, {u"boater_id"_qs, a.at(2)}}).isEmpty());

    auto all = SeasonLoader::loadAll(m_store->database());
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QList<int> years;
    for (const LoadedSeason &s : all.value()) {
        years << s.season;
        auto alone = SeasonLoader::load(m_store->database(), s.season);
        QVERIFY2(alone.ok(), qPrintable(alone.error()));
        QCOMPARE(describe(s), describe(alone.value()));
    }
    QVERIFY(std::is_sorted(years.cbegin(), years.cend()));
    QVERIFY(years.contains(2024) && years.contains(2027));
    // The team tournament's two boats left, the deleted one out.
    const LoadedSeason &team = all->at(years.indexOf(2027));
    QCOMPARE(team.tournaments.first().boats.size(), 2);
}

// forSeasons answers as forSeason does for each season: before any stored rules, a season with
// its own, one copying an earlier season's, after the last.
void TestSeasonLoader::rulesetsOfManySeasons()
{
    RulesetStore rules(m_store->database());
    const QList<int> seasons{1990, 2023, 2024, 2025, 2029, 2030, 2035};
    auto many = rules.forSeasons(seasons);
    // 2031's stored rules are bad (defaultsAndErrors): asking for a later season names it.
    QVERIFY(!many.ok());
    QVERIFY2(many.error().contains(u"2031"_qs), qPrintable(many.error()));

    auto good = rules.forSeasons({1990, 2023, 2024, 2025, 2029, 2030});
    QVERIFY2(good.ok(), qPrintable(good.error()));
    for (int season : {1990, 2023, 2024, 2025, 2029, 2030}) {
        auto one = rules.forSeason(season);
        QVERIFY(one.ok());
        QVERIFY2(good->value(season) == one.value(), qPrintable(QString::number(season)));
    }
    QCOMPARE(good->value(2025).bestN, 1);               // copied from 2024
    QVERIFY(good->value(2030) == Ruleset::sabc2026()); // its own
    QVERIFY(good->value(1990) == Ruleset::sabc2025()); // before any
}

QTEST_GUILESS_MAIN(TestSeasonLoader)
#include "tst_seasonloader.moc"
