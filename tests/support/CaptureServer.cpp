#include "tests/support/CaptureServer.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>

#include "tests/support/TestUtil.h"

namespace canary::test {

CaptureServer::CaptureServer()
{
    start();
    m_listening.acquire(); // the thread has its server listening (no event reaches this thread to wait on)
}

CaptureServer::~CaptureServer()
{
    quit();
    wait();
}

QUrl CaptureServer::url() const
{
    QMutexLocker lock(&m_mutex);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray CaptureServer::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

int CaptureServer::connections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

void CaptureServer::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            {
                QMutexLocker lock(&m_mutex);
                ++m_connections;
            }
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray data = socket->readAll();
                {
                    QMutexLocker lock(&m_mutex);
                    m_received += data;
                }
                if (data.contains("\r\n\r\n")) {
                    const QByteArray body = R"({"access_token":"attacker-token-0451","token_type":"Bearer",)"
                                            R"("expires_in":3600,"status":"queued","id":"x"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    {
        QMutexLocker lock(&m_mutex);
        m_port = server.serverPort();
    }
    m_listening.release();
    exec();
}

} // namespace canary::test
