#include "ui/live/leaderboarddisplay.h"

#include "store/store.h"
#include "store/storewatcher.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScreen>

#include <algorithm>

namespace {
const QColor background(0, 0, 0);
const QColor foreground(255, 255, 255);
const QColor accent(255, 213, 79); // headings, first place
const QColor muted(176, 190, 197); // column heads, notes
const QColor band(16, 42, 67);     // header band
const QColor stripe(22, 22, 22);   // every other row
constexpr int cycleMs = 10000;
} // namespace

LeaderboardDisplay::LeaderboardDisplay(std::function<Store *()> store, QWidget *parent)
    : QWidget(parent, Qt::Window), m_storeGetter(std::move(store))
{
    setWindowTitle(tr("Leaderboard Display"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    m_watcher = new StoreWatcher({QStringLiteral("entries"), QStringLiteral("paper_fish"),
                                  QStringLiteral("boats"), QStringLiteral("anglers"),
                                  QStringLiteral("tournaments")},
                                 this);
    connect(m_watcher, &StoreWatcher::changed, this, &LeaderboardDisplay::reload);
    m_cycle.setInterval(cycleMs);
    connect(&m_cycle, &QTimer::timeout, this, [this] {
        if (!m_paused && m_pages.size() > 1)
            setPage((m_page + 1) % int(m_pages.size()));
    });
    m_cycle.start();
    // Other programs writing the file (a second laptop's sync, `sabc` commands).
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &LeaderboardDisplay::checkForChanges);
    m_poll.start();
    reload();
}

void LeaderboardDisplay::showOnScreen(QWidget *besides)
{
    QScreen *target = besides ? besides->screen() : QGuiApplication::primaryScreen();
    const auto screens = QGuiApplication::screens();
    for (QScreen *s : screens)
        if (besides && s != besides->screen()) {
            target = s;
            break;
        }
    if (target)
        setGeometry(target->geometry());
    showFullScreen();
    raise();
    activateWindow();
}

void LeaderboardDisplay::checkForChanges()
{
    if (!m_store || m_store != m_storeGetter()) {
        reload();
        return;
    }
    const qint64 version = m_store->dataVersion();
    if (version != m_dataVersion)
        reload();
}

void LeaderboardDisplay::reload()
{
    Store *store = m_storeGetter();
    if (store != m_store) {
        m_store = store;
        m_watcher->setStore(store);
    }
    m_error.clear();
    if (!m_store || !m_store->hasClub()) {
        m_board = LiveBoard();
    } else {
        m_dataVersion = m_store->dataVersion();
        auto board = LiveBoard::load(*m_store);
        if (board)
            m_board = board.value();
        else
            m_error = board.error();
    }
    paginate();
    update();
}

int LeaderboardDisplay::rowHeight() const
{
    // Sixteen rows on the screen's height: readable from the back of the crowd.
    return std::max(24, height() / 16);
}

int LeaderboardDisplay::rowsPerPage() const
{
    // The header band takes two rows, the page title and column heads one each, the footer one.
    return std::max(1, (height() - 5 * rowHeight()) / rowHeight());
}

void LeaderboardDisplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    paginate();
}

void LeaderboardDisplay::paginate()
{
    const int per = rowsPerPage();
    QList<Page> pages;
    auto add = [&](Kind kind, int rows) {
        for (int first = 0; first < rows || (first == 0 && rows == 0); first += per) {
            pages.append({kind, first, std::min(per, rows - first)});
            if (rows == 0)
                break;
        }
    };
    if (m_board.hasTournament) {
        add(Kind::Places, int(m_board.standings.result.entries.size()));
        bool teams = false;
        for (const BoatResult &b : m_board.standings.boats)
            teams = teams || b.anglerIds.size() > 1;
        if (teams)
            add(Kind::Boats, int(m_board.standings.boats.size()));
        if (!m_board.bigBassAnglers().isEmpty() || m_board.tournament.completed)
            pages.append({Kind::BigBass, 0, 0});
    }
    if (!m_board.seasonStandings.rows.isEmpty())
        add(Kind::Standings, int(m_board.seasonStandings.rows.size()));
    const Page current = m_page < m_pages.size() ? m_pages.at(m_page) : Page{Kind::Places};
    m_pages = pages;
    // Stay on the same kind of page when the rows move.
    m_page = 0;
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).kind == current.kind && m_pages.at(i).first == current.first) {
            m_page = i;
            break;
        }
}

