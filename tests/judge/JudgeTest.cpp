#include "core/judge/Judgement.h"

#include "core/common/Duration.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace canary;

namespace {

// Requests of serviceMs each, all of it waiting for the first byte (as a slow service spends it).
IntervalStats stats(int ok, int status, int bad, qint64 serviceMs)
{
    IntervalStats s;
    for (int i = 0; i < ok + bad; ++i) {
        RequestResult r;
        r.finishedNs = serviceMs * 1'000'000;
        r.waitingNs = r.finishedNs - 100'000;
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
        s.elapsedMs = (i + 1) * 1000;
        s.inFlight = inFlightFrom + (inFlightTo - inFlightFrom) * i / std::max(1, seconds - 1);
        out << s;
    }
    return out;
}

JudgeInput input(const GateProfile &gate, const RunFacts &facts, const IntervalStats &t,
                 const QList<Snapshot> &timeline)
{
    JudgeInput in;
    in.gate = gate;
    in.facts = facts;
    in.total = &t;
    in.timeline = &timeline;
    in.startedUtc = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    return in;
}

QList<Finding> findings(const GateProfile &gate, const RunFacts &facts, const IntervalStats &t,
                        const QList<Snapshot> &timeline, const QJsonObject &provider = {})
{
    JudgeInput in = input(gate, facts, t, timeline);
    in.provider = provider;
    return Judge::judge(in).findings;
}

QStringList titles(const QList<Finding> &f)
{
    QStringList t;
    for (const Finding &x : f)
        t << x.title;
    return t;
}

const Finding *titled(const QList<Finding> &f, const QString &prefix)
{
    for (const Finding &x : f)
        if (x.title.startsWith(prefix))
            return &x;
    return nullptr;
}

} // namespace

TEST(Judge, DiagnosisCitesWhatTriggeredEachFinding)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 1000, false, {}};
    const IntervalStats slow = stats(1000, 0, 0, 400);
    const QList<Finding> saturation = findings(gate, facts, slow, timeline(10, 5, 80));
    ASSERT_TRUE(titles(saturation).contains(QStringLiteral("Latency over the gate: the service saturated")));
    EXPECT_TRUE(saturation.first().evidence.contains(QStringLiteral("p95 400.")));
    EXPECT_TRUE(saturation.first().nextSteps.contains(QStringLiteral("connection pool")));

    const IntervalStats limited = stats(900, 429, 100, 20);
    const QList<Finding> rate = findings(gate, facts, limited, timeline(10, 3, 3));
    EXPECT_TRUE(titles(rate).contains(QStringLiteral("Rate limiting")));
    EXPECT_FALSE(titles(rate).contains(QStringLiteral("All criteria passed")));

    const IntervalStats fine = stats(1000, 0, 0, 20);
    const QList<Finding> pass = findings(gate, facts, fine, timeline(10, 3, 3));
    EXPECT_EQ(titles(pass), QStringList{QStringLiteral("All criteria passed")});

    // Undelivered answers, with the provider's bounces and blocks cited beside them.
    IntervalStats undelivered = stats(1000, 0, 0, 20);
    undelivered.delivered = 950;
    const QJsonObject provider{
        {QStringLiteral("provider"), QStringLiteral("sendgrid")},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("bounces"), 31}, {QStringLiteral("blocks"), 12}}}};
    const QList<Finding> delivery = findings(gate, facts, undelivered, timeline(10, 3, 3), provider);
    ASSERT_TRUE(titles(delivery).contains(QStringLiteral("Delivery below 99 %")));
    const Finding &d = delivery.at(titles(delivery).indexOf(QStringLiteral("Delivery below 99 %")));
    EXPECT_TRUE(d.evidence.contains(QStringLiteral("sendgrid counted 31 bounces, 12 blocks and 0 drops")))
        << d.evidence.toStdString();
    EXPECT_TRUE(d.nextSteps.contains(QStringLiteral("domain authentication")));
}

