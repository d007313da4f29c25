// A stand-in for the k6 binary (k6 itself is not in Debian's packages): answers `run --out json=FILE SCRIPT`
// by writing k6-shaped Metric/Point lines at the real pace — K6_FAKE_RATE requests a second for
// K6_FAKE_SECONDS seconds, every K6_FAKE_FAIL_EVERY-th answered 503 — and `cloud run SCRIPT` by printing a
// run URL; then exits with K6_FAKE_EXIT. It records its arguments and whether it was given the secrets
// (never their values) in K6_FAKE_LOG, and refuses to start without CANARY_CLIENT_SECRET, as the generated
// script's setup() does.
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QThread>

#include <cstdio>

namespace {

int env(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariable(name).toInt(&ok);
    return ok ? v : fallback;
}

QByteArray now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1() + "123456Z";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("version")) { // as the real ones print it; K6_FAKE_VERSION picks which
        std::printf("%s\n", qPrintable(qEnvironmentVariable(
                                "K6_FAKE_VERSION", QStringLiteral("k6 v2.2.0 (commit/fake, go1.25.12, linux/amd64)"))));
        return 0;
    }
    if (const QString log = qEnvironmentVariable("K6_FAKE_LOG"); !log.isEmpty()) {
        QFile f(log);
        f.open(QIODevice::WriteOnly);
        f.write("args: " + args.join(QLatin1Char(' ')).toUtf8() + "\n");
        f.write(QByteArray("client secret given: ") +
                (qEnvironmentVariableIsEmpty("CANARY_CLIENT_SECRET") ? "no" : "yes") + "\n");
        f.write(QByteArray("cloud token given: ") + (qEnvironmentVariableIsEmpty("K6_CLOUD_TOKEN") ? "no" : "yes") +
                "\n");
        f.write("stack: " + qEnvironmentVariable("K6_CLOUD_STACK_ID", QStringLiteral("none")).toUtf8() + "\n");
    }
    const int exitCode = env("K6_FAKE_EXIT", 0);
    if (args.value(0) == QLatin1String("cloud")) {
        if (qEnvironmentVariableIsEmpty("K6_CLOUD_TOKEN")) {
            std::fprintf(stderr, "level=error msg=\"(403) You must be logged in\"\n");
            return 97;
        }
        std::printf("  execution: cloud\n     output: https://app.k6.io/runs/4242\n");
        std::fflush(stdout);
        if (exitCode == 97) // k6 v1+: aborted in the cloud for a reason other than thresholds
            std::fprintf(stderr, "time=\"2026-12-07T10:00:00Z\" level=error msg=\"test run aborted by the system: "
                                 "load zone amazon:de:frankfurt became unavailable\"\n");
        return exitCode;
    }
    const int jsonAt = static_cast<int>(args.indexOf(QStringLiteral("--out"))) + 1;
    if (args.value(0) != QLatin1String("run") || jsonAt <= 0 ||
        !args.value(jsonAt).startsWith(QLatin1String("json="))) {
        std::fprintf(stderr, "fake k6: expected `run --out json=FILE SCRIPT`\n");
        return 104;
    }
    if (qEnvironmentVariableIsEmpty("CANARY_CLIENT_SECRET")) {
        std::fprintf(
            stderr,
            "level=error msg=\"Error: set CANARY_CLIENT_SECRET in the environment\" hint=\"script exception\"\n");
        return 107;
    }
    QFile out(args.value(jsonAt).mid(5));
    if (!out.open(QIODevice::WriteOnly))
        return 104;
    std::printf("  execution: local\n     script: %s\n     output: json (%s)\n", qPrintable(args.last()),
                qPrintable(out.fileName()));
    std::fflush(stdout);
    const int rate = env("K6_FAKE_RATE", 20);
    const int seconds = env("K6_FAKE_SECONDS", 3);
    const int failEvery = env("K6_FAKE_FAIL_EVERY", 0);
    const char *tagsOk =
        R"({"expected_response":"true","group":"","method":"POST","name":"http://127.0.0.1:18080/api/v1/notifications","proto":"HTTP/1.1","scenario":"canary","status":"202","url":"http://127.0.0.1:18080/api/v1/notifications"})";
    const char *tagsFail =
        R"({"error_code":"1503","expected_response":"false","group":"","method":"POST","name":"http://127.0.0.1:18080/api/v1/notifications","proto":"HTTP/1.1","scenario":"canary","status":"503","url":"http://127.0.0.1:18080/api/v1/notifications"})";
    for (const char *m : {"http_reqs\",\"type\":\"counter\",\"contains\":\"default",
                          "http_req_duration\",\"type\":\"trend\",\"contains\":\"time",
                          "http_req_failed\",\"type\":\"rate\",\"contains\":\"default",
                          "errors\",\"type\":\"rate\",\"contains\":\"default",
                          "delivery_success\",\"type\":\"rate\",\"contains\":\"default"})
        out.write(QByteArray("{\"type\":\"Metric\",\"data\":{\"name\":\"") + m +
                  "\",\"thresholds\":[],\"submetrics\":null},\"metric\":\"x\"}\n");
    int n = 0;
    for (int s = 0; s < seconds; ++s) {
        for (int i = 0; i < rate; ++i, ++n) {
            const bool failed = failEvery > 0 && (n + 1) % failEvery == 0;
            const QByteArray t = now();
            const QByteArray tags = failed ? tagsFail : tagsOk;
            const QByteArray ms = QByteArray::number(12.5 + (n % 7), 'f', 3);
            auto point = [&](const char *metric, const QByteArray &value) {
                out.write(QByteArray("{\"metric\":\"") + metric + "\",\"type\":\"Point\",\"data\":{\"time\":\"" + t +
                          "\",\"value\":" + value + ",\"tags\":" + tags + "}}\n");
            };
            point("http_reqs", "1");
            point("http_req_duration", ms);
            point("http_req_failed", failed ? "1" : "0");
            point("errors", failed ? "1" : "0");
            point("delivery_success", failed ? "0" : "1");
            out.flush();
            QThread::msleep(static_cast<unsigned long>(1000 / rate)); // k6's pace, not a synchronisation
        }
    }
    std::printf("     http_reqs......................: %d\n", n);
    return exitCode;
}
