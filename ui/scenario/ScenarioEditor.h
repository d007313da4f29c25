#pragma once

// The scenario editor: a form for the fields an operator changes (target, request body, load stages with a
// preview of the arrival rate, auth, checks, gate, health monitor) and the raw JSON for everything else.
// Every edit is validated by the same loader the headless command uses; each problem appears next to
// the field it concerns (by its JSON path), the rest above the form. "Send one test request" sends the
// scenario's request once, as the engine would, and shows the answer and how the checks judge it.

#include "core/auth/Secrets.h"
#include "core/common/JsonReader.h"
#include "core/scenario/Scenario.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace canary::ui {

class StagePreview;

class ScenarioEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioEditor(const Scenario &scenario, QWidget *parent = nullptr);
    ~ScenarioEditor() override;

    // The edited scenario, when it is valid.
    std::optional<Scenario> scenario() const { return m_valid; }
    QJsonObject document() const { return m_doc; }

    // The editing widget bound to a JSON path ("target.baseUrl", "load.stages"), and the inline message
    // shown under it (empty when the field is fine).
    QWidget *field(const QString &path) const;
    QString inlineMessage(const QString &path) const;
    // Problems that belong to no field on the form (shown above it).
    QString generalMessage() const;

    QTableWidget *stagesTable() const { return m_stages; }
    StagePreview *preview() const { return m_preview; }
    QPlainTextEdit *jsonEditor() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *testButton() const { return m_testButton; }
    QString testResult() const;

    // The client secret for the test request (the demo's); otherwise the environment, then the keychain.
    void setClientSecret(Credential secret) { m_secret = std::move(secret); }

public Q_SLOTS:
    // Sends the scenario's request once; asks first (it reaches the real target) unless confirm is false.
    void sendTestRequest(bool confirm = true);

Q_SIGNALS:
    void validated(bool valid);
    void testRequestFinished();

private:
    struct Binding
    {
        QString path;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        std::function<void()> load;  // document → widget
        std::function<void()> store; // widget → document (may set a local problem instead)
        QString localProblem;        // e.g. a body that is not JSON: found before the loader sees it
    };

    QWidget *buildForm();
    QWidget *buildJsonTab();
    Binding &bind(const QString &path, QWidget *editor, QLabel *message);
    // A form row: the editor with its inline message under it.
    Binding &bindRow(QFormLayout *form, const QString &label, const QString &path, QWidget *editor);
    // dropWhenEmpty: the object to remove when the field is emptied (no URL, no health monitor).
    void addLine(QFormLayout *form, const QString &label, const QString &path, const QString &tip,
                 const QString &dropWhenEmpty = {});
    void addChoice(QFormLayout *form, const QString &label, const QString &path, const QStringList &choices,
                   const QString &tip);
    void addStages(QFormLayout *form);
    // A comma-separated list of strings.
    void addList(QFormLayout *form, const QString &label, const QString &path, const QString &tip);
    // A two-column table (headers: name/value; thresholds: metric/expression) mapped to and from JSON.
    void addPairs(QFormLayout *form, const QString &label, const QString &path, const QStringList &columns,
                  const QString &tip, std::function<QList<QPair<QString, QString>>(const QJsonValue &)> toRows,
                  std::function<QJsonValue(const QList<QPair<QString, QString>> &)> fromRows);
    void loadForm();
    void onFieldEdited(Binding &binding);
    void validate();
    void onJsonEdited();

    QJsonObject m_doc;
    std::optional<Scenario> m_valid;
    QList<Binding> m_bindings;
    bool m_loading = false;
    Credential m_secret;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_general = nullptr;
    QTableWidget *m_stages = nullptr;
    StagePreview *m_preview = nullptr;
    QLabel *m_loadSummary = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonMessage = nullptr;
    QTimer *m_jsonDebounce = nullptr;
    QPushButton *m_testButton = nullptr;
    QPlainTextEdit *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace canary::ui
