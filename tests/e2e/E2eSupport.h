#pragma once

// Shared steps of the end-to-end tests that drive the real canarydesk binary.

#include "tests/support/TestUtil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace canary::test {

struct ProcessRun
{
    int exitCode = -1; // -1 when it crashed or had to be killed
    QByteArray out;
    QByteArray err;
};

// The test's environment, offscreen, with `extra` on top (e.g. its own CANARYDESK_DATA_DIR).
inline QProcessEnvironment canarydeskEnvironment(const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The binary's settings (recent scenarios, window layout) stay with the test's data, not the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               qEnvironmentVariable("CANARYDESK_DATA_DIR") + QStringLiteral("/config"));
    env.insert(extra);
    return env;
}

// Runs the real canarydesk binary to completion (offscreen, so the GUI commands need no display).
inline ProcessRun canarydesk(const QStringList &args, int timeoutMs = 60000, const QProcessEnvironment &extra = {})
{
    QProcess p;
    p.setProcessEnvironment(canarydeskEnvironment(extra));
    p.start(QStringLiteral(CANARYDESK_BIN), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        ADD_FAILURE() << "canarydesk " << args.join(QLatin1Char(' ')).toStdString() << " did not finish";
    }
    return ProcessRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                      p.readAllStandardError()};
}

// `canarydesk run ARGS` against a sandbox startSandbox started at base: its demo client secret, bound to its origin.
inline ProcessRun runAgainstSandbox(const QString &base, const QStringList &args, int timeoutMs = 120000)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET"), QStringLiteral("canarydesk-demo-secret"));
    env.insert(QStringLiteral("CANARYDESK_CLIENT_SECRET_ORIGIN"), base);
    return canarydesk(QStringList{QStringLiteral("run")} + args, timeoutMs, env);
}

// A gzip file's content; a file cut off mid-stream still yields every flushed line.
inline QByteArray zcat(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

inline QJsonObject jsonFile(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// A value of a metric in a handleSummary object, e.g. metricValue(summary, "http_req_duration", "p(95)");
// `missing` when the summary does not have it.
inline double metricValue(const QJsonObject &summary, const char *metric, const char *key, double missing)
{
    return summary.value(QStringLiteral("metrics"))
        .toObject()
        .value(QString::fromLatin1(metric))
        .toObject()
        .value(QStringLiteral("values"))
        .toObject()
        .value(QString::fromLatin1(key))
        .toDouble(missing);
}

// A metric's count in DIR/summary.json (k6's handleSummary shape), e.g. summaryCount(dir, "http_reqs").
inline double summaryCount(const QString &dir, const char *metric)
{
    return metricValue(jsonFile(QDir(dir).filePath(QStringLiteral("summary.json"))), metric, "count", 0);
}

// demo_sandbox.json with one log command that prints a stamped ERROR line at once (inside the canary window) and
// keeps its stream open, written to DIR/with-command.json.
inline QString scenarioWithLogCommand(const QString &dir)
{
    const QString command =
        QStringLiteral("sh -c \"echo $(date -u +%Y-%m-%dT%H:%M:%SZ) ERROR from_the_log_command; sleep 60\"");
    QJsonObject scenario =
        QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("resources/scenarios/demo_sandbox.json")))).object();
    QJsonObject monitors = scenario.value(QStringLiteral("monitors")).toObject();
    monitors.insert(QStringLiteral("logs"), QJsonObject{{QStringLiteral("commands"), QJsonArray{command}}});
    scenario.insert(QStringLiteral("monitors"), monitors);
    const QString file = QDir(dir).filePath(QStringLiteral("with-command.json"));
    writeFile(file, QJsonDocument(scenario).toJson());
    return file;
}

// The origins a scenario file sends its client secret to and the token it buys — auth.tokenUrl's and the target's —
// as an operator binds them for CI (CANARYDESK_CLIENT_SECRET_ORIGIN=…): "http://127.0.0.1:1,http://127.0.0.1:2".
inline QString originsOf(const QString &scenarioFile)
{
    const QJsonObject s = jsonFile(scenarioFile);
    const QUrl target(s.value(QStringLiteral("target")).toObject().value(QStringLiteral("baseUrl")).toString());
    const QUrl token =
        target.resolved(QUrl(s.value(QStringLiteral("auth")).toObject().value(QStringLiteral("tokenUrl")).toString()));
    QStringList origins{target.adjusted(QUrl::RemovePath).toString()};
    if (token.adjusted(QUrl::RemovePath) != target.adjusted(QUrl::RemovePath))
        origins << token.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    return origins.join(QLatin1Char(','));
}

// Starts `canarydesk sandbox --port 0 ARGS…` and returns its base URL from the first line it prints
// (empty if it did not start).
inline QString startSandbox(QProcess &p, const QStringList &args = {})
{
    p.start(QStringLiteral(CANARYDESK_BIN),
            QStringList{QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")} + args);
    if (!p.waitForStarted() || !waitUntil([&] { return p.canReadLine(); }, 30000))
        return {};
    return QRegularExpression(QStringLiteral("on (http://127\\.0\\.0\\.1:\\d+)"))
        .match(QString::fromUtf8(p.readLine()))
        .captured(1);
}

// Starts `canarydesk sandbox --port 0 --fault MODE` and returns the fault target's base URL from its banner (empty
// if it did not start).
inline QString startFaultTarget(QProcess &p, const QString &mode)
{
    p.start(QStringLiteral(CANARYDESK_BIN), {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--fault"), mode});
    QByteArray banner;
    if (!p.waitForStarted() || !waitUntil(
                                   [&] {
                                       banner += p.readAllStandardOutput();
                                       return banner.contains("Fault target");
                                   },
                                   30000))
        return {};
    return QRegularExpression(QStringLiteral("Fault target .* on (http://127\\.0\\.0\\.1:\\d+)"))
        .match(QString::fromUtf8(banner))
        .captured(1);
}

// Waits until a running `canarydesk run` has printed at least `lines` progress lines; collects its stdout.
inline bool waitForProgress(QProcess &p, QByteArray &out, int lines)
{
    return waitUntil(
        [&] {
            out += p.readAllStandardOutput();
            return out.count("req/s") >= lines;
        },
        60000);
}

} // namespace canary::test
