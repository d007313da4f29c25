#include "ui/mainwindow/EvidenceActions.h"

#include "core/auth/Secrets.h"
#include "core/evidence/Manifest.h"
#include "core/evidence/PackageArchive.h"
#include "core/evidence/SlackMessage.h"
#include "core/run/EvidencePipeline.h"
#include "core/run/RunExporter.h"
#include "core/run/RunFolder.h"
#include "core/run/RunSecrets.h"
#include "core/run/RunStore.h"
#include "ui/slack/SlackPreview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace canary::ui {

namespace {

// Copies a package folder, then checks the copy against its manifest: runs on a pool thread.
QString copyPackage(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return EvidenceActions::tr("%1 already exists").arg(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return EvidenceActions::tr("cannot copy %1 to %2").arg(file, target);
    }
    const VerifyReport check = Manifest::verify(to);
    return check.ok ? QString() : check.problems.join(QStringLiteral("; "));
}

// The package as one .zip, as `--zip` writes it: checked against its manifest before, and the zip itself
// unpacked into a scratch folder and checked again, so what is mailed is what was signed.
QString zipPackage(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return EvidenceActions::tr("%1 already exists").arg(to);
    if (const VerifyReport source = Manifest::verify(from); !source.ok)
        return source.problems.join(QStringLiteral("; "));
    if (const Status zipped = PackageArchive::zip(from, to); !zipped) {
        QFile::remove(to);
        return zipped.error().message;
    }
    QTemporaryDir scratch;
    if (const Status unzipped = PackageArchive::unzip(to, scratch.path()); !unzipped)
        return unzipped.error().message;
    const VerifyReport check = Manifest::verify(scratch.path());
    return check.ok ? QString() : check.problems.join(QStringLiteral("; "));
}

} // namespace

EvidenceActions::EvidenceActions(QWidget *window, QStatusBar *status, QAction *importAction)
    : QObject(window), m_window(window), m_status(status), m_import(importAction)
{
    connect(&m_export, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_export.result();
        const QString text =
            problem.isEmpty() ? tr("Evidence exported to %1 and checked against its signed manifest.").arg(m_lastExport)
                              : tr("Export failed: %1").arg(problem);
        say(text, 15000);
        Q_EMIT exportFinished(problem.isEmpty(), text);
        Q_EMIT exportingChanged();
    });
}

void EvidenceActions::say(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        m_status->clearMessage();
    else
        m_status->showMessage(text, timeoutMs);
}

EvidenceActions::~EvidenceActions()
{
    m_export.waitForFinished();
}

Result<QString> EvidenceActions::runFolderFor(const QString &base)
{
    // The console's runs live below its data folder; the name comes from the scenario, so it is placed by the same
    // policy as a scenario's evidence.folder (no link leading out), and claimed by the run itself.
    // Made with mkdir (atomic): two started in the same second — two windows, a quick re-run — never share one.
    const QDir runs(QDir(QFileInfo(RunStore::defaultPath()).absolutePath()).filePath(QStringLiteral("runs")));
    runs.mkpath(QStringLiteral("."));
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? base : QStringLiteral("%1_%2").arg(base).arg(n);
        const auto placed = RunFolder::place(runs.path(), name, tr("the run's folder"));
        if (!placed.ok())
            return placed;
        if (runs.mkdir(name))
            return placed;
    }
    return Result<QString>::failure(tr("no free folder for %1 in %2").arg(base, runs.path()));
}

void EvidenceActions::exportTo(const QString &destination)
{
    if (m_packageDir.isEmpty() || exporting())
        return;
    QString dest = destination;
    if (dest.isEmpty()) {
        dest = QFileDialog::getExistingDirectory(m_window, tr("Export the evidence package to"),
                                                 QSettings().value(QStringLiteral("export/last")).toString());
        if (dest.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("export/last"), dest);
    }
    m_lastExport = QDir(dest).filePath(QFileInfo(m_packageDir).fileName());
    say(tr("Exporting to %1…").arg(m_lastExport), 0);
    m_export.setFuture(QtConcurrent::run(copyPackage, m_packageDir, m_lastExport));
    Q_EMIT exportingChanged();
}

