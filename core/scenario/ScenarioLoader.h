#pragma once

// Reads and writes scenario files (JSON, schemaVersion 1). Loading validates everything and reports
// every problem with its JSON path and a plain-English reason; saving is atomic and lossless.

#include "core/common/JsonReader.h"
#include "core/common/Result.h"
#include "core/scenario/Scenario.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace canary {

using ScenarioResult = Result<Scenario, QList<Problem>>;

class ScenarioLoader
{
public:
    static ScenarioResult fromJson(const QJsonObject &root);
    // sourceName prefixes syntax errors ("demo.json:3:7: ...").
    static ScenarioResult fromBytes(const QByteArray &bytes, const QString &sourceName);
    static ScenarioResult loadFile(const QString &path);

    static QByteArray toBytes(const Scenario &scenario);
    // Writes through a temporary file, so a failed save never destroys the previous file.
    static Status saveFile(const Scenario &scenario, const QString &path);
};

} // namespace canary
