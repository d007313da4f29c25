#include "core/auth/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace canary {

namespace {

QString explain(const QKeychain::Job &job, const QString &key, const char *action)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return QStringLiteral("no secret named \"%1\" is stored in the OS keychain; add it under Credentials "
                              "(or set CANARYDESK_CLIENT_SECRET for one run)")
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
    return QStringLiteral("the OS keychain could not %1 \"%2\": %3. CanaryDesk keeps credentials only in a "
                          "keychain (on Linux a Secret Service such as GNOME Keyring or KWallet on the session "
                          "D-Bus) and never in plain files; start one, or set CANARYDESK_CLIENT_SECRET for one run")
        .arg(QString::fromLatin1(action), key, job.errorString());
}

// Every job: deletes itself, never falls back to plaintext storage.
template <typename Job> Job *newJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() != QKeychain::NoError) {
            done(Result<Secret>(
                Error{explain(*j, key, "read"), j->error() == QKeychain::EntryNotFound ? SecretStore::kNotFound : 0}));
            return;
        }
        done(Secret(readJob->binaryData()));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const Secret &value, DoneCallback done)
{
    if (key.trimmed().isEmpty()) {
        done(Status::failure(QStringLiteral("a keychain entry needs a name")));
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setBinaryData(value.reveal());
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(Status::failure(explain(*j, key, "store")));
        else
            done(Done{});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(Status::failure(explain(*j, key, "delete")));
        else
            done(Done{});
    });
    job->start();
}

} // namespace canary
