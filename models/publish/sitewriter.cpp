#include "publish/sitewriter.h"

#include "calendar/calendarstore.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/seasonview.h"
#include "tournaments/tournamentstore.h"
#include "tournaments/weighinstandings.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <functional>

namespace {

// Text for HTML, in element content and in double-quoted attributes.
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QLatin1String("&#39;"));
}

QString clubName(Store &store)
{
    const QString name = store.club().name;
    return name.isEmpty() ? SiteWriter::tr("Bass club") : name;
}

QString longDate(const QDate &date)
{
    //: A date on the site's pages (QDate format: dddd weekday, MMMM month, d day, yyyy year).
    return QLocale().toString(date, SiteWriter::tr("dddd, MMMM d, yyyy"));
}

QString shortDate(const QDate &date)
{
    //: A date in the site's tables (QDate format: ddd weekday, MMM month, d day).
    return QLocale().toString(date, SiteWriter::tr("ddd, MMM d"));
}

QString timeText(const QTime &time)
{
    //: A time of day on the site's pages (QTime format: h hour, mm minutes, AP AM/PM).
    return time.isValid() ? QLocale().toString(time, SiteWriter::tr("h:mm AP")) : QString();
}

QString lb(Weight w)
{
    return w.toString();
}

// A table cell; `cls` "num" right-aligns numbers, "opt" folds the column away on a phone.
struct Cell
{
    QString html; // already escaped
    QString cls;
};

Cell text(const QString &t, const QString &cls = QString())
{
    return {esc(t), cls};
}

Cell num(const QString &t, const QString &extra = QString())
{
    return {esc(t), extra.isEmpty() ? QStringLiteral("num") : QStringLiteral("num ") + extra};
}

Cell link(const QString &href, const QString &t, const QString &cls = QString())
{
    return {QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(t)), cls};
}

QString attr(const QString &cls)
{
    return cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls);
}

QString table(const QString &caption, const QList<Cell> &header, const QList<QList<Cell>> &rows)
{
    QString h = QStringLiteral("<div class=\"scroll\"><table>");
    if (!caption.isEmpty())
        h += QStringLiteral("<caption>%1</caption>").arg(esc(caption));
    h += QStringLiteral("<thead><tr>");
    for (const Cell &c : header)
        h += QStringLiteral("<th scope=\"col\"%1>%2</th>").arg(attr(c.cls), c.html);
    h += QStringLiteral("</tr></thead><tbody>");
    for (const QList<Cell> &row : rows) {
        h += QStringLiteral("<tr>");
        for (const Cell &c : row)
            h += QStringLiteral("<td%1>%2</td>").arg(attr(c.cls), c.html);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table></div>");
}

// A whole page. `root` is the way back to the site's folder ("" or "../").
QString page(const QString &club, const QString &title, const QString &root,
             const QList<QPair<QString, QString>> &nav, const QString &body,
             const QDate &publishedOn)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                               "<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, "
                               "initial-scale=1\">\n"
                               "<title>%2</title>\n"
                               "<link rel=\"stylesheet\" href=\"%3style.css\">\n</head>\n<body>\n")
                    .arg(esc(QLocale().bcp47Name()), esc(SiteWriter::tr("%1 — %2").arg(title, club)),
                         root);
    h += QStringLiteral("<header><a class=\"club\" href=\"%1index.html\">%2</a>").arg(root, esc(club));
    if (!nav.isEmpty()) {
        h += QStringLiteral("<nav>");
        for (const auto &[href, label] : nav)
            h += QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(label));
        h += QStringLiteral("</nav>");
    }
    h += QStringLiteral("</header>\n<main>\n<h1>%1</h1>\n").arg(esc(title));
    h += body;
    h += QStringLiteral("\n</main>\n<footer>%1</footer>\n</body>\n</html>\n")
             .arg(esc(SiteWriter::tr("Published %1 with SABC Tournament Manager.")
                          .arg(longDate(publishedOn))));
    return h;
}

