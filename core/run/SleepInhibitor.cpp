#include "core/run/SleepInhibitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace canary {

namespace {

constexpr uint kSuspend = 4, kIdle = 8; // the portal's and GNOME's flags
constexpr int kTimeoutMs = 3000;

struct Candidate
{
    const char *name; // as the notes say it
    bool systemBus;
    const char *service, *path, *interface, *method;
};

const Candidate kCandidates[] = {
    {"the desktop portal", false, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
     "org.freedesktop.portal.Inhibit", "Inhibit"},
    {"the GNOME session manager", false, "org.gnome.SessionManager", "/org/gnome/SessionManager",
     "org.gnome.SessionManager", "Inhibit"},
    {"the screensaver (idle only)", false, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
     "org.freedesktop.ScreenSaver", "Inhibit"},
    {"logind", true, "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "Inhibit"},
};

QDBusConnection busFor(const Candidate &c)
{
    return c.systemBus ? QDBusConnection::systemBus() : QDBusConnection::sessionBus();
}

} // namespace

SleepInhibitor::SleepInhibitor(QObject *parent) : QObject(parent) {}

SleepInhibitor::~SleepInhibitor()
{
    release();
}

void SleepInhibitor::hold(const QString &reason)
{
    if (m_asked)
        return;
    m_asked = true;
    m_reason = reason;
    tryNext();
}

void SleepInhibitor::tryNext()
{
    const int count = static_cast<int>(std::size(kCandidates));
    while (m_next < count) {
        const Candidate &c = kCandidates[m_next++];
        QDBusConnection bus = busFor(c);
        if (!bus.isConnected()) {
            m_refused << QStringLiteral("%1: no %2 bus")
                             .arg(QLatin1String(c.name),
                                  c.systemBus ? QStringLiteral("system") : QStringLiteral("session"));
            continue;
        }
        QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(c.service), QLatin1String(c.path),
                                                           QLatin1String(c.interface), QLatin1String(c.method));
        const QString app = QStringLiteral("CanaryDesk");
        if (m_next == 1)
            call << QString() << (kSuspend | kIdle) << QVariantMap{{QStringLiteral("reason"), m_reason}};
        else if (m_next == 2)
            call << app << uint(0) << m_reason << (kSuspend | kIdle);
        else if (m_next == 3)
            call << app << m_reason;
        else
            call << QStringLiteral("sleep:idle") << app << m_reason << QStringLiteral("block");
        const int which = m_next - 1;
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, which]() {
            watcher->deleteLater();
            const QDBusMessage reply = watcher->reply();
            const Candidate &c = kCandidates[which];
            if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                m_refused << QStringLiteral("%1: %2").arg(QLatin1String(c.name), reply.errorName());
                tryNext();
                return;
            }
            const QVariant answer = reply.arguments().first();
            if (which == 0)
                m_portalRequest = qvariant_cast<QDBusObjectPath>(answer).path();
            else if (which == 3)
                m_logindFd = qvariant_cast<QDBusUnixFileDescriptor>(answer);
            else
                m_cookie = answer.toUInt();
            granted(QLatin1String(c.name));
        });
        return;
    }
    m_settled = true;
    Q_EMIT settled();
}

void SleepInhibitor::granted(const QString &by)
{
    m_held = true;
    m_by = by;
    m_settled = true;
    Q_EMIT settled();
}

void SleepInhibitor::release()
{
    if (!m_held)
        return;
    m_held = false;
    QDBusMessage call;
    if (!m_portalRequest.isEmpty()) {
        call =
            QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.portal.Desktop"), m_portalRequest,
                                           QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Close"));
    } else if (m_by == QLatin1String(kCandidates[1].name)) {
        call = QDBusMessage::createMethodCall(QLatin1String(kCandidates[1].service), QLatin1String(kCandidates[1].path),
                                              QLatin1String(kCandidates[1].interface), QStringLiteral("Uninhibit"));
        call << m_cookie;
    } else if (m_by == QLatin1String(kCandidates[2].name)) {
        call = QDBusMessage::createMethodCall(QLatin1String(kCandidates[2].service), QLatin1String(kCandidates[2].path),
                                              QLatin1String(kCandidates[2].interface), QStringLiteral("UnInhibit"));
        call << m_cookie;
    } else {
        m_logindFd = QDBusUnixFileDescriptor(); // logind's lock is the file descriptor: closing it releases it
        return;
    }
    QDBusConnection::sessionBus().asyncCall(call, kTimeoutMs); // fire and forget: nothing waits on the bus
}

QString SleepInhibitor::note() const
{
    if (!m_asked)
        return {};
    if (!m_by.isEmpty())
        return QStringLiteral("kept the machine awake during the run (asked %1 not to suspend or idle)").arg(m_by);
    if (!m_settled)
        return QStringLiteral("asked the desktop to keep the machine awake; no answer came during the run");
    return QStringLiteral("could not ask the desktop to keep the machine awake (%1): keep it awake yourself — a "
                          "machine that sleeps leaves a hole in the run")
        .arg(m_refused.join(QStringLiteral("; ")));
}

} // namespace canary
