// canarydesk k6 run SCENARIO [--cloud]: the canary on k6, watched and judged like a CanaryDesk run.
#include "app/Commands.h"
#include "app/PackageOutput.h"
#include "app/ScenarioOverrides.h"
#include "app/SignalWatcher.h"

#include "core/auth/Secrets.h"
#include "core/run/K6Source.h"
#include "core/run/RunSecrets.h"
#include "core/run/RunSession.h"
#include "core/run/RunStore.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/report/QtReportRenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <optional>

namespace canary::app {

int runK6Run(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // charts for the evidence, nothing shown
    QApplication app(argc, argv);
    installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "canarydesk k6 run SCENARIO [--cloud] [--out DIR] [overrides]\n"
        "Runs the scenario on k6 (k6 run --out json, or k6 cloud run with --cloud): its points are read while k6 "
        "writes "
        "them, printed a second at a time like `canarydesk run`, judged against the gate, and packaged as the same "
        "signed evidence. The client secret reaches k6 as CANARY_CLIENT_SECRET in its environment, the k6 Cloud token "
        "as K6_CLOUD_TOKEN (from the environment or the keychain entry k6-cloud-token); neither goes on k6's command "
        "line. CANARYDESK_K6 names the k6 binary. Exit codes: 0 passed, 99 gate failed, 104 invalid input or k6 "
        "missing, 105 stopped by a signal, 106 the evidence package could not be written whole."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("k6"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("run"));
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("The scenario file."));
    std::map<QString, QCommandLineOption> o;
    const OptionAdder add{parser, o};
    addScenarioOverrides(add);
    add("cloud", "Run on k6 Cloud (k6 cloud run); the run's URL goes into the evidence.");
    add("out", "Output folder (default: the scenario's evidence folder).", "DIR");
    addLogCommandPermission(add);
    addEnvironmentHandover(add);
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(2);
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "canarydesk k6 run: %s\n", cliText(message));
        return kExitInvalidInput;
    };
    if (args.size() != 1)
        return fail(QStringLiteral("name one scenario file"));
    const auto loaded = loadScenarioWithOverrides(args.first(), parser, o);
    if (!loaded.ok())
        return fail(loaded.error().message);
    Scenario scenario = loaded.value();
    const bool cloud = parser.isSet(o.at(QStringLiteral("cloud")));
    const auto program = K6Source::findProgram(QString());
    if (!program.ok())
        return fail(program.error().message);

    RunSetup setup;
    setup.scenario = scenario;
    setup.load = cloud ? RunSetup::Load::K6Cloud : RunSetup::Load::K6;
    const auto outDir = evidenceFolder(parser, o.at(QStringLiteral("out")), scenario);
    if (!outDir.ok())
        return fail(outDir.error().message);
    setup.outDir = outDir.value();
    setup.allowLogCommands = logCommandsAllowed(parser, o, scenario);
    setup.environment = handedEnvironment(parser, o, scenario);
    for (const QString &line : secretDestinations(scenario))
        std::printf("  sends %s\n", cliText(line));
    if (cloud) {
        std::printf("k6 Cloud: this run buys up to %.1f VU-hours (%d VUs × %s); results stay in k6 Cloud\n",
                    K6Source::vuHours(scenario), scenario.load.maxInFlight,
                    cliText(QString::number(static_cast<double>(scenario.load.totalDurationMs()) / 60000.0, 'g', 4) +
                            QStringLiteral(" min")));
    }
    RunStore store;
    RunStore *history = store.open().ok() ? &store : nullptr;
    ui::QtReportRenderer renderer;
    RunSession runner(setup, &renderer, history);
    int exitCode = -1;
    QObject::connect(&runner, &RunSession::started, &app, [&] {
        std::printf("CanaryDesk %s — %s on k6\n  %s\n", CANARYDESK_VERSION, cliText(scenario.headline()),
                    cliText(runner.startedWith()));
        std::fflush(stdout);
    });
    QObject::connect(&runner, &RunSession::output, &app,
                     [](const QString &line) { std::fprintf(stderr, "  k6 | %s\n", cliText(line)); });
    QObject::connect(&runner, &RunSession::warning, &app,
                     [](const QString &message) { std::fprintf(stderr, "canarydesk k6 run: %s\n", cliText(message)); });
    QObject::connect(&runner, &RunSession::snapshot, &app, [](const Snapshot &s) { printProgress(s, false); });
    QObject::connect(&runner, &RunSession::failed, &app, [&](const QString &message) {
        exitCode = fail(message);
        QCoreApplication::quit();
    });
    QObject::connect(&runner, &RunSession::finished, &app, &QCoreApplication::quit);
    SignalWatcher watcher;
    int signalled = 0;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int number) {
        if (signalled++ == 0) {
            std::fprintf(stderr, "\ncanarydesk k6 run: stopping k6 gracefully (again to abort now)\n");
            runner.stop(stopWords(number));
        } else {
            runner.abort(QStringLiteral("aborted by a second signal"));
        }
    });
    QObject::connect(&runner, &RunSession::progress, &app,
                     [](const QString &step) { std::fprintf(stderr, "  %s\n", cliText(step)); });
    QTimer::singleShot(0, &runner, &RunSession::start);
    QCoreApplication::exec();
    if (exitCode >= 0)
        return exitCode;

    const int k6Exit = runner.loadEnd().k6ExitCode;
    std::printf("k6 exit code %d: %s\n", k6Exit, cliText(K6Source::exitMeaning(k6Exit)));
    if (!runner.loadEnd().cloudUrl.isEmpty())
        std::printf("k6 Cloud run %s\n", cliText(runner.loadEnd().cloudUrl));
    if (!runner.hasPackage()) {
        // A cloud run's points stay in the cloud: k6's own verdict is all there is here.
        if (k6Exit == 0)
            return kExitOk;
        if (k6Exit == 105 || k6Exit == 97 || signalled) // 97: k6 Cloud aborted the run (not its thresholds)
            return kExitAborted;
        return k6Exit == 104 || k6Exit == 107 ? kExitInvalidInput : kExitGateFailed;
    }
    const PackageOutcome &outcome = runner.outcome();
    printJudgement(outcome, false);
    // The run said the package's problems as they came (its warnings): not a second time here.
    if (!printEvidence("k6 run", outcome, true))
        return kExitEvidenceIncomplete;
    // 105 is k6's answer to SIGINT: the operator's (aborted), or a guard rail's (the verdict says it).
    if (signalled || (k6Exit == 105 && !runner.record().cutOff) || k6Exit == 97)
        return kExitAborted;
    if (k6Exit == 104 || k6Exit == 107)
        return kExitInvalidInput;
    return outcome.verdict.passed ? kExitOk : kExitGateFailed;
}

} // namespace canary::app
