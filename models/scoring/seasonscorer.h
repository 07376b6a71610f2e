// SeasonScorer: one season's tournaments with their results cached. Editing an entry rescores
// only that tournament; the standings are then re-added from the cached per-tournament points,
// so the standings page updates in well under a millisecond after an edit.
#pragma once

#include "scoring/entry.h"
#include "scoring/ruleset.h"
#include "scoring/seasonstandings.h"

#include <QList>
#include <optional>

class SeasonScorer
{
public:
    explicit SeasonScorer(const Ruleset &ruleset = Ruleset(),
                          const QList<TournamentInput> &tournaments = {});

    const Ruleset &ruleset() const { return m_ruleset; }
    void setRuleset(const Ruleset &ruleset);

    qsizetype tournamentCount() const { return m_inputs.size(); }
    const TournamentInput &tournament(qsizetype index) const { return m_inputs.at(index); }
    void setTournaments(const QList<TournamentInput> &tournaments);
    // Adds a tournament at the end (keep date order) and returns its index.
    qsizetype addTournament(const TournamentInput &tournament);
    void setTournament(qsizetype index, const TournamentInput &tournament);
    void setEntries(qsizetype tournament, const QList<Entry> &entries);
    void setEntry(qsizetype tournament, qsizetype entry, const Entry &value);

    // Scored results, rescoring only what changed since the last call.
    const ScoredTournament &scored(qsizetype index);
    const QList<ScoredTournament> &scoredTournaments();
    const SeasonStandings &standings();

private:
    void invalidate(qsizetype index);

    Ruleset m_ruleset;
    QList<TournamentInput> m_inputs;
    QList<ScoredTournament> m_scored;
    QList<bool> m_dirty;
    bool m_anyDirty = true;
    std::optional<SeasonStandings> m_standings;
};
