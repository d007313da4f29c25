#include "app/Commands.h"
#include "app/SignalWatcher.h"

#include "core/common/Duration.h"
#include "core/sandbox/FaultServer.h"
#include "core/sandbox/SandboxTarget.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <memory>
#include <optional>

namespace canary::app {

namespace {

// Reads an option as a number, naming the option when it is not one.
template <typename T>
bool numberOption(const QCommandLineParser &p, const QCommandLineOption &o, T &out, QString &error)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const double v = p.value(o).toDouble(&ok);
    if (!ok) {
        error = QStringLiteral("--%1: expected a number, got \"%2\"").arg(o.names().first(), p.value(o));
        return false;
    }
    out = static_cast<T>(v);
    return true;
}

bool durationOption(const QCommandLineParser &p, const QCommandLineOption &o, qint64 &out, QString &error)
{
    if (!p.isSet(o))
        return true;
    const auto ms = duration::parseMs(p.value(o));
    if (!ms) {
        error = QStringLiteral("--%1: %2").arg(o.names().first(), ms.error().message);
        return false;
    }
    out = ms.value();
    return true;
}

} // namespace

int runSandbox(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serve CanaryDesk's stand-in for auto_com_center on 127.0.0.1: OAuth2 token endpoint, notifications, "
        "/health, SendGrid-shaped /v3/stats and a Slack-shaped webhook sink."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sandbox"), QStringLiteral("The subcommand."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("18080"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Base latency of every notification, ms."), QStringLiteral("ms"));
    const QCommandLineOption tail(QStringLiteral("tail"), QStringLiteral("Extra random latency up to this, ms."),
                                  QStringLiteral("ms"));
    const QCommandLineOption tailRatio(QStringLiteral("tail-ratio"),
                                       QStringLiteral("Share of requests that get the tail latency (0-1)."),
                                       QStringLiteral("ratio"));
    const QCommandLineOption stallEvery(QStringLiteral("stall-every"), QStringLiteral("Stall periodically, e.g. 10s."),
                                        QStringLiteral("duration"));
    const QCommandLineOption stallFor(QStringLiteral("stall-for"), QStringLiteral("Length of each stall, e.g. 1s."),
                                      QStringLiteral("duration"));
    const QCommandLineOption outageAt(
        QStringLiteral("outage-at"),
        QStringLiteral("Go down this long after the first notification, e.g. 8s (with --outage-for): stop listening "
                       "and drop every connection."),
        QStringLiteral("duration"));
    const QCommandLineOption outageFor(QStringLiteral("outage-for"),
                                       QStringLiteral("How long the outage lasts, e.g. 8s; then it listens again."),
                                       QStringLiteral("duration"));
    const QCommandLineOption errorRatio(QStringLiteral("error-ratio"),
                                        QStringLiteral("Share of notifications answered 503 (0-1)."),
                                        QStringLiteral("ratio"));
    const QCommandLineOption undelivered(QStringLiteral("undelivered-ratio"),
                                         QStringLiteral("Share answered 202 {\"status\":\"rejected\"} (0-1)."),
                                         QStringLiteral("ratio"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("Token lifetime, e.g. 1h or 90s."), QStringLiteral("duration"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("Write the application log to this file."),
                                 QStringLiteral("file"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
                                          QStringLiteral("The client secret it accepts (default: the demo one)."),
                                          QStringLiteral("secret"));
    const QCommandLineOption tokenValue(
        QStringLiteral("token-value"), QStringLiteral("Issue this token instead of random ones (for redaction tests)."),
        QStringLiteral("token"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Also start a broken target on a second port, to rehearse a failing canary: %1.")
            .arg(FaultServer::faultNames().join(QStringLiteral(", "))),
        QStringLiteral("mode"));
    parser.addOptions({port, latency, tail, tailRatio, stallEvery, stallFor, outageAt, outageFor, errorRatio,
                       undelivered, lifetime, log, clientSecret, tokenValue, fault});
    parser.process(app);

    SandboxConfig config;
    QString error;
    quint16 portNumber = 0;
    qint64 lifetimeMs = config.tokenLifetimeSec * 1000;
    bool ok = numberOption(parser, port, portNumber, error) &&
              numberOption(parser, latency, config.baseLatencyMs, error) &&
              numberOption(parser, tail, config.tailLatencyMs, error) &&
              numberOption(parser, tailRatio, config.tailRatio, error) &&
              durationOption(parser, stallEvery, config.stallEveryMs, error) &&
              durationOption(parser, stallFor, config.stallForMs, error) &&
              durationOption(parser, outageAt, config.outageAtMs, error) &&
              durationOption(parser, outageFor, config.outageForMs, error) &&
              numberOption(parser, errorRatio, config.errorRatio, error) &&
              numberOption(parser, undelivered, config.undeliveredRatio, error) &&
              durationOption(parser, lifetime, lifetimeMs, error);
    if (ok && parser.value(port).toInt() > 65535) {
        error = QStringLiteral("--port: must be between 0 and 65535, got %1").arg(parser.value(port));
        ok = false;
    }
    const std::optional<Fault> faultMode =
        parser.isSet(fault) ? FaultServer::faultFromName(parser.value(fault)) : std::nullopt;
    if (ok && parser.isSet(fault) && !faultMode) {
        error = QStringLiteral("--fault: unknown mode \"%1\"; one of %2")
                    .arg(parser.value(fault), FaultServer::faultNames().join(QStringLiteral(", ")));
        ok = false;
    }
    if (!ok) {
        std::fprintf(stderr, "canarydesk sandbox: %s\n", cliText(error));
        return kExitInvalidInput;
    }
    if (parser.isSet(tail) && !parser.isSet(tailRatio))
        config.tailRatio = 0.05;
    config.tokenLifetimeSec = lifetimeMs / 1000;
    config.logPath = parser.value(log);
    if (parser.isSet(clientSecret))
        config.clientSecret = parser.value(clientSecret);
    config.fixedToken = parser.value(tokenValue);

    SandboxTarget sandbox(config);
    const auto bound = sandbox.listen(portNumber);
    if (!bound.ok()) {
        std::fprintf(stderr, "canarydesk %s\n", cliText(bound.error().message));
        return kExitInvalidInput;
    }
    const QString base = sandbox.baseUrl().toString();
    std::printf("CanaryDesk sandbox (stand-in for auto_com_center) on %s\n"
                "  POST %s/oauth/token            grant_type=client_credentials, client_id=%s, client_secret=%s\n"
                "  POST %s/api/v1/notifications   Bearer token; 202 {\"status\":\"queued\"|\"rejected\"}\n"
                "  GET  %s/health\n"
                "  GET  %s/v3/stats?start_date=YYYY-MM-DD   Authorization: Bearer %s\n"
                "  POST %s/slack/webhook\n"
                "  GET  %s/_sandbox/counts\n"
                "Latency %d ms base, tail up to %d ms for %.1f %%, errors %.2f %%, undelivered %.2f %%, token lifetime "
                "%llds%s%s\n"
                "Ctrl+C stops it.\n",
                cliText(base), cliText(base), cliText(config.clientId),
                parser.isSet(clientSecret) ? "(as given)" : cliText(config.clientSecret), cliText(base), cliText(base),
                cliText(base), cliText(config.providerApiKey), cliText(base), cliText(base), config.baseLatencyMs,
                config.tailLatencyMs, config.tailRatio * 100, config.errorRatio * 100, config.undeliveredRatio * 100,
                static_cast<long long>(config.tokenLifetimeSec), config.logPath.isEmpty() ? "" : ", log ",
                cliText(config.logPath));
    if (config.outageForMs > 0)
        std::printf("Outage: down %.1f s after the first notification, for %.1f s (connections refused), then back\n",
                    static_cast<double>(config.outageAtMs) / 1000.0, static_cast<double>(config.outageForMs) / 1000.0);
    std::unique_ptr<FaultServer> faultServer;
    if (faultMode) {
        faultServer = std::make_unique<FaultServer>(*faultMode);
        const auto faultBound = faultServer->listen();
        if (!faultBound.ok()) {
            std::fprintf(stderr, "canarydesk sandbox: fault target: %s\n", cliText(faultBound.error().message));
            return kExitInvalidInput;
        }
        std::printf("Fault target (%s: %s) on %s\n"
                    "  aim target.baseUrl there; keep tokenUrl at %s/oauth/token\n",
                    cliText(parser.value(fault)), cliText(FaultServer::describe(*faultMode)),
                    cliText(faultServer->baseUrl().toString()), cliText(base));
    }
    std::fflush(stdout);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int) {
        std::printf("sandbox stopped; served %s\n",
                    QJsonDocument(sandbox.counts().toJson()).toJson(QJsonDocument::Compact).constData());
        if (faultServer)
            std::printf("fault target received %lld requests\n",
                        static_cast<long long>(faultServer->requestsReceived()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

} // namespace canary::app
