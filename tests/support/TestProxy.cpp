#include "tests/support/TestProxy.h"

#include "tests/support/TestUtil.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace canary::test {

// One client connection: requests parsed off it one at a time (absolute-form rewritten to origin-form and sent
// on to the origin), or, after CONNECT, bytes relayed both ways.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(TestProxy *proxy, QTcpSocket *client) : QObject(client), m_proxy(proxy), m_client(client)
    {
        connect(client, &QTcpSocket::readyRead, this, [this] { onClient(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

private:
    static QString mapHost(const QString &host)
    {
        return host.endsWith(QLatin1String(".test")) ? QStringLiteral("127.0.0.1") : host;
    }

    void openUpstream(const QString &authority)
    {
        if (m_upstream && m_authority == authority)
            return;
        if (m_upstream)
            m_upstream->deleteLater();
        m_authority = authority;
        const QUrl u(QStringLiteral("//") + authority);
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { m_client->disconnectFromHost(); });
        m_upstream->connectToHost(mapHost(u.host()), static_cast<quint16>(u.port(80)));
        if (!m_upstream->waitForConnected(5000)) {
            m_client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            m_client->disconnectFromHost();
        }
    }

    void onClient()
    {
        m_buffer += m_client->readAll();
        if (m_tunnel) {
            m_upstream->write(m_buffer);
            m_buffer.clear();
            return;
        }
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray head = m_buffer.left(end + 4);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            if (requestLine.size() < 3)
                return;
            m_proxy->note(QString::fromLatin1(requestLine[0] + ' ' + requestLine[1]));
            if (requestLine[0] == "CONNECT") {
                m_buffer.remove(0, end + 4);
                openUpstream(QString::fromLatin1(requestLine[1]));
                m_tunnel = true;
                m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!m_buffer.isEmpty())
                    m_upstream->write(m_buffer);
                m_buffer.clear();
                return;
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            const QByteArray body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            const QUrl target(QString::fromLatin1(requestLine[1]));
            openUpstream(QStringLiteral("%1:%2").arg(target.host()).arg(target.port(80)));
            const QByteArray path = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
            head.replace(0, head.indexOf("\r\n"),
                         requestLine[0] + ' ' + (path.isEmpty() ? "/" : path) + ' ' + requestLine[2]);
            m_upstream->write(head + body);
        }
    }

    TestProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QString m_authority;
    QByteArray m_buffer;
    bool m_tunnel = false;
};

TestProxy::TestProxy()
{
    start();
    m_listening.acquire(); // the thread has its server listening (no event reaches this thread to wait on)
}

TestProxy::~TestProxy()
{
    quit();
    wait();
}

QUrl TestProxy::url() const
{
    QMutexLocker lock(&m_mutex);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QStringList TestProxy::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int TestProxy::count(const QString &prefix) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const QString &r : m_requests)
        n += r.startsWith(prefix) ? 1 : 0;
    return n;
}

void TestProxy::note(const QString &line)
{
    QMutexLocker lock(&m_mutex);
    m_requests << line;
}

void TestProxy::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *client = server.nextPendingConnection())
            new ProxyConnection(this, client);
    });
    {
        QMutexLocker lock(&m_mutex);
        m_port = server.serverPort();
    }
    m_listening.release();
    exec();
}

} // namespace canary::test
