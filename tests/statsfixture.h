// StatsFixture: a hand-made club where every number of the statistics is known (tst_stats works
// them out in its comments), shared by tst_stats, tst_app_stats and tst_ui_stats. Header-only.
//
//   Lakes: Travis, Buchanan. Anglers: Al, Bo, Cy, Ed (members), Di (a guest).
//   T1 2024-03-24 Travis, individual, boat Al+Bo:
//      Al 5 fish 15.00 (1 dead: 14.75) bb 6.20; Bo 3 fish 9.00 bb 4.00; Cy zero;
//      Di (guest) 5 fish 16.00 bb 7.00; Ed buy-in
//   T2 2024-04-28 Buchanan, individual:
//      Al 4 fish 10.00 bb 3.50; Bo 5 fish 18.00 bb 8.10; Cy 2 fish 5.00 DQ; Ed 5 fish 12.00 bb 4.00;
//      Di 5 fish 30.00 bb 9.99 deleted (a tombstone)
//   T3 2024-05-26 Travis, cancelled: Bo 5 fish 25.00 bb 10.00
//   T4 2025-03-23 Travis, individual: Al 5 fish 20.00 bb 9.00; Cy 5 fish 15.00 (2 dead: 14.50)
//      bb 5.00; Di (guest) zero
//   T5 2026-03-22 Buchanan, team: boats Al+Bo (3 fish 9.00 bb 5.00; 2 fish 7.00 bb 4.50),
//      Cy+Di (zero; Di guest 1 fish 3.00 bb 3.00), Ed alone (zero)
#pragma once

#include "scoring/ruleset.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct StatsFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QHash<QString, QString> ids; // "Al", "T1", "Travis" -> id

    QString path() const { return dir.filePath(QStringLiteral("club.sqlite")); }

    QString insert(const QString &table, const QVariantMap &values)
    {
        auto id = store->insert(table, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error()));
            return QString();
        }
        return id.value();
    }

    bool build()
    {
        if (!dir.isValid())
            return false;
        auto opened = Store::open(path());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return false;
        }
        store = std::move(opened).value();
        if (!store->createClub(QStringLiteral("Stats Bass Club"), "America/Chicago"))
            return false;
        for (int season : {2024, 2025})
            if (!RulesetStore(*store).setForSeason(season, Ruleset::sabc2025()))
                return false;
        for (const char *name : {"Al", "Bo", "Cy", "Di", "Ed"})
            ids.insert(QLatin1String(name),
                       insert(QStringLiteral("anglers"),
                              {{QStringLiteral("full_name"), QLatin1String(name)}}));
        for (const char *name : {"Travis", "Buchanan"})
            ids.insert(QLatin1String(name),
                       insert(QStringLiteral("lakes"),
                              {{QStringLiteral("key"), QStringLiteral("x_") + QString::fromLatin1(name).toLower()},
                               {QStringLiteral("name"), QLatin1String(name)}}));
        auto tournament = [&](const char *key, const char *date, const char *name,
                              const char *lake, QVariantMap extra = {}) {
            QVariantMap v{{QStringLiteral("season"), QString::fromLatin1(date).left(4).toInt()},
                          {QStringLiteral("event_date"), QLatin1String(date)},
                          {QStringLiteral("name"), QLatin1String(name)},
                          {QStringLiteral("lake_id"), ids.value(QLatin1String(lake))}};
            v.insert(extra);
            ids.insert(QLatin1String(key), insert(QStringLiteral("tournaments"), v));
        };
        tournament("T1", "2024-03-24", "March 2024", "Travis");
        tournament("T2", "2024-04-28", "April 2024", "Buchanan");
        tournament("T3", "2024-05-26", "May 2024", "Travis", {{QStringLiteral("cancelled"), 1}});
        tournament("T4", "2025-03-23", "March 2025", "Travis");
        tournament("T5", "2026-03-22", "March 2026", "Buchanan",
                   {{QStringLiteral("format"), QStringLiteral("team")},
                    {QStringLiteral("fee_unit"), QStringLiteral("boat")}});
        int at = 0;
        auto entry = [&](const char *t, const char *a, int fish, int gross, int big,
                         QVariantMap extra = {}) {
            QVariantMap v{{QStringLiteral("tournament_id"), ids.value(QLatin1String(t))},
                          {QStringLiteral("angler_id"), ids.value(QLatin1String(a))},
                          {QStringLiteral("fish"), fish},
                          {QStringLiteral("gross_weight"), gross},
                          {QStringLiteral("big_bass"), big},
                          {QStringLiteral("was_member"), qstrcmp(a, "Di") == 0 ? 0 : 1},
                          {QStringLiteral("entered_at"), ++at}};
            v.insert(extra);
            return insert(QStringLiteral("entries"), v);
        };
        const QVariantMap dq{{QStringLiteral("dq"), 1}};
        bool ok = !entry("T1", "Al", 5, 1500, 620, {{QStringLiteral("dead"), 1}}).isEmpty() &&
                  !entry("T1", "Bo", 3, 900, 400).isEmpty() &&
                  !entry("T1", "Cy", 0, 0, 0).isEmpty() &&
                  !entry("T1", "Di", 5, 1600, 700).isEmpty() &&
                  !entry("T1", "Ed", 0, 0, 0, {{QStringLiteral("buy_in"), 1}}).isEmpty() &&
                  !entry("T2", "Al", 4, 1000, 350).isEmpty() &&
                  !entry("T2", "Bo", 5, 1800, 810).isEmpty() &&
                  !entry("T2", "Cy", 2, 500, 300, dq).isEmpty() &&
                  !entry("T2", "Ed", 5, 1200, 400).isEmpty() &&
                  !entry("T3", "Bo", 5, 2500, 1000).isEmpty() &&
                  !entry("T4", "Al", 5, 2000, 900).isEmpty() &&
                  !entry("T4", "Cy", 5, 1500, 500, {{QStringLiteral("dead"), 2}}).isEmpty() &&
                  !entry("T4", "Di", 0, 0, 0).isEmpty() &&
                  !entry("T5", "Al", 3, 900, 500).isEmpty() &&
                  !entry("T5", "Bo", 2, 700, 450).isEmpty() &&
                  !entry("T5", "Cy", 0, 0, 0).isEmpty() &&
                  !entry("T5", "Di", 1, 300, 300).isEmpty() &&
                  !entry("T5", "Ed", 0, 0, 0).isEmpty();
        const QString gone = entry("T2", "Di", 5, 3000, 999);
        ok = ok && !gone.isEmpty() && store->remove(QStringLiteral("entries"), gone).ok();
        auto boat = [&](const char *t, const char *boater, const char *partner) {
            QVariantMap v{{QStringLiteral("tournament_id"), ids.value(QLatin1String(t))},
                          {QStringLiteral("boater_id"), ids.value(QLatin1String(boater))}};
            if (partner)
                v.insert(QStringLiteral("partner_id"), ids.value(QLatin1String(partner)));
            return !insert(QStringLiteral("boats"), v).isEmpty();
        };
        ok = ok && boat("T1", "Al", "Bo") && boat("T5", "Al", "Bo") && boat("T5", "Cy", "Di") &&
             boat("T5", "Ed", nullptr);
        return ok;
    }
};
