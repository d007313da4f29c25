#include "core/auth/Secrets.h"

#include "core/auth/KeychainSecretStore.h"
#include "core/common/Redactor.h"

#include <QEventLoop>

#include <optional>

namespace canary {

namespace {

constexpr QByteArrayView kMagic = "CanaryDesk-Credential/1 ";

QString bindCommand(const Credential &c, const QList<Origin> &origins)
{
    if (!c.fromEnvironment() && c.entry.isEmpty())
        return QStringLiteral("store a credential of your own for it (canarydesk credentials set NAME --origin URL)");
    QStringList wanted;
    for (const Origin &o : origins)
        wanted << o.toString();
    if (c.fromEnvironment())
        return QStringLiteral("set %1%2=%3 beside it")
            .arg(QString::fromLatin1(c.envName), QLatin1String(credentials::kOriginSuffix),
                 wanted.join(QLatin1Char(',')));
    QStringList args;
    for (const QString &w : wanted)
        args << QStringLiteral("--origin ") + w;
    return QStringLiteral("bind it: canarydesk credentials set %1 %2 --keep-secret (or File → Credentials)")
        .arg(c.entry, args.join(QLatin1Char(' ')));
}

} // namespace

SecretStore &systemSecretStore()
{
    static KeychainSecretStore store;
    return store;
}

QString Credential::source() const
{
    if (fromEnvironment())
        return QString::fromLatin1(envName);
    if (!entry.isEmpty())
        return QStringLiteral("the keychain entry \"%1\"").arg(entry);
    return label;
}

Credential givenCredential(const QByteArray &value, const QUrl &boundTo, const QString &label)
{
    Credential c;
    c.secret = Secret(value);
    c.label = label;
    if (const auto o = Origin::of(boundTo))
        c.origins = {*o};
    return c;
}

namespace credentials {

bool isReserved(const QString &entry)
{
    return entry.trimmed().startsWith(QLatin1String(kReservedPrefix), Qt::CaseInsensitive);
}

QByteArray encode(const Secret &secret, const QList<Origin> &origins)
{
    QByteArray out = kMagic.toByteArray();
    QStringList list;
    for (const Origin &o : origins)
        list << o.toString();
    out += list.join(QLatin1Char(' ')).toUtf8();
    out += '\n';
    out += secret.reveal();
    return out;
}

Stored decode(const QByteArray &data)
{
    if (!data.startsWith(kMagic))
        return Stored{Secret(data), {}};
    const qsizetype newline = data.indexOf('\n');
    if (newline < 0)
        return Stored{Secret(data), {}};
    const QString header = QString::fromUtf8(data.mid(kMagic.size(), newline - kMagic.size()));
    const auto origins = Origin::parseList(header);
    return Stored{Secret(data.mid(newline + 1)), origins.ok() ? origins.value() : QList<Origin>()};
}

} // namespace credentials

void readCredential(SecretStore &store, const CredentialSpec &spec, std::function<void(Result<Credential>)> done)
{
    if (!spec.envOverride.isEmpty()) {
        Secret fromEnv(qgetenv(spec.envOverride.constData()));
        if (!fromEnv.isEmpty()) {
            redaction::remember(fromEnv.reveal());
            Credential c{std::move(fromEnv), {}, {}, spec.envOverride, {}};
            const QByteArray originVar = spec.envOverride + credentials::kOriginSuffix;
            if (const QString bound = qEnvironmentVariable(originVar.constData()); !bound.trimmed().isEmpty()) {
                const auto origins = Origin::parseList(bound);
                if (!origins.ok()) {
                    done(Result<Credential>::failure(
                        QStringLiteral("%1: %2").arg(QString::fromLatin1(originVar), origins.error().message)));
                    return;
                }
                c.origins = origins.value();
            } else if (spec.boundToItself) {
                if (const auto own = Origin::of(QUrl(QString::fromUtf8(c.secret.reveal()))))
                    c.origins = {*own};
            } else {
                c.origins = spec.envDefaultOrigins;
            }
            done(std::move(c));
            return;
        }
    }
    const QString entry = spec.entry.trimmed();
    if (entry.isEmpty()) {
        done(Result<Credential>(Error{spec.envOverride.isEmpty()
                                          ? QStringLiteral("%1: no keychain entry is named").arg(spec.what)
                                          : QStringLiteral("%1: set %2 or name a keychain entry")
                                                .arg(spec.what, QString::fromLatin1(spec.envOverride)),
                                      SecretStore::kNotFound}));
        return;
    }
    if (credentials::isReserved(entry)) {
        done(Result<Credential>(Error{
            QStringLiteral("%1: the keychain entry \"%2\" is CanaryDesk's own (entries named %3… hold its signing key) "
                           "and is never sent anywhere; name the entry that holds %1")
                .arg(spec.what, entry, QLatin1String(credentials::kReservedPrefix)),
            credentials::kNotBound}));
        return;
    }
    store.read(entry, [entry, spec, done = std::move(done)](Result<Secret> read) {
        if (!read.ok()) {
            done(read.error());
            return;
        }
        credentials::Stored stored = credentials::decode(read.value().reveal());
        if (stored.secret.isEmpty()) {
            done(Result<Credential>(
                Error{QStringLiteral("the keychain entry \"%1\" is empty").arg(entry), SecretStore::kNotFound}));
            return;
        }
        redaction::remember(stored.secret.reveal());
        Credential c{std::move(stored.secret), std::move(stored.origins), entry, {}, {}};
        if (c.origins.isEmpty() && spec.boundToItself)
            if (const auto own = Origin::of(QUrl(QString::fromUtf8(c.secret.reveal()))))
                c.origins = {*own};
        done(std::move(c));
    });
}

Result<Credential> readCredentialNow(SecretStore &store, const CredentialSpec &spec)
{
    std::optional<Result<Credential>> out;
    QEventLoop loop;
    readCredential(store, spec, [&](Result<Credential> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

void storeCredential(SecretStore &store, const QString &entry, const Secret &value, const QList<Origin> &origins,
                     SecretStore::DoneCallback done)
{
    if (credentials::isReserved(entry)) {
        done(Status::failure(QStringLiteral("\"%1\": names starting with %2 are CanaryDesk's own; choose another name")
                                 .arg(entry, QLatin1String(credentials::kReservedPrefix))));
        return;
    }
    if (origins.isEmpty()) {
        done(Status::failure(QStringLiteral("\"%1\": a credential needs at least one origin it may be sent to "
                                            "(--origin https://host)")
                                 .arg(entry)));
        return;
    }
    if (value.isEmpty()) {
        done(Status::failure(QStringLiteral("\"%1\": the secret is empty").arg(entry)));
        return;
    }
    store.write(entry, Secret(credentials::encode(value, origins)), std::move(done));
}

Status allowedTo(const Credential &c, const QString &what, const QUrl &url, const QString &use)
{
    const auto origin = Origin::of(url);
    if (origin && c.origins.contains(*origin))
        return Done{};
    const QString where = origin ? origin->toString() : url.toString(QUrl::RemoveUserInfo);
    const QString message =
        c.origins.isEmpty()
            ? QStringLiteral("%1: %2 (%3) is bound to no origin, so it is sent nowhere; the scenario would send it to "
                             "%4. Refused: nothing was sent. If %4 is right, %5")
                  .arg(use, what, c.source(), where, bindCommand(c, origin ? QList<Origin>{*origin} : QList<Origin>{}))
            : QStringLiteral("%1: %2 (%3) may only be sent to %4; the scenario would send it to %5. Refused: nothing "
                             "was sent. If %5 is right too, %6")
                  .arg(use, what, c.source(), Origin::join(c.origins), where,
                       bindCommand(c, origin ? c.origins + QList<Origin>{*origin} : c.origins));
    return Status(Error{message, credentials::kNotBound});
}

} // namespace canary
