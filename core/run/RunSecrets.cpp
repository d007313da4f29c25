#include "core/run/RunSecrets.h"

#include "core/common/Redactor.h"

#include <memory>

namespace canary {

void resolveClientSecret(const Scenario &scenario, Secret given, std::function<void(Result<Secret>)> done,
                         SecretStore &store)
{
    if (!given.isEmpty()) {
        redaction::remember(given.reveal());
        done(std::move(given));
        return;
    }
    lookupSecret(store, kClientSecretEnv, scenario.auth.effectiveSecretKey(), std::move(done));
}

namespace {

void resolveFrom(std::shared_ptr<QList<std::pair<QString, QString>>> todo, std::shared_ptr<HeaderValues> got,
                 std::function<void(Result<HeaderValues>)> done, SecretStore *store)
{
    if (todo->isEmpty()) {
        done(*got);
        return;
    }
    const auto [name, entry] = todo->takeFirst();
    const QByteArray env = TargetSpec::secretHeaderEnv(name);
    lookupSecret(*store, env.constData(), entry,
                 [todo, got, done = std::move(done), store, name, entry](Result<Secret> value) mutable {
                     if (!value.ok()) {
                         done(Result<HeaderValues>::failure(
                             QStringLiteral("target.headers.%1: %2").arg(name, value.error().message)));
                         return;
                     }
                     redaction::remember(value.value().reveal());
                     got->append({name.toLatin1(), value.value().reveal()});
                     resolveFrom(std::move(todo), std::move(got), std::move(done), store);
                 });
}

} // namespace

void resolveSecretHeaders(const Scenario &scenario, std::function<void(Result<HeaderValues>)> done, SecretStore &store)
{
    auto todo = std::make_shared<QList<std::pair<QString, QString>>>();
    for (auto it = scenario.target.secretHeaders.constBegin(); it != scenario.target.secretHeaders.constEnd(); ++it)
        todo->append({it.key(), it.value()});
    resolveFrom(std::move(todo), std::make_shared<HeaderValues>(), std::move(done), &store);
}

} // namespace canary
