#pragma once

#include "core/auth/SecretStore.h"
#include "core/auth/Secrets.h"

#include "tests/support/TestUtil.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QProcess>

#include <gtest/gtest.h>

#include <optional>

namespace canary::test {

// Runs one asynchronous SecretStore call to completion on the event loop.
inline Result<Secret> readSync(SecretStore &store, const QString &key)
{
    std::optional<Result<Secret>> out;
    store.read(key, [&](Result<Secret> r) { out.emplace(std::move(r)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000))
        return Result<Secret>::failure(QStringLiteral("test: keychain read did not finish"));
    return std::move(*out);
}

inline Status writeSync(SecretStore &store, const QString &key, const Secret &value)
{
    std::optional<Status> out;
    store.write(key, value, [&](Status s) { out.emplace(std::move(s)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000))
        return Status::failure(QStringLiteral("test: keychain write did not finish"));
    return *out;
}

// Stores a credential the way an operator does (`canarydesk credentials set`, the Credentials dialog): bound to the
// origins of boundTo.
inline Status storeSync(SecretStore &store, const QString &key, const QByteArray &value, const QList<QUrl> &boundTo)
{
    QList<Origin> origins;
    for (const QUrl &url : boundTo)
        origins << *Origin::of(url);
    std::optional<Status> out;
    storeCredential(store, key, Secret(value), origins, [&](Status s) { out.emplace(std::move(s)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000))
        return Status::failure(QStringLiteral("test: keychain write did not finish"));
    return *out;
}

inline Status removeSync(SecretStore &store, const QString &key)
{
    std::optional<Status> out;
    store.remove(key, [&](Status s) { out.emplace(std::move(s)); });
    if (!waitUntil([&] { return out.has_value(); }, 30000))
        return Status::failure(QStringLiteral("test: keychain delete did not finish"));
    return *out;
}

} // namespace canary::test

namespace canary::test {

// Locks the keyring the Secret Service stores new items in (the "login" collection of with-keyring.sh).
inline void lockDefaultCollection()
{
    QProcess alias;
    alias.start(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.Secret.Service.ReadAlias"), QStringLiteral("default")});
    ASSERT_TRUE(alias.waitForFinished(10000));
    const QString out = QString::fromUtf8(alias.readAllStandardOutput());
    const QString path = out.section(QLatin1Char('\''), 1, 1);
    ASSERT_TRUE(path.startsWith(QStringLiteral("/org/freedesktop/secrets/collection/"))) << out.toStdString();
    QProcess lock;
    lock.start(QStringLiteral("gdbus"),
               {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"), QStringLiteral("['%1']").arg(path)});
    ASSERT_TRUE(lock.waitForFinished(10000));
    ASSERT_EQ(lock.exitCode(), 0) << lock.readAllStandardError().constData();
}

// A Secret Service secret (o ay ay s), as gnome-keyring's unlock call takes the password.
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

inline QDBusArgument &operator<<(QDBusArgument &a, const DBusSecret &s)
{
    a.beginStructure();
    a << s.session << s.parameters << s.value << s.contentType;
    a.endStructure();
    return a;
}

inline const QDBusArgument &operator>>(const QDBusArgument &a, DBusSecret &s)
{
    a.beginStructure();
    a >> s.session >> s.parameters >> s.value >> s.contentType;
    a.endStructure();
    return a;
}

} // namespace canary::test

Q_DECLARE_METATYPE(canary::test::DBusSecret)

namespace canary::test {

// What logging in does: the running daemon unlocks the login keyring with the password with-keyring.sh
// gave it (gnome-keyring's own unlock call, with the password in a plain session on this connection).
inline void unlockLogin()
{
    qDBusRegisterMetaType<DBusSecret>();
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage open =
        QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
                                       QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = bus.call(open);
    ASSERT_EQ(opened.type(), QDBusMessage::ReplyMessage) << opened.errorMessage().toStdString();
    const auto session = opened.arguments().at(1).value<QDBusObjectPath>();
    QDBusMessage unlock =
        QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
                                       QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                                       QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login")))
           << QVariant::fromValue(DBusSecret{session, {}, "canarydesk-test-keyring", QStringLiteral("text/plain")});
    const QDBusMessage unlocked = bus.call(unlock);
    ASSERT_EQ(unlocked.type(), QDBusMessage::ReplyMessage) << unlocked.errorMessage().toStdString();
}

} // namespace canary::test
