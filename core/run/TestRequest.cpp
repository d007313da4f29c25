#include "core/run/TestRequest.h"

#include "core/auth/ClientCredentials.h"
#include "core/common/Encode.h"
#include "core/common/Redactor.h"
#include "core/common/SendOnce.h"
#include "core/engine/RequestPlan.h"
#include "core/run/RunSecrets.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace canary {

namespace {

void sendWith(const std::shared_ptr<QNetworkAccessManager> &nam, const std::shared_ptr<const RequestPlan> &plan,
              const QByteArray &bearer, std::function<void(Result<TestResponse>)> done)
{
    const QByteArray body = plan->body.render(0, 0, QDateTime::currentDateTimeUtc());
    const QNetworkRequest request = plan->networkRequest(bearer);
    QNetworkReply *reply = plan->idempotent ? nam->sendCustomRequest(request, plan->method, body)
                                            : sendOnce(*nam, request, plan->method, body);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // The scenario's timeout bounds the whole request, as in the engine.
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(plan->timeoutMs, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [nam, plan, reply, body, clock, timedOut, done]() {
        reply->deleteLater();
        TestResponse r;
        r.method = QString::fromLatin1(plan->method);
        r.url = plan->url.toString();
        // What the editor shows passes the redactor: a server quoting the token or a secret header back.
        r.requestBody = redaction::redact(body);
        r.elapsedMs = clock->elapsed();
        *timedOut = *timedOut || plan->timedOut(reply->error(), clock->nsecsElapsed());
        const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
        r.status = *timedOut ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r.status == 0)
            r.transportError =
                *timedOut ? QStringLiteral("no answer within the scenario's timeout (%1 ms)").arg(plan->timeoutMs)
                          : redaction::redact(transportError(*reply));
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.bodyBytes = answer.size();
        r.body = encode::visible(redaction::redact(answer), true).left(TestResponse::kMaxBody); // whole first
        const Outcome o = plan->classify(reply->error(), *timedOut, r.status, answer);
        if (o.errorClass == ErrorClass::IncompleteBody)
            r.transportError = QStringLiteral("the answer was cut short: %1 (the body ended before its %2)")
                                   .arg(redaction::redact(transportError(*reply)),
                                        reply->hasRawHeader("Content-Length") ? QStringLiteral("Content-Length")
                                                                              : QStringLiteral("last chunk"));
        r.errorClass = errorClassName(o.errorClass);
        r.checkOk = o.checkOk;
        r.delivered = o.delivered;
        done(std::move(r));
    });
}

void sendPlanned(const Scenario &scenario, const RunSecrets &secrets, std::function<void(Result<TestResponse>)> done)
{
    // The same network policy as a run's: the token and the request trust the same CAs and take the same route.
    const auto policy = RequestPlan::networkPolicy(scenario);
    if (!policy.ok()) {
        done(Result<TestResponse>::failure(policy.error().message));
        return;
    }
    auto planned = RequestPlan::fromScenario(
        scenario, QStringLiteral("CanaryDesk/%1 (test request)").arg(QStringLiteral(CANARYDESK_VERSION)),
        secrets.environment, &policy.value());
    if (!planned.ok()) {
        done(Result<TestResponse>::failure(planned.error().message));
        return;
    }
    planned.value().headers.append(secrets.secretHeaders);
    auto plan = std::make_shared<const RequestPlan>(std::move(planned).value());
    // The last owner may be a reply's finished handler: the manager (the reply's parent) goes later.
    auto nam = std::shared_ptr<QNetworkAccessManager>(policy.value().factory()(nullptr),
                                                      [](QNetworkAccessManager *m) { m->deleteLater(); });
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    switch (scenario.auth.type) {
    case AuthSpec::Type::None:
        sendWith(nam, plan, {}, std::move(done));
        return;
    case AuthSpec::Type::StaticBearer:
        sendWith(nam, plan, secrets.environment.value(scenario.auth.tokenEnv), std::move(done));
        return;
    case AuthSpec::Type::OAuth2ClientCredentials:
        break;
    }
    const Scenario &s = scenario;
    ClientCredentials::fetch(
        *nam,
        ClientCredentialsRequest{s.resolveUrl(s.auth.tokenUrl), s.auth.clientId, secrets.clientSecret, s.auth.scope,
                                 s.auth.style == AuthSpec::Style::Basic},
        [nam, plan, done](Result<AccessToken> token) {
            if (!token.ok()) {
                done(Result<TestResponse>::failure(QStringLiteral("auth: ") + token.error().message));
                return;
            }
            sendWith(nam, plan, token.value().value.reveal(), done);
        });
}

} // namespace

void sendTestRequest(const Scenario &scenario, const Credential &clientSecret, const QStringList &environment,
                     std::function<void(Result<TestResponse>)> done, SecretStore &store)
{
    // The same request as a run's, with the same checks: every secret only where it is bound, the environment only
    // as handed over (and all of it cut from what is shown).
    SecretsRequest request;
    request.scenario = scenario;
    request.clientSecret = clientSecret;
    request.handedEnvironment = environment;
    request.provider = false; // a test request asks nothing of the e-mail provider
    resolveRunSecrets(request, store, [scenario, done = std::move(done)](Result<RunSecrets> secrets) mutable {
        if (!secrets.ok()) {
            done(Result<TestResponse>::failure(secrets.error().message));
            return;
        }
        sendPlanned(scenario, secrets.value(), std::move(done));
    });
}

} // namespace canary
