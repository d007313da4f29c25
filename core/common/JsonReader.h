#pragma once

// Reads one JSON object field by field, collecting every problem with its JSON path
// ("load.stages[1].rate: must be > 0, got -5") instead of stopping at the first one, and reporting
// keys nobody asked for so that a typo is never silently ignored.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace canary {

struct Problem
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    friend bool operator==(const Problem &, const Problem &) = default;
};

QString joinProblems(const QList<Problem> &problems);

class JsonReader
{
public:
    enum class Need
    {
        Optional,
        Required
    };

    JsonReader(QJsonObject object, QString path, QList<Problem> *problems);

    QString path() const { return m_path; }
    QString pathOf(const QString &key) const;
    static QString indexPath(const QString &arrayPath, qsizetype index);
    bool has(const QString &key) const { return m_object.contains(key); }

    std::optional<QString> string(const QString &key, Need need = Need::Optional);
    QString string(const QString &key, const QString &fallback);
    std::optional<double> number(const QString &key, Need need = Need::Optional);
    std::optional<qint64> integer(const QString &key, Need need = Need::Optional);
    bool boolean(const QString &key, bool fallback);
    std::optional<qint64> durationMs(const QString &key, Need need = Need::Optional);
    std::optional<QJsonObject> object(const QString &key, Need need = Need::Optional);
    std::optional<QJsonArray> array(const QString &key, Need need = Need::Optional);
    std::optional<QStringList> stringList(const QString &key, Need need = Need::Optional);
    // Any JSON value, unchecked; the caller validates it.
    std::optional<QJsonValue> value(const QString &key, Need need = Need::Optional);

    void problem(const QString &key, const QString &message);
    // A problem at a full path (e.g. an array element).
    void problemAt(const QString &fullPath, const QString &message);
    // A reader for a nested object at fullPath, sharing this reader's problem list.
    JsonReader child(const QJsonObject &object, const QString &fullPath) const;
    const QJsonObject &object() const { return m_object; }
    // Reports keys present in the object that were never read. Call once, after reading.
    void finish();

    static QString describe(const QJsonValue &value);

private:
    std::optional<QJsonValue> take(const QString &key, Need need, const char *expected);

    QJsonObject m_object;
    QString m_path;
    QList<Problem> *m_problems;
    QSet<QString> m_seen;
};

} // namespace canary
