#include "ui/credentials/CredentialsDialog.h"
#include "ui/widgets/WindowFit.h"

#include "core/auth/ClientCredentials.h"
#include "core/auth/Secrets.h"
#include "core/common/Redactor.h"
#include "core/evidence/SlackMessage.h"
#include "core/run/RunSecrets.h"

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

namespace {

// Reads an entry's raw bytes (for its origins, or to bind it anew without asking for the secret again).
void readStored(SecretStore &store, const QString &name, std::function<void(Result<credentials::Stored>)> done)
{
    store.read(name, [done = std::move(done)](Result<Secret> raw) {
        if (!raw.ok())
            done(raw.error());
        else
            done(credentials::decode(raw.value().reveal()));
    });
}

} // namespace

CredentialsDialog::CredentialsDialog(QSettings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_profiles(settings), m_secrets(secrets), m_nam(new QNetworkAccessManager(this)),
      m_list(new QListWidget(this)), m_id(new QLineEdit(this)), m_kind(new QComboBox(this)), m_oauth(new QWidget(this)),
      m_tokenUrl(new QLineEdit(this)), m_clientId(new QLineEdit(this)), m_scope(new QLineEdit(this)),
      m_style(new QComboBox(this)), m_origins(new QLineEdit(this)), m_secret(new QLineEdit(this)),
      m_secretState(new QLabel(this)), m_testResult(new QLabel(this)), m_save(new QPushButton(tr("&Save"), this)),
      m_test(new QPushButton(tr("&Test"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Credentials"));
    setObjectName(QStringLiteral("CredentialsDialog"));
    m_kind->addItem(tr("OAuth2 client secret"), static_cast<int>(Kind::ClientSecret));
    m_kind->addItem(tr("API key or header value (also the SendGrid key)"), static_cast<int>(Kind::ApiKey));
    m_kind->addItem(tr("Slack incoming webhook URL"), static_cast<int>(Kind::SlackWebhook));
    m_kind->addItem(tr("k6 Cloud token"), static_cast<int>(Kind::CloudToken));
    m_kind->setAccessibleName(tr("Kind of credential"));
    m_style->addItem(tr("HTTP Basic (RFC 6749 default)"), QStringLiteral("basic"));
    m_style->addItem(tr("Form body (client_id, client_secret)"), QStringLiteral("body"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Secret"));
    m_secret->setToolTip(tr("Write-only: the secret goes to the OS keychain and is never shown again."));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://auth.example.com/oauth/token"));
    m_origins->setPlaceholderText(QStringLiteral("https://auth.example.com, https://api.example.com"));
    m_origins->setAccessibleName(tr("Origins"));
    m_origins->setToolTip(tr("Where this secret may be sent: scheme://host[:port], separated by commas. A run sends "
                             "it nowhere else, whatever a scenario says. For a client secret: the token URL's origin "
                             "and the target's (the token it buys goes there)."));
    m_id->setToolTip(tr("The keychain entry name; scenarios name it as auth.secretKey (default: the client id), a "
                        "header's secretKey or monitors.provider.apiKeySecretKey."));
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

    auto *oauth = new QFormLayout(m_oauth);
    oauth->setContentsMargins(0, 0, 0, 0);
    oauth->addRow(tr("Token URL:"), m_tokenUrl);
    oauth->addRow(tr("Client id:"), m_clientId);
    oauth->addRow(tr("Scope:"), m_scope);
    oauth->addRow(tr("Client authentication:"), m_style);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_id);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(m_oauth);
    form->addRow(tr("May be sent to:"), m_origins);
    form->addRow(tr("Secret:"), m_secret);
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
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CredentialsDialog::showKind);
    // The Slack webhook and the k6 Cloud token live under fixed names: the name says the kind.
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &name) {
        Kind k = kind();
        if (name == QLatin1String(kSlackWebhookEntry))
            k = Kind::SlackWebhook;
        else if (name == QLatin1String(kCloudTokenEntry))
            k = Kind::CloudToken;
        else if (k == Kind::SlackWebhook || k == Kind::CloudToken) // those live under their own names only
            k = Kind::ClientSecret;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(k)));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showEntry(m_list->item(row)->data(Qt::UserRole).toString());
    });
    resizeToFit(this, QSize(760, 460));
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
    if (name == QLatin1String("origins"))
        return m_origins;
    if (name == QLatin1String("secret"))
        return m_secret;
    return nullptr;
}

QString CredentialsDialog::status() const
{
    return m_status->text();
}

