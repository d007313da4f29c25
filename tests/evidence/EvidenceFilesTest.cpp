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

QStringList titles(const QList<Finding> &f)
{
    QStringList t;
    for (const Finding &x : f)
        t << x.title;
    return t;
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

TEST(EvidenceFiles, DiagnosisCitesWhatTriggeredEachFinding)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 1000, false, {}};
    const IntervalStats slow = stats(1000, 0, 0, 400);
    const GateVerdict slowVerdict = GateVerdict::judge(gate, slow, ThresholdEvaluator::evaluate(gate, slow, 10), facts);
    const QList<Finding> saturation = EvidenceFiles::diagnose(gate, slowVerdict, slow, timeline(10, 5, 80));
    ASSERT_TRUE(titles(saturation).contains(QStringLiteral("Latency over the gate: server saturation")));
    EXPECT_TRUE(saturation.first().evidence.contains(QStringLiteral("p95 400.")));
    EXPECT_TRUE(saturation.first().nextSteps.contains(QStringLiteral("connection pool")));

    const IntervalStats limited = stats(900, 429, 100, 20);
    const QList<Finding> rate = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, limited, ThresholdEvaluator::evaluate(gate, limited, 10), facts), limited,
        timeline(10, 3, 3));
    EXPECT_TRUE(titles(rate).contains(QStringLiteral("Rate limiting")));
    EXPECT_FALSE(titles(rate).contains(QStringLiteral("All criteria passed")));

    const IntervalStats fine = stats(1000, 0, 0, 20);
    const QList<Finding> pass = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, fine, ThresholdEvaluator::evaluate(gate, fine, 10), facts), fine,
        timeline(10, 3, 3));
    EXPECT_EQ(titles(pass), QStringList{QStringLiteral("All criteria passed")});

    // Undelivered answers, with the provider's bounces and blocks cited beside them.
    IntervalStats undelivered = stats(1000, 0, 0, 20);
    undelivered.delivered = 950;
    const QJsonObject provider{
        {QStringLiteral("provider"), QStringLiteral("sendgrid")},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("bounces"), 31}, {QStringLiteral("blocks"), 12}}}};
    const QList<Finding> delivery = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, undelivered, ThresholdEvaluator::evaluate(gate, undelivered, 10), facts),
        undelivered, timeline(10, 3, 3), {}, provider);
    ASSERT_TRUE(titles(delivery).contains(QStringLiteral("Delivery below 99 %")));
    const Finding &d = delivery.at(titles(delivery).indexOf(QStringLiteral("Delivery below 99 %")));
    EXPECT_TRUE(d.evidence.contains(QStringLiteral("sendgrid counted 31 bounces, 12 blocks and 0 drops")))
        << d.evidence.toStdString();
    EXPECT_TRUE(d.nextSteps.contains(QStringLiteral("domain authentication")));
}

TEST(EvidenceFiles, TheServerErrorFindingStatesThe5xxShareNotTheOverallErrorRate)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 2015, false, {}};
    // 2,015 requests: 6 answered 503, 100 answered 429 — the errors are 5.26 %, the 5xx share is 0.30 %.
    IntervalStats t = stats(1909, 429, 100, 20);
    t.merge(stats(0, 503, 6, 20));
    const QList<Finding> f = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, t, ThresholdEvaluator::evaluate(gate, t, 10), facts), t, timeline(10, 3, 3));
    const qsizetype i = titles(f).indexOf(QStringLiteral("Server errors over the gate"));
    // 0.30 % is under the 0.5 % gate: no 5xx finding at all (the overall rate used to trigger it).
    EXPECT_EQ(i, -1) << titles(f).join(QStringLiteral(", ")).toStdString();

    IntervalStats many = stats(1000, 503, 20, 20);
    const QList<Finding> g = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, many, ThresholdEvaluator::evaluate(gate, many, 10), facts), many,
        timeline(10, 3, 3));
    const qsizetype j = titles(g).indexOf(QStringLiteral("Server errors over the gate"));
    ASSERT_GE(j, 0);
    EXPECT_TRUE(g[j].evidence.startsWith(QStringLiteral("20 answers were 5xx (1.96 % of 1,020 requests)")))
        << g[j].evidence.toStdString();
}

