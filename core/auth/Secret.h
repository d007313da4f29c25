#pragma once

// A secret value (client secret, API key, token). Its bytes are wiped when it dies, it cannot be
// converted implicitly, and printing it shows "***" — so it cannot slip into a log line by accident.

#include <QByteArray>
#include <QDebug>

namespace canary {

class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray value) : m_value(std::move(value)) {}
    Secret(const Secret &other) : m_value(other.m_value) { m_value.detach(); }
    Secret(Secret &&other) noexcept : m_value(std::move(other.m_value)) {}
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_value.isEmpty(); }
    // The only way to the bytes; name every use site.
    const QByteArray &reveal() const { return m_value; }

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }

private:
    void wipe();
    QByteArray m_value;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace canary
