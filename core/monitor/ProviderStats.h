#pragma once

// SendGrid v3 global stats (GET {base}/v3/stats?start_date=…&end_date=…), summed over the days returned.
// Fetched before and after a run, the difference cross-checks the engine's own delivery count — with the
// caveat that the provider aggregates by day. Provider errors are reported, never fatal to the run.

#include "core/common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace canary {

struct ProviderCounts
{
    qint64 requests = 0, delivered = 0, bounces = 0, blocks = 0, drops = 0, deferred = 0, invalidEmails = 0;

    ProviderCounts operator-(const ProviderCounts &o) const;
    QJsonObject toJson() const;
};

class ProviderStats
{
public:
    static void fetch(QNetworkAccessManager &nam, const QUrl &baseUrl, const QByteArray &apiKey, QDate from, QDate to,
                      std::function<void(Result<ProviderCounts>)> done);
    static Result<ProviderCounts> parse(int status, const QByteArray &body);
};

} // namespace canary
