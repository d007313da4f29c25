#include "ui/report/QtReportRenderer.h"

#include "core/common/Redactor.h"
#include "core/evidence/Signer.h"
#include "ui/VerdictStyle.h"
#include "ui/monitors/MonitorViews.h"
#include "ui/report/ReportParts.h"
#include "ui/style/Palette.h"

#include <QApplication>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>

namespace canary::ui {

using namespace report;

namespace {

// report.pdf, painted page by page (A4 portrait at 96 dpi: one unit is one screen pixel). Page 1 is the answer:
// the verdict, the run's identity, the gate's criteria with target, measured value and margin, what happened
// and what to do, and the chart that matters most. Every chart after it, the timeline, the numbers, the
// environment and the scenario follow; the scenario's JSON is the appendix. Each chart is scaled whole into the
// page's margins and framed (chartFrame()), so a test can find every chart on the rendered pages.
class PdfPages
{
public:
    explicit PdfPages(QPdfWriter &writer) : m_writer(writer), m_p(&writer)
    {
        m_p.setRenderHint(QPainter::Antialiasing);
        m_p.setRenderHint(QPainter::SmoothPixmapTransform);
        m_area = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        m_y = m_area.top();
    }

    QPainter &painter() { return m_p; }
    QRectF area() const { return m_area; }
    double left() const { return m_area.bottom() - m_y; }
    bool onFirstPage() const { return m_page == 1; }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
        m_y = m_area.top();
    }
    void ensure(double height)
    {
        if (m_y + height > m_area.bottom() && m_y > m_area.top())
            newPage();
    }
    void space(double h) { m_y += h; }

