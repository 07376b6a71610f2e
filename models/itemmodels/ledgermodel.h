// LedgerModel: the ledger of one season (or every season) as the Treasury page shows it: date,
// kind, fund, angler, tournament, method, amount, note, and whether a line was reversed or
// reverses another. Read-only (the ledger is append-only); it reloads when the store reports a
// change to the ledger. LedgerFilterProxyModel narrows it to a fund, a kind and a search text.
#pragma once

#include "treasury/ledger.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

class Store;

class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        KindColumn,
        FundColumn,
        AnglerColumn,
        TournamentColumn,
        MethodColumn,
        AmountColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole, // raw value: dates as ISO text, money as cents
        IdRole,
        KindRole,     // LedgerKind as int
        FundRole,     // Fund as int
        ReversedRole, // true when reversed or a reversal
    };

    explicit LedgerModel(Store *store = nullptr, QObject *parent = nullptr);
    void setStore(Store *store);
    // 0: every season.
    void setSeason(int season);
    int season() const { return m_season; }
    Status reload();
    QString errorText() const { return m_error; }

    const QList<LedgerEntry> &entries() const { return m_entries; }
    const LedgerEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<Store> m_store;
    int m_season = 0;
    QList<LedgerEntry> m_entries;
    QString m_error;
    QMetaObject::Connection m_connection;
};

class LedgerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LedgerFilterProxyModel(QObject *parent = nullptr);
    // std::nullopt: any.
    void setFund(std::optional<Fund> fund);
    void setKind(std::optional<LedgerKind> kind);
    // Matches angler, tournament, note, kind and fund text, case-insensitively.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Fund> m_fund;
    std::optional<LedgerKind> m_kind;
    QString m_search;
};
