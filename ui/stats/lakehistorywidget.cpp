#include "ui/stats/lakehistorywidget.h"

#include "store/store.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

LakeHistoryWidget::LakeHistoryWidget(Store *store, const QString &tournamentId, QWidget *parent)
    : QGroupBox(tr("Lake history"), parent), m_store(store), m_tournamentId(tournamentId)
{
    setObjectName(QStringLiteral("lakeHistory"));
    m_lake = new QLabel(this);
    m_lake->setObjectName(QStringLiteral("lakeHistoryText"));
    m_lake->setWordWrap(true);
    m_lake->setTextFormat(Qt::RichText);
    m_lake->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_monthTitle = new QLabel(this);
    m_monthTitle->setWordWrap(true);
    m_sameMonth = new QTableWidget(0, 6, this);
    m_sameMonth->setObjectName(QStringLiteral("lakeHistorySameMonth"));
    m_sameMonth->setHorizontalHeaderLabels({tr("Year"), tr("Lake"), tr("Anglers"), tr("Limits"),
                                            tr("Zeros"), tr("Top three (lb)")});
    m_sameMonth->setAccessibleName(tr("The same month in the previous four years"));
    m_sameMonth->verticalHeader()->hide();
    m_sameMonth->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sameMonth->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sameMonth->setFocusPolicy(Qt::NoFocus); // read only: Tab goes on to the next field
    m_sameMonth->horizontalHeader()->setStretchLastSection(true);
    m_sameMonth->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lake);
    layout->addWidget(m_monthTitle);
    layout->addWidget(m_sameMonth, 1);
    setMinimumWidth(560);
}

QString LakeHistoryWidget::lakeText() const
{
    return m_lake->text();
}

void LakeHistoryWidget::showLake(const QString &lakeId, const QString &lakeName, const QDate &date)
{
    if (!m_club && m_store) {
        auto loaded = ClubHistoryLoader::load(*m_store, 0,
                                                ClubHistoryLoader::Standings::LeftOut);
        if (!loaded) {
            m_lake->setText(tr("The club's history could not be read: %1")
                                .arg(loaded.error().toHtmlEscaped()));
            return;
        }
        m_club = std::move(loaded).value();
    }
    m_history = LakeHistory::compute(m_club ? *m_club : ClubHistory(), lakeId, date,
                                     m_tournamentId);
    const QLocale locale;
    const LakeStats &l = m_history.lake;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    if (lakeId.isEmpty()) {
        m_lake->setText(tr("Choose a lake to see how the club has fished it."));
    } else if (l.tournaments == 0) {
        m_lake->setText(tr("<b>%1</b>: the club has not fished it before this date.")
                            .arg(esc(lakeName)));
    } else {
        QStringList lines;
        lines << tr("<b>%1</b>: fished %n times, last on %2", nullptr, l.tournaments)
                     .arg(esc(lakeName), locale.toString(l.lastFished, QLocale::ShortFormat));
        lines << tr("Average weight per angler: %1 lb").arg(l.averagePerAngler().toString(locale));
        lines << tr("Limits: %1 · zeros: %2").arg(l.limits).arg(l.zeros);
        lines << (l.bigBass.isZero()
                      ? tr("Biggest bass: none weighed")
                      : tr("Biggest bass: %1 lb (%2, %3)")
                            .arg(l.bigBass.toString(locale), esc(l.bigBassName),
                                 locale.toString(l.bigBassDate, QLocale::ShortFormat)));
        m_lake->setText(lines.join(QStringLiteral("<br/>")));
    }
    QString month = date.isValid() ? locale.standaloneMonthName(date.month()) : QString();
    if (!month.isEmpty()) // Spanish names months in lower case; this one starts a line
        month[0] = month.at(0).toUpper();
    m_monthTitle->setText(month.isEmpty() ? QString()
                                          : tr("%1 in the previous four years:").arg(month));
    m_sameMonth->setRowCount(int(m_history.sameMonth.size()));
    for (int r = 0; r < m_history.sameMonth.size(); ++r) {
        const SameMonthRow &row = m_history.sameMonth.at(r);
        QStringList top;
        for (Weight w : row.top)
            top << w.toString(locale);
        const QStringList cells =
            row.held ? QStringList{QString::number(row.year), row.lake,
                                   locale.toString(row.anglers), locale.toString(row.limits),
                                   locale.toString(row.zeros), top.join(QStringLiteral(", "))}
                     : QStringList{QString::number(row.year), tr("no tournament"), QString(),
                                   QString(), QString(), QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_sameMonth->setItem(r, c, item);
        }
    }
    m_sameMonth->resizeColumnsToContents();
}
