// LiveActions: the window's two ways of showing the leaderboard to a crowd, as actions the main
// window puts in its menus: Weigh-in > Share the Leaderboard (ShareDialog: phones) and
// View > Leaderboard Display (LeaderboardDisplay: a TV). Each opens once; asking again brings the
// open one forward.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class LeaderboardDisplay;
class QAction;
class QWidget;
class ShareDialog;
class Store;

class LiveActions : public QObject
{
    Q_OBJECT
public:
    LiveActions(std::function<Store *()> store, QWidget *window);

    QAction *shareAction() const { return m_share; }
    QAction *displayAction() const { return m_display; }

    void share();
    void showDisplay();
    ShareDialog *shareDialog() const;
    LeaderboardDisplay *display() const;

private:
    std::function<Store *()> m_store;
    QWidget *m_window;
    QAction *m_share;
    QAction *m_display;
    QPointer<ShareDialog> m_shareDialog;
    QPointer<LeaderboardDisplay> m_displayWindow;
};
