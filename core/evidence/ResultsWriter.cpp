#include "core/evidence/ResultsWriter.h"

#include "core/metrics/RunMetricCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace canary {

namespace {

// RFC 3339 with nanoseconds, as k6 writes: 2026-11-27T08:17:39.414626291Z
QByteArray rfc3339Nanos(qint64 epochNs)
{
    const qint64 secs = epochNs / 1'000'000'000;
    const qint64 nanos = epochNs % 1'000'000'000;
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() +
           '.' + QByteArray::number(nanos).rightJustified(9, '0') + 'Z';
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}

} // namespace

ResultsWriter::ResultsWriter(ResultsContext context, QObject *parent) : QObject(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("ResultsWriter"));
    m_startEpochNs = m_context.startUtc.toMSecsSinceEpoch() * 1'000'000;
}

ResultsWriter::~ResultsWriter()
{
    close();
}

Status ResultsWriter::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_path = path;
    m_gz = gzopen(QFile::encodeName(path).constData(), "wb1"); // fast level: ~10x smaller than raw already
    if (!m_gz)
        return Status::failure(QStringLiteral("cannot write raw results to %1").arg(path));
    return Done{};
}

QByteArray ResultsWriter::metricLine(const char *name, const char *type, const char *contains)
{
    return QByteArrayLiteral("{\"type\":\"Metric\",\"data\":{\"name\":\"") + name + "\",\"type\":\"" + type +
           "\",\"contains\":\"" + contains + "\",\"thresholds\":[],\"submetrics\":null},\"metric\":\"" + name + "\"}\n";
}

QByteArray ResultsWriter::tagsFor(int status, int errorCode, ErrorClass errorClass, bool http2)
{
    const QString errorText = errorCode ? k6ErrorText(errorClass) : QString();
    const qint64 key = (static_cast<qint64>(http2) << 40) | (static_cast<qint64>(status) << 24) |
                       (static_cast<qint64>(errorClass) << 16) | errorCode;
    auto it = m_tagCache.constFind(key);
    if (it != m_tagCache.constEnd())
        return *it;
    QJsonObject tags{{QStringLiteral("expected_response"),
                      m_context.expectedStatus.contains(status) ? QStringLiteral("true") : QStringLiteral("false")},
                     {QStringLiteral("group"), QString()},
                     {QStringLiteral("method"), m_context.method},
                     {QStringLiteral("name"), m_context.url},
                     {QStringLiteral("proto"), !status ? QString()
                                               : http2 ? QStringLiteral("HTTP/2.0")
                                                       : m_context.proto},
                     {QStringLiteral("scenario"), m_context.scenario},
                     {QStringLiteral("status"), QString::number(status)},
                     {QStringLiteral("url"), m_context.url}};
    if (errorCode)
        tags.insert(QStringLiteral("error_code"), QString::number(errorCode));
    // k6's own words (its "error" system tag) where the code does not tell the kind — an answer cut short (1000), an
    // expired certificate (1300) — so a reader tells them apart, as it does in k6's own output.
    if (!errorText.isEmpty())
        tags.insert(QStringLiteral("error"), errorText);
    const QByteArray json = QJsonDocument(tags).toJson(QJsonDocument::Compact);
    m_tagCache.insert(key, json);
    return json;
}

QByteArray ResultsWriter::point(const char *metric, const QByteArray &time, double value, const QByteArray &tags)
{
    return QByteArrayLiteral("{\"metric\":\"") + metric + "\",\"type\":\"Point\",\"data\":{\"time\":\"" + time +
           "\",\"value\":" + number(value) + ",\"tags\":" + tags + "}}\n";
}

QByteArray ResultsWriter::linesFor(const RequestResult &r)
{
    const QByteArray time = rfc3339Nanos(m_startEpochNs + r.finishedNs);
    const QByteArray tags =
        tagsFor(r.status, r.httpFailed() ? k6ErrorCode(r.errorClass, r.status) : 0, r.errorClass, r.http2);
    QByteArray out;
    out.reserve(1800);
    for (const RunMetric &m : runMetrics()) {
        if (!m.ofRequest)
            continue;
        if (!m_declared.contains(QByteArray(m.name))) {
            m_declared.insert(QByteArray(m.name));
            out += metricLine(m.name, metricTypeName(m.type()).toLatin1().constData(), m.contains);
        }
        out += point(m.name, time, m.ofRequest(r), tags);
    }
    return out;
}

