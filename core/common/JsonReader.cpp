#include "core/common/JsonReader.h"

#include "core/common/Duration.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace canary {

QString joinProblems(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

JsonReader::JsonReader(QJsonObject object, QString path, QList<Problem> *problems)
    : m_object(std::move(object)), m_path(std::move(path)), m_problems(problems)
{
}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonReader::indexPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QStringLiteral("[%1]").arg(index);
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QCoreApplication::translate("Scenario", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("Scenario", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void JsonReader::problem(const QString &key, const QString &message)
{
    m_problems->append(Problem{key.isEmpty() ? m_path : pathOf(key), message});
}

void JsonReader::problemAt(const QString &fullPath, const QString &message)
{
    m_problems->append(Problem{fullPath, message});
}

JsonReader JsonReader::child(const QJsonObject &object, const QString &fullPath) const
{
    return JsonReader(object, fullPath, m_problems);
}

std::optional<QJsonValue> JsonReader::take(const QString &key, Need need, const char *expected)
{
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (need == Need::Required)
            problem(key,
                    QCoreApplication::translate("Scenario", "is required (%1)").arg(QString::fromLatin1(expected)));
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> JsonReader::string(const QString &key, Need need)
{
    const auto v = take(key, need, "a string");
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        problem(key, QCoreApplication::translate("Scenario", "must be a string, got %1").arg(describe(*v)));
        return std::nullopt;
    }
    if (need == Need::Required && v->toString().trimmed().isEmpty()) {
        problem(key, QCoreApplication::translate("Scenario", "must not be empty"));
        return std::nullopt;
    }
    return v->toString();
}

QString JsonReader::string(const QString &key, const QString &fallback)
{
    return string(key, Need::Optional).value_or(fallback);
}

std::optional<double> JsonReader::number(const QString &key, Need need)
{
    const auto v = take(key, need, "a number");
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        problem(key, QCoreApplication::translate("Scenario", "must be a number, got %1").arg(describe(*v)));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<qint64> JsonReader::integer(const QString &key, Need need)
{
    const auto v = number(key, need);
    if (!v)
        return std::nullopt;
    if (std::floor(*v) != *v || std::abs(*v) > 9e15) {
        problem(key, QCoreApplication::translate("Scenario", "must be a whole number, got %1").arg(*v));
        return std::nullopt;
    }
    return static_cast<qint64>(*v);
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const auto v = take(key, Need::Optional, "true or false");
    if (!v)
        return fallback;
    if (!v->isBool()) {
        problem(key, QCoreApplication::translate("Scenario", "must be true or false, got %1").arg(describe(*v)));
        return fallback;
    }
    return v->toBool();
}

std::optional<qint64> JsonReader::durationMs(const QString &key, Need need)
{
    const auto v = take(key, need, "a duration such as \"30s\" or \"30m\"");
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        problem(key,
                QCoreApplication::translate("Scenario", "must be a duration string such as \"30s\" or \"30m\", got %1")
                    .arg(describe(*v)));
        return std::nullopt;
    }
    const auto parsed = duration::parseMs(v->toString());
    if (!parsed) {
        problem(key, parsed.error().message);
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<QJsonObject> JsonReader::object(const QString &key, Need need)
{
    const auto v = take(key, need, "an object");
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        problem(key, QCoreApplication::translate("Scenario", "must be an object, got %1").arg(describe(*v)));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonReader::array(const QString &key, Need need)
{
    const auto v = take(key, need, "an array");
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        problem(key, QCoreApplication::translate("Scenario", "must be an array, got %1").arg(describe(*v)));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QStringList> JsonReader::stringList(const QString &key, Need need)
{
    const auto arr = array(key, need);
    if (!arr)
        return std::nullopt;
    QStringList out;
    bool good = true;
    for (qsizetype i = 0; i < arr->size(); ++i) {
        const QJsonValue item = arr->at(i);
        if (!item.isString()) {
            m_problems->append(
                Problem{indexPath(pathOf(key), i),
                        QCoreApplication::translate("Scenario", "must be a string, got %1").arg(describe(item))});
            good = false;
            continue;
        }
        out << item.toString();
    }
    if (!good)
        return std::nullopt;
    return out;
}

std::optional<QJsonValue> JsonReader::value(const QString &key, Need need)
{
    return take(key, need, "a value");
}

void JsonReader::finish()
{
    QStringList unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            unknown << it.key();
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &key : unknown) {
        QStringList known(m_seen.begin(), m_seen.end());
        std::sort(known.begin(), known.end());
        problem(key, QCoreApplication::translate("Scenario", "unknown key (known keys here: %1)")
                         .arg(known.join(QStringLiteral(", "))));
    }
}

} // namespace canary
