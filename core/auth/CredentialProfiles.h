#pragma once

// OAuth2 credential profiles (id, token URL, client id, scope, auth style) kept in the application's
// settings. The secret of a profile lives in the OS keychain under the profile's id — the name a
// scenario's auth.secretKey refers to — and never in settings.

#include <QList>
#include <QSettings>
#include <QString>

namespace canary {

struct CredentialProfile
{
    QString id;
    QString tokenUrl;
    QString clientId;
    QString scope;
    bool basicAuth = true;

    friend bool operator==(const CredentialProfile &, const CredentialProfile &) = default;
};

class CredentialProfiles
{
public:
    explicit CredentialProfiles(QSettings &settings) : m_settings(settings) {}

    QList<CredentialProfile> all() const;
    void save(const CredentialProfile &profile); // replaces the profile with the same id
    void remove(const QString &id);

    // The names of the keychain entries stored through CanaryDesk (the keychain cannot be listed portably): the
    // profiles' ids, every name stored with `canarydesk credentials set` or the dialog, and the well-known ones
    // (slack-webhook, k6-cloud-token). Names only — never a value.
    QStringList credentialNames() const;
    void rememberName(const QString &name);
    void forgetName(const QString &name);

private:
    void writeAll(const QList<CredentialProfile> &list);
    QSettings &m_settings;
};

} // namespace canary