void ResultsWriter::write(std::shared_ptr<const QVector<RequestResult>> batch)
{
    if (!m_gz || !batch)
        return;
    QByteArray chunk;
    chunk.reserve(batch->size() * 1800);
    for (const RequestResult &r : *batch) {
        chunk += linesFor(r);
    }
    put(chunk);
}

void ResultsWriter::put(const QByteArray &chunk)
{
    if (!m_error.isEmpty() || chunk.isEmpty())
        return;
    auto *gz = static_cast<gzFile>(m_gz);
    errno = 0;
    const bool ok = gzwrite(gz, chunk.constData(), static_cast<unsigned>(chunk.size())) == chunk.size() &&
                    gzflush(gz, Z_SYNC_FLUSH) == Z_OK; // readable up to here whatever happens next
    if (!ok) {
        int zerr = Z_OK;
        const char *what = gzerror(gz, &zerr);
        m_error = QStringLiteral("raw results cut short after %1 lines: cannot write %2: %3")
                      .arg(m_lines)
                      .arg(m_path, zerr == Z_ERRNO ? QString::fromLocal8Bit(std::strerror(errno))
                                                   : QString::fromLatin1(what ? what : "zlib error"));
        Q_EMIT failed(m_error);
        return;
    }
    m_lines += static_cast<quint64>(chunk.count('\n'));
}

void ResultsWriter::writeDropped(quint64 count, quint64 paused, qint64 atNs)
{
    if (!m_gz || count == 0)
        return;
    QByteArray chunk;
    if (!m_declared.contains(QByteArrayLiteral("dropped_iterations"))) {
        m_declared.insert(QByteArrayLiteral("dropped_iterations"));
        chunk += metricLine("dropped_iterations", "counter", "default");
    }
    const QByteArray time = rfc3339Nanos(m_startEpochNs + atNs);
    // The ones that fell into a pause of the client carry their reason, so a reader tells the hole from the cap.
    if (count > paused)
        chunk += point("dropped_iterations", time, static_cast<double>(count - paused),
                       QJsonDocument(QJsonObject{{QStringLiteral("scenario"), m_context.scenario}})
                           .toJson(QJsonDocument::Compact));
    if (paused > 0)
        chunk += point("dropped_iterations", time, static_cast<double>(paused),
                       QJsonDocument(QJsonObject{{QStringLiteral("reason"), QStringLiteral("client_paused")},
                                                 {QStringLiteral("scenario"), m_context.scenario}})
                           .toJson(QJsonDocument::Compact));
    put(chunk);
}

void ResultsWriter::writeInterval(int second, qint64 elapsedMs, int inFlight, quint64 interrupted)
{
    if (!m_gz)
        return;
    QByteArray chunk;
    auto declare = [&](const char *name, const char *type) {
        if (!m_declared.contains(QByteArray(name))) {
            m_declared.insert(QByteArray(name));
            chunk += metricLine(name, type, "default");
        }
    };
    // Stamped a nanosecond before the interval's end, so the point lands in its own second; the tags carry the
    // interval's real end (a run's last interval is often shorter than a second).
    const QByteArray time = rfc3339Nanos(m_startEpochNs + elapsedMs * 1'000'000 - 1);
    const QByteArray tags = QJsonDocument(QJsonObject{{QStringLiteral("scenario"), m_context.scenario},
                                                      {QStringLiteral("second"), QString::number(second)},
                                                      {QStringLiteral("elapsed_ms"), QString::number(elapsedMs)}})
                                .toJson(QJsonDocument::Compact);
    declare("canary_in_flight", "gauge");
    chunk += point("canary_in_flight", time, inFlight, tags);
    if (interrupted > 0) {
        declare("canary_interrupted_requests", "counter");
        chunk += point("canary_interrupted_requests", time, static_cast<double>(interrupted), tags);
    }
    put(chunk);
}

void ResultsWriter::close()
{
    if (m_gz) {
        if (gzclose(static_cast<gzFile>(m_gz)) != Z_OK && m_error.isEmpty()) {
            m_error = QStringLiteral("raw results: cannot finish %1: %2")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            Q_EMIT failed(m_error);
        }
        m_gz = nullptr;
    }
}

} // namespace canary
