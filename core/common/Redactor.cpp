#include "core/common/Redactor.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QReadWriteLock>
#include <QUrl>

#include <algorithm>

namespace canary::redaction {

namespace {

constexpr qsizetype kMinimumLength = 6;

struct Store
{
    QReadWriteLock lock;
    QList<QByteArray> forms; // longest first, so a value's longer form is cut before a shorter one inside it
};

Store &store()
{
    static Store s;
    return s;
}

// "a\"b" as it appears inside a JSON string.
QByteArray jsonEscaped(const QByteArray &raw)
{
    QByteArray quoted = QJsonDocument::fromVariant(QVariantList{QString::fromUtf8(raw)}).toJson(QJsonDocument::Compact);
    return quoted.mid(2, quoted.size() - 4); // ["…"] → …
}

} // namespace

void remember(const QByteArray &secret)
{
    if (secret.size() < kMinimumLength)
        return;
    Store &s = store();
    QWriteLocker lock(&s.lock);
    for (const QByteArray &form : {secret, QUrl::toPercentEncoding(QString::fromUtf8(secret)), jsonEscaped(secret)})
        if (form.size() >= kMinimumLength && !s.forms.contains(form))
            s.forms.append(form);
    std::sort(s.forms.begin(), s.forms.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray redact(QByteArray bytes)
{
    Store &s = store();
    QReadLocker lock(&s.lock);
    for (const QByteArray &form : s.forms)
        bytes.replace(form, kMark);
    return bytes;
}

QString redact(QString text)
{
    Store &s = store();
    QReadLocker lock(&s.lock);
    for (const QByteArray &form : s.forms)
        text.replace(QString::fromUtf8(form), QLatin1String(kMark));
    return text;
}

int rememberedCount()
{
    Store &s = store();
    QReadLocker lock(&s.lock);
    return static_cast<int>(s.forms.size());
}

} // namespace canary::redaction
