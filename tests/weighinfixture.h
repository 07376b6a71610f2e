// WeighInFixture: a real club database in a temporary folder for the weigh-in tests: a club, a
// few members and guests of one season, and tournaments. Header-only, shared by the weigh-in
// tests (tst_weighinmodel, tst_leaderboardmodel, tst_entrycommands, tst_ui_weighin*).
#pragma once

#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/tournamentstore.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct WeighInFixture
{
    static constexpr int season = 2026;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QHash<QString, QString> anglers; // name -> id

    QString path() const { return dir.filePath(QStringLiteral("club.sqlite")); }

    bool open()
    {
        if (!dir.isValid())
            return false;
        auto opened = Store::open(path());
        if (!opened) {
            qWarning() << opened.error();
            return false;
        }
        store = std::move(opened).value();
        if (!store->hasClub()) {
            Status s = store->createClub(QStringLiteral("Test Bass Club"), "America/Chicago");
            if (!s) {
                qWarning() << s.error();
                return false;
            }
            // The weigh-in tests fish the individual format at $25 an angler (the 2025 bylaws);
            // a new club would start the current season with the 2026 team bylaws.
            s = RulesetStore(*store).setForSeason(season, Ruleset::sabc2025());
            if (!s) {
                qWarning() << s.error();
                return false;
            }
        }
        return true;
    }

    // A member of `season` (dues paid through `duesThrough`) or a guest.
    QString addAngler(const QString &name, bool member, int duesThrough = season)
    {
        QVariantMap values = {{QStringLiteral("full_name"), name}};
        if (member) {
            values.insert(QStringLiteral("member_since"), season - 3);
            values.insert(QStringLiteral("dues_paid_through"), duesThrough);
        }
        auto id = store->insert(QStringLiteral("anglers"), values);
        if (!id)
            return {};
        if (member) {
            auto m = store->insert(QStringLiteral("memberships"),
                                   {{QStringLiteral("angler_id"), id.value()},
                                    {QStringLiteral("season"), season},
                                    {QStringLiteral("joined_on"), QStringLiteral("2026-01-10")}});
            if (!m)
                return {};
        }
        anglers.insert(name, id.value());
        return id.value();
    }

    QString addTournament(const QDate &date, const QString &name, bool paper = false,
                          TournamentFormat format = TournamentFormat::Individual)
    {
        TournamentRecord t;
        t.season = date.year();
        t.date = date;
        t.name = name;
        t.paper = paper;
        t.format = format;
        auto id = TournamentStore(*store).insertTournament(t);
        return id ? id.value() : QString();
    }

    EntryRecord entry(const QString &tournamentId, const QString &name, int fish, int gross,
                      int bigBass = 0, bool member = true) const
    {
        EntryRecord e;
        e.tournamentId = tournamentId;
        e.anglerId = anglers.value(name);
        e.anglerName = name;
        e.fish = fish;
        e.gross = Weight::fromHundredths(gross);
        e.bigBass = Weight::fromHundredths(bigBass);
        e.wasMember = member;
        return e;
    }

    // Live rows of a table that match a condition (deleted = 0 always applied).
    int liveCount(const QString &table, const QString &where = QString(),
                  const QVariantList &values = {}) const
    {
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0%2")
                      .arg(table, where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }
};
