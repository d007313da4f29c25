#pragma once

// A value or a human-readable error, returned by every fallible core function instead of throwing.

#include <QString>

#include <utility>
#include <variant>

namespace canary {

struct Error
{
    QString message;
    int code = 0; // optional machine-readable kind, defined by the module that fails

    friend bool operator==(const Error &, const Error &) = default;
};

template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    static Result failure(QString message) requires std::is_same_v<E, Error>
    {
        return Result(Error{std::move(message)});
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

private:
    std::variant<T, E> m_data;
};

// Result for operations that produce nothing but can fail.
struct Done
{
    friend bool operator==(const Done &, const Done &) = default;
};
using Status = Result<Done>;

} // namespace canary