TEST(Judge, TheServerErrorFindingStatesThe5xxShareNotTheOverallErrorRate)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 2015, false, {}};
    // 2,015 requests: 6 answered 503, 100 answered 429 — the errors are 5.26 %, the 5xx share is 0.30 %.
    IntervalStats t = stats(1909, 429, 100, 20);
    t.merge(stats(0, 503, 6, 20));
    const QList<Finding> f = findings(gate, facts, t, timeline(10, 3, 3));
    const qsizetype i = titles(f).indexOf(QStringLiteral("Server errors over the gate"));
    // 0.30 % is under the 0.5 % gate: no 5xx finding at all (the overall rate used to trigger it).
    EXPECT_EQ(i, -1) << titles(f).join(QStringLiteral(", ")).toStdString();

    IntervalStats many = stats(1000, 503, 20, 20);
    const QList<Finding> g = findings(gate, facts, many, timeline(10, 3, 3));
    const qsizetype j = titles(g).indexOf(QStringLiteral("Server errors over the gate"));
    ASSERT_GE(j, 0);
    EXPECT_TRUE(g[j].evidence.startsWith(QStringLiteral("20 answers were 5xx (1.96 % of 1,020 requests)")))
        << g[j].evidence.toStdString();
}

TEST(Judge, UndeliveredRequestsTheServiceNeverAcceptedAreNotCalledAcceptedNorBlamedOnTheProvider)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 1000, false, {}};
    // 950 delivered, 50 answered 503: none of the accepted (2xx) ones went undelivered.
    IntervalStats t = stats(950, 503, 50, 20);
    const QList<Finding> f = findings(gate, facts, t, timeline(10, 3, 3));
    const qsizetype i = titles(f).indexOf(QStringLiteral("Delivery below 99 %"));
    ASSERT_GE(i, 0);
    EXPECT_TRUE(
        f[i].evidence.startsWith(QStringLiteral("50 of 1,000 requests were not reported delivered: 0 of the 950 "
                                                "the service accepted (2xx), and 50 it never accepted")))
        << f[i].evidence.toStdString();
    EXPECT_FALSE(f[i].nextSteps.contains(QStringLiteral("SendGrid"))) << f[i].nextSteps.toStdString();

    IntervalStats lost = stats(1000, 0, 0, 20);
    lost.delivered = 980;
    const QList<Finding> g = findings(gate, facts, lost, timeline(10, 3, 3));
    const qsizetype j = titles(g).indexOf(QStringLiteral("Delivery below 99 %"));
    ASSERT_GE(j, 0);
    EXPECT_TRUE(g[j].evidence.contains(QStringLiteral("20 of the 1,000 the service accepted")))
        << g[j].evidence.toStdString();
    EXPECT_TRUE(g[j].nextSteps.contains(QStringLiteral("SendGrid")));
}

TEST(Judge, AnswersCutShortAreNamedAndNotBlamedOnTheProvider)
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
    const QList<Finding> f = findings(gate, facts, t, timeline(10, 3, 3));
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

TEST(Judge, ARunThatDidNotReachItsEndSaysSoFirstEvenWithNothingElseWrong)
{
    // Found in the viewer: a run stopped after 4 of 10 s with clean numbers had an empty "What happened".
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const IntervalStats t = stats(1000, 202, 0, 20);
    for (const bool cutOff : {false, true}) {
        RunFacts facts{10000, 4000, 2500, true, QStringLiteral("stopped by the operator")};
        facts.cutOff = cutOff;
        const QList<Finding> f = findings(gate, facts, t, timeline(4, 3, 3));
        ASSERT_FALSE(f.isEmpty());
        EXPECT_EQ(f.first().title,
                  cutOff ? QStringLiteral("Cut off before the end") : QStringLiteral("Stopped before the end"));
        EXPECT_FALSE(f.first().evidence.isEmpty()) << "says how far it ran";
        EXPECT_TRUE(f.first().nextSteps.contains(QStringLiteral("full duration"))) << f.first().nextSteps.toStdString();
    }
    // A run that reached its end has no such finding.
    const RunFacts full{10000, 10000, 2500, false, {}};
    const QList<Finding> g = findings(gate, full, t, timeline(10, 3, 3));
    EXPECT_EQ(titles(g).indexOf(QStringLiteral("Stopped before the end")), -1);
}

