#pragma once

// Run history: one row per run in an embedded SQLite database (WAL, one transaction per change) in the
// user's data folder. The run's folder (run.json + results.ndjson.gz) stays the source of truth; the row
// holds what the History list shows. A row still "running" whose process is gone becomes "interrupted".

#include "core/common/Result.h"
#include "core/run/RunRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace canary {

struct IntervalStats;

struct RunRow
{
    QString runId;
    QDateTime started;
    QString title;
    QString target;
    QString gate;
    QString state;
    bool passed = false;
    QString verdict;
    quint64 requests = 0;
    double p95Ms = 0, errorRate = 0, deliveryRate = 0, httpFailedRate = 0;
    double achievedRate = 0, targetRate = 0;
    qint64 durationMs = 0, plannedMs = 0;
    QString outDir;
    QString source;
    qint64 pid = 0;
    QString host;
    QString evidenceProblems; // one per line; empty: the package was written whole
    // The judged p95's 95 % interval (NaN: none — a summary import, a run before intervals).
    double p95Lo = std::numeric_limits<double>::quiet_NaN(), p95Hi = std::numeric_limits<double>::quiet_NaN();

    bool evidenceIncomplete() const { return !evidenceProblems.isEmpty(); }
    // The state as History shows it: "finished", "stopped · evidence incomplete", ...
    QString stateShown() const;
    // The outcome word (PASS, FAIL, STOPPED, ABORTED, INCOMPLETE) — the one the run's evidence says.
    QString word() const;
};

class RunStore
{
public:
    explicit RunStore(QString path = defaultPath());
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    static QString defaultPath(); // <data dir>/history.sqlite; CANARYDESK_DATA_DIR overrides the folder

    Status open();
    QString path() const { return m_path; }

    // Insert or update the run's row from its record and (when known) its totals and its verdict: the judged
    // figures (p95, the rates, the request rate) as the verdict rounded them, so History shows the package's numbers.
    Status save(const RunRecord &record, const IntervalStats *total = nullptr, const GateVerdict *verdict = nullptr);
    Result<QList<RunRow>> list() const; // newest first
    // Per run id, "slower" or "faster" when its p95 interval lies wholly above or below that of the previous run of
    // the same scenario (its headline): a change with confidence, not one number against another.
    static QHash<QString, QString> trend(const QList<RunRow> &rows);
    // A whole run id or a unique prefix of one (as `canarydesk history` prints them).
    Result<RunRow> find(const QString &idOrPrefix) const;
    Status remove(const QString &runId);
    // Rows still "running" whose process is gone: marked interrupted (row and run.json). Returns how many.
    int markInterrupted();

    static bool processAlive(qint64 pid);

private:
    QString m_path;
    QString m_connection;
};

} // namespace canary
