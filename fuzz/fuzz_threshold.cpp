// The k6 threshold parser on arbitrary text: never crashes; what it accepts prints back to itself.
#include "core/scenario/Threshold.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = canary::ThresholdExpression::parse(text);
    if (parsed.ok()) {
        const auto again = canary::ThresholdExpression::parse(parsed.value().text());
        if (!again.ok() || !(again.value() == parsed.value()))
            std::abort();
        (void)parsed.value().holds(1.0);
    } else if (parsed.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
