#pragma once

// The pieces of the report that its parts share (internal to ui/report): the charts (ReportCharts.cpp), report.html
// (ReportHtml.cpp, its page a template in ui/report/page/), report.pdf (ReportPdf.cpp) — and the outcome word,
// the charted seconds and the gate's limits that all three read the same way.

#include "core/evidence/ReportInput.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace canary::ui::report {

// The size every chart PNG is drawn at (and scaled from in the PDF).
inline constexpr int kWidth = 1200;
inline constexpr int kHeight = 560;

// The verdict's word as the run ended (STOPPED, ABORTED … when the input says so).
QString word(const ReportInput &in);
// The seconds a chart shows: the schedule's, not the drain after it (its last answers are counted in the
// verdict; a second with one answer would draw a 0 % or 100 % spike past the axis' end) — as the console does.
QList<Snapshot> charted(const QList<Snapshot> &timeline);
// A criterion's limit for a metric of the gate, scaled (100: a rate shown in %); none when the gate has none.
std::optional<double> limitOf(const GateProfile &gate, const char *metric, double scale);
// What the Episodes section is, in a sentence, and when the gate was decided early, in another.
QString episodesIntro(const GateVerdict &v);
// The tables of page 1 (the percentiles and the answers by status code), and those that follow the charts.
bool onPageOne(const ReportTable &t);
// report.pdf, whole, in memory.
QByteArray paintPdf(const ReportInput &in, const QMap<QString, QImage> &charts);

} // namespace canary::ui::report
