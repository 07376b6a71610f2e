// Season rules (issue 15): a new club starts with the bylaws, a season without rules copies the
// previous one, a change of a season's rules re-scores its standings and is undone; and the money
// of a tournament follows the tournament's own format, fee and unit: a team tournament at $50 a
// boat with 16 boats (27 anglers) collects $800 and pays per boat in the weigh-in money, the
// treasurer's fee check-off and the results report. The schedule generator starts each tournament
// from the season's rules.
#include "commands/command.h"
#include "roster/anglerstore.h"
#include "reports/reportbuilders.h"
#include "scoring/seasonscorer.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/seasonloader.h"
#include "tournaments/tournamentstore.h"
#include "tournaments/weighinstandings.h"
#include "treasury/tournamentmoney.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace QTest {
template <> char *toString(const Money &money)
{
    return qstrdup(money.toString().toUtf8().constData());
}
} // namespace QTest

class TestSeasonRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newClubHasBylawsRules();
    void seasonWithoutRulesCopiesThePreviousOne();
    void rulesChangeRescoresAndIsUndone();
    void badRulesRefusedNothingChanged();
    void teamTournamentPaysPerBoat();
    void tournamentStartsFromSeasonRules();
    void openingCarryInReachesTheFirstTournament();
    void pastSeasonMembershipChangesItsPoints();
    void entryMemberFlagCorrectedAndLogged();

private:
    QString angler(const QString &name, int memberSeason = 0);
    void entry(const QString &tournament, const QString &angler, int fish, int gross, int bigBass,
               bool member = true);
    QString tournament(const QDate &date, TournamentFormat format, Money fee, FeeBasis unit,
                       bool completed = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_file = 0;
};

void TestSeasonRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSeasonRules::init()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("club%1.sqlite").arg(++m_file)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    QVERIFY(m_store->createClub(QStringLiteral("Rules club"), ClubTime::defaultZoneId).ok());
}

void TestSeasonRules::cleanup()
{
    m_store.reset();
}

QString TestSeasonRules::angler(const QString &name, int memberSeason)
{
    auto id = m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), name}});
    if (!id.ok())
        qFatal("angler: %s", qPrintable(id.error()));
    if (memberSeason > 0) {
        auto m = m_store->insert(QStringLiteral("memberships"),
                                 {{QStringLiteral("angler_id"), id.value()},
                                  {QStringLiteral("season"), memberSeason},
                                  {QStringLiteral("joined_on"),
                                   QStringLiteral("%1-01-10").arg(memberSeason)}});
        if (!m.ok())
            qFatal("membership: %s", qPrintable(m.error()));
    }
    return id.value();
}

void TestSeasonRules::entry(const QString &tournament, const QString &angler, int fish, int gross,
                            int bigBass, bool member)
{
    auto id =
        m_store->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), tournament},
                                                    {QStringLiteral("angler_id"), angler},
                                                    {QStringLiteral("fish"), fish},
                                                    {QStringLiteral("gross_weight"), gross},
                                                    {QStringLiteral("big_bass"), bigBass},
                                                    {QStringLiteral("was_member"), member ? 1 : 0},
                                                    {QStringLiteral("entered_at"), 1}});
    if (!id.ok())
        qFatal("entry: %s", qPrintable(id.error()));
}

QString TestSeasonRules::tournament(const QDate &date, TournamentFormat format, Money fee,
                                    FeeBasis unit, bool completed)
{
    TournamentRecord t;
    t.date = date;
    t.season = date.year();
    t.name = QStringLiteral("T %1").arg(date.toString(Qt::ISODate));
    t.format = format;
    t.entryFee = fee;
    t.feeUnit = unit;
    auto id = TournamentStore(*m_store).insertTournament(t);
    if (!id.ok())
        qFatal("tournament: %s", qPrintable(id.error()));
    if (completed)
        if (Status s = m_store->update(QStringLiteral("tournaments"), id.value(),
                                       {{QStringLiteral("completed"), 1}});
            !s)
            qFatal("complete: %s", qPrintable(s.error()));
    return id.value();
}

