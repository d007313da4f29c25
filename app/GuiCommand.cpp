#include "app/Commands.h"
#include "ui/widgets/WindowFit.h"
#include "app/DemoTarget.h"

#include "core/scenario/ScenarioLoader.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/history/HistoryWindow.h"
#include "ui/viewer/PackageViewer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace canary::app {

namespace {

struct GuiOptions
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the built-in sandbox target and load the demo scenario.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Render the window to a PNG file and quit."),
                                  QStringLiteral("file")};
    QCommandLineOption start{QStringLiteral("start"),
                             QCoreApplication::translate("main", "Start the scenario at once, without asking.")};
    QCommandLineOption screenshotAt{
        QStringLiteral("screenshot-at"),
        QCoreApplication::translate("main", "With --start: take the screenshot this many seconds into the run "
                                            "(default: when the run has finished)."),
        QStringLiteral("seconds")};
    QCommandLineOption details{QStringLiteral("details"),
                               QCoreApplication::translate("main", "Open the verdict's details when the run has "
                                                                   "ended (for screenshots).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Run a production canary, judge it against a release gate, export signed evidence.\n\n"
                    "Subcommands (each with its own --help):\n"
                    "  run SCENARIO        the canary headless: a progress line a second, the verdict, the package\n"
                    "  k6 script|run       the canary as a k6 script, or run on k6 (local or k6 Cloud)\n"
                    "  history             the stored runs, newest first\n"
                    "  export RUN          a stored run's package again\n"
                    "  import FILE…        k6 results or summaries as a package\n"
                    "  compare A B         two runs: changes with 95 % intervals, each against its own gate\n"
                    "  verify PACKAGE      check a package's hashes and signature\n"
                    "  view PACKAGE        the read-only viewer for stakeholders\n"
                    "  credentials         store, list or delete credentials in the OS keychain\n"
                    "  sandbox             the demo target on 127.0.0.1"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addOption(screenshot);
        parser.addOption(start);
        parser.addOption(screenshotAt);
        parser.addOption(details);
        parser.addPositionalArgument(QStringLiteral("scenario"),
                                     QCoreApplication::translate("main", "A scenario file to open."),
                                     QStringLiteral("[scenario]"));
    }
};

} // namespace

void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("canarydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int runGuiInfo(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    GuiOptions().addTo(parser);
    parser.process(app); // prints version or help and exits
    return kExitOk;
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("CanaryDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/canarydesk.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &screenshot = options.screenshot;
    parser.process(app);

    ui::MainWindow window;
    std::optional<Demo> running;
    if (parser.isSet(demo)) {
        auto started = startDemo();
        if (!started.ok()) {
            std::fprintf(stderr, "canarydesk --demo: %s\n", cliText(started.error().message));
            return kExitInvalidInput;
        }
        running.emplace(std::move(started).value());
        window.setScenario(running->scenario, QStringLiteral(":/scenarios/demo_sandbox.json"));
        window.setTargetNote(QApplication::translate("main", "demo target: in-process sandbox on %1")
                                 .arg(running->sandbox->baseUrl().toString()));
        SandboxTarget *sandbox = running->sandbox.get();
        window.setRunSetupHook([sandbox](RunSetup &setup) { applyDemo(*sandbox, setup); });
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && running) { // demo mode: the given scenario, aimed at the sandbox
        const ScenarioResult loaded = ScenarioLoader::loadFile(positional.first());
        if (!loaded.ok()) {
            std::fprintf(stderr, "canarydesk: %s\n", cliText(joinProblems(loaded.error())));
            return kExitInvalidInput;
        }
        window.setScenario(aimAtDemo(loaded.value(), *running), positional.first());
    } else if (!positional.isEmpty() && !window.openScenarioFile(positional.first(), !parser.isSet(screenshot))) {
        std::fprintf(stderr, "canarydesk: %s\n", cliText(window.lastError()));
        if (parser.isSet(screenshot))
            return kExitInvalidInput;
    } else if (positional.isEmpty() && !running && !parser.isSet(screenshot)) {
        window.openLastScenario(); // where the operator left off
    }
    window.show();

    const bool startNow = parser.isSet(options.start);
    if (parser.isSet(options.details))
        QObject::connect(&window, &ui::MainWindow::runFinished, &window,
                         [&window] { window.setVerdictDetailsShown(true); });
    if (startNow)
        QTimer::singleShot(0, &window, [&window] { window.startRun(false); });
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        int status = kExitOk;
        window.setConfirmClose(false);
        auto take = [&]() {
            const QFileInfo info(path);
            QDir().mkpath(info.absolutePath());
            if (!window.grab().save(path, "PNG")) {
                std::fprintf(stderr, "canarydesk: cannot write screenshot %s\n", cliText(path));
                status = 1;
            } else {
                std::printf("%s\n", cliText(info.absoluteFilePath()));
            }
            QApplication::quit();
        };
        if (startNow && parser.isSet(options.screenshotAt)) {
            QTimer::singleShot(static_cast<int>(parser.value(options.screenshotAt).toDouble() * 1000), &window, take);
        } else if (startNow) {
            QObject::connect(&window, &ui::MainWindow::runFinished, &window,
                             [&] { QTimer::singleShot(300, &window, take); });
        } else {
            QTimer::singleShot(300, &window, take); // after the window system has applied -qwindowgeometry
        }
        QApplication::exec();
        return status;
    }
    return QApplication::exec();
}

