// Times the evidence export of a 30-minute 250/s run (450,000 requests, synthetic but written by the real
// ResultsWriter) and reports the raw-results and package sizes. Prints one JSON line for bench/run.sh.
//   export_bench [SCENARIO_JSON] [SECONDS] [RATE]
#include "core/evidence/ResultsWriter.h"
#include "core/evidence/Signer.h"
#include "core/run/RunExporter.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/report/QtReportRenderer.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace canary;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString scenarioPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                          : QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json");
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 1800;
    const int rate = argc > 3 ? std::atoi(argv[3]) : 250;
    const auto scenario = ScenarioLoader::loadFile(scenarioPath);
    if (!scenario.ok()) {
        std::fprintf(stderr, "export_bench: %s\n", qPrintable(joinProblems(scenario.error())));
        return 2;
    }
    QTemporaryDir work;
    const QString runDir = work.filePath(QStringLiteral("run"));
    QDir().mkpath(runDir);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-seconds);

    QElapsedTimer writeTimer;
    writeTimer.start();
    ResultsWriter writer(ResultsContext{start,
                                        scenario.value().target.requestUrl().toString(),
                                        QStringLiteral("POST"),
                                        QStringLiteral("HTTP/1.1"),
                                        QStringLiteral("canary"),
                                        {202}});
    if (!writer.open(QDir(runDir).filePath(QStringLiteral("results.ndjson.gz"))).ok())
        return 1;
    QRandomGenerator rng(7);
    quint64 seq = 0;
    for (int s = 0; s < seconds; ++s) {
        auto batch = std::make_shared<QVector<RequestResult>>();
        batch->reserve(rate);
        for (int i = 0; i < rate; ++i, ++seq) {
            RequestResult r;
            r.seq = seq;
            r.intendedNs = s * 1'000'000'000LL + i * (1'000'000'000LL / rate);
            r.sentNs = r.intendedNs + 50'000;
            r.finishedNs = r.sentNs + 20'000'000 + static_cast<qint64>(rng.bounded(100'000'000));
            r.status = i % 400 == 0 ? 503 : 202;
            r.errorClass = r.status == 503 ? ErrorClass::ServerError : ErrorClass::None;
            r.checkOk = r.status == 202;
            r.delivered = r.checkOk;
            batch->append(r);
        }
        writer.write(batch);
    }
    writer.close();
    const qint64 writeMs = writeTimer.elapsed();

    RunRecord record;
    record.runId = QStringLiteral("bench-export");
    record.state = RunRecord::State::Finished;
    record.scenario = scenario.value();
    record.startedUtc = start;
    record.plannedMs = seconds * 1000LL;
    record.durationMs = record.plannedMs;
    record.expectedRequests = static_cast<double>(seconds) * rate;
    record.environment = QStringLiteral("bench");
    if (!record.save(runDir).ok())
        return 1;

    ui::QtReportRenderer renderer;
    const SigningKey key{Signer::generatePrivateKey().value(), QStringLiteral("one-time"),
                         QStringLiteral("bench one-time key")};
    // The two halves the console splits between threads: reading (worker thread) and writing (GUI thread).
    QElapsedTimer exportTimer;
    exportTimer.start();
    const auto prepared = RunExporter::prepareExport(runDir, work.filePath(QStringLiteral("package")));
    const qint64 readMs = exportTimer.elapsed();
    if (!prepared.ok()) {
        std::fprintf(stderr, "export_bench: %s\n", qPrintable(prepared.error().message));
        return 1;
    }
    PackageOutcome written = PackageBuilder::write(prepared.value(), &renderer);
    PackageBuilder::sign(written, key);
    const auto outcome = Result<PackageOutcome>(written);
    const qint64 exportMs = exportTimer.elapsed();
    // The floor for reading the same file: gzip -dc | wc -l, timed the same way.
    QElapsedTimer zcatTimer;
    zcatTimer.start();
    QProcess zcat;
    zcat.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("gzip -dc \"$0\" | wc -l"),
                                      QDir(runDir).filePath(QStringLiteral("results.ndjson.gz"))});
    zcat.waitForFinished(120000);
    const qint64 zcatMs = zcatTimer.elapsed();
    qint64 packageBytes = 0;
    QDirIterator it(outcome.value().dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        packageBytes += QFileInfo(it.next()).size();
    const qint64 rawBytes = QFileInfo(QDir(runDir).filePath(QStringLiteral("results.ndjson.gz"))).size();
    std::printf("%s\n",
                QJsonDocument(QJsonObject{{QStringLiteral("seconds"), seconds},
                                          {QStringLiteral("rate"), rate},
                                          {QStringLiteral("requests"), static_cast<qint64>(seq)},
                                          {QStringLiteral("result_lines"), static_cast<qint64>(writer.linesWritten())},
                                          {QStringLiteral("write_ms"), writeMs},
                                          {QStringLiteral("export_ms"), exportMs},
                                          {QStringLiteral("export_read_ms"), readMs},
                                          {QStringLiteral("export_write_ms"), exportMs - readMs},
                                          {QStringLiteral("zcat_wc_ms"), zcatMs},
                                          {QStringLiteral("raw_results_bytes"), rawBytes},
                                          {QStringLiteral("package_bytes"), packageBytes},
                                          {QStringLiteral("requests_counted"),
                                           static_cast<qint64>(outcome.value().total.requests)}})
                    .toJson(QJsonDocument::Compact)
                    .constData());
    return outcome.value().total.requests == seq ? 0 : 1;
}
