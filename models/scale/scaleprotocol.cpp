#include "scale/scaleprotocol.h"

#include "core/weight.h"

namespace {

__extension__ typedef unsigned __int128 Wide;

struct Decimal
{
    Wide mantissa = 0; // the digits without the point
    Wide scale = 1;    // 10^(number of decimals)
};

constexpr int maxDigits = 6;

// "0012.34" -> {1234, 100}; digits with at most one '.' or ',', at most 6 digits each side.
std::optional<Decimal> readDecimal(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{0,6})(?:[.,](\\d{0,6}))?$"));
    const auto m = shape.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    Decimal d;
    for (const QChar c : m.captured(1) + m.captured(2))
        d.mantissa = d.mantissa * 10 + Wide(c.digitValue());
    for (qsizetype i = 0; i < m.captured(2).size(); ++i)
        d.scale *= 10;
    return d;
}

// num / den rounded half up.
Wide roundedDivide(Wide num, Wide den)
{
    return (2 * num + den) / (2 * den);
}

enum class Unit { Pound, Kilogram, Gram, Ounce, PoundOunce };

std::optional<Unit> readUnit(const QString &text)
{
    QString u = text.toLower();
    u.remove(u' ');
    if (u == QLatin1String("lb") || u == QLatin1String("lbs") || u == QLatin1String("#") ||
        u == QLatin1String("pound") || u == QLatin1String("pounds") || u == QLatin1String("l"))
        return Unit::Pound;
    if (u == QLatin1String("kg"))
        return Unit::Kilogram;
    if (u == QLatin1String("g"))
        return Unit::Gram;
    if (u == QLatin1String("oz"))
        return Unit::Ounce;
    if (u == QLatin1String("lb-oz") || u == QLatin1String("lboz") || u == QLatin1String("lb:oz") ||
        u == QLatin1String("lb/oz"))
        return Unit::PoundOunce;
    return std::nullopt;
}

ScaleReading bad(const QString &why)
{
    ScaleReading r;
    r.kind = ScaleReading::Kind::Bad;
    r.problem = why;
    return r;
}

// A weight in pounds hundredths as a reading: negative is an underload, beyond what the app
// takes an overload.
ScaleReading reading(int hundredths, bool stable)
{
    ScaleReading r;
    r.stable = stable;
    r.hundredths = hundredths;
    if (hundredths < 0)
        r.kind = ScaleReading::Kind::Underload;
    else if (hundredths > Weight::maxHundredths)
        r.kind = ScaleReading::Kind::Overload;
    else
        r.kind = ScaleReading::Kind::Weight;
    return r;
}

ScaleReading overload(bool stable = false)
{
    ScaleReading r;
    r.kind = ScaleReading::Kind::Overload;
    r.stable = stable;
    return r;
}

} // namespace

Result<int> ScaleProtocol::toHundredths(const QString &valueText, const QString &unitText)
{
    using R = Result<int>;
    const auto unit = readUnit(unitText);
    if (!unit)
        return R::failure(tr("\"%1\" is not a unit the app knows (lb, kg, g, oz, lb-oz).")
                              .arg(unitText.trimmed()));
    QString value = valueText.trimmed();
    bool negative = false;
    if (value.startsWith(u'-') || value.startsWith(u'+')) {
        negative = value.startsWith(u'-');
        value = value.mid(1).trimmed();
    }
    const QString notANumber = tr("\"%1\" is not a number.").arg(valueText.trimmed());
    Wide num = 0;
    Wide den = 1;
    if (*unit == Unit::PoundOunce) {
        static const QRegularExpression parts(QStringLiteral("^(\\d{1,6})\\s*[-: ]\\s*(\\S+)$"));
        const auto m = parts.match(value);
        if (!m.hasMatch())
            return R::failure(notANumber);
        const auto ounces = readDecimal(m.captured(2));
        if (!ounces)
            return R::failure(notANumber);
        if (ounces->mantissa >= 16 * ounces->scale)
            return R::failure(tr("Ounces must be less than 16 (16 ounces make a pound)."));
        // (pounds * 16 + ounces) / 16 pounds
        num = (Wide(m.captured(1).toLongLong()) * 16 * ounces->scale + ounces->mantissa) * 100;
        den = 16 * ounces->scale;
    } else {
        value.remove(u' ');
        const auto d = readDecimal(value);
        if (!d)
            return R::failure(notANumber);
        // 1 lb = 0.45359237 kg exactly; 1 lb = 16 oz.
        switch (*unit) {
        case Unit::Pound:
            num = d->mantissa * 100;
            den = d->scale;
            break;
        case Unit::Ounce:
            num = d->mantissa * 100;
            den = d->scale * 16;
            break;
        case Unit::Kilogram:
            num = d->mantissa * 100 * 100000000;
            den = d->scale * 45359237;
            break;
        case Unit::Gram:
            num = d->mantissa * 100 * 100000;
            den = d->scale * 45359237;
            break;
        case Unit::PoundOunce:
            break;
        }
    }
    const int magnitude = int(roundedDivide(num, den));
    return negative ? -magnitude : magnitude;
}

