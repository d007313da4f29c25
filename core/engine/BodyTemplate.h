#pragma once

// A request body template parsed once into literal and placeholder parts, rendered per request:
// {{uuid}}, {{seq}}, {{timestamp}} (ISO-8601 UTC, ms), {{worker}}, {{env.NAME}}, {{pick:a|b|c}} (chosen by seq).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace canary {

class BodyTemplate
{
public:
    BodyTemplate() = default;
    // A JSON object/array body is serialised compactly first; its string values may hold placeholders.
    explicit BodyTemplate(const QString &text);

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
        QByteArray literal;        // Literal, Env (value read once at parse time)
        QList<QByteArray> choices; // Pick
    };
    QList<Part> m_parts;
};

} // namespace canary
