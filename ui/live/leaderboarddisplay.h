// LeaderboardDisplay: View > Leaderboard Display, the leaderboard for a TV or projector. Full
// screen on the second screen when there is one, large type sized to the screen, light on black.
// Shows the tournament's places, boats, big bass (and payouts once finalized) and the season
// standings, cycling between pages when they do not all fit, and updates live: after every
// change made in the window and, within a second, after changes by other programs.
// Esc closes it; Left and Right turn the pages; Space pauses the cycling.
#pragma once

#include "live/liveboard.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class Store;
class StoreWatcher;

class LeaderboardDisplay : public QWidget
{
    Q_OBJECT
public:
    // `store` gives the window's current club file (it may change or be none).
    explicit LeaderboardDisplay(std::function<Store *()> store, QWidget *parent = nullptr);

    // Full screen on the screen that `besides` is not on, when there is one.
    void showOnScreen(QWidget *besides);
    void reload();

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_page; }
    void setPage(int page);
    const LiveBoard &board() const { return m_board; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Kind { Places, Boats, BigBass, Standings };
    struct Page
    {
        Kind kind;
        int first = 0; // first row
        int count = 0; // rows on the page
    };
    void paginate();
    int rowHeight() const;
    int rowsPerPage() const;
    void checkForChanges();

    std::function<Store *()> m_storeGetter;
    QPointer<Store> m_store;
    StoreWatcher *m_watcher = nullptr;
    qint64 m_dataVersion = -1;
    LiveBoard m_board;
    QString m_error;
    QList<Page> m_pages;
    int m_page = 0;
    bool m_paused = false;
    QTimer m_cycle;
    QTimer m_poll;
};
