#pragma once

// Keeps the desktop awake while a run is in progress: a laptop that suspends mid-canary leaves a hole in the run
// (CatchUp) and a verdict that certifies nothing. Asks, in order, whichever answers first on D-Bus:
//   the desktop portal            org.freedesktop.portal.Inhibit.Inhibit (suspend | idle) — GNOME, KDE, Flatpak
//   the GNOME session manager     org.gnome.SessionManager.Inhibit (suspend | idle)
//   the screensaver               org.freedesktop.ScreenSaver.Inhibit (idle only)
//   logind, on the system bus     org.freedesktop.login1.Manager.Inhibit("sleep:idle", …, "block")
// and releases it when the run ends. Every call is asynchronous: the console never waits on the bus. What it got —
// or that nothing answered — is said in the run's notes.

#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QString>
#include <QStringList>

namespace canary {

class SleepInhibitor : public QObject
{
    Q_OBJECT
public:
    explicit SleepInhibitor(QObject *parent = nullptr);
    ~SleepInhibitor() override; // releases

    // Asks (once); held() turns true when an interface grants it.
    void hold(const QString &reason);
    void release();
    bool held() const { return m_held; }
    // For the run's notes: "kept the machine awake during the run (the desktop portal)", or why it could not.
    QString note() const;

Q_SIGNALS:
    void settled(); // an interface granted it, or every one refused

private:
    void tryNext();
    void granted(const QString &by);

    QString m_reason;
    int m_next = 0;
    bool m_asked = false;
    bool m_held = false;
    bool m_settled = false;
    QString m_by;          // which interface holds it
    QStringList m_refused; // "the desktop portal: org.freedesktop.DBus.Error.ServiceUnknown", …
    QString m_portalRequest;
    uint m_cookie = 0;
    QDBusUnixFileDescriptor m_logindFd;
};

} // namespace canary
