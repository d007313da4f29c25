#include "core/common/Origin.h"

#include <QRegularExpression>

namespace canary {

std::optional<Origin> Origin::of(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return std::nullopt;
    Origin o;
    o.m_scheme = scheme;
    o.m_host = url.host(QUrl::FullyEncoded).toLower();
    o.m_port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return o;
}

Result<Origin> Origin::parse(const QString &text)
{
    const QString t = text.trimmed();
    const QUrl url(t, QUrl::StrictMode);
    if (!url.userInfo().isEmpty())
        return Result<Origin>::failure(
            QStringLiteral("\"%1\" carries a user name or password; an origin is scheme://host[:port]")
                .arg(QString(t).replace(QRegularExpression(QStringLiteral("//[^/@]*@")), QStringLiteral("//…@"))));
    const auto origin = of(url);
    if (!url.isValid() || !origin)
        return Result<Origin>::failure(
            QStringLiteral("\"%1\" is not an origin: write it as https://host or http://host:port").arg(t));
    return *origin;
}

Result<QList<Origin>> Origin::parseList(const QString &text)
{
    QList<Origin> out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        auto parsed = parse(part);
        if (!parsed.ok())
            return parsed.error();
        if (!out.contains(parsed.value()))
            out << parsed.value();
    }
    return out;
}

QString Origin::toString() const
{
    if (isNull())
        return {};
    const int defaultPort = m_scheme == QLatin1String("https") ? 443 : 80;
    const QString host = m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    return m_port == defaultPort ? QStringLiteral("%1://%2").arg(m_scheme, host)
                                 : QStringLiteral("%1://%2:%3").arg(m_scheme, host).arg(m_port);
}

QString Origin::join(const QList<Origin> &origins)
{
    if (origins.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (const Origin &o : origins)
        parts << o.toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace canary
