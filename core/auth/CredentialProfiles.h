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

private:
    void writeAll(const QList<CredentialProfile> &list);
    QSettings &m_settings;
};

} // namespace canary
