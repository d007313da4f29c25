#pragma once

// The same canary as a k6 script (k6 v0.46+), for rates beyond one desktop or teams already on k6 Cloud or
// the k6-operator: the scenario's arrival-rate executor, request and body template, checks feeding the
// custom Rates `errors` and `delivery_success`, the gate as thresholds, p(99) in the summary, and an OAuth2
// client-credentials token fetched in setup() and refreshed before expiry inside each VU (k6 cannot share a
// refreshed token between VUs). The secret reaches k6 only through the environment (CANARY_CLIENT_SECRET).

#include "core/scenario/Scenario.h"

#include <QByteArray>

namespace canary {

struct K6TestRunOptions
{
    QString name = QStringLiteral("canary"); // Kubernetes object names are derived from it
    int parallelism = 4;
    QString secretName = QStringLiteral("canary-client-secret"); // a Secret with key client-secret
};

class K6Script
{
public:
    static QByteArray script(const Scenario &scenario);
    // A ConfigMap holding the script and a k6-operator TestRun running it on `parallelism` pods
    // (k6 splits the arrival rate between them), writing k6's JSON output to each pod's log volume.
    static QByteArray testRun(const Scenario &scenario, const K6TestRunOptions &options);
    // k6's preAllocatedVUs / maxVUs for the scenario (maxVUs bounds requests in flight like maxInFlight).
    static int preAllocatedVUs(const Scenario &scenario);
};

} // namespace canary
