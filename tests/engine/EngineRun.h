#pragma once

// The engine tests' shared steps: a scenario aimed at a URL, and a run of the real engine to its end.

#include "core/engine/LoadEngine.h"
#include "core/sandbox/SandboxTarget.h"
#include "core/scenario/ScenarioLoader.h"

#include "tests/support/TestHttp.h"
#include "tests/support/TestUtil.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace canary::test {

// Under AddressSanitizer the client costs several times the CPU: timing bounds that hold for a release build are
// looser there (counts never are).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

inline Scenario scenarioFor(const QString &baseUrl, const QString &path, double rate, qint64 ms, int maxInFlight = 100,
                            qint64 timeoutMs = 5000)
{
    Scenario s =
        ScenarioLoader::loadFile(sourcePath(QStringLiteral("resources/scenarios/auto_com_center_250rps_30min.json")))
            .value();
    s.target.baseUrl = baseUrl;
    s.target.path = path;
    s.target.timeoutMs = timeoutMs;
    s.load.stages = {LoadStage{rate, ms}};
    s.load.maxInFlight = maxInFlight;
    s.load.gracefulStopMs = 5000;
    return s;
}

struct Run
{
    std::unique_ptr<LoadEngine> engine;
    QList<Snapshot> snapshots;
    quint64 rawResults = 0;
    QList<RequestResult> results; // every result, as the raw stream gets them
};

inline std::unique_ptr<Run> runEngine(const Scenario &s, const QByteArray &token = {}, int workers = 2,
                                      const std::function<void(LoadEngine &, const Snapshot &)> &onSnapshot = {},
                                      const Clock *clock = nullptr)
{
    auto run = std::make_unique<Run>();
    auto plan = RequestPlan::fromScenario(s, QStringLiteral("CanaryDesk/test"));
    EXPECT_TRUE(plan.ok());
    run->engine = std::make_unique<LoadEngine>(s, std::make_shared<RequestPlan>(plan.value()),
                                               std::make_shared<StaticTokenSource>(token),
                                               EngineOptions{workers, {}, clock ? clock : &SystemClock::instance()});
    LoadEngine *engine = run->engine.get();
    Run *r = run.get();
    QObject::connect(engine, &LoadEngine::snapshot, engine, [r, engine, onSnapshot](const Snapshot &snap) {
        r->snapshots << snap;
        if (onSnapshot)
            onSnapshot(*engine, snap);
    });
    QObject::connect(engine, &LoadEngine::resultsReady, engine, [r](const ResultBatch &batch) {
        r->rawResults += static_cast<quint64>(batch->size());
        r->results.append(*batch);
    });
    bool finished = false;
    QObject::connect(engine, &LoadEngine::finished, engine, [&finished]() { finished = true; });
    engine->start();
    EXPECT_TRUE(waitUntil([&] { return finished; }, 60000)) << "engine did not finish";
    return run;
}

inline QByteArray sandboxToken(SandboxTarget &sandbox)
{
    QNetworkAccessManager nam;
    const HttpReply r =
        http(nam, "POST", QUrl(sandbox.baseUrl().toString() + QStringLiteral("/oauth/token")),
             "grant_type=client_credentials&client_id=auto_com_center_client&client_secret=canarydesk-demo-secret",
             {{"Content-Type", "application/x-www-form-urlencoded"}});
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
}

inline quint64 classCount(const IntervalStats &s, ErrorClass c)
{
    return s.errorClasses[static_cast<size_t>(c)];
}

} // namespace canary::test
