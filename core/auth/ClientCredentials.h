#pragma once

// One OAuth2 client-credentials token request (RFC 6749 §4.4), with client authentication by HTTP Basic
// or by body fields. Error messages name the server's OAuth error and never contain the secret.

#include "core/auth/Secret.h"
#include "core/common/Result.h"

#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace canary {

struct AccessToken
{
    Secret value;
    QString type;
    qint64 expiresInSec = 0; // 0 = the server did not say
};

struct ClientCredentialsRequest
{
    QUrl tokenUrl;
    QString clientId;
    Secret clientSecret;
    QString scope;
    bool basicAuth = true; // false: client_id/client_secret in the form body
    int timeoutMs = 15000;
};

class ClientCredentials
{
public:
    static void fetch(QNetworkAccessManager &nam, const ClientCredentialsRequest &request,
                      std::function<void(Result<AccessToken>)> done);
};

} // namespace canary
