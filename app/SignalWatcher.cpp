#include "app/SignalWatcher.h"

#include "core/common/Interrupt.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace canary::app {

namespace {
int g_pipe[2] = {-1, -1};
std::atomic<int> g_signals{0}; // lock-free on every platform Qt 6 runs on

void onSignal(int number)
{
    if (g_signals.fetch_add(1) + 1 >= 2) // the main thread may be busy drawing the evidence: tell it from here
        interrupt::cutEvidenceShort();
    const char byte = static_cast<char>(number);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1); // async-signal-safe
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this]() {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            Q_EMIT terminationRequested(static_cast<int>(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr); // the terminal closed, or an ssh session dropped: stop as for SIGTERM
}

SignalWatcher::~SignalWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    if (g_pipe[0] >= 0) {
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
}

QString signalName(int number)
{
    return number == SIGINT   ? QStringLiteral("SIGINT")
           : number == SIGHUP ? QStringLiteral("SIGHUP")
                              : QStringLiteral("SIGTERM");
}

QString stopWords(int number)
{
    // For a reader of the report as much as for the operator: who stopped the run, with the signal's name.
    return number == SIGINT   ? QCoreApplication::translate("Run", "stopped by the operator (Ctrl+C, SIGINT)")
           : number == SIGHUP ? QCoreApplication::translate("Run", "stopped: the terminal or session closed (SIGHUP)")
                              : QCoreApplication::translate("Run", "stopped by a request to end the process (SIGTERM)");
}

} // namespace canary::app
