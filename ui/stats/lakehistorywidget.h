// LakeHistoryWidget: beside the tournament dialog's lake choice, what the club knows of the lake
// and the month (LakeHistory): times fished, last fished, average weight per angler, limits and
// zeros, biggest bass; and the same month in the previous four years (lake, anglers, limits,
// zeros, top three weights). The club's history is read once; a new lake or date recomputes.
#pragma once

#include "stats/clubdata.h"

#include <QDate>
#include <QGroupBox>
#include <QPointer>

#include <optional>

class QLabel;
class QTableWidget;
class Store;

class LakeHistoryWidget : public QGroupBox
{
    Q_OBJECT
public:
    // `tournamentId`: the tournament being edited (left out of its own history); empty when new.
    LakeHistoryWidget(Store *store, const QString &tournamentId, QWidget *parent = nullptr);

    // The lake chosen (empty: none yet) and the tournament's date.
    void showLake(const QString &lakeId, const QString &lakeName, const QDate &date);

    const LakeHistory &history() const { return m_history; }
    QString lakeText() const;
    QTableWidget *sameMonthTable() const { return m_sameMonth; }

private:
    QPointer<Store> m_store;
    QString m_tournamentId;
    std::optional<ClubHistory> m_club;
    LakeHistory m_history;
    QLabel *m_lake;
    QLabel *m_monthTitle;
    QTableWidget *m_sameMonth;
};
