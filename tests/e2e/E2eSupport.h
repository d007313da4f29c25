#pragma once

// Shared steps of the end-to-end tests that drive the real canarydesk binary.

#include "tests/support/TestUtil.h"

#include <QProcess>
#include <QRegularExpression>

namespace canary::test {

// Starts `canarydesk sandbox --port 0 ARGS…` and returns its base URL from the first line it prints
// (empty if it did not start).
inline QString startSandbox(QProcess &p, const QStringList &args = {})
{
    p.start(QStringLiteral(CANARYDESK_BIN),
            QStringList{QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")} + args);
    if (!p.waitForStarted() || !waitUntil([&] { return p.canReadLine(); }, 30000))
        return {};
    return QRegularExpression(QStringLiteral("on (http://127\\.0\\.0\\.1:\\d+)"))
        .match(QString::fromUtf8(p.readLine()))
        .captured(1);
}

// Waits until a running `canarydesk run` has printed at least `lines` progress lines; collects its stdout.
inline bool waitForProgress(QProcess &p, QByteArray &out, int lines)
{
    return waitUntil(
        [&] {
            out += p.readAllStandardOutput();
            return out.count("req/s") >= lines;
        },
        60000);
}

} // namespace canary::test
