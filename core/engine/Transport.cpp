#include "core/engine/Transport.h"

#include <QSslSocket>

namespace canary {

QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
    case QAbstractSocket::UnknownSocketError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// The error of a refused certificate that says most to a person: expired, then wrong host, then the issuer.
QSslError::SslError mostTelling(const QList<QSslError> &errors)
{
    for (const QSslError::SslError wanted :
         {QSslError::CertificateExpired, QSslError::CertificateNotYetValid, QSslError::HostNameMismatch})
        for (const QSslError &e : errors)
            if (e.error() == wanted)
                return wanted;
    return errors.isEmpty() ? QSslError::NoError : errors.first().error();
}

void TlsSessions::connect(QSslSocket &socket, QSslConfiguration config, const QList<QByteArray> &protocols,
                          const QString &host, quint16 port, const QNetworkProxy &proxy, QObject *context)
{
    config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!m_ticket->isEmpty())
        config.setSessionTicket(*m_ticket);
    if (!protocols.isEmpty())
        config.setAllowedNextProtocols(protocols);
    socket.setSslConfiguration(config);
    QObject::connect(&socket, &QSslSocket::newSessionTicketReceived, context,
                     [ticket = m_ticket, s = &socket]() { *ticket = s->sslConfiguration().sessionTicket(); });
    socket.setPeerVerifyName(host);
    socket.setProxy(proxy); // an HTTP proxy tunnels it (CONNECT), as k6 does
    socket.connectToHostEncrypted(host, port);
}

} // namespace canary
