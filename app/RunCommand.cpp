#include "app/Commands.h"
#include "app/DemoTarget.h"
#include "app/SignalWatcher.h"

#include "core/auth/ClientCredentials.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/TokenProvider.h"
#include "core/common/Duration.h"
#include "core/engine/LoadEngine.h"
#include "core/evidence/EvidenceFiles.h"
#include "core/evidence/Manifest.h"
#include "core/evidence/PackageArchive.h"
#include "core/evidence/ResultsWriter.h"
#include "core/evidence/Signer.h"
#include "core/evidence/SlackMessage.h"
#include "core/monitor/HealthPoller.h"
#include "core/monitor/LogTailer.h"
#include "core/monitor/ProviderStats.h"
#include "core/evidence/Summary.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/report/QtReportRenderer.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QSettings>
#include <QSysInfo>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <map>
#include <optional>
#include <unistd.h>

namespace canary::app {

namespace {

struct Failure
{
    QString message;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "canarydesk run: %s\n", qPrintable(message));
}

// Applies the command-line overrides to the scenario; the message names the option.
std::optional<Failure> applyOverrides(const QCommandLineParser &p, Scenario &s,
                                      const std::map<QString, QCommandLineOption> &o)
{
    if (p.isSet(o.at(QStringLiteral("url")))) {
        const QString url = p.value(o.at(QStringLiteral("url")));
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
            u.host().isEmpty())
            return Failure{QStringLiteral("--url: must be an http:// or https:// URL, got \"%1\"").arg(url)};
        s.target.baseUrl = url;
    }
    const bool rateSet = p.isSet(o.at(QStringLiteral("rate")));
    const bool durationSet = p.isSet(o.at(QStringLiteral("duration")));
    if (rateSet || durationSet) {
        double rate = s.load.peakRatePerSecond();
        qint64 ms = s.load.totalDurationMs();
        if (rateSet) {
            bool ok = false;
            rate = p.value(o.at(QStringLiteral("rate"))).toDouble(&ok);
            if (!ok || rate <= 0 || rate > 1e6)
                return Failure{QStringLiteral("--rate: must be a number of requests per second above 0, got \"%1\"")
                                   .arg(p.value(o.at(QStringLiteral("rate"))))};
        }
        if (durationSet) {
            const auto parsed = duration::parseMs(p.value(o.at(QStringLiteral("duration"))));
            if (!parsed || parsed.value() <= 0)
                return Failure{QStringLiteral("--duration: %1")
                                   .arg(parsed ? QStringLiteral("must be longer than 0s") : parsed.error().message)};
            ms = parsed.value();
        }
        s.load.executor = LoadProfile::Executor::ConstantArrivalRate;
        s.load.timeUnitMs = 1000;
        s.load.startRate = 0;
        s.load.stages = {LoadStage{rate, ms}};
    }
    if (p.isSet(o.at(QStringLiteral("max-in-flight")))) {
        bool ok = false;
        const int cap = p.value(o.at(QStringLiteral("max-in-flight"))).toInt(&ok);
        if (!ok || cap < 1 || cap > 100000)
            return Failure{QStringLiteral("--max-in-flight: must be between 1 and 100000, got \"%1\"")
                               .arg(p.value(o.at(QStringLiteral("max-in-flight"))))};
        s.load.maxInFlight = cap;
    }
    if (p.isSet(o.at(QStringLiteral("token-url"))))
        s.auth.tokenUrl = p.value(o.at(QStringLiteral("token-url")));
    if (p.isSet(o.at(QStringLiteral("client-id"))))
        s.auth.clientId = p.value(o.at(QStringLiteral("client-id")));
    if (p.isSet(o.at(QStringLiteral("gate")))) {
        const QString gate = p.value(o.at(QStringLiteral("gate")));
        if (!GateProfile::builtin(gate))
            return Failure{QStringLiteral("--gate: unknown gate \"%1\" (known: %2)")
                               .arg(gate, GateProfile::builtinIds().join(QStringLiteral(", ")))};
        s.gate.profile = gate;
    }
    if (p.isSet(o.at(QStringLiteral("health-url")))) {
        HealthMonitorSpec h = s.monitors.health.value_or(HealthMonitorSpec{});
        h.url = p.value(o.at(QStringLiteral("health-url")));
        s.monitors.health = h;
    }
    if (p.isSet(o.at(QStringLiteral("log")))) {
        LogMonitorSpec l = s.monitors.logs.value_or(LogMonitorSpec{});
        l.files = p.values(o.at(QStringLiteral("log")));
        s.monitors.logs = l;
    }
    // Re-validate the result as a whole, so overrides obey the same rules as the file.
    const ScenarioResult again = ScenarioLoader::fromJson(s.toJson());
    if (!again.ok())
        return Failure{joinProblems(again.error())};
    return std::nullopt;
}

