#pragma once

// A blocking-looking HTTP call for tests: sends with QNAM and runs the event loop until the reply
// finishes (no sleeps). Also an asynchronous form for firing many requests at once.

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <functional>

namespace canary::test {

struct HttpReply
{
    int status = 0; // 0 = no HTTP response
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    QByteArray header(const QByteArray &name) const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

HttpReply http(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const Headers &headers = {}, int timeoutMs = 15000);

void httpAsync(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body,
               const Headers &headers, std::function<void(HttpReply)> done);

} // namespace canary::test