void LeaderboardDisplay::setPage(int page)
{
    if (m_pages.isEmpty())
        return;
    m_page = (page % int(m_pages.size()) + int(m_pages.size())) % int(m_pages.size());
    update();
}

void LeaderboardDisplay::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Q:
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        setPage(m_page + 1);
        m_cycle.start(); // a full turn on the page chosen
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        setPage(m_page - 1);
        m_cycle.start();
        return;
    case Qt::Key_Space:
        m_paused = !m_paused;
        update();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void LeaderboardDisplay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), background);
    const int rh = rowHeight();
    const int margin = rh / 2;
    const int w = width();
    QFont base = font();
    base.setPixelSize(int(rh * 0.55));
    QFont bold = base;
    bold.setBold(true);
    QFont title = bold;
    title.setPixelSize(int(rh * 0.85));
    QFont small = base;
    small.setPixelSize(int(rh * 0.4));
    const QLocale locale;

    // Header band: the tournament, where and when, its state and the big bass of the day.
    p.fillRect(QRect(0, 0, w, 2 * rh), band);
    p.setPen(foreground);
    p.setFont(title);
    const QString name = m_board.hasTournament ? m_board.tournament.name : tr("Leaderboard");
    p.drawText(QRect(margin, 0, w * 2 / 3, int(rh * 1.2)), Qt::AlignLeft | Qt::AlignBottom,
               p.fontMetrics().elidedText(name, Qt::ElideRight, w * 2 / 3));
    p.setFont(base);
    p.setPen(muted);
    if (m_board.hasTournament) {
        const QString where =
            QStringList({m_board.tournament.lakeName,
                         locale.toString(m_board.tournament.date, QLocale::LongFormat)})
                .filter(QRegularExpression(QStringLiteral(".")))
                .join(QStringLiteral(" · "));
        // Where and when on the left half, the big bass on the right half: neither overlaps.
        const int half = w / 2 - margin - rh / 2;
        p.drawText(QRect(margin, int(rh * 1.2), half, int(rh * 0.8)), Qt::AlignLeft | Qt::AlignTop,
                   p.fontMetrics().elidedText(where, Qt::ElideRight, half));
        p.setFont(bold);
        p.setPen(accent);
        p.drawText(QRect(w / 3, 0, w * 2 / 3 - margin, int(rh * 1.2)),
                   Qt::AlignRight | Qt::AlignBottom, m_board.stateText());
        const QStringList big = m_board.bigBassAnglers();
        if (!big.isEmpty()) {
            p.setFont(base);
            p.setPen(foreground);
            const QString text =
                tr("Big bass: %1, %2 lb")
                    .arg(big.join(QStringLiteral(" & ")), m_board.bigBassWeight().toString(locale));
            p.drawText(QRect(w - margin - half, int(rh * 1.2), half, int(rh * 0.8)),
                       Qt::AlignRight | Qt::AlignTop,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, half));
        }
    }

    int y = 2 * rh + rh / 4;
    if (!m_error.isEmpty() || m_pages.isEmpty()) {
        p.setFont(title);
        p.setPen(foreground);
        p.drawText(rect().adjusted(margin, 2 * rh, -margin, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   !m_error.isEmpty() ? m_error : tr("No tournament to show yet."));
        return;
    }
    const Page page = m_pages.at(std::min(m_page, int(m_pages.size()) - 1));

    // Columns: x positions as fractions of the width, right-aligned numbers.
    struct Column
    {
        QString head;
        double left;
        double right;
        Qt::Alignment align;
    };
    QList<Column> columns;
    QString pageTitle;
    QList<QStringList> rows;
    QList<bool> firstPlace;
    const bool points = m_board.standings.ruleset.awardsPoints();
    switch (page.kind) {
    case Kind::Places: {
        pageTitle = tr("Leaderboard");
        columns = {{tr("Place"), 0.00, 0.08, Qt::AlignRight},
                   {tr("Angler"), 0.11, 0.52, Qt::AlignLeft},
                   {tr("Fish"), 0.52, 0.62, Qt::AlignRight},
                   {tr("Net lb"), 0.62, 0.76, Qt::AlignRight},
                   {tr("Big bass"), 0.76, 0.89, Qt::AlignRight},
                   {points ? tr("Points") : QString(), 0.89, 1.00, Qt::AlignRight}};
        const auto &entries = m_board.standings.result.entries;
        for (int i = page.first; i < page.first + page.count && i < entries.size(); ++i) {
            const ScoredEntry &e = entries.at(i);
            const QString status = WeighInStandings::statusText(e);
            rows.append({e.place > 0 ? QString::number(e.place) : QString(),
                         status.isEmpty() ? e.anglerName : tr("%1 (%2)").arg(e.anglerName, status),
                         QString::number(e.fish), e.net.toString(locale),
                         e.bigBass.isZero() ? QString() : e.bigBass.toString(locale),
                         points ? QString::number(e.points) : QString()});
            firstPlace.append(e.place == 1);
        }
        if (entries.isEmpty())
            rows.append(
                {QString(), tr("No weigh-ins yet."), QString(), QString(), QString(), QString()});
        break;
    }
    case Kind::Boats: {
        pageTitle = tr("Boats");
        columns = {{tr("Place"), 0.00, 0.08, Qt::AlignRight},
                   {tr("Boat"), 0.11, 0.62, Qt::AlignLeft},
                   {tr("Fish"), 0.62, 0.72, Qt::AlignRight},
                   {tr("Weight lb"), 0.72, 0.87, Qt::AlignRight},
                   {tr("Big bass"), 0.87, 1.00, Qt::AlignRight}};
        const auto &boats = m_board.standings.boats;
        for (int i = page.first; i < page.first + page.count && i < boats.size(); ++i) {
            const BoatResult &b = boats.at(i);
            rows.append({b.place > 0 ? QString::number(b.place) : QString(),
                         WeighInStandings::boatName(b), QString::number(b.fish),
                         b.weight.toString(locale),
                         b.bigBass.isZero() ? QString() : b.bigBass.toString(locale)});
            firstPlace.append(b.place == 1);
        }
        break;
    }
    case Kind::BigBass: {
        pageTitle = m_board.tournament.completed ? tr("Big bass and payouts") : tr("Big bass");
        columns = {{tr("Place"), 0.00, 0.08, Qt::AlignRight},
                   {tr("Angler"), 0.11, 0.80, Qt::AlignLeft},
                   {m_board.tournament.completed ? tr("Weight / payout") : tr("Weight"), 0.80, 1.00,
                    Qt::AlignRight}};
        // The biggest fish of the day, heaviest first (places shared on equal weight).
        QList<const ScoredEntry *> fish;
        for (const ScoredEntry &e : m_board.standings.result.entries)
            if (e.status != EntryStatus::Dq && !e.bigBass.isZero())
                fish.append(&e);
        std::stable_sort(fish.begin(), fish.end(), [](const ScoredEntry *a, const ScoredEntry *b) {
            return a->bigBass > b->bigBass;
        });
        int payoutRows = 0;
        if (m_board.tournament.completed)
            payoutRows = int(m_board.standings.payouts.places.size() +
                             m_board.standings.payouts.bigBass.size());
        const int fishRows = std::max(3, rowsPerPage() - payoutRows);
        for (int i = 0; i < fish.size() && i < fishRows; ++i) {
            int place = i + 1;
            while (place > 1 && fish.at(place - 2)->bigBass == fish.at(i)->bigBass)
                --place;
            rows.append({QString::number(place), fish.at(i)->anglerName,
                         tr("%1 lb").arg(fish.at(i)->bigBass.toString(locale))});
            firstPlace.append(place == 1);
        }
        if (m_board.tournament.completed) {
            const auto &payouts = m_board.standings.payouts;
            for (const PlacePayout &pp : payouts.places) {
                QString crew;
                for (const BoatResult &b : m_board.standings.boats)
                    if (b.boatId == pp.boatId)
                        crew = WeighInStandings::boatName(b);
                rows.append({QString::number(pp.place), tr("%1 (place money)").arg(crew),
                             pp.amount.toString()});
                firstPlace.append(false);
            }
            for (const BigBassPayout &bb : payouts.bigBass) {
                QStringList crew;
                for (const QString &id : bb.anglerIds)
                    if (const ScoredEntry *e = m_board.standings.result.find(id))
                        crew.append(e->anglerName);
                rows.append({tr("BB"), tr("%1 (big bass)").arg(crew.join(QStringLiteral(" & "))),
                             bb.amount.toString()});
                firstPlace.append(false);
            }
        }
        break;
    }
    case Kind::Standings: {
        pageTitle = tr("Season %1 standings").arg(m_board.season);
        columns = {{tr("Rank"), 0.00, 0.08, Qt::AlignRight},
                   {tr("Angler"), 0.11, 0.60, Qt::AlignLeft},
                   {tr("Events"), 0.60, 0.72, Qt::AlignRight},
                   {tr("Net lb"), 0.72, 0.87, Qt::AlignRight},
                   {tr("Points"), 0.87, 1.00, Qt::AlignRight}};
        const auto &list = m_board.seasonStandings.rows;
        for (int i = page.first; i < page.first + page.count && i < list.size(); ++i) {
            const StandingRow &r = list.at(i);
            rows.append({r.rank > 0 ? QString::number(r.rank) : QString(), r.anglerName,
                         QString::number(r.events), r.netWeight.toString(locale),
                         QString::number(r.points)});
            firstPlace.append(r.rank == 1);
        }
        break;
    }
    }

    // Page title with the page number when cycling.
    p.setFont(bold);
    p.setPen(accent);
    QString titleText = pageTitle;
    if (m_pages.size() > 1)
        titleText = tr("%1   (%2 of %3)").arg(pageTitle).arg(m_page + 1).arg(m_pages.size());
    if (m_paused)
        titleText += tr("   paused");
    p.drawText(QRect(margin, y, w - 2 * margin, rh), Qt::AlignLeft | Qt::AlignVCenter, titleText);
    y += rh;

    const int inner = w - 2 * margin;
    auto cell = [&](const Column &c, int top) {
        const int left = margin + int(c.left * inner);
        const int right = margin + int(c.right * inner);
        return QRect(left, top, right - left, rh);
    };
    p.setFont(small);
    p.setPen(muted);
    for (const Column &c : columns)
        p.drawText(cell(c, y), c.align | Qt::AlignBottom, c.head);
    y += rh;
    for (int r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1)
            p.fillRect(QRect(0, y, w, rh), stripe);
        const bool first = r < firstPlace.size() && firstPlace.at(r);
        for (int c = 0; c < columns.size() && c < rows.at(r).size(); ++c) {
            p.setFont(c == 1 || first ? bold : base);
            p.setPen(first ? accent : foreground);
            const QRect box = cell(columns.at(c), y);
            p.drawText(box, columns.at(c).align | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(rows.at(r).at(c), Qt::ElideRight, box.width()));
        }
        y += rh;
    }

    // Footer: where the phones look, and the keys.
    p.setFont(small);
    p.setPen(muted);
    p.drawText(QRect(margin, height() - rh, w - 2 * margin, rh), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Updated %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    p.drawText(QRect(margin, height() - rh, w - 2 * margin, rh), Qt::AlignRight | Qt::AlignVCenter,
               tr("Esc closes · ← → turn the pages · Space pauses"));
}
