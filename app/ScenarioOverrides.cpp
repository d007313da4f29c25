// The options that change a scenario on the command line, shared by `run` and `k6 run`.
#include "app/ScenarioOverrides.h"
#include "app/Commands.h"

#include <cstdio>

#include <cmath>

#include "core/common/Duration.h"
#include "core/run/RunFolder.h"
#include "core/run/RunSecrets.h"
#include "core/scenario/ScenarioLoader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace canary::app {

void OptionAdder::operator()(const char *name, const char *help, const char *value) const
{
    const QString n = QString::fromLatin1(name);
    QCommandLineOption opt = value ? QCommandLineOption(n, QString::fromUtf8(help), QString::fromLatin1(value))
                                   : QCommandLineOption(n, QString::fromUtf8(help));
    parser.addOption(opt);
    options.emplace(n, opt);
}

void addScenarioOverrides(const std::function<void(const char *, const char *, const char *)> &add)
{
    add("url", "Replace the scenario's base URL (scheme://host:port[/prefix]).", "URL");
    add("rate", "Constant arrival rate, requests per second (replaces the load profile).", "N");
    add("duration", "Duration of the constant rate, e.g. 30m or 10s.", "D");
    add("max-in-flight", "Most requests in flight; arrivals beyond it are counted as dropped.", "N");
    add("token-url", "Replace the OAuth2 token URL.", "URL");
    add("client-id", "Replace the OAuth2 client id.", "ID");
    add("gate", "Gate profile: gate1, followup or custom.", "NAME");
    add("health-url", "Health endpoint to watch.", "URL");
    add("stop-when-decided",
        "End the canary the moment the gate is lost beyond recovery (errors over the budget of the planned total, "
        "more planned requests over a latency limit than its percentile allows, a dropped arrival against <= 0): "
        "FAIL, decided early, with the package complete. Never stops a run that could still pass.",
        nullptr);
    add("log", "Application log file (glob) to watch; repeatable.", "GLOB");
    add("log-command",
        "A command whose output is the application's log (ssh host tail -F FILE, kubectl logs -f "
        "deploy/x); run without a shell, restarted with backoff; repeatable.",
        "CMD");
}

// Applies the command-line overrides to the scenario; the message names the option.
std::optional<QString> applyScenarioOverrides(const QCommandLineParser &p, Scenario &s,
                                              const std::map<QString, QCommandLineOption> &o)
{
    if (p.isSet(o.at(QStringLiteral("url")))) {
        const QString url = p.value(o.at(QStringLiteral("url")));
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
            u.host().isEmpty())
            return QStringLiteral("--url: must be an http:// or https:// URL, got \"%1\"").arg(url);
        s.target.baseUrl = url;
    }
    const bool rateSet = p.isSet(o.at(QStringLiteral("rate")));
    const bool durationSet = p.isSet(o.at(QStringLiteral("duration")));
    if (rateSet || durationSet) {
        double rate = s.load.peakRatePerSecond();
        qint64 ms = s.load.totalDurationMs();
        if (rateSet) {
            bool ok = false;
            rate = p.value(o.at(QStringLiteral("rate"))).toDouble(&ok);
            if (!ok || !std::isfinite(rate) || rate <= 0 || rate > 1e6) // "nan" and "inf" parse as numbers
                return QStringLiteral("--rate: must be a number of requests per second above 0, got \"%1\"")
                    .arg(p.value(o.at(QStringLiteral("rate"))));
        }
        if (durationSet) {
            const auto parsed = duration::parseMs(p.value(o.at(QStringLiteral("duration"))));
            if (!parsed || parsed.value() <= 0)
                return QStringLiteral("--duration: %1")
                    .arg(parsed ? QStringLiteral("must be longer than 0s") : parsed.error().message);
            ms = parsed.value();
            if (const QString tooLong = LoadProfile::durationProblem(ms); !tooLong.isEmpty())
                return QStringLiteral("--duration: ") + tooLong;
        }
        s.load.executor = LoadProfile::Executor::ConstantArrivalRate;
        s.load.timeUnitMs = 1000;
        s.load.startRate = 0;
        s.load.stages = {LoadStage{rate, ms}};
    }
    if (p.isSet(o.at(QStringLiteral("max-in-flight")))) {
        bool ok = false;
        const int cap = p.value(o.at(QStringLiteral("max-in-flight"))).toInt(&ok);
        if (!ok || cap < 1 || cap > 100000)
            return QStringLiteral("--max-in-flight: must be between 1 and 100000, got \"%1\"")
                .arg(p.value(o.at(QStringLiteral("max-in-flight"))));
        s.load.maxInFlight = cap;
    }
    if (p.isSet(o.at(QStringLiteral("token-url"))))
        s.auth.tokenUrl = p.value(o.at(QStringLiteral("token-url")));
    if (p.isSet(o.at(QStringLiteral("client-id"))))
        s.auth.clientId = p.value(o.at(QStringLiteral("client-id")));
    if (p.isSet(o.at(QStringLiteral("gate")))) {
        const QString gate = p.value(o.at(QStringLiteral("gate")));
        if (!GateProfile::builtin(gate))
            return QStringLiteral("--gate: unknown gate \"%1\" (known: %2)")
                .arg(gate, GateProfile::builtinIds().join(QStringLiteral(", ")));
        s.gate.profile = gate;
    }
    if (p.isSet(o.at(QStringLiteral("stop-when-decided"))))
        s.gate.stopWhenDecided = true;
    if (p.isSet(o.at(QStringLiteral("health-url")))) {
        HealthMonitorSpec h = s.monitors.health.value_or(HealthMonitorSpec{});
        h.url = p.value(o.at(QStringLiteral("health-url")));
        s.monitors.health = h;
    }
    if (p.isSet(o.at(QStringLiteral("log")))) {
        LogMonitorSpec l = s.monitors.logs.value_or(LogMonitorSpec{});
        l.files = p.values(o.at(QStringLiteral("log")));
        s.monitors.logs = l;
    }
    if (p.isSet(o.at(QStringLiteral("log-command")))) {
        LogMonitorSpec l = s.monitors.logs.value_or(LogMonitorSpec{});
        l.commands += p.values(o.at(QStringLiteral("log-command")));
        s.monitors.logs = l;
    }
    // Re-validate the result as a whole, so overrides obey the same rules as the file.
    const ScenarioResult again = ScenarioLoader::fromJson(s.toJson());
    if (!again.ok())
        return joinProblems(again.error());
    return std::nullopt;
}

