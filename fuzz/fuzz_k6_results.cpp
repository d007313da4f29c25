// k6 output on arbitrary bytes: the NDJSON reader (whole and fed in pieces, which must agree) and the
// summary reader. Never crashes; never counts more requests than points it read.
#include "core/evidence/ResultsReader.h"
#include "core/k6/K6Summary.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    canary::ResultsReadOptions options;
    options.gate = *canary::GateProfile::builtin(QStringLiteral("gate1"));
    options.targetRate = 250;
    options.plannedMs = 60000;
    const auto whole = canary::ResultsReader::readBytes(bytes, options);
    canary::ResultsStream stream(options);
    const qsizetype cut =
        bytes.isEmpty() ? 0 : static_cast<qsizetype>(static_cast<unsigned char>(bytes.front())) % (bytes.size() + 1);
    stream.feed(bytes.left(cut));
    stream.feed(bytes.mid(cut));
    const canary::ReadResults &pieces = stream.finish();
    if (whole.ok()) {
        if (whole.value().metrics.total().requests != pieces.metrics.total().requests)
            std::abort(); // the same bytes, however they arrive, count the same
        if (whole.value().metrics.total().requests > 0 && whole.value().points == 0)
            std::abort();
    }
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    if (!doc.isEmpty()) {
        const QJsonObject hs = canary::K6Summary::exportToHandleSummary(doc);
        (void)canary::K6Summary::thresholdOutcomes(hs);
        for (const char *expr : {"p(95)<250", "rate<0.005", "count>0", "avg<1", "med<2", "value>0"})
            (void)canary::K6Summary::measure(
                hs, canary::Threshold{QStringLiteral("http_req_duration"),
                                      canary::ThresholdExpression::parse(QString::fromLatin1(expr)).value()});
    }
    return 0;
}
