#include "itemmodels/rosterfilterproxymodel.h"

#include "itemmodels/rostermodel.h"

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

RosterFilterProxyModel::RosterFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RosterModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RosterFilterProxyModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

QString RosterFilterProxyModel::filterText(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return tr("All anglers");
    case Filter::Members:
        return tr("Members");
    case Filter::DuesOverdue:
        return tr("Dues overdue");
    case Filter::Guests:
        return tr("Guests");
    case Filter::Inactive:
        return tr("Inactive");
    }
    return {};
}

void RosterFilterProxyModel::setSearchText(const QString &text)
{
    const QString search = text.simplified();
    if (search == m_search)
        return;
    m_search = search;
    // Only text that is nothing but a phone number is compared digit by digit.
    const QString digits = digitsOf(search);
    static const QString phoneChars = QStringLiteral("0123456789()-. +");
    bool phoneLike = digits.size() >= 3;
    for (const QChar c : search)
        phoneLike = phoneLike && phoneChars.contains(c);
    m_searchDigits = phoneLike ? digits : QString();
    invalidateFilter();
}

bool RosterFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const auto text = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
    };

    const auto standing =
        RosterModel::Standing(source->index(sourceRow, RosterModel::NameColumn, sourceParent)
                                  .data(RosterModel::StandingRole)
                                  .toInt());
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Members:
        if (standing != RosterModel::Standing::GoodStanding &&
            standing != RosterModel::Standing::DuesOverdue)
            return false;
        break;
    case Filter::DuesOverdue:
        if (standing != RosterModel::Standing::DuesOverdue)
            return false;
        break;
    case Filter::Guests:
        if (standing != RosterModel::Standing::Guest)
            return false;
        break;
    case Filter::Inactive:
        if (standing != RosterModel::Standing::Inactive)
            return false;
        break;
    }

    if (m_search.isEmpty())
        return true;
    const QString phone = text(RosterModel::PhoneColumn);
    if (text(RosterModel::NameColumn).contains(m_search, Qt::CaseInsensitive) ||
        phone.contains(m_search, Qt::CaseInsensitive) ||
        text(RosterModel::EmailColumn).contains(m_search, Qt::CaseInsensitive))
        return true;
    return !m_searchDigits.isEmpty() && digitsOf(phone).contains(m_searchDigits);
}
