#include "webimport/webimporter.h"

#include "calendar/calendarstore.h"
#include "core/clubrules.h"
#include "core/money.h"
#include "core/phone.h"
#include "core/weight.h"
#include "roster/anglerstore.h"
#include "scoring/ruleset.h"
#include "store/store.h"
#include "tournaments/lakestore.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/tournamentstore.h"
#include "webimport/webimportstore.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QString &adminName = ClubRules::webSetupAccount;
const QString importActor = QStringLiteral("web import");

// The kinds of records WebImportStore remembers.
const QString kAngler = QStringLiteral("angler");
const QString kMembership = QStringLiteral("membership");
const QString kOfficer = QStringLiteral("officer");
const QString kLake = QStringLiteral("lake");
const QString kRamp = QStringLiteral("ramp");
const QString kEvent = QStringLiteral("event");
const QString kCalendarEvent = QStringLiteral("calendar_event");
const QString kTournament = QStringLiteral("tournament");
const QString kResult = QStringLiteral("result");
const QString kTeamEntry = QStringLiteral("team_entry");
const QString kBoat = QStringLiteral("boat");
const QString kRuleset = QStringLiteral("ruleset");

QString key(int id)
{
    return QString::number(id);
}

QString normalisedName(QString name)
{
    name = name.simplified().toLower();
    static const QRegularExpression lakeWord(QStringLiteral("^lake\\s+|\\s+lake$"));
    name.remove(lakeWord);
    return name;
}

} // namespace

// ---- summary ---------------------------------------------------------------------------------

void WebImportSummary::leave(const QString &reason, int count)
{
    if (count <= 0)
        return;
    for (auto &line : leftOut)
        if (line.first == reason) {
            line.second += count;
            return;
        }
    leftOut.append({reason, count});
}

int WebImportSummary::created() const
{
    return people + memberships + officers + lakes + ramps + events + calendarEvents + tournaments +
           entries + boats + rulesets + lakeMaps;
}

QString WebImportSummary::text() const
{
    QString out;
    out += dryRun ? tr("Dry run: nothing was written. The import would bring in:\n")
                  : tr("Brought in:\n");
    auto line = [&out](const QString &label, int n, const QString &note = QString()) {
        out += QStringLiteral("  %1 %2").arg(label, -14).arg(n, 6);
        if (!note.isEmpty())
            out += QStringLiteral("  (%1)").arg(note);
        out += u'\n';
    };
    line(tr("people"), people,
         peopleMatched > 0 ? tr("%n already in the club file, matched by e-mail", "", peopleMatched)
                           : QString());
    line(tr("memberships"), memberships);
    line(tr("officers"), officers);
    line(tr("lakes"), lakes, tr("%n matched the club's own", "", lakesMatched));
    if (lakeMaps > 0)
        line(tr("map links"), lakeMaps, tr("lakes given the web app's map address"));
    line(tr("ramps"), ramps, tr("%n matched the club's own", "", rampsMatched));
    line(tr("events"), events, tr("scheduled SABC tournaments without results yet"));
    line(tr("calendar"), calendarEvents, tr("holidays, other clubs' tournaments, club events"));
    line(tr("tournaments"), tournaments,
         finalized > 0 ? tr("%n finalized by \"web import\"", "", finalized) : QString());
    line(tr("entries"), entries);
    line(tr("boats"), boats);
    line(tr("season rules"), rulesets);
    if (created() == 0)
        out += tr("Nothing new: everything in the web app is already in the club file.\n");
    out += tr("Left out:\n");
    if (leftOut.isEmpty())
        out += tr("  nothing\n");
    for (const auto &l : leftOut)
        out += QStringLiteral("  %1  %2\n").arg(l.second, 6).arg(l.first);
    out += tr("Needs a look:\n");
    if (needsLook.isEmpty())
        out += tr("  nothing\n");
    for (const QString &n : needsLook)
        out += QStringLiteral("  - %1\n").arg(n);
    return out;
}

// ---- helpers ---------------------------------------------------------------------------------

bool WebImporter::isPlaceholderEmail(const QString &email)
{
    return ClubRules::isPlaceholderEmail(email);
}

