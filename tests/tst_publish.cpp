// The published results site (SiteWriter): the pages of the demo club and of a hand-made club
// with hostile names (escaped everywhere), the standings in the engine's order, no contact data in
// any file, no script, every relative link leading to a written file, a second publish of one
// season keeping the others, and a folder that cannot be written reported as such.
#include "demo/democlub.h"
#include "publish/sitewriter.h"
#include "store/store.h"
#include "tournaments/seasonview.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestPublish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoSiteHasEveryPage();
    void demoStandingsInOrder();
    void noPersonalDataNoScript();
    void linksResolve();
    void handMadeClubIsEscaped();
    void oneSeasonKeepsTheOthers();
    void unwritableFolder();

private:
    static QString read(const QString &path);
    // Every file of the site, relative to its folder.
    static QStringList files(const QString &folder);
    // Links that do not resolve to a file of the site (or are not relative), as "page: link".
    static QStringList brokenLinks(const QString &folder);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_demo;
    QString m_site;
};

void TestPublish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The dates and times the pages show, whatever the machine's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_demo = std::move(opened).value();
    QVERIFY(DemoClub::create(*m_demo, QDate(2026, 8, 30)).ok());
    m_site = m_dir.filePath(QStringLiteral("site"));
    auto site = SiteWriter::publish(*m_demo, m_site);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->seasons, (QList<int>{2026, 2025}));
}

QString TestPublish::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QStringList TestPublish::files(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(folder).relativeFilePath(it.next()));
    out.sort();
    return out;
}

