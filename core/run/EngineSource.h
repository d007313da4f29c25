#pragma once

// The load of CanaryDesk's own engine: the token first (a wrong secret stops the run with the server's words),
// then the engine with its raw-results writer on a thread of its own.

#include "core/common/Clock.h"
#include "core/common/Network.h"
#include "core/engine/LoadEngine.h"
#include "core/run/LoadSource.h"

#include <QThread>

#include <memory>

namespace canary {

class ResultsWriter;

class EngineSource : public LoadSource
{
    Q_OBJECT
public:
    // network: what the token requests go through (empty: plain QNetworkAccessManagers). loadNetwork: a network a
    // test injects for the load itself; empty (always, outside tests): the engine's own lean HTTP/1.1 and HTTP/2
    // transports, which take the run's TLS trust and proxy from the request plan.
    EngineSource(int workers, const Clock *clock, NetworkFactory network = {}, NetworkFactory loadNetwork = {},
                 QObject *parent = nullptr);
    ~EngineSource() override;

    void prepare(const LoadContext &context, std::function<void(Status)> done) override;
    void start() override;
    void stop(const QString &reason, bool byOperator) override;
    void abort(const QString &reason) override;
    void cancel() override;
    void describe(RunRecord &record) const override;
    LoadEnd end() override;
    // "the load generator was paused 10.0 s at 0:08 — …" (the timeline's words for a ClientPause).
    static QString pauseText(const ClientPause &pause);
    const LoadEngine *engine() const override { return m_engine.get(); }

private:
    void withSecret(Secret secret, std::function<void(Status)> done);
    void onEngineFinished();
    void stopTokens();

    int m_workers;
    const Clock *m_clock;
    NetworkFactory m_network;
    NetworkFactory m_loadNetwork;
    LoadContext m_context;
    bool m_cancelled = false;
    std::shared_ptr<TokenSource> m_tokens;
    std::unique_ptr<LoadEngine> m_engine;
    QThread m_writerThread;
    ResultsWriter *m_writer = nullptr;
    quint64 m_resultLines = 0;
    QString m_resultsProblem;
};

} // namespace canary