void TestSeasonRules::newClubHasBylawsRules()
{
    const int season = m_store->currentSeason();
    auto rules = RulesetStore(*m_store).seasonRules(season);
    QVERIFY2(rules.ok(), qPrintable(rules.error()));
    QVERIFY(rules->stored);
    QCOMPARE(rules->rules, Ruleset::bylaws(season));
    QCOMPARE(int(RulesetStore(*m_store).rulesets()->size()), 1);
    // The 2026 bylaws: team format, $50 a boat, 1st $20, 2nd $14, 3rd $8, big bass $8.
    const Ruleset r2026 = Ruleset::bylaws(2026);
    QCOMPARE(r2026.format, TournamentFormat::Team);
    QCOMPARE(r2026.feeBasis, FeeBasis::PerBoat);
    QCOMPARE(r2026.fee, Money::fromDollars(50));
    QCOMPARE(Ruleset::bylaws(2025).fee, Money::fromDollars(25));
}

void TestSeasonRules::seasonWithoutRulesCopiesThePreviousOne()
{
    const int season = m_store->currentSeason();
    RulesetStore store(*m_store);
    Ruleset custom = Ruleset::bylaws(season);
    custom.name = QStringLiteral("Our rules");
    custom.bestN = 7;
    custom.minimumEvents = 4;
    QVERIFY(store.setForSeason(season, custom).ok());
    auto next = store.seasonRules(season + 1);
    QVERIFY(next.ok());
    QVERIFY(!next->stored);
    QCOMPARE(next->copiedFrom, season);
    QCOMPARE(next->rules, custom);
    QCOMPARE(store.forSeason(season + 1).value(), custom);
    // A season before any rules: the bylaws of its year are offered.
    auto early = store.seasonRules(2001);
    QVERIFY(early.ok());
    QVERIFY(!early->stored);
    QCOMPARE(early->copiedFrom, 0);
    QCOMPARE(early->rules, Ruleset::bylaws(2001));
    // Stored and read back exactly, synced as a row of the rulesets table.
    QCOMPARE(store.forSeason(season).value(), custom);
}

void TestSeasonRules::rulesChangeRescoresAndIsUndone()
{
    const int season = 2025;
    QVERIFY(RulesetStore(*m_store).setForSeason(season, Ruleset::sabc2025()).ok());
    const QString ann = angler(QStringLiteral("Ann"), season);
    const QString bob = angler(QStringLiteral("Bob"), season);
    // Ann wins twice and skips the third; Bob fishes all three.
    const QString t1 = tournament(QDate(2025, 3, 23), TournamentFormat::Individual,
                                  Money::fromDollars(25), FeeBasis::PerAngler, true);
    const QString t2 = tournament(QDate(2025, 4, 27), TournamentFormat::Individual,
                                  Money::fromDollars(25), FeeBasis::PerAngler, true);
    const QString t3 = tournament(QDate(2025, 5, 25), TournamentFormat::Individual,
                                  Money::fromDollars(25), FeeBasis::PerAngler, true);
    entry(t1, ann, 5, 1500, 400);
    entry(t1, bob, 5, 1000, 300);
    entry(t2, ann, 5, 1500, 400);
    entry(t2, bob, 5, 1000, 300);
    entry(t3, bob, 5, 1000, 300);
    auto standings = [&] {
        auto loaded = SeasonLoader::load(m_store->database(), season);
        if (!loaded)
            qFatal("load: %s", qPrintable(loaded.error()));
        SeasonScorer scorer(loaded->ruleset, loaded->tournaments);
        QHash<QString, int> points;
        for (const StandingRow &row : scorer.standings().rows)
            points.insert(row.anglerId, row.rank > 0 ? row.points : -1);
        return points;
    };
    QCOMPARE(standings().value(ann), 200);
    QCOMPARE(standings().value(bob), 298);

    auto finalized = RulesetStore(*m_store).finalizedTournaments(season);
    QVERIFY(finalized.ok());
    QCOMPARE(finalized->size(), 3); // named in the dialog's confirmation

    QUndoStack stack;
    Ruleset changed = Ruleset::sabc2025();
    changed.name = QStringLiteral("SABC 2025 best two");
    changed.bestN = 2;
    changed.minimumEvents = 3;
    auto s = commands::setSeasonRules(&stack, m_store.get(), season, changed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(stack.count(), 1);
    // Re-scored: Ann fished two of the three (fewer than the minimum): not ranked; Bob's best two.
    QCOMPARE(standings().value(ann), -1);
    QCOMPARE(standings().value(bob), 199);
    stack.undo();
    QCOMPARE(RulesetStore(*m_store).forSeason(season).value(), Ruleset::sabc2025());
    QCOMPARE(standings().value(ann), 200);
    QCOMPARE(standings().value(bob), 298);
    stack.redo();
    QCOMPARE(standings().value(bob), 199);

    // A season that had no rules of its own goes back to copying when undone.
    QUndoStack second;
    Ruleset next = changed;
    next.name = QStringLiteral("2030 rules");
    QVERIFY(commands::setSeasonRules(&second, m_store.get(), 2030, next).ok());
    QVERIFY(RulesetStore(*m_store).seasonRules(2030)->stored);
    second.undo();
    QVERIFY(!RulesetStore(*m_store).seasonRules(2030)->stored);
}

void TestSeasonRules::badRulesRefusedNothingChanged()
{
    const int season = m_store->currentSeason();
    QUndoStack stack;
    Ruleset bad = Ruleset::bylaws(season);
    bad.placeMoney[0] = Money::fromDollars(25); // $55 split of a $50 fee
    auto s = commands::setSeasonRules(&stack, m_store.get(), season, bad);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("does not match its split")), qPrintable(s.error()));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(RulesetStore(*m_store).forSeason(season).value(), Ruleset::bylaws(season));
    const auto problem = bad.problem();
    QVERIFY(problem);
    QCOMPARE(problem->field, QStringLiteral("fee"));
}

