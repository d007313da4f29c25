#include "core/engine/BodyTemplate.h"

#include <QRegularExpression>
#include <QUuid>

namespace canary {

BodyTemplate::BodyTemplate(const QString &text, const QMap<QString, QByteArray> &environment)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > last)
            m_parts.append(Part{Kind::Literal, text.mid(last, m.capturedStart() - last).toUtf8(), {}});
        const QString name = m.captured(1);
        if (name == QLatin1String("uuid"))
            m_parts.append(Part{Kind::Uuid, {}, {}});
        else if (name == QLatin1String("seq"))
            m_parts.append(Part{Kind::Seq, {}, {}});
        else if (name == QLatin1String("timestamp"))
            m_parts.append(Part{Kind::Timestamp, {}, {}});
        else if (name == QLatin1String("worker"))
            m_parts.append(Part{Kind::Worker, {}, {}});
        else if (name.startsWith(QLatin1String("env.")))
            m_parts.append(Part{Kind::Env, environment.value(name.mid(4)), {}});
        else if (name.startsWith(QLatin1String("pick:"))) {
            Part p{Kind::Pick, {}, {}};
            for (const QString &choice : name.mid(5).split(QLatin1Char('|')))
                p.choices.append(choice.toUtf8());
            m_parts.append(p);
        } else {
            m_parts.append(Part{Kind::Literal, m.captured(0).toUtf8(), {}}); // validated earlier; keep as is
        }
        last = m.capturedEnd();
    }
    if (last < text.size())
        m_parts.append(Part{Kind::Literal, text.mid(last).toUtf8(), {}});
}

QByteArray BodyTemplate::render(quint64 seq, int worker, const QDateTime &utcNow) const
{
    QByteArray out;
    out.reserve(256);
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case Kind::Literal:
        case Kind::Env:
            out += p.literal;
            break;
        case Kind::Uuid:
            out += QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            break;
        case Kind::Seq:
            out += QByteArray::number(seq);
            break;
        case Kind::Timestamp:
            out += utcNow.toString(Qt::ISODateWithMs).toLatin1();
            break;
        case Kind::Worker:
            out += QByteArray::number(worker);
            break;
        case Kind::Pick:
            out += p.choices.isEmpty() ? QByteArray() : p.choices.at(static_cast<qsizetype>(seq % p.choices.size()));
            break;
        }
    }
    return out;
}

} // namespace canary
