#pragma once

// The load's requests through QNetworkAccessManager, for what Http1Transport does not speak (HTTP/2). A pool
// of managers that grows with the requests in flight (6 connections each before Qt 6.5) and shrinks from its
// end once a manager there has been idle kIdleCloseNs. Timed from the hand-over to Qt (Qt 6.4 does not say
// when a request reached its socket).

#include "core/engine/RequestPlan.h"
#include "core/engine/Transport.h"

#include <QHash>

#include <functional>
#include <memory>
#include <vector>

#include "core/common/Network.h"

namespace canary {

class QnamTransport final : public LoadTransport
{
public:
    QnamTransport(std::shared_ptr<const RequestPlan> plan, Done done, QObject *owner, int maxInFlight,
                  NetworkFactory factory = {});
    ~QnamTransport() override;

    quint64 send(const QByteArray &bearer, const QByteArray &body) override;
    void abort(quint64 id) override;
    int connections() const override;
    void trim(qint64 nowNs) override;

    // Connections one QNAM opens per host: 6 before Qt 6.5 (no setting), raised on 6.5+.
    int connectionsPerManager() const;

private:
    struct Pending
    {
        QNetworkReply *reply = nullptr;
        int manager = 0;
        qint64 sentNs = 0;
        TransportAnswer answer;
    };
    struct Manager
    {
        QNetworkAccessManager *nam;
        int load = 0;
        qint64 idleSinceNs = 0;
    };
    int pickManager();
    void onReadyRead(quint64 id);
    void onFinished(quint64 id);

    std::shared_ptr<const RequestPlan> m_plan;
    Done m_done;
    QObject *m_owner;
    int m_maxInFlight;
    NetworkFactory m_factory;
    std::vector<Manager> m_managers;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace canary