// Runs an asynchronous call to completion on a local event loop.
template <typename T, typename Call> T await(Call call)
{
    std::optional<T> out;
    QEventLoop loop;
    call([&](T value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

// The run's token source: none, a static bearer from the environment, or a refreshing OAuth2 provider
// whose first token is fetched before the run starts (so a wrong secret stops it with the server's words).
Result<std::shared_ptr<TokenSource>> makeTokenSource(const Scenario &s, const std::optional<Demo> &demo)
{
    using R = Result<std::shared_ptr<TokenSource>>;
    switch (s.auth.type) {
    case AuthSpec::Type::None:
        return std::shared_ptr<TokenSource>(std::make_shared<StaticTokenSource>());
    case AuthSpec::Type::StaticBearer: {
        const QByteArray token = qgetenv(s.auth.tokenEnv.toLocal8Bit().constData());
        if (token.isEmpty())
            return R::failure(QStringLiteral("auth: the environment variable %1 holding the bearer token is empty")
                                  .arg(s.auth.tokenEnv));
        return std::shared_ptr<TokenSource>(std::make_shared<StaticTokenSource>(token));
    }
    case AuthSpec::Type::OAuth2ClientCredentials:
        break;
    }
    Secret secret(qgetenv("CANARYDESK_CLIENT_SECRET"));
    if (secret.isEmpty() && demo)
        secret = Secret(demo->sandbox->config().clientSecret.toUtf8());
    if (secret.isEmpty()) {
        KeychainSecretStore store;
        auto read = await<Result<Secret>>([&](auto done) { store.read(s.auth.effectiveSecretKey(), done); });
        if (!read.ok())
            return R::failure(QStringLiteral("auth: ") + read.error().message);
        secret = read.value();
    }
    TokenPolicy policy;
    if (s.auth.refreshLeadMs > 0) {
        policy.maxLeadMs = s.auth.refreshLeadMs;
        policy.leadFraction = 0.5;
    }
    auto provider =
        std::make_shared<TokenProvider>(ClientCredentialsRequest{s.resolveUrl(s.auth.tokenUrl), s.auth.clientId, secret,
                                                                 s.auth.scope, s.auth.style == AuthSpec::Style::Basic},
                                        policy);
    const Status started = await<Status>([&](auto done) { provider->start(done); });
    if (!started.ok())
        return R::failure(QStringLiteral("auth: ") + started.error().message);
    return std::shared_ptr<TokenSource>(provider);
}

QJsonObject tokenTimeline(const TokenSource &source)
{
    QJsonArray events;
    if (const auto *provider = dynamic_cast<const TokenProvider *>(&source)) {
        for (const TokenEvent &e : provider->events())
            events.append(QJsonObject{{QStringLiteral("time"), e.at.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("event"), TokenEvent::kindName(e.kind)},
                                      {QStringLiteral("lifetime_s"), e.lifetimeSec},
                                      {QStringLiteral("latency_ms"), e.latencyMs},
                                      {QStringLiteral("detail"), e.detail}});
    }
    return QJsonObject{{QStringLiteral("events"), events}};
}

struct SigningKey
{
    QByteArray privateKey;
    QString source;
};

// The package signing key: CANARYDESK_SIGNING_KEY (base64, for CI), else the OS keychain (created on first
// use), else a one-time key — and the manifest says which, so a one-time key is never mistaken for yours.
SigningKey signingKey()
{
    const QByteArray fromEnv = QByteArray::fromBase64(qgetenv("CANARYDESK_SIGNING_KEY"));
    if (fromEnv.size() == 32)
        return SigningKey{fromEnv, QStringLiteral("CANARYDESK_SIGNING_KEY")};
    const QString entry = QStringLiteral("canarydesk-signing-key");
    QString why = QStringLiteral("no D-Bus session for the OS keychain");
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        KeychainSecretStore store;
        auto read = await<Result<Secret>>([&](auto done) { store.read(entry, done); });
        if (read.ok() && read.value().reveal().size() == 32)
            return SigningKey{read.value().reveal(), QStringLiteral("OS keychain")};
        if (!read.ok() && read.error().code == SecretStore::kNotFound) {
            const auto generated = Signer::generatePrivateKey();
            if (generated.ok()) {
                const Status stored =
                    await<Status>([&](auto done) { store.write(entry, Secret(generated.value()), done); });
                if (stored.ok())
                    return SigningKey{generated.value(), QStringLiteral("OS keychain (created now)")};
                why = stored.error().message;
            }
        } else if (!read.ok()) {
            why = read.error().message;
        }
    }
    std::fprintf(stderr, "canarydesk run: the evidence is signed with a one-time key: %s\n", qPrintable(why));
    return SigningKey{Signer::generatePrivateKey().value(), QStringLiteral("one-time key (%1)").arg(why)};
}

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void printProgress(const Snapshot &s, bool tty)
{
    std::fprintf(stdout,
                 "%s[%s/%s] %7.1f/%g req/s  in-flight %d  dropped %llu  p95 %.1f ms (from intended %.1f)  "
                 "errors %.2f%%  delivered %.2f%%  http_fail %.2f%%  %llu/%llu%s",
                 tty ? "\r" : "", qPrintable(clock(s.elapsedMs)), qPrintable(clock(s.plannedMs)), s.achievedRate,
                 s.targetRate, s.inFlight, static_cast<unsigned long long>(s.droppedTotal), s.service.p95,
                 s.corrected.p95, s.errorRateTotal * 100, s.deliveryRateTotal * 100, s.httpFailedRateTotal * 100,
                 static_cast<unsigned long long>(s.requestsTotal), static_cast<unsigned long long>(s.expectedTotal),
                 tty ? "" : "\n");
    std::fflush(stdout);
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) > 0 &&
           f.commit();
}

} // namespace

