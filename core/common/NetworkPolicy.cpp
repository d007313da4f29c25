#include "core/common/NetworkPolicy.h"

#include "core/common/Redactor.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslSocket>

namespace canary {

namespace {

// The first non-empty of the upper- and lowercase name (Go's order: the uppercase one wins).
std::pair<QString, QString> envAny(const QProcessEnvironment &env, const QString &upper)
{
    for (const QString &name : {upper, upper.toLower()})
        if (const QString v = env.value(name).trimmed(); !v.isEmpty())
            return {name, v};
    return {};
}

class PolicyHolder : public QObject
{
public:
    PolicyHolder(std::shared_ptr<const NetworkPolicy> policy, QObject *parent)
        : QObject(parent), policy(std::move(policy))
    {
        setObjectName(QStringLiteral("canary-network-policy"));
    }
    std::shared_ptr<const NetworkPolicy> policy;
};

class PolicyProxyFactory : public QNetworkProxyFactory
{
public:
    explicit PolicyProxyFactory(std::shared_ptr<const NetworkPolicy> policy) : m_policy(std::move(policy)) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return {m_policy->proxyFor(query.url())};
    }

private:
    std::shared_ptr<const NetworkPolicy> m_policy;
};

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

Result<NetworkPolicy> NetworkPolicy::make(const QString &caBundle, bool insecure, const QProcessEnvironment &env)
{
    NetworkPolicy p;
    p.m_insecure = insecure;
    p.m_caBundle = caBundle;
    if (!caBundle.isEmpty()) {
        QFile f(caBundle);
        if (!f.open(QIODevice::ReadOnly))
            return Result<NetworkPolicy>::failure(
                QStringLiteral("target.caBundle: cannot read %1: %2").arg(caBundle, f.errorString()));
        p.m_extraCas = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (p.m_extraCas.isEmpty())
            return Result<NetworkPolicy>::failure(
                QStringLiteral("target.caBundle: %1 holds no PEM certificate").arg(caBundle));
    }
    for (auto [slot, name] : {std::pair{&p.m_httpProxy, QStringLiteral("HTTP_PROXY")},
                              std::pair{&p.m_httpsProxy, QStringLiteral("HTTPS_PROXY")}}) {
        const auto [variable, value] = envAny(env, name);
        if (value.isEmpty())
            continue;
        // Go takes "host:port" as http://host:port.
        QUrl url(value.contains(QLatin1String("://")) ? value : QStringLiteral("http://") + value, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("socks5") &&
             scheme != QLatin1String("socks5h")))
            return Result<NetworkPolicy>::failure(
                QStringLiteral("%1: \"%2\" is not a proxy CanaryDesk can use (http://host:port or "
                               "socks5://host:port)")
                    .arg(variable, url.toString(QUrl::RemoveUserInfo)));
        redaction::remember(url.password().toUtf8()); // a proxy's password is a credential too
        *slot = Proxy{url, variable};
    }
    const auto [noProxyVariable, noProxy] = envAny(env, QStringLiteral("NO_PROXY"));
    p.m_noProxyText = noProxy;
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*")) {
            p.m_noProxyAll = true;
            continue;
        }
        Bypass b;
        if (const auto cidr = QHostAddress::parseSubnet(entry);
            !cidr.first.isNull() && entry.contains(QLatin1Char('/'))) {
            b.network = cidr.first;
            b.prefix = cidr.second;
        } else if (const QHostAddress ip(entry.startsWith(QLatin1Char('[')) ? entry.mid(1).chopped(1) : entry);
                   !ip.isNull()) {
            b.network = ip;
            b.prefix = ip.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        } else {
            if (const qsizetype colon = entry.lastIndexOf(QLatin1Char(':')); colon > 0) {
                b.port = entry.mid(colon + 1).toInt();
                entry.truncate(colon);
            }
            if (entry.startsWith(QLatin1String("*.")))
                entry.remove(0, 1);
            b.subdomainsOnly = entry.startsWith(QLatin1Char('.'));
            b.host = b.subdomainsOnly ? entry.mid(1) : entry;
        }
        p.m_noProxy << b;
    }
    return p;
}

QSslConfiguration NetworkPolicy::ssl() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        ssl.addCaCertificates(m_extraCas);
    if (m_insecure)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

QByteArray NetworkPolicy::extraCasPem() const
{
    QByteArray pem;
    for (const QSslCertificate &c : m_extraCas)
        pem += c.toPem();
    return pem;
}

bool NetworkPolicy::bypassed(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (m_noProxyAll || isLoopback(host))
        return true;
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const QHostAddress address(host);
    for (const Bypass &b : m_noProxy) {
        if (b.port && b.port != port)
            continue;
        if (b.prefix >= 0) {
            if (!address.isNull() && address.isInSubnet(b.network, b.prefix))
                return true;
        } else if ((!b.subdomainsOnly && host == b.host) || host.endsWith(QLatin1Char('.') + b.host)) {
            return true;
        }
    }
    return false;
}

QNetworkProxy NetworkPolicy::proxyFor(const QUrl &url) const
{
    const Proxy &p =
        url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? m_httpsProxy : m_httpProxy;
    if (p.isEmpty() || bypassed(url))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const bool socks = p.url.scheme().startsWith(QLatin1String("socks5"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, p.url.host(),
                        static_cast<quint16>(p.url.port(socks ? 1080 : 80)), p.url.userName(), p.url.password());
    return proxy;
}

QString NetworkPolicy::routeTo(const QUrl &url) const
{
    const QNetworkProxy proxy = proxyFor(url);
    if (proxy.type() == QNetworkProxy::NoProxy) {
        const Proxy &p = url.scheme() == QLatin1String("https") ? m_httpsProxy : m_httpProxy;
        return p.isEmpty() ? QStringLiteral("direct")
                           : QStringLiteral("direct (%1)")
                                 .arg(isLoopback(url.host()) ? QStringLiteral("loopback") : QStringLiteral("NO_PROXY"));
    }
    const Proxy &p = url.scheme() == QLatin1String("https") ? m_httpsProxy : m_httpProxy;
    return QStringLiteral("through the proxy %1 (%2)")
        .arg(p.url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath), p.variable);
}

QString NetworkPolicy::tlsDescription() const
{
    if (m_insecure)
        return QStringLiteral("TLS certificate verification OFF for every request of the run (target.insecure)");
    return m_caBundle.isEmpty()
               ? QStringLiteral("TLS verified against the system's certificate authorities")
               : QStringLiteral("TLS verified against the system's certificate authorities plus target.caBundle %1 "
                                "for every request of the run")
                     .arg(m_caBundle);
}

NetworkFactory NetworkPolicy::factory(NetworkFactory base) const
{
    auto policy = std::make_shared<const NetworkPolicy>(*this);
    return [policy, base = std::move(base)](QObject *parent) {
        QNetworkAccessManager *nam = makeNetwork(base, parent);
        nam->setProxyFactory(new PolicyProxyFactory(policy)); // the manager owns it
        new PolicyHolder(policy, nam);
        return nam;
    };
}

QNetworkRequest NetworkPolicy::request(const QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkRequest request(url);
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return request;
    for (QObject *child : nam.children())
        if (auto *holder = dynamic_cast<PolicyHolder *>(child)) {
            request.setSslConfiguration(holder->policy->ssl());
            break;
        }
    return request;
}

} // namespace canary
