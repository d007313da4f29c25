#pragma once

// An HTTP forward proxy for tests (what HTTP_PROXY/HTTPS_PROXY name in an office): plain requests in absolute-form
// (RFC 9112 §3.2.2) are forwarded to their origin, https ones go through a CONNECT tunnel. Host names ending in
// ".test" reach 127.0.0.1, so a run whose URLs name "sandbox.test" can only have got through this proxy (no
// resolver knows the name), and all traffic stays on loopback. It notes every request line it was given, runs on
// its own thread (it answers while a test waits for a child process) and answers 502 when the origin is unreachable.

#include <QMutex>
#include <QSemaphore>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace canary::test {

class TestProxy : public QThread
{
public:
    TestProxy();
    ~TestProxy() override;

    QUrl url() const; // http://127.0.0.1:PORT
    // Every request line, as the client sent it: "POST http://sandbox.test:1234/api/v1/notifications",
    // "CONNECT target.test:4433".
    QStringList requests() const;
    int count(const QString &prefix) const; // request lines starting with prefix

protected:
    void run() override;

private:
    friend class ProxyConnection;
    void note(const QString &line);
    mutable QMutex m_mutex;
    QStringList m_requests;
    quint16 m_port = 0;
    QSemaphore m_listening;
};

} // namespace canary::test
