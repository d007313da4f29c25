#include "core/run/RunStore.h"
#include <algorithm>
#include <limits>

#include <cmath>

#include "core/run/RunExporter.h"

#include "core/metrics/IntervalStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace canary {

namespace {

const char *const kSchema = R"(CREATE TABLE IF NOT EXISTS runs(
    run_id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    title TEXT, target TEXT, gate TEXT, state TEXT NOT NULL,
    passed INTEGER, verdict TEXT,
    requests INTEGER, p95_ms REAL, error_rate REAL, delivery_rate REAL, http_failed_rate REAL,
    achieved_rate REAL, target_rate REAL, duration_ms INTEGER, planned_ms INTEGER,
    out_dir TEXT, source TEXT, pid INTEGER, host TEXT, evidence TEXT, p95_lo REAL, p95_hi REAL))";

QString sqlError(const QString &what, const QSqlError &e)
{
    return QStringLiteral("run history: %1: %2").arg(what, e.text());
}

RunRow rowOf(const QSqlQuery &q)
{
    RunRow r;
    r.runId = q.value(0).toString();
    r.started = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    r.title = q.value(2).toString();
    r.target = q.value(3).toString();
    r.gate = q.value(4).toString();
    r.state = q.value(5).toString();
    r.passed = q.value(6).toBool();
    r.verdict = q.value(7).toString();
    r.requests = q.value(8).toULongLong();
    r.p95Ms = q.value(9).toDouble();
    r.errorRate = q.value(10).toDouble();
    r.deliveryRate = q.value(11).toDouble();
    r.httpFailedRate = q.value(12).toDouble();
    r.achievedRate = q.value(13).toDouble();
    r.targetRate = q.value(14).toDouble();
    r.durationMs = q.value(15).toLongLong();
    r.plannedMs = q.value(16).toLongLong();
    r.outDir = q.value(17).toString();
    r.source = q.value(18).toString();
    r.pid = q.value(19).toLongLong();
    r.host = q.value(20).toString();
    r.evidenceProblems = q.value(21).toString();
    r.p95Lo = q.value(22).isNull() ? std::numeric_limits<double>::quiet_NaN() : q.value(22).toDouble();
    r.p95Hi = q.value(23).isNull() ? std::numeric_limits<double>::quiet_NaN() : q.value(23).toDouble();
    return r;
}

const char *const kColumns = "run_id, started, title, target, gate, state, passed, verdict, requests, p95_ms, "
                             "error_rate, delivery_rate, http_failed_rate, achieved_rate, target_rate, duration_ms, "
                             "planned_ms, out_dir, source, pid, host, evidence, p95_lo, p95_hi";

} // namespace

RunStore::RunStore(QString path)
    : m_path(std::move(path)), m_connection(QStringLiteral("runstore-") + QUuid::createUuid().toString())
{
}

