// #32 — what a long run costs the console, on virtual time: 72 hours (or HOURS) of one-second intervals at RATE/s fed
// to RunMetrics and the console's DashboardView exactly as a run feeds them, as fast as they go. At each checkpoint
// hour: resident memory, the points the charts hold, and the CPU the console spends per second of run — a second's
// snapshot in, the tiles and charts updated and painted (offscreen) — over 60 seconds. Prints one JSON line per
// checkpoint. Not a test; bench/run.sh runs it (SOAK=1).     soak_bench SCENARIO_JSON [HOURS] [RATE]
// With --k6-file it writes the import row's input instead: HOURS of k6 --out json at 1/s, every request from hour 50
// to 52 a 503 (the 72-hour file of #32), gzipped.               soak_bench --k6-file FILE.json.gz [HOURS]
#include "core/metrics/RunMetrics.h"
#include "core/scenario/ScenarioLoader.h"
#include "tests/support/K6Soak.h"
#include "ui/dashboard/DashboardView.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <ctime>

using namespace canary;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--k6-file") == 0) {
        const int hours = argc > 3 ? std::atoi(argv[3]) : 72;
        const QDateTime start =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - (hours / 24 + 2) * 86400, Qt::UTC);
        const auto soak = test::writeK6Soak(QString::fromLocal8Bit(argv[2]), hours, 50 * 3600, 52 * 3600, start);
        std::printf("{\"requests\":%lld,\"failed\":%lld}\n", static_cast<long long>(soak.requests),
                    static_cast<long long>(soak.failed));
        return soak.requests > 0 ? 0 : 1;
    }
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: soak_bench SCENARIO_JSON [HOURS] [RATE]\n");
        return 2;
    }
    auto loaded = ScenarioLoader::loadFile(QString::fromLocal8Bit(argv[1]));
    if (!loaded.ok()) {
        std::fprintf(stderr, "soak_bench: cannot load the scenario\n");
        return 2;
    }
    const int hours = argc > 2 ? std::atoi(argv[2]) : 72;
    const int rate = argc > 3 ? std::atoi(argv[3]) : 250;
    Scenario s = loaded.value();
    const qint64 plannedMs = static_cast<qint64>(hours) * 3600 * 1000;
    s.load.stages = {LoadStage{static_cast<double>(rate), plannedMs}};
    const GateProfile gate = s.gate.resolve();
    ui::DashboardView dashboard;
    dashboard.resize(1366, 700);
    dashboard.reset(s);
    RunMetrics metrics;
    const quint64 plannedTotal = static_cast<quint64>(rate) * static_cast<quint64>(hours) * 3600;
    const QList<int> checkpoints{1, 2, 6, 12, 24, 48, 72, 168, 744};
    qint64 second = 0;
    const qint64 slowEveryS =
        qEnvironmentVariableIsSet("SLOW_EVERY_H") ? qEnvironmentVariableIntValue("SLOW_EVERY_H") * 3600LL : 21600;
    double metricsMs = 0, consoleMs = 0, addMs = 0, paintMs = 0,
           eventsMs = 0; // RunMetrics::add (the engine's side), and the console's
    auto oneSecond = [&](bool paint) {
        ++second;
        IntervalStats interval;
        for (int i = 0; i < rate; ++i) {
            RequestResult r;
            r.intendedNs = r.sentNs = second * 1'000'000'000LL + i * (1'000'000'000LL / rate);
            // 20-40 ms, and a slow minute every SLOW_EVERY_H hours (6; 0: never): something for the envelopes to keep
            const qint64 ms = slowEveryS > 0 && (second % slowEveryS) < 60 ? 400 : 20 + (second * 7 + i) % 21;
            r.finishedNs = r.sentNs + ms * 1'000'000;
            r.status = 202;
            r.checkOk = r.delivered = true;
            interval.record(r);
        }
        const double before = cpuMs();
        const Snapshot &snap = metrics.add(interval, second * 1000, rate, 3, gate, plannedMs, plannedTotal);
        const double between = cpuMs();
        metricsMs += between - before;
        const double t0 = cpuMs();
        dashboard.addSnapshot(snap);
        const double t1 = cpuMs();
        if (paint)
            dashboard.repaint();
        const double t2 = cpuMs();
        QCoreApplication::processEvents(); // what the console's event loop does each second
        if (paint) {
            addMs += t1 - t0;
            paintMs += t2 - t1;
            eventsMs += cpuMs() - t2;
        }
        consoleMs += cpuMs() - between;
    };
    const double startCpu = cpuMs();
    for (const int hour : checkpoints) {
        if (hour > hours)
            break;
        while (second < static_cast<qint64>(hour) * 3600 - 60)
            oneSecond(false);
        dashboard.show();
        QCoreApplication::processEvents();
        metricsMs = consoleMs = addMs = paintMs = eventsMs = 0;
        for (int i = 0; i < 60; ++i)
            oneSecond(true);
        const double perSecond = consoleMs / 60.0;
        dashboard.hide();
        QCoreApplication::processEvents();
        const QJsonObject row{{QStringLiteral("hour"), hour},
                              {QStringLiteral("rss_mb"), std::round(rssMb() * 10) / 10},
                              {QStringLiteral("console_cpu_ms_per_run_second"), std::round(perSecond * 100) / 100},
                              {QStringLiteral("metrics_cpu_ms_per_run_second"), std::round(metricsMs / 60 * 100) / 100},
                              {QStringLiteral("chart_points"), dashboard.points()},
                              // where the console's time went: the tiles and the series handed their points, the
                              // dashboard's own paint, and the event loop (the charts' scenes repaint there)
                              {QStringLiteral("add_ms"), std::round(addMs / 60 * 100) / 100},
                              {QStringLiteral("paint_ms"), std::round(paintMs / 60 * 100) / 100},
                              {QStringLiteral("event_loop_ms"), std::round(eventsMs / 60 * 100) / 100},
                              {QStringLiteral("record_points"), static_cast<qint64>(metrics.record().size())},
                              {QStringLiteral("cpu_s_so_far"), std::round((cpuMs() - startCpu) / 100) / 10}};
        std::printf("%s\n", QJsonDocument(row).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