void TestSeasonRules::teamTournamentPaysPerBoat()
{
    // The season still has the individual rules ($25 an angler: $7, $5, $4, big bass $4, club
    // $3, charity $2); the tournament is set to team format at $50 a boat.
    const int season = 2026;
    QVERIFY(RulesetStore(*m_store).setForSeason(season, Ruleset::sabc2025()).ok());
    const QString t = tournament(QDate(2026, 6, 28), TournamentFormat::Team,
                                 Money::fromDollars(50), FeeBasis::PerBoat);
    // 16 boats, 27 anglers: 11 boats of two, 5 anglers alone.
    for (int b = 0; b < 16; ++b) {
        const QString boater = angler(QStringLiteral("Boater %1").arg(b, 2, 10, QLatin1Char('0')),
                                      season);
        QString partner;
        if (b < 11)
            partner = angler(QStringLiteral("Partner %1").arg(b, 2, 10, QLatin1Char('0')), season);
        entry(t, boater, 5, 2000 - 50 * b, b == 0 ? 620 : 300);
        if (!partner.isEmpty())
            entry(t, partner, 5, 1000 - 20 * b, 250);
        QVariantMap boat = {{QStringLiteral("tournament_id"), t},
                            {QStringLiteral("boater_id"), boater}};
        if (!partner.isEmpty())
            boat.insert(QStringLiteral("partner_id"), partner);
        QVERIFY(m_store->insert(QStringLiteral("boats"), boat).ok());
    }

    // The weigh-in's money (what the leaderboard and the sheet show).
    auto record = TournamentStore(*m_store).tournament(t);
    QVERIFY(record.ok());
    auto rules = RulesetStore(*m_store).forTournament(record.value());
    QVERIFY(rules.ok());
    QCOMPARE(rules->feeBasis, FeeBasis::PerBoat);
    QCOMPARE(rules->fee, Money::fromDollars(50));
    QVERIFY(rules->validate().ok());
    auto entries = TournamentStore(*m_store).entries(t);
    auto boats = TournamentStore(*m_store).boats(t);
    QVERIFY(entries.ok() && boats.ok());
    const WeighInStandings live = WeighInStandings::compute(
        TournamentStore::input(record.value(), entries.value(), boats.value()), rules.value(),
        Money());
    QCOMPARE(live.payouts.payingUnits, 16);
    QCOMPARE(live.payouts.collected, Money::fromDollars(800));
    // The rules' split scaled to $50: 1st $14, 2nd $10, 3rd $8, big bass $8 (x 16 boats).
    QCOMPARE(live.payouts.placePot, Money::fromDollars(32 * 16));
    QCOMPARE(live.payouts.places.first().amount, Money::fromDollars(14 * 16));
    QCOMPARE(live.payouts.bigBassPot, Money::fromDollars(8 * 16));
    QVERIFY(live.payouts.balances());

    // The treasurer's fee check-off: one $50 line per boat.
    auto money = TournamentMoney::load(*m_store, t);
    QVERIFY2(money.ok(), qPrintable(money.error()));
    QCOMPARE(money->payouts.collected, Money::fromDollars(800));
    QCOMPARE(money->feesCheck.expected, Money::fromDollars(800));
    int boatLines = 0;
    for (const FeeLine &f : money->fees)
        if (f.entered && !f.due.isZero()) {
            ++boatLines;
            QCOMPARE(f.due, Money::fromDollars(50));
        }
    QCOMPARE(boatLines, 16);
    QCOMPARE(money->winners.first().proposed, Money::fromDollars(224));
    QCOMPARE(money->winners.first().anglerIds.size(), 2);
    const FeeLine &first = money->fees.first();
    auto fee = TournamentMoney::recordFee(*m_store, money.value(), first.anglerId,
                                          QStringLiteral("cash"), QDate(2026, 6, 28));
    QVERIFY2(fee.ok(), qPrintable(fee.error()));
    money = TournamentMoney::load(*m_store, t);
    QCOMPARE(money->feesCheck.recorded, Money::fromDollars(50));

    // The results report.
    auto report = ReportBuilders::results(*m_store, t);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const QString html = report->toHtml();
    QVERIFY2(html.contains(QStringLiteral("Collected (16 paying)")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("$800.00")));
    QVERIFY(html.contains(QStringLiteral("$224.00")));
    QVERIFY(!html.contains(QStringLiteral("$675.00")));
}