Result<Scenario> loadScenarioWithOverrides(const QString &path, const QCommandLineParser &p,
                                           const std::map<QString, QCommandLineOption> &o)
{
    const ScenarioResult loaded = ScenarioLoader::loadFile(path);
    if (!loaded.ok())
        return Result<Scenario>::failure(
            QStringLiteral("%1 is not a valid scenario:\n  %2")
                .arg(path, joinProblems(loaded.error()).replace(QLatin1Char('\n'), QStringLiteral("\n  "))));
    Scenario scenario = loaded.value();
    if (auto bad = applyScenarioOverrides(p, scenario, o))
        return Result<Scenario>::failure(*bad);
    return scenario;
}

Result<QString> evidenceFolder(const QCommandLineParser &p, const QCommandLineOption &out, const Scenario &s)
{
    if (p.isSet(out))
        return QFileInfo(p.value(out)).absoluteFilePath();
    return RunFolder::place(QDir::currentPath(), s.expandEvidence(s.evidence.folder, QDateTime::currentDateTimeUtc()),
                            QStringLiteral("evidence.folder"));
}

void addEnvironmentHandover(const OptionAdder &add)
{
    add("allow-env",
        "Hand the environment variable NAME to this run: a scenario's {{env.NAME}} and static-bearer's tokenEnv "
        "read only variables named here (repeatable, or NAME,NAME).",
        "NAME");
}

QStringList handedEnvironment(const QCommandLineParser &p, const std::map<QString, QCommandLineOption> &o,
                              const Scenario &s)
{
    QStringList names;
    for (const QString &value : p.values(o.at(QStringLiteral("allow-env"))))
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << name.trimmed();
    for (const QString &name : environmentWanted(s))
        std::printf("  the scenario reads the environment variable %s%s\n", cliText(name),
                    names.contains(name) ? " (handed over with --allow-env)" : " (not handed over)");
    return names;
}

void addLogCommandPermission(const OptionAdder &add)
{
    add("allow-log-commands", "Run the log commands the scenario names (they are printed first).");
}

bool logCommandsAllowed(const QCommandLineParser &p, const std::map<QString, QCommandLineOption> &o, const Scenario &s)
{
    if (!s.monitors.logs)
        return false;
    const QStringList typed = p.values(o.at(QStringLiteral("log-command")));
    bool fromScenario = false;
    for (const QString &c : s.monitors.logs->commands) {
        std::printf("  log command: %s%s\n", cliText(c), typed.contains(c) ? "" : " (from the scenario)");
        fromScenario = fromScenario || !typed.contains(c);
    }
    return !fromScenario || p.isSet(o.at(QStringLiteral("allow-log-commands")));
}

} // namespace canary::app