QStringList TestPublish::brokenLinks(const QString &folder)
{
    static const QRegularExpression attr(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    QStringList broken;
    const QDir root(folder);
    for (const QString &file : files(folder)) {
        if (!file.endsWith(QLatin1String(".html")))
            continue;
        const QString html = read(root.filePath(file));
        const QDir here = QFileInfo(root.filePath(file)).dir();
        auto it = attr.globalMatch(html);
        while (it.hasNext()) {
            const QString target = it.next().captured(1);
            // Relative only: no scheme, no host, no absolute path, nothing outside the folder.
            const QString resolved = QDir::cleanPath(here.filePath(target));
            if (target.isEmpty() || target.contains(u':') || target.startsWith(u'/') ||
                !QFileInfo(resolved).isFile() ||
                root.relativeFilePath(resolved).startsWith(QLatin1String("..")))
                broken.append(file + QStringLiteral(": ") + target);
        }
    }
    return broken;
}

void TestPublish::demoSiteHasEveryPage()
{
    const QStringList all = files(m_site);
    for (const QString &f : {QStringLiteral("index.html"), QStringLiteral("style.css"),
                             QStringLiteral("2025/index.html"), QStringLiteral("2025/calendar.html"),
                             QStringLiteral("2026/index.html"), QStringLiteral("2026/calendar.html")})
        QVERIFY2(all.contains(f), qPrintable(f));
    // One page per tournament, named by its day.
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT season, event_date, name FROM tournaments WHERE deleted = 0 ORDER BY event_date")));
    int count = 0;
    while (q.next()) {
        const QString page = QStringLiteral("%1/%2.html")
                                 .arg(q.value(0).toInt())
                                 .arg(q.value(1).toString());
        QVERIFY2(all.contains(page), qPrintable(page));
        QVERIFY(read(QDir(m_site).filePath(page)).contains(q.value(2).toString().toHtmlEscaped()));
        ++count;
    }
    QCOMPARE(count, 20);
    QCOMPARE(all.size(), count + 6);
    // Every page is HTML5 for phones, with the one style sheet.
    for (const QString &f : all) {
        if (!f.endsWith(QLatin1String(".html")))
            continue;
        const QString html = read(QDir(m_site).filePath(f));
        QVERIFY2(html.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(f));
        QVERIFY2(html.contains(QLatin1String("name=\"viewport\"")), qPrintable(f));
        QVERIFY2(html.contains(QLatin1String("style.css\">")), qPrintable(f));
    }
    // A finished tournament page: places with points, the big bass of the day.
    const QString april = read(QDir(m_site).filePath(QStringLiteral("2025/2025-04-27.html")));
    QVERIFY(april.contains(QLatin1String("Final results")));
    QVERIFY(april.contains(QLatin1String("Big bass: ")));
    QVERIFY(april.contains(QLatin1String(">100</td>")));
    // The calendar: lake, ramp and times of each tournament.
    const QString calendar = read(QDir(m_site).filePath(QStringLiteral("2026/calendar.html")));
    QVERIFY(calendar.contains(QStringLiteral("6:30 AM – 2:30 PM")));
    QCOMPARE(calendar.count(QLatin1String("<tr>")), 1 + 10);
}

void TestPublish::demoStandingsInOrder()
{
    for (int season : {2025, 2026}) {
        auto view = SeasonViewLoader::load(*m_demo, season);
        QVERIFY2(view.ok(), qPrintable(view.error()));
        QVERIFY(view->standings.rows.size() > 5);
        const QString html =
            read(QDir(m_site).filePath(QStringLiteral("%1/index.html").arg(season)));
        qsizetype at = html.indexOf(QLatin1String("Angler of the Year"));
        QVERIFY(at > 0);
        // Each angler's row (rank, name, points) after the one before it.
        for (const StandingRow &r : view->standings.rows) {
            const QString row =
                QStringLiteral("<td class=\"num\">%1</td><td>%2</td><td class=\"num\">%3</td>")
                    .arg(r.rank > 0 ? QString::number(r.rank) : QStringLiteral("–"),
                         r.anglerName.toHtmlEscaped())
                    .arg(r.points);
            const qsizetype next = html.indexOf(row, at);
            QVERIFY2(next > at, qPrintable(row));
            at = next;
        }
        // The awards the standings report gives.
        for (const Award &a : view->standings.awards)
            QVERIFY(html.contains(Award::title(a.kind).toHtmlEscaped()));
        const QString index = read(QDir(m_site).filePath(QStringLiteral("index.html")));
        QVERIFY(index.contains(view->standings.rows.first().anglerName.toHtmlEscaped()));
    }
}

void TestPublish::noPersonalDataNoScript()
{
    QSqlQuery q(m_demo->database());
    QVERIFY(q.exec(QStringLiteral("SELECT email, phone, notes FROM anglers")));
    QStringList secrets;
    while (q.next())
        for (int i = 0; i < 3; ++i)
            if (q.value(i).toString().trimmed().size() > 3)
                secrets.append(q.value(i).toString().trimmed());
    QVERIFY(secrets.size() > 10); // the demo club has contact data to keep out
    static const QRegularExpression phone(QStringLiteral("\\(\\d{3}\\) \\d{3}-\\d{4}"));
    for (const QString &f : files(m_site)) {
        const QString content = read(QDir(m_site).filePath(f));
        if (!f.endsWith(QLatin1String(".css"))) // (CSS has its @media rules)
            QVERIFY2(!content.contains(u'@'), qPrintable(f));
        QVERIFY2(!phone.match(content).hasMatch(), qPrintable(f));
        for (const QString &s : std::as_const(secrets))
            QVERIFY2(!content.contains(s) && !content.contains(s.toHtmlEscaped()),
                     qPrintable(f + QStringLiteral(": ") + s));
        QVERIFY2(!content.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(f));
        QVERIFY2(!content.contains(QLatin1String("dues"), Qt::CaseInsensitive), qPrintable(f));
        QVERIFY2(!content.contains(u'$'), qPrintable(f)); // no money
    }
}

void TestPublish::linksResolve()
{
    QCOMPARE(brokenLinks(m_site), QStringList());
    // The links are there to check: each season page reaches its tournaments and calendar.
    const QString season = read(QDir(m_site).filePath(QStringLiteral("2025/index.html")));
    QCOMPARE(season.count(QLatin1String("href=\"2025-")), 10 + 2); // + awards' tournaments
    QVERIFY(season.contains(QLatin1String("href=\"calendar.html\"")));
    QVERIFY(season.contains(QLatin1String("href=\"../index.html\"")));
    // A copy of the folder elsewhere works the same.
    const QString copy = m_dir.filePath(QStringLiteral("elsewhere/deeper/site"));
    QVERIFY(QDir().mkpath(copy + QStringLiteral("/2025")));
    QVERIFY(QDir().mkpath(copy + QStringLiteral("/2026")));
    for (const QString &f : files(m_site))
        QVERIFY(QFile::copy(QDir(m_site).filePath(f), QDir(copy).filePath(f)));
    QCOMPARE(brokenLinks(copy), QStringList());
}

void TestPublish::handMadeClubIsEscaped()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("hand.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Store &store = *opened.value();
    QVERIFY(store.createClub(QStringLiteral("<i>Bass</i> & \"Co\""), "America/Chicago").ok());
    auto insert = [&](const QString &table, const QVariantMap &values) {
        auto id = store.insert(table, values);
        if (!id.ok())
            qWarning("%s", qPrintable(id.error()));
        return id.ok() ? id.value() : QString();
    };
    const QString hostile = QStringLiteral("<script>alert('x')</script>");
    const QString bold = QStringLiteral("<b>Bob</b> O'Neil & Sons");
    const QString plain = QStringLiteral("Ann Lee");
    const QString guest = QStringLiteral("Gus \"Guest\"");
    const QString a = insert(QStringLiteral("anglers"),
                             {{QStringLiteral("full_name"), hostile},
                              {QStringLiteral("email"), QStringLiteral("secret@example.org")},
                              {QStringLiteral("phone"), QStringLiteral("(512) 555-0199")}});
    const QString b = insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), bold}});
    const QString c = insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), plain}});
    const QString g = insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), guest}});
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !g.isEmpty());
    const QString lake = insert(QStringLiteral("lakes"), {{QStringLiteral("key"), QStringLiteral("x")},
                                                          {QStringLiteral("name"),
                                                           QStringLiteral("Lake <Travis>")}});
    QVERIFY(!lake.isEmpty());
    const QString t1 = insert(QStringLiteral("tournaments"),
                              {{QStringLiteral("season"), 2024},
                               {QStringLiteral("event_date"), QStringLiteral("2024-03-24")},
                               {QStringLiteral("name"), QStringLiteral("Spring <Classic> & Co")},
                               {QStringLiteral("lake_id"), lake},
                               {QStringLiteral("start_time"), QStringLiteral("06:45")},
                               {QStringLiteral("weigh_in_time"), QStringLiteral("15:00")}});
    const QString t2 = insert(QStringLiteral("tournaments"),
                              {{QStringLiteral("season"), 2024},
                               {QStringLiteral("event_date"), QStringLiteral("2024-04-28")},
                               {QStringLiteral("name"), QStringLiteral("April")}});
    const QString t3 = insert(QStringLiteral("tournaments"),
                              {{QStringLiteral("season"), 2024},
                               {QStringLiteral("event_date"), QStringLiteral("2024-05-26")},
                               {QStringLiteral("name"), QStringLiteral("Gone")}});
    QVERIFY(!t1.isEmpty() && !t2.isEmpty() && !t3.isEmpty());
    // A club event of the season (not a tournament): on the calendar, escaped, notes unpublished.
    QVERIFY(!insert(QStringLiteral("calendar_events"),
                    {{QStringLiteral("event_date"), QStringLiteral("2024-06-08")},
                     {QStringLiteral("kind"), QStringLiteral("banquet")},
                     {QStringLiteral("name"), QStringLiteral("<Banquet> & awards")},
                     {QStringLiteral("start_time"), QStringLiteral("18:00")},
                     {QStringLiteral("notes"), QStringLiteral("call bob@example.com")}})
                 .isEmpty());
    int at = 0;
    auto entry = [&](const QString &t, const QString &angler, int fish, int gross, int big,
                     bool member = true) {
        return !insert(QStringLiteral("entries"),
                       {{QStringLiteral("tournament_id"), t},
                        {QStringLiteral("angler_id"), angler},
                        {QStringLiteral("fish"), fish},
                        {QStringLiteral("gross_weight"), gross},
                        {QStringLiteral("big_bass"), big},
                        {QStringLiteral("was_member"), member ? 1 : 0},
                        {QStringLiteral("entered_at"), ++at}})
                    .isEmpty();
    };
    // March: bold 1st (100), hostile 2nd (99), the guest heaviest but no points, Ann a zero.
    QVERIFY(entry(t1, b, 5, 1500, 620));
    QVERIFY(entry(t1, a, 5, 1200, 400));
    QVERIFY(entry(t1, g, 5, 1800, 700, false));
    QVERIFY(entry(t1, c, 0, 0, 0));
    // April: Ann 1st (100), bold 2nd (99), hostile 3rd (98).
    QVERIFY(entry(t2, c, 5, 1300, 300));
    QVERIFY(entry(t2, b, 4, 1000, 300));
    QVERIFY(entry(t2, a, 3, 800, 300));
    // Totals: bold 199; hostile 197 and Ann 197 (a zero after the last member with fish: 97, then
    // 100): one win each between them, hostile ahead on total weight.

    const QString folder = m_dir.filePath(QStringLiteral("hand-site"));
    auto site = SiteWriter::publish(store, folder);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->seasons, QList<int>{2024});
    QCOMPARE(site->tournaments, 3);

    // A tournament deleted after publishing loses its page at the next publish.
    QVERIFY(store.remove(QStringLiteral("tournaments"), t3).ok());
    site = SiteWriter::publish(store, folder);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->tournaments, 2);
    QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("2024/2024-05-26.html"))));
    QCOMPARE(brokenLinks(folder), QStringList());

    for (const QString &f : files(folder)) {
        const QString html = read(QDir(folder).filePath(f));
        for (const QString &raw : {hostile, bold, guest, QStringLiteral("<i>Bass</i>"),
                                   QStringLiteral("<Classic>"), QStringLiteral("<Travis>")})
            QVERIFY2(!html.contains(raw), qPrintable(f + QStringLiteral(": ") + raw));
        QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(f));
        QVERIFY2(!html.contains(QLatin1String("secret")), qPrintable(f));
        QVERIFY2(!html.contains(QLatin1String("555-0199")), qPrintable(f));
        if (f.endsWith(QLatin1String(".html")))
            QVERIFY2(html.contains(QLatin1String("&lt;i&gt;Bass&lt;/i&gt; &amp; &quot;Co&quot;")),
                     qPrintable(f));
    }
    const QString season = read(QDir(folder).filePath(QStringLiteral("2024/index.html")));
    const QString boldEsc = QStringLiteral("&lt;b&gt;Bob&lt;/b&gt; O&#39;Neil &amp; Sons");
    const QString hostileEsc =
        QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    // Standings: bold 199, then hostile and Ann on 197 (head to head 1-1, hostile heavier);
    // the guest has none.
    const QString row = QStringLiteral("<td class=\"num\">%1</td><td>%2</td><td class=\"num\">%3</td>");
    const qsizetype first = season.indexOf(row.arg(QStringLiteral("1"), boldEsc, QStringLiteral("199")));
    const qsizetype second =
        season.indexOf(row.arg(QStringLiteral("2"), hostileEsc, QStringLiteral("197")));
    const qsizetype third = season.indexOf(row.arg(QStringLiteral("3"), plain, QStringLiteral("197")));
    QVERIFY(first > 0);
    QVERIFY(second > first);
    QVERIFY(third > second);
    QVERIFY(!season.contains(QLatin1String("Gus &quot;Guest&quot;</td><td class=\"num\"")));
    QVERIFY(season.contains(QLatin1String("Spring &lt;Classic&gt; &amp; Co")));

    const QString march = read(QDir(folder).filePath(QStringLiteral("2024/2024-03-24.html")));
    QVERIFY(march.contains(QLatin1String("Gus &quot;Guest&quot; <span class=\"tag\">guest</span>")));
    QVERIFY(march.contains(QLatin1String("Big bass: Gus &quot;Guest&quot;, 7.00 lb")));
    QVERIFY(march.contains(QLatin1String("Lake &lt;Travis&gt;")));
    QVERIFY(march.contains(QLatin1String("Start 6:45 AM, weigh-in 3:00 PM")));
    QVERIFY(march.contains(QStringLiteral("<td>%1</td><td class=\"num\">5</td><td "
                                          "class=\"num\">15.00</td>")
                               .arg(boldEsc)));
    const QString calendar = read(QDir(folder).filePath(QStringLiteral("2024/calendar.html")));
    QVERIFY(calendar.contains(QLatin1String("Lake &lt;Travis&gt;")));
    QVERIFY(calendar.contains(QStringLiteral("6:45 AM – 3:00 PM")));
    QVERIFY(calendar.contains(QLatin1String("&lt;Banquet&gt; &amp; awards")));
    QVERIFY(calendar.contains(QStringLiteral("6:00 PM")));
    QVERIFY(!calendar.contains(QLatin1String("bob@example.com")));
    QVERIFY(calendar.indexOf(QLatin1String("April")) < calendar.indexOf(QLatin1String("Banquet")));
}

