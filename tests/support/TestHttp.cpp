#include "tests/support/TestHttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace canary::test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

void httpAsync(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body,
               const Headers &headers, std::function<void(HttpReply)> done)
{
    QNetworkRequest request(url);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)]() {
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.error = reply->errorString();
        reply->deleteLater();
        done(r);
    });
}

HttpReply http(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body,
               const Headers &headers, int timeoutMs)
{
    HttpReply result;
    bool finished = false;
    QEventLoop loop;
    httpAsync(nam, method, url, body, headers, [&](HttpReply r) {
        result = std::move(r);
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // a guard against a hang, not synchronisation
    if (!finished)
        loop.exec();
    if (!finished)
        result.error = QStringLiteral("test timed out waiting for %1").arg(url.toString());
    return result;
}

} // namespace canary::test
