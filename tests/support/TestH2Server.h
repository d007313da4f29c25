#pragma once

// A local HTTP/2 target (h2 by ALPN over TLS, libnghttp2's server side on QSslServer): answers like the sandbox —
// POST /oauth/token a token, GET /health {"status":"ok"}, anything else 202 {"status":"queued"} — after an optional
// delay, and records what it received: connections, streams at once, and for every request how long it took to
// arrive whole (from its HEADERS to its END_STREAM), which shows a request split across two TCP segments held apart
// by Nagle's algorithm. It can end connections with GOAWAY after a number of streams, as nginx does after
// keepalive_requests.

#include "tests/support/TestTls.h"

#include <QList>
#include <QObject>
#include <QSslServer>

namespace canary::test {

class H2Target : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int delayMs = 0;      // every answer this late
        int goAwayAfter = 0;  // a connection takes this many streams, then GOAWAY (0: never)
        int maxStreams = 128; // SETTINGS_MAX_CONCURRENT_STREAMS
    };
    H2Target(const SelfSigned &identity, Options options, QObject *parent = nullptr);
    ~H2Target() override;
    bool listen();
    QString baseUrl() const;
    int answered() const { return m_answered; }       // load requests answered
    int connections() const { return m_connections; } // TLS connections that spoke h2
    int maxConcurrent() const { return m_maxConcurrent; }
    int refused() const { return m_refused; } // streams refused unprocessed after a GOAWAY
    // Per load request, in nanoseconds: from its HEADERS frame's arrival to its END_STREAM's.
    const QList<qint64> &arrivalSpreadsNs() const { return m_spreads; }

    struct Session;

private:
    Options m_options;
    QSslServer m_server;
    QList<Session *> m_sessions;
    int m_answered = 0;
    int m_connections = 0;
    int m_maxConcurrent = 0;
    int m_refused = 0;
    QList<qint64> m_spreads;
};

} // namespace canary::test
