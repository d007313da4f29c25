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
    demo.scenario.monitors.logs = LogMonitorSpec{{config.logPath}, {}, LogMonitorSpec{}.filter};
    return demo;
}

void applyDemo(SandboxTarget &sandbox, RunSetup &setup)
{
    const QUrl target = setup.scenario.target.requestUrl();
    const QUrl box = sandbox.baseUrl();
    if (target.host() != box.host() || target.port() != box.port())
        return;
    // The demo's credentials belong to the sandbox and are bound to its origin alone.
    const QString own = QStringLiteral("the demo sandbox's own");
    setup.clientSecret = givenCredential(sandbox.config().clientSecret.toUtf8(), box, own);
    setup.providerKey = givenCredential(sandbox.config().providerApiKey.toUtf8(), box, own);
    SandboxTarget *counted = &sandbox;
    setup.sandboxCounts = [counted] { return counted->counts().toJson(); };
}

Scenario aimAtDemo(Scenario scenario, const Demo &demo)
{
    const QString base = demo.sandbox->baseUrl().toString();
    scenario.target.baseUrl = base;
    if (!scenario.auth.tokenUrl.isEmpty() && !scenario.auth.tokenUrl.startsWith(QLatin1Char('/')))
        scenario.auth.tokenUrl = base + QStringLiteral("/oauth/token");
    if (scenario.monitors.health && !scenario.monitors.health->url.startsWith(QLatin1Char('/')))
        scenario.monitors.health->url = base + QStringLiteral("/health");
    if (scenario.monitors.provider)
        scenario.monitors.provider->baseUrl = base;
    if (demo.scenario.monitors.logs) { // the sandbox's own application log, with the user's filter if any
        LogMonitorSpec logs = scenario.monitors.logs.value_or(*demo.scenario.monitors.logs);
        logs.files = demo.scenario.monitors.logs->files;
        scenario.monitors.logs = logs;
    }
    return scenario;
}

} // namespace canary::app
