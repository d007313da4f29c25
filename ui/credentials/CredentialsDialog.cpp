#include "ui/credentials/CredentialsDialog.h"
#include "ui/widgets/WindowFit.h"

#include "core/auth/ClientCredentials.h"
#include "core/common/Redactor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace canary::ui {

CredentialsDialog::CredentialsDialog(QSettings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_profiles(settings), m_secrets(secrets), m_nam(new QNetworkAccessManager(this)),
      m_list(new QListWidget(this)), m_id(new QLineEdit(this)), m_tokenUrl(new QLineEdit(this)),
      m_clientId(new QLineEdit(this)), m_scope(new QLineEdit(this)), m_style(new QComboBox(this)),
      m_secret(new QLineEdit(this)), m_secretState(new QLabel(this)), m_testResult(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_test(new QPushButton(tr("&Test"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Credentials"));
    setObjectName(QStringLiteral("CredentialsDialog"));
    m_style->addItem(tr("HTTP Basic (RFC 6749 default)"), QStringLiteral("basic"));
    m_style->addItem(tr("Form body (client_id, client_secret)"), QStringLiteral("body"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setToolTip(tr("Write-only: the secret goes to the OS keychain and is never shown again."));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://auth.example.com/oauth/token"));
    m_id->setToolTip(tr("The keychain entry name; scenarios refer to it as auth.secretKey (default: the client id)."));
    m_testResult->setWordWrap(true);
    // Keychain and server messages can be long: they wrap instead of widening the dialog.
    m_secretState->setWordWrap(true);
    m_status->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&New"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile id:"), m_id);
    form->addRow(tr("Token URL:"), m_tokenUrl);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Client authentication:"), m_style);
    form->addRow(tr("Client secret:"), m_secret);
    form->addRow(QString(), m_secretState);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_test);
    actions->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_testResult);
    right->addStretch(1);
    right->addWidget(m_status);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &CredentialsDialog::newProfile);
    connect(remove, &QPushButton::clicked, this, &CredentialsDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::saveCurrent);
    connect(m_test, &QPushButton::clicked, this, &CredentialsDialog::testCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<CredentialProfile> all = m_profiles.all();
        if (row >= 0 && row < all.size())
            showProfile(all[row]);
    });
    resizeToFit(this, QSize(760, 420));
    reload(QString());
}

CredentialsDialog::~CredentialsDialog() = default;

QLineEdit *CredentialsDialog::field(const QString &name) const
{
    if (name == QLatin1String("id"))
        return m_id;
    if (name == QLatin1String("tokenUrl"))
        return m_tokenUrl;
    if (name == QLatin1String("clientId"))
        return m_clientId;
    if (name == QLatin1String("scope"))
        return m_scope;
    if (name == QLatin1String("secret"))
        return m_secret;
    return nullptr;
}

QString CredentialsDialog::status() const
{
    return m_status->text();
}

void CredentialsDialog::reload(const QString &select)
{
    m_list->clear();
    int row = -1;
    const QList<CredentialProfile> all = m_profiles.all();
    for (int i = 0; i < all.size(); ++i) {
        m_list->addItem(all[i].id);
        if (all[i].id == select)
            row = i;
    }
    if (row < 0 && !all.isEmpty())
        row = 0;
    if (row >= 0)
        m_list->setCurrentRow(row);
    else
        newProfile();
}

void CredentialsDialog::selectProfile(const QString &id)
{
    reload(id);
}

void CredentialsDialog::showProfile(const CredentialProfile &p)
{
    m_id->setText(p.id);
    m_tokenUrl->setText(p.tokenUrl);
    m_clientId->setText(p.clientId);
    m_scope->setText(p.scope);
    m_style->setCurrentIndex(p.basicAuth ? 0 : 1);
    m_secret->clear();
    m_testResult->clear();
    refreshSecretState(p.id);
}

