// ui/weighin/: the Weigh-in page: the keyboard entry line, the sheet and its delegate, the
// leaderboard.
//
// WeighInPage: the weigh-in at the ramp. The entry line (keyboard first) over the sheet of one
// tournament's entries, the live leaderboard beside it (places, points, boats, big bass, pot
// with carryover, proposed payouts), and Finalize/Unlock, print preview, PDF and CSV. Every
// change is a command on the window's undo stack and is in the database the moment it is made.
#pragma once

#include "core/result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class BoatStandingsModel;
class EntryLine;
class LeaderboardModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;
class QVBoxLayout;
class Report;
class SheetDelegate;
class Store;
class TeamBoatsModel;
class WeighInModel;

class WeighInPage : public QWidget
{
    Q_OBJECT
public:
    WeighInPage(Store *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~WeighInPage() override;

    // Shows another club file (or none); picks that club's tournament in progress.
    void setStore(Store *store);
    Store *store() const { return m_store.data(); }

    // Shows one tournament's sheet. The list offers the season's tournaments.
    Status setTournament(const QString &tournamentId);
    QString tournamentId() const;
    // The tournament a director most likely wants: today's, else the latest one not finalized.
    QString defaultTournamentId() const;

    // Non-interactive parts of the buttons (for scripts and tests); the buttons ask first.
    Status finalizeResults(const QString &actor);
    Status unlockResults(const QString &actor);
    Status exportPdf(const QString &path);
    Status exportCsv(const QString &path);
    Status exportSheetCsv(const QString &path);
    QString resultsHtml() const;
    // Corrects the member flag of an entry (even of finalized results), recorded in the
    // tournament's log with `actor` and the time.
    Status correctMemberFlag(const QString &entryId, bool member, const QString &actor);

    // Replaces the confirmation dialogs (warnings, finalize, unlock): true means go ahead.
    void setConfirmHandler(std::function<bool(const QString &)> confirm);

    WeighInModel *sheetModel() const { return m_sheet; }
    LeaderboardModel *leaderboard() const { return m_leaderboard; }
    EntryLine *entryLine() const { return m_entryLine; }
    QTableView *sheetView() const { return m_sheetView; }
    QLabel *summaryLabel() const { return m_summary; }
    // Anglers, boats, fish, limits, zeros, heaviest and average stringer, big bass.
    QLabel *statisticsLabel() const { return m_statistics; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *hintLabel() const { return m_hint; }
    QPushButton *finalizeButton() const { return m_finalize; }
    QTableView *teamBoatView() const { return m_teamBoatView; }

public slots:
    void finalizeOrUnlock();
    void printPreview();
    void savePdf();
    void saveCsv();
    void deleteSelectedRows();
    // Ctrl+Shift+M on the sheet: switches the selected entry between member and guest, after
    // asking who makes the correction.
    void toggleMemberOfCurrent();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

signals:
    void tournamentChanged(const QString &tournamentId);
    // Something the status bar can show ("Saved Jim Smith: 5 fish, 12.34 lb.").
    void statusMessage(const QString &text);

private:
    // The results sheet as printed, saved and previewed (ResultsReport).
    Report resultsReport() const;
    void fillTournaments();
    void updateState();
    void updateSummary();
    void showError(const QString &text);
    // One dialog: the question and the officer's name (remembered); empty when cancelled.
    QString confirmWithActor(const QString &title, const QString &question);
    void toggleOnTable(int column);
    // Sheet and leaderboard side by side when both fit whole, else one above the other, so no
    // column is cut at any text size or window width. `resize` also shares out the room.
    void fitLayout(bool resize);

    QPointer<Store> m_store;
    QPointer<QUndoStack> m_undoStack;
    std::function<bool(const QString &)> m_confirm;

    WeighInModel *m_sheet;
    LeaderboardModel *m_leaderboard;
    BoatStandingsModel *m_boats;
    SheetDelegate *m_delegate;

    QLabel *m_title;
    QLabel *m_hint;
    QSplitter *m_splitter;
    QComboBox *m_tournamentBox;
    QLabel *m_state;
    QPushButton *m_finalize;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    EntryLine *m_entryLine;
    QTableView *m_sheetView;
    QTableView *m_leaderboardView;
    QTableView *m_boatView;
    TeamBoatsModel *m_teamBoats;
    QTableView *m_teamBoatView;
    QWidget *m_teamBoatBox;
    QLabel *m_boatsLabel = nullptr;
    QVBoxLayout *m_leftLayout = nullptr;
    QLabel *m_summary;
    QLabel *m_statistics;
    QLabel *m_error;
    bool m_filling = false;
};
