#include "core/auth/CredentialProfiles.h"

#include <algorithm>

namespace canary {

namespace {
const QString kGroup = QStringLiteral("credentials");
const QString kNames = QStringLiteral("credentialNames/names");
} // namespace

QList<CredentialProfile> CredentialProfiles::all() const
{
    QList<CredentialProfile> out;
    const int n = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        out << CredentialProfile{m_settings.value(QStringLiteral("id")).toString(),
                                 m_settings.value(QStringLiteral("tokenUrl")).toString(),
                                 m_settings.value(QStringLiteral("clientId")).toString(),
                                 m_settings.value(QStringLiteral("scope")).toString(),
                                 m_settings.value(QStringLiteral("style")).toString() != QLatin1String("body")};
    }
    m_settings.endArray();
    return out;
}

void CredentialProfiles::writeAll(const QList<CredentialProfile> &list)
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), list[i].id);
        m_settings.setValue(QStringLiteral("tokenUrl"), list[i].tokenUrl);
        m_settings.setValue(QStringLiteral("clientId"), list[i].clientId);
        m_settings.setValue(QStringLiteral("scope"), list[i].scope);
        m_settings.setValue(QStringLiteral("style"),
                            list[i].basicAuth ? QStringLiteral("basic") : QStringLiteral("body"));
    }
    m_settings.endArray();
    m_settings.sync();
}

void CredentialProfiles::save(const CredentialProfile &profile)
{
    QList<CredentialProfile> list = all();
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const CredentialProfile &p) { return p.id == profile.id; });
    if (it != list.end())
        *it = profile;
    else
        list << profile;
    writeAll(list);
}

void CredentialProfiles::remove(const QString &id)
{
    QList<CredentialProfile> list = all();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const CredentialProfile &p) { return p.id == id; }),
               list.end());
    writeAll(list);
}

QStringList CredentialProfiles::credentialNames() const
{
    QStringList names = m_settings.value(kNames).toStringList();
    for (const CredentialProfile &p : all())
        names << p.id;
    names << QStringLiteral("slack-webhook") << QStringLiteral("k6-cloud-token");
    names.removeDuplicates();
    names.removeAll(QString());
    std::sort(names.begin(), names.end());
    return names;
}

void CredentialProfiles::rememberName(const QString &name)
{
    QStringList names = m_settings.value(kNames).toStringList();
    if (!names.contains(name)) {
        names << name;
        m_settings.setValue(kNames, names);
        m_settings.sync();
    }
}

void CredentialProfiles::forgetName(const QString &name)
{
    QStringList names = m_settings.value(kNames).toStringList();
    names.removeAll(name);
    m_settings.setValue(kNames, names);
    m_settings.sync();
}

} // namespace canary
