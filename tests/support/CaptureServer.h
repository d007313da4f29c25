#pragma once

// A listener on 127.0.0.1 that an attacker's scenario aims its URLs at: it keeps every byte any client sends it and
// answers each request as a friendly token endpoint and target would (200, a JSON body with an access_token and
// "status": "queued"), so a client that trusted it would go on sending. It runs on its own thread, so it answers
// while a test waits for a child process (canarydesk) to finish.

#include <QByteArray>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QUrl>

namespace canary::test {

class CaptureServer : public QThread
{
public:
    CaptureServer();
    ~CaptureServer() override;

    QUrl url() const; // http://127.0.0.1:PORT
    QByteArray received() const;
    int connections() const;

protected:
    void run() override;

private:
    mutable QMutex m_mutex;
    QByteArray m_received;
    int m_connections = 0;
    quint16 m_port = 0;
    QSemaphore m_listening;
};

} // namespace canary::test