CredentialsDialog::Kind CredentialsDialog::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void CredentialsDialog::reload(const QString &select)
{
    m_list->clear();
    int row = -1;
    const QStringList names = m_profiles.credentialNames();
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names[i], m_list);
        item->setData(Qt::UserRole, names[i]);
        if (names[i] == select)
            row = i;
    }
    if (row < 0 && !select.isEmpty()) {
        newProfile();
        m_id->setText(select);
        return;
    }
    if (row < 0 && select.isEmpty() && !m_profiles.all().isEmpty()) // first the profiles, the common case
        row = static_cast<int>(names.indexOf(m_profiles.all().first().id));
    if (row >= 0)
        m_list->setCurrentRow(row);
    else
        newProfile();
}

void CredentialsDialog::selectProfile(const QString &id)
{
    reload(id);
}

void CredentialsDialog::showEntry(const QString &name)
{
    CredentialProfile profile;
    bool isProfile = false;
    for (const CredentialProfile &p : m_profiles.all())
        if (p.id == name) {
            profile = p;
            isProfile = true;
        }
    const Kind k = isProfile                                   ? Kind::ClientSecret
                   : name == QLatin1String(kSlackWebhookEntry) ? Kind::SlackWebhook
                   : name == QLatin1String(kCloudTokenEntry)   ? Kind::CloudToken
                                                               : Kind::ApiKey;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(k)));
    m_id->setText(name);
    m_tokenUrl->setText(profile.tokenUrl);
    m_clientId->setText(profile.clientId);
    m_scope->setText(profile.scope);
    m_style->setCurrentIndex(profile.basicAuth ? 0 : 1);
    m_origins->clear();
    m_secret->clear();
    m_testResult->clear();
    showKind();
    refreshSecretState(name);
}

void CredentialsDialog::showKind()
{
    const bool oauth = kind() == Kind::ClientSecret;
    m_oauth->setVisible(oauth);
    m_test->setEnabled(oauth);
    m_secret->setAccessibleName(kind() == Kind::SlackWebhook ? tr("Webhook URL") : tr("Secret"));
}

CredentialProfile CredentialsDialog::current() const
{
    return CredentialProfile{m_id->text().trimmed(), m_tokenUrl->text().trimmed(), m_clientId->text().trimmed(),
                             m_scope->text().trimmed(), m_style->currentData().toString() == QLatin1String("basic")};
}

void CredentialsDialog::newProfile()
{
    m_list->clearSelection();
    m_id->clear();
    m_tokenUrl->clear();
    m_clientId->clear();
    m_scope->clear();
    m_origins->clear();
    m_secret->clear();
    m_testResult->clear();
    m_kind->setCurrentIndex(0);
    showKind();
    m_secretState->setText(tr("No secret stored yet."));
    m_id->setFocus();
}

void CredentialsDialog::finish(const QString &text)
{
    m_status->setText(text);
    Q_EMIT settled();
}

void CredentialsDialog::removeCurrent()
{
    const QString id = current().id;
    if (id.isEmpty())
        return;
    m_profiles.remove(id);
    m_profiles.forgetName(id);
    m_secrets.remove(id, [this, id](Status s) {
        reload(QString());
        finish(s ? tr("Removed %1 and its secret.").arg(id) : s.error().message);
    });
}

void CredentialsDialog::refreshSecretState(const QString &id)
{
    if (id.isEmpty()) {
        m_secretState->setText(tr("No secret stored yet."));
        return;
    }
    m_secretState->setText(tr("Checking the keychain…"));
    readStored(m_secrets, id, [this, id](Result<credentials::Stored> r) {
        if (current().id != id)
            return;
        const bool locked = !r && r.error().code == SecretStore::kDenied;
        m_secret->setPlaceholderText(r        ? tr("stored — type to replace")
                                     : locked ? tr("keychain locked — unlock it, then reopen this entry")
                                              : tr("not stored"));
        if (!r) {
            m_secretState->setText(tr("✗ %1").arg(r.error().message));
            return;
        }
        if (m_origins->text().isEmpty() && !r->origins.isEmpty())
            m_origins->setText(Origin::join(r->origins));
        m_secretState->setText(r->origins.isEmpty()
                                   ? tr("⚠ A secret is stored, bound to no origin (stored before origins existed): "
                                        "runs send it nowhere until you name where it may go and Save.")
                                   : tr("✓ A secret is stored in the OS keychain; it may be sent to %1 only.")
                                         .arg(Origin::join(r->origins)));
    });
}

