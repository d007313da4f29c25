#pragma once

// A request body template parsed once into literal and placeholder parts, rendered per request:
// {{uuid}}, {{seq}}, {{timestamp}} (ISO-8601 UTC, ms), {{worker}}, {{env.NAME}}, {{pick:a|b|c}} (chosen by seq).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace canary {

class BodyTemplate
{
public:
    BodyTemplate() = default;
    // A JSON object/array body is serialised compactly first; its string values may hold placeholders.
    // {{env.NAME}} takes its value from environment — the variables the operator handed over for this run —
    // never from the process's own environment (a name not handed over renders empty).
    explicit BodyTemplate(const QString &text, const QMap<QString, QByteArray> &environment = {});

    QByteArray render(quint64 seq, int worker, const QDateTime &utcNow) const;
    bool isEmpty() const { return m_parts.isEmpty(); }

private:
    enum class Kind
    {
        Literal,
        Uuid,
        Seq,
        Timestamp,
        Worker,
        Env,
        Pick
    };
    struct Part
    {
        Kind kind;
        QByteArray literal;        // Literal, Env (its value, taken once at parse time)
        QList<QByteArray> choices; // Pick
    };
    QList<Part> m_parts;
};

} // namespace canary
