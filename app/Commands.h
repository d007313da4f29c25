#pragma once

// The command-line front: each subcommand is one function that owns its application object.

#include "core/common/Encode.h"

#include <QString>

class QCoreApplication;

// What a command prints: every text goes through this, so a control character that a file or a server put into
// it (an error description, a log line, a scenario's value quoted back) is shown, never interpreted by the
// terminal. Like qPrintable, valid until the end of the full expression.
#define cliText(text) qPrintable(::canary::encode::visible(QString(text), true))

namespace canary::app {

// Documented exit codes (README): 0 passed, 99 gate failed, 104 invalid input, 105 aborted, 106 evidence
// incomplete (PackageOutput.h).
inline constexpr int kExitOk = 0;
inline constexpr int kExitGateFailed = 99;
inline constexpr int kExitInvalidInput = 104;
inline constexpr int kExitAborted = 105;

// The reader's language (LANG/LC_ALL): CanaryDesk's own catalogue and Qt's. Every command that writes or shows
// words for people installs it — the console, and the evidence a headless run, export or import writes.
void installTranslations(QCoreApplication &app);

int runGui(int argc, char **argv);
// --version / --help of the GUI command, answered with a QCoreApplication (no display needed).
int runGuiInfo(int argc, char **argv);
int runSandbox(int argc, char **argv);
int runHeadless(int argc, char **argv);
int runVerify(int argc, char **argv);
int runHistory(int argc, char **argv);
int runExport(int argc, char **argv);
int runCompare(int argc, char **argv);
int runImport(int argc, char **argv);
int runView(int argc, char **argv);
int runK6(int argc, char **argv);
int runK6Run(int argc, char **argv);
int runCredentials(int argc, char **argv);

} // namespace canary::app