QString WebImporter::mapAddress(const QString &iframe)
{
    static const QRegularExpression src(
        QStringLiteral("\\bsrc\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\"|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = src.match(iframe);
    if (!m.hasMatch())
        return iframe.trimmed().startsWith(QLatin1String("http")) ? iframe.trimmed() : QString();
    for (int i = 1; i <= 3; ++i)
        if (!m.captured(i).isEmpty())
            return m.captured(i).trimmed().replace(QLatin1String("&amp;"), QLatin1String("&"));
    return QString();
}

QString WebImporter::titleCase(const QString &name)
{
    QString out = name.simplified().toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c.isSpace() || c == u'-' || c == u'/' || c == u'(';
    }
    return out;
}

QString WebImporter::post(const QString &position)
{
    const QString p = position.simplified().toLower();
    if (p == QLatin1String("president/secretary") || p == QLatin1String("president"))
        return QStringLiteral("president");
    if (p == QLatin1String("treasurer"))
        return QStringLiteral("treasurer");
    if (p == QLatin1String("weighmaster"))
        return QStringLiteral("weighmaster");
    if (p == QLatin1String("assistant weighmaster"))
        return QStringLiteral("assistant_weighmaster");
    return QString();
}

// ---- the import ------------------------------------------------------------------------------

Result<WebImportSummary> WebImporter::run(const web::Snapshot &snapshot, bool dryRun,
                                          const QString &clubName)
{
    using R = Result<WebImportSummary>;
    WebImportSummary summary;
    summary.dryRun = dryRun;
    Store::Transaction transaction(m_store);
    if (Status s = transaction.begun(); !s)
        return R::failure(s.error());
    if (Status s = import(snapshot, summary, clubName); !s)
        return R::failure(s.error()); // rolled back
    if (dryRun)
        return summary; // rolled back when the transaction goes
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return summary;
}

Status WebImporter::import(const web::Snapshot &snap, WebImportSummary &summary,
                           const QString &clubName)
{
    WebImportStore provenance(m_store);
    AnglerStore anglerStore(&m_store);
    TournamentStore tournamentStore(m_store);
    LakeStore lakeStore(m_store);
    RulesetStore rulesetStore(m_store);

    const int totalSteps = 5 + int(snap.tournaments.size());
    int step = 0;
    auto progress = [&]() {
        ++step;
        if (m_progress)
            m_progress(step, totalSteps);
    };

    if (!m_store.hasClub()) {
        const QString name =
            clubName.trimmed().isEmpty() ? tr("South Austin Bass Club") : clubName.trimmed();
        if (Status s = m_store.createClub(name, ClubTime::defaultZoneId); !s)
            return s;
    }
    auto known = provenance.all();
    if (!known)
        return Status::failure(known.error());
    WebImportStore::Map &seen = known.value();
    auto remember = [&](const QString &kind, const QString &webKey, const QString &localId,
                        const QString &detail = QString()) -> Status {
        seen[kind].insert(webKey, localId);
        return provenance.remember(kind, webKey, localId, detail);
    };

    // ---- people ----
    QHash<int, QString> anglerIds;   // web id -> local id
    QHash<int, QString> webNames;    // web id -> name
    QSet<int> adminIds;
    {
        QHash<QString, int> emailOwner; // lower-case e-mail -> web id keeping it
        QList<web::AnglerRow> people = snap.anglers;
        std::sort(people.begin(), people.end(),
                  [](const web::AnglerRow &a, const web::AnglerRow &b) { return a.id < b.id; });
        int placeholders = 0;
        for (const web::AnglerRow &a : people) {
            webNames.insert(a.id, a.name.simplified());
            if (a.name.trimmed() == adminName) {
                adminIds.insert(a.id);
                continue;
            }
            const QString email = a.email.trimmed();
            if (!email.isEmpty() && !isPlaceholderEmail(email) &&
                !emailOwner.contains(email.toLower()))
                emailOwner.insert(email.toLower(), a.id);
        }
        summary.leave(tr("Admin User: the web app's setup account, not a person"),
                      int(adminIds.size()));
        QHash<QString, QString> localByEmail; // the club file's own people, by address
        {
            auto all = anglerStore.anglers();
            if (!all)
                return Status::failure(all.error());
            for (const Angler &local : all.value())
                if (!local.email.isEmpty())
                    localByEmail.insert(local.email.toLower(), local.id);
        }
        for (const web::AnglerRow &a : people) {
            if (adminIds.contains(a.id))
                continue;
            if (const QString id = seen.value(kAngler).value(key(a.id)); !id.isEmpty()) {
                anglerIds.insert(a.id, id);
                continue;
            }
            Angler angler;
            angler.fullName = a.name;
            QString email = a.email.trimmed();
            if (isPlaceholderEmail(email)) {
                ++placeholders;
                email.clear();
            } else if (!email.isEmpty() && emailOwner.value(email.toLower()) != a.id) {
                const int owner = emailOwner.value(email.toLower());
                summary.needsLook << tr("%1 and %2 have e-mail addresses that differ only in "
                                        "case (%3); %2 keeps it, %1 came in without one.")
                                         .arg(a.name.simplified(), webNames.value(owner), email);
                email.clear();
            }
            angler.email = email;
            // The web app's e-mail choices: no e-mail at all, or no news (results still come).
            angler.emailOptIn = a.emailOptIn;
            angler.mailNews = a.notifyNews;
            const auto phone = Phone::normalise(a.phone);
            if (phone) {
                angler.phone = phone.value();
            } else {
                summary.needsLook
                    << tr("%1: the phone number \"%2\" is not one the app can read; it was left "
                          "out.")
                           .arg(a.name.simplified(), a.phone);
            }
            angler.memberSince = (a.yearJoined >= 1900 && a.yearJoined <= 2200) ? a.yearJoined : 0;
            angler.duesPaidThrough =
                (a.duesPaidThrough >= 1900 && a.duesPaidThrough <= 2200) ? a.duesPaidThrough : 0;

            // Someone already in the club file with the same address is the same person.
            if (!angler.email.isEmpty()) {
                const QString match = localByEmail.value(angler.email.toLower());
                if (!match.isEmpty()) {
                    anglerIds.insert(a.id, match);
                    ++summary.peopleMatched;
                    if (Status s = remember(kAngler, key(a.id), match); !s)
                        return s;
                    continue;
                }
            }
            auto valid = anglerStore.validated(angler);
            if (!valid) {
                summary.leave(tr("people the app cannot store (see below), with their results"));
                summary.needsLook << tr("%1 was left out: %2").arg(a.name.simplified(), valid.error());
                continue;
            }
            auto id = anglerStore.insertAngler(valid.value());
            if (!id)
                return Status::failure(id.error());
            anglerIds.insert(a.id, id.value());
            ++summary.people;
            if (Status s = remember(kAngler, key(a.id), id.value()); !s)
                return s;
        }
        summary.leave(tr("placeholder e-mail addresses (@sabc.com, @saustinbc.com), not stored"),
                      placeholders);
    }
    progress();

    // ---- officers ----
    {
        int admin = 0;
        QMap<QString, int> unknownPosts;
        for (const web::OfficerRow &o : snap.officers) {
            if (seen.value(kOfficer).contains(key(o.id)))
                continue;
            const QString p = post(o.position);
            if (p.isEmpty()) {
                unknownPosts[o.position.simplified()] += 1;
                continue;
            }
            if (adminIds.contains(o.anglerId)) {
                ++admin;
                continue;
            }
            const QString holder = anglerIds.value(o.anglerId);
            if (holder.isEmpty() || o.year < 1900 || o.year > 2200) {
                summary.leave(tr("officer terms of people left out"));
                continue;
            }
            auto current = anglerStore.officers(o.year);
            if (!current)
                return Status::failure(current.error());
            const QString existing = current->value(p);
            if (!existing.isEmpty() && existing != holder) {
                summary.needsLook << tr("%1 %2: the club file already names someone else; the "
                                        "web app's %3 was not brought in.")
                                         .arg(o.year)
                                         .arg(o.position, webNames.value(o.anglerId));
                continue;
            }
            if (existing.isEmpty()) {
                if (Status s = anglerStore.setOfficers(o.year, {{p, holder}}); !s)
                    return s;
                ++summary.officers;
            }
            if (Status s = remember(kOfficer, key(o.id), holder); !s)
                return s;
        }
        summary.leave(tr("officer terms held by Admin User"), admin);
        for (auto it = unknownPosts.cbegin(); it != unknownPosts.cend(); ++it)
            summary.leave(tr("officer terms of a post the club does not have (%1)").arg(it.key()),
                          it.value());
    }
    progress();

    // ---- lakes and ramps ----
    QHash<int, QString> lakeIds; // web id -> local id
    QHash<int, QString> rampIds;
    QHash<QString, QString> lakeByName; // normalised web or local name -> local id
    {
        auto locals = lakeStore.lakes();
        if (!locals)
            return Status::failure(locals.error());
        static const QHash<QString, QString> aliases = {
            {QStringLiteral("sommerville"), QStringLiteral("somerville")}};
        for (const LakeRecord &l : locals.value())
            lakeByName.insert(normalisedName(l.name), l.id);
        // The web app's map address becomes the lake's map link, unless the club file has one.
        auto giveMap = [&](const QString &lakeId, const QString &address) -> Status {
            if (address.isEmpty())
                return Status::success();
            auto lake = lakeStore.lake(lakeId);
            if (!lake)
                return Status::failure(lake.error());
            if (!lake.value() || !lake.value()->mapUrl.isEmpty())
                return Status::success();
            if (!LakeStore::mapUrlProblem(address).isEmpty()) {
                summary.needsLook << tr("The map address of %1 in the web app is not a web "
                                        "address; the lake was left without a map link.")
                                         .arg(lake.value()->name);
                return Status::success();
            }
            LakeRecord changed = *lake.value();
            changed.mapUrl = address;
            if (Status s = lakeStore.updateLake(changed); !s)
                return s;
            ++summary.lakeMaps;
            return Status::success();
        };
        for (const web::LakeRow &w : snap.lakes) {
            const QString address = mapAddress(w.mapIframe);
            if (const QString id = seen.value(kLake).value(key(w.id)); !id.isEmpty()) {
                lakeIds.insert(w.id, id);
                lakeByName.insert(normalisedName(w.name), id);
                // (A file imported before lakes had map links gets them now, once.)
                if (Status s = giveMap(id, address); !s)
                    return s;
                continue;
            }
            QString match;
            const QString wantedKey = aliases.value(w.key, w.key);
            for (const LakeRecord &l : locals.value())
                if (l.key == wantedKey || l.key == w.key)
                    match = l.id;
            if (match.isEmpty())
                match = lakeByName.value(normalisedName(w.name));
            if (!match.isEmpty()) {
                ++summary.lakesMatched;
                if (Status s = giveMap(match, address); !s)
                    return s;
            } else {
                LakeRecord lake;
                lake.name = w.name;
                lake.mapUrl = LakeStore::mapUrlProblem(address).isEmpty() ? address : QString();
                auto id = lakeStore.insertLake(lake);
                if (!id)
                    return Status::failure(id.error());
                match = id.value();
                ++summary.lakes;
                summary.needsLook << tr("The lake %1 (web key \"%2\") matched none of the club's "
                                        "lakes by key or name; it was added as a new lake.")
                                         .arg(w.name.simplified(), w.key);
            }
            lakeIds.insert(w.id, match);
            lakeByName.insert(normalisedName(w.name), match);
            if (Status s = remember(kLake, key(w.id), match, address); !s)
                return s;
        }
        QHash<QString, QList<RampRecord>> rampsOf;
        for (const web::RampRow &w : snap.ramps) {
            if (const QString id = seen.value(kRamp).value(key(w.id)); !id.isEmpty()) {
                rampIds.insert(w.id, id);
                continue;
            }
            const QString lake = lakeIds.value(w.lakeId);
            if (lake.isEmpty()) {
                summary.leave(tr("ramps of no lake"));
                continue;
            }
            if (!rampsOf.contains(lake)) {
                auto r = lakeStore.ramps(lake);
                if (!r)
                    return Status::failure(r.error());
                rampsOf.insert(lake, r.value());
            }
            const QString name = titleCase(w.name);
            QString match;
            for (const RampRecord &r : rampsOf.value(lake))
                if (r.name.compare(name, Qt::CaseInsensitive) == 0)
                    match = r.id;
            if (!match.isEmpty()) {
                ++summary.rampsMatched;
            } else {
                auto id = lakeStore.insertRamp(lake, name);
                if (!id)
                    return Status::failure(id.error());
                match = id.value();
                rampsOf[lake].append({match, lake, name, std::nullopt, std::nullopt});
                ++summary.ramps;
            }
            rampIds.insert(w.id, match);
            if (Status s = remember(kRamp, key(w.id), match, mapAddress(w.mapIframe)); !s)
                return s;
        }
    }
    progress();

    // ---- tournaments (and the calendar) ----
    QHash<int, web::EventRow> events;
    for (const web::EventRow &e : snap.events)
        events.insert(e.id, e);
    QSet<int> eventsWithTournament;
    for (const web::TournamentRow &t : snap.tournaments)
        if (t.eventId)
            eventsWithTournament.insert(t.eventId);

    QSet<int> seasons;
    auto lakeFor = [&](int lakeId, const QString &lakeName) {
        if (lakeIds.contains(lakeId))
            return lakeIds.value(lakeId);
        return lakeName.trimmed().isEmpty() ? QString()
                                            : lakeByName.value(normalisedName(lakeName));
    };
    auto feeFor = [](qint64 cents, int season) {
        if (cents >= 0)
            return Money::fromCents(cents);
        return Money::fromDollars(season >= 2026 ? 50 : 25);
    };

    // The calendar: what is not an SABC tournament. An event the club file already has on the same
    // date under the same name is the same event (linked, not added twice).
    {
        CalendarStore calendar(m_store);
        QHash<QDate, QList<CalendarEvent>> localOn;
        bool localRead = false;
        int unknown = 0;
        for (const web::EventRow &e : snap.events) {
            if (e.type == QLatin1String("sabc_tournament"))
                continue;
            if (seen.value(kCalendarEvent).contains(key(e.id)))
                continue;
            if (e.type != QLatin1String("holiday") && e.type != QLatin1String("other_tournament") &&
                e.type != QLatin1String("club_event")) {
                ++unknown;
                continue;
            }
            if (!e.date.isValid()) {
                summary.leave(tr("calendar events without a date"));
                continue;
            }
            if (!localRead) {
                auto all = calendar.events(QDate(1900, 1, 1), QDate(2200, 12, 31));
                if (!all)
                    return Status::failure(all.error());
                for (const CalendarEvent &c : all.value())
                    localOn[c.date].append(c);
                localRead = true;
            }
            CalendarEvent c;
            c.date = e.date;
            const QString holiday = e.holidayName.simplified();
            c.name = e.name.simplified().isEmpty() ? holiday : e.name.simplified();
            if (c.name.isEmpty())
                c.name = tr("Club event");
            if (e.type == QLatin1String("holiday")) {
                c.kind = EventKind::Holiday;
            } else if (e.type == QLatin1String("other_tournament")) {
                c.kind = EventKind::OtherTournament;
                c.lakeId = lakeFor(0, e.lakeName);
            } else {
                const QString n = c.name.toLower();
                c.kind = n.contains(QLatin1String("banquet"))    ? EventKind::Banquet
                         : n.contains(QLatin1String("election")) ? EventKind::Election
                         : n.contains(QLatin1String("meeting"))  ? EventKind::Meeting
                                                                 : EventKind::ClubEvent;
            }
            c.startTime = e.startTime;
            c.endTime = e.weighInTime.isValid() && e.startTime.isValid() &&
                                e.weighInTime > e.startTime
                            ? e.weighInTime
                            : QTime();
            QStringList notes;
            if (!e.description.trimmed().isEmpty())
                notes << e.description.trimmed();
            if (c.kind == EventKind::OtherTournament && c.lakeId.isEmpty() &&
                !e.lakeName.trimmed().isEmpty())
                notes << tr("Lake: %1").arg(e.lakeName.trimmed());
            if (!e.rampName.trimmed().isEmpty())
                notes << tr("Ramp: %1").arg(e.rampName.trimmed());
            if (!holiday.isEmpty() && holiday != c.name)
                notes << holiday;
            c.notes = notes.join(u'\n');
            c.cancelled = e.cancelled;
            QString local;
            for (const CalendarEvent &l : localOn.value(c.date))
                if (l.name.compare(c.name, Qt::CaseInsensitive) == 0)
                    local = l.id;
            if (local.isEmpty()) {
                auto id = calendar.insert(c);
                if (!id)
                    return Status::failure(tr("%1 (%2): %3")
                                               .arg(c.name, c.date.toString(Qt::ISODate),
                                                    id.error()));
                local = id.value();
                c.id = local;
                localOn[c.date].append(c);
                ++summary.calendarEvents;
            }
            if (Status s = remember(kCalendarEvent, key(e.id), local); !s)
                return s;
        }
        summary.leave(tr("calendar events of a kind the app does not know"), unknown);
    }

    // Scheduled SABC tournaments: calendar events without a tournament row yet.
    for (const web::EventRow &e : snap.events) {
        if (e.type != QLatin1String("sabc_tournament") || eventsWithTournament.contains(e.id))
            continue;
        if (seen.value(kEvent).contains(key(e.id)))
            continue;
        if (!e.date.isValid()) {
            summary.leave(tr("calendar events without a date"));
            continue;
        }
        auto existing = tournamentStore.tournamentOn(e.date);
        if (!existing)
            return Status::failure(existing.error());
        if (!existing->isEmpty()) {
            summary.needsLook << tr("%1 on %2: the club file already has a tournament that day; "
                                    "the web app's event was not brought in.")
                                     .arg(e.name, e.date.toString(Qt::ISODate));
            continue;
        }
        TournamentRecord t;
        t.date = e.date;
        t.season = e.date.year();
        t.name = e.name.trimmed().isEmpty() ? tr("SABC tournament") : e.name.trimmed();
        t.lakeId = lakeFor(0, e.lakeName);
        t.startTime = e.startTime;
        t.weighInTime = e.weighInTime;
        t.format = t.season >= 2026 ? TournamentFormat::Team : TournamentFormat::Individual;
        t.entryFee = feeFor(e.entryFeeCents, t.season);
        t.feeUnit = t.season >= 2026 ? FeeBasis::PerBoat : FeeBasis::PerAngler;
        t.cancelled = e.cancelled;
        auto id = tournamentStore.insertTournament(t);
        if (!id)
            return Status::failure(tr("%1 (%2): %3")
                                       .arg(t.name, t.date.toString(Qt::ISODate), id.error()));
        seasons.insert(t.season);
        ++summary.events;
        if (Status s = remember(kEvent, key(e.id), id.value()); !s)
            return s;
    }

    // Results per tournament: the later of two rows for one angler is kept.
    QHash<int, QList<web::ResultRow>> resultsOf;
    {
        QHash<QPair<int, int>, web::ResultRow> kept;
        QList<web::ResultRow> rows = snap.results;
        std::sort(rows.begin(), rows.end(),
                  [](const web::ResultRow &a, const web::ResultRow &b) { return a.id < b.id; });
        int adminResults = 0;
        for (const web::ResultRow &r : rows) {
            if (adminIds.contains(r.anglerId)) {
                ++adminResults;
                continue;
            }
            const QPair<int, int> k{r.tournamentId, r.anglerId};
            if (kept.contains(k)) {
                const web::ResultRow earlier = kept.value(k);
                summary.leave(tr("result rows for an angler already in the same tournament (the "
                                 "later row is kept)"));
                QString where = QString::number(r.tournamentId);
                for (const web::TournamentRow &t : snap.tournaments)
                    if (t.id == r.tournamentId)
                        where = t.name + QStringLiteral(" ") +
                                events.value(t.eventId).date.toString(Qt::ISODate);
                summary.needsLook << tr("%1 has two results in %2 (web rows %3 and %4): the later, "
                                        "%5 lb, was kept; %6 lb was left out.")
                                         .arg(webNames.value(r.anglerId), where.trimmed())
                                         .arg(earlier.id)
                                         .arg(r.id)
                                         .arg(Weight::fromHundredths(r.netHundredths).toString(),
                                              Weight::fromHundredths(earlier.netHundredths)
                                                  .toString());
            }
            kept.insert(k, r);
        }
        summary.leave(tr("results of Admin User"), adminResults);
        for (const web::ResultRow &r : std::as_const(kept))
            resultsOf[r.tournamentId].append(r);
        for (auto &list : resultsOf)
            std::sort(list.begin(), list.end(),
                      [](const web::ResultRow &a, const web::ResultRow &b) { return a.id < b.id; });
    }
    QHash<int, QList<web::TeamRow>> teamsOf;
    for (const web::TeamRow &b : snap.teams)
        teamsOf[b.tournamentId].append(b);
    for (auto &list : teamsOf)
        std::sort(list.begin(), list.end(),
                  [](const web::TeamRow &a, const web::TeamRow &b) { return a.id < b.id; });

    QMap<QPair<int, int>, bool> memberIn; // (web angler, season) -> member (from was_member)
    QList<web::TournamentRow> tournaments = snap.tournaments;
    std::sort(tournaments.begin(), tournaments.end(),
              [&](const web::TournamentRow &a, const web::TournamentRow &b) {
                  const QDate da = events.value(a.eventId).date, db = events.value(b.eventId).date;
                  return da != db ? da < db : a.id < b.id;
              });
    const qint64 enteredBase = QDateTime::currentMSecsSinceEpoch();
    qint64 enteredCounter = 0;
    for (const web::TournamentRow &w : tournaments) {
        progress();
        const web::EventRow event = events.value(w.eventId);
        if (!w.eventId || !event.date.isValid()) {
            summary.leave(tr("tournaments without a date on the calendar, with their results"));
            continue;
        }
        const int season = event.date.year();
        QString tournamentId = seen.value(kTournament).value(key(w.id));
        TournamentRecord record;
        if (tournamentId.isEmpty()) {
            record.date = event.date;
            record.season = season;
            record.name = w.name.trimmed().isEmpty() ? event.name.trimmed() : w.name.trimmed();
            if (record.name.isEmpty())
                record.name = tr("SABC tournament");
            record.lakeId = lakeFor(w.lakeId, w.lakeName.isEmpty() ? event.lakeName : w.lakeName);
            record.rampId = rampIds.value(w.rampId);
            record.startTime = w.startTime.isValid() ? w.startTime : event.startTime;
            record.weighInTime = w.endTime.isValid() ? w.endTime : event.weighInTime;
            record.format = w.aoyPoints ? TournamentFormat::Individual : TournamentFormat::Team;
            record.fishLimit = std::clamp(w.fishLimit > 0 ? w.fishLimit : 5, 1, 25);
            record.entryFee = feeFor(w.entryFeeCents >= 0 ? w.entryFeeCents : event.entryFeeCents,
                                     season);
            record.feeUnit = w.limitType == QLatin1String("boat") ? FeeBasis::PerBoat
                                                                   : FeeBasis::PerAngler;
            record.paper = w.paper;
            record.cancelled = event.cancelled;
            auto existing = tournamentStore.tournamentOn(event.date);
            if (!existing)
                return Status::failure(existing.error());
            if (!existing->isEmpty()) {
                summary.leave(tr("tournaments on a day the club file already has one, with "
                                 "their results"));
                summary.needsLook << tr("%1 on %2: the club file already has a tournament that "
                                        "day; the web app's was not brought in.")
                                         .arg(record.name, event.date.toString(Qt::ISODate));
                continue;
            }
            auto id = tournamentStore.insertTournament(record);
            if (!id)
                return Status::failure(
                    tr("%1 (%2): %3")
                        .arg(record.name, event.date.toString(Qt::ISODate), id.error()));
            tournamentId = id.value();
            record.id = tournamentId;
            ++summary.tournaments;
            seasons.insert(season);
            if (Status s = remember(kTournament, key(w.id), tournamentId); !s)
                return s;
        } else {
            auto r = tournamentStore.tournament(tournamentId);
            if (!r) {
                summary.needsLook << tr("%1 on %2 was imported before but is gone from the club "
                                        "file; its new results were not brought in.")
                                         .arg(w.name, event.date.toString(Qt::ISODate));
                continue;
            }
            record = r.value();
        }

        // Entries: the results rows, then the boat anglers the web app's views add.
        struct NewEntry
        {
            QString kind;
            QString webKey;
            EntryRecord entry;
            QString who;
        };
        QList<NewEntry> fresh;
        QSet<int> withResult;
        for (const web::ResultRow &r : resultsOf.value(w.id)) {
            withResult.insert(r.anglerId);
            if (r.wasMember)
                memberIn[{r.anglerId, season}] = true;
            if (seen.value(kResult).contains(key(r.id)))
                continue;
            const QString angler = anglerIds.value(r.anglerId);
            if (angler.isEmpty()) {
                summary.leave(tr("results of people left out"));
                continue;
            }
            EntryRecord e;
            e.tournamentId = tournamentId;
            e.anglerId = angler;
            e.anglerName = webNames.value(r.anglerId);
            e.fish = r.fish;
            e.gross = Weight::fromHundredths(r.netHundredths + r.penaltyHundredths);
            e.bigBass = Weight::fromHundredths(r.bigBassHundredths);
            e.dead = r.deadFish;
            e.dq = r.disqualified;
            e.buyIn = r.buyIn;
            e.wasMember = r.wasMember;
            if (e.dead > e.fish) {
                summary.needsLook << tr("%1 in %2 (%3): %4 dead fish but %5 fish weighed; the "
                                        "fish count was raised to %4 so the net stays the web's.")
                                         .arg(e.anglerName, record.name,
                                              record.date.toString(Qt::ISODate))
                                         .arg(e.dead)
                                         .arg(e.fish);
                e.fish = e.dead;
            }
            if (e.buyIn && e.fish > 0) {
                summary.needsLook << tr("%1 in %2 (%3) is a buy-in with %4 fish; brought in as a "
                                        "weighed entry.")
                                         .arg(e.anglerName, record.name,
                                              record.date.toString(Qt::ISODate))
                                         .arg(e.fish);
                e.buyIn = false;
            }
            fresh.append({kResult, key(r.id), e, e.anglerName});
        }
        for (const web::TeamRow &b : teamsOf.value(w.id)) {
            const int anglersOf[2] = {b.angler1Id, b.angler2Id};
            for (int i = 0; i < 2; ++i) {
                const int who = anglersOf[i];
                if (!who || withResult.contains(who) || adminIds.contains(who))
                    continue;
                const QString webKey = key(b.id) + (i == 0 ? QStringLiteral("/1")
                                                           : QStringLiteral("/2"));
                withResult.insert(who);
                if (seen.value(kTeamEntry).contains(webKey))
                    continue;
                const QString angler = anglerIds.value(who);
                if (angler.isEmpty())
                    continue;
                EntryRecord e;
                e.tournamentId = tournamentId;
                e.anglerId = angler;
                e.anglerName = webNames.value(who);
                e.wasMember = true;
                if (i == 0) {
                    e.fish = b.fish;
                    e.gross = Weight::fromHundredths(b.netHundredths);
                    e.bigBass = Weight::fromHundredths(b.bigBassHundredths);
                }
                fresh.append({kTeamEntry, webKey, e, e.anglerName});
            }
        }
        QList<web::TeamRow> freshBoats;
        for (const web::TeamRow &b : teamsOf.value(w.id)) {
            if (seen.value(kBoat).contains(key(b.id)))
                continue;
            if (adminIds.contains(b.angler1Id) || adminIds.contains(b.angler2Id)) {
                summary.leave(tr("boats with Admin User aboard"));
                continue;
            }
            freshBoats.append(b);
        }
        if (fresh.isEmpty() && freshBoats.isEmpty()) {
            if (w.complete && !record.completed && !record.cancelled) {
                if (Status s = tournamentStore.finalize(tournamentId, importActor); !s)
                    return s;
                ++summary.finalized;
            }
            continue;
        }
        if (record.completed) {
            summary.leave(tr("results added on the web to a tournament already finalized here"),
                          int(fresh.size() + freshBoats.size()));
            summary.needsLook << tr("%1 (%2) is finalized in the club file, but the web app has "
                                    "new results for it; unlock it and import again to bring "
                                    "them in.")
                                     .arg(record.name, record.date.toString(Qt::ISODate));
            continue;
        }
        QSet<QString> present;
        {
            auto existing = tournamentStore.entries(tournamentId);
            if (!existing)
                return Status::failure(existing.error());
            for (const EntryRecord &e : existing.value())
                present.insert(e.anglerId);
        }
        QList<EntryRecord> toInsert;
        QList<const NewEntry *> inserted;
        for (NewEntry &n : fresh) {
            if (present.contains(n.entry.anglerId)) {
                summary.leave(tr("results of an angler the club file already has in that "
                                 "tournament"));
                summary.needsLook << tr("%1 is already on the sheet of %2 (%3) in the club file; "
                                        "the web app's result was not brought in.")
                                         .arg(n.who, record.name,
                                              record.date.toString(Qt::ISODate));
                continue;
            }
            n.entry.enteredAt = enteredBase + enteredCounter++;
            present.insert(n.entry.anglerId);
            toInsert << n.entry;
            inserted << &n;
        }
        if (Status s = tournamentStore.insertEntries(toInsert); !s)
            return Status::failure(
                tr("%1 (%2): %3").arg(record.name, record.date.toString(Qt::ISODate), s.error()));
        for (qsizetype i = 0; i < toInsert.size(); ++i) {
            ++summary.entries;
            if (Status s = remember(inserted.at(i)->kind, inserted.at(i)->webKey,
                                    toInsert.at(i).id);
                !s)
                return s;
        }
        QSet<QString> aboard;
        {
            auto existing = tournamentStore.boats(tournamentId);
            if (!existing)
                return Status::failure(existing.error());
            for (const BoatRecord &b : existing.value())
                aboard << b.boaterId << b.partnerId;
            aboard.remove(QString());
        }
        QList<BoatRecord> boatsToInsert;
        QList<int> boatWebIds;
        for (const web::TeamRow &b : freshBoats) {
            BoatRecord boat;
            boat.tournamentId = tournamentId;
            boat.boaterId = anglerIds.value(b.angler1Id);
            boat.partnerId = b.angler2Id ? anglerIds.value(b.angler2Id) : QString();
            if (boat.boaterId.isEmpty() || (b.angler2Id && boat.partnerId.isEmpty())) {
                summary.leave(tr("boats of people left out"));
                continue;
            }
            boat.teamWeighed = true;
            boat.teamFish = b.fish;
            boat.teamWeight = Weight::fromHundredths(b.netHundredths);
            boat.teamBigBass = Weight::fromHundredths(b.bigBassHundredths);
            const QString crew = b.angler2Id ? tr("%1 and %2").arg(webNames.value(b.angler1Id),
                                                                   webNames.value(b.angler2Id))
                                             : webNames.value(b.angler1Id);
            QString problem;
            if (boat.partnerId == boat.boaterId)
                problem = tr("the same angler twice");
            else if (boat.teamBigBass > boat.teamWeight)
                problem = tr("big bass %1 lb, more than the boat's %2 lb")
                              .arg(boat.teamBigBass.toString(), boat.teamWeight.toString());
            else if (aboard.contains(boat.boaterId) || aboard.contains(boat.partnerId))
                problem = tr("an angler already in another boat");
            if (!problem.isEmpty()) {
                summary.leave(tr("boats the app cannot store (see below)"));
                summary.needsLook << tr("The boat of %1 in %2 (%3): %4; not brought in.")
                                         .arg(crew, record.name, record.date.toString(Qt::ISODate),
                                              problem);
                continue;
            }
            aboard << boat.boaterId;
            if (!boat.partnerId.isEmpty())
                aboard << boat.partnerId;
            boatsToInsert << boat;
            boatWebIds << b.id;
        }
        if (Status s = tournamentStore.insertBoats(boatsToInsert); !s)
            return Status::failure(
                tr("%1 (%2): %3").arg(record.name, record.date.toString(Qt::ISODate), s.error()));
        for (qsizetype i = 0; i < boatsToInsert.size(); ++i) {
            ++summary.boats;
            if (Status s = remember(kBoat, key(boatWebIds.at(i)), boatsToInsert.at(i).id); !s)
                return s;
        }
        if (w.complete && !record.cancelled) {
            if (Status s = tournamentStore.finalize(tournamentId, importActor); !s)
                return s;
            ++summary.finalized;
        }
    }

    // ---- memberships ----
    {
        for (const web::AnglerRow &a : snap.anglers)
            if (a.member && a.duesPaidThrough >= snap.currentSeason && snap.currentSeason > 0 &&
                !adminIds.contains(a.id))
                memberIn[{a.id, snap.currentSeason}] = true;
        for (auto it = memberIn.cbegin(); it != memberIn.cend(); ++it) {
            const QString angler = anglerIds.value(it.key().first);
            const int season = it.key().second;
            const QString webKey = key(it.key().first) + u'/' + QString::number(season);
            if (angler.isEmpty() || seen.value(kMembership).contains(webKey))
                continue;
            auto id = anglerStore.addMembership(angler, season, QDate(season, 1, 1));
            if (!id)
                return Status::failure(id.error());
            if (!id->isEmpty())
                ++summary.memberships;
            if (Status s = remember(kMembership, webKey, id.value()); !s)
                return s;
        }
    }
    progress();

    summary.seasons = QList<int>(seasons.cbegin(), seasons.cend());
    std::sort(summary.seasons.begin(), summary.seasons.end());

    // ---- season rules ----
    {
        auto stored = rulesetStore.rulesets();
        if (!stored)
            return Status::failure(stored.error());
        QSet<int> ruled;
        for (const RulesetRecord &r : stored.value())
            ruled.insert(r.season);
        QList<int> ordered(seasons.cbegin(), seasons.cend());
        std::sort(ordered.begin(), ordered.end());
        for (int season : ordered) {
            if (ruled.contains(season))
                continue;
            const Ruleset rules = season >= 2026 ? Ruleset::sabc2026() : Ruleset::sabc2025();
            auto id = m_store.insert(QStringLiteral("rulesets"),
                                     {{QStringLiteral("season"), season},
                                      {QStringLiteral("name"), rules.name},
                                      {QStringLiteral("settings"),
                                       QString::fromUtf8(rules.toJson())}});
            if (!id)
                return Status::failure(id.error());
            ++summary.rulesets;
            if (Status s = remember(kRuleset, QString::number(season), id.value()); !s)
                return s;
        }
    }
    progress();
    return Status::success();
}
