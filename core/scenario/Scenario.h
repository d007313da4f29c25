#pragma once

// The canary a user describes: what to call, at what arrival rate, how to authenticate, what counts as
// delivered, which gate judges it, what to watch and where the evidence goes. Schema version 1.
// Never holds a secret: credentials are referenced by keychain entry name only.

#include "core/scenario/GateProfile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace canary {

inline constexpr int kScenarioSchemaVersion = 1;

struct TargetSpec
{
    QString baseUrl;
    QString method = QStringLiteral("POST");
    QString path = QStringLiteral("/");
    QMap<QString, QString> headers;
    // Headers whose value is a credential, read from the OS keychain when the run starts — never written in the
    // scenario, run.json or the evidence: header name → keychain entry ("X-Api-Key": {"secretKey": "entry"}).
    QMap<QString, QString> secretHeaders;
    // The environment variable that overrides a secret header's keychain entry (CI) and carries it to k6:
    // CANARYDESK_HEADER_ and the name in capitals, other characters as '_' ("X-Api-Key" → CANARYDESK_HEADER_X_API_KEY).
    static QByteArray secretHeaderEnv(const QString &headerName);
    // A string template or a JSON object/array (sent compact); placeholders like {{uuid}} in strings.
    QJsonValue body;
    qint64 timeoutMs = 30000;
    QString httpVersion = QStringLiteral("1.1"); // "1.1" or "2"
    QString caBundle;                            // PEM file; empty = system store
    // Turns TLS certificate verification off for the target. Never implied: every run warns and the evidence
    // says so. For test environments with throwaway certificates only; prefer caBundle.
    bool insecure = false;
    // Environment variables the body may read with {{env.NAME}}: listed here, or refused on load, so a
    // scenario from someone else cannot send this machine's environment to its target.
    QStringList environment;

    QUrl requestUrl() const;
    friend bool operator==(const TargetSpec &, const TargetSpec &) = default;
};

struct LoadStage
{
    double rate = 0; // arrivals per time unit (at the end of the stage when ramping)
    qint64 durationMs = 0;
    friend bool operator==(const LoadStage &, const LoadStage &) = default;
};

struct LoadProfile
{
    enum class Executor
    {
        ConstantArrivalRate,
        RampingArrivalRate
    };
    Executor executor = Executor::ConstantArrivalRate;
    qint64 timeUnitMs = 1000;
    double startRate = 0; // ramping only
    QList<LoadStage> stages;
    int maxInFlight = 400;
    qint64 gracefulStopMs = 30000;

    qint64 totalDurationMs() const;
    // The longest planned duration one run accepts: 31 days (744h). k6 takes any duration (a 999999h test starts
    // and runs); no canary comes near it, and a soak test of a month still fits. What a run costs follows what it
    // recorded, not this plan: a 720h run stopped after seconds ends in seconds.
    static constexpr qint64 kMaxDurationMs = 31LL * 24 * 3600 * 1000;
    // Empty when the planned duration is within kMaxDurationMs, else what to say (names the duration).
    static QString durationProblem(qint64 totalMs);
    // Arrivals the profile schedules over its whole duration.
    double expectedRequests() const;
    // Highest arrival rate per second anywhere in the profile.
    double peakRatePerSecond() const;
    static QString executorName(Executor e);
    friend bool operator==(const LoadProfile &, const LoadProfile &) = default;
};

struct AuthSpec
{
    enum class Type
    {
        None,
        OAuth2ClientCredentials,
        StaticBearer
    };
    enum class Style
    {
        Basic,
        Body
    };
    Type type = Type::None;
    QString tokenUrl; // absolute, or a path relative to the target's base URL
    QString clientId;
    QString scope;
    Style style = Style::Basic;
    QString secretKey;        // keychain entry name; empty = clientId
    QString tokenEnv;         // static-bearer: environment variable holding the token
    qint64 refreshLeadMs = 0; // refresh this long before expiry; 0 = the smaller of 60 s and 10 % of the lifetime

    QString effectiveSecretKey() const { return secretKey.isEmpty() ? clientId : secretKey; }
    static QString typeName(Type t);
    friend bool operator==(const AuthSpec &, const AuthSpec &) = default;
};

struct DeliveryPredicate
{
    QString pointer; // JSON pointer into the response body, e.g. "/status"
    QStringList values;
    friend bool operator==(const DeliveryPredicate &, const DeliveryPredicate &) = default;
};

struct ChecksSpec
{
    QList<int> expectedStatus{200};
    std::optional<DeliveryPredicate> delivery;
    friend bool operator==(const ChecksSpec &, const ChecksSpec &) = default;
};