QString para(const QString &t, const QString &cls = QString())
{
    return QStringLiteral("<p%1>%2</p>\n").arg(attr(cls), esc(t));
}

QString heading(const QString &t)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(esc(t));
}

QString placeText(int place)
{
    return place > 0 ? QString::number(place) : QString();
}

QString weightOrBlank(Weight w)
{
    return w.isZero() ? QString() : lb(w);
}

// The state of a tournament in a word.
QString stateText(const TournamentRecord &t, int entries)
{
    if (t.cancelled)
        return SiteWriter::tr("Cancelled");
    if (t.completed)
        return SiteWriter::tr("Final results");
    if (entries > 0)
        return SiteWriter::tr("Provisional results");
    return SiteWriter::tr("Scheduled");
}

// Writes one file whole or not at all.
Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(SiteWriter::tr("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(SiteWriter::tr("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return Status::success();
}

struct TournamentPage
{
    QString file;
    QString html;
};

// The heaviest fish of the day among anglers not disqualified.
struct BigBassOfDay
{
    QStringList names;
    Weight weight;
};

BigBassOfDay bigBassOfDay(const WeighInStandings &s)
{
    BigBassOfDay b;
    for (const ScoredEntry &e : s.result.entries) {
        if (e.status == EntryStatus::Dq || e.bigBass.isZero())
            continue;
        if (e.bigBass > b.weight) {
            b.weight = e.bigBass;
            b.names = {e.anglerName};
        } else if (e.bigBass == b.weight) {
            b.names.append(e.anglerName);
        }
    }
    return b;
}

QString tournamentBody(const TournamentRecord &t, const WeighInStandings &s, int entries)
{
    QString h;
    QStringList where;
    where.append(longDate(t.date));
    if (!t.lakeName.isEmpty())
        where.append(t.rampName.isEmpty() ? t.lakeName
                                          : SiteWriter::tr("%1, %2").arg(t.lakeName, t.rampName));
    where.append(t.format == TournamentFormat::Team ? SiteWriter::tr("team format")
                                                    : SiteWriter::tr("individual format"));
    if (t.paper)
        where.append(SiteWriter::tr("paper tournament"));
    h += para(where.join(QStringLiteral(" · ")), QStringLiteral("muted"));
    QStringList times;
    if (t.startTime.isValid())
        times.append(SiteWriter::tr("Start %1").arg(timeText(t.startTime)));
    if (t.weighInTime.isValid())
        times.append(SiteWriter::tr("weigh-in %1").arg(timeText(t.weighInTime)));
    if (!times.isEmpty())
        h += para(times.join(QStringLiteral(", ")), QStringLiteral("muted"));
    h += QStringLiteral("<p class=\"state\">%1</p>\n").arg(esc(stateText(t, entries)));
    if (t.cancelled || entries == 0)
        return h;

    const BigBassOfDay big = bigBassOfDay(s);
    if (big.names.isEmpty())
        h += QStringLiteral("<p class=\"bigbass\">%1</p>\n")
                 .arg(esc(SiteWriter::tr("Big bass: none weighed.")));
    else
        h += QStringLiteral("<p class=\"bigbass\">%1</p>\n")
                 .arg(esc(SiteWriter::tr("Big bass: %1, %2 lb")
                              .arg(big.names.join(SiteWriter::tr(" & ")), lb(big.weight))));

    if (s.byBoat) {
        QList<QList<Cell>> rows;
        for (const BoatResult &b : s.boats)
            rows.append({num(placeText(b.place)), text(WeighInStandings::boatName(b)),
                         num(QString::number(b.fish)), num(lb(b.weight)),
                         num(weightOrBlank(b.bigBass), QStringLiteral("opt")),
                         text(b.ranked ? QString() : SiteWriter::tr("DQ"), QStringLiteral("opt"))});
        h += heading(SiteWriter::tr("Places"));
        h += table(QString(),
                   {num(SiteWriter::tr("Place")), text(SiteWriter::tr("Boat")),
                    num(SiteWriter::tr("Fish")), num(SiteWriter::tr("Weight lb")),
                    num(SiteWriter::tr("Big bass lb"), QStringLiteral("opt")),
                    text(SiteWriter::tr("Note"), QStringLiteral("opt"))},
                   rows);
        return h;
    }

    const bool points = s.ruleset.awardsPoints();
    QList<QList<Cell>> rows;
    for (const ScoredEntry &e : s.result.entries) {
        // A guest is told on the angler's line, so a phone shows why the points are 0.
        Cell name = text(e.anglerName);
        if (!e.member)
            name.html += QStringLiteral(" <span class=\"tag\">%1</span>")
                             .arg(esc(SiteWriter::tr("guest")));
        QList<Cell> row = {num(placeText(e.place)), name,
                           num(QString::number(e.fish)),
                           num(e.status == EntryStatus::BuyIn ? QString() : lb(e.net)),
                           num(weightOrBlank(e.bigBass), QStringLiteral("opt"))};
        if (points)
            row.append(num(QString::number(e.points)));
        row.append(text(WeighInStandings::statusText(e), QStringLiteral("opt")));
        rows.append(row);
    }
    QList<Cell> header = {num(SiteWriter::tr("Place")), text(SiteWriter::tr("Angler")),
                          num(SiteWriter::tr("Fish")), num(SiteWriter::tr("Net lb")),
                          num(SiteWriter::tr("Big bass lb"), QStringLiteral("opt"))};
    if (points)
        header.append(num(SiteWriter::tr("Points")));
    header.append(text(SiteWriter::tr("Note"), QStringLiteral("opt")));
    h += heading(SiteWriter::tr("Places"));
    h += table(QString(), header, rows);

    if (!s.boats.isEmpty()) {
        QList<QList<Cell>> boats;
        for (const BoatResult &b : s.boats)
            boats.append({num(placeText(b.place)), text(WeighInStandings::boatName(b)),
                          num(QString::number(b.fish)), num(lb(b.weight)),
                          num(weightOrBlank(b.bigBass), QStringLiteral("opt"))});
        h += heading(SiteWriter::tr("Boats"));
        h += table(QString(),
                   {num(SiteWriter::tr("Place")), text(SiteWriter::tr("Boat")),
                    num(SiteWriter::tr("Fish")), num(SiteWriter::tr("Weight lb")),
                    num(SiteWriter::tr("Big bass lb"), QStringLiteral("opt"))},
                   boats);
    }
    return h;
}

Result<WeighInStandings> scoreTournament(Store &store, const TournamentRecord &t,
                                         QList<EntryRecord> &entries)
{
    using R = Result<WeighInStandings>;
    TournamentStore tournaments(store);
    auto e = tournaments.entries(t.id);
    if (!e)
        return R::failure(e.error());
    entries = e.value();
    auto boats = tournaments.boats(t.id);
    if (!boats)
        return R::failure(boats.error());
    auto ruleset = RulesetStore(store).forTournament(t);
    if (!ruleset)
        return R::failure(ruleset.error());
    // No money on the site: the big bass pot carried in does not matter here.
    return WeighInStandings::compute(TournamentStore::input(t, entries, boats.value()),
                                     ruleset.value(), Money());
}

QString seasonBody(const SeasonView &view, const QList<TournamentRecord> &tournaments,
                   const QHash<QString, QString> &pages, const QHash<QString, int> &entryCounts)
{
    QString h;
    QHash<QString, QString> pageOfIndex; // season view's tournament index -> page
    const bool team = view.teamSeason();
    if (team) {
        h += para(SiteWriter::tr("This season is fished as teams: there are no points and no "
                                 "Angler of the Year; the team awards are below."));
    } else {
        h += heading(SiteWriter::tr("Angler of the Year"));
        if (view.isProvisional())
            h += para(SiteWriter::tr("Provisional: the standings count a tournament whose results "
                                     "are not final yet."),
                      QStringLiteral("muted"));
        QList<QList<Cell>> rows;
        for (const StandingRow &r : view.standings.rows)
            rows.append({num(r.rank > 0 ? QString::number(r.rank) : QStringLiteral("–")),
                         text(r.anglerName), num(QString::number(r.points)),
                         num(QString::number(r.events)),
                         num(lb(r.netWeight), QStringLiteral("opt"))});
        if (rows.isEmpty())
            h += para(SiteWriter::tr("No points yet this season."));
        else
            h += table(QString(),
                       {num(SiteWriter::tr("Rank")), text(SiteWriter::tr("Angler")),
                        num(SiteWriter::tr("Points")), num(SiteWriter::tr("Events")),
                        num(SiteWriter::tr("Total weight lb"), QStringLiteral("opt"))},
                       rows);
        if (view.ruleset.bestN > 0 || view.ruleset.minimumEvents > 0)
            h += para(SiteWriter::tr("Best %1 tournaments count; at least %2 events to be ranked.")
                          .arg(view.ruleset.bestN)
                          .arg(view.ruleset.minimumEvents),
                      QStringLiteral("muted"));
    }

    h += heading(SiteWriter::tr("Awards"));
    QList<QList<Cell>> awards;
    for (const Award &a : view.standings.awards) {
        if (a.winners.isEmpty()) {
            awards.append({text(Award::title(a.kind)), text(SiteWriter::tr("not awarded")),
                           num(QString()), text(QString(), QStringLiteral("opt"))});
            continue;
        }
        for (const AwardWinner &w : a.winners) {
            Cell where = text(QString(), QStringLiteral("opt"));
            if (w.tournament >= 0 && w.tournament < view.tournaments.size()) {
                const ScoredTournament &st = view.tournaments.at(w.tournament);
                const QString file = pages.value(st.id);
                where = file.isEmpty() ? text(st.name, QStringLiteral("opt"))
                                       : link(file, st.name, QStringLiteral("opt"));
            }
            awards.append({text(Award::title(a.kind)),
                           text(w.anglerNames.join(SiteWriter::tr(" & "))),
                           num(w.count > 0 ? SiteWriter::tr("%n win(s)", nullptr, w.count)
                                           : SiteWriter::tr("%1 lb").arg(lb(w.weight))),
                           where});
        }
    }
    h += table(QString(),
               {text(SiteWriter::tr("Award")), text(SiteWriter::tr("Winner")),
                num(SiteWriter::tr("Weight / wins")),
                text(SiteWriter::tr("Tournament"), QStringLiteral("opt"))},
               awards);

    h += heading(SiteWriter::tr("Tournaments"));
    QList<QList<Cell>> rows;
    for (const TournamentRecord &t : tournaments)
        rows.append({text(shortDate(t.date), QStringLiteral("nowrap")),
                     link(pages.value(t.id), t.name),
                     text(t.lakeName, QStringLiteral("opt")),
                     text(stateText(t, entryCounts.value(t.id)))});
    if (rows.isEmpty())
        h += para(SiteWriter::tr("No tournaments this season yet."));
    else
        h += table(QString(),
                   {text(SiteWriter::tr("Date")), text(SiteWriter::tr("Tournament")),
                    text(SiteWriter::tr("Lake"), QStringLiteral("opt")),
                    text(SiteWriter::tr("Results"))},
                   rows);
    return h;
}

QString calendarBody(const QList<SiteCalendarItem> &items)
{
    // Three columns, each with its detail on a second line, so a phone shows everything.
    if (items.isEmpty())
        return para(SiteWriter::tr("Nothing is on the calendar for this season yet."));
    auto small = [](const QString &t) {
        return t.isEmpty() ? QString()
                           : QStringLiteral("<br><span class=\"detail\">%1</span>").arg(esc(t));
    };
    QList<QList<Cell>> rows;
    for (const SiteCalendarItem &c : items) {
        QString times = timeText(c.start);
        if (c.end.isValid())
            times = times.isEmpty() ? timeText(c.end)
                                    : SiteWriter::tr("%1 – %2").arg(times, timeText(c.end));
        const Cell title = c.link.isEmpty() ? text(c.title) : link(c.link, c.title);
        rows.append({{esc(shortDate(c.date)) + small(times), QStringLiteral("nowrap")},
                     {title.html + small(c.note), QString()},
                     {esc(c.lake) + small(c.ramp), QString()}});
    }
    return table(QString(),
                 {text(SiteWriter::tr("When")), text(SiteWriter::tr("Event")),
                  text(SiteWriter::tr("Where"))},
                 rows);
}

const QRegularExpression &tournamentFileName()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-\\d+)?\\.html$"));
    return re;
}

} // namespace

