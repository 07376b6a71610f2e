#include "itemmodels/tournamentfilterproxymodel.h"

#include "itemmodels/tournamentlistmodel.h"

TournamentFilterProxyModel::TournamentFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TournamentListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TournamentFilterProxyModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool TournamentFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        haystack +=
            source->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
