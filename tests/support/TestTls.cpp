#include "tests/support/TestTls.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace canary::test {

namespace {

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, static_cast<qsizetype>(n));
    BIO_free(bio);
    return out;
}

void addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

} // namespace

SelfSigned makeSelfSigned(const char *subjectAltName, long validFrom, long validFor)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 4242);
    X509_gmtime_adj(X509_getm_notBefore(cert), validFrom);
    X509_gmtime_adj(X509_getm_notAfter(cert), validFrom + validFor);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    const QByteArray commonName = QByteArray(subjectAltName).mid(QByteArray(subjectAltName).indexOf(':') + 1);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    addExtension(cert, NID_subject_alt_name, subjectAltName);
    addExtension(cert, NID_basic_constraints, "critical,CA:TRUE");
    X509_sign(cert, key, EVP_sha256());
    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, cert);
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    SelfSigned out{drain(certBio), drain(keyBio)};
    X509_free(cert);
    EVP_PKEY_free(key);
    return out;
}

TlsTarget::TlsTarget(const SelfSigned &identity, QObject *parent) : QObject(parent)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(identity.certPem, QSsl::Pem));
    config.setPrivateKey(QSslKey(identity.keyPem, QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    connect(&m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                for (;;) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4 + length);
                    QByteArray body = R"({"id":1,"status":"queued"})";
                    QByteArray status = "202 Accepted";
                    if (head.startsWith("POST /oauth/token ")) {
                        body = R"({"access_token":"tls-token-0001","token_type":"Bearer","expires_in":3600})";
                        status = "200 OK";
                        ++m_tokens;
                    } else if (head.startsWith("GET /health ")) {
                        body = R"({"status":"ok"})";
                        status = "200 OK";
                        ++m_health;
                    } else {
                        ++m_answered;
                    }
                    const QByteArray answer =
                        "HTTP/1.1 " + status +
                        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                        "\r\n\r\n" + body;
                    if (m_latencyMs <= 0)
                        socket->write(answer);
                    else
                        QTimer::singleShot(m_latencyMs, socket, [socket, answer] { socket->write(answer); });
                }
            });
        }
    });
}

bool TlsTarget::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QString TlsTarget::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort());
}

} // namespace canary::test
