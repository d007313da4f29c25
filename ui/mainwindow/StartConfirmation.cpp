#include "ui/mainwindow/StartConfirmation.h"

#include "core/common/Duration.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace canary::ui {

bool StartConfirmation::ask(QWidget *parent, const Scenario &s)
{
    QUrl target = s.target.requestUrl();
    target.setUserInfo(QString());
    const double total = s.load.peakRatePerSecond() * static_cast<double>(s.load.totalDurationMs()) / 1000.0;
    QMessageBox box(QMessageBox::Question, tr("Start the canary?"), tr("This sends real traffic to the target."),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("%1 %2\n%3 /s for %4 — about %5 requests\nGate: %6")
                               .arg(s.target.method, target.toString())
                               .arg(QLocale().toString(s.load.peakRatePerSecond(), 'g', 6))
                               .arg(duration::format(s.load.totalDurationMs()))
                               .arg(QLocale().toString(static_cast<qulonglong>(total)))
                               .arg(s.gate.resolve().title));
    QStringList details;
    if (s.monitors.logs && !s.monitors.logs->commands.isEmpty())
        details << tr("These commands will run on this machine to read the application's logs:\n%1")
                       .arg(s.monitors.logs->commands.join(QLatin1Char('\n')));
    if (!s.target.environment.isEmpty())
        details << tr("The request body reads these environment variables of this machine: %1")
                       .arg(s.target.environment.join(QStringLiteral(", ")));
    if (s.target.insecure)
        details << tr("TLS certificate verification is OFF for the target (target.insecure).");
    if (!details.isEmpty())
        box.setDetailedText(details.join(QStringLiteral("\n\n")));
    QPushButton *go = box.addButton(tr("Start"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace canary::ui
