#pragma once

// The options that change a scenario on the command line (--url, --rate, --duration, --max-in-flight,
// --token-url, --client-id, --gate, --health-url, --log, --log-command), shared by `run`, `k6 script`, `k6 run`
// and `import --scenario`.

#include "core/common/Result.h"
#include "core/scenario/Scenario.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>
#include <map>
#include <optional>

namespace canary::app {

// Adds a named option to a parser and keeps it by name, for the commands' option tables.
struct OptionAdder
{
    QCommandLineParser &parser;
    std::map<QString, QCommandLineOption> &options;
    void operator()(const char *name, const char *help, const char *value = nullptr) const;
};

// Registers the options through add(name, help, valueName or nullptr).
void addScenarioOverrides(const std::function<void(const char *, const char *, const char *)> &add);
// Applies the options that were given; the message names the option and what is wrong with its value.
std::optional<QString> applyScenarioOverrides(const QCommandLineParser &p, Scenario &s,
                                              const std::map<QString, QCommandLineOption> &o);
// A scenario file with the given overrides applied; the error names the file and each problem, or the option.
Result<Scenario> loadScenarioWithOverrides(const QString &path, const QCommandLineParser &p,
                                           const std::map<QString, QCommandLineOption> &o);

// Where a run's evidence goes (RunFolder's policy): --out wherever the operator points it, else the scenario's
// evidence.folder below the folder canarydesk started in, with no symbolic link leading out. Creates nothing:
// the run claims it once its credentials are checked.
Result<QString> evidenceFolder(const QCommandLineParser &p, const QCommandLineOption &out, const Scenario &s);

// Registers --allow-env NAME (for the commands that run a canary).
void addEnvironmentHandover(const OptionAdder &add);
// The variables the operator hands over for this run (--allow-env, repeatable or comma-separated); says on stdout
// which variables the scenario reads and whether each was handed over.
QStringList handedEnvironment(const QCommandLineParser &p, const std::map<QString, QCommandLineOption> &o,
                              const Scenario &s);

// Registers --allow-log-commands (for the commands that run a canary).
void addLogCommandPermission(const OptionAdder &add);
// Whether the scenario's log commands may run, each printed first: those typed with --log-command are the
// operator's own; the scenario file's need --allow-log-commands.
bool logCommandsAllowed(const QCommandLineParser &p, const std::map<QString, QCommandLineOption> &o, const Scenario &s);

} // namespace canary::app