    static QFont font(int pixels, bool bold = false, bool italic = false)
    {
        QFont f = QApplication::font();
        f.setPixelSize(pixels);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    double measure(const QString &text, const QFont &f, double width)
    {
        m_p.setFont(f);
        return m_p.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    // A paragraph across the width (or from x with a width), wrapped; a new page first if it does not fit.
    void text(const QString &raw, const QFont &f, const QColor &colour = palette::colour(palette::kInk), double x = 0,
              double width = -1)
    {
        const QString t = redaction::redact(raw); // a secret a server repeated never reaches the page
        const double w = width > 0 ? width : m_area.width() - x;
        const double h = measure(t, f, w);
        ensure(h);
        m_p.setPen(colour);
        m_p.setFont(f);
        m_p.drawText(QRectF(m_area.left() + x, m_y, w, h), Qt::TextWordWrap, t);
        m_y += h;
    }

    void heading(const QString &t)
    {
        ensure(60); // never a heading alone at the foot of a page
        space(10);
        text(t, font(15, true));
        space(4);
    }

    // A table: the columns' shares of the width, a bold header row, rows wrapped; colour per cell (or none).
    void table(const QList<double> &shares, const QStringList &header, const QList<QStringList> &rows,
               const std::function<QColor(int row, int col)> &colour = {})
    {
        const QFont head = font(11, true), body = font(11);
        auto rowHeight = [&](const QStringList &cells, const QFont &f) {
            double h = 0;
            for (int c = 0; c < cells.size(); ++c)
                h = std::max(h, measure(cells[c], f, shares[c] * m_area.width() - 8));
            return h + 6;
        };
        auto drawRow = [&](QStringList cells, const QFont &f, int row) {
            for (QString &cell : cells)
                cell = redaction::redact(cell);
            const double h = rowHeight(cells, f);
            ensure(h);
            double x = m_area.left();
            m_p.setFont(f);
            for (int c = 0; c < cells.size(); ++c) {
                const double w = shares[c] * m_area.width();
                m_p.setPen(row < 0 || !colour ? palette::colour(palette::kInk) : colour(row, c));
                m_p.drawText(QRectF(x + 4, m_y + 3, w - 8, h - 6), Qt::TextWordWrap, cells[c]);
                x += w;
            }
            m_p.setPen(QPen(palette::colour(palette::kBorder), 1));
            m_p.drawLine(QPointF(m_area.left(), m_y + h), QPointF(m_area.right(), m_y + h));
            m_y += h;
        };
        if (!header.isEmpty()) {
            const double h = rowHeight(header, head);
            ensure(h + rowHeight(rows.value(0), body));
            m_p.fillRect(QRectF(m_area.left(), m_y, m_area.width(), h), palette::colour(palette::kSurface));
            drawRow(header, head, -1);
        }
        for (int r = 0; r < rows.size(); ++r)
            drawRow(rows[r], body, r);
    }

    // A chart, whole: scaled to the width (or to maxHeight, keeping its proportions), framed.
    void chart(const QImage &image, double maxHeight = 1e9)
    {
        if (image.isNull())
            return;
        double w = m_area.width();
        double h = w * image.height() / image.width();
        if (h > maxHeight) {
            h = maxHeight;
            w = h * image.width() / image.height();
        }
        ensure(h + 4);
        const QRectF target(std::round(m_area.left() + (m_area.width() - w) / 2), std::round(m_y), std::round(w),
                            std::round(h));
        m_p.drawImage(target, image);
        m_p.setPen(QPen(QtReportRenderer::chartFrame(), 2));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(target);
        m_y += h + 10;
    }

private:
    QPdfWriter &m_writer;
    QPainter m_p;
    QRectF m_area;
    double m_y = 0;
    int m_page = 1;
};

// The chart that matters most for this verdict: the first failing criterion's, else latency's.
QString keyChart(const GateVerdict &v)
{
    for (const CriterionResult &c : v.criteria) {
        if (c.pass)
            continue;
        if (c.label.contains(QLatin1String("errors")) || c.label.contains(QLatin1String("http_req_failed")))
            return QStringLiteral("error_rate.png");
        if (c.label.contains(QLatin1String("delivery")))
            return QStringLiteral("delivery_success.png");
        if (c.label.contains(QLatin1String("http_reqs")) || c.label.contains(QLatin1String("dropped")))
            return QStringLiteral("request_rate.png");
        break;
    }
    return QStringLiteral("p95_latency.png");
}

// The scenario as a short table: what a reader needs to know it ran what it should have.
QList<QStringList> scenarioRows(const QString &json)
{
    const QJsonObject s = QJsonDocument::fromJson(json.toUtf8()).object();
    QList<QStringList> rows;
    auto add = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            rows << QStringList{name, value};
    };
    add(QCoreApplication::translate("Report", "Scenario"), s.value(QStringLiteral("name")).toString());
    add(QCoreApplication::translate("Report", "Service"), s.value(QStringLiteral("service")).toString());
    const QJsonObject target = s.value(QCoreApplication::translate("Report", "target")).toObject();
    add(QCoreApplication::translate("Report", "Request"),
        QStringLiteral("%1 %2%3")
            .arg(target.value(QStringLiteral("method")).toString(), target.value(QStringLiteral("baseUrl")).toString(),
                 target.value(QStringLiteral("path")).toString())
            .trimmed());
    const QJsonObject load = s.value(QStringLiteral("load")).toObject();
    QStringList stages;
    for (const QJsonValue &st : load.value(QStringLiteral("stages")).toArray())
        stages << QCoreApplication::translate("Report", "%1/s for %2")
                      .arg(QLocale().toString(st.toObject().value(QStringLiteral("rate")).toDouble()))
                      .arg(st.toObject().value(QStringLiteral("duration")).toVariant().toString());
    add(QCoreApplication::translate("Report", "Load"),
        stages.join(QStringLiteral(", ")) +
            (load.contains(QStringLiteral("maxInFlight"))
                 ? QCoreApplication::translate("Report", " · at most %1 in flight")
                       .arg(QLocale().toString(load.value(QStringLiteral("maxInFlight")).toInt()))
                 : QString()));
    const QJsonObject gate = s.value(QStringLiteral("gate")).toObject();
    add(QCoreApplication::translate("Report", "Gate"), gate.value(QStringLiteral("profile")).toString());
    return rows;
}

} // namespace

QByteArray report::paintPdf(const ReportInput &in, const QMap<QString, QImage> &charts)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    constexpr double m = QtReportRenderer::kPdfMarginMm;
    writer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout::Millimeter);
    writer.setTitle(in.title);
    writer.setCreator(QStringLiteral("CanaryDesk " CANARYDESK_VERSION));
    writer.setResolution(96);
    {
        PdfPages pages(writer);
        QPainter &p = pages.painter();
        const GateVerdict &v = *in.verdict;
        const QString verdictWord = word(in);
        const QColor colour = QColor(verdictColour(v.outcome));

        // Page 1 — the answer.
        const QRectF banner(pages.area().left(), pages.area().top(), pages.area().width(), 52);
        p.fillRect(banner, colour);
        p.setPen(Qt::white);
        p.setFont(PdfPages::font(24, true));
        p.drawText(banner.adjusted(14, 0, -14, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   redaction::redact(QStringLiteral("%1 — %2").arg(v.gateTitle, verdictWord)));
        pages.space(banner.height() + 8);
        if (!v.details().isEmpty()) // what failed, in one sentence, before anything else
            pages.text(v.details(), PdfPages::font(13, true), colour);
        for (const QString &caveat : v.caveats)
            pages.text(QStringLiteral("⚠ ") + QCoreApplication::translate("Report", "Caveat: %1").arg(caveat),
                       PdfPages::font(12, true), palette::colour(palette::kNoticeInk));
        pages.text(in.title, PdfPages::font(14, true));
        pages.text(QCoreApplication::translate("Report", "Target %1\nRan %2 → %3 · run %4\nBy %5 on %6 · %7")
                       .arg(in.target, in.started, in.finished, in.runId, in.operatorName, in.machine, in.environment),
                   PdfPages::font(10), palette::colour(palette::kMuted));
        pages.text(in.keyFingerprint.isEmpty()
                       ? QCoreApplication::translate("Report",
                                                     "Signed: manifest.json holds a SHA-256 of every file and "
                                                     "its signature; open the package in CanaryDesk's viewer "
                                                     "or run `canarydesk verify` to check it.")
                       : Signer::signatureLine(in.keyFingerprint, in.keySource),
                   PdfPages::font(10),
                   in.keySource == QLatin1String("one-time") ? palette::colour(palette::kNoticeInk)
                                                             : palette::colour(palette::kMuted));

        pages.heading(QCoreApplication::translate("Report", "Gate criteria"));
        QList<QStringList> rows;
        for (const CriterionResult &c : v.criteria)
            rows << QStringList{c.label, c.target, c.measured, c.margin,
                                c.pass ? QCoreApplication::translate("Report", "✓ PASS")
                                       : QCoreApplication::translate("Report", "✗ FAIL")};
        pages.table({0.33, 0.15, 0.21, 0.21, 0.10},
                    {QCoreApplication::translate("Report", "Criterion"),
                     QCoreApplication::translate("Report", "Target"), QCoreApplication::translate("Report", "Measured"),
                     QCoreApplication::translate("Report", "Margin"), QCoreApplication::translate("Report", "Result")},
                    rows, [&v](int row, int col) {
                        if (col != 4 && col != 3)
                            return palette::colour(palette::kInk);
                        return v.criteria[row].pass ? palette::colour(palette::kPass) : palette::colour(palette::kFail);
                    });

        for (const CriterionResult &c : v.criteria)
            if (c.uncertain)
                pages.text(c.label + QStringLiteral(": ") + c.confidence, PdfPages::font(10, false, true));
        pages.heading(QCoreApplication::translate("Report", "What happened and what to do"));
        auto finding = [&pages](const Finding &f) {
            pages.text(f.title, PdfPages::font(12, true));
            pages.text(f.evidence, PdfPages::font(11));
            pages.text(QStringLiteral("→ ") + f.nextSteps, PdfPages::font(11, false, true));
            pages.space(4);
        };
        constexpr int kFindingsOnPageOne = 3;
        for (int i = 0; i < in.findings.size() && i < kFindingsOnPageOne; ++i)
            finding(in.findings[i]);
        if (in.findings.size() > kFindingsOnPageOne)
            pages.text(QCoreApplication::translate("Report", "%1 more finding(s) on the next pages.")
                           .arg(in.findings.size() - kFindingsOnPageOne),
                       PdfPages::font(10, false, true));
        auto table = [&pages](const ReportTable &t, bool heading) {
            if (heading)
                pages.heading(t.title);
            else
                pages.text(t.title, PdfPages::font(12, true));
            if (!t.intro.isEmpty())
                pages.text(t.intro, PdfPages::font(10), palette::colour(palette::kMuted));
            if (t.id == QLatin1String("log")) {
                QFont mono(QStringLiteral("monospace"));
                mono.setStyleHint(QFont::Monospace);
                mono.setPixelSize(9);
                for (const QStringList &row : t.rows)
                    pages.text(row.value(0), mono);
            } else {
                pages.table(t.widths, t.headers, t.rows);
            }
            pages.space(6);
        };
        for (const ReportTable &t : in.tables)
            if (onPageOne(t))
                table(t, false);
        const QString key = keyChart(v);
        if (pages.onFirstPage() && charts.contains(key)) {
            pages.space(6);
            // The key chart on page 1, smaller if the findings took the room (never under a sixth of the page).
            pages.chart(charts.value(key), std::max(pages.left() - 10, pages.area().height() / 6));
        }

        // The details.
        pages.newPage();
        if (in.findings.size() > kFindingsOnPageOne) {
            pages.heading(QCoreApplication::translate("Report", "More findings"));
            for (int i = kFindingsOnPageOne; i < in.findings.size(); ++i)
                finding(in.findings[i]);
        }
        if (!in.episodes.isEmpty() || v.decidedAtMs >= 0) {
            pages.heading(QCoreApplication::translate("Report", "Episodes"));
            pages.text(episodesIntro(v), PdfPages::font(10, false, true));
            for (const Episode &e : in.episodes)
                pages.text(QStringLiteral("• %1 %2%3")
                               .arg(e.when(), e.what,
                                    e.evidence.isEmpty() ? QString() : QStringLiteral("; ") + e.evidence.join(u"; ")),
                           PdfPages::font(11));
        }
        pages.heading(QCoreApplication::translate("Report", "Charts"));
        for (const char *name :
             {"p95_latency.png", "error_rate.png", "delivery_success.png", "request_rate.png", "provider_stats.png"})
            if (charts.contains(QString::fromLatin1(name)))
                pages.chart(charts.value(QString::fromLatin1(name)));
        if (!in.notes.isEmpty()) {
            pages.heading(QCoreApplication::translate("Report", "About the data"));
            for (const QString &n : in.notes)
                pages.text(QStringLiteral("• ") + n, PdfPages::font(11));
        }
        bool numbers = false;
        for (const ReportTable &t : in.tables)
            if (!onPageOne(t) && t.id != QLatin1String("log")) {
                if (!numbers)
                    pages.heading(QCoreApplication::translate("Report", "Numbers"));
                numbers = true;
                table(t, false);
            }
        for (const ReportTable &t : in.tables)
            if (t.id == QLatin1String("log"))
                table(t, true);
        if (!in.events.isEmpty()) {
            pages.heading(QCoreApplication::translate("Report", "Timeline"));
            QList<QStringList> events;
            for (const QJsonValue &e : in.events) {
                const QJsonObject o = e.toObject();
                events << QStringList{o.value(QStringLiteral("time")).toString(),
                                      TimelineView::eventWords(o.value(QStringLiteral("event")).toString(), false),
                                      o.value(QStringLiteral("detail")).toString()};
            }
            pages.table({0.27, 0.2, 0.53},
                        {QCoreApplication::translate("Report", "Time"), QCoreApplication::translate("Report", "Event"),
                         QCoreApplication::translate("Report", "Detail")},
                        events);
        }
        if (!in.canarySummary.isEmpty()) {
            pages.heading(QCoreApplication::translate("Report", "Summary numbers"));
            QList<QStringList> numbers;
            for (auto it = in.canarySummary.constBegin(); it != in.canarySummary.constEnd(); ++it)
                numbers << QStringList{it.key(), QLocale().toString(it->toDouble(), 'g', 8)};
            pages.table({0.6, 0.4}, {}, numbers);
        }
        pages.heading(QCoreApplication::translate("Report", "Scenario"));
        pages.table({0.25, 0.75}, {}, scenarioRows(in.scenarioJson));
        pages.heading(QCoreApplication::translate("Report", "Appendix: the scenario as run"));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPixelSize(9);
        for (const QString &line : in.scenarioJson.split(QLatin1Char('\n')))
            pages.text(line.isEmpty() ? QStringLiteral(" ") : line, mono);
    } // the painter ends the document
    return pdf;
}

} // namespace canary::ui
