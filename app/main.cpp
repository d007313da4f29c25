// canarydesk: the GUI by default; subcommands for headless work (see ARCHITECTURE.md).
#include "app/Commands.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("CanaryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("canarydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANARYDESK_VERSION));

    const char *command = argc > 1 ? argv[1] : "";
    if (std::strcmp(command, "sandbox") == 0)
        return canary::app::runSandbox(argc, argv);
    if (std::strcmp(command, "run") == 0)
        return canary::app::runHeadless(argc, argv);
    if (std::strcmp(command, "verify") == 0)
        return canary::app::runVerify(argc, argv);
    if (std::strcmp(command, "history") == 0)
        return canary::app::runHistory(argc, argv);
    if (std::strcmp(command, "export") == 0)
        return canary::app::runExport(argc, argv);
    if (std::strcmp(command, "compare") == 0)
        return canary::app::runCompare(argc, argv);
    if (std::strcmp(command, "import") == 0)
        return canary::app::runImport(argc, argv);
    if (std::strcmp(command, "view") == 0)
        return canary::app::runView(argc, argv);
    if (std::strcmp(command, "k6") == 0)
        return canary::app::runK6(argc, argv);
    if (std::strcmp(command, "credentials") == 0)
        return canary::app::runCredentials(argc, argv);
    for (int i = 1; i < argc; ++i) {
        // Version and help need no display: answer them without creating a GUI application.
        for (const char *flag : {"--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return canary::app::runGuiInfo(argc, argv);
        }
    }
    return canary::app::runGui(argc, argv);
}
