#include "core/run/RunSecrets.h"

#include "core/common/Redactor.h"
#include "core/evidence/SlackMessage.h"

#include <memory>

namespace canary {

namespace {

struct Resolution
{
    SecretsRequest request;
    SecretStore *store = nullptr;
    RunSecrets out;
    QList<std::pair<QString, QString>> headersToRead; // header name → keychain entry
    std::function<void(Result<RunSecrets>)> done;
};
using State = std::shared_ptr<Resolution>;

void finish(const State &st)
{
    st->done(std::move(st->out));
}

void fail(const State &st, const QString &message)
{
    st->done(Result<RunSecrets>::failure(message));
}

// Reads spec unless the caller handed the value over; then(credential) or fail with the message.
void obtain(const State &st, const Credential &given, const CredentialSpec &spec,
            std::function<void(Result<Credential>)> then)
{
    if (!given.secret.isEmpty()) {
        redaction::remember(given.secret.reveal());
        then(given);
        return;
    }
    readCredential(*st->store, spec, std::move(then));
}

void readCloudToken(const State &st)
{
    if (!st->request.cloud) {
        finish(st);
        return;
    }
    const QList<Origin> cloud = k6CloudOrigins();
    obtain(st, st->request.cloudToken,
           CredentialSpec{QLatin1String(kCloudTokenEntry), kCloudTokenEnv, QStringLiteral("the k6 Cloud token"), cloud},
           [st, cloud](Result<Credential> token) {
               if (!token.ok()) {
                   fail(st, QStringLiteral("k6 Cloud: no token (%1, or the keychain entry %2): %3")
                                .arg(QLatin1String(kCloudTokenEnv), QLatin1String(kCloudTokenEntry),
                                     token.error().message));
                   return;
               }
               if (const Status ok = allowedTo(token.value(), QStringLiteral("the k6 Cloud token"),
                                               QUrl(cloud.first().toString()), QStringLiteral("k6 cloud run"));
                   !ok) {
                   fail(st, ok.error().message);
                   return;
               }
               st->out.cloudToken = token.value().secret;
               finish(st);
           });
}

void readProviderKey(const State &st)
{
    const Scenario &s = st->request.scenario;
    if (!s.monitors.provider || !st->request.provider) {
        readCloudToken(st);
        return;
    }
    const QString what = QStringLiteral("the SendGrid API key");
    obtain(st, st->request.providerKey, CredentialSpec{s.monitors.provider->apiKeySecretKey, kProviderKeyEnv, what, {}},
           [st, what](Result<Credential> key) {
               const Scenario &s = st->request.scenario;
               if (!key.ok()) {
                   if (key.error().code == credentials::kNotBound) { // a reserved entry: refused, not missing
                       fail(st, QStringLiteral("monitors.provider.apiKeySecretKey: ") + key.error().message);
                       return;
                   }
                   st->out.providerProblem = key.error().message; // the run goes on without provider stats
                   readCloudToken(st);
                   return;
               }
               if (const Status ok = allowedTo(key.value(), what, QUrl(s.monitors.provider->baseUrl),
                                               QStringLiteral("monitors.provider.baseUrl"));
                   !ok) {
                   fail(st, ok.error().message);
                   return;
               }
               st->out.providerKey = key.value().secret;
               readCloudToken(st);
           });
}

void readHeaders(const State &st)
{
    if (st->headersToRead.isEmpty()) {
        readProviderKey(st);
        return;
    }
    const auto [name, entry] = st->headersToRead.takeFirst();
    const QString what = QStringLiteral("the value of the header %1").arg(name);
    readCredential(
        *st->store, CredentialSpec{entry, TargetSpec::secretHeaderEnv(name), what, {}},
        [st, name, what](Result<Credential> value) {
            const QString use = QStringLiteral("target.headers.%1").arg(name);
            if (!value.ok()) {
                fail(st, QStringLiteral("%1: %2").arg(use, value.error().message));
                return;
            }
            if (const Status ok = allowedTo(value.value(), what, st->request.scenario.target.requestUrl(), use); !ok) {
                fail(st, ok.error().message);
                return;
            }
            st->out.secretHeaders.append({name.toLatin1(), value.value().secret.reveal()});
            readHeaders(st);
        });
}

void readClientSecret(const State &st)
{
    const Scenario &s = st->request.scenario;
    if (s.auth.type != AuthSpec::Type::OAuth2ClientCredentials) {
        readHeaders(st);
        return;
    }
    const QString what = QStringLiteral("the client secret");
    obtain(st, st->request.clientSecret, CredentialSpec{s.auth.effectiveSecretKey(), kClientSecretEnv, what, {}},
           [st, what](Result<Credential> secret) {
               const Scenario &s = st->request.scenario;
               if (!secret.ok()) {
                   fail(st, QStringLiteral("auth: ") + secret.error().message);
                   return;
               }
               // The secret goes to the token endpoint, the token it buys to the target: both must be bound.
               Status ok =
                   allowedTo(secret.value(), what, s.resolveUrl(s.auth.tokenUrl), QStringLiteral("auth.tokenUrl"));
               if (ok)
                   ok = allowedTo(secret.value(), QStringLiteral("the client secret (its access token)"),
                                  s.target.requestUrl(), QStringLiteral("target.baseUrl"));
               if (!ok) {
                   fail(st, ok.error().message);
                   return;
               }
               st->out.clientSecret = secret.value().secret;
               readHeaders(st);
           });
}

} // namespace

QList<Origin> k6CloudOrigins()
{
    const QString host = qEnvironmentVariable("K6_CLOUD_HOST");
    if (const auto o = Origin::of(QUrl(host.isEmpty() ? QStringLiteral("https://ingest.k6.io") : host)))
        return {*o};
    return {};
}

QStringList secretDestinations(const Scenario &s)
{
    const auto origin = [](const QUrl &url) { return Origin::of(url).value_or(Origin()).toString(); };
    const QString target = origin(s.target.requestUrl());
    QStringList out;
    if (s.auth.type == AuthSpec::Type::OAuth2ClientCredentials)
        out << QStringLiteral("the client secret (%1) → %2; the token it buys → %3")
                   .arg(s.auth.effectiveSecretKey(), origin(s.resolveUrl(s.auth.tokenUrl)), target);
    for (auto it = s.target.secretHeaders.constBegin(); it != s.target.secretHeaders.constEnd(); ++it)
        out << QStringLiteral("the header %1 (%2) → %3").arg(it.key(), it.value(), target);
    if (s.monitors.provider)
        out << QStringLiteral("the SendGrid API key (%1) → %2")
                   .arg(s.monitors.provider->apiKeySecretKey, origin(QUrl(s.monitors.provider->baseUrl)));
    for (const QString &name : environmentWanted(s))
        out << QStringLiteral("the environment variable %1 → %2").arg(name, target);
    return out;
}

QStringList environmentWanted(const Scenario &s)
{
    QStringList names = s.target.environment;
    if (s.auth.type == AuthSpec::Type::StaticBearer && !names.contains(s.auth.tokenEnv))
        names << s.auth.tokenEnv;
    return names;
}

void readSlackWebhook(SecretStore &store, std::function<void(Result<QUrl>)> done)
{
    const QString what = QStringLiteral("the Slack webhook");
    readCredential(store, CredentialSpec{QLatin1String(kSlackWebhookEntry), kSlackWebhookEnv, what, {}, true},
                   [what, done = std::move(done)](Result<Credential> read) {
                       if (!read.ok()) {
                           done(read.error());
                           return;
                       }
                       const QUrl url(QString::fromUtf8(read.value().secret.reveal()));
                       if (const Status ok = allowedTo(read.value(), what, url, QStringLiteral("Slack")); !ok) {
                           done(ok.error());
                           return;
                       }
                       done(url);
                   });
}

void resolveRunSecrets(const SecretsRequest &request, SecretStore &store, std::function<void(Result<RunSecrets>)> done)
{
    auto st = std::make_shared<Resolution>();
    st->request = request;
    st->store = &store;
    st->done = std::move(done);
    const Scenario &s = st->request.scenario;
    const QString target = Origin::of(s.target.requestUrl()).value_or(Origin()).toString();
    // The environment reaches a request only when the operator hands it over for this run, whatever the file lists.
    for (const QString &name : environmentWanted(s)) {
        const QString use = name == s.auth.tokenEnv && s.auth.type == AuthSpec::Type::StaticBearer
                                ? QStringLiteral("auth.tokenEnv")
                                : QStringLiteral("target.environment");
        if (isOwnEnvironmentName(name)) {
            fail(st, QStringLiteral("%1: %2 holds one of CanaryDesk's own credentials and is never sent to a target")
                         .arg(use, name));
            return;
        }
        if (!st->request.handedEnvironment.contains(name)) {
            fail(st, QStringLiteral("%1: the scenario reads the environment variable %2 and sends it to %3; nothing "
                                    "of this machine's environment goes out unless you hand it over for this run: "
                                    "--allow-env %2 (the console asks at Start)")
                         .arg(use, name, target));
            return;
        }
        const QByteArray value = qgetenv(name.toLocal8Bit().constData());
        if (use == QLatin1String("auth.tokenEnv")) {
            if (value.isEmpty()) {
                fail(st,
                     QStringLiteral("auth: the environment variable %1 holding the bearer token is empty").arg(name));
                return;
            }
            redaction::remember(value); // a token: never in a file or a message
        }
        st->out.environment.insert(name, value);
    }
    for (auto it = s.target.secretHeaders.constBegin(); it != s.target.secretHeaders.constEnd(); ++it)
        st->headersToRead.append({it.key(), it.value()});
    readClientSecret(st);
}

} // namespace canary
