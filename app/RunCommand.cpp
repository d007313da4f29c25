#include "app/Commands.h"
#include "app/PackageOutput.h"
#include "core/common/Interrupt.h"
#include "app/ScenarioOverrides.h"
#include "app/DemoTarget.h"
#include "app/SignalWatcher.h"

#include "core/auth/Secrets.h"
#include "core/common/Duration.h"
#include "core/evidence/PackageArchive.h"
#include "core/evidence/SlackMessage.h"
#include "core/engine/LoadEngine.h"
#include "core/run/RunSecrets.h"
#include "core/run/RunSession.h"
#include "core/run/RunStore.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/report/QtReportRenderer.h"

#include <QLocale>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QApplication>
#include <QSettings>
#include <QSysInfo>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <map>
#include <optional>
#include <unistd.h>

namespace canary::app {

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "canarydesk run: %s\n", cliText(message));
}

// Runs an asynchronous call to completion on a local event loop (after the run: Slack).
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

void postToSlack(const QJsonObject &message)
{
    const Result<QUrl> webhook = await<Result<QUrl>>([](auto done) { readSlackWebhook(systemSecretStore(), done); });
    if (!webhook.ok()) {
        std::printf("slack       not posted: %s (set %s or store the webhook URL under the keychain entry %s)\n",
                    cliText(webhook.error().message), kSlackWebhookEnv, kSlackWebhookEntry);
        return;
    }
    QNetworkAccessManager nam;
    const Status posted = await<Status>([&](auto done) { SlackMessage::post(nam, webhook.value(), message, done); });
    std::printf("slack       %s\n", posted.ok() ? "posted the checkpoint update" : cliText(posted.error().message));
}

} // namespace

