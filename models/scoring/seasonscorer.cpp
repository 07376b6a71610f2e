#include "scoring/seasonscorer.h"

SeasonScorer::SeasonScorer(const Ruleset &ruleset, const QList<TournamentInput> &tournaments)
    : m_ruleset(ruleset)
{
    setTournaments(tournaments);
}

void SeasonScorer::setRuleset(const Ruleset &ruleset)
{
    m_ruleset = ruleset;
    for (qsizetype i = 0; i < m_inputs.size(); ++i)
        invalidate(i);
    m_standings.reset();
}

void SeasonScorer::setTournaments(const QList<TournamentInput> &tournaments)
{
    m_inputs = tournaments;
    m_scored = QList<ScoredTournament>(tournaments.size());
    m_dirty = QList<bool>(tournaments.size(), true);
    m_anyDirty = true;
    m_standings.reset();
}

qsizetype SeasonScorer::addTournament(const TournamentInput &tournament)
{
    m_inputs.append(tournament);
    m_scored.append(ScoredTournament());
    m_dirty.append(true);
    m_anyDirty = true;
    m_standings.reset();
    return m_inputs.size() - 1;
}

void SeasonScorer::setTournament(qsizetype index, const TournamentInput &tournament)
{
    m_inputs[index] = tournament;
    invalidate(index);
}

void SeasonScorer::setEntries(qsizetype tournament, const QList<Entry> &entries)
{
    m_inputs[tournament].entries = entries;
    invalidate(tournament);
}

void SeasonScorer::setEntry(qsizetype tournament, qsizetype entry, const Entry &value)
{
    m_inputs[tournament].entries[entry] = value;
    invalidate(tournament);
}

void SeasonScorer::invalidate(qsizetype index)
{
    m_dirty[index] = true;
    m_anyDirty = true;
    m_standings.reset();
}

const ScoredTournament &SeasonScorer::scored(qsizetype index)
{
    if (m_dirty.at(index)) {
        const TournamentInput &in = m_inputs.at(index);
        ScoredTournament &st = m_scored[index];
        st.id = in.id;
        st.name = in.name;
        st.date = in.date;
        st.format = in.format;
        st.paper = in.paper;
        st.cancelled = in.cancelled;
        st.result = TournamentScorer::score(in, m_ruleset);
        st.boats = BoatRanker::rank(st.result, TournamentScorer::effectiveRuleset(in, m_ruleset),
                                    in.boats);
        m_dirty[index] = false;
    }
    return m_scored.at(index);
}

const QList<ScoredTournament> &SeasonScorer::scoredTournaments()
{
    if (m_anyDirty) {
        for (qsizetype i = 0; i < m_inputs.size(); ++i)
            scored(i);
        m_anyDirty = false;
    }
    return m_scored;
}

const SeasonStandings &SeasonScorer::standings()
{
    if (!m_standings)
        m_standings = SeasonStandings::compute(scoredTournaments(), m_ruleset);
    return *m_standings;
}
