// The tables of one tournament's money on the Treasury page, over a TournamentMoneyState:
// FeeCheckModel (the ramp check-off: tick "Paid" to record a fee, untick to take it back),
// WinnerModel (the engine's proposed payouts and whether each was paid) and MoneyCheckModel
// (the reconciliation: expected, recorded, difference). TournamentMoneyModel loads the state
// and feeds all three, reloading when the store reports a change.
#pragma once

#include "treasury/tournamentmoney.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <optional>

class Store;

class TournamentMoneyModel : public QObject
{
    Q_OBJECT
public:
    explicit TournamentMoneyModel(QObject *parent = nullptr);
    void setStore(Store *store);
    Store *store() const;
    void setTournament(const QString &tournamentId);
    QString tournamentId() const { return m_tournamentId; }
    Status reload();
    const TournamentMoneyState &state() const { return m_state; }
    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; }

signals:
    void reloaded();

private:
    QPointer<Store> m_store;
    QString m_tournamentId;
    TournamentMoneyState m_state;
    bool m_loaded = false;
    QString m_error;
    QMetaObject::Connection m_connection;
};

class FeeCheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AnglerColumn,
        EnteredColumn,
        PaidColumn,
        MethodColumn,
        AmountColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole, AnglerIdRole };

    explicit FeeCheckModel(TournamentMoneyModel *money, QObject *parent = nullptr);
    // How a fee ticked off now was paid: "cash" or "check".
    void setMethod(const QString &method) { m_method = method; }
    QString method() const { return m_method; }
    // Who is asked before a fee is taken back (the page asks the treasurer for the reason):
    // given the angler's name and the fee, returns the reason, or nothing to leave the fee be.
    using ReversalCheck = std::function<std::optional<QString>(const QString &name, Money fee)>;
    void setReversalCheck(ReversalCheck check) { m_reversalCheck = std::move(check); }
    // Records or takes back the fee of a row; the message says why not. A fee paid before and
    // taken back is recorded again by the way it was paid, not by method().
    Status setPaid(int row, bool paid);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString &message);

private:
    ReversalCheck m_reversalCheck;
    TournamentMoneyModel *m_money;
    QList<FeeLine> m_lines;
    QString m_method = QStringLiteral("cash");
    QString m_lastError;
};

class WinnerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PrizeColumn, WinnerColumn, AmountColumn, PaidColumn, ColumnCount };
    Q_ENUM(Column)

    explicit WinnerModel(TournamentMoneyModel *money, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TournamentMoneyModel *m_money;
    QList<PayoutLine> m_lines;
};

class MoneyCheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ExpectedColumn, RecordedColumn, DifferenceColumn, ColumnCount };
    Q_ENUM(Column)

    explicit MoneyCheckModel(TournamentMoneyModel *money, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TournamentMoneyModel *m_money;
    QList<MoneyCheckLine> m_lines;
};
