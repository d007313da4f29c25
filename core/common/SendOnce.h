#pragma once

// RFC 9110 §9.2.2: a client must not repeat a non-idempotent request on its own. Qt 6.4 re-sends any request
// whose connection closes before the answer (up to twice, and an answer that is not HTTP counts as such a
// close): a POST would deliver a notification, a token request or a Slack message twice. sendOnce streams
// the body from a device Qt cannot rewind, so such a re-send fails with QNetworkReply::ContentReSendError
// instead. Measured in tests/engine/FaultTest.cpp.

#include <QByteArray>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace canary {

QNetworkReply *sendOnce(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb,
                        const QByteArray &body);

// The reply's transport error in words; Qt says only "Unknown error" for a refused re-send.
QString transportError(const QNetworkReply &reply);

} // namespace canary
