#include "app/Commands.h"

#include "core/evidence/Manifest.h"
#include "core/evidence/PackageArchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace canary::app {

int runVerify(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check an evidence package: every file's SHA-256 against manifest.json, files missing or added, and the "
        "Ed25519 signature. Exit 0 when everything holds, 1 otherwise."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("package"), QStringLiteral("The evidence folder or its .zip."));
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() != 1) {
        std::fprintf(stderr, "canarydesk verify: name one evidence folder\n");
        return kExitInvalidInput;
    }
    const QFileInfo info(args.first());
    QTemporaryDir extracted;
    QString folder = info.absoluteFilePath();
    if (info.isFile()) {
        if (const Status unzipped = PackageArchive::unzip(info.absoluteFilePath(), extracted.path()); !unzipped) {
            std::printf("FAILED: %s\n", cliText(unzipped.error().message));
            return 1;
        }
        folder = extracted.path();
    } else if (!info.isDir()) {
        std::fprintf(stderr, "canarydesk verify: %s is not an evidence folder or zip\n", cliText(args.first()));
        return kExitInvalidInput;
    }
    const VerifyReport r = Manifest::verify(folder);
    if (r.ok) {
        std::printf("OK: %d files match manifest.json; signature valid (key %s)\n", r.filesChecked,
                    cliText(r.fingerprint));
        return 0;
    }
    std::printf("FAILED: %s\n", cliText(info.absoluteFilePath()));
    for (const QString &p : r.problems)
        std::printf("  %s\n", cliText(p));
    return 1;
}

} // namespace canary::app
