#pragma once

// Streams every request result to results.ndjson.gz in k6's `--out json` shape (a Metric line before a
// metric's first Point, then one Point per sample), on its own thread. Each batch ends with a gzip sync
// flush, so the file is readable (zcat) up to the last second even after kill -9.

#include "core/common/Result.h"
#include "core/metrics/RequestResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

namespace canary {

struct ResultsContext
{
    QDateTime startUtc; // wall-clock time of the run's t=0
    QString url;
    QString method;
    QString proto = QStringLiteral("HTTP/1.1");
    QString scenario = QStringLiteral("canary");
    QList<int> expectedStatus;
};

class ResultsWriter : public QObject
{
    Q_OBJECT
public:
    explicit ResultsWriter(ResultsContext context, QObject *parent = nullptr);
    ~ResultsWriter() override;

    Status open(const QString &path);
    QString path() const { return m_path; }
    quint64 linesWritten() const { return m_lines; }
    // Empty while every line reached the file; else what went wrong (the file is readable up to the last
    // whole second before it, nothing more is written).
    QString error() const { return m_error; }

    // One request's lines, for tests and for k6-shaped exports.
    QByteArray linesFor(const RequestResult &r);

public Q_SLOTS:
    void write(std::shared_ptr<const QVector<canary::RequestResult>> batch);
    // One dropped_iterations point carrying the count dropped in that second (k6 writes one point of 1 each).
    // count arrivals dropped, paused of them in a pause of the client (tagged reason=client_paused).
    void writeDropped(quint64 count, quint64 paused, qint64 atNs);
    // One point per merged interval: requests in flight at its end (canary_in_flight, a gauge), when it ended
    // (its elapsed_ms tag) and any requests cut off in it (canary_interrupted_requests) — what a re-export needs
    // to draw the same timeline and count the same interrupted requests as the live run.
    void writeInterval(int second, qint64 elapsedMs, int inFlight, quint64 interrupted);
    void close();

Q_SIGNALS:
    void failed(const QString &message); // once, on the first write that did not reach the file

private:
    void put(const QByteArray &chunk);
    QByteArray metricLine(const char *name, const char *type, const char *contains);
    QByteArray point(const char *metric, const QByteArray &time, double value, const QByteArray &tags);
    QByteArray tagsFor(int status, int errorCode, ErrorClass errorClass, bool http2);

    ResultsContext m_context;
    QString m_path;
    void *m_gz = nullptr; // gzFile, kept opaque so zlib stays out of this header
    qint64 m_startEpochNs = 0;
    QSet<QByteArray> m_declared;
    QHash<qint64, QByteArray> m_tagCache;
    quint64 m_lines = 0;
    QString m_error;
};

} // namespace canary
