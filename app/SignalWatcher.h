#pragma once

// Turns SIGINT/SIGTERM/SIGHUP into a Qt signal on the main thread (self-pipe), so a headless command can
// stop gracefully instead of dying mid-write.

#include <QObject>

class QSocketNotifier;

namespace canary::app {

// "SIGINT", "SIGHUP" or "SIGTERM".
QString signalName(int number);
// Why a run stopped, in words a report reader follows: "stopped by the operator (Ctrl+C, SIGINT)".
QString stopWords(int number);

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace canary::app
