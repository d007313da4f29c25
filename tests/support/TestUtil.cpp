#include "tests/support/TestUtil.h"

#include <QDirIterator>
#include <QFile>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

#include <gtest/gtest.h>

namespace canary::test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(CANARYDESK_TEST_SOURCE_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << path.toStdString();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    // Unlike QTest::qWaitFor (which sleeps 10 ms between polls and so throttles loopback traffic served
    // by the same thread), this blocks only until the next event arrives.
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // makes sure the loop wakes up at the deadline
    wake.setSingleShot(true);
    wake.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early, before the deadline
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        if (!wake.isActive()) // woken early (or not yet armed): armed again for what is left
            wake.start(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace canary::test