int runView(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("CanaryDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/canarydesk.svg")));
    installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Open an evidence package read-only: verdict, signature check, charts, what happened, logs, files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("view"), QCoreApplication::translate("main", "The subcommand."));
    parser.addPositionalArgument(QStringLiteral("package"),
                                 QCoreApplication::translate("main", "The evidence folder or its .zip."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QCoreApplication::translate("main", "Render the viewer to a PNG file and quit."),
        QStringLiteral("file"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QCoreApplication::translate("main", "With --screenshot: the tab to show (0-5)."),
                                 QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QCoreApplication::translate("main", "Compare with a second package (the first is A, the older run)."),
        QStringLiteral("package"));
    parser.addOption(screenshot);
    parser.addOption(tab);
    parser.addOption(compare);
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() != 1) {
        std::fprintf(stderr, "canarydesk view: name one evidence folder or .zip\n");
        return kExitInvalidInput;
    }
    auto shoot = [&](QWidget &widget, int &status) {
        const QString path = parser.value(screenshot);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!widget.grab().save(path, "PNG"))
            status = 1;
        else
            std::printf("%s\n", cliText(QFileInfo(path).absoluteFilePath()));
        QApplication::quit();
    };
    if (parser.isSet(compare)) {
        ui::CompareView view;
        ui::resizeToFit(&view, QSize(1100, 850));
        int status = kExitOk;
        QObject::connect(&view, &ui::CompareView::compared, &view, [&](bool ok) {
            if (!ok) {
                std::fprintf(stderr, "canarydesk view: %s\n", cliText(view.errorText()));
                status = kExitInvalidInput;
                if (!parser.isSet(screenshot))
                    QApplication::quit();
            }
            if (parser.isSet(screenshot))
                QTimer::singleShot(300, &view, [&] { shoot(view, status); });
        });
        view.compare(args.first(), parser.value(compare));
        view.show();
        QApplication::exec();
        return status;
    }
    ui::PackageViewer viewer;
    ui::resizeToFit(&viewer, QSize(1200, 850));
    int status = kExitOk;
    QObject::connect(&viewer, &ui::PackageViewer::opened, &viewer, [&](bool ok) {
        if (!ok) {
            std::fprintf(stderr, "canarydesk view: %s\n", cliText(viewer.errorText()));
            status = kExitInvalidInput;
        }
        if (!parser.isSet(screenshot)) {
            if (!ok)
                QApplication::quit();
            return;
        }
        if (auto *tabs = viewer.findChild<QTabWidget *>())
            tabs->setCurrentIndex(parser.value(tab).toInt());
        QTimer::singleShot(300, &viewer, [&] { shoot(viewer, status); });
    });
    viewer.openPackage(args.first());
    viewer.show();
    QApplication::exec();
    return status;
}

} // namespace canary::app