CredentialProfile CredentialsDialog::current() const
{
    return CredentialProfile{m_id->text().trimmed(), m_tokenUrl->text().trimmed(), m_clientId->text().trimmed(),
                             m_scope->text().trimmed(), m_style->currentData().toString() == QLatin1String("basic")};
}

void CredentialsDialog::newProfile()
{
    m_list->clearSelection();
    showProfile(CredentialProfile{});
    m_secretState->setText(tr("No secret stored yet."));
    m_id->setFocus();
}

void CredentialsDialog::removeCurrent()
{
    const QString id = current().id;
    if (id.isEmpty())
        return;
    m_profiles.remove(id);
    m_secrets.remove(id, [this, id](Status s) {
        m_status->setText(s ? tr("Removed %1 and its secret.").arg(id) : s.error().message);
        reload(QString());
        Q_EMIT settled();
    });
}

void CredentialsDialog::refreshSecretState(const QString &id)
{
    if (id.isEmpty()) {
        m_secretState->setText(tr("No secret stored yet."));
        return;
    }
    m_secretState->setText(tr("Checking the keychain…"));
    m_secrets.read(id, [this, id](Result<Secret> r) {
        if (current().id != id)
            return;
        const bool locked = !r && r.error().code == SecretStore::kDenied;
        m_secret->setPlaceholderText(r        ? tr("stored — type to replace")
                                     : locked ? tr("keychain locked — unlock it, then reopen this profile")
                                              : tr("not stored"));
        m_secretState->setText(r ? tr("✓ A secret is stored in the OS keychain.") : tr("✗ %1").arg(r.error().message));
    });
}

void CredentialsDialog::saveCurrent()
{
    const CredentialProfile p = current();
    QStringList problems;
    if (p.id.isEmpty())
        problems << tr("the profile id is empty");
    const QUrl url(p.tokenUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        problems << tr("the token URL must be an http:// or https:// URL");
    if (p.clientId.isEmpty())
        problems << tr("the client id is empty");
    if (!problems.isEmpty()) {
        m_status->setText(tr("Not saved: %1.").arg(problems.join(QStringLiteral("; "))));
        Q_EMIT settled();
        return;
    }
    m_profiles.save(p);
    const QString typed = m_secret->text();
    m_secret->clear(); // the field never keeps a secret
    if (typed.isEmpty()) {
        m_status->setText(tr("Saved %1.").arg(p.id));
        reload(p.id);
        Q_EMIT settled();
        return;
    }
    m_secrets.write(p.id, Secret(typed.toUtf8()), [this, p](Status s) {
        m_status->setText(s ? tr("Saved %1; its secret is in the OS keychain.").arg(p.id)
                            : tr("Saved %1, but the secret was not stored: %2").arg(p.id, s.error().message));
        reload(p.id);
        Q_EMIT settled();
    });
}

void CredentialsDialog::testCurrent()
{
    const CredentialProfile p = current();
    m_testResult->setText(tr("Fetching a token…"));
    auto run = [this, p](Secret secret) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        ClientCredentials::fetch(
            *m_nam, ClientCredentialsRequest{QUrl(p.tokenUrl), p.clientId, std::move(secret), p.scope, p.basicAuth},
            [this, timer](Result<AccessToken> r) {
                m_testResult->setText(r ? tr("✓ %1 token, lifetime %2 s, fetched in %3 ms.")
                                              .arg(r->type)
                                              .arg(r->expiresInSec)
                                              .arg(timer->elapsed())
                                        : tr("✗ %1").arg(redaction::redact(r.error().message)));
                Q_EMIT settled();
            });
    };
    if (!m_secret->text().isEmpty()) {
        run(Secret(m_secret->text().toUtf8()));
        return;
    }
    m_secrets.read(p.id, [this, run](Result<Secret> r) {
        if (!r) {
            m_testResult->setText(tr("✗ %1").arg(r.error().message));
            Q_EMIT settled();
            return;
        }
        run(r.value());
    });
}

} // namespace canary::ui
