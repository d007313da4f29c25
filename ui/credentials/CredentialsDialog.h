#pragma once

// Credentials: every secret CanaryDesk sends — OAuth2 client secrets (their profiles in settings), API keys and
// header values, the SendGrid key, the Slack webhook, the k6 Cloud token — each in the OS keychain, bound to the
// origins (scheme://host[:port]) it may be sent to. A run sends a credential nowhere else, whatever a scenario says.
// The secret field is write-only: it shows whether a secret is stored and where it may go, never its value. "Test"
// fetches a token for an OAuth2 profile and shows its type, lifetime and latency, or the server's error.

#include "core/auth/CredentialProfiles.h"
#include "core/auth/SecretStore.h"
#include "core/common/Origin.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QWidget;

namespace canary::ui {

class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        ClientSecret, // an OAuth2 client-credentials profile and its secret
        ApiKey,       // a header's value or the SendGrid key (what a scenario names as secretKey/apiKeySecretKey)
        SlackWebhook, // the incoming-webhook URL (slack-webhook)
        CloudToken,   // the k6 Cloud token (k6-cloud-token)
    };

    CredentialsDialog(QSettings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // For tests and for opening the dialog on a scenario's profile.
    void selectProfile(const QString &id);
    // id, tokenUrl, clientId, scope, origins, secret
    QLineEdit *field(const QString &name) const;
    QComboBox *styleBox() const { return m_style; }
    QComboBox *kindBox() const { return m_kind; }
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
    void showEntry(const QString &name);
    void showKind();
    Kind kind() const;
    CredentialProfile current() const;
    // The origins typed, or what the kind implies when none are typed (the token URL's, the webhook's own, k6
    // Cloud's); the message says what is wrong.
    Result<QList<Origin>> originsToSave() const;
    void saveCurrent();
    void testCurrent();
    void refreshSecretState(const QString &id);
    void newProfile();
    void removeCurrent();
    void finish(const QString &text);

    CredentialProfiles m_profiles;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_nam;
    QListWidget *m_list;
    QLineEdit *m_id;
    QComboBox *m_kind;
    QWidget *m_oauth; // the profile's fields, shown for a client secret only
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_scope;
    QComboBox *m_style;
    QLineEdit *m_origins;
    QLineEdit *m_secret;
    QLabel *m_secretState;
    QLabel *m_testResult;
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_status;
};

} // namespace canary::ui
