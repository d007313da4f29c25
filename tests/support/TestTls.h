#pragma once

// A local HTTPS target for TLS tests: a fresh self-signed certificate (made with OpenSSL, usable as its own CA) —
// for 127.0.0.1 and valid one hour by default, or for another name, or expired — and a QSslServer that answers like
// the sandbox: POST /oauth/token a token, GET /health {"status":"ok"}, anything else 202 {"status":"queued"}.

#include <QByteArray>
#include <QSslServer>

namespace canary::test {

struct SelfSigned
{
    QByteArray certPem;
    QByteArray keyPem;
};

// subjectAltName: "IP:127.0.0.1" or "DNS:other.example"; validFrom/validFor in seconds from now.
SelfSigned makeSelfSigned(const char *subjectAltName = "IP:127.0.0.1", long validFrom = -60, long validFor = 3600);

class TlsTarget : public QObject
{
    Q_OBJECT
public:
    explicit TlsTarget(const SelfSigned &identity, QObject *parent = nullptr);
    bool listen();
    QString baseUrl() const;
    int answered() const { return m_answered; }
    int tokens() const { return m_tokens; }
    int healthPolls() const { return m_health; }
    int handshakeFailures() const { return m_failedHandshakes; }
    int connections() const { return m_connections; } // TLS connections accepted (each a handshake)
    void setLatencyMs(int ms) { m_latencyMs = ms; }   // every answer this late (a slow service)

private:
    QSslServer m_server;
    int m_answered = 0;
    int m_tokens = 0;
    int m_health = 0;
    int m_failedHandshakes = 0;
    int m_connections = 0;
    int m_latencyMs = 0;
};

} // namespace canary::test
