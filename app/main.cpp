// canarydesk: the GUI by default; subcommands for headless work (see ARCHITECTURE.md).
#include "app/Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <cstdio>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// A headless start (a CI job, an ssh session, a container) has no XDG_RUNTIME_DIR: Qt then makes its own and says
// "QStandardPaths: XDG_RUNTIME_DIR not set" on every start. The same private folder, made quietly: owned by this
// user, mode 0700, as the XDG spec asks; anything else there is left alone (and Qt says why).
void quietRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/canarydesk-runtime-" + QByteArray::number(::getuid());
    ::mkdir(dir.constData(), 0700);
    struct stat st
    {
    };
    if (::lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() &&
        (st.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace

int main(int argc, char **argv)
{
    quietRuntimeDir();
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
