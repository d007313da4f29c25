#pragma once

// A stand-in for the desktop portal's Inhibit interface (org.freedesktop.portal.Inhibit, xdg-desktop-portal), on
// the private session bus the keyring tests run in: it records each Inhibit call (flags, reason) and each Close of
// the request it handed out — the real interface names and signatures, so the product cannot tell it from GNOME's.

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QObject>
#include <QVariantMap>

namespace canary::test {

class PortalRequest : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Request")
public:
    int closed = 0;
public Q_SLOTS:
    void Close() { ++closed; }
};

class PortalInhibit : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Inhibit")
public:
    // Registers on its own connection to the session bus (the product's calls come through the bus).
    bool registerOn(const QString &connectionName)
    {
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
        return m_bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")) &&
               m_bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), this,
                                    QDBusConnection::ExportAllSlots) &&
               m_bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop/request/1_1/canary"), &request,
                                    QDBusConnection::ExportAllSlots);
    }
    void unregister()
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        QDBusConnection::disconnectFromBus(m_bus.name());
    }
    int calls = 0;
    uint flags = 0;
    QString reason;
    PortalRequest request;

public Q_SLOTS:
    QDBusObjectPath Inhibit(const QString &, uint f, const QVariantMap &options)
    {
        ++calls;
        flags = f;
        reason = options.value(QStringLiteral("reason")).toString();
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/portal/desktop/request/1_1/canary"));
    }

private:
    QDBusConnection m_bus{QString()};
};

} // namespace canary::test