TEST(Judge, SteadySlownessIsNamedWhereTheTimeWentNotSaturation)
{
    // The case: p95 over the limit, requests in flight flat (5 then 5), the rate held, nothing dropped, all
    // of the latency spent waiting for the first byte.
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 1000, false, {}};
    const IntervalStats slow = stats(1000, 0, 0, 400);
    const QList<Finding> f = findings(gate, facts, slow, timeline(10, 5, 5));
    EXPECT_FALSE(titles(f).join(QLatin1Char('|')).contains(QStringLiteral("saturat")))
        << titles(f).join(QStringLiteral(", ")).toStdString();
    const Finding *latency = titled(f, QStringLiteral("Latency over the gate"));
    ASSERT_NE(latency, nullptr);
    EXPECT_EQ(latency->title, QStringLiteral("Latency over the gate: waiting for the first byte"));
    EXPECT_TRUE(latency->evidence.contains(QStringLiteral("waiting for the first byte took 399.9 ms")))
        << latency->evidence.toStdString();
    EXPECT_TRUE(latency->evidence.contains(QStringLiteral("no sign of saturation")));
    EXPECT_FALSE(latency->nextSteps.contains(QStringLiteral("connection pool"))) << latency->nextSteps.toStdString();
    EXPECT_TRUE(latency->nextSteps.contains(QStringLiteral("profile the request's path")));

    // The same latency with requests in flight piling up is saturation.
    const QList<Finding> g = findings(gate, facts, slow, timeline(10, 5, 80));
    ASSERT_NE(titled(g, QStringLiteral("Latency over the gate")), nullptr);
    EXPECT_EQ(titled(g, QStringLiteral("Latency over the gate"))->title,
              QStringLiteral("Latency over the gate: the service saturated"));
}

TEST(Judge, AnOutageIsAnEpisodeWithItsTimesAndWhatElseHappenedThen)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{30000, 30000, 1500, false, {}};
    // 50 requests a second; from 0:08 to 0:16 every one of them refused.
    QList<Snapshot> t = timeline(30, 3, 3);
    IntervalStats total = stats(1100, 0, 0, 20);
    for (Snapshot &s : t) {
        s.requests = 50;
        if (s.second >= 9 && s.second <= 16) {
            s.errorClasses[static_cast<size_t>(ErrorClass::Refused)] = 50;
            for (int i = 0; i < 50; ++i) {
                RequestResult r;
                r.errorClass = ErrorClass::Refused;
                total.record(r);
            }
        }
    }
    JudgeInput in = input(gate, facts, total, t);
    // /health polled every second: failing from 0:08.3 until the poll at 0:17.3 found it healthy again.
    QJsonArray samples;
    for (int s = 0; s < 30; ++s)
        samples.append(
            QJsonObject{{QStringLiteral("time"), in.startedUtc.addMSecs(s * 1000 + 300).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("healthy"), s < 8 || s > 16}});
    in.health = QJsonObject{{QStringLiteral("samples"), samples}};
    in.logs =
        QJsonObject{{QStringLiteral("lines"),
                     QJsonArray{QJsonObject{{QStringLiteral("at_s"), 25.0}, {QStringLiteral("text"), "INFO later"}}}}};
    const Judgement j = Judge::judge(in);

    const auto outage = std::find_if(j.episodes.cbegin(), j.episodes.cend(),
                                     [](const Episode &e) { return e.kind == Episode::Kind::NoAnswer; });
    ASSERT_NE(outage, j.episodes.cend());
    EXPECT_EQ(outage->startS, 8.0);
    EXPECT_EQ(outage->endS, 16.0);
    EXPECT_EQ(outage->requests, 400u);
    EXPECT_EQ(outage->evidence,
              (QStringList{QStringLiteral("/health failed 0:08–0:17"), QStringLiteral("no log lines in that window")}));
    const auto health = std::find_if(j.episodes.cbegin(), j.episodes.cend(),
                                     [](const Episode &e) { return e.kind == Episode::Kind::HealthFailing; });
    ASSERT_NE(health, j.episodes.cend());
    EXPECT_EQ(health->when(), QStringLiteral("0:08–0:17"));
    EXPECT_EQ(health->requests, 9u);

    const Finding *none = titled(j.findings, QStringLiteral("Requests without an answer"));
    ASSERT_NE(none, nullptr);
    EXPECT_TRUE(none->evidence.startsWith(QStringLiteral(
        "0:08–0:16 requests got no answer — refused, reset, timed out (400 requests); /health failed 0:08–0:17; no "
        "log lines in that window")))
        << none->evidence.toStdString();
    // The undelivered requests never reached the service: no SendGrid advice.
    const Finding *delivery = titled(j.findings, QStringLiteral("Delivery below 99 %"));
    ASSERT_NE(delivery, nullptr);
    EXPECT_FALSE(delivery->nextSteps.contains(QStringLiteral("SendGrid"))) << delivery->nextSteps.toStdString();
    EXPECT_TRUE(delivery->nextSteps.startsWith(QStringLiteral("400 of the undelivered requests never reached")));
}

