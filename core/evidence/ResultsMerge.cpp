#include "core/evidence/ResultsMerge.h"

#include "core/evidence/ResultsReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>
#include <queue>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <zlib.h>

namespace canary {

namespace {

// One input read line by line through zlib (plain files pass through unchanged).
class LineSource
{
public:
    explicit LineSource(const QString &path) : m_gz(gzopen(QFile::encodeName(path).constData(), "rb"))
    {
        if (m_gz)
            gzbuffer(m_gz, 1 << 17);
    }
    ~LineSource()
    {
        if (m_gz)
            gzclose(m_gz);
    }
    LineSource(const LineSource &) = delete;
    LineSource &operator=(const LineSource &) = delete;

    bool isOpen() const { return m_gz != nullptr; }
    bool truncated() const { return m_truncated; }

    // The next whole line (without its newline) into line; false at the end.
    bool next(std::string &line)
    {
        for (;;) {
            const size_t nl = m_buffer.find('\n', m_pos);
            if (nl != std::string::npos) {
                line.assign(m_buffer, m_pos, nl - m_pos);
                m_pos = nl + 1;
                return true;
            }
            m_buffer.erase(0, m_pos);
            m_pos = 0;
            if (m_ended) {
                m_truncated = m_truncated || !m_buffer.empty(); // a last line without its newline is cut short
                return false;
            }
            char chunk[1 << 16];
            const int n = gzread(m_gz, chunk, sizeof chunk);
            if (n <= 0) {
                int code = Z_OK;
                gzerror(m_gz, &code);
                m_truncated = n < 0 || (code != Z_OK && code != Z_STREAM_END);
                m_ended = true;
                continue;
            }
            m_buffer.append(chunk, static_cast<size_t>(n));
        }
    }

private:
    gzFile m_gz;
    std::string m_buffer;
    size_t m_pos = 0;
    bool m_ended = false;
    bool m_truncated = false;
};

// A line's time in ns; Metric declarations (no time) sort before every point.
qint64 timeOf(std::string_view line)
{
    constexpr std::string_view key = R"("time":")";
    const size_t at = line.find(key);
    if (at == std::string_view::npos)
        return std::numeric_limits<qint64>::min();
    const size_t from = at + key.size();
    const size_t to = line.find('"', from);
    if (to == std::string_view::npos)
        return std::numeric_limits<qint64>::min();
    return ResultsReader::parseTimeNs(line.data() + from, line.data() + to)
        .value_or(std::numeric_limits<qint64>::min());
}

} // namespace

Result<QList<MergedInput>> ResultsMerge::byTime(const QStringList &inputs, const QString &outGz)
{
    using R = Result<QList<MergedInput>>;
    std::vector<std::unique_ptr<LineSource>> sources;
    QList<MergedInput> info;
    QStringList seen;
    for (const QString &path : inputs) {
        if (!QFileInfo(path).isFile())
            return R::failure(QStringLiteral("%1: no such file").arg(path));
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (seen.contains(canonical))
            return R::failure(
                QStringLiteral("%1 is named twice: each runner's file once, or its requests count twice").arg(path));
        seen << canonical;
        sources.push_back(std::make_unique<LineSource>(path));
        if (!sources.back()->isOpen())
            return R::failure(QStringLiteral("%1: cannot open").arg(path));
        info << MergedInput{path};
    }
    gzFile out = gzopen(QFile::encodeName(outGz).constData(), "wb6");
    if (!out)
        return R::failure(QStringLiteral("cannot write %1").arg(outGz));
    bool writeFailed = false;
    auto write = [&](const std::string &line) {
        if (writeFailed)
            return;
        writeFailed = gzwrite(out, line.data(), static_cast<unsigned>(line.size())) != static_cast<int>(line.size()) ||
                      gzputc(out, '\n') != '\n';
    };

    // Each source's next line waits in the heap under its time; the earliest goes out first.
    struct Head
    {
        qint64 time;
        size_t source;
        std::string line;
        bool operator>(const Head &o) const { return time != o.time ? time > o.time : source > o.source; }
    };
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    auto pull = [&](size_t i) {
        std::string line;
        while (sources[i]->next(line)) {
            ++info[static_cast<qsizetype>(i)].lines;
            if (line.empty())
                continue;
            heads.push(Head{timeOf(line), i, std::move(line)});
            return;
        }
        info[static_cast<qsizetype>(i)].truncated = sources[i]->truncated();
    };
    for (size_t i = 0; i < sources.size(); ++i)
        pull(i);
    std::set<std::string> declared; // every runner declares the same metrics; once is enough
    while (!heads.empty()) {
        Head h = heads.top();
        heads.pop();
        if (h.time == std::numeric_limits<qint64>::min()) {
            if (declared.insert(h.line).second)
                write(h.line);
        } else {
            MergedInput &m = info[static_cast<qsizetype>(h.source)];
            m.firstNs = m.points == 0 ? h.time : std::min(m.firstNs, h.time);
            m.lastNs = m.points == 0 ? h.time : std::max(m.lastNs, h.time);
            ++m.points;
            write(h.line);
        }
        pull(h.source);
    }
    const int closed = gzclose(out);
    if (writeFailed || closed != Z_OK) {
        QFile::remove(outGz);
        return R::failure(QStringLiteral("cannot write %1: %2")
                              .arg(outGz, closed == Z_ERRNO || writeFailed
                                              ? QString::fromLocal8Bit(strerror(errno))
                                              : QStringLiteral("gzip error %1").arg(closed)));
    }
    for (const MergedInput &m : info) {
        if (m.points == 0) {
            QFile::remove(outGz);
            return R::failure(
                QStringLiteral("%1: not k6 JSON output (no line with a time in %2 lines)").arg(m.path).arg(m.lines));
        }
    }
    // The runners of one run run at the same time: a file that shares no moment with any other is another run.
    auto utc = [](qint64 ns) {
        return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
    };
    for (const MergedInput &m : info) {
        bool overlaps = info.size() == 1;
        for (const MergedInput &o : info)
            overlaps = overlaps || (&o != &m && m.firstNs <= o.lastNs && o.firstNs <= m.lastNs);
        if (!overlaps) {
            QFile::remove(outGz);
            return R::failure(QStringLiteral("%1 (%2 – %3 UTC) shares no moment with the other files: it is not a "
                                             "runner of the same run")
                                  .arg(m.path, utc(m.firstNs), utc(m.lastNs)));
        }
    }
    return info;
}

} // namespace canary
