// canarydesk history | export | import: evidence from stored results.
#include "app/Commands.h"
#include <QLocale>
#include <QJsonDocument>
#include "core/run/PackageReader.h"
#include "core/common/AtomicFile.h"
#include "core/scenario/ScenarioLoader.h"
#include "app/ScenarioOverrides.h"
#include "app/PackageOutput.h"

#include "core/evidence/PackageArchive.h"
#include "core/run/RunExporter.h"
#include "core/run/RunFolder.h"
#include "core/run/RunStore.h"
#include "core/run/EvidencePipeline.h"
#include "ui/report/QtReportRenderer.h"

#include <QApplication>
#include <cmath>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <optional>

namespace canary::app {

namespace {

// verdictExit: the exit code says the verdict as `run` and `k6 run` do (0 PASS, 99 anything else) — an import
// judges a run; an export only builds a stored run's package again.
int report(const char *command, const Result<PackageOutcome> &outcome, bool zip, bool verdictExit = false)
{
    if (!outcome.ok()) {
        std::fprintf(stderr, "canarydesk %s: %s\n", command, cliText(outcome.error().message));
        return kExitInvalidInput;
    }
    const PackageOutcome &o = outcome.value();
    printJudgement(o, false);
    for (const QString &n : o.record.notes)
        std::printf("  note: %s\n", cliText(n));
    if (!printEvidence(command, o, true)) // the pipeline said its problems as they came
        return kExitEvidenceIncomplete;
    if (zip) {
        const QString zipPath = o.dir + QStringLiteral(".zip");
        if (const Status zipped = PackageArchive::zip(o.dir, zipPath); !zipped) {
            std::fprintf(stderr, "canarydesk %s: %s\n", command, cliText(zipped.error().message));
            return kExitInvalidInput;
        }
        std::printf("zip         %s\n", cliText(zipPath));
    }
    return verdictExit && o.verdict.outcome != RunOutcome::Pass ? kExitGateFailed : kExitOk;
}

// The evidence pipeline's options for a command: charts drawn by renderer, warnings on stderr as they come.
EvidenceOptions commandEvidence(const char *command, ReportRenderer *renderer, RunStore *store)
{
    EvidenceOptions options;
    options.renderer = renderer;
    options.store = store;
    options.warning = [command](const QString &message) {
        std::fprintf(stderr, "canarydesk %s: %s\n", command, cliText(message));
    };
    return options;
}

std::optional<RunStore *> openStore(RunStore &store, const char *command)
{
    if (const Status opened = store.open(); !opened) {
        std::fprintf(stderr, "canarydesk %s: %s\n", command, cliText(opened.error().message));
        return std::nullopt;
    }
    store.markInterrupted();
    return &store;
}

// A run as the user names it: a run folder (or, where a package will do, a .zip) as given, else a run id or its first
// characters in the history. store: null when the history could not be opened (openStore said why).
Result<QString> runPath(const QString &name, RunStore *store, bool packageFileToo)
{
    const QFileInfo info(name);
    if (info.isDir() || (packageFileToo && info.isFile()))
        return info.absoluteFilePath();
    if (!store)
        return Result<QString>::failure(
            QStringLiteral("%1 is no folder, and the run history that would know it as a run id is not open")
                .arg(name));
    const auto row = store->find(name);
    if (!row.ok())
        return Result<QString>::failure(row.error().message);
    return row.value().outDir;
}

} // namespace

int runHistory(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "List the stored runs, newest first: id, start, state, verdict, key numbers and folder. Runs whose process "
            "ended before the run did are shown as interrupted. History: %1")
            .arg(RunStore::defaultPath()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("history"), QStringLiteral("The subcommand."));
    parser.process(app);
    RunStore store;
    if (!openStore(store, "history"))
        return kExitInvalidInput;
    const auto rows = store.list();
    if (!rows.ok()) {
        std::fprintf(stderr, "canarydesk history: %s\n", cliText(rows.error().message));
        return kExitInvalidInput;
    }
    if (rows.value().isEmpty())
        std::printf("no runs yet (%s)\n", cliText(store.path()));
    const QHash<QString, QString> trend = RunStore::trend(rows.value());
    for (const RunRow &r : rows.value()) {
        const QString verdict = r.state == QLatin1String("running") ? QStringLiteral("running") : r.word();
        // The judged p95 with its 95 % interval; ↑/↓ when it lies wholly above/below the scenario's previous run's.
        QString p95 = QStringLiteral("%1 ms").arg(r.p95Ms, 0, 'f', 2);
        if (!std::isnan(r.p95Lo))
            p95 += QStringLiteral(" [%1–%2]").arg(r.p95Lo, 0, 'f', 1).arg(r.p95Hi, 0, 'f', 1);
        if (const QString mark = trend.value(r.runId); !mark.isEmpty())
            p95 += mark == QLatin1String("slower") ? QStringLiteral(" ↑ slower than the previous run")
                                                   : QStringLiteral(" ↓ faster than the previous run");
        std::printf("%s  %s  %-11s %-10s %s · %llu requests · p95 %s · errors %.3f%% · delivered %.3f%%\n"
                    "          %s\n",
                    cliText(r.runId.left(8)), cliText(r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                    cliText(r.stateShown()), cliText(verdict), cliText(r.title),
                    static_cast<unsigned long long>(r.requests), cliText(p95), r.errorRate * 100, r.deliveryRate * 100,
                    cliText(r.outDir));
    }
    return kExitOk;
}

int runExport(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // charts are drawn, nothing is shown
    QApplication app(argc, argv);
    installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Build the evidence package of a stored run again, from its raw results and run record: a run from "
        "`canarydesk history` (id or its first 8 characters) or a run folder. An interrupted run gets the "
        "verdict INCOMPLETE. Without --out the package is rebuilt in the run's own folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("Run id (or prefix) or run folder."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption zip(QStringLiteral("zip"), QStringLiteral("Also write DIR.zip."));
    parser.addOption(out);
    parser.addOption(zip);
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() != 1) {
        std::fprintf(stderr, "canarydesk export: name one run (see canarydesk history)\n");
        return kExitInvalidInput;
    }
    RunStore store;
    const bool haveStore = openStore(store, "export").has_value();
    const auto found = runPath(args.first(), haveStore ? &store : nullptr, false);
    if (!found.ok()) {
        std::fprintf(stderr, "canarydesk export: %s\n", cliText(found.error().message));
        return kExitInvalidInput;
    }
    const QString runDir = found.value();
    const QString outDir = parser.isSet(out) ? QFileInfo(parser.value(out)).absoluteFilePath() : runDir;
    // One folder policy: a copy goes only into a new or empty folder; the run's own folder is locked while its
    // package is rebuilt (a run still writing it holds it).
    const auto folder = outDir == runDir ? RunFolder::claimExisting(runDir) : RunFolder::claim(outDir);
    if (!folder.ok()) {
        std::fprintf(stderr, "canarydesk export: %s\n", cliText(folder.error().message));
        return kExitInvalidInput;
    }
    ui::QtReportRenderer renderer;
    // History keeps the run's own folder: an export elsewhere is a copy of its evidence.
    const auto outcome = EvidencePipeline::runNow(
        [&] { return RunExporter::prepareExport(runDir, outDir); },
        commandEvidence("export", &renderer, haveStore && outDir == runDir ? &store : nullptr));
    return report("export", outcome, parser.isSet(zip));
}

