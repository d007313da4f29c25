// canarydesk k6 script SCENARIO: the same canary as a k6 script (and a k6-operator TestRun).
#include "app/Commands.h"
#include "app/ScenarioOverrides.h"

#include "core/common/AtomicFile.h"
#include "core/k6/K6Script.h"
#include "core/scenario/ScenarioLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace canary::app {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    const Status written = atomic::writeFile(path, bytes);
    if (!written)
        std::fprintf(stderr, "canarydesk k6: %s\n", cliText(written.error().message));
    return written.ok();
}

} // namespace

int runK6(int argc, char **argv)
{
    if (argc > 2 && std::strcmp(argv[2], "run") == 0)
        return runK6Run(argc, argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "canarydesk k6 script SCENARIO [--out FILE] [--testrun FILE --parallelism N] [overrides]\n"
        "canarydesk k6 run SCENARIO [--cloud] … (see canarydesk k6 run --help)\n"
        "Writes the scenario as a k6 script (k6 v0.46+): same executor, request, body template, checks, custom Rates "
        "errors/delivery_success, the gate as thresholds, p(99), and an OAuth2 token refreshed before expiry in every "
        "VU. The client secret is read from CANARY_CLIENT_SECRET at run time, never written. Results come back with "
        "`canarydesk import`. The overrides (--url, --rate, --duration, …) change the scenario as `run` and "
        "`k6 run` do, so the script is the canary those would run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("k6"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("script, or run."));
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("The scenario file."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Script file (default: standard output)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption testrun(QStringLiteral("testrun"),
                                     QStringLiteral("Also write a k6-operator ConfigMap + TestRun manifest."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption parallelism(QStringLiteral("parallelism"),
                                         QStringLiteral("Runner pods of the TestRun (default 4)."), QStringLiteral("N"),
                                         QStringLiteral("4"));
    parser.addOption(out);
    parser.addOption(testrun);
    parser.addOption(parallelism);
    std::map<QString, QCommandLineOption> overrides;
    addScenarioOverrides(OptionAdder{parser, overrides});
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() != 2 || args.first() != QLatin1String("script")) {
        std::fprintf(stderr, "canarydesk k6: use `canarydesk k6 script SCENARIO [--out FILE]`\n");
        return kExitInvalidInput;
    }
    const auto loaded = loadScenarioWithOverrides(args.at(1), parser, overrides);
    if (!loaded.ok()) {
        std::fprintf(stderr, "canarydesk k6: %s\n", cliText(loaded.error().message));
        return kExitInvalidInput;
    }
    const Scenario &scenario = loaded.value();
    bool ok = false;
    const int pods = parser.value(parallelism).toInt(&ok);
    if (!ok || pods < 1 || pods > 1000) {
        std::fprintf(stderr, "canarydesk k6: --parallelism must be between 1 and 1000, got \"%s\"\n",
                     cliText(parser.value(parallelism)));
        return kExitInvalidInput;
    }
    const QByteArray script = K6Script::script(scenario);
    if (parser.isSet(out)) {
        if (!writeFile(parser.value(out), script))
            return kExitInvalidInput;
        std::printf("k6 script   %s\n", cliText(parser.value(out)));
    } else {
        std::fwrite(script.constData(), 1, static_cast<size_t>(script.size()), stdout);
    }
    if (parser.isSet(testrun)) {
        K6TestRunOptions options;
        options.name = scenario.name;
        options.parallelism = pods;
        if (!writeFile(parser.value(testrun), K6Script::testRun(scenario, options)))
            return kExitInvalidInput;
        std::fprintf(parser.isSet(out) ? stdout : stderr, "k6-operator %s (%d pods)\n", cliText(parser.value(testrun)),
                     pods);
    }
    return kExitOk;
}

} // namespace canary::app
