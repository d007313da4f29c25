#include "ui/report/ReportParts.h"

#include "core/common/Duration.h"

#include <QCoreApplication>

namespace canary::ui::report {

QString word(const ReportInput &in)
{
    if (!in.verdictWord.isEmpty())
        return in.verdictWord;
    return in.verdict->word();
}

QList<Snapshot> charted(const QList<Snapshot> &timeline)
{
    QList<Snapshot> out;
    for (const Snapshot &s : timeline)
        if (!(s.plannedMs > 0 && s.elapsedMs > s.plannedMs && s.targetRate <= 0))
            out << s;
    return out;
}

std::optional<double> limitOf(const GateProfile &gate, const char *metric, double scale)
{
    const auto t = gate.thresholdsFor(QString::fromLatin1(metric));
    if (t.isEmpty())
        return std::nullopt;
    return t.first().expression.limit() * scale;
}

QString episodesIntro(const GateVerdict &v)
{
    QString text = QCoreApplication::translate(
        "Report", "Episodes are the stretches of the run where something went wrong — requests without an answer, "
                  "5xx or 429 bursts, seconds over the latency limit, /health failing, token failures, the load "
                  "generator paused — cut from its per-second record; the charts shade them.");
    if (v.decidedAtMs >= 0)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("Report", "The gate was decided early, at %1: from that moment it could "
                                                      "no longer be met whatever the rest of the run brought (%2)%3.")
                    .arg(duration::clock(v.decidedAtMs), v.decidedWhy,
                         v.stoppedWhenDecided ? QCoreApplication::translate("Report", "; the canary stopped then")
                                              : QString());
    return text;
}

bool onPageOne(const ReportTable &t)
{
    return t.id == QLatin1String("latency") || t.id == QLatin1String("status");
}

} // namespace canary::ui::report
