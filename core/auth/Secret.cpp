#include "core/auth/Secret.h"

#include <algorithm>

namespace canary {

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        wipe();
        m_value = other.m_value;
        m_value.detach();
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_value = std::move(other.m_value);
    }
    return *this;
}

Secret::~Secret()
{
    wipe();
}

void Secret::wipe()
{
    // Only wipe storage we own alone; a shared buffer belongs to someone else too.
    if (!m_value.isEmpty() && !m_value.isDetached())
        m_value.detach();
    if (!m_value.isEmpty()) {
        volatile char *p = m_value.data();
        for (qsizetype i = 0; i < m_value.size(); ++i)
            p[i] = 0;
    }
    m_value.clear();
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isEmpty() ? "empty" : "***") << ')';
    return debug;
}

} // namespace canary
