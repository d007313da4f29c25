#pragma once

// Several runners' k6 `--out json` files of one distributed run (k6-operator pods, `k6 run --execution-segment`
// processes) as one file in time order, so that one package is judged on the whole load.

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace canary {

struct MergedInput
{
    QString path;
    quint64 lines = 0;
    quint64 points = 0;     // lines with a time
    bool truncated = false; // ended inside a line or inside its gzip stream
    qint64 firstNs = 0;     // its earliest and latest point
    qint64 lastNs = 0;
};

class ResultsMerge
{
public:
    // Writes the lines of every input (gzip or plain) into outGz, gzip-compressed, Point lines in the order of
    // their times (each input is read once, front to back: a k-way merge on the time of each input's next
    // line), each distinct Metric declaration once. Fails naming the input that cannot be read or holds no
    // point, a file named twice, an input whose points do not overlap the others' in time (not a runner of the
    // same run), or the output that cannot be written whole.
    static Result<QList<MergedInput>> byTime(const QStringList &inputs, const QString &outGz);
};

} // namespace canary
