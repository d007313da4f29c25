#include "core/evidence/EvidenceFiles.h"
#include "core/evidence/Summary.h"

#include "tests/support/TestUtil.h"

#include <QJsonDocument>

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace canary;

namespace {

IntervalStats stats(int ok, int status, int bad, qint64 serviceMs)
{
    IntervalStats s;
    for (int i = 0; i < ok + bad; ++i) {
        RequestResult r;
        r.finishedNs = serviceMs * 1'000'000;
        r.status = i < ok ? 202 : status;
        r.checkOk = i < ok;
        r.delivered = i < ok;
        r.errorClass =
            i < ok ? ErrorClass::None : (status == 429 ? ErrorClass::TooManyRequests : ErrorClass::ServerError);
        s.record(r);
    }
    return s;
}

QList<Snapshot> timeline(int seconds, int inFlightFrom, int inFlightTo)
{
    QList<Snapshot> out;
    for (int i = 0; i < seconds; ++i) {
        Snapshot s;
        s.second = i + 1;
        s.inFlight = inFlightFrom + (inFlightTo - inFlightFrom) * i / std::max(1, seconds - 1);
        out << s;
    }
    return out;
}

} // namespace

TEST(EvidenceFiles, SummaryExportHasK6sShapeAndPolarity)
{
    const IntervalStats s = stats(990, 503, 10, 300);
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const QJsonObject hs =
        Summary::handleSummary(SummaryInput{&s, ThresholdEvaluator::evaluate(gate, s, 10), 10000, {202}});
    const QJsonObject ex = EvidenceFiles::summaryExport(hs);
    const QJsonObject k6 = QJsonDocument::fromJson(test::readFile(QStringLiteral(CANARYDESK_SOURCE_DIR
                                                                                 "/tests/data/k6/summary-export.json")))
                               .object();
    ASSERT_FALSE(k6.isEmpty());
    EXPECT_EQ(ex.keys(), k6.keys());
    const QJsonObject m = ex.value(QStringLiteral("metrics")).toObject();
    for (const char *metric : {"http_req_duration", "errors", "http_reqs"}) {
        const QJsonObject ours = m.value(QString::fromLatin1(metric)).toObject();
        const QJsonObject theirs =
            k6.value(QStringLiteral("metrics")).toObject().value(QString::fromLatin1(metric)).toObject();
        for (const QString &key : theirs.keys())
            EXPECT_TRUE(ours.contains(key)) << metric << " lacks " << key.toStdString();
    }
    // p95 of 300 ms fails "p(95)<=250": --summary-export writes true for a FAILED threshold.
    EXPECT_TRUE(m.value(QStringLiteral("http_req_duration"))
                    .toObject()
                    .value(QStringLiteral("thresholds"))
                    .toObject()
                    .value(QStringLiteral("p(95)<=250"))
                    .toBool());
    EXPECT_TRUE(m.value(QStringLiteral("errors"))
                    .toObject()
                    .value(QStringLiteral("thresholds"))
                    .toObject()
                    .value(QStringLiteral("rate<=0.005"))
                    .toBool())
        << "1 % errors fails";
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("errors")).toObject().value(QStringLiteral("value")).toDouble(), 0.01);
    EXPECT_TRUE(ex.value(QStringLiteral("root_group"))
                    .toObject()
                    .value(QStringLiteral("checks"))
                    .toObject()
                    .contains(QStringLiteral("status is 202")));
}

TEST(EvidenceFiles, TimeseriesHasOneRowPerSecond)
{
    QList<Snapshot> t = timeline(3, 1, 3);
    t[1].service.p95 = 21.5;
    const QList<QByteArray> lines = EvidenceFiles::timeseriesCsv(t).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].startsWith("second,elapsed_s,target_rps"));
    EXPECT_EQ(lines[2].split(',').at(7), QByteArray("21.500"));
}