int runCompare(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two runs — each a run id from `canarydesk history` (or its first characters), a run folder or an "
        "evidence package (folder or .zip): per judged figure A, B, the change with its 95 % interval and a call "
        "(faster / slower / no detectable change; better / worse for a rate) from the runs' figures per tenth of "
        "each run (Mann-Whitney, Hodges-Lehmann), each run judged against its own gate, and one sentence on what "
        "differs. Exit 0 when B is not worse, 99 when a figure got worse with confidence or B fails where A "
        "passes, 104 when a run cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("compare"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The earlier run (id, folder or package)."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The later run (id, folder or package)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the comparison as JSON."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  QStringLiteral("Also write the comparison as one self-contained HTML page."),
                                  QStringLiteral("FILE"));
    parser.addOption(json);
    parser.addOption(html);
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() != 2) {
        std::fprintf(stderr, "canarydesk compare: name two runs, A and B (see canarydesk history)\n");
        return kExitInvalidInput;
    }
    RunStore store;
    const bool haveStore = openStore(store, "compare").has_value();
    QList<CompareSide> sides;
    for (qsizetype i = 0; i < 2; ++i) {
        const auto found = runPath(args[i], haveStore ? &store : nullptr, true);
        if (!found.ok()) {
            std::fprintf(stderr, "canarydesk compare: %s: %s\n", i == 0 ? "A" : "B", cliText(found.error().message));
            return kExitInvalidInput;
        }
        const QString where = found.value();
        const auto opened = PackageReader::open(where);
        if (!opened.ok()) {
            std::fprintf(stderr, "canarydesk compare: %s: %s\n", i == 0 ? "A" : "B", cliText(opened.error().message));
            return kExitInvalidInput;
        }
        if (!opened.value().judged) {
            std::fprintf(stderr,
                         "canarydesk compare: %s: %s has no judgement (diagnosis.json); export it again "
                         "first (canarydesk export)\n",
                         i == 0 ? "A" : "B", cliText(where));
            return kExitInvalidInput;
        }
        sides << PackageReader::compareSide(opened.value(), i == 0 ? QStringLiteral("A") : QStringLiteral("B"));
    }
    const Comparison c = Compare::compare(sides[0], sides[1]);
    if (parser.isSet(html)) {
        if (const Status written = atomic::writeFile(parser.value(html), c.toHtml().toUtf8()); !written) {
            std::fprintf(stderr, "canarydesk compare: %s\n", cliText(written.error().message));
            return kExitInvalidInput;
        }
    }
    if (parser.isSet(json)) {
        std::printf("%s", QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("%s\n%s\n\n%s\n\n", cliText(c.a.name), cliText(c.b.name), cliText(c.sentence));
        std::printf("  %-26s %14s %14s  %-40s %s\n", "measure", "A", "B", "change (95 % interval)", "call");
        for (const CompareRow &r : c.rows) {
            const int decimals = r.unit == QLatin1String("%") ? 3 : 2;
            const QString change = QStringLiteral("%1%2").arg(r.change > 0 ? QStringLiteral("+") : QString(),
                                                              QLocale().toString(r.change, 'f', decimals)) +
                                   (r.ci.known() ? QStringLiteral(" [%1, %2]")
                                                       .arg(QLocale().toString(r.ci.lo, 'f', decimals),
                                                            QLocale().toString(r.ci.hi, 'f', decimals))
                                                 : QString());
            std::printf("  %-26s %14s %14s  %-40s %s%s\n", cliText(r.label),
                        cliText(QLocale().toString(r.a, 'f', decimals) + QLatin1Char(' ') + r.unit),
                        cliText(QLocale().toString(r.b, 'f', decimals) + QLatin1Char(' ') + r.unit), cliText(change),
                        cliText(r.call), r.spreadChanged ? " (spread changed)" : "");
        }
        for (const CompareSide *s : {&c.a, &c.b}) // pointers: a side holds its whole timeline
            std::printf("\n%s — %s against its own gate (%s)\n", cliText(s->name.section(QLatin1Char(':'), 0, 0)),
                        cliText(s->verdict.word()), cliText(s->verdict.gateTitle));
        if (parser.isSet(html))
            std::printf("\nhtml        %s\n", cliText(QFileInfo(parser.value(html)).absoluteFilePath()));
    }
    return c.bWorse ? kExitGateFailed : kExitOk;
}

