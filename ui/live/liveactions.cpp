#include "ui/live/liveactions.h"

#include "store/store.h"
#include "ui/live/leaderboarddisplay.h"
#include "ui/live/sharedialog.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

LiveActions::LiveActions(std::function<Store *()> store, QWidget *window)
    : QObject(window), m_store(std::move(store)), m_window(window)
{
    m_share = new QAction(tr("&Share the Leaderboard…"), this);
    m_share->setObjectName(QStringLiteral("shareLeaderboardAction"));
    m_share->setStatusTip(tr("Let phones on this network see the live leaderboard"));
    connect(m_share, &QAction::triggered, this, &LiveActions::share);
    m_display = new QAction(tr("Leaderboard &Display"), this);
    m_display->setObjectName(QStringLiteral("leaderboardDisplayAction"));
    m_display->setStatusTip(tr("Show the live leaderboard full screen, for a TV or projector"));
    connect(m_display, &QAction::triggered, this, &LiveActions::showDisplay);
}

ShareDialog *LiveActions::shareDialog() const
{
    return m_shareDialog;
}

LeaderboardDisplay *LiveActions::display() const
{
    return m_displayWindow;
}

void LiveActions::share()
{
    if (m_shareDialog) {
        m_shareDialog->raise();
        m_shareDialog->activateWindow();
        return;
    }
    Store *store = m_store();
    if (!store || !store->hasClub()) {
        QMessageBox::information(m_window, tr("Share the Leaderboard"), tr("Open a club first."));
        return;
    }
    m_shareDialog = new ShareDialog(store->path(), m_window);
    m_shareDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shareDialog->start();
    m_shareDialog->show();
}

void LiveActions::showDisplay()
{
    if (!m_displayWindow) {
        m_displayWindow = new LeaderboardDisplay(m_store);
        m_displayWindow->setAttribute(Qt::WA_DeleteOnClose);
        // It closes with the window.
        connect(m_window, &QObject::destroyed, m_displayWindow.data(), &QWidget::close);
    }
    m_displayWindow->showOnScreen(m_window);
}