struct GateSpec
{
    QString profile = QStringLiteral("gate1");
    // Explicit thresholds; for a metric named here they replace the profile's.
    QList<Threshold> thresholds;
    std::optional<bool> requireFullDuration;
    std::optional<double> minRateRatio;
    std::optional<qint64> maxDropped;
    // End the canary as soon as the gate is decided (a criterion's failure can no longer be undone), instead of
    // loading a failing service to the end of the schedule; --stop-when-decided and the console's toggle too.
    bool stopWhenDecided = false;

    // The profile with this spec's thresholds and overrides applied.
    GateProfile resolve() const;
    friend bool operator==(const GateSpec &, const GateSpec &) = default;
};

struct HealthMonitorSpec
{
    QString url; // absolute, or a path relative to the target's base URL
    qint64 intervalMs = 5000;
    qint64 timeoutMs = 2000;
    int abortAfterFailures = 0; // guard rail: stop the run when health fails this many times in a row; 0 = off
    friend bool operator==(const HealthMonitorSpec &, const HealthMonitorSpec &) = default;
};

struct LogMonitorSpec
{
    QStringList files; // glob patterns
    // Commands whose standard output is a log stream ("ssh host tail -F /var/log/app.log", "kubectl logs -f
    // deploy/x"): run without a shell, only after the operator has seen and allowed them.
    QStringList commands;
    QString filter = QStringLiteral("ERROR|WARN|delivery_failure");
    friend bool operator==(const LogMonitorSpec &, const LogMonitorSpec &) = default;
};

struct ProviderMonitorSpec
{
    QString type = QStringLiteral("sendgrid");
    QString baseUrl = QStringLiteral("https://api.sendgrid.com");
    QString apiKeySecretKey; // keychain entry name of the API key
    friend bool operator==(const ProviderMonitorSpec &, const ProviderMonitorSpec &) = default;
};

struct MonitorsSpec
{
    std::optional<HealthMonitorSpec> health;
    std::optional<LogMonitorSpec> logs;
    std::optional<ProviderMonitorSpec> provider;
    friend bool operator==(const MonitorsSpec &, const MonitorsSpec &) = default;
};

// Stop the run early to protect production: when the per-second error rate or p95 stays over a limit
// for a while (health failing K times in a row is monitors.health.abortAfterFailures).
struct GuardRails
{
    std::optional<double> errorRatePercent;
    std::optional<double> p95Ms;
    qint64 forMs = 10000;
    bool any() const { return errorRatePercent.has_value() || p95Ms.has_value(); }
    friend bool operator==(const GuardRails &, const GuardRails &) = default;
};

struct EvidenceSpec
{
    QString folder = QStringLiteral("evidence/{gate}_{service}");
    QString fileStem = QStringLiteral("canary_{rate}rps_{duration}_{stamp}");
    static QStringList placeholders();
    friend bool operator==(const EvidenceSpec &, const EvidenceSpec &) = default;
};

// What a k6 run of the scenario needs beyond the script: k6 Cloud's stack (k6 v1 and v2: every `k6 cloud`
// command runs in a stack; K6_CLOUD_STACK_ID or the one `k6 cloud login --stack` stored serve when this is empty).
struct K6Spec
{
    QString cloudStackId; // digits only
    friend bool operator==(const K6Spec &, const K6Spec &) = default;
};

struct Scenario
{
    int schemaVersion = kScenarioSchemaVersion;
    QString name;
    QString service;
    QString description;
    TargetSpec target;
    LoadProfile load;
    AuthSpec auth;
    ChecksSpec checks;
    GateSpec gate;
    MonitorsSpec monitors;
    GuardRails guardRails;
    EvidenceSpec evidence;
    K6Spec k6;

    // Resolves a URL given as a path ("/health") against the target's base URL; absolute URLs stay.
    QUrl resolveUrl(const QString &urlOrPath) const;
    // "auto_com_center 250 rps · 30m · Gate 1"
    QString headline() const;
    // evidence.folder / evidence.fileStem with their placeholders filled in ({gate} = gate1, {stamp} = YYYYMMDD_HHMM).
    QString expandEvidence(const QString &pattern, const QDateTime &stampUtc) const;

    QJsonObject toJson() const;
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

// Placeholders a body template may use: {{uuid}}, {{seq}}, {{timestamp}}, {{worker}}, {{env.NAME}},
// {{pick:a|b|c}}. Returns the names of unknown ones found in text.
QStringList unknownBodyPlaceholders(const QString &text);
// The NAMEs of the {{env.NAME}} placeholders in text.
QStringList envPlaceholders(const QString &text);
// Variables that hold CanaryDesk's own credentials and keys (CANARYDESK_*, CANARY_CLIENT_*, K6_CLOUD_TOKEN): no
// scenario may read them, even handed over by the operator.
bool isOwnEnvironmentName(const QString &name);
// Names that hold secrets by their look (CANARYDESK_*, K6_CLOUD_TOKEN, *SECRET*, *PASSWORD*, *TOKEN*): never readable.
bool isSecretLikeEnvName(const QString &name);

} // namespace canary