int runImport(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Turn k6 results made elsewhere (k6 run --out json=FILE, plain or .gz; handleSummary; --summary-export) into "
        "a CanaryDesk evidence package and a History entry: every metric recomputed from the points, judged against "
        "the gate. Several --out json files are the runners of one distributed run (k6-operator pods, k6 run "
        "--execution-segment): they are merged by time into one package judged on the whole load. With --scenario "
        "(and the overrides the k6 script was made with) the run is judged against what was planned: its duration "
        "and the arrivals its profile asks for; without it, against itself."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("k6 results: one file, or every runner's --out json file."),
                                 QStringLiteral("FILE…"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder (required)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QStringLiteral("The scenario the k6 script was made from: judge against its plan."),
        QStringLiteral("FILE"));
    const QCommandLineOption zip(QStringLiteral("zip"), QStringLiteral("Also write DIR.zip."));
    parser.addOption(out);
    parser.addOption(scenarioOption);
    parser.addOption(zip);
    std::map<QString, QCommandLineOption> overrides;
    addScenarioOverrides(OptionAdder{parser, overrides});
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.isEmpty() || !parser.isSet(out)) {
        std::fprintf(stderr, "canarydesk import: name the k6 results file(s) and --out DIR\n");
        return kExitInvalidInput;
    }
    // One folder policy: an import writes only into a new or empty folder, locked while it does.
    const auto folder = RunFolder::claim(QFileInfo(parser.value(out)).absoluteFilePath());
    if (!folder.ok()) {
        std::fprintf(stderr, "canarydesk import: %s\n", cliText(folder.error().message));
        return kExitInvalidInput;
    }
    ImportRequest request{args, folder.value()->path(), {}, std::nullopt};
    if (parser.isSet(scenarioOption)) {
        const auto scenario = loadScenarioWithOverrides(parser.value(scenarioOption), parser, overrides);
        if (!scenario.ok()) {
            std::fprintf(stderr, "canarydesk import: %s\n", cliText(scenario.error().message));
            return kExitInvalidInput;
        }
        request.scenario = scenario.value();
    } else {
        for (const auto &[name, option] : overrides) {
            if (name != QLatin1String("gate") && parser.isSet(option)) {
                std::fprintf(stderr, "canarydesk import: --%s changes a scenario: name it with --scenario FILE\n",
                             cliText(name));
                return kExitInvalidInput;
            }
        }
        request.gateId = parser.isSet(overrides.at(QStringLiteral("gate")))
                             ? parser.value(overrides.at(QStringLiteral("gate")))
                             : QStringLiteral("gate1");
    }
    ui::QtReportRenderer renderer;
    RunStore store;
    const bool haveStore = openStore(store, "import").has_value();
    const auto outcome = EvidencePipeline::runNow([&] { return RunExporter::prepareImport(request); },
                                                  commandEvidence("import", &renderer, haveStore ? &store : nullptr));
    return report("import", outcome, parser.isSet(zip), true);
}

} // namespace canary::app