int runHeadless(int argc, char **argv)
{
    // Headless, but charts are drawn for the evidence: a widget application on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run a canary headless: live progress each second, the gate verdict at the end, raw results streamed to "
        "DIR/results.ndjson.gz and DIR/summary.json in k6's handleSummary shape.\n"
        "Exit codes: 0 gate passed, 99 gate failed, 104 invalid input, 105 aborted by SIGINT/SIGTERM."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("Scenario file (optional with --demo)."),
                                 QStringLiteral("[scenario]"));
    std::map<QString, QCommandLineOption> o;
    auto add = [&](const char *name, const char *help, const char *value = nullptr) {
        const QString n = QString::fromLatin1(name);
        QCommandLineOption opt = value ? QCommandLineOption(n, QString::fromUtf8(help), QString::fromLatin1(value))
                                       : QCommandLineOption(n, QString::fromUtf8(help));
        parser.addOption(opt);
        o.emplace(n, opt);
    };
    add("demo", "Start the built-in sandbox target in process and aim the scenario at it.");
    add("url", "Replace the scenario's base URL (scheme://host:port[/prefix]).", "URL");
    add("rate", "Constant arrival rate, requests per second (replaces the load profile).", "N");
    add("duration", "Duration of the constant rate, e.g. 30m or 10s.", "D");
    add("max-in-flight", "Most requests in flight; arrivals beyond it are counted as dropped.", "N");
    add("token-url", "Replace the OAuth2 token URL.", "URL");
    add("client-id", "Replace the OAuth2 client id.", "ID");
    add("gate", "Gate profile: gate1, followup or custom.", "NAME");
    add("health-url", "Health endpoint to watch.", "URL");
    add("log", "Application log file (glob) to watch; repeatable.", "GLOB");
    add("out", "Output folder (default: the scenario's evidence folder).", "DIR");
    add("workers", "Load-generating threads (default: one per core, at most 2).", "N");
    add("zip", "Also write the evidence folder as one DIR.zip beside it.");
    add("slack", "Post the checkpoint update to the Slack incoming webhook in CANARYDESK_SLACK_WEBHOOK or the keychain "
                 "entry slack-webhook (DIR/slack_message.json is the preview, always written).");
    parser.process(app);

    const QStringList positional = parser.positionalArguments().mid(1);
    const bool demoMode = parser.isSet(o.at(QStringLiteral("demo")));
    std::optional<Demo> demo;
    Scenario scenario;
    if (demoMode) {
        auto started = startDemo();
        if (!started.ok()) {
            fail(started.error().message);
            return kExitInvalidInput;
        }
        demo.emplace(std::move(started).value());
        scenario = demo->scenario;
    }
    if (!positional.isEmpty()) {
        const ScenarioResult loaded = ScenarioLoader::loadFile(positional.first());
        if (!loaded.ok()) {
            fail(QStringLiteral("%1 is not a valid scenario:\n  %2")
                     .arg(positional.first(),
                          joinProblems(loaded.error()).replace(QLatin1Char('\n'), QStringLiteral("\n  "))));
            return kExitInvalidInput;
        }
        scenario = loaded.value();
        if (demo) { // aim the given scenario at the in-process sandbox
            const QString base = demo->sandbox->baseUrl().toString();
            scenario.target.baseUrl = base;
            if (!scenario.auth.tokenUrl.isEmpty() && !scenario.auth.tokenUrl.startsWith(QLatin1Char('/')))
                scenario.auth.tokenUrl = base + QStringLiteral("/oauth/token");
            if (scenario.monitors.health && !scenario.monitors.health->url.startsWith(QLatin1Char('/')))
                scenario.monitors.health->url = base + QStringLiteral("/health");
        }
    } else if (!demo) {
        fail(QStringLiteral("name a scenario file, or use --demo (see canarydesk run --help)"));
        return kExitInvalidInput;
    }
    if (auto bad = applyOverrides(parser, scenario, o)) {
        fail(bad->message);
        return kExitInvalidInput;
    }

    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    QString outDir = parser.isSet(o.at(QStringLiteral("out")))
                         ? parser.value(o.at(QStringLiteral("out")))
                         : scenario.expandEvidence(scenario.evidence.folder, stamp);
    if (!QDir().mkpath(outDir)) {
        fail(QStringLiteral("--out: cannot create the folder %1").arg(outDir));
        return kExitInvalidInput;
    }
    outDir = QDir(outDir).absolutePath();
    int workers = std::clamp(QThread::idealThreadCount(), 1, 2);
    if (parser.isSet(o.at(QStringLiteral("workers")))) {
        bool ok = false;
        workers = parser.value(o.at(QStringLiteral("workers"))).toInt(&ok);
        if (!ok || workers < 1 || workers > 64) {
            fail(QStringLiteral("--workers: must be between 1 and 64, got \"%1\"")
                     .arg(parser.value(o.at(QStringLiteral("workers")))));
            return kExitInvalidInput;
        }
    }

    auto plan = RequestPlan::fromScenario(scenario, QStringLiteral("CanaryDesk/" CANARYDESK_VERSION));
    if (!plan.ok()) {
        fail(plan.error().message);
        return kExitInvalidInput;
    }
    const auto tokenSource = makeTokenSource(scenario, demo);
    if (!tokenSource.ok()) {
        fail(tokenSource.error().message);
        return kExitInvalidInput;
    }
    const std::shared_ptr<TokenSource> tokens = tokenSource.value();
    if (auto *provider = dynamic_cast<TokenProvider *>(tokens.get())) {
        for (const TokenEvent &e : provider->events()) // the first fetch happened before the run
            std::printf("  token: %s, lifetime %llds, %lld ms\n", qPrintable(TokenEvent::kindName(e.kind)),
                        static_cast<long long>(e.lifetimeSec), static_cast<long long>(e.latencyMs));
        QObject::connect(provider, &TokenProvider::event, &app, [](const TokenEvent &e) {
            std::fprintf(stderr, "%s %s%s (%lld ms)%s%s\n", qPrintable(e.at.toString(Qt::ISODateWithMs)),
                         qPrintable(TokenEvent::kindName(e.kind)),
                         e.lifetimeSec ? qPrintable(QStringLiteral(", lifetime %1 s").arg(e.lifetimeSec)) : "",
                         static_cast<long long>(e.latencyMs), e.detail.isEmpty() ? "" : ": ", qPrintable(e.detail));
        });
    }

    std::printf("CanaryDesk %s — %s\n  target %s %s · %s · %d workers · at most %d in flight\n  output %s\n",
                CANARYDESK_VERSION, qPrintable(scenario.headline()), qPrintable(scenario.target.method),
                qPrintable(scenario.target.requestUrl().toString()),
                qPrintable(LoadProfile::executorName(scenario.load.executor)), workers, scenario.load.maxInFlight,
                qPrintable(QDir(outDir).absolutePath()));
    std::fflush(stdout);

    LoadEngine engine(scenario, std::make_shared<RequestPlan>(plan.value()), tokens, EngineOptions{workers, {}});
    QThread writerThread;
    writerThread.setObjectName(QStringLiteral("canary-results-writer"));
    ResultsWriter *writer = nullptr; // created once the start time is known
    const bool tty = ::isatty(STDOUT_FILENO) != 0;
    QObject::connect(&engine, &LoadEngine::snapshot, &app, [tty](const Snapshot &s) { printProgress(s, tty); });

    SignalWatcher watcher;
    int signalled = 0;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int number) {
        if (signalled++ == 0) {
            std::fprintf(stderr, "\ncanarydesk run: %s received: stopping gracefully (again to abort now)\n",
                         number == SIGINT ? "SIGINT" : "SIGTERM");
            engine.stop(QStringLiteral("stopped by %1")
                            .arg(number == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
        } else {
            engine.abort(QStringLiteral("aborted by a second signal"));
        }
    });
    QObject::connect(&engine, &LoadEngine::finished, &app, &QCoreApplication::quit);

    // The health endpoint, watched beside the load (never part of its metrics), with its guard rail.
    std::unique_ptr<HealthPoller> health;
    QJsonArray healthEvents;
    if (scenario.monitors.health) {
        const HealthMonitorSpec &h = *scenario.monitors.health;
        health =
            std::make_unique<HealthPoller>(scenario.resolveUrl(h.url), h.intervalMs, h.timeoutMs, h.abortAfterFailures);
        QObject::connect(health.get(), &HealthPoller::changed, &app, [&](bool healthy, const HealthSample &sample) {
            const QString detail = QStringLiteral("HTTP %1 in %2 ms%3")
                                       .arg(sample.status)
                                       .arg(sample.latencyMs)
                                       .arg(sample.error.isEmpty() ? QString() : QStringLiteral(": ") + sample.error);
            healthEvents.append(QJsonObject{
                {QStringLiteral("time"), sample.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("event"), healthy ? QStringLiteral("health_ok") : QStringLiteral("health_failing")},
                {QStringLiteral("detail"), detail}});
            std::fprintf(stderr, "%s %s (%s)\n", qPrintable(sample.at.toString(Qt::ISODateWithMs)),
                         healthy ? "health ok" : "health FAILING", qPrintable(detail));
        });
        QObject::connect(health.get(), &HealthPoller::failedRepeatedly, &app, [&](int failures) {
            engine.stop(QStringLiteral("guard rail: health failed %1 times in a row").arg(failures));
        });
        health->start();
    }
    // Email-provider statistics before the run; after it, the difference cross-checks the engine's count.
    QNetworkAccessManager providerNam;
    QByteArray providerKey;
    std::optional<Result<ProviderCounts>> providerBefore;
    const QDate runDay = QDateTime::currentDateTimeUtc().date();
    if (scenario.monitors.provider) {
        providerKey = qgetenv("CANARYDESK_SENDGRID_API_KEY");
        if (providerKey.isEmpty() && demo)
            providerKey = demo->sandbox->config().providerApiKey.toUtf8();
        if (providerKey.isEmpty() && !scenario.monitors.provider->apiKeySecretKey.isEmpty() &&
            !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            KeychainSecretStore store;
            auto read = await<Result<Secret>>(
                [&](auto done) { store.read(scenario.monitors.provider->apiKeySecretKey, done); });
            if (read.ok())
                providerKey = read.value().reveal();
        }
        if (providerKey.isEmpty()) {
            providerBefore =
                Result<ProviderCounts>::failure(QStringLiteral("no SendGrid API key: set CANARYDESK_SENDGRID_API_KEY "
                                                               "or store it under monitors.provider.apiKeySecretKey"));
        } else {
            providerBefore = await<Result<ProviderCounts>>([&](auto done) {
                ProviderStats::fetch(providerNam, QUrl(scenario.monitors.provider->baseUrl), providerKey, runDay,
                                     runDay, done);
            });
        }
        if (!providerBefore->ok())
            std::fprintf(stderr, "canarydesk run: provider stats: %s (the run goes on)\n",
                         qPrintable(providerBefore->error().message));
    }
    // The application's logs, followed from now on (rotation and truncation survive), filtered as the seed greps.
    std::unique_ptr<LogTailer> logs;
    if (scenario.monitors.logs && !scenario.monitors.logs->files.isEmpty()) {
        logs = std::make_unique<LogTailer>(scenario.monitors.logs->files, scenario.monitors.logs->filter);
        logs->start();
        std::printf("  logs: following %lld file(s) for /%s/\n", static_cast<long long>(logs->files().size()),
                    qPrintable(scenario.monitors.logs->filter));
    }
    engine.start();
    ResultsContext context{engine.startedUtc(),
                           scenario.target.requestUrl().toString(),
                           scenario.target.method,
                           scenario.target.httpVersion == QLatin1String("2") ? QStringLiteral("HTTP/2.0")
                                                                             : QStringLiteral("HTTP/1.1"),
                           QStringLiteral("canary"),
                           scenario.checks.expectedStatus};
    writer = new ResultsWriter(context);
    if (const Status opened = writer->open(QDir(outDir).filePath(QStringLiteral("results.ndjson.gz"))); !opened) {
        engine.abort(opened.error().message);
        fail(opened.error().message);
    }
    writer->moveToThread(&writerThread);
    QObject::connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
    QObject::connect(&engine, &LoadEngine::resultsReady, writer, &ResultsWriter::write, Qt::QueuedConnection);
    QObject::connect(&engine, &LoadEngine::droppedReady, writer, &ResultsWriter::writeDropped, Qt::QueuedConnection);
    writerThread.start();

    QCoreApplication::exec();
    if (health)
        health->stop();
    if (logs)
        logs->stop();
    if (tty)
        std::printf("\n");

    QMetaObject::invokeMethod(writer, &ResultsWriter::close, Qt::BlockingQueuedConnection);
    const quint64 lines = writer->linesWritten();
    writerThread.quit();
    writerThread.wait();

    const GateVerdict verdict = engine.verdict();
    const double elapsedS = static_cast<double>(engine.durationMs()) / 1000.0;
    const QJsonObject summary = Summary::handleSummary(SummaryInput{
        &engine.metrics().total(), ThresholdEvaluator::evaluate(engine.gate(), engine.metrics().total(), elapsedS),
        engine.durationMs(), scenario.checks.expectedStatus});
    const QString summaryPath = QDir(outDir).filePath(QStringLiteral("summary.json"));
    if (!writeJson(summaryPath, summary))
        fail(QStringLiteral("cannot write %1").arg(summaryPath));
    if (demo)
        writeJson(QDir(outDir).filePath(QStringLiteral("sandbox_counts.json")), demo->sandbox->counts().toJson());
    if (auto *provider = dynamic_cast<TokenProvider *>(tokens.get()))
        provider->stop();

    // The rest of the evidence package around the raw results and the summary, then the signed manifest.
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stem = scenario.expandEvidence(scenario.evidence.fileStem, engine.startedUtc());
    writeJson(QDir(outDir).filePath(stem + QStringLiteral(".json")), summary);
    const QJsonObject canarySummary = Summary::canarySummary(summary);
    writeJson(QDir(outDir).filePath(QStringLiteral("canary_summary.json")), canarySummary);
    writeJson(QDir(outDir).filePath(QStringLiteral("summary-export.json")), EvidenceFiles::summaryExport(summary));
    auto writeBytes = [&](const QString &name, const QByteArray &bytes) {
        QSaveFile f(QDir(outDir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            fail(QStringLiteral("cannot write %1").arg(f.fileName()));
    };
    writeBytes(QStringLiteral("timeseries.csv"), EvidenceFiles::timeseriesCsv(engine.metrics().timeline()));
    if (providerBefore) {
        QJsonObject stats{
            {QStringLiteral("provider"), scenario.monitors.provider->type},
            {QStringLiteral("base_url"), scenario.monitors.provider->baseUrl},
            {QStringLiteral("engine_delivered"), static_cast<qint64>(engine.metrics().total().delivered)},
            {QStringLiteral("note"), QStringLiteral("the provider aggregates by day: the difference counts everything "
                                                    "it processed between the two fetches, not only this canary")}};
        if (providerBefore->ok()) {
            const auto after = await<Result<ProviderCounts>>([&](auto done) {
                ProviderStats::fetch(providerNam, QUrl(scenario.monitors.provider->baseUrl), providerKey, runDay,
                                     QDateTime::currentDateTimeUtc().date(), done);
            });
            stats.insert(QStringLiteral("before"), providerBefore->value().toJson());
            if (after.ok()) {
                const ProviderCounts delta = after.value() - providerBefore->value();
                stats.insert(QStringLiteral("after"), after.value().toJson());
                stats.insert(QStringLiteral("delta"), delta.toJson());
                std::printf("  provider: %s counted %lld delivered, %lld bounces, %lld blocks during the run (engine: "
                            "%llu delivered)\n",
                            qPrintable(scenario.monitors.provider->type), static_cast<long long>(delta.delivered),
                            static_cast<long long>(delta.bounces), static_cast<long long>(delta.blocks),
                            static_cast<unsigned long long>(engine.metrics().total().delivered));
            } else {
                stats.insert(QStringLiteral("error"), after.error().message);
            }
        } else {
            stats.insert(QStringLiteral("error"), providerBefore->error().message);
        }
        writeJson(QDir(outDir).filePath(QStringLiteral("provider_stats.json")), stats);
    }
    // The matching log lines written inside the canary window, for people and for the diagnosis.
    QStringList windowLines;
    if (logs) {
        const QDateTime from = engine.startedUtc();
        const QDateTime to = engine.startedUtc().addMSecs(engine.durationMs());
        int undated = 0;
        const QList<LogLine> inside = LogTailer::window(logs->matches(), from, to, &undated);
        QByteArray text =
            QStringLiteral(
                "# CanaryDesk error log: lines matching /%1/ in %2\n"
                "# canary window %3 → %4 (UTC); timestamps without a zone read as UTC\n"
                "# %5 lines in the window, %6 matching lines outside it, %7 without any timestamp (left out)%8\n")
                .arg(logs->filter(), logs->files().join(QStringLiteral(", ")), from.toString(Qt::ISODateWithMs),
                     to.toString(Qt::ISODateWithMs))
                .arg(inside.size())
                .arg(logs->matches().size() - inside.size() - undated)
                .arg(undated)
                .arg(logs->dropped() ? QStringLiteral(", %1 beyond the in-memory cap").arg(logs->dropped()) : QString())
                .toUtf8();
        for (const LogLine &l : inside) {
            text += (logs->files().size() > 1 ? l.file.toUtf8() + ": " : QByteArray()) + l.text + '\n';
            windowLines << QString::fromUtf8(l.text);
        }
        QSaveFile f(QDir(outDir).filePath(
            QStringLiteral("error_logs_%1.log").arg(engine.startedUtc().toString(QStringLiteral("yyyyMMdd_HHmm")))));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
            fail(QStringLiteral("cannot write %1").arg(f.fileName()));
    }
    const QList<Finding> findings = EvidenceFiles::diagnose(engine.gate(), verdict, engine.metrics().total(),
                                                            engine.metrics().timeline(), windowLines);
    QUrl shownTarget = scenario.target.requestUrl();
    shownTarget.setUserInfo(QString());
    const CheckpointInput checkpoint{scenario.headline(),
                                     shownTarget.toString(),
                                     runId,
                                     engine.startedUtc().toString(Qt::ISODate),
                                     engine.startedUtc().addMSecs(engine.durationMs()).toString(Qt::ISODate),
                                     canarySummary,
                                     &verdict,
                                     findings};
    writeBytes(QStringLiteral("checkpoint.md"), EvidenceFiles::checkpointMarkdown(checkpoint));
    const QJsonObject slackMessage = SlackMessage::build(checkpoint);
    writeJson(QDir(outDir).filePath(QStringLiteral("slack_message.json")), slackMessage);
    const QJsonObject timelineJson = tokenTimeline(*tokens);
    ReportInput report;
    report.title = scenario.headline();
    report.runId = runId;
    report.target = shownTarget.toString();
    report.started = engine.startedUtc().toString(Qt::ISODateWithMs);
    report.finished = engine.startedUtc().addMSecs(engine.durationMs()).toString(Qt::ISODateWithMs);
    const QString operatorName = QSettings().value(QStringLiteral("operator/name")).toString();
    report.operatorName = operatorName.isEmpty()
                              ? qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("unknown")))
                              : operatorName;
    report.machine = QSysInfo::machineHostName();
    report.environment = QStringLiteral("CanaryDesk %1 · Qt %2 · %3 · kernel %4")
                             .arg(QStringLiteral(CANARYDESK_VERSION), QString::fromLatin1(qVersion()),
                                  QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
    report.gate = &engine.gate();
    report.verdict = &verdict;
    report.timeline = &engine.metrics().timeline();
    report.findings = findings;
    QList<QJsonValue> events; // token and health events, in time order
    const QJsonArray tokenEvents = timelineJson.value(QStringLiteral("events")).toArray();
    for (const QJsonValue &e : tokenEvents)
        events.append(e);
    for (const QJsonValue &e : healthEvents)
        events.append(e);
    std::sort(events.begin(), events.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QStringLiteral("time")).toString() <
               b.toObject().value(QStringLiteral("time")).toString();
    });
    for (const QJsonValue &e : events)
        report.events.append(e);
    report.canarySummary = canarySummary;
    report.scenarioJson = QString::fromUtf8(ScenarioLoader::toBytes(scenario));
    ui::QtReportRenderer renderer;
    if (const Status rendered = renderer.render(report, outDir); !rendered)
        fail(rendered.error().message);
    writeJson(QDir(outDir).filePath(QStringLiteral("timeline.json")), timelineJson);
    if (health) {
        QJsonArray samples;
        for (const HealthSample &h : health->samples())
            samples.append(QJsonObject{{QStringLiteral("time"), h.at.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("status"), h.status},
                                       {QStringLiteral("latency_ms"), h.latencyMs},
                                       {QStringLiteral("healthy"), h.healthy},
                                       {QStringLiteral("error"), h.error}});
        writeJson(QDir(outDir).filePath(QStringLiteral("health.json")),
                  QJsonObject{{QStringLiteral("url"), health->url().toString(QUrl::RemoveUserInfo)},
                              {QStringLiteral("samples"), samples},
                              {QStringLiteral("transitions"), healthEvents},
                              {QStringLiteral("last_body"),
                               health->samples().isEmpty() ? QString() : health->samples().last().body}});
    }
    const SigningKey key = signingKey();
    const auto manifest = Manifest::write(
        outDir, ManifestInfo{runId, QStringLiteral("CanaryDesk " CANARYDESK_VERSION), key.source}, key.privateKey);
    if (!manifest.ok())
        fail(manifest.error().message);
    QString zipPath;
    if (parser.isSet(o.at(QStringLiteral("zip")))) {
        zipPath = QDir(outDir).absolutePath() + QStringLiteral(".zip");
        if (const Status zipped = PackageArchive::zip(outDir, zipPath); !zipped) {
            fail(zipped.error().message);
            zipPath.clear();
        }
    }

    const IntervalStats &t = engine.metrics().total();
    std::printf("\n%s — %s\n", qPrintable(verdict.gateTitle), verdict.passed ? "PASS" : "FAIL");
    for (const CriterionResult &c : verdict.criteria)
        std::printf("  %s %-42s %-28s %s\n", c.pass ? "✓" : "✗", qPrintable(c.label), qPrintable(c.target),
                    qPrintable(c.measured));
    std::printf(
        "  requests %llu · dropped %llu · interrupted %llu · p99 %.2f ms · p99 from intended %.2f ms · max %.2f ms\n",
        static_cast<unsigned long long>(t.requests), static_cast<unsigned long long>(t.dropped),
        static_cast<unsigned long long>(t.interrupted), t.service.valueAtPercentile(99) / 1000.0,
        t.corrected.valueAtPercentile(99) / 1000.0, static_cast<double>(t.service.max()) / 1000.0);
    if (!verdict.passed)
        std::printf("  %s\n", qPrintable(verdict.summary));
    for (const Finding &f : findings)
        std::printf("  → %s: %s. %s\n", qPrintable(f.title), qPrintable(f.evidence), qPrintable(f.nextSteps));
    if (manifest.ok())
        std::printf("evidence    %s (%lld files, signed %s, key: %s)\n", qPrintable(QDir(outDir).absolutePath()),
                    static_cast<long long>(manifest.value().value(QStringLiteral("files")).toArray().size()),
                    qPrintable(manifest.value().value(QStringLiteral("key_fingerprint")).toString()),
                    qPrintable(key.source));
    if (!zipPath.isEmpty())
        std::printf("zip         %s\n", qPrintable(zipPath));
    if (parser.isSet(o.at(QStringLiteral("slack")))) {
        QByteArray webhook = qgetenv("CANARYDESK_SLACK_WEBHOOK");
        QString why = QStringLiteral(
            "set CANARYDESK_SLACK_WEBHOOK or store the webhook URL under the keychain entry slack-webhook");
        if (webhook.isEmpty() && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            KeychainSecretStore store;
            auto read = await<Result<Secret>>([&](auto done) { store.read(QStringLiteral("slack-webhook"), done); });
            if (read.ok())
                webhook = read.value().reveal();
            else
                why = read.error().message;
        }
        if (webhook.isEmpty()) {
            std::printf("slack       not posted: %s\n", qPrintable(why));
        } else {
            QNetworkAccessManager slackNam;
            const Status posted = await<Status>(
                [&](auto done) { SlackMessage::post(slackNam, QUrl(QString::fromUtf8(webhook)), slackMessage, done); });
            std::printf("slack       %s\n",
                        posted.ok() ? "posted the checkpoint update" : qPrintable(posted.error().message));
        }
    }
    std::printf("raw results %s (%llu lines)\nsummary     %s\n",
                qPrintable(QDir(outDir).absoluteFilePath(QStringLiteral("results.ndjson.gz"))),
                static_cast<unsigned long long>(lines),
                qPrintable(QDir(outDir).absoluteFilePath(QStringLiteral("summary.json"))));
    std::fflush(stdout);

    if (signalled > 0)
        return kExitAborted;
    return verdict.passed ? kExitOk : kExitGateFailed;
}

} // namespace canary::app
