#pragma once

// One network policy per run: how every request of a run — the load, the token, /health, the e-mail provider —
// reaches the network, so they cannot disagree (a token refused for a CA the load trusts, /health FAILING while
// the gate says PASS, the token through a proxy while the load goes direct).
// - TLS: the system's certificate authorities plus the scenario's caBundle, or no verification at all when the
//   scenario says insecure (every run warns, and the evidence says so).
// - Proxies: one rule for every request, read from the operator's environment as k6 (Go's net/http) reads it:
//   HTTPS_PROXY for https://, HTTP_PROXY for http:// (the lowercase names too), NO_PROXY's hosts, domains (and
//   their subdomains), IP addresses, CIDR ranges and host:port pairs direct, "*" everything direct, and localhost
//   and loopback addresses always direct. A scenario cannot name a proxy: one from someone else would route the
//   bound credentials through its own host.

#include "core/common/Network.h"
#include "core/common/Result.h"

#include <QList>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <memory>

namespace canary {

class NetworkPolicy
{
public:
    // caBundle: a PEM file of extra CAs (empty: the system's alone). The message names the file or the variable and
    // what is wrong (unreadable, no certificate, a proxy URL that is not one).
    static Result<NetworkPolicy> make(const QString &caBundle, bool insecure,
                                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    bool insecure() const { return m_insecure; }
    QString caBundle() const { return m_caBundle; }
    // The TLS configuration of every https request of the run.
    QSslConfiguration ssl() const;
    // The extra CAs (PEM), for a k6 process that must trust what the run trusts.
    QByteArray extraCasPem() const;
    // The proxy a request to url goes through: NoProxy (direct), or an HTTP or SOCKS5 proxy.
    QNetworkProxy proxyFor(const QUrl &url) const;
    // "direct" or "through the proxy http://127.0.0.1:3128 (HTTPS_PROXY)", for the run's notes.
    QString routeTo(const QUrl &url) const;
    bool anyProxy() const { return !m_httpProxy.isEmpty() || !m_httpsProxy.isEmpty(); }
    // "TLS verified against the system's CAs plus caBundle FILE" / "TLS verification OFF (target.insecure)".
    QString tlsDescription() const;

    // Managers that carry the policy: base's (or plain ones) with the proxy rule set. Requests built with
    // request() then carry its TLS configuration.
    NetworkFactory factory(NetworkFactory base = {}) const;
    // A request for url through nam: the TLS configuration of nam's policy (if nam was made by factory()).
    static QNetworkRequest request(const QNetworkAccessManager &nam, const QUrl &url);

private:
    struct Proxy
    {
        QUrl url;
        QString variable; // HTTPS_PROXY, http_proxy, …
        bool isEmpty() const { return url.isEmpty(); }
    };
    struct Bypass // one NO_PROXY entry
    {
        QString host; // a host or domain (lowercase, no leading "."), or empty for an address range
        bool subdomainsOnly = false;
        QHostAddress network;
        int prefix = -1; // an IP address (prefix = its width) or a CIDR range
        int port = 0;    // 0 = any
    };
    bool bypassed(const QUrl &url) const;

    bool m_insecure = false;
    QString m_caBundle;
    QList<QSslCertificate> m_extraCas;
    Proxy m_httpProxy;
    Proxy m_httpsProxy;
    QList<Bypass> m_noProxy;
    bool m_noProxyAll = false;
    QString m_noProxyText;
};

} // namespace canary
