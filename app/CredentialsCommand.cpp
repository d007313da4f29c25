// canarydesk credentials set NAME --origin URL… | list | delete NAME: the keychain's credentials, headless (servers,
// CI, a terminal), each bound to the origins it may be sent to. The secret comes on standard input, never as an
// argument (every user of the machine can read a process's arguments).
#include "app/Commands.h"

#include "core/auth/CredentialProfiles.h"
#include "core/auth/Secrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace canary::app {

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "canarydesk credentials: %s\n", cliText(message));
    return kExitInvalidInput;
}

Status awaitStatus(const std::function<void(SecretStore::DoneCallback)> &call)
{
    std::optional<Status> out;
    QEventLoop loop;
    call([&](Status s) {
        out.emplace(std::move(s));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

Result<Secret> readRaw(SecretStore &store, const QString &name)
{
    std::optional<Result<Secret>> out;
    QEventLoop loop;
    store.read(name, [&](Result<Secret> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

// The secret from standard input: typed without echo at a terminal, else everything piped in (one trailing
// newline dropped, as `echo` and here-strings add it).
Secret secretFromStdin(const QString &name)
{
    const bool tty = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "secret for %s (not shown): ", cliText(name));
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QByteArray value;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0)
            break;
        value.append(buffer, n);
        if (tty && value.contains('\n'))
            break;
    }
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (value.endsWith('\n'))
        value.chop(1);
    if (value.endsWith('\r'))
        value.chop(1);
    Secret secret(value);
    value.fill('\0');
    return secret;
}

} // namespace

int runCredentials(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manage the credentials CanaryDesk keeps in the OS keychain, each bound to the origins (scheme://host[:port]) "
        "it may be sent to: a run sends a credential nowhere else, whatever a scenario says.\n"
        "  canarydesk credentials set NAME --origin URL [--origin URL…]   the secret on standard input\n"
        "  canarydesk credentials set NAME --origin URL --keep-secret      change only the origins\n"
        "  canarydesk credentials list                                    names and origins, never a value\n"
        "  canarydesk credentials delete NAME\n"
        "NAME is what a scenario names (auth.secretKey, a header's secretKey, monitors.provider.apiKeySecretKey), or "
        "slack-webhook, k6-cloud-token. Exit codes: 0 done, 104 invalid input or the keychain refused."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("credentials"), QStringLiteral("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set, list or delete."));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The keychain entry."),
                                 QStringLiteral("[NAME]"));
    const QCommandLineOption origin(QStringLiteral("origin"),
                                    QStringLiteral("An origin the credential may be sent to (repeatable)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption keep(QStringLiteral("keep-secret"),
                                  QStringLiteral("set: keep the stored secret, change only its origins."));
    parser.addOption(origin);
    parser.addOption(keep);
    parser.process(app);
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.value(0);
    SecretStore &store = systemSecretStore();
    QSettings settings;
    CredentialProfiles profiles(settings);

    if (action == QLatin1String("list") && args.size() == 1) {
        int shown = 0;
        for (const QString &name : profiles.credentialNames()) {
            const Result<Secret> raw = readRaw(store, name);
            if (!raw.ok()) {
                if (raw.error().code != SecretStore::kNotFound)
                    return failWith(raw.error().message);
                continue;
            }
            const credentials::Stored stored = credentials::decode(raw.value().reveal());
            std::printf("%-32s %s\n", cliText(name),
                        stored.origins.isEmpty()
                            ? "bound to nothing (stored before origins existed: bind it with --keep-secret)"
                            : cliText(QStringLiteral("→ ") + Origin::join(stored.origins)));
            ++shown;
        }
        if (shown == 0)
            std::printf("no credentials stored (canarydesk credentials set NAME --origin URL)\n");
        return kExitOk;
    }
    if (args.size() != 2)
        return failWith(QStringLiteral("use: set NAME --origin URL, list, or delete NAME (see --help)"));
    const QString name = args.at(1);
    if (credentials::isReserved(name))
        return failWith(QStringLiteral("\"%1\" is CanaryDesk's own entry (names starting with %2 hold its signing "
                                       "key): not a credential")
                            .arg(name, QLatin1String(credentials::kReservedPrefix)));

    if (action == QLatin1String("delete")) {
        const Status removed = awaitStatus([&](auto done) { store.remove(name, done); });
        if (!removed)
            return failWith(removed.error().message);
        profiles.forgetName(name);
        std::printf("deleted %s\n", cliText(name));
        return kExitOk;
    }
    if (action != QLatin1String("set"))
        return failWith(QStringLiteral("unknown action \"%1\": use set, list or delete").arg(action));

    QList<Origin> origins;
    for (const QString &text : parser.values(origin)) {
        const auto parsed = Origin::parseList(text);
        if (!parsed.ok())
            return failWith(QStringLiteral("--origin: ") + parsed.error().message);
        for (const Origin &o : parsed.value())
            if (!origins.contains(o))
                origins << o;
    }
    if (origins.isEmpty())
        return failWith(QStringLiteral("set %1: name at least one --origin it may be sent to (e.g. --origin "
                                       "https://auth.example.com)")
                            .arg(name));
    Secret secret;
    if (parser.isSet(keep)) {
        const Result<Secret> raw = readRaw(store, name);
        if (!raw.ok())
            return failWith(QStringLiteral("--keep-secret: ") + raw.error().message);
        secret = credentials::decode(raw.value().reveal()).secret;
    } else {
        secret = secretFromStdin(name);
        if (secret.isEmpty())
            return failWith(QStringLiteral("set %1: no secret on standard input (pipe it in, or type it at the "
                                           "prompt); --keep-secret changes only the origins")
                                .arg(name));
    }
    const Status stored = awaitStatus([&](auto done) { storeCredential(store, name, secret, origins, done); });
    if (!stored)
        return failWith(stored.error().message);
    profiles.rememberName(name);
    std::printf("stored %s → %s\n", cliText(name), cliText(Origin::join(origins)));
    return kExitOk;
}

} // namespace canary::app
