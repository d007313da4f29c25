#include "app/DemoTarget.h"

#include "core/scenario/ScenarioLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace canary::app {

Result<Demo> startDemo()
{
    const ScenarioResult loaded = ScenarioLoader::loadFile(QStringLiteral(":/scenarios/demo_sandbox.json"));
    if (!loaded.ok())
        return Result<Demo>::failure(QStringLiteral("the bundled demo scenario is broken: ") +
                                     joinProblems(loaded.error()));

    SandboxConfig config;
    const QString logDir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("canarydesk-demo-%1").arg(QCoreApplication::applicationPid()));
    config.logPath = QDir(logDir).filePath(QStringLiteral("auto_com_center_sandbox.log"));
    config.baseLatencyMs = 20;
    config.tailLatencyMs = 80;
    config.tailRatio = 0.05;
    config.undeliveredRatio = 0.002;
    config.errorRatio = 0.001;

    Demo demo{std::make_unique<SandboxTarget>(config), loaded.value()};
    const auto port = demo.sandbox->listen(0);
    if (!port.ok())
        return Result<Demo>::failure(port.error().message);

    const QString base = demo.sandbox->baseUrl().toString();
    demo.scenario.target.baseUrl = base;
    if (demo.scenario.monitors.provider)
        demo.scenario.monitors.provider->baseUrl = base;
    demo.scenario.monitors.logs = LogMonitorSpec{{config.logPath}, LogMonitorSpec{}.filter};
    return demo;
}

} // namespace canary::app
