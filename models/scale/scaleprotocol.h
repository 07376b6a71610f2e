// Reading a scale's serial output: the lines it sends, each turned into a reading in hundredths of
// a pound. Pure code (Qt Core only): the serial port is ScaleReader's.
//
// Protocols:
//  - "ad": the common line of A&D and most platform scales, header, kind, value and unit:
//      ST,GS,+0012.34lb   stable gross       US,GS,+0012.30lb   unstable
//      ST,NT,+0012.34lb   stable net         OL,GS,+9999.99lb   overload
//  - "sics": the Mettler-Toledo SICS answers:
//      S S      12.34 lb  stable             S D      12.30 lb  dynamic (unstable)
//      S +                overload           S -                underload
//      S I / ES / ET / EL the scale cannot answer now (not a reading)
//  - a custom pattern: a regular expression with named groups `value` (required), `unit`
//    (optional; pounds when missing or empty) and `stable` (optional: the reading is stable when
//    that group matches non-empty text; without it every reading counts as stable); an optional
//    group `overload` marks an overload when it matches.
// Units: lb (lbs, #), kg, g, oz and pounds-ounces (12 lb 5.3 oz, or 12-5.3 / 12:5.3 with the unit
// lb-oz), converted exactly with integer arithmetic to hundredths of a pound, rounded half up.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

struct ScaleReading
{
    enum class Kind {
        Weight,    // a weight (hundredths of a pound, zero or more)
        Underload, // a negative weight, or the scale says "under" (hundredths <= 0)
        Overload,  // over the scale's (or the app's) range
        Bad,       // not a reading: garbage, a cut-off line, an error answer
    };
    Kind kind = Kind::Bad;
    bool stable = false;
    int hundredths = 0;
    QString problem; // why a Bad line is not a reading

    bool isWeight() const { return kind == Kind::Weight; }
    // Nothing on the scale: zero or below.
    bool isEmpty() const
    {
        return kind == Kind::Underload || (kind == Kind::Weight && hundredths <= 0);
    }
};

class ScaleProtocol
{
    Q_DECLARE_TR_FUNCTIONS(ScaleProtocol)
public:
    enum class Kind { AD, Sics, Pattern };

    ScaleProtocol() = default; // "ad"
    // "ad", "sics" or a regular expression with a `value` group.
    static Result<ScaleProtocol> fromSpec(const QString &spec);
    QString spec() const;
    Kind kind() const { return m_kind; }

    // One line (without its line end) turned into a reading.
    ScaleReading parse(const QByteArray &line) const;

    // An exact decimal value in a unit ("12.34", "lb"; "5.3", "oz"; "12-5.3", "lb-oz"; "5.6",
    // "kg") in hundredths of a pound, rounded half up (half away from zero for negatives).
    // Fails on text that is not a number, an unknown unit, or more than 6 digits on either side of
    // the decimal point.
    static Result<int> toHundredths(const QString &value, const QString &unit);

private:
    ScaleReading parseAd(const QString &line) const;
    ScaleReading parseSics(const QString &line) const;
    ScaleReading parsePattern(const QString &line) const;

    Kind m_kind = Kind::AD;
    QRegularExpression m_pattern;
};

// Cuts the bytes read from a serial port into lines: CR, LF or CRLF end a line, a line split
// across reads is joined, control and non-ASCII bytes (noise, STX/ETX framing) are dropped, empty
// lines are skipped, and a run without a line end longer than `maxLine` is given out as it is (it
// will not parse) so noise cannot grow the buffer.
class LineAssembler
{
public:
    static constexpr int maxLine = 128;
    QList<QByteArray> feed(const QByteArray &bytes);
    // What is held of a line not ended yet.
    QByteArray pending() const { return m_buffer; }
    void clear() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
};
