// RosterFilterProxyModel: sorts the roster and narrows it to one kind of angler (members, guests,
// inactive, ...) and to anglers whose name, phone or email contains the search text.
#pragma once

#include <QSortFilterProxyModel>

class RosterFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter {
        All,
        // In good standing or dues overdue (anglers with a membership this season).
        Members,
        DuesOverdue,
        Guests,
        Inactive,
    };
    Q_ENUM(Filter)

    explicit RosterFilterProxyModel(QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    static QString filterText(Filter filter);

    // Case-insensitive; matches any part of the name, phone or email. Digits typed without
    // punctuation also match a formatted phone number ("5551234" finds "(512) 555-1234").
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
    QString m_search;
    QString m_searchDigits;
};