QString SiteWriter::styleSheet()
{
    return QStringLiteral(
        ":root { color-scheme: light; }\n"
        "* { box-sizing: border-box; }\n"
        "body { margin: 0; font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, "
        "\"Noto Sans\", sans-serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; "
        "background: #f4f6f8; }\n"
        "header { background: #12405e; color: #fff; padding: 0.6rem 1rem; display: flex; "
        "flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1.2rem; }\n"
        "header a { color: #fff; text-decoration: none; }\n"
        "header a.club { font-weight: 700; font-size: 1.1rem; }\n"
        "header nav { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }\n"
        "header nav a { text-decoration: underline; text-underline-offset: 3px; }\n"
        "main { max-width: 60rem; margin: 0 auto; padding: 0.5rem 1rem 2rem; background: #fff; "
        "min-height: 70vh; }\n"
        "h1 { font-size: 1.6rem; margin: 0.8rem 0 0.3rem; color: #12405e; }\n"
        "h2 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; color: #12405e; "
        "border-bottom: 2px solid #d5dee6; padding-bottom: 0.2rem; }\n"
        "p { margin: 0.3rem 0; }\n"
        ".muted { color: #555; }\n"
        ".state { font-weight: 700; }\n"
        ".bigbass { font-size: 1.05rem; }\n"
        ".tag { font-size: 0.8rem; color: #6b4e00; background: #fff3cd; border-radius: 3px; "
        "padding: 0 0.3rem; white-space: nowrap; }\n"
        ".detail { font-size: 0.85rem; color: #555; }\n"
        "a { color: #0b5c8c; }\n"
        ".scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }\n"
        "table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }\n"
        "caption { text-align: left; font-weight: 700; padding: 0.3rem 0; }\n"
        "th, td { padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; "
        "border-bottom: 1px solid #dde3e8; }\n"
        "th { background: #e6edf3; white-space: nowrap; font-weight: 600; }\n"
        "tbody tr:nth-child(even) { background: #f7f9fb; }\n"
        ".num { text-align: right; white-space: nowrap; }\n"
        ".nowrap { white-space: nowrap; }\n"
        "ul.seasons { list-style: none; padding: 0; }\n"
        "ul.seasons li { margin: 0.4rem 0; }\n"
        "footer { max-width: 60rem; margin: 0 auto; padding: 0.8rem 1rem 1.5rem; "
        "color: #555; font-size: 0.85rem; }\n"
        "@media (max-width: 40rem) {\n"
        "  body { font-size: 15px; }\n"
        "  main { padding: 0.3rem 0.6rem 1.5rem; }\n"
        "  h1 { font-size: 1.35rem; }\n"
        "  th, td { padding: 0.3rem 0.35rem; }\n"
        "  .opt { display: none; }\n"
        "}\n"
        "@media print {\n"
        "  header nav, footer { display: none; }\n"
        "  header { background: none; color: #000; }\n"
        "  header a { color: #000; }\n"
        "  .opt { display: table-cell; }\n"
        "}\n");
}

