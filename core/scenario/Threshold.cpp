#include "core/scenario/Threshold.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace canary {

namespace {

QString formatNumber(double v)
{
    // The shortest text that reads back as the same double (fuzz_threshold found 'g', 15 losing digits).
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

struct Cursor
{
    const QString &text;
    qsizetype pos = 0;

    void skipSpace()
    {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
    }
    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text[pos]; }
    bool consume(QLatin1String token)
    {
        if (text.mid(pos, token.size()) == token) {
            pos += token.size();
            return true;
        }
        return false;
    }
    // A JSON-like number: optional sign, digits, optional fraction and exponent.
    std::optional<double> number()
    {
        const qsizetype start = pos;
        if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+'))
            ++pos;
        while (!atEnd() && (peek().isDigit() || peek() == QLatin1Char('.')))
            ++pos;
        if (!atEnd() && (peek() == QLatin1Char('e') || peek() == QLatin1Char('E'))) {
            ++pos;
            if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+'))
                ++pos;
            while (!atEnd() && peek().isDigit())
                ++pos;
        }
        bool ok = false;
        const double v = text.mid(start, pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            pos = start;
            return std::nullopt;
        }
        return v;
    }
};

} // namespace

Result<ThresholdExpression> ThresholdExpression::parse(const QString &text)
{
    auto fail = [&text](const QString &why) {
        return Result<ThresholdExpression>::failure(text + QStringLiteral(": ") + why);
    };
    if (text.trimmed().isEmpty())
        return Result<ThresholdExpression>::failure(
            QCoreApplication::translate("Scenario", "empty threshold (expected e.g. \"p(95)<250\" or \"rate<0.005\")"));

    Cursor c{text};
    ThresholdExpression e;
    c.skipSpace();
    const qsizetype nameStart = c.pos;
    while (!c.atEnd() && c.peek().isLetter())
        ++c.pos;
    const QString name = text.mid(nameStart, c.pos - nameStart);
    if (name == QLatin1String("p")) {
        if (!c.consume(QLatin1String("(")))
            return fail(
                QCoreApplication::translate("Scenario", "expected '(' after 'p' (percentiles are written p(95))"));
        c.skipSpace();
        const auto pct = c.number();
        if (!pct || *pct < 0 || *pct > 100)
            return fail(
                QCoreApplication::translate("Scenario", "expected a percentile between 0 and 100 inside p(...)"));
        c.skipSpace();
        if (!c.consume(QLatin1String(")")))
            return fail(QCoreApplication::translate("Scenario", "expected ')' after the percentile"));
        e.m_aggregation = Aggregation::Percentile;
        e.m_percentile = *pct;
    } else if (name == QLatin1String("avg")) {
        e.m_aggregation = Aggregation::Avg;
    } else if (name == QLatin1String("min")) {
        e.m_aggregation = Aggregation::Min;
    } else if (name == QLatin1String("max")) {
        e.m_aggregation = Aggregation::Max;
    } else if (name == QLatin1String("med")) {
        e.m_aggregation = Aggregation::Med;
    } else if (name == QLatin1String("rate")) {
        e.m_aggregation = Aggregation::Rate;
    } else if (name == QLatin1String("count")) {
        e.m_aggregation = Aggregation::Count;
    } else if (name == QLatin1String("value")) {
        e.m_aggregation = Aggregation::Value;
    } else {
        return fail(name.isEmpty()
                        ? QCoreApplication::translate(
                              "Scenario", "expected an aggregation (avg, min, max, med, p(N), rate, count or value) "
                                          "at the start")
                        : QCoreApplication::translate(
                              "Scenario", "unknown aggregation '%1' (expected avg, min, max, med, p(N), rate, count "
                                          "or value)")
                              .arg(name));
    }

    c.skipSpace();
    const QString afterName = text.mid(nameStart, c.pos - nameStart).trimmed();
    // Longest operators first.
    if (c.consume(QLatin1String("<=")))
        e.m_op = Op::LessEqual;
    else if (c.consume(QLatin1String(">=")))
        e.m_op = Op::GreaterEqual;
    else if (c.consume(QLatin1String("===")) || c.consume(QLatin1String("==")))
        e.m_op = Op::Equal;
    else if (c.consume(QLatin1String("!==")) || c.consume(QLatin1String("!=")))
        e.m_op = Op::NotEqual;
    else if (c.consume(QLatin1String("<")))
        e.m_op = Op::Less;
    else if (c.consume(QLatin1String(">")))
        e.m_op = Op::Greater;
    else
        return fail(QCoreApplication::translate("Scenario", "expected an operator (<, <=, >, >=, ==, !=) after '%1'")
                        .arg(afterName));

    c.skipSpace();
    const auto limit = c.number();
    if (!limit)
        return fail(QCoreApplication::translate("Scenario", "expected a number after '%1'").arg(e.opSymbol()));
    e.m_limit = *limit;
    c.skipSpace();
    if (!c.atEnd())
        return fail(QCoreApplication::translate("Scenario", "unexpected '%1' after %2")
                        .arg(text.mid(c.pos), formatNumber(*limit)));
    return e;
}

QString ThresholdExpression::aggregationName() const
{
    switch (m_aggregation) {
    case Aggregation::Avg:
        return QStringLiteral("avg");
    case Aggregation::Min:
        return QStringLiteral("min");
    case Aggregation::Max:
        return QStringLiteral("max");
    case Aggregation::Med:
        return QStringLiteral("med");
    case Aggregation::Percentile:
        return QStringLiteral("p(%1)").arg(formatNumber(m_percentile));
    case Aggregation::Rate:
        return QStringLiteral("rate");
    case Aggregation::Count:
        return QStringLiteral("count");
    case Aggregation::Value:
        return QStringLiteral("value");
    }
    return {};
}

QString ThresholdExpression::opSymbol() const
{
    switch (m_op) {
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterEqual:
        return QStringLiteral(">=");
    case Op::Equal:
        return QStringLiteral("==");
    case Op::NotEqual:
        return QStringLiteral("!=");
    }
    return {};
}

QString ThresholdExpression::text() const
{
    return aggregationName() + opSymbol() + formatNumber(m_limit);
}

bool ThresholdExpression::holds(double measured) const
{
    if (std::isnan(measured))
        return false;
    switch (m_op) {
    case Op::Less:
        return measured < m_limit;
    case Op::LessEqual:
        return measured <= m_limit;
    case Op::Greater:
        return measured > m_limit;
    case Op::GreaterEqual:
        return measured >= m_limit;
    case Op::Equal:
        return measured == m_limit;
    case Op::NotEqual:
        return measured != m_limit;
    }
    return false;
}

bool ThresholdExpression::appliesTo(MetricType type) const
{
    switch (type) {
    case MetricType::Trend:
        return m_aggregation == Aggregation::Avg || m_aggregation == Aggregation::Min ||
               m_aggregation == Aggregation::Max || m_aggregation == Aggregation::Med ||
               m_aggregation == Aggregation::Percentile;
    case MetricType::Rate:
        return m_aggregation == Aggregation::Rate;
    case MetricType::Counter:
        return m_aggregation == Aggregation::Count || m_aggregation == Aggregation::Rate;
    case MetricType::Gauge:
        return m_aggregation == Aggregation::Value || m_aggregation == Aggregation::Min ||
               m_aggregation == Aggregation::Max;
    }
    return false;
}

} // namespace canary