void EvidenceActions::exportZip(const QString &zipPath)
{
    if (m_packageDir.isEmpty() || exporting())
        return;
    QString dest = zipPath;
    if (dest.isEmpty()) {
        const QString folder = QSettings().value(QStringLiteral("export/last")).toString();
        dest = QFileDialog::getSaveFileName(
            m_window, tr("Export the evidence package as a zip file"),
            QDir(folder).filePath(QFileInfo(m_packageDir).fileName() + QStringLiteral(".zip")),
            tr("Zip archives (*.zip)"));
        if (dest.isEmpty())
            return;
        if (!dest.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            dest += QStringLiteral(".zip");
        QSettings().setValue(QStringLiteral("export/last"), QFileInfo(dest).absolutePath());
    }
    m_lastExport = dest;
    say(tr("Exporting to %1…").arg(m_lastExport), 0);
    m_export.setFuture(QtConcurrent::run(zipPackage, m_packageDir, m_lastExport));
    Q_EMIT exportingChanged();
}

void EvidenceActions::postToSlack()
{
    if (m_packageDir.isEmpty())
        return;
    QFile file(QDir(m_packageDir).filePath(QStringLiteral("slack_message.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Not posted: the package has no slack_message.json (%1)").arg(m_packageDir), 15000);
        return;
    }
    const QJsonObject slack = QJsonDocument::fromJson(file.readAll()).object();
    // The preview first, with the webhook read while the operator reads the message: Post is offered only once
    // there is somewhere to post to, and a missing webhook is said here, not after Post.
    auto *preview = new SlackPreviewDialog(slack, m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    m_slackPreview = preview;
    auto readWebhook = [preview = QPointer<SlackPreviewDialog>(preview)] {
        readSlackWebhook(systemSecretStore(), [preview](Result<QUrl> read) {
            if (preview)
                preview->setWebhook(read);
        });
    };
    // After Credentials… the webhook may be stored now: read again.
    connect(preview, &SlackPreviewDialog::credentialsRequested, this, [this, readWebhook] {
        Q_EMIT credentialsRequested();
        readWebhook();
    });
    connect(preview, &QDialog::accepted, this, [this, preview, slack] { send(slack, preview->webhook()); });
    readWebhook();
    preview->open();
}

void EvidenceActions::send(const QJsonObject &slack, const QUrl &webhook)
{
    if (!m_slackNam)
        m_slackNam = std::make_unique<QNetworkAccessManager>();
    QPointer<EvidenceActions> self(this);
    SlackMessage::post(*m_slackNam, webhook, slack, [self](Status posted) {
        if (!self)
            return;
        const QString text = posted.ok() ? tr("Checkpoint update posted to Slack")
                                         : tr("Slack did not take it: %1").arg(posted.error().message);
        self->say(text, 15000);
        Q_EMIT self->slackPosted(posted.ok(), text);
    });
}

void EvidenceActions::importK6(const QString &file, ReportRenderer *renderer, RunStore *store, bool interactive)
{
    const auto placed = runFolderFor(
        QStringLiteral("import_%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd_HHmmss"))));
    auto claimed = placed.ok() ? RunFolder::claim(placed.value()) : Result<std::shared_ptr<RunFolder>>(placed.error());
    if (!claimed.ok()) {
        if (interactive)
            QMessageBox::warning(m_window, tr("Import failed"), claimed.error().message);
        Q_EMIT importFailed(claimed.error().message);
        return;
    }
    const std::shared_ptr<RunFolder> folder = claimed.value();
    const QString out = folder->path();
    say(tr("Importing %1 …").arg(file), 0);
    m_import->setEnabled(false);
    QPointer<EvidenceActions> self(this);
    EvidencePipeline::start(
        this,
        [request = ImportRequest{{file}, out, QStringLiteral("gate1"), {}}] {
            return RunExporter::prepareImport(request);
        },
        EvidenceOptions{renderer, nullptr, store, {}, {}},
        [self, file, out, folder, interactive](Result<PackageOutcome> outcome) {
            self->m_import->setEnabled(true);
            if (!outcome.ok()) {
                QDir().rmdir(out); // the folder claimed for it, if nothing was written
                self->say(QString(), 0);
                if (interactive)
                    QMessageBox::warning(self->m_window, tr("Import failed"), outcome.error().message);
                Q_EMIT self->importFailed(outcome.error().message);
                return;
            }
            self->say(tr("Imported %1 into %2").arg(file, outcome.value().dir), 15000);
            Q_EMIT self->imported(outcome.value().dir);
        });
}

} // namespace canary::ui