Result<QList<int>> SiteWriter::seasons(Store &store)
{
    // Seasons with tournaments only (the current season without any has nothing to show).
    auto stored = TournamentStore(store).seasons();
    if (!stored)
        return stored;
    QList<int> list = stored.value();
    std::sort(list.begin(), list.end(), std::greater<>());
    return list;
}

Result<QHash<QString, QString>> SiteWriter::tournamentPages(Store &store, int season)
{
    using R = Result<QHash<QString, QString>>;
    auto list = TournamentStore(store).tournaments(season);
    if (!list)
        return R::failure(list.error());
    QHash<QString, QString> pages;
    QHash<QDate, int> perDay;
    for (const TournamentRecord &t : list.value()) {
        const int n = ++perDay[t.date];
        const QString day = t.date.toString(Qt::ISODate);
        pages.insert(t.id, n == 1 ? day + QStringLiteral(".html")
                                  : QStringLiteral("%1-%2.html").arg(day).arg(n));
    }
    return pages;
}

Result<QList<SiteCalendarItem>> SiteWriter::calendar(Store &store, int season)
{
    using R = Result<QList<SiteCalendarItem>>;
    auto list = TournamentStore(store).tournaments(season);
    if (!list)
        return R::failure(list.error());
    auto pages = tournamentPages(store, season);
    if (!pages)
        return R::failure(pages.error());
    auto counts = TournamentStore(store).entryCounts(season);
    if (!counts)
        return R::failure(counts.error());
    QList<SiteCalendarItem> items;
    for (const TournamentRecord &t : list.value()) {
        SiteCalendarItem c;
        c.date = t.date;
        c.title = t.name;
        c.lake = t.lakeName;
        c.ramp = t.rampName;
        c.start = t.startTime;
        c.end = t.weighInTime;
        c.link = pages->value(t.id);
        const int entries = counts->value(t.id);
        c.note = t.cancelled ? tr("Cancelled")
                             : (t.completed || entries > 0 ? tr("Results") : QString());
        items.append(c);
    }
    // The club's other events of the season (holidays, meetings, the banquet, other clubs'
    // tournaments): no page of their own, their kind as the note; their notes stay unpublished
    // (officers may write anything there).
    auto events = CalendarStore(store).season(season);
    if (!events)
        return R::failure(events.error());
    for (const CalendarEvent &e : events.value()) {
        SiteCalendarItem c;
        c.date = e.date;
        c.title = e.name;
        c.lake = e.lakeName;
        c.start = e.startTime;
        c.end = e.endTime;
        c.note = e.cancelled ? tr("Cancelled") : CalendarStore::kindLabel(e.kind);
        items.append(c);
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const SiteCalendarItem &a, const SiteCalendarItem &b) { return a.date < b.date; });
    return items;
}

