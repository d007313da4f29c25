#pragma once

// Small helpers shared by the tests: paths into the source tree, temp dirs, file reading, and waiting
// on a condition while the event loop runs (never a fixed sleep).

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace canary::test {

QString sourcePath(const QString &relative);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// Runs the event loop until condition() is true or timeoutMs passes; returns the last condition().
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);
// Every file below dir whose bytes contain needle (for leak checks).
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace canary::test
