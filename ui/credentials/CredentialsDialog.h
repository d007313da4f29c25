#pragma once

// Credentials: OAuth2 client-credentials profiles in settings, their secrets in the OS keychain.
// The secret field is write-only: it shows whether a secret is stored, never its value. "Test" fetches
// a token and shows its type, lifetime and latency, or the server's error.

#include "core/auth/CredentialProfiles.h"
#include "core/auth/SecretStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace canary::ui {

class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(QSettings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // For tests and for opening the dialog on a scenario's profile.
    void selectProfile(const QString &id);
    QLineEdit *field(const QString &name) const;
    QComboBox *styleBox() const { return m_style; }
    QLabel *secretState() const { return m_secretState; }
    QLabel *testResult() const { return m_testResult; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QString status() const;

Q_SIGNALS:
    // A save or a test finished (its outcome is in the dialog's labels).
    void settled();

private:
    void reload(const QString &select);
    void showProfile(const CredentialProfile &p);
    CredentialProfile current() const;
    void saveCurrent();
    void testCurrent();
    void refreshSecretState(const QString &id);
    void newProfile();
    void removeCurrent();

    CredentialProfiles m_profiles;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_nam;
    QListWidget *m_list;
    QLineEdit *m_id;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_scope;
    QComboBox *m_style;
    QLineEdit *m_secret;
    QLabel *m_secretState;
    QLabel *m_testResult;
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_status;
};

} // namespace canary::ui
