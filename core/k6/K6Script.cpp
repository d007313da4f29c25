#include "core/k6/K6Script.h"

#include "core/common/Duration.h"
#include "core/common/Encode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace canary {

namespace {

// Every scenario string reaches the script through these two encoders, never pasted, and never into a comment.
QString js(const QString &s)
{
    return encode::jsString(s);
}

QString jsValue(const QJsonValue &v)
{
    if (v.isObject())
        return encode::asciiJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isArray())
        return encode::asciiJson(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isString())
        return js(v.toString());
    return QStringLiteral("null");
}

QString k6Duration(qint64 ms)
{
    if (ms % 3600000 == 0)
        return QStringLiteral("%1h").arg(ms / 3600000);
    if (ms % 60000 == 0)
        return QStringLiteral("%1m").arg(ms / 60000);
    if (ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (!l.isEmpty())
            l.prepend(pad);
    return lines.join(QLatin1Char('\n'));
}

QString scenarioBlock(const Scenario &s)
{
    const LoadProfile &l = s.load;
    QStringList lines;
    const int pre = K6Script::preAllocatedVUs(s);
    if (l.executor == LoadProfile::Executor::ConstantArrivalRate) {
        lines << QStringLiteral("executor: 'constant-arrival-rate',")
              << QStringLiteral("rate: %1,").arg(number(l.stages.value(0).rate))
              << QStringLiteral("timeUnit: '%1',").arg(k6Duration(l.timeUnitMs))
              << QStringLiteral("duration: '%1',").arg(k6Duration(l.totalDurationMs()));
    } else {
        lines << QStringLiteral("executor: 'ramping-arrival-rate',")
              << QStringLiteral("startRate: %1,").arg(number(l.startRate))
              << QStringLiteral("timeUnit: '%1',").arg(k6Duration(l.timeUnitMs)) << QStringLiteral("stages: [");
        for (const LoadStage &st : l.stages)
            lines
                << QStringLiteral("  { target: %1, duration: '%2' },").arg(number(st.rate), k6Duration(st.durationMs));
        lines << QStringLiteral("],");
    }
    lines << QStringLiteral("preAllocatedVUs: %1,").arg(pre) << QStringLiteral("maxVUs: %1,").arg(l.maxInFlight)
          << QStringLiteral("gracefulStop: '%1',").arg(k6Duration(l.gracefulStopMs));
    return lines.join(QLatin1Char('\n'));
}

QString thresholdsBlock(const GateProfile &gate, const Scenario &s)
{
    QMap<QString, QStringList> items;
    QStringList order;
    auto add = [&](const QString &key, const QString &item) {
        if (!items.contains(key))
            order << key;
        items[key] << item;
    };
    for (const QString &metric : gate.metrics()) {
        const QString key = metric.contains(QLatin1Char('{')) ||
                                    !QRegularExpression(QStringLiteral("^[a-z_]+$")).match(metric).hasMatch()
                                ? js(metric)
                                : metric;
        for (const Threshold &t : gate.thresholdsFor(metric)) {
            if (!t.abortOnFail)
                add(key, js(t.expression.text()));
            else
                add(key, QStringLiteral("{ threshold: %1, abortOnFail: true, delayAbortEval: '%2' }")
                             .arg(js(t.expression.text()), k6Duration(std::max<qint64>(t.delayAbortEvalMs, 0))));
        }
    }
    // The gate's run-level criteria, so that k6 alone (k6 run, k6 cloud, the k6-operator) judges the whole gate:
    // the rate as a count of the canary's own requests (k6's http_reqs rate divides by the whole test's time,
    // setup included, so a short run would fail it), scaled to this runner's share of the load; and the drops.
    if (gate.minRateRatio > 0)
        add(js(QStringLiteral("http_reqs{scenario:canary}")),
            QStringLiteral("`count>=${%1 * SHARE}`").arg(number(gate.minRateRatio * s.load.expectedRequests())));
    add(QStringLiteral("dropped_iterations"), js(QStringLiteral("count<=%1").arg(gate.maxDropped)));
    QStringList lines;
    if (gate.requireFullDuration)
        lines << QStringLiteral("// Full duration: k6 has no threshold on how long a test ran. A run cut short falls "
                                "short of the")
              << QStringLiteral("// http_reqs{scenario:canary} count; `canarydesk import --scenario` judges the "
                                "duration itself.");
    for (const QString &key : order)
        lines << QStringLiteral("%1: [%2],").arg(key, items.value(key).join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int K6Script::preAllocatedVUs(const Scenario &s)
{
    // Enough VUs for 300-ms answers (slower than Gate 1's p95) at the peak rate, never more than the in-flight cap:
    // k6 drops the arrivals that find no free VU while it starts more mid-run, and the script's own
    // dropped_iterations threshold would then fail a service that is within the gate (seen with the real k6:
    // 2 VUs for 20/s against 400-ms answers dropped 7 of 61 although 40 were allowed).
    const int wanted = static_cast<int>(std::ceil(s.load.peakRatePerSecond() * 0.3));
    return std::clamp(wanted, 1, std::max(1, s.load.maxInFlight));
}

QByteArray K6Script::script(const Scenario &s)
{
    const GateProfile gate = s.gate.resolve();
    const QUrl target = s.target.requestUrl();
    QUrl base(s.target.baseUrl);
    const QString path = target.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const bool oauth = s.auth.type == AuthSpec::Type::OAuth2ClientCredentials;
    const bool bearer = s.auth.type == AuthSpec::Type::StaticBearer;
    QJsonObject headers;
    for (auto it = s.target.headers.constBegin(); it != s.target.headers.constEnd(); ++it)
        headers.insert(it.key(), it.value());
    const QString refreshLead =
        s.auth.refreshLeadMs > 0 ? number(static_cast<double>(s.auth.refreshLeadMs) / 1000.0) : QStringLiteral("null");
    QStringList statuses;
    for (int st : s.checks.expectedStatus)
        statuses << QString::number(st);
    QStringList deliveryValues;
    if (s.checks.delivery)
        for (const QString &v : s.checks.delivery->values)
            deliveryValues << js(v);

    QString out;
    out += QStringLiteral(
               "// k6 script generated by CanaryDesk %1 from a scenario (its name: SCENARIO_NAME below).\n"
               "// Edit the scenario and generate again rather than editing this file.\n"
               "//   k6 run -e CANARY_CLIENT_SECRET=… --out json=results.json canary.js\n"
               "//   canarydesk import results.json --out evidence/   (the same evidence package as a CanaryDesk run)\n"
               "// Needs k6 v0.46 or newer. The client secret is read from the environment only.\n")
               .arg(QStringLiteral(CANARYDESK_VERSION));
    out += QStringLiteral("import http from 'k6/http';\n"
                          "import encoding from 'k6/encoding';\n"
                          "import exec from 'k6/execution';\n"
                          "import { check } from 'k6';\n"
                          "import { randomBytes } from 'k6/crypto';\n"
                          "import { Rate } from 'k6/metrics';\n\n");
    out += QStringLiteral("const SCENARIO_NAME = %1;\n").arg(js(s.name));
    out +=
        QStringLiteral("const BASE_URL = __ENV.CANARY_BASE_URL || %1;\n").arg(js(base.toString(QUrl::RemoveUserInfo)));
    out += QStringLiteral("const PATH = %1;\n").arg(js(path.isEmpty() ? QStringLiteral("/") : path));
    out += QStringLiteral("const METHOD = %1;\n").arg(js(s.target.method));
    out += QStringLiteral("const TIMEOUT = '%1';\n").arg(k6Duration(s.target.timeoutMs));
    out += QStringLiteral("const HEADERS = %1;\n").arg(jsValue(headers));
    if (!s.target.secretHeaders.isEmpty()) {
        QJsonObject envs;
        for (auto it = s.target.secretHeaders.constBegin(); it != s.target.secretHeaders.constEnd(); ++it)
            envs.insert(it.key(), QString::fromLatin1(TargetSpec::secretHeaderEnv(it.key())));
        out +=
            QStringLiteral(
                "// Credential headers: their values reach k6 through its environment (CanaryDesk reads them from "
                "the OS keychain), never this script.\n"
                "const SECRET_HEADERS = %1;\n"
                "for (const [name, env] of Object.entries(SECRET_HEADERS)) {\n"
                "  if (!__ENV[env]) throw new Error(`${env} is not set: it holds the value of the ${name} header`);\n"
                "  HEADERS[name] = __ENV[env];\n"
                "}\n")
                .arg(jsValue(envs));
    }
    out += QStringLiteral("const BODY_TEMPLATE = %1;\n").arg(jsValue(s.target.body));
    QStringList environment;
    for (const QString &name : s.target.environment)
        environment << js(name);
    out += QStringLiteral("const ENVIRONMENT = [%1];\n").arg(environment.join(QStringLiteral(", ")));
    out += QStringLiteral("const EXPECTED_STATUS = [%1];\n").arg(statuses.join(QStringLiteral(", ")));
    out += QStringLiteral("const DELIVERY_POINTER = %1;\n")
               .arg(s.checks.delivery ? js(s.checks.delivery->pointer) : QStringLiteral("null"));
    out += QStringLiteral("const DELIVERY_VALUES = [%1];\n").arg(deliveryValues.join(QStringLiteral(", ")));
    if (oauth) {
        out += QStringLiteral("const TOKEN_URL = __ENV.CANARY_TOKEN_URL || %1;\n")
                   .arg(js(s.resolveUrl(s.auth.tokenUrl).toString()));
        out += QStringLiteral("const CLIENT_ID = __ENV.CANARY_CLIENT_ID || %1;\n").arg(js(s.auth.clientId));
        out += QStringLiteral("const SCOPE = %1;\n").arg(js(s.auth.scope));
        out += QStringLiteral("const BASIC_AUTH = %1;\n")
                   .arg(s.auth.style == AuthSpec::Style::Basic ? QStringLiteral("true") : QStringLiteral("false"));
        out += QStringLiteral("const REFRESH_LEAD_S = %1; // null: the smaller of 60 s and 10 % of the lifetime\n")
                   .arg(refreshLead);
    }
    if (bearer)
        out += QStringLiteral("const TOKEN_ENV = %1;\n").arg(js(s.auth.tokenEnv));
    out += QStringLiteral("// This runner's share of the load: 1 alone; 1/N for each of N runners (k6-operator pods, "
                          "--execution-segment).\n"
                          "const SHARE = Number(__ENV.CANARY_LOAD_SHARE) || 1;\n");
    out += QStringLiteral(
        "\nconst errors = new Rate('errors');\nconst deliverySuccess = new Rate('delivery_success');\n\n");
    out += QStringLiteral("export const options = {\n  scenarios: {\n    canary: {\n%1\n    },\n  },\n")
               .arg(indent(scenarioBlock(s), 6));
    out += QStringLiteral("  thresholds: {\n%1\n  },\n").arg(indent(thresholdsBlock(gate, s), 4));
    if (s.target.insecure)
        out += QStringLiteral("  // target.insecure: TLS certificates are not verified (the evidence says so).\n"
                              "  insecureSkipTLSVerify: true,\n");
    out += QStringLiteral("  summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'],\n};\n\n");

    out += QStringLiteral(
        "function uuid() {\n"
        "  const b = new Uint8Array(randomBytes(16));\n"
        "  b[6] = (b[6] & 0x0f) | 0x40;\n"
        "  b[8] = (b[8] & 0x3f) | 0x80;\n"
        "  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');\n"
        "  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;\n"
        "}\n\n"
        "// The scenario's placeholders: {{uuid}} {{seq}} {{timestamp}} {{worker}} {{env.NAME}} {{pick:a|b}}.\n"
        "function fill(value) {\n"
        "  if (typeof value === 'string') {\n"
        "    return value.replace(/\\{\\{([^}]*)\\}\\}/g, (whole, name) => {\n"
        "      if (name === 'uuid') return uuid();\n"
        "      if (name === 'seq') return String(exec.scenario.iterationInTest);\n"
        "      if (name === 'timestamp') return new Date().toISOString();\n"
        "      if (name === 'worker') return String(exec.vu.idInTest);\n"
        "      // Only the variables the scenario lists (target.environment): nothing else of the runner's "
        "environment.\n"
        "      if (name.startsWith('env.')) return ENVIRONMENT.includes(name.slice(4)) ? (__ENV[name.slice(4)] || '') "
        ": '';\n"
        "      if (name.startsWith('pick:')) {\n"
        "        const options = name.slice(5).split('|');\n"
        "        return options[Math.floor(Math.random() * options.length)];\n"
        "      }\n"
        "      return whole;\n"
        "    });\n"
        "  }\n"
        "  if (Array.isArray(value)) return value.map(fill);\n"
        "  if (value !== null && typeof value === 'object') {\n"
        "    const out = {};\n"
        "    for (const key of Object.keys(value)) out[key] = fill(value[key]);\n"
        "    return out;\n"
        "  }\n"
        "  return value;\n"
        "}\n\n"
        "// RFC 6901 JSON pointer.\n"
        "function pointer(doc, ptr) {\n"
        "  if (ptr === '') return doc;\n"
        "  let node = doc;\n"
        "  for (const raw of ptr.split('/').slice(1)) {\n"
        "    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');\n"
        "    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;\n"
        "    node = node[key];\n"
        "  }\n"
        "  return node;\n"
        "}\n\n");
    if (oauth) {
        out += QStringLiteral(
            "function fetchToken(why) {\n"
            "  const form = { grant_type: 'client_credentials' };\n"
            "  if (SCOPE) form.scope = SCOPE;\n"
            "  const params = { tags: { name: 'oauth-token' }, headers: {} };\n"
            "  if (BASIC_AUTH) {\n"
            "    params.headers.Authorization =\n"
            "      'Basic ' + "
            "encoding.b64encode(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(__ENV.CANARY_CLIENT_SECRET)}`);"
            "\n"
            "  } else {\n"
            "    form.client_id = CLIENT_ID;\n"
            "    form.client_secret = __ENV.CANARY_CLIENT_SECRET;\n"
            "  }\n"
            "  const res = http.post(TOKEN_URL, form, params);\n"
            "  if (res.status !== 200) {\n"
            "    let reason = `HTTP ${res.status}`;\n"
            "    try { const e = res.json(); reason += `: ${e.error} ${e.error_description || ''}`; } catch (_) {}\n"
            "    throw new Error(`token request (${why}) refused: ${reason}`); // never the secret\n"
            "  }\n"
            "  const body = res.json();\n"
            "  const lifetime = Number(body.expires_in) > 0 ? Number(body.expires_in) : 300;\n"
            "  const lead = REFRESH_LEAD_S !== null ? REFRESH_LEAD_S : Math.min(60, lifetime * 0.1);\n"
            "  // Each VU refreshes at a moment of its own inside the lead window, not all VUs in the same 100 ms.\n"
            "  return { token: body.access_token, refreshAt: Date.now() + (lifetime - lead) * 1000, spreadMs: lead * "
            "500 };\n"
            "}\n\n"
            "export function setup() {\n"
            "  if (!__ENV.CANARY_CLIENT_SECRET) {\n"
            "    throw new Error('set CANARY_CLIENT_SECRET in the environment (k6 run -e CANARY_CLIENT_SECRET=…)');\n"
            "  }\n"
            "  return fetchToken('setup');\n"
            "}\n\n"
            "let current = null; // this VU's copy of the token: k6 cannot share a refreshed one between VUs\n\n"
            "function spread(t) {\n"
            "  return Object.assign({}, t, { refreshAt: t.refreshAt - Math.random() * t.spreadMs });\n"
            "}\n\n"
            "function bearer(data) {\n"
            "  if (current === null) current = spread(data);\n"
            "  if (Date.now() >= current.refreshAt) current = spread(fetchToken('refresh before expiry'));\n"
            "  return current.token;\n"
            "}\n\n"
            "export default function (data) {\n"
            "  const headers = Object.assign({}, HEADERS, { Authorization: `Bearer ${bearer(data)}` });\n");
    } else if (bearer) {
        out += QStringLiteral(
            "export function setup() {\n"
            "  if (!__ENV[TOKEN_ENV]) throw new Error(`set ${TOKEN_ENV} in the environment`);\n"
            "}\n\n"
            "export default function () {\n"
            "  const headers = Object.assign({}, HEADERS, { Authorization: `Bearer ${__ENV[TOKEN_ENV]}` });\n");
    } else {
        out += QStringLiteral("export default function () {\n  const headers = Object.assign({}, HEADERS);\n");
    }
    out += QStringLiteral(
        "  const body = BODY_TEMPLATE === null ? null\n"
        "    : typeof BODY_TEMPLATE === 'string' ? fill(BODY_TEMPLATE) : JSON.stringify(fill(BODY_TEMPLATE));\n"
        "  const res = http.request(METHOD, BASE_URL + PATH, body, { headers, timeout: TIMEOUT });\n"
        "  const ok = check(res, { [`status is ${EXPECTED_STATUS.join(' or ')}`]: (r) => "
        "EXPECTED_STATUS.includes(r.status) });\n"
        "  errors.add(!ok);\n"
        "  let delivered = false;\n"
        "  if (ok && DELIVERY_POINTER !== null) {\n"
        "    try { delivered = DELIVERY_VALUES.includes(String(pointer(res.json(), DELIVERY_POINTER))); } catch (_) "
        "{}\n"
        "  } else if (ok) {\n"
        "    delivered = true;\n"
        "  }\n"
        "  deliverySuccess.add(delivered);\n"
        "}\n");
    return out.toUtf8();
}

QByteArray K6Script::testRun(const Scenario &s, const K6TestRunOptions &o)
{
    // Names and values reach YAML through encoders: object names as RFC 1123 labels (room left for the
    // "-script"/"-results" suffixes), the scenario's name only as a quoted annotation, never in a comment.
    const QString name = encode::kubernetesName(o.name, 63 - 8);
    const QString secret = encode::kubernetesName(o.secretName, 63, QStringLiteral("canary-client-secret"));
    QString y;
    y += QStringLiteral(
             "# k6-operator TestRun for a CanaryDesk scenario (generated by CanaryDesk %1; the scenario's name is the\n"
             "# canarydesk.io/scenario annotation). Once, beside it (the secret never goes into this file):\n"
             "#   kubectl create secret generic %2 --from-literal=client-secret=…\n"
             "#   a ReadWriteMany PersistentVolumeClaim named %4-results for the raw results\n"
             "# kubectl apply -f this.yaml: the %3 runner pods split the arrival rate between them (k6 execution\n"
             "# segments; each judges its own share of the gate) and each writes k6's JSON output to\n"
             "# /results/<pod>.json.gz on the claim. Then one verdict on the whole load:\n"
             "#   canarydesk import /results/*.json.gz --scenario SCENARIO [its overrides] --out evidence/DIR\n")
             .arg(QStringLiteral(CANARYDESK_VERSION), secret)
             .arg(o.parallelism)
             .arg(name);
    const QString annotation =
        QStringLiteral("  annotations:\n    canarydesk.io/scenario: %1\n").arg(encode::yamlString(s.name));
    y += QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1-script\n%2data:\n  canary.js: |\n")
             .arg(name, annotation);
    y += indent(QString::fromUtf8(script(s)), 4);
    y += QStringLiteral(
             "\n---\napiVersion: k6.io/v1alpha1\nkind: TestRun\nmetadata:\n  name: %1\n%5spec:\n"
             "  parallelism: %2\n  script:\n    configMap:\n      name: %1-script\n      file: canary.js\n"
             "  runner:\n    env:\n"
             "      - name: CANARY_CLIENT_SECRET\n        valueFrom:\n          secretKeyRef:\n"
             "            name: %3\n            key: client-secret\n"
             "      - name: POD_NAME\n        valueFrom:\n          fieldRef:\n            fieldPath: metadata.name\n"
             "      - name: K6_OUT\n        value: json=/results/$(POD_NAME).json.gz\n"
             "      - name: CANARY_LOAD_SHARE\n        value: \"%4\"\n"
             "    volumeMounts:\n      - name: results\n        mountPath: /results\n"
             "    volumes:\n      - name: results\n        persistentVolumeClaim:\n          claimName: %1-results\n")
             .arg(name)
             .arg(o.parallelism)
             .arg(secret)
             .arg(number(1.0 / std::max(1, o.parallelism)))
             .arg(annotation);
    return y.toUtf8();
}

} // namespace canary
