#include "ui/report/QtReportRenderer.h"

#include "core/common/AtomicFile.h"
#include "core/common/Interrupt.h"
#include "core/common/Redactor.h"
#include "ui/report/ReportParts.h"

#include <QBuffer>
#include <QDir>

namespace canary::ui {

using namespace report;

Status QtReportRenderer::render(const ReportInput &in, const QString &dir)
{
    const Status cut = Status::failure(
        QStringLiteral("evidence cut short by a second signal: the report was not finished (%1)").arg(dir));
    const QMap<QString, QImage> charts = renderCharts(in);
    if (interrupt::evidenceCutShort())
        return cut;
    if (!QDir(dir).mkpath(QStringLiteral("screenshots")))
        return Status::failure(
            QStringLiteral("cannot create %1").arg(QDir(dir).filePath(QStringLiteral("screenshots"))));
    // Every file is made in memory and written whole (atomic::writeFile): a full disk leaves no half file.
    QMap<QString, QString> embedded;
    for (auto it = charts.constBegin(); it != charts.constEnd(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it->save(&buffer, "PNG");
        if (const Status written =
                atomic::writeFile(QDir(dir).filePath(QStringLiteral("screenshots/") + it.key()), png);
            !written)
            return written;
        embedded.insert(it.key(), QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    }
    if (const Status written = atomic::writeFile(QDir(dir).filePath(QStringLiteral("report.html")),
                                                 redaction::redact(QtReportRenderer::html(in, embedded).toUtf8()));
        !written)
        return written;

    if (interrupt::evidenceCutShort())
        return cut;
    // The PDF, painted: page 1 is the answer, every chart whole inside the margins.
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("report.pdf"));
    const QByteArray pdf = paintPdf(in, charts); // every string it draws is redacted as it is drawn
    if (pdf.isEmpty())
        return Status::failure(QStringLiteral("cannot write %1: the PDF came out empty").arg(pdfPath));
    return atomic::writeFile(pdfPath, pdf);
}

} // namespace canary::ui
