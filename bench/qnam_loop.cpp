// The floor of what QNAM costs: a fixed-rate loop of POSTs on one QNetworkAccessManager, no checks,
// no metrics beyond a sorted latency list. bench/run.sh compares CanaryDesk's engine against it.
//   qnam_loop URL RATE SECONDS
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: qnam_loop URL RATE SECONDS\n");
        return 2;
    }
    const QUrl url(QString::fromLocal8Bit(argv[1]));
    const double rate = QString::fromLocal8Bit(argv[2]).toDouble();
    const qint64 total = static_cast<qint64>(rate * QString::fromLocal8Bit(argv[3]).toDouble());
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(total));
    qint64 sent = 0, done = 0, failed = 0;
    const QByteArray body = R"({"to":"bench@example.com","template":"welcome"})";
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 due = std::min<qint64>(total, static_cast<qint64>(clock.nsecsElapsed() * rate / 1e9) + 1);
        while (sent < due) {
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            const qint64 start = clock.nsecsElapsed();
            QNetworkReply *reply = nam.post(req, body);
            ++sent;
            QObject::connect(reply, &QNetworkReply::finished, [&, reply, start] {
                latencies.push_back(static_cast<double>(clock.nsecsElapsed() - start) / 1e6);
                if (reply->error() != QNetworkReply::NoError)
                    ++failed;
                reply->readAll();
                reply->deleteLater();
                if (++done == total)
                    app.quit();
            });
        }
        if (sent >= total)
            timer.stop();
    });
    clock.start();
    timer.start(1);
    app.exec();
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) {
        return latencies.empty() ? 0.0 : latencies[static_cast<size_t>(p / 100.0 * (latencies.size() - 1))];
    };
    std::printf("requests=%lld failed=%lld rate=%.1f p50=%.3f p95=%.3f p99=%.3f\n", static_cast<long long>(done),
                static_cast<long long>(failed), static_cast<double>(done) / seconds, pct(50), pct(95), pct(99));
    return 0;
}
