#include "core/auth/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QObject>

#ifdef CANARYDESK_SECRET_SERVICE
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif

namespace canary {

namespace {

constexpr const char *kNoKeychain =
    "CanaryDesk keeps credentials only in a keychain (on Linux a Secret Service such as GNOME Keyring or "
    "KWallet on the session D-Bus) and never in plain files; start one, or give this secret for one run in its "
    "environment variable (README, Secrets)";

QString explain(const QKeychain::Job &job, const QString &key, const char *action)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return QStringLiteral("no secret named \"%1\" is stored in the OS keychain; add it under Credentials "
                              "(or give it for one run in its environment variable)")
            .arg(key);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QStringLiteral("the OS keychain refused to %1 \"%2\": %3 (unlock the keyring and try again)")
            .arg(QString::fromLatin1(action), key, job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return QStringLiteral("the OS keychain could not %1 \"%2\": %3. %4")
        .arg(QString::fromLatin1(action), key, job.errorString(), QString::fromLatin1(kNoKeychain));
}

int codeOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return SecretStore::kNotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::kDenied;
    default:
        return SecretStore::kUnavailable;
    }
}

// No session bus: libsecret cannot reach a Secret Service. Said at once, without starting a job (which
// would try to auto-launch a bus and then fail with a less helpful text).
std::optional<Error> noSessionBus(const QString &key, const char *action)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return Error{QStringLiteral("the OS keychain could not %1 \"%2\": there is no D-Bus session. %3")
                         .arg(QString::fromLatin1(action), key, QString::fromLatin1(kNoKeychain)),
                     SecretStore::kUnavailable};
#else
    Q_UNUSED(key)
    Q_UNUSED(action)
#endif
    return std::nullopt;
}

#ifdef CANARYDESK_SECRET_SERVICE
// The Secret Service's locked collections, by label. libsecret answers a lookup in a locked collection whose
// unlock prompt was cancelled (or could not be shown) with "not found", which QtKeychain passes on as
// EntryNotFound: asked only then, so "missing" is never said of a secret that is merely locked away.
QStringList lockedCollections()
{
    const QString service = QStringLiteral("org.freedesktop.secrets");
    const QString props = QStringLiteral("org.freedesktop.DBus.Properties");
    QDBusConnection bus = QDBusConnection::sessionBus();
    auto get = [&](const QString &path, const QString &iface, const QString &name) {
        QDBusMessage m = QDBusMessage::createMethodCall(service, path, props, QStringLiteral("Get"));
        m << iface << name;
        const QDBusMessage reply = bus.call(m, QDBus::Block, 3000);
        return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
                   ? reply.arguments().first().value<QDBusVariant>().variant()
                   : QVariant();
    };
    QStringList locked;
    const QVariant collections = get(QStringLiteral("/org/freedesktop/secrets"),
                                     QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Collections"));
    for (const QDBusObjectPath &path : qdbus_cast<QList<QDBusObjectPath>>(collections)) {
        const QString iface = QStringLiteral("org.freedesktop.Secret.Collection");
        if (get(path.path(), iface, QStringLiteral("Locked")).toBool()) {
            const QString label = get(path.path(), iface, QStringLiteral("Label")).toString();
            locked << (label.isEmpty() ? path.path().section(QLatin1Char('/'), -1) : label);
        }
    }
    return locked;
}
#endif

// A read that found nothing: missing, or locked away.
Error notFound(const QKeychain::Job &job, const QString &key)
{
#ifdef CANARYDESK_SECRET_SERVICE
    if (const QStringList locked = lockedCollections(); !locked.isEmpty())
        return Error{QStringLiteral("the OS keychain is locked (keyring \"%1\"), so \"%2\" could not be read: the "
                                    "unlock prompt was cancelled or could not be shown. Unlock the keyring (log in "
                                    "again, or unlock it in Passwords and Keys) and try again")
                         .arg(locked.join(QStringLiteral("\", \"")), key),
                     SecretStore::kDenied};
#endif
    return Error{explain(job, key, "read"), SecretStore::kNotFound};
}

// The one way a job is made and run: parentless, self-deleting after `finished`, no plaintext fallback.
// The callback lives in the connection, whose context is the job itself, so it is destroyed with the job
// and never outlives it, whatever the caller captured.
template <typename Job, typename Configure, typename OnFinished>
void runJob(const QString &service, const QString &key, Configure configure, OnFinished onFinished)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    configure(*job);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [onFinished = std::move(onFinished)](QKeychain::Job *j) { onFinished(*static_cast<Job *>(j)); });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    if (auto missing = noSessionBus(key, "read")) {
        done(Result<Secret>(std::move(*missing)));
        return;
    }
    runJob<QKeychain::ReadPasswordJob>(
        m_service, key, [](QKeychain::ReadPasswordJob &) {},
        [key, done = std::move(done)](QKeychain::ReadPasswordJob &job) {
            if (job.error() == QKeychain::EntryNotFound)
                done(Result<Secret>(notFound(job, key)));
            else if (job.error() != QKeychain::NoError)
                done(Result<Secret>(Error{explain(job, key, "read"), codeOf(job)}));
            else
                done(Secret(job.binaryData()));
        });
}

void KeychainSecretStore::write(const QString &key, const Secret &value, DoneCallback done)
{
    if (key.trimmed().isEmpty()) {
        done(Status::failure(QStringLiteral("a keychain entry needs a name")));
        return;
    }
    if (auto missing = noSessionBus(key, "store")) {
        done(Status(std::move(*missing)));
        return;
    }
    runJob<QKeychain::WritePasswordJob>(
        m_service, key, [&value](QKeychain::WritePasswordJob &job) { job.setBinaryData(value.reveal()); },
        [key, done = std::move(done)](QKeychain::WritePasswordJob &job) {
            if (job.error() != QKeychain::NoError)
                done(Status(Error{explain(job, key, "store"), codeOf(job)}));
            else
                done(Done{});
        });
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    if (auto missing = noSessionBus(key, "delete")) {
        done(Status(std::move(*missing)));
        return;
    }
    runJob<QKeychain::DeletePasswordJob>(
        m_service, key, [](QKeychain::DeletePasswordJob &) {},
        [key, done = std::move(done)](QKeychain::DeletePasswordJob &job) {
            if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
                done(Status(Error{explain(job, key, "delete"), codeOf(job)}));
                return;
            }
            // libsecret reports "nothing deleted" without an error both when there was nothing and when the
            // entry is locked away: a keyring still locked after the job means it may well still be there.
            Error why = notFound(job, key);
            if (why.code == SecretStore::kDenied)
                done(Status(Error{
                    why.message.replace(QStringLiteral("could not be read"), QStringLiteral("could not be deleted")),
                    why.code}));
            else
                done(Done{});
        });
}

} // namespace canary