RunStore::~RunStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString RunStore::defaultPath()
{
    QString dir = qEnvironmentVariable("CANARYDESK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("history.sqlite"));
}

Status RunStore::open()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Status::failure(
            QStringLiteral("run history: cannot create the folder %1").arg(QFileInfo(m_path).absolutePath()));
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status::failure(sqlError(m_path, db.lastError()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QString::fromLatin1(kSchema)))
        return Status::failure(
            sqlError(QStringLiteral("%1 is not a usable history database").arg(m_path), q.lastError()));
    // A history made before a column: add it (evidence empty = the package was written whole; no interval: NULL).
    QSqlQuery columns(db);
    QStringList have;
    if (columns.exec(QStringLiteral("PRAGMA table_info(runs)")))
        while (columns.next())
            have << columns.value(1).toString();
    for (const auto &[name, type] :
         {std::pair{"evidence", "TEXT"}, std::pair{"p95_lo", "REAL"}, std::pair{"p95_hi", "REAL"}})
        if (!have.contains(QLatin1String(name)) &&
            !q.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN %1 %2").arg(QLatin1String(name), QLatin1String(type))))
            return Status::failure(sqlError(
                QStringLiteral("%1: cannot add the %2 column").arg(m_path, QLatin1String(name)), q.lastError()));
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM runs")))
        return Status::failure(
            sqlError(QStringLiteral("%1 is not a usable history database").arg(m_path), check.lastError()));
    return Done{};
}

Status RunStore::save(const RunRecord &record, const IntervalStats *total, const GateVerdict *verdict)
{
    // A judged figure as the verdict states it (one rounding everywhere), else the totals' own.
    auto judged = [verdict](const char *key, double fallback, double scale) {
        if (verdict)
            for (const CriterionResult &c : verdict->criteria)
                if (c.key.startsWith(QLatin1String(key)) && !std::isnan(c.value))
                    return c.value / scale;
        return fallback;
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Status::failure(QStringLiteral("run history: not open"));
    QUrl target = record.scenario.target.requestUrl();
    target.setUserInfo(QString());
    const double plannedS = static_cast<double>(record.plannedMs) / 1000.0;
    if (!db.transaction())
        return Status::failure(sqlError(QStringLiteral("begin"), db.lastError()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO runs(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                             "ON CONFLICT(run_id) DO UPDATE SET state=excluded.state, passed=excluded.passed, "
                             "verdict=excluded.verdict, requests=excluded.requests, p95_ms=excluded.p95_ms, "
                             "error_rate=excluded.error_rate, delivery_rate=excluded.delivery_rate, "
                             "http_failed_rate=excluded.http_failed_rate, achieved_rate=excluded.achieved_rate, "
                             "duration_ms=excluded.duration_ms, out_dir=excluded.out_dir, evidence=excluded.evidence, "
                             "p95_lo=excluded.p95_lo, p95_hi=excluded.p95_hi")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(record.runId);
    q.addBindValue(record.startedUtc.toString(Qt::ISODateWithMs));
    q.addBindValue(record.scenario.headline());
    q.addBindValue(target.toString());
    q.addBindValue(record.scenario.gate.resolve().title);
    q.addBindValue(RunRecord::stateName(record.state));
    q.addBindValue(record.passed ? 1 : 0);
    q.addBindValue(record.verdictSummary);
    q.addBindValue(static_cast<qint64>(total ? total->requests : 0));
    q.addBindValue(judged("http_req_duration:p(95)", total ? total->service.valueAtPercentile(95) / 1000.0 : 0.0, 1));
    q.addBindValue(judged("errors:", total ? total->errorRate() : 0.0, 100));
    q.addBindValue(judged("delivery_success:", total ? total->deliveryRate() : 0.0, 100));
    q.addBindValue(judged("http_req_failed:", total ? total->httpFailedRate() : 0.0, 100));
    // The rate over the time that actually ran (a stopped or interrupted run is not diluted by what never ran).
    const double ranS = record.durationMs > 0 ? static_cast<double>(record.durationMs) / 1000.0 : plannedS;
    q.addBindValue(verdict && !std::isnan(verdict->achievedRate) ? verdict->achievedRate
                   : total && ranS > 0                           ? static_cast<double>(total->requests) / ranS
                                                                 : 0.0);
    q.addBindValue(record.targetRate());
    q.addBindValue(record.durationMs);
    q.addBindValue(record.plannedMs);
    q.addBindValue(record.outDir);
    q.addBindValue(record.source);
    q.addBindValue(record.pid);
    q.addBindValue(record.host);
    q.addBindValue(record.evidenceProblems.join(QLatin1Char('\n')));
    // The judged p95's 95 % interval (none: NULL), for History's trend.
    double p95Lo = std::numeric_limits<double>::quiet_NaN(), p95Hi = p95Lo;
    if (verdict)
        for (const CriterionResult &c : verdict->criteria)
            if (c.key.startsWith(QLatin1String("http_req_duration:p(95)")) && !std::isnan(c.ciLo)) {
                p95Lo = c.ciLo;
                p95Hi = c.ciHi;
            }
    q.addBindValue(std::isnan(p95Lo) ? QVariant() : QVariant(p95Lo));
    q.addBindValue(std::isnan(p95Hi) ? QVariant() : QVariant(p95Hi));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        db.rollback();
        return Status::failure(sqlError(QStringLiteral("save run %1").arg(record.runId), e));
    }
    if (!db.commit())
        return Status::failure(sqlError(QStringLiteral("commit"), db.lastError()));
    return Done{};
}

Result<QList<RunRow>> RunStore::list() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM runs ORDER BY started DESC").arg(QLatin1String(kColumns))))
        return Result<QList<RunRow>>::failure(sqlError(QStringLiteral("list"), q.lastError()));
    QList<RunRow> rows;
    while (q.next())
        rows << rowOf(q);
    return rows;
}

Result<RunRow> RunStore::find(const QString &idOrPrefix) const
{
    using R = Result<RunRow>;
    if (idOrPrefix.size() < 4)
        return R::failure(QStringLiteral("run \"%1\": give at least 4 characters of the run id").arg(idOrPrefix));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE substr(run_id, 1, ?) = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(idOrPrefix.size());
    q.addBindValue(idOrPrefix);
    if (!q.exec())
        return R::failure(sqlError(QStringLiteral("find"), q.lastError()));
    QList<RunRow> rows;
    while (q.next())
        rows << rowOf(q);
    if (rows.isEmpty())
        return R::failure(QStringLiteral("run \"%1\" is not in the history (%2); `canarydesk history` lists the runs")
                              .arg(idOrPrefix, m_path));
    if (rows.size() > 1)
        return R::failure(
            QStringLiteral("run \"%1\" matches %2 runs; give more of the id").arg(idOrPrefix).arg(rows.size()));
    return rows.first();
}

Status RunStore::remove(const QString &runId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM runs WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Status::failure(sqlError(QStringLiteral("delete %1").arg(runId), q.lastError()));
    if (q.numRowsAffected() == 0)
        return Status::failure(QStringLiteral("run %1 is not in the history").arg(runId));
    return Done{};
}

bool RunStore::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    // A reused pid belongs to some other program: only a CanaryDesk process counts.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return true; // no /proc: trust kill()
    return cmdline.readAll().contains("canarydesk");
}

QString RunRow::word() const
{
    if (state == RunRecord::stateName(RunRecord::State::Interrupted))
        return GateVerdict::wordOf(RunOutcome::Incomplete);
    const QString stored = GateVerdict::wordIn(verdict);
    return !stored.isEmpty() ? stored : GateVerdict::wordOf(passed ? RunOutcome::Pass : RunOutcome::Fail);
}

QHash<QString, QString> RunStore::trend(const QList<RunRow> &rows)
{
    // Oldest first; each run against the previous one of the same scenario.
    QList<const RunRow *> ordered;
    for (const RunRow &r : rows)
        ordered << &r;
    std::sort(ordered.begin(), ordered.end(), [](const RunRow *a, const RunRow *b) { return a->started < b->started; });
    QHash<QString, const RunRow *> previous;
    QHash<QString, QString> marks;
    for (const RunRow *r : ordered) {
        if (std::isnan(r->p95Lo))
            continue;
        const QString key = r->title;
        if (const RunRow *before = previous.value(key)) {
            if (r->p95Lo > before->p95Hi)
                marks.insert(r->runId, QStringLiteral("slower"));
            else if (r->p95Hi < before->p95Lo)
                marks.insert(r->runId, QStringLiteral("faster"));
        }
        previous.insert(key, r);
    }
    return marks;
}

QString RunRow::stateShown() const
{
    return evidenceIncomplete() ? state + QStringLiteral(" · evidence incomplete") : state;
}

int RunStore::markInterrupted()
{
    auto rows = list();
    if (!rows.ok())
        return 0;
    int marked = 0;
    for (const RunRow &row : rows.value()) {
        if (row.state != RunRecord::stateName(RunRecord::State::Running))
            continue;
        if (row.pid == QCoreApplication::applicationPid() || processAlive(row.pid))
            continue;
        // The counts come from the raw results the run left behind (flushed at least once a second), so
        // History shows what really ran, never "0 requests".
        if (auto stored = RunExporter::loadStoredRun(row.outDir); stored.ok()) {
            RunRecord r = stored.value().record;
            r.state = RunRecord::State::Interrupted;
            r.passed = false;
            r.verdictSummary = QStringLiteral("INCOMPLETE");
            (void)r.save(row.outDir);
            const IntervalStats total = stored.value().results.metrics.total();
            if (save(r, &total).ok()) {
                ++marked;
                continue;
            }
        } else if (auto record = RunRecord::load(row.outDir); record.ok()) { // no readable raw results
            RunRecord r = record.value();
            r.state = RunRecord::State::Interrupted;
            r.stopReason =
                QStringLiteral("interrupted: the CanaryDesk process (pid %1) ended before the run did").arg(row.pid);
            r.verdictSummary = QStringLiteral("INCOMPLETE");
            (void)r.save(row.outDir);
        }
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE runs SET state = ?, verdict = ? WHERE run_id = ?"));
        q.addBindValue(RunRecord::stateName(RunRecord::State::Interrupted));
        q.addBindValue(QStringLiteral("INCOMPLETE"));
        q.addBindValue(row.runId);
        if (q.exec())
            ++marked;
    }
    return marked;
}

} // namespace canary