void TestPublish::oneSeasonKeepsTheOthers()
{
    const QString folder = m_dir.filePath(QStringLiteral("one-season"));
    auto site = SiteWriter::publish(*m_demo, folder, {2025});
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->seasons, QList<int>{2025});
    QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("2026/index.html"))));
    // The index links only what the folder holds.
    QCOMPARE(brokenLinks(folder), QStringList());
    QVERIFY(!read(QDir(folder).filePath(QStringLiteral("index.html")))
                 .contains(QLatin1String("2026/index.html")));
    site = SiteWriter::publish(*m_demo, folder, {2026});
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("2025/index.html"))));
    const QString index = read(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(index.contains(QLatin1String("2026/index.html")));
    QVERIFY(index.contains(QLatin1String("2025/index.html")));
    QCOMPARE(brokenLinks(folder), QStringList());

    auto none = SiteWriter::publish(*m_demo, folder, {1999});
    QVERIFY(!none.ok());
    QVERIFY(none.error().contains(QLatin1String("1999")));
}

void TestPublish::unwritableFolder()
{
    // A folder where a file is (even root cannot create it).
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto onFile = SiteWriter::publish(*m_demo, file);
    QVERIFY(!onFile.ok());
    QVERIFY2(onFile.error().contains(QLatin1String("is a file, not a folder")),
             qPrintable(onFile.error()));
    onFile = SiteWriter::publish(*m_demo, file + QStringLiteral("/site"));
    QVERIFY(!onFile.ok());
    QVERIFY2(onFile.error().contains(QLatin1String("Cannot create the folder")),
             qPrintable(onFile.error()));
    QCOMPARE(QFileInfo(file).size(), 0);
    if (::geteuid() == 0)
        QSKIP("root may write in a read-only folder");
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    auto site = SiteWriter::publish(*m_demo, locked + QStringLiteral("/site"));
    QVERIFY(!site.ok());
    QVERIFY2(site.error().contains(QLatin1String("Cannot create the folder")),
             qPrintable(site.error()));
    site = SiteWriter::publish(*m_demo, locked);
    QVERIFY(!site.ok());
    QVERIFY2(site.error().contains(QLatin1String("Cannot write")), qPrintable(site.error()));
    QCOMPARE(QDir(locked).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