int runHeadless(int argc, char **argv)
{
    // Headless, but charts are drawn for the evidence: a widget application on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run a canary headless: live progress each second, the gate verdict at the end, raw results streamed to "
        "DIR/results.ndjson.gz and DIR/summary.json in k6's handleSummary shape.\n"
        "Exit codes: 0 gate passed, 99 gate failed, 104 invalid input, 105 stopped by SIGINT/SIGTERM/SIGHUP, 106 the "
        "evidence package could not be written whole (not signed; the raw results are kept)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("Scenario file (optional with --demo)."),
                                 QStringLiteral("[scenario]"));
    std::map<QString, QCommandLineOption> o;
    const OptionAdder add{parser, o};
    add("demo", "Start the built-in sandbox target in process and aim the scenario at it.");
    addScenarioOverrides(add);
    addLogCommandPermission(add);
    addEnvironmentHandover(add);
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
        if (demo) // aim the given scenario at the in-process sandbox
            scenario = aimAtDemo(scenario, *demo);
    } else if (!demo) {
        fail(QStringLiteral("name a scenario file, or use --demo (see canarydesk run --help)"));
        return kExitInvalidInput;
    }
    if (auto bad = applyScenarioOverrides(parser, scenario, o)) {
        fail(*bad);
        return kExitInvalidInput;
    }

    const auto outDir = evidenceFolder(parser, o.at(QStringLiteral("out")), scenario);
    if (!outDir.ok()) {
        fail(outDir.error().message);
        return kExitInvalidInput;
    }
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

    RunSetup setup;
    setup.scenario = scenario;
    setup.outDir = outDir.value();
    setup.workers = workers;
    setup.environment = handedEnvironment(parser, o, scenario);
    for (const QString &line : secretDestinations(scenario))
        std::printf("  sends %s\n", cliText(line));
    setup.allowLogCommands = logCommandsAllowed(parser, o, scenario);
    if (demo)
        applyDemo(*demo->sandbox, setup);
    RunStore store;
    RunStore *history = &store;
    if (const Status opened = store.open(); !opened) {
        std::fprintf(stderr, "canarydesk run: %s (the run goes on without history)\n", cliText(opened.error().message));
        history = nullptr;
    }
    ui::QtReportRenderer renderer;
    RunSession run(setup, &renderer, history);
    const bool tty = ::isatty(STDOUT_FILENO) != 0;
    int exitCode = -1;
    QObject::connect(&run, &RunSession::progress, &app,
                     [](const QString &step) { std::fprintf(stderr, "  %s\n", cliText(step)); });
    QObject::connect(&run, &RunSession::warning, &app,
                     [](const QString &message) { std::fprintf(stderr, "canarydesk run: %s\n", cliText(message)); });
    QObject::connect(&run, &RunSession::failed, &app, [&](const QString &message) {
        fail(message);
        exitCode = kExitInvalidInput;
        QCoreApplication::quit();
    });
    QObject::connect(&run, &RunSession::tokenEvent, &app, [](const TokenEvent &e) {
        std::fprintf(stderr, "%s %s%s (%lld ms)%s%s\n", cliText(e.at.toString(Qt::ISODateWithMs)),
                     cliText(TokenEvent::kindName(e.kind)),
                     e.lifetimeSec ? cliText(QStringLiteral(", lifetime %1 s").arg(e.lifetimeSec)) : "",
                     static_cast<long long>(e.latencyMs), e.detail.isEmpty() ? "" : ": ", cliText(e.detail));
    });
    QObject::connect(&run, &RunSession::healthChanged, &app, [](bool healthy, const HealthSample &sample) {
        std::fprintf(stderr, "%s %s (HTTP %d in %lld ms%s%s)\n", cliText(sample.at.toString(Qt::ISODateWithMs)),
                     healthy ? "health ok" : "health FAILING", sample.status, static_cast<long long>(sample.latencyMs),
                     sample.error.isEmpty() ? "" : ": ", cliText(sample.error));
    });
    QObject::connect(&run, &RunSession::started, &app, [&] {
        std::printf("CanaryDesk %s — %s\n  run %s\n  target %s %s · %s · %d workers · at most %d in flight\n"
                    "  output %s\n",
                    CANARYDESK_VERSION, cliText(scenario.headline()), cliText(run.record().runId),
                    cliText(scenario.target.method),
                    cliText(scenario.target.requestUrl().toString(QUrl::RemoveUserInfo)),
                    cliText(LoadProfile::executorName(scenario.load.executor)), run.record().workers,
                    scenario.load.maxInFlight, cliText(run.record().outDir));
        std::fflush(stdout);
    });
    QObject::connect(&run, &RunSession::snapshot, &app, [tty](const Snapshot &s) { printProgress(s, tty); });
    QObject::connect(&run, &RunSession::decided, &app, [&](qint64 atMs, const QString &why) {
        std::printf("%sgate lost: decided at %s — %s%s\n", tty ? "\n" : "", cliText(duration::clock(atMs)),
                    cliText(why),
                    scenario.gate.stopWhenDecided ? " — stopping now (--stop-when-decided)"
                                                  : " (the run goes on; --stop-when-decided would end it here)");
        std::fflush(stdout);
    });
    QObject::connect(&run, &RunSession::finished, &app, [&] {
        if (tty)
            std::printf("\n");
        QCoreApplication::quit();
    });

    SignalWatcher watcher;
    int signalled = 0;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int number) {
        const QString name = signalName(number);
        if (signalled++ == 0) {
            std::fprintf(stderr, "\ncanarydesk run: %s received: stopping gracefully (again to abort now)\n",
                         cliText(name));
            run.stop(stopWords(number));
        } else {
            run.abort(QStringLiteral("aborted by a second signal"));
        }
    });
    QTimer::singleShot(0, &run, &RunSession::start);
    QCoreApplication::exec();
    if (exitCode >= 0)
        return signalled > 0 ? kExitAborted : exitCode;

    const PackageOutcome &outcome = run.outcome();
    const GateVerdict &verdict = outcome.verdict;
    const IntervalStats &t = run.engine()->metrics().total();
    if (!outcome.record.provider.isEmpty() && outcome.record.provider.contains(QStringLiteral("delta"))) {
        const QJsonObject delta = outcome.record.provider.value(QStringLiteral("delta")).toObject();
        std::printf("  provider: %s counted %lld delivered, %lld bounces, %lld blocks during the run (engine: "
                    "%llu delivered)\n",
                    cliText(scenario.monitors.provider->type),
                    static_cast<long long>(delta.value(QStringLiteral("delivered")).toInteger()),
                    static_cast<long long>(delta.value(QStringLiteral("bounces")).toInteger()),
                    static_cast<long long>(delta.value(QStringLiteral("blocks")).toInteger()),
                    static_cast<unsigned long long>(t.delivered));
    }
    std::printf(
        "  requests %llu · dropped %llu · interrupted %llu · p99 %.2f ms · p99 from intended %.2f ms · max %.2f ms\n",
        static_cast<unsigned long long>(t.requests), static_cast<unsigned long long>(t.dropped),
        static_cast<unsigned long long>(t.interrupted), t.service.valueAtPercentile(99) / 1000.0,
        t.corrected.valueAtPercentile(99) / 1000.0, static_cast<double>(t.service.max()) / 1000.0);
    printJudgement(outcome, true);
    const bool whole = printEvidence("run", outcome, true);
    if (parser.isSet(o.at(QStringLiteral("zip"))) && !whole) {
        std::fprintf(stderr, "canarydesk run: no zip: the package is incomplete\n");
    } else if (parser.isSet(o.at(QStringLiteral("zip")))) {
        const QString zipPath = outcome.dir + QStringLiteral(".zip");
        if (const Status zipped = PackageArchive::zip(outcome.dir, zipPath); !zipped)
            fail(zipped.error().message);
        else
            std::printf("zip         %s\n", cliText(zipPath));
    }
    if (parser.isSet(o.at(QStringLiteral("slack"))))
        postToSlack(outcome.slackMessage);
    std::printf("raw results %s (%llu lines)\nsummary     %s\n",
                cliText(QDir(outcome.dir).absoluteFilePath(QStringLiteral("results.ndjson.gz"))),
                static_cast<unsigned long long>(run.resultLines()),
                cliText(QDir(outcome.dir).absoluteFilePath(QStringLiteral("summary.json"))));
    std::fflush(stdout);

    if (!whole) // cut short by a second signal: the operator asked for it
        return interrupt::evidenceCutShort() ? kExitAborted : kExitEvidenceIncomplete;
    if (signalled > 0)
        return kExitAborted;
    return verdict.passed ? kExitOk : kExitGateFailed;
}

} // namespace canary::app