void TestSeasonRules::tournamentStartsFromSeasonRules()
{
    const int season = 2026;
    QVERIFY(RulesetStore(*m_store).setForSeason(season, Ruleset::sabc2026()).ok());
    TournamentRecord t;
    t.date = QDate(2026, 7, 26);
    t.season = season;
    QVERIFY(RulesetStore(*m_store).startFromSeason(t).ok());
    QCOMPARE(t.format, TournamentFormat::Team);
    QCOMPARE(t.entryFee, Money::fromDollars(50));
    QCOMPARE(t.feeUnit, FeeBasis::PerBoat);
    QCOMPARE(t.fishLimit, 5);
    // A season without rules of its own starts from the previous season's.
    TournamentRecord next;
    next.season = 2027;
    QVERIFY(RulesetStore(*m_store).startFromSeason(next).ok());
    QCOMPARE(next.feeUnit, FeeBasis::PerBoat);
}

void TestSeasonRules::openingCarryInReachesTheFirstTournament()
{
    const int season = 2026;
    Ruleset rules = Ruleset::sabc2025();
    rules.bigBassCarryIn = Money::fromDollars(120);
    QVERIFY(RulesetStore(*m_store).setForSeason(season, rules).ok());
    const QString t = tournament(QDate(2026, 2, 22), TournamentFormat::Individual,
                                 Money::fromDollars(25), FeeBasis::PerAngler);
    entry(t, angler(QStringLiteral("Ann"), season), 5, 1000, 300);
    auto record = TournamentStore(*m_store).tournament(t);
    auto carry = TournamentStore(*m_store).bigBassCarryIn(record.value());
    QVERIFY(carry.ok());
    QCOMPARE(carry.value(), Money::fromDollars(120));
    auto money = TournamentMoney::load(*m_store, t);
    QVERIFY(money.ok());
    QCOMPARE(money->payouts.carryIn, Money::fromDollars(120));
    QCOMPARE(money->payouts.carryOut, Money::fromDollars(124));
}

