// The scenario loader on arbitrary bytes: never crashes, and whatever it accepts survives a round trip.
#include "core/scenario/ScenarioLoader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const canary::ScenarioResult loaded = canary::ScenarioLoader::fromBytes(bytes, QStringLiteral("fuzz.json"));
    if (loaded.ok()) {
        const canary::ScenarioResult again =
            canary::ScenarioLoader::fromBytes(canary::ScenarioLoader::toBytes(loaded.value()), QStringLiteral("again"));
        if (!again.ok() || !(again.value() == loaded.value()))
            std::abort(); // an accepted scenario must save and load back unchanged
    } else if (loaded.error().isEmpty()) {
        std::abort(); // a refusal always names a problem
    }
    return 0;
}
