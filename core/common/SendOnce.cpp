#include "core/common/SendOnce.h"
#include "core/common/Encode.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstring>

namespace canary {

namespace {

// A body that can be read once.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool seek(qint64) override { return false; } // quietly: QIODevice's own seek warns on every refusal
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

QNetworkReply *sendOnce(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb,
                        const QByteArray &body)
{
    // Streamed (not buffered by Qt, which would make it rewindable again); streaming needs the length.
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

QString transportError(const QNetworkReply &reply)
{
    if (reply.error() == QNetworkReply::ContentReSendError)
        return QStringLiteral("the server closed the connection without an HTTP answer");
    // Qt ends a request whose transfer timeout ran out as "Operation canceled", which says nothing to a reader.
    if (reply.error() == QNetworkReply::OperationCanceledError && reply.request().transferTimeout() > 0)
        return QStringLiteral("timed out: no answer within %1 s")
            .arg(QString::number(reply.request().transferTimeout() / 1000.0, 'g', 4));
    return encode::visible(reply.errorString()); // Qt quotes the server's reason phrase in it
}

} // namespace canary
