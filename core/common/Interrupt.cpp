#include "core/common/Interrupt.h"

#include <atomic>

namespace canary::interrupt {

namespace {
std::atomic<bool> g_cut{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");
} // namespace

void cutEvidenceShort() noexcept
{
    g_cut.store(true, std::memory_order_relaxed);
}

bool evidenceCutShort() noexcept
{
    return g_cut.load(std::memory_order_relaxed);
}

void reset() noexcept
{
    g_cut.store(false, std::memory_order_relaxed);
}

} // namespace canary::interrupt
