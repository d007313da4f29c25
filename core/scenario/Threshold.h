#pragma once

// k6-syntax threshold expressions ("p(95)<250", "rate<=0.005", "count==0"): parsing with errors that
// say what is wrong and where, and evaluation against a measured value.

#include "core/common/Result.h"
#include "core/scenario/MetricCatalog.h"

#include <QString>

namespace canary {

class ThresholdExpression
{
public:
    enum class Aggregation
    {
        Avg,
        Min,
        Max,
        Med,
        Percentile,
        Rate,
        Count,
        Value
    };
    enum class Op
    {
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Equal,
        NotEqual
    };

    static Result<ThresholdExpression> parse(const QString &text);

    Aggregation aggregation() const { return m_aggregation; }
    double percentile() const { return m_percentile; }
    Op op() const { return m_op; }
    double limit() const { return m_limit; }

    // "p(95)", "rate", ...
    QString aggregationName() const;
    QString opSymbol() const;
    // Canonical text, as k6 prints it: no spaces ("p(95)<=250").
    QString text() const;
    bool holds(double measured) const;
    // Whether this aggregation exists for a metric of the given type.
    bool appliesTo(MetricType type) const;

    friend bool operator==(const ThresholdExpression &, const ThresholdExpression &) = default;

private:
    Aggregation m_aggregation = Aggregation::Avg;
    double m_percentile = 0;
    Op m_op = Op::Less;
    double m_limit = 0;
};

// One threshold of a gate: a metric, an expression and k6's abort options.
struct Threshold
{
    QString metric;
    ThresholdExpression expression;
    bool abortOnFail = false;
    qint64 delayAbortEvalMs = 0;

    friend bool operator==(const Threshold &, const Threshold &) = default;
};

} // namespace canary