Result<QList<Origin>> CredentialsDialog::originsToSave() const
{
    auto typed = Origin::parseList(m_origins->text());
    if (!typed.ok())
        return typed.error();
    if (!typed.value().isEmpty())
        return typed;
    switch (kind()) {
    case Kind::ClientSecret:
        if (const auto o = Origin::of(QUrl(m_tokenUrl->text().trimmed())))
            return QList<Origin>{*o}; // the token endpoint's; add the target's if it differs
        break;
    case Kind::SlackWebhook:
        if (const auto o = Origin::of(QUrl(m_secret->text().trimmed())))
            return QList<Origin>{*o};
        break;
    case Kind::CloudToken:
        return k6CloudOrigins();
    case Kind::ApiKey:
        break;
    }
    return Result<QList<Origin>>::failure(tr("name the origins it may be sent to (e.g. https://api.example.com)"));
}

void CredentialsDialog::saveCurrent()
{
    const CredentialProfile p = current();
    QStringList problems;
    if (p.id.isEmpty())
        problems << tr("the name is empty");
    else if (credentials::isReserved(p.id))
        problems << tr("names starting with canarydesk- are CanaryDesk's own");
    if (kind() == Kind::ClientSecret) {
        const QUrl url(p.tokenUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            problems << tr("the token URL must be an http:// or https:// URL");
        if (p.clientId.isEmpty())
            problems << tr("the client id is empty");
    }
    const auto origins = originsToSave();
    if (!origins.ok())
        problems << origins.error().message;
    if (!problems.isEmpty()) {
        finish(tr("Not saved: %1.").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    if (kind() == Kind::ClientSecret)
        m_profiles.save(p);
    m_profiles.rememberName(p.id);
    const QString where = Origin::join(origins.value());
    const QString typed = m_secret->text();
    m_secret->clear(); // the field never keeps a secret
    auto stored = [this, p, where](Status s) {
        reload(p.id);
        finish(s ? tr("Saved %1; its secret is in the OS keychain, bound to %2.").arg(p.id, where)
                 : tr("Saved %1, but the secret was not stored: %2").arg(p.id, s.error().message));
    };
    if (!typed.isEmpty()) {
        storeCredential(m_secrets, p.id, Secret(typed.toUtf8()), origins.value(), stored);
        return;
    }
    // No new secret: the stored one (if any) is bound anew to the origins given.
    readStored(m_secrets, p.id, [this, p, origins = origins.value(), stored](Result<credentials::Stored> r) {
        if (!r) {
            reload(p.id);
            finish(r.error().code == SecretStore::kNotFound ? tr("Saved %1; no secret is stored yet.").arg(p.id)
                                                            : r.error().message);
            return;
        }
        storeCredential(m_secrets, p.id, r->secret, origins, stored);
    });
}

void CredentialsDialog::testCurrent()
{
    const CredentialProfile p = current();
    m_testResult->setText(tr("Fetching a token…"));
    const auto origins = originsToSave();
    auto run = [this, p](Credential credential) {
        // The same rule as a run's: the secret goes only to an origin it is bound to.
        if (const Status ok = allowedTo(credential, tr("the client secret"), QUrl(p.tokenUrl), tr("Token URL")); !ok) {
            m_testResult->setText(tr("✗ %1").arg(ok.error().message));
            Q_EMIT settled();
            return;
        }
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        ClientCredentials::fetch(
            *m_nam, ClientCredentialsRequest{QUrl(p.tokenUrl), p.clientId, credential.secret, p.scope, p.basicAuth},
            [this, timer](Result<AccessToken> r) {
                m_testResult->setText(r ? tr("✓ %1 token, lifetime %2 s, fetched in %3 ms.")
                                              .arg(r->type)
                                              .arg(r->expiresInSec)
                                              .arg(timer->elapsed())
                                        : tr("✗ %1").arg(redaction::redact(r.error().message)));
                Q_EMIT settled();
            });
    };
    if (!m_secret->text().isEmpty()) { // typed now: bound to what the form says
        Credential typed;
        typed.secret = Secret(m_secret->text().toUtf8());
        typed.origins = origins.ok() ? origins.value() : QList<Origin>();
        typed.label = tr("typed in this dialog");
        run(typed);
        return;
    }
    readCredential(m_secrets, CredentialSpec{p.id, {}, tr("the client secret"), {}}, [this, run](Result<Credential> r) {
        if (!r) {
            m_testResult->setText(tr("✗ %1").arg(r.error().message));
            Q_EMIT settled();
            return;
        }
        run(r.value());
    });
}

} // namespace canary::ui
