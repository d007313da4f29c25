#include "core/run/EvidencePipeline.h"

#include "core/auth/Secrets.h"
#include "core/run/RunStore.h"
#include "core/evidence/Signer.h"
#include "core/run/SigningKeys.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace canary {

namespace {

SecretStore &secretsOf(const EvidenceOptions &options)
{
    return options.secrets ? *options.secrets : systemSecretStore();
}

void say(const std::function<void(const QString &)> &to, const QString &text)
{
    if (to)
        to(text);
}

PackageOutcome writeWith(PackageDraft draft, const SigningKey &key, const EvidenceOptions &options)
{
    if (key.oneTime())
        say(options.warning, QStringLiteral("the evidence is signed with a %1").arg(key.note));
    say(options.progress, QStringLiteral("writing the evidence package"));
    if (const auto pub = Signer::publicKeyOf(key.privateKey); pub.ok()) {
        draft.keyFingerprint = Signer::fingerprint(pub.value());
        draft.keySource = key.source;
    }
    return PackageBuilder::write(std::move(draft), options.renderer);
}

Result<PackageOutcome> store(PackageOutcome outcome, const EvidenceOptions &options)
{
    for (const QString &p : outcome.problems)
        say(options.warning, p);
    if (options.store)
        if (const Status saved = options.store->save(outcome.record, &outcome.total, &outcome.verdict); !saved)
            say(options.warning, QStringLiteral("History not updated: %1").arg(saved.error().message));
    return outcome;
}

} // namespace

void EvidencePipeline::start(QObject *context, DeriveStep derive, EvidenceOptions options, EvidenceDone done)
{
    QPointer<QObject> guard(context);
    auto *derived = new QFutureWatcher<Result<PackageDraft>>(context);
    QObject::connect(derived, &QFutureWatcherBase::finished, context, [guard, derived, options, done] {
        derived->deleteLater();
        Result<PackageDraft> draft = derived->result();
        if (!draft.ok()) {
            done(Result<PackageOutcome>::failure(draft.error().message));
            return;
        }
        SigningKeys::obtain(
            [guard, draft = draft.value(), options, done](SigningKey key) mutable {
                if (!guard)
                    return;
                PackageOutcome written = writeWith(std::move(draft), key, options);
                say(options.progress, QStringLiteral("signing the evidence"));
                auto *signing = new QFutureWatcher<PackageOutcome>(guard.data());
                QObject::connect(signing, &QFutureWatcherBase::finished, guard.data(), [signing, options, done] {
                    signing->deleteLater();
                    done(store(signing->result(), options));
                });
                const QDateTime signedAt = (options.clock ? options.clock : &SystemClock::instance())->utcNow();
                signing->setFuture(QtConcurrent::run([outcome = std::move(written), key, signedAt]() mutable {
                    PackageBuilder::sign(outcome, key, signedAt);
                    return outcome;
                }));
            },
            secretsOf(options));
    });
    derived->setFuture(QtConcurrent::run(std::move(derive)));
}

Result<PackageOutcome> EvidencePipeline::runNow(const DeriveStep &derive, const EvidenceOptions &options)
{
    Result<PackageDraft> draft = derive();
    if (!draft.ok())
        return Result<PackageOutcome>::failure(draft.error().message);
    const SigningKey key = SigningKeys::obtainNow(secretsOf(options));
    PackageOutcome outcome = writeWith(std::move(draft.value()), key, options);
    say(options.progress, QStringLiteral("signing the evidence"));
    PackageBuilder::sign(outcome, key, (options.clock ? options.clock : &SystemClock::instance())->utcNow());
    return store(std::move(outcome), options);
}

} // namespace canary