TEST(Judge, AServiceUnhealthyThroughoutIsNeverAPlainGreenLight)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const RunFacts facts{10000, 10000, 1000, false, {}};
    const IntervalStats fine = stats(1000, 0, 0, 20);
    const QList<Snapshot> t = timeline(10, 3, 3);
    JudgeInput in = input(gate, facts, fine, t);
    QJsonArray samples;
    for (int s = 0; s < 10; ++s)
        samples.append(
            QJsonObject{{QStringLiteral("time"), in.startedUtc.addMSecs(s * 1000).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("healthy"), false},
                        {QStringLiteral("status"), 202}});
    in.health = QJsonObject{{QStringLiteral("samples"), samples}};
    const Judgement j = Judge::judge(in);
    EXPECT_EQ(j.verdict.word(), QStringLiteral("PASS")) << "the gate's criteria held; the verdict is k6's";
    EXPECT_EQ(titled(j.findings, QStringLiteral("All criteria passed"))->title,
              QStringLiteral("All criteria passed, but /health was failing"));
    for (const Finding &f : j.findings)
        EXPECT_FALSE(f.nextSteps.contains(QStringLiteral("Green light"))) << f.nextSteps.toStdString();
    ASSERT_NE(titled(j.findings, QStringLiteral("The service's /health was failing")), nullptr);
    EXPECT_TRUE(titled(j.findings, QStringLiteral("The service's /health was failing"))
                    ->evidence.startsWith(QStringLiteral("10 of 10 polls")));
}

TEST(Judge, AGateDecidedEarlySaysWhenAndTheJudgementRoundTripsThroughItsJson)
{
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    RunFacts facts{10000, 3000, 1000, true, QStringLiteral("the gate was decided")};
    facts.stoppedWhenDecided = true;
    const IntervalStats t = stats(280, 503, 20, 20);
    const QList<Snapshot> tl = timeline(3, 3, 3);
    JudgeInput in = input(gate, facts, t, tl);
    in.decisions = {Decision{QStringLiteral("errors:rate<=0.005"), 2000, QStringLiteral("20 errors")}};
    const Judgement j = Judge::judge(in);
    EXPECT_EQ(j.verdict.word(), QStringLiteral("FAIL"));
    EXPECT_EQ(j.verdict.decidedAtMs, 2000);
    ASSERT_FALSE(j.findings.isEmpty());
    EXPECT_EQ(j.findings.first().title, QStringLiteral("Decided at 0:02 and stopped then"));

    const auto back = Judgement::fromJson(j.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->toJson(), j.toJson());
    EXPECT_EQ(back->verdict.decidedAtMs, 2000);
    EXPECT_TRUE(back->verdict.stoppedWhenDecided);
    const auto errors = std::find_if(back->verdict.criteria.cbegin(), back->verdict.criteria.cend(),
                                     [](const CriterionResult &c) { return c.key == "errors:rate<=0.005"; });
    ASSERT_NE(errors, back->verdict.criteria.cend());
    EXPECT_EQ(errors->decidedAtMs, 2000);
    EXPECT_EQ(errors->unit, QStringLiteral("%"));
    EXPECT_DOUBLE_EQ(errors->value, 6.667);
    EXPECT_DOUBLE_EQ(errors->limit, 0.5);
    EXPECT_EQ(j.toJson().value(QStringLiteral("decided_at_s")).toDouble(), 2.0);
    EXPECT_FALSE(Judgement::fromJson(QJsonObject{{QStringLiteral("verdict"), QStringLiteral("MAYBE")}}).has_value());
}
