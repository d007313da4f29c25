#pragma once

// The network a run talks through, injected: every QNetworkAccessManager of a run — the token's, the health
// poller's, the provider's, the HTTP/2 load's — is made by the run's one factory (a proxy, a test's recorder),
// or is a plain one when none is given. The engine's HTTP/1 load uses its own sockets (Http1Transport).

#include <QNetworkAccessManager>

#include <functional>

namespace canary {

// Called on the thread that will use the manager (the engine's workers call it on theirs): thread-safe.
using NetworkFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

inline QNetworkAccessManager *makeNetwork(const NetworkFactory &factory, QObject *parent)
{
    return factory ? factory(parent) : new QNetworkAccessManager(parent);
}

} // namespace canary
