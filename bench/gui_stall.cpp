// How long the console's GUI thread is kept from its event loop while the engine runs: a 5 ms heartbeat
// timer on the GUI thread records how late each beat fires, first with the window idle, then during a
// run of the real console (engine, live tiles and charts) at RATE/s. Prints one JSON line.
//   gui_stall SCENARIO_JSON [RATE] [SECONDS]
#include "core/scenario/ScenarioLoader.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace canary;

namespace {

struct Probe
{
    QElapsedTimer clock;
    qint64 lastNs = -1;
    std::vector<double> lateMs;

    void beat(double periodMs)
    {
        const qint64 now = clock.nsecsElapsed();
        if (lastNs >= 0)
            lateMs.push_back(std::max(0.0, static_cast<double>(now - lastNs) / 1e6 - periodMs));
        lastNs = now;
    }
    double percentile(double p)
    {
        if (lateMs.empty())
            return 0;
        std::vector<double> v = lateMs;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<size_t>(p / 100.0 * static_cast<double>(v.size())))];
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: gui_stall SCENARIO_JSON [RATE] [SECONDS]\n");
        return 2;
    }
    auto loaded = ScenarioLoader::loadFile(QString::fromLocal8Bit(argv[1]));
    if (!loaded.ok()) {
        std::fprintf(stderr, "gui_stall: %s\n", qPrintable(joinProblems(loaded.error())));
        return 2;
    }
    Scenario s = loaded.value();
    const double rate = argc > 2 ? std::atof(argv[2]) : 2000;
    const qint64 seconds = argc > 3 ? std::atoll(argv[3]) : 30;
    s.load.stages = {LoadStage{rate, seconds * 1000}};
    s.load.maxInFlight = std::max(s.load.maxInFlight, 4000);

    ui::MainWindow window;
    window.setConfirmClose(false);
    window.setScenario(s, QStringLiteral("bench"));
    window.resize(1400, 900);
    window.show();

    constexpr double kPeriodMs = 5;
    Probe idle, running;
    idle.clock.start();
    running.clock.start();
    Probe *current = &idle;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { current->beat(kPeriodMs); });
    heartbeat.start(static_cast<int>(kPeriodMs));

    QTimer::singleShot(3000, &window, [&] {
        current = &running;
        window.startRun(false);
    });
    QObject::connect(&window, &ui::MainWindow::runFinished, &app,
                     [&] { QTimer::singleShot(200, &app, &QApplication::quit); });
    QApplication::exec();
    const auto *run = window.run();
    const qint64 requests = run ? static_cast<qint64>(run->outcome().total.requests) : 0;
    std::printf("%s\n",
                QJsonDocument(QJsonObject{{QStringLiteral("rate"), rate},
                                          {QStringLiteral("seconds"), seconds},
                                          {QStringLiteral("requests"), requests},
                                          {QStringLiteral("idle_p50_ms"), idle.percentile(50)},
                                          {QStringLiteral("idle_p99_ms"), idle.percentile(99)},
                                          {QStringLiteral("run_p50_ms"), running.percentile(50)},
                                          {QStringLiteral("run_p99_ms"), running.percentile(99)},
                                          {QStringLiteral("run_max_ms"), running.percentile(100)},
                                          {QStringLiteral("beats"), static_cast<qint64>(running.lateMs.size())}})
                    .toJson(QJsonDocument::Compact)
                    .constData());
    return requests > 0 ? 0 : 1;
}