// Issue 15 item 4: membership given on the Roster for a past season corrects the member flag of
// that season's entries, so that season's points change; undo puts them back.
void TestSeasonRules::pastSeasonMembershipChangesItsPoints()
{
    const int season = m_store->currentSeason() - 1;
    QVERIFY(RulesetStore(*m_store).setForSeason(season, Ruleset::sabc2025()).ok());
    const QString ann = angler(QStringLiteral("Ann"), season);
    const QString gus = angler(QStringLiteral("Gus Guest"));
    const QString t = tournament(QDate(season, 5, 25), TournamentFormat::Individual,
                                 Money::fromDollars(25), FeeBasis::PerAngler, true);
    entry(t, gus, 5, 1800, 300, false);
    entry(t, ann, 5, 1200, 300);
    auto pointsOf = [&](const QString &id) {
        auto loaded = SeasonLoader::load(m_store->database(), season);
        SeasonScorer scorer(loaded->ruleset, loaded->tournaments);
        const StandingRow *row = scorer.standings().row(id);
        return row ? row->points : -1;
    };
    QCOMPARE(pointsOf(gus), -1); // a guest earns no points
    QCOMPARE(pointsOf(ann), 100);

    QUndoStack stack;
    Angler g = AnglerStore(m_store.get()).angler(gus).value();
    auto s = commands::editAngler(&stack, m_store.get(), g, season, true);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(AnglerStore(m_store.get()).isMember(gus, season).value());
    QCOMPARE(pointsOf(gus), 100);
    QCOMPARE(pointsOf(ann), 99);
    // The current season is untouched.
    QVERIFY(!AnglerStore(m_store.get()).isMember(gus, season + 1).value());
    stack.undo();
    QVERIFY(!AnglerStore(m_store.get()).isMember(gus, season).value());
    QCOMPARE(pointsOf(gus), -1);
    QCOMPARE(pointsOf(ann), 100);
}

// Issue 15 item 4: the member flag of one entry corrected on the sheet, even after finalizing,
// and kept in the tournament's log with who and when.
void TestSeasonRules::entryMemberFlagCorrectedAndLogged()
{
    const int season = m_store->currentSeason();
    const QString gus = angler(QStringLiteral("Gus Walkup"));
    const QString t = tournament(QDate(season, 6, 28), TournamentFormat::Individual,
                                 Money::fromDollars(25), FeeBasis::PerAngler);
    entry(t, gus, 5, 1800, 300, false);
    QVERIFY(TournamentStore(*m_store).finalize(t, QStringLiteral("Wanda Weighmaster")).ok());
    auto entries = TournamentStore(*m_store).entries(t);
    QVERIFY(entries.ok());
    const QString entryId = entries->first().id;
    QVERIFY(!TournamentStore(*m_store).setEntryMember(entryId, true, QStringLiteral("  ")).ok());
    QVERIFY(!TournamentStore(*m_store).entry(entryId)->wasMember);
    QVERIFY(TournamentStore(*m_store).setEntryMember(entryId, true, QStringLiteral("Sam Secretary"))
                .ok());
    QVERIFY(TournamentStore(*m_store).entry(entryId)->wasMember);
    auto log = TournamentStore(*m_store).log(t);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->last().action, QStringLiteral("member_flag"));
    QCOMPARE(log->last().actor, QStringLiteral("Sam Secretary"));
    QVERIFY(log->last().at.isValid());
    QVERIFY2(log->last().detail.contains(QStringLiteral("Gus Walkup")),
             qPrintable(log->last().detail));
    // The same flag again changes and logs nothing.
    QVERIFY(TournamentStore(*m_store).setEntryMember(entryId, true, QStringLiteral("Sam")).ok());
    QCOMPARE(TournamentStore(*m_store).log(t)->size(), 2);
}

QTEST_MAIN(TestSeasonRules)
#include "tst_seasonrules.moc"
