#pragma once

// A local HTTPS target for TLS tests: a fresh self-signed certificate for 127.0.0.1 (made with OpenSSL, valid
// one hour, usable as its own CA) and a QSslServer that answers every request 202 {"status":"queued"}.

#include <QByteArray>
#include <QSslServer>

namespace canary::test {

struct SelfSigned
{
    QByteArray certPem;
    QByteArray keyPem;
};

SelfSigned makeSelfSigned();

class TlsTarget : public QObject
{
    Q_OBJECT
public:
    explicit TlsTarget(const SelfSigned &identity, QObject *parent = nullptr);
    bool listen();
    QString baseUrl() const;
    int answered() const { return m_answered; }
    int handshakeFailures() const { return m_failedHandshakes; }

private:
    QSslServer m_server;
    int m_answered = 0;
    int m_failedHandshakes = 0;
};

} // namespace canary::test
