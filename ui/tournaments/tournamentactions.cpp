#include "ui/tournaments/tournamentactions.h"

#include "commands/command.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "ui/tournaments/lakesdialog.h"
#include "ui/tournaments/scheduledialog.h"
#include "ui/tournaments/seasonrulesdialog.h"
#include "ui/tournaments/tournamentdialog.h"

#include <QMessageBox>

TournamentActions::TournamentActions(Store *store, QUndoStack *undoStack, QWidget *parent)
    : QObject(parent), m_store(store), m_undoStack(undoStack), m_parent(parent)
{
}

void TournamentActions::setStore(Store *store)
{
    m_store = store;
}

void TournamentActions::showError(const QString &text)
{
    if (m_onError)
        m_onError(text);
    else
        QMessageBox::warning(m_parent, tr("Tournaments"), text);
}

commands::ErrorHandler TournamentActions::undoFailures()
{
    return [actions = QPointer<TournamentActions>(this)](const QString &error) {
        if (actions)
            actions->showError(error);
    };
}

QDate TournamentActions::suggestedDate(int season) const
{
    if (!m_store)
        return {};
    const QList<QDate> dates = TournamentStore::defaultScheduleDates(season);
    const QDate today = m_store->clubTime().today();
    QList<QDate> taken;
    if (auto list = TournamentStore(*m_store).tournaments(season))
        for (const TournamentRecord &t : list.value())
            taken.append(t.date);
    for (const QDate &d : dates)
        if (d >= today && !taken.contains(d))
            return d;
    // Past the season's usual dates: today, or the day after the last one taken.
    QDate d = std::max(today, dates.isEmpty() ? today : dates.last());
    while (taken.contains(d))
        d = d.addDays(1);
    return d;
}

bool TournamentActions::newTournament(int season)
{
    if (!m_store)
        return false;
    TournamentRecord t;
    t.date = suggestedDate(season);
    t.season = t.date.year();
    if (Status s = RulesetStore(*m_store).startFromSeason(t); !s)
        showError(s.error());
    TournamentDialog dialog(m_store, t, m_parent);
    dialog.setUndoStack(m_undoStack);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto r = dialog.record();
    if (!r)
        return false;
    if (Status s = commands::createTournaments(m_undoStack, m_store, {r.value()}, undoFailures());
        !s) {
        showError(s.error());
        return false;
    }
    emit message(tr("Added %1.").arg(r->name));
    // The new row is the one of that date and name not seen before the command.
    if (auto list = TournamentStore(*m_store).tournaments(r->season)) {
        QString id;
        for (const TournamentRecord &x : list.value())
            if (x.date == r->date && x.name == r->name)
                id = x.id;
        if (!id.isEmpty())
            emit tournamentCreated(id);
    }
    return true;
}

bool TournamentActions::editTournament(const QString &tournamentId)
{
    if (!m_store)
        return false;
    auto t = TournamentStore(*m_store).tournament(tournamentId);
    if (!t) {
        showError(t.error());
        return false;
    }
    TournamentDialog dialog(m_store, t.value(), m_parent);
    dialog.setUndoStack(m_undoStack);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto r = dialog.record();
    if (!r || r.value() == t.value())
        return false;
    if (Status s =
            commands::editTournament(m_undoStack, m_store, t.value(), r.value(), undoFailures());
        !s) {
        showError(s.error());
        return false;
    }
    return true;
}

bool TournamentActions::createSeasonSchedule(int season)
{
    if (!m_store)
        return false;
    ScheduleDialog dialog(m_store, season, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto list = dialog.tournaments();
    if (!list)
        return false;
    if (Status s = commands::createTournaments(m_undoStack, m_store, list.value(), undoFailures());
        !s) {
        showError(s.error());
        return false;
    }
    emit message(tr("Added %n tournaments.", nullptr, int(list->size())));
    return true;
}

void TournamentActions::editLakes()
{
    if (!m_store)
        return;
    auto *dialog = new LakesDialog(m_store, m_undoStack, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool TournamentActions::editSeasonRules(int season)
{
    if (!m_store)
        return false;
    SeasonRulesDialog dialog(m_store, m_undoStack, season, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit message(tr("Saved the rules of season %1.").arg(dialog.season()));
    return true;
}

Status TournamentActions::deleteTournament(const QString &tournamentId)
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    auto t = TournamentStore(*m_store).tournament(tournamentId);
    if (!t) {
        showError(t.error());
        return Status::failure(t.error());
    }
    Status s = commands::deleteTournament(m_undoStack, m_store, t.value(), undoFailures());
    if (!s)
        showError(s.error());
    else
        emit message(tr("Deleted %1. Undo (Ctrl+Z) brings it back.").arg(t->name));
    return s;
}
