#include "commands/tournamentcommands.h"

#include "store/store.h"
#include "tournaments/rulesetstore.h"

CreateTournamentsCommand::CreateTournamentsCommand(Store *store,
                                                   const QList<TournamentRecord> &tournaments)
    : CommandBase(store, tournaments.size() == 1
                             ? tr("Add %1").arg(tournaments.first().name)
                             : tr("Add %n tournaments", nullptr, int(tournaments.size()))),
      m_tournaments(tournaments)
{
}

Status CreateTournamentsCommand::doRedo()
{
    if (m_ids.isEmpty()) {
        auto ids = TournamentStore(*store()).insertTournaments(m_tournaments);
        if (!ids)
            return Status::failure(ids.error());
        m_ids = ids.value();
        return Status::success();
    }
    return store()->transaction([&] {
        return TournamentStore(*store()).restoreRows(QStringLiteral("tournaments"), m_ids);
    });
}

Status CreateTournamentsCommand::doUndo()
{
    return store()->transaction([&]() -> Status {
        for (const QString &id : std::as_const(m_ids)) {
            auto removed = TournamentStore(*store()).removeTournament(id);
            if (!removed)
                return Status::failure(removed.error());
        }
        return Status::success();
    });
}

EditTournamentCommand::EditTournamentCommand(Store *store, const TournamentRecord &before,
                                             const TournamentRecord &after)
    : CommandBase(store, tr("Change %1").arg(after.name)), m_before(before), m_after(after)
{
}

Status EditTournamentCommand::doRedo()
{
    return TournamentStore(*store()).updateTournament(m_after);
}

Status EditTournamentCommand::doUndo()
{
    return TournamentStore(*store()).updateTournament(m_before);
}

DeleteTournamentCommand::DeleteTournamentCommand(Store *store, const TournamentRecord &tournament)
    : CommandBase(store, tr("Delete %1").arg(tournament.name)), m_tournament(tournament)
{
}

Status DeleteTournamentCommand::doRedo()
{
    auto removed = TournamentStore(*store()).removeTournament(m_tournament.id);
    if (!removed)
        return Status::failure(removed.error());
    m_boatIds = removed.value();
    return Status::success();
}

Status DeleteTournamentCommand::doUndo()
{
    return store()->transaction([&]() -> Status {
        if (Status s = TournamentStore(*store()).restoreRows(QStringLiteral("tournaments"),
                                                    {m_tournament.id});
            !s)
            return s;
        return TournamentStore(*store()).restoreRows(QStringLiteral("boats"), m_boatIds);
    });
}

SetSeasonRulesCommand::SetSeasonRulesCommand(Store *store, int season, const Ruleset &rules)
    : CommandBase(store, tr("Change the rules of season %1").arg(season)), m_season(season),
      m_after(rules)
{
}

Result<bool> SetSeasonRulesCommand::workToBeDone()
{
    if (Status s = m_after.validate(); !s)
        return Result<bool>::failure(s.error());
    auto current = RulesetStore(*store()).seasonRules(m_season);
    if (!current)
        return Result<bool>::failure(current.error());
    if (current->stored)
        m_before = current->rules;
    return !(current->stored && current->rules == m_after);
}

Status SetSeasonRulesCommand::doRedo()
{
    return RulesetStore(*store()).setForSeason(m_season, m_after);
}

Status SetSeasonRulesCommand::doUndo()
{
    if (m_before)
        return RulesetStore(*store()).setForSeason(m_season, *m_before);
    return RulesetStore(*store()).removeForSeason(m_season);
}
