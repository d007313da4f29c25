#pragma once

// The one way CanaryDesk obtains a credential — the OAuth2 client secret, a secret header, the SendGrid API key,
// the Slack webhook, the k6 Cloud token: an explicit environment override (for CI; read, never persisted), else
// the named entry of a SecretStore (the OS keychain in the product) — together with the origins it is bound to.
//
// A scenario file may come from someone else, so it may say what to send where, but a credential goes only to
// the origins the operator bound it to when storing it (`canarydesk credentials set NAME --origin URL`, the
// Credentials dialog) or, for an override, in NAME_ORIGIN beside it. CanaryDesk's own entries (canarydesk-…:
// the signing key) are never read as credentials, whatever a scenario names.

#include "core/auth/SecretStore.h"
#include "core/common/Origin.h"

#include <QList>
#include <QStringList>

namespace canary {

// The process's keychain store (stateless: callers may keep the reference for as long as they like).
SecretStore &systemSecretStore();

// A credential as read: its value, the origins it may be sent to and where it came from (for messages).
struct Credential
{
    Secret secret;
    QList<Origin> origins; // empty: bound to nothing, so sent nowhere
    QString entry;         // the keychain entry named (empty for a value handed over by the caller)
    QByteArray envName;    // the environment override it came from (empty: the keychain, or the caller)
    QString label;         // a value the caller handed over: whose it is ("the demo sandbox's own")
    bool fromEnvironment() const { return !envName.isEmpty(); }
    // "the keychain entry \"acme\"" or "CANARYDESK_CLIENT_SECRET": how a message names it, never its value.
    QString source() const;
};

// A value the caller hands over, bound to the origin of boundTo alone (the demo's sandbox credentials); label says
// whose it is in messages.
Credential givenCredential(const QByteArray &value, const QUrl &boundTo,
                           const QString &label = QStringLiteral("handed over for this run"));

// What to read: the entry, its override, and what it is for (the messages say it).
struct CredentialSpec
{
    QString entry;
    QByteArray envOverride; // e.g. CANARYDESK_CLIENT_SECRET; its origins come from CANARYDESK_CLIENT_SECRET_ORIGIN
    QString what;           // "the client secret", "the SendGrid API key", …
    // The origins of an override whose NAME_ORIGIN is not set, where the override cannot be aimed anywhere else:
    // the k6 Cloud token goes only to k6 Cloud, which k6 itself reaches.
    QList<Origin> envDefaultOrigins;
    // The value is itself the URL it is sent to (a Slack incoming webhook): bound to its own origin, also when it
    // was stored before bindings existed.
    bool boundToItself = false;
};

namespace credentials {

inline constexpr const char *kOriginSuffix = "_ORIGIN";
// Keychain entries CanaryDesk keeps for itself start with this (canarydesk-signing-key): never a credential.
inline constexpr const char *kReservedPrefix = "canarydesk-";
// Error::code of a credential that may not go where it was asked to (a run refuses: exit 104).
inline constexpr int kNotBound = 412;

bool isReserved(const QString &entry);
// What is stored in the keychain: a short header with the origins, then the secret's bytes. decode() reads
// values stored before bindings existed too (unbound: origins empty).
QByteArray encode(const Secret &secret, const QList<Origin> &origins);
struct Stored
{
    Secret secret;
    QList<Origin> origins;
};
Stored decode(const QByteArray &data);

} // namespace credentials

// The credential: the override if set (with the origins of NAME_ORIGIN), else the keychain entry. Fails naming
// the variable or entry; an empty or reserved entry name, an unreadable NAME_ORIGIN, a missing entry. The value
// is remembered by the redactor.
void readCredential(SecretStore &store, const CredentialSpec &spec, std::function<void(Result<Credential>)> done);
// The same, waiting on a local event loop (for commands that cannot go on without it).
Result<Credential> readCredentialNow(SecretStore &store, const CredentialSpec &spec);
// Stores value under entry, bound to origins (never empty: a credential bound nowhere is of no use).
void storeCredential(SecretStore &store, const QString &entry, const Secret &value, const QList<Origin> &origins,
                     SecretStore::DoneCallback done);
// Whether the credential may be sent to url. The message names what it is, where it is bound, where `use` (e.g.
// "auth.tokenUrl") would send it and how the operator binds it if that is right — never the value.
Status allowedTo(const Credential &credential, const QString &what, const QUrl &url, const QString &use);

} // namespace canary