TEST(EvidenceFiles, UndeliveredRequestsTheServiceNeverAcceptedAreNotCalledAcceptedNorBlamedOnTheProvider)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 1000, false, {}};
    // 950 delivered, 50 answered 503: none of the accepted (2xx) ones went undelivered.
    IntervalStats t = stats(950, 503, 50, 20);
    const QList<Finding> f = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, t, ThresholdEvaluator::evaluate(gate, t, 10), facts), t, timeline(10, 3, 3));
    const qsizetype i = titles(f).indexOf(QStringLiteral("Delivery below 99 %"));
    ASSERT_GE(i, 0);
    EXPECT_TRUE(
        f[i].evidence.startsWith(QStringLiteral("50 of 1,000 requests were not reported delivered: 0 of the 950 "
                                                "the service accepted (2xx), and 50 it never accepted")))
        << f[i].evidence.toStdString();
    EXPECT_FALSE(f[i].nextSteps.contains(QStringLiteral("SendGrid"))) << f[i].nextSteps.toStdString();

    IntervalStats lost = stats(1000, 0, 0, 20);
    lost.delivered = 980;
    const QList<Finding> g = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, lost, ThresholdEvaluator::evaluate(gate, lost, 10), facts), lost,
        timeline(10, 3, 3));
    const qsizetype j = titles(g).indexOf(QStringLiteral("Delivery below 99 %"));
    ASSERT_GE(j, 0);
    EXPECT_TRUE(g[j].evidence.contains(QStringLiteral("20 of the 1,000 the service accepted")))
        << g[j].evidence.toStdString();
    EXPECT_TRUE(g[j].nextSteps.contains(QStringLiteral("SendGrid")));
}

TEST(EvidenceFiles, AnswersCutShortAreNamedAndNotBlamedOnTheProvider)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 1000, false, {}};
    IntervalStats t = stats(980, 202, 0, 20);
    for (int i = 0; i < 20; ++i) {
        RequestResult r; // what the engine records for a 202 whose body was cut short: no status, as k6 says
        r.finishedNs = 20'000'000;
        r.errorClass = ErrorClass::IncompleteBody;
        t.record(r);
    }
    const QList<Finding> f = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, t, ThresholdEvaluator::evaluate(gate, t, 10), facts), t, timeline(10, 3, 3));
    const qsizetype i = titles(f).indexOf(QStringLiteral("Answers cut short"));
    ASSERT_GE(i, 0) << titles(f).join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(f[i].evidence.startsWith(QStringLiteral("20 answers ended before their whole body arrived")))
        << f[i].evidence.toStdString();
    EXPECT_EQ(titles(f).indexOf(QStringLiteral("Requests without an answer")), -1) << "they had half an answer";
    const qsizetype d = titles(f).indexOf(QStringLiteral("Delivery below 99 %"));
    ASSERT_GE(d, 0);
    EXPECT_TRUE(f[d].evidence.contains(QStringLiteral("20 it never accepted"))) << f[d].evidence.toStdString();
    EXPECT_FALSE(f[d].nextSteps.contains(QStringLiteral("SendGrid")));
}

TEST(EvidenceFiles, ARunThatDidNotReachItsEndSaysSoFirstEvenWithNothingElseWrong)
{
    // Found in the viewer: a run stopped after 4 of 10 s with clean numbers had an empty "What happened".
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const IntervalStats t = stats(1000, 202, 0, 20);
    for (const bool cutOff : {false, true}) {
        RunFacts facts{10000, 4000, 2500, true, QStringLiteral("stopped by the operator")};
        facts.cutOff = cutOff;
        const GateVerdict verdict = GateVerdict::judge(gate, t, ThresholdEvaluator::evaluate(gate, t, 4), facts);
        const QList<Finding> f = EvidenceFiles::diagnose(gate, verdict, t, timeline(4, 3, 3));
        ASSERT_FALSE(f.isEmpty());
        EXPECT_EQ(f.first().title,
                  cutOff ? QStringLiteral("Cut off before the end") : QStringLiteral("Stopped before the end"));
        EXPECT_FALSE(f.first().evidence.isEmpty()) << "says how far it ran";
        EXPECT_TRUE(f.first().nextSteps.contains(QStringLiteral("full duration"))) << f.first().nextSteps.toStdString();
    }
    // A run that reached its end has no such finding.
    const RunFacts full{10000, 10000, 2500, false, {}};
    const QList<Finding> g = EvidenceFiles::diagnose(
        gate, GateVerdict::judge(gate, t, ThresholdEvaluator::evaluate(gate, t, 10), full), t, timeline(10, 3, 3));
    EXPECT_EQ(titles(g).indexOf(QStringLiteral("Stopped before the end")), -1);
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
