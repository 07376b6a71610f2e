// ui/treasury/: the Treasury page (tournament money, ledger, season summary) and the ledger entry
// dialog.
//
// TreasuryPage: the treasurer's page of the main window. Three tabs:
//  - Tournament money: check off entry fees at the ramp (Space ticks the selected angler, cash or
//    check), the engine's proposed payouts with Mark paid, and whether the tournament's money
//    balances to the cent or by how much it does not (with a button that moves the club, charity
//    and big bass shares to their funds);
//  - Ledger: every entry of the season, filtered by fund, kind and text; new entries by hand and
//    reversing entries (the ledger is never edited);
//  - Summary: fund balances, the season summary and a chart of fees and payouts by tournament.
// Reports (treasurer, dues, roster, standings, a tournament's results) open in a print preview or
// are saved as PDF or CSV.
#pragma once

#include "reports/reportbuilders.h"
#include "ui/common/datatableview.h"

#include <QPointer>
#include <QWidget>

class FeeCheckModel;
class LedgerFilterProxyModel;
class LedgerModel;
class MoneyCheckModel;
class PageHeader;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QSplitter;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;
class SearchField;
class Store;
class TournamentMoneyModel;
class WinnerModel;

class TreasuryPage : public QWidget
{
    Q_OBJECT
protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

public:
    explicit TreasuryPage(Store *store = nullptr, QWidget *parent = nullptr);

    void setStore(Store *store);
    void showSeason(int season);
    int season() const;
    void showTournament(const QString &tournamentId);
    QString tournamentId() const;
    enum Tab { TournamentTab, LedgerTab, SummaryTab };
    void showTab(Tab tab);

    // The page's parts, for the main window and the tests.
    QTableView *feeView() const { return m_feeView; }
    QTableView *winnerView() const { return m_winnerView; }
    QTableView *ledgerView() const { return m_ledgerView; }
    QTableView *checkView() const;
    QLabel *statusLabel() const { return m_status; }
    QChartView *chartView() const { return m_chart; }
    TournamentMoneyModel *moneyModel() const { return m_money; }
    QString errorText() const;
    QTableWidget *fundTable() const { return m_funds; }
    QTableWidget *summaryTable() const { return m_summaryTable; }
    QPushButton *markPaidButton() const { return m_markPaid; }
    QPushButton *undoPaidButton() const { return m_undoPaid; }
    QPushButton *reverseButton() const { return m_reverse; }
    QPushButton *newEntryButton() const { return m_newEntry; }

    // Actions, also reachable by keyboard on the page.
    void toggleSelectedFee();
    void markSelectedPaid();
    void undoSelectedPayout();
    void settleFunds();
    void newEntry();
    void reverseSelectedEntry();
    // A report of the page's season (and tournament, for results).
    Result<Report> buildReport(ReportKind kind) const;
    void previewReport(ReportKind kind);
    void saveReport(ReportKind kind, bool pdf);

signals:
    // What a saved report wrote, for the status bar.
    void statusMessage(const QString &text);

public slots:
    void reload();

private:
    QWidget *createTournamentTab();
    QWidget *createLedgerTab();
    QWidget *createSummaryTab();
    void fillSeasons();
    void fillTournaments();
    void updateTournamentStatus();
    // Buttons that need a club, a tournament or a selected row are off without them.
    void updateActions();
    void shareMoneySplit();
    void updateSummary();
    void showError(const QString &message);
    void clearError();
    QString selectedMethod() const;

    QPointer<Store> m_store;
    PageHeader *m_header = nullptr;
    QComboBox *m_seasonBox = nullptr;
    QToolButton *m_reportButton = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;

    TournamentMoneyModel *m_money = nullptr;
    FeeCheckModel *m_fees = nullptr;
    QSortFilterProxyModel *m_feeProxy = nullptr;
    WinnerModel *m_winners = nullptr;
    MoneyCheckModel *m_checks = nullptr;
    QComboBox *m_tournamentBox = nullptr;
    QComboBox *m_methodBox = nullptr;
    SearchField *m_feeSearch = nullptr;
    QLabel *m_feeSummary = nullptr;
    DataTableView *m_feeView = nullptr;
    DataTableView *m_winnerView = nullptr;
    DataTableView *m_checkView = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_markPaid = nullptr;
    QPushButton *m_undoPaid = nullptr;
    QPushButton *m_settle = nullptr;

    LedgerModel *m_ledger = nullptr;
    LedgerFilterProxyModel *m_ledgerProxy = nullptr;
    DataTableView *m_ledgerView = nullptr;
    QComboBox *m_fundFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    SearchField *m_ledgerSearch = nullptr;
    QPushButton *m_reverse = nullptr;
    QPushButton *m_newEntry = nullptr;
    QSplitter *m_moneySplit = nullptr;

    QTableWidget *m_funds = nullptr;
    QTableWidget *m_summaryTable = nullptr;
    QChartView *m_chart = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_refillPickers = false;
    QString m_keptAngler;
    int m_keptWinnerRow = -1;
};
