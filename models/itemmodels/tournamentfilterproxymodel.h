// TournamentFilterProxyModel: sorts a season's tournaments and keeps those whose date, name,
// lake, ramp, format or status contains the search text.
#pragma once

#include <QSortFilterProxyModel>

class TournamentFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TournamentFilterProxyModel(QObject *parent = nullptr);

    // Case-insensitive; every word must appear in some column ("travis cancelled").
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
