#include "ui/mainwindow/StartConfirmation.h"

#include "core/common/Duration.h"
#include "core/run/RunSecrets.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace canary::ui {

QString StartConfirmation::text(const Scenario &s)
{
    QUrl target = s.target.requestUrl();
    target.setUserInfo(QString());
    const double total = s.load.peakRatePerSecond() * static_cast<double>(s.load.totalDurationMs()) / 1000.0;
    QStringList lines{tr("%1 %2\n%3 /s for %4 — about %5 requests\nGate: %6")
                          .arg(s.target.method, target.toString())
                          .arg(QLocale().toString(s.load.peakRatePerSecond(), 'g', 6))
                          .arg(duration::format(s.load.totalDurationMs()))
                          .arg(QLocale().toString(static_cast<qulonglong>(total)))
                          .arg(s.gate.resolve().title)};
    // Start hands the listed variables over, runs the listed commands and sends each stored secret where it is
    // bound: all of it in plain sight, not behind a button.
    if (const QStringList sent = secretDestinations(s); !sent.isEmpty())
        lines << tr("It sends (each stored secret only to the origins it is bound to):\n%1")
                     .arg(sent.join(QLatin1Char('\n')));
    if (s.monitors.logs && !s.monitors.logs->commands.isEmpty())
        lines << tr("These commands will run on this machine to read the application's logs:\n%1")
                     .arg(s.monitors.logs->commands.join(QLatin1Char('\n')));
    if (s.target.insecure)
        lines << tr("TLS certificate verification is OFF for every request of the run (target.insecure).");
    return lines.join(QStringLiteral("\n\n"));
}

bool StartConfirmation::ask(QWidget *parent, const Scenario &s)
{
    QMessageBox box(QMessageBox::Question, tr("Start the canary?"), tr("This sends real traffic to the target."),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(text(s));
    QPushButton *go = box.addButton(tr("Start"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace canary::ui
