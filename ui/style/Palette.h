#pragma once

// CanaryDesk's one palette: every colour a person sees — the outcome words, the console's states, the chart lines,
// the episode bands, the report's page and PDF, the viewer, History and the Slack preview — named by what it means.
// A colour changes here or nowhere. Widgets take a QColor (colour()); style sheets and HTML name a colour as
// @name@ and pass through fill().

#include "core/metrics/GateVerdict.h"

#include <QColor>
#include <QString>

#include <utility>

namespace canary::ui::palette {

// Outcomes and states.
inline constexpr QRgb kPass = 0x1a7f37;    // PASS, a criterion held, healthy
inline constexpr QRgb kFail = 0xcf222e;    // FAIL, errors, unhealthy, a check that failed
inline constexpr QRgb kWarn = 0x9a6700;    // a run that did not run its course, warnings
inline constexpr QRgb kNeutral = 0x6e7781; // no verdict, not started
inline constexpr QRgb kActive = 0x1565c0;  // running
inline constexpr QRgb kError = 0xc62828;   // an input's problem, beside the field

// Text and surfaces of a light page (evidence is always light).
inline constexpr QRgb kInk = 0x1f2328;
inline constexpr QRgb kMuted = 0x57606a;
inline constexpr QRgb kBorder = 0xd0d7de;
inline constexpr QRgb kSurface = 0xf6f8fa;
inline constexpr QRgb kPaper = 0xffffff;
inline constexpr QRgb kNoticeBack = 0xfff8c5; // a notice to read before trusting: a one-time key, a caveat
inline constexpr QRgb kNoticeInk = 0x7d4e00;
inline constexpr QRgb kNoticeBorder = 0xd4a72c;

// The same in a dark desktop scheme (the console's charts follow it).
inline constexpr QRgb kDarkInk = 0xe6edf3;
inline constexpr QRgb kDarkBorder = 0x6e7681;
inline constexpr QRgb kDarkPaper = 0x161b22;
inline constexpr QRgb kCrosshair = 0x24292f;

// Chart lines: the same series in the same colour on every surface.
inline constexpr QRgb kLatency = 0x1565c0;       // p95 each second, the achieved rate
inline constexpr QRgb kLatencyJudged = 0x0b3d91; // p95 of the whole run (what the gate judges)
inline constexpr QRgb kP50 = 0x00897b;
inline constexpr QRgb kP99 = 0x8e24aa; // p99 from the intended send
inline constexpr QRgb kTarget = 0x8b949e;
inline constexpr QRgb kErrors = kFail;
inline constexpr QRgb kHttpFailed = 0xef6c00; // http_req_failed
inline constexpr QRgb kUndelivered = 0x6a1b9a;
inline constexpr QRgb kDelivery = kPass;
inline constexpr QRgb kDeliveryJudged = 0x115e28;
inline constexpr QRgb kCompareA = kLatency; // History's comparison: run A and run B
inline constexpr QRgb kCompareB = 0xef6c00;
inline constexpr QRgb kSelection = 0x1f6feb;  // a dragged zoom range
inline constexpr QRgb kChartFrame = 0x6e40c9; // the frame around each chart in report.pdf

// Episode bands (translucent over the plot).
inline constexpr QRgb kEpisodeErrors = kFail;
inline constexpr QRgb kEpisodeSlow = 0x8250df;
inline constexpr QRgb kEpisodeHealth = 0xbf8700;
inline constexpr QRgb kEpisodeOther = kNeutral;

// Slack's own message pane, for the preview of what Slack will show.
inline constexpr QRgb kSlackInk = 0x1d1c1d;
inline constexpr QRgb kSlackMuted = 0x616061;
inline constexpr QRgb kSlackTag = 0xe8e8e8;

inline QColor colour(QRgb rgb, int alpha = 255)
{
    QColor c(rgb);
    c.setAlpha(alpha);
    return c;
}

inline QString hex(QRgb rgb)
{
    return QColor(rgb).name(QColor::HexRgb);
}

// A translucent line of report.html's charts: "rgba(21,101,192,0.45)".
inline QString rgba(QRgb rgb, double alpha)
{
    const QColor c(rgb);
    return QStringLiteral("rgba(%1,%2,%3,%4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(alpha);
}

// A style sheet or an HTML text with its colours named: "color:@fail@" reads "color:#cf222e".
inline QString fill(QString text)
{
    static const std::pair<const char *, QRgb> names[] = {
        {"@pass@", kPass},
        {"@fail@", kFail},
        {"@warn@", kWarn},
        {"@neutral@", kNeutral},
        {"@active@", kActive},
        {"@error@", kError},
        {"@ink@", kInk},
        {"@muted@", kMuted},
        {"@border@", kBorder},
        {"@surface@", kSurface},
        {"@paper@", kPaper},
        {"@noticeBack@", kNoticeBack},
        {"@noticeInk@", kNoticeInk},
        {"@noticeBorder@", kNoticeBorder},
        {"@slackInk@", kSlackInk},
        {"@slackMuted@", kSlackMuted},
        {"@slackTag@", kSlackTag},
    };
    for (const auto &[name, rgb] : names)
        text.replace(QLatin1String(name), hex(rgb));
    return text;
}

// The colour of an outcome word wherever a person sees it (console banner, viewer banner, History, report): green
// PASS, red FAIL, amber for a run that did not run its course (STOPPED, ABORTED, INCOMPLETE).
inline QRgb outcome(RunOutcome o)
{
    switch (o) {
    case RunOutcome::Pass:
        return kPass;
    case RunOutcome::Fail:
        return kFail;
    case RunOutcome::Stopped:
    case RunOutcome::Aborted:
    case RunOutcome::Incomplete:
        break;
    }
    return kWarn;
}

} // namespace canary::ui::palette
