#pragma once

// An origin (RFC 6454 §4): scheme, host and port — what a stored credential is bound to. Two URLs share an
// origin when all three match; "https://api.example.com" and "https://api.example.com:443/v1" do, "http://…" or
// another port or host does not. Hosts compare case-insensitively; the default port of the scheme is implied.

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace canary {

class Origin
{
public:
    Origin() = default;
    // The origin of an http(s) URL; nullopt for anything else (no host, another scheme).
    static std::optional<Origin> of(const QUrl &url);
    // "https://host[:port]" as a person writes it (a path, if any, is ignored: the origin is what counts). The
    // message names what is wrong: not http(s), no host, user-info.
    static Result<Origin> parse(const QString &text);
    // Origins separated by spaces or commas ("https://a, https://b"); an empty text is an empty list.
    static Result<QList<Origin>> parseList(const QString &text);

    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    bool isNull() const { return m_scheme.isEmpty(); }
    // "https://api.example.com", "http://127.0.0.1:18080" (the default port is left out).
    QString toString() const;
    static QString join(const QList<Origin> &origins); // "https://a, https://b"; "none" when empty

    friend bool operator==(const Origin &, const Origin &) = default;

private:
    QString m_scheme;
    QString m_host;
    int m_port = 0;
};

} // namespace canary