Result<ScaleProtocol> ScaleProtocol::fromSpec(const QString &spec)
{
    using R = Result<ScaleProtocol>;
    ScaleProtocol p;
    const QString s = spec.trimmed();
    if (s.isEmpty() || s.compare(QLatin1String("ad"), Qt::CaseInsensitive) == 0)
        return p;
    if (s.compare(QLatin1String("sics"), Qt::CaseInsensitive) == 0) {
        p.m_kind = Kind::Sics;
        return p;
    }
    p.m_kind = Kind::Pattern;
    p.m_pattern = QRegularExpression(spec);
    if (!p.m_pattern.isValid())
        return R::failure(tr("The pattern \"%1\" is not a valid regular expression: %2 (at "
                             "character %3).")
                              .arg(spec, p.m_pattern.errorString())
                              .arg(p.m_pattern.patternErrorOffset() + 1));
    if (!p.m_pattern.namedCaptureGroups().contains(QStringLiteral("value")))
        return R::failure(tr("The pattern \"%1\" has no group named value: write (?<value>...) "
                             "around the number.")
                              .arg(spec));
    p.m_pattern.optimize();
    return p;
}

QString ScaleProtocol::spec() const
{
    switch (m_kind) {
    case Kind::AD:
        return QStringLiteral("ad");
    case Kind::Sics:
        return QStringLiteral("sics");
    case Kind::Pattern:
        break;
    }
    return m_pattern.pattern();
}

ScaleReading ScaleProtocol::parse(const QByteArray &bytes) const
{
    const QString line = QString::fromLatin1(bytes).trimmed();
    if (line.isEmpty())
        return bad(tr("an empty line"));
    switch (m_kind) {
    case Kind::AD:
        return parseAd(line);
    case Kind::Sics:
        return parseSics(line);
    case Kind::Pattern:
        break;
    }
    return parsePattern(line);
}

