// PaperChart: the length-to-weight chart of paper tournaments (TPWD Texas largemouth chart,
// eighth-inch columns). Turns measured lengths into chart weights and the best-N stringer.
#pragma once

#include "core/result.h"
#include "core/weight.h"
#include "scoring/ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class PaperChart
{
    Q_DECLARE_TR_FUNCTIONS(PaperChart)
public:
    static constexpr auto resourcePath = ":/data/paper-chart.csv";

    // Reads a chart CSV (`inches,0,1/8,...,7/8`, `#` comment lines) from a file or resource.
    static Result<PaperChart> load(const QString &path);
    static Result<PaperChart> parse(const QByteArray &csv);
    // The chart compiled into the app (loaded once; empty if the resource is missing).
    static const PaperChart &standard();

    bool isEmpty() const { return m_weights.isEmpty(); }
    int firstEighths() const { return m_firstEighths; }
    int lastEighths() const { return m_firstEighths + int(m_weights.size()) - 1; }

    // Chart weight of a fish: the length is rounded down per the ruleset (half inch); under the
    // minimum it doesn't count (0); longer than the chart it weighs the over-chart weight.
    Weight weightFor(int lengthEighths, const Ruleset &ruleset) const;

    struct Stringer
    {
        int fish = 0;          // fish that count, at most the fish limit
        Weight gross;          // sum of their chart weights
        Weight biggest;        // heaviest counted fish
        QList<Weight> weights; // counted fish, heaviest first
    };
    // The best `fishLimit` fish by chart weight.
    Stringer stringer(const QList<int> &lengthsEighths, const Ruleset &ruleset) const;

    // "15", "15.5", "15 1/2", "15-3/8", "15 3/8 in" -> eighths of an inch (rounded down).
    static Result<int> parseLength(const QString &text);

private:
    int m_firstEighths = 0;
    QList<Weight> m_weights; // one per eighth of an inch from m_firstEighths
};
