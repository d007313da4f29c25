#pragma once

// Everything secret or personal a run reads before it sends anything, each checked against where the scenario
// would send it: the OAuth2 client secret (to auth.tokenUrl; the token it buys goes to the target, so the target's
// origin must be bound too), the secret headers (to the target), the SendGrid API key (to
// monitors.provider.baseUrl), the k6 Cloud token (to k6 Cloud), and the environment variables the operator handed
// over for this run. One path for `canarydesk run`, `k6 run`, the console and the editor's test request. A refusal
// names the credential, where it is bound and where the scenario aimed it — never the value — and nothing is sent.

#include "core/auth/Secrets.h"
#include "core/scenario/Scenario.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>
#include <utility>

namespace canary {

inline constexpr const char *kClientSecretEnv = "CANARYDESK_CLIENT_SECRET";
inline constexpr const char *kProviderKeyEnv = "CANARYDESK_SENDGRID_API_KEY";
inline constexpr const char *kCloudTokenEnv = "K6_CLOUD_TOKEN";
inline constexpr const char *kCloudTokenEntry = "k6-cloud-token";

using HeaderValues = QList<std::pair<QByteArray, QByteArray>>;

// What the run asks for.
struct SecretsRequest
{
    Scenario scenario;
    // Values the caller hands over with their binding (the demo's sandbox credentials); an empty secret: read.
    Credential clientSecret;
    Credential providerKey;
    Credential cloudToken;
    bool cloud = false;            // k6 Cloud: the token is needed
    bool provider = true;          // read the SendGrid API key (when the scenario watches the provider)
    QStringList handedEnvironment; // the variables the operator named for this run (--allow-env, the console)
};

// What the run may use.
struct RunSecrets
{
    Secret clientSecret;                   // OAuth2 only
    HeaderValues secretHeaders;            // target.secretHeaders with their values
    std::optional<Secret> providerKey;     // none: not stored (the provider monitor says so; the run goes on)
    QString providerProblem;               // why there is none
    Secret cloudToken;                     // k6 Cloud only
    QMap<QString, QByteArray> environment; // the handed-over variables the scenario reads ({{env.NAME}}, tokenEnv)
};

// The origins k6 Cloud is reached at: K6_CLOUD_HOST's when set, else k6's default ingest host.
QList<Origin> k6CloudOrigins();
// Where the scenario sends each secret and handed-over variable, one line each, for the operator to read before
// Start ("the client secret (sandbox-demo-client) → https://auth.example.com; its token → https://api.example.com").
QStringList secretDestinations(const Scenario &scenario);
// The environment variables the scenario reads: target.environment and static-bearer's tokenEnv.
QStringList environmentWanted(const Scenario &scenario);

// The Slack incoming-webhook URL (CANARYDESK_SLACK_WEBHOOK, else the keychain entry slack-webhook), checked against
// the origins it is bound to (its own, unless stored with others). The URL is the secret and the destination.
void readSlackWebhook(SecretStore &store, std::function<void(Result<QUrl>)> done);

void resolveRunSecrets(const SecretsRequest &request, SecretStore &store, std::function<void(Result<RunSecrets>)> done);

} // namespace canary