namespace {

// "+0012.34lb", "+  12.34 kg", "12 lb 5.3 oz": a value and its unit.
ScaleReading valueAndUnit(const QString &text, bool stable)
{
    static const QRegularExpression poundsOunces(QStringLiteral(
        "^([+-]?)\\s*(\\d{1,6})\\s*lbs?\\s*(\\d{1,2}(?:[.,]\\d{0,4})?)\\s*oz$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(
        QStringLiteral("^([+-]?\\s*[\\d.,]+)\\s*([A-Za-z#][A-Za-z#:/-]*)$"));
    QString value;
    QString unit;
    if (const auto m = poundsOunces.match(text); m.hasMatch()) {
        value = m.captured(1) + m.captured(2) + u'-' + m.captured(3);
        unit = QStringLiteral("lb-oz");
    } else if (const auto p = plain.match(text); p.hasMatch()) {
        value = p.captured(1);
        unit = p.captured(2);
    } else {
        return bad(ScaleProtocol::tr("no value and unit in \"%1\"").arg(text));
    }
    auto h = ScaleProtocol::toHundredths(value, unit);
    if (!h)
        return bad(h.error());
    return reading(h.value(), stable);
}

} // namespace

ScaleReading ScaleProtocol::parseAd(const QString &line) const
{
    const QStringList parts = line.split(u',');
    if (parts.size() != 3)
        return bad(tr("not a line of the form ST,GS,+0012.34lb: \"%1\"").arg(line));
    const QString header = parts.at(0).trimmed().toUpper();
    const QString type = parts.at(1).trimmed().toUpper();
    if (header == QLatin1String("OL"))
        return overload();
    if (header != QLatin1String("ST") && header != QLatin1String("US"))
        return bad(tr("unknown header \"%1\" (ST, US or OL expected)").arg(parts.at(0)));
    if (type != QLatin1String("GS") && type != QLatin1String("NT"))
        return bad(tr("\"%1\" is not a gross (GS) or net (NT) weight").arg(parts.at(1)));
    const bool stable = header == QLatin1String("ST");
    const QString rest = parts.at(2).trimmed();
    if (rest.contains(QLatin1String("OL"), Qt::CaseInsensitive))
        return overload(stable);
    return valueAndUnit(rest, stable);
}

ScaleReading ScaleProtocol::parseSics(const QString &line) const
{
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    const QString first = words.value(0).toUpper();
    if (first == QLatin1String("ES") || first == QLatin1String("ET") ||
        first == QLatin1String("EL"))
        return bad(tr("the scale answered an error (%1)").arg(first));
    if (first != QLatin1String("S") || words.size() < 2)
        return bad(tr("not a SICS weight answer: \"%1\"").arg(line));
    const QString status = words.at(1);
    if (status == QLatin1String("+"))
        return overload();
    if (status == QLatin1String("-")) {
        ScaleReading r;
        r.kind = ScaleReading::Kind::Underload;
        return r;
    }
    if (status == QLatin1String("I"))
        return bad(tr("the scale cannot weigh now (S I)"));
    if (status != QLatin1String("S") && status != QLatin1String("D"))
        return bad(tr("unknown SICS status \"%1\"").arg(status));
    if (words.size() < 3)
        return bad(tr("a SICS answer without a weight: \"%1\"").arg(line));
    return valueAndUnit(words.mid(2).join(u' '), status == QLatin1String("S"));
}

ScaleReading ScaleProtocol::parsePattern(const QString &line) const
{
    const auto m = m_pattern.match(line);
    if (!m.hasMatch())
        return bad(tr("the line does not fit the pattern: \"%1\"").arg(line));
    const QStringList groups = m_pattern.namedCaptureGroups();
    const bool stable =
        !groups.contains(QStringLiteral("stable")) || !m.captured(QStringLiteral("stable")).isEmpty();
    if (groups.contains(QStringLiteral("overload")) &&
        !m.captured(QStringLiteral("overload")).isEmpty())
        return overload(stable);
    QString unit = groups.contains(QStringLiteral("unit")) ? m.captured(QStringLiteral("unit"))
                                                           : QString();
    if (unit.trimmed().isEmpty())
        unit = QStringLiteral("lb");
    const QString value = m.captured(QStringLiteral("value"));
    if (value.trimmed().isEmpty())
        return bad(tr("no value in \"%1\"").arg(line));
    auto h = toHundredths(value, unit);
    if (!h)
        return bad(h.error());
    return reading(h.value(), stable);
}

QList<QByteArray> LineAssembler::feed(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (!m_buffer.trimmed().isEmpty())
                lines.append(m_buffer);
            m_buffer.clear();
            continue;
        }
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u >= 0x7f)
            continue; // noise, framing bytes
        m_buffer.append(c);
        if (m_buffer.size() > maxLine) {
            lines.append(m_buffer);
            m_buffer.clear();
        }
    }
    return lines;
}