Result<PublishedSite> SiteWriter::publish(Store &store, const QString &folder,
                                          const QList<int> &chosen)
{
    using R = Result<PublishedSite>;
    if (folder.trimmed().isEmpty())
        return R::failure(tr("Choose a folder for the site."));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return R::failure(tr("%1 is a file, not a folder; choose a folder for the site.")
                              .arg(QDir::toNativeSeparators(folder)));
    if (!QDir().mkpath(folder))
        return R::failure(tr("Cannot create the folder %1. Check that you may write there.")
                              .arg(QDir::toNativeSeparators(folder)));
    const QDir root(folder);
    if (!QFileInfo(root.absolutePath()).isWritable())
        return R::failure(tr("Cannot write in the folder %1. Check that you may write there.")
                              .arg(QDir::toNativeSeparators(root.absolutePath())));

    auto all = seasons(store);
    if (!all)
        return R::failure(all.error());
    QList<int> toWrite = chosen.isEmpty() ? all.value() : chosen;
    for (int s : std::as_const(toWrite))
        if (!all->contains(s))
            return R::failure(tr("The club has no tournaments in %1.").arg(s));

    PublishedSite site;
    site.folder = root.absolutePath();
    const QString club = clubName(store);
    const QDate today = store.clubTime().today();
    auto write = [&](const QString &relative, const QString &html) -> Status {
        if (Status s = writeFile(root.filePath(relative), html.toUtf8()); !s)
            return s;
        site.files.append(relative);
        return Status::success();
    };

    if (Status s = write(QStringLiteral("style.css"), styleSheet()); !s)
        return R::failure(s.error());

    QHash<int, QString> leaders; // season -> index line
    for (int season : std::as_const(toWrite)) {
        const QString dir = QString::number(season);
        if (!root.mkpath(dir))
            return R::failure(tr("Cannot create the folder %1. Check that you may write there.")
                                  .arg(QDir::toNativeSeparators(root.filePath(dir))));
        auto view = SeasonViewLoader::load(store, season);
        if (!view)
            return R::failure(view.error());
        auto list = TournamentStore(store).tournaments(season);
        if (!list)
            return R::failure(list.error());
        auto pages = tournamentPages(store, season);
        if (!pages)
            return R::failure(pages.error());
        auto counts = TournamentStore(store).entryCounts(season);
        if (!counts)
            return R::failure(counts.error());
        const QString seasonTitle = tr("Season %1").arg(season);
        const QList<QPair<QString, QString>> nav = {
            {QStringLiteral("../index.html"), tr("Seasons")},
            {QStringLiteral("index.html"), tr("Standings")},
            {QStringLiteral("calendar.html"), tr("Calendar")}};

        QStringList written;
        for (const TournamentRecord &t : list.value()) {
            QList<EntryRecord> entries;
            auto scored = scoreTournament(store, t, entries);
            if (!scored)
                return R::failure(scored.error());
            const QString file = pages->value(t.id);
            const QString html =
                page(club, t.name, QStringLiteral("../"), nav,
                     tournamentBody(t, scored.value(), int(entries.size())), today);
            if (Status s = write(dir + u'/' + file, html); !s)
                return R::failure(s.error());
            written.append(file);
            ++site.tournaments;
        }
        auto cal = calendar(store, season);
        if (!cal)
            return R::failure(cal.error());
        if (Status s = write(dir + QStringLiteral("/calendar.html"),
                             page(club, tr("Calendar %1").arg(season), QStringLiteral("../"), nav,
                                  calendarBody(cal.value()), today));
            !s)
            return R::failure(s.error());
        if (Status s = write(dir + QStringLiteral("/index.html"),
                             page(club, seasonTitle, QStringLiteral("../"), nav,
                                  seasonBody(view.value(), list.value(), pages.value(),
                                             counts.value()),
                                  today));
            !s)
            return R::failure(s.error());
        // Pages of tournaments that are gone (deleted, moved to another day).
        const QDir seasonDir(root.filePath(dir));
        for (const QString &old : seasonDir.entryList({QStringLiteral("*.html")}, QDir::Files))
            if (tournamentFileName().match(old).hasMatch() && !written.contains(old))
                QFile::remove(seasonDir.filePath(old));
        site.seasons.append(season);
    }

    // The index lists every season whose pages are in the folder.
    QList<QList<Cell>> rows;
    for (int season : all.value()) {
        if (!QFileInfo::exists(root.filePath(QStringLiteral("%1/index.html").arg(season))))
            continue;
        auto view = SeasonViewLoader::load(store, season);
        if (!view)
            return R::failure(view.error());
        QString leader;
        if (view->teamSeason()) {
            leader = tr("team season");
        } else {
            QStringList first;
            for (const StandingRow &r : view->standings.rows)
                if (r.rank == 1)
                    first.append(r.anglerName);
            leader = first.join(tr(" & "));
        }
        int fished = 0;
        for (const ScoredTournament &t : view->tournaments)
            if (!t.cancelled && !t.result.entries.isEmpty())
                ++fished;
        rows.append({link(QStringLiteral("%1/index.html").arg(season), QString::number(season)),
                     num(QString::number(fished), QStringLiteral("opt")), text(leader),
                     link(QStringLiteral("%1/calendar.html").arg(season), tr("Calendar"),
                          QStringLiteral("opt"))});
    }
    QString body = heading(tr("Seasons"));
    body += rows.isEmpty()
                ? para(tr("No season has been published yet."))
                : table(QString(),
                        {text(tr("Season")), num(tr("Tournaments fished"), QStringLiteral("opt")),
                         text(tr("Angler of the Year")),
                         text(tr("Calendar"), QStringLiteral("opt"))},
                        rows);
    if (Status s = write(QStringLiteral("index.html"),
                         page(club, tr("Results"), QString(), {}, body, today));
        !s)
        return R::failure(s.error());
    return site;
}
