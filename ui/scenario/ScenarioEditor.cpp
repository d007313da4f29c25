#include "ui/scenario/ScenarioEditor.h"
#include "ui/style/Palette.h"
#include "ui/widgets/WindowFit.h"

#include "core/common/Duration.h"
#include "core/run/RunSecrets.h"
#include "core/run/TestRequest.h"
#include "core/scenario/GateProfile.h"
#include "core/scenario/ScenarioLoader.h"
#include "ui/scenario/StagePreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace canary::ui {

namespace {

// The value at a dotted path ("target.baseUrl"); Undefined when any part is missing.
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &key : path.split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v;
}

// Sets (or with Undefined, removes) the value at a dotted path, creating objects on the way.
void setAt(QJsonObject &root, const QStringList &keys, const QJsonValue &value)
{
    if (keys.size() == 1) {
        if (value.isUndefined())
            root.remove(keys.first());
        else
            root.insert(keys.first(), value);
        return;
    }
    QJsonObject child = root.value(keys.first()).toObject();
    setAt(child, keys.mid(1), value);
    if (child.isEmpty())
        root.remove(keys.first());
    else
        root.insert(keys.first(), child);
}

void setAt(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    setAt(root, path.split(QLatin1Char('.')), value);
}

// "load.stages[1].duration" belongs to the field bound to "load.stages".
bool concerns(const QString &problemPath, const QString &fieldPath)
{
    return problemPath == fieldPath || problemPath.startsWith(fieldPath + QLatin1Char('.')) ||
           problemPath.startsWith(fieldPath + QLatin1Char('['));
}

QString joinValues(const QJsonValue &v)
{
    QStringList parts;
    for (const QJsonValue &item : v.toArray())
        parts << (item.isDouble() ? QString::number(item.toInteger()) : item.toString());
    return parts.join(QStringLiteral(", "));
}

QStringList splitValues(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QLabel *messageLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(palette::fill(QStringLiteral("color: @error@;")));
    label->hide();
    return label;
}

} // namespace

ScenarioEditor::ScenarioEditor(const Scenario &scenario, QWidget *parent) : QDialog(parent), m_doc(scenario.toJson())
{
    setObjectName(QStringLiteral("scenarioEditor"));
    setWindowTitle(tr("Edit Scenario — %1").arg(scenario.name));
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildForm(), tr("&Form"));
    m_tabs->addTab(buildJsonTab(), tr("&JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            const QSignalBlocker block(m_json);
            m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_doc).toJson(QJsonDocument::Indented)));
            m_jsonMessage->hide();
        }
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use This Scenario"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    m_general = messageLabel();
    m_general->setObjectName(QStringLiteral("generalProblems"));
    layout->addWidget(m_general);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resizeToFit(this, QSize(760, 820));
    loadForm();
    validate();
}

ScenarioEditor::~ScenarioEditor() = default;

ScenarioEditor::Binding &ScenarioEditor::bindRow(QFormLayout *form, const QString &label, const QString &path,
                                                 QWidget *editor)
{
    QLabel *message = messageLabel();
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(editor);
    cell->addWidget(message);
    form->addRow(label, cell);
    return bind(path, editor, message);
}

ScenarioEditor::Binding &ScenarioEditor::bind(const QString &path, QWidget *editor, QLabel *message)
{
    editor->setObjectName(path);
    m_bindings.append(Binding{path, editor, message, {}, {}, {}});
    return m_bindings.last();
}

void ScenarioEditor::addLine(QFormLayout *form, const QString &label, const QString &path, const QString &tip,
                             const QString &dropWhenEmpty)
{
    auto *edit = new QLineEdit;
    edit->setToolTip(tip);
    edit->setAccessibleName(label);
    Binding &b = bindRow(form, label, path, edit);
    b.load = [this, edit, path] {
        const QJsonValue v = valueAt(m_doc, path);
        edit->setText(v.isDouble() ? QLocale::c().toString(v.toDouble()) : v.toString());
    };
    b.store = [this, edit, path, dropWhenEmpty] {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() && !dropWhenEmpty.isEmpty())
            setAt(m_doc, dropWhenEmpty, QJsonValue(QJsonValue::Undefined)); // e.g. no URL: no health monitor
        else
            setAt(m_doc, path, text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    };
    const int index = static_cast<int>(m_bindings.size()) - 1;
    connect(edit, &QLineEdit::textEdited, this, [this, index] { onFieldEdited(m_bindings[index]); });
}

void ScenarioEditor::addChoice(QFormLayout *form, const QString &label, const QString &path, const QStringList &choices,
                               const QString &tip)
{
    auto *combo = new QComboBox;
    combo->addItems(choices);
    combo->setToolTip(tip);
    combo->setAccessibleName(label);
    Binding &b = bindRow(form, label, path, combo);
    b.load = [this, combo, path] {
        const QString value = valueAt(m_doc, path).toString();
        if (combo->findText(value) < 0 && !value.isEmpty())
            combo->addItem(value); // unknown: shown as it is, and the loader says why it is wrong
        if (!value.isEmpty())
            combo->setCurrentText(value);
    };
    b.store = [this, combo, path] { setAt(m_doc, path, combo->currentText()); };
    const int index = static_cast<int>(m_bindings.size()) - 1;
    connect(combo, &QComboBox::activated, this, [this, index] { onFieldEdited(m_bindings[index]); });
}

void ScenarioEditor::addList(QFormLayout *form, const QString &label, const QString &path, const QString &tip)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(label);
    edit->setToolTip(tip);
    Binding &b = bindRow(form, label, path, edit);
    b.load = [this, edit, path] { edit->setText(joinValues(valueAt(m_doc, path))); };
    b.store = [this, edit, path] {
        const QStringList values = splitValues(edit->text());
        setAt(m_doc, path,
              values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray::fromStringList(values)));
    };
    const int index = static_cast<int>(m_bindings.size()) - 1;
    connect(edit, &QLineEdit::textEdited, this, [this, index] { onFieldEdited(m_bindings[index]); });
}

void ScenarioEditor::addPairs(QFormLayout *form, const QString &label, const QString &path, const QStringList &columns,
                              const QString &tip,
                              std::function<QList<QPair<QString, QString>>(const QJsonValue &)> toRows,
                              std::function<QJsonValue(const QList<QPair<QString, QString>> &)> fromRows)
{
    auto *table = new QTableWidget(0, 2);
    table->setHorizontalHeaderLabels(columns);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    table->setAccessibleName(label);
    table->setToolTip(tip);
    table->setFixedHeight(100);
    auto *add = new QPushButton(tr("Add Row"));
    auto *remove = new QPushButton(tr("Remove Row"));
    add->setAccessibleName(tr("Add a row to %1").arg(label));
    remove->setAccessibleName(tr("Remove the selected row from %1").arg(label));
    auto *editorCell = new QWidget;
    auto *v = new QVBoxLayout(editorCell);
    v->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    v->addWidget(table);
    v->addLayout(buttons);
    Binding &b = bindRow(form, label, path, editorCell);
    editorCell->setObjectName(path + QStringLiteral(".cell"));
    table->setObjectName(path);
    b.editor = table;
    const int index = static_cast<int>(m_bindings.size()) - 1;
    b.load = [this, table, path, toRows] {
        const QList<QPair<QString, QString>> rows = toRows(valueAt(m_doc, path));
        table->setRowCount(static_cast<int>(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
            table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
        }
    };
    b.store = [this, table, path, fromRows] {
        QList<QPair<QString, QString>> rows;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString key = table->item(r, 0) ? table->item(r, 0)->text().trimmed() : QString();
            const QString value = table->item(r, 1) ? table->item(r, 1)->text().trimmed() : QString();
            if (!key.isEmpty() || !value.isEmpty())
                rows << qMakePair(key, value);
        }
        setAt(m_doc, path, rows.isEmpty() ? QJsonValue(QJsonValue::Undefined) : fromRows(rows));
    };
    connect(table, &QTableWidget::itemChanged, this, [this, index] { onFieldEdited(m_bindings[index]); });
    connect(add, &QPushButton::clicked, this, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this, table, index] {
        if (table->rowCount() == 0)
            return;
        table->removeRow(table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1);
        onFieldEdited(m_bindings[index]);
    });
}

QWidget *ScenarioEditor::buildForm()
{
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);

    auto *about = new QGroupBox(tr("Scenario"));
    auto *aboutForm = new QFormLayout(about);
    addLine(aboutForm, tr("Name"), QStringLiteral("name"), tr("Names the run, its history entry and its evidence"));
    addLine(aboutForm, tr("Service"), QStringLiteral("service"), tr("The service under test"));
    column->addWidget(about);

    auto *target = new QGroupBox(tr("Target and request"));
    auto *targetForm = new QFormLayout(target);
    addLine(targetForm, tr("Base URL"), QStringLiteral("target.baseUrl"),
            tr("http:// or https:// address of the service"));
    addChoice(targetForm, tr("Method"), QStringLiteral("target.method"),
              {QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("GET"),
               QStringLiteral("DELETE")},
              tr("HTTP method of the request under load"));
    addLine(targetForm, tr("Path"), QStringLiteral("target.path"), tr("Path of the endpoint under load"));
    addLine(targetForm, tr("Timeout"), QStringLiteral("target.timeout"),
            tr("Whole-request timeout, e.g. 5s or 1500ms"));
    addPairs(
        targetForm, tr("Headers"), QStringLiteral("target.headers"), {tr("Name"), tr("Value")},
        tr("Sent with every request; the Authorization header comes from the authentication below"),
        [](const QJsonValue &v) {
            QList<QPair<QString, QString>> rows;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                rows << qMakePair(it.key(), it.value().toString());
            return rows;
        },
        [](const QList<QPair<QString, QString>> &rows) {
            QJsonObject o;
            for (const auto &[name, value] : rows)
                o.insert(name, value);
            return QJsonValue(o);
        });
    {
        auto *body = new QPlainTextEdit;
        body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        body->setAccessibleName(tr("Request body template"));
        body->setToolTip(tr("JSON; placeholders: {{seq}}, {{uuid}}, {{timestamp}}, {{pick:a|b}}, {{env.NAME}}"));
        body->setFixedHeight(110);
        const QString path = QStringLiteral("target.body");
        Binding &b = bindRow(targetForm, tr("Body template"), path, body);
        b.load = [this, body, path] {
            const QJsonValue v = valueAt(m_doc, path);
            body->setPlainText(v.isObject()  ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson())
                               : v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson())
                                             : v.toString());
        };
        const int index = static_cast<int>(m_bindings.size()) - 1;
        b.store = [this, body, path, index] {
            const QString text = body->toPlainText().trimmed();
            Binding &self = m_bindings[index];
            self.localProblem.clear();
            if (text.isEmpty()) {
                setAt(m_doc, path, QJsonValue(QJsonValue::Undefined));
                return;
            }
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError) {
                self.localProblem = tr("not JSON at character %1: %2").arg(error.offset).arg(error.errorString());
                return; // the document keeps the last body that was JSON
            }
            setAt(m_doc, path, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        };
        connect(body, &QPlainTextEdit::textChanged, this, [this, index] { onFieldEdited(m_bindings[index]); });
    }
    {
        m_testButton = new QPushButton(tr("Send One &Test Request"));
        m_testButton->setToolTip(tr("Sends this request once to the target (with a token if the scenario has "
                                    "OAuth2) and shows the answer and how the checks judge it"));
        m_testResult = new QPlainTextEdit;
        m_testResult->setReadOnly(true);
        m_testResult->setAccessibleName(tr("Test request result"));
        m_testResult->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_testResult->setFixedHeight(90);
        m_testResult->setPlaceholderText(tr("The answer to a test request appears here."));
        connect(m_testButton, &QPushButton::clicked, this, [this] { sendTestRequest(true); });
        targetForm->addRow(m_testButton, m_testResult);
    }
    column->addWidget(target);

    auto *load = new QGroupBox(tr("Load"));
    auto *loadForm = new QFormLayout(load);
    addStages(loadForm);
    {
        auto *spin = new QSpinBox;
        spin->setRange(1, 1'000'000);
        spin->setAccessibleName(tr("Most requests in flight"));
        spin->setToolTip(tr("Arrivals beyond this many open requests are counted as dropped, never queued"));
        const QString path = QStringLiteral("load.maxInFlight");
        Binding &b = bindRow(loadForm, tr("Max in flight"), path, spin);
        b.load = [this, spin, path] { spin->setValue(valueAt(m_doc, path).toInt(400)); };
        b.store = [this, spin, path] { setAt(m_doc, path, spin->value()); };
        const int index = static_cast<int>(m_bindings.size()) - 1;
        connect(spin, &QSpinBox::valueChanged, this, [this, index] { onFieldEdited(m_bindings[index]); });
    }
    column->addWidget(load);

    auto *auth = new QGroupBox(tr("Authentication"));
    auto *authForm = new QFormLayout(auth);
    addChoice(authForm, tr("Type"), QStringLiteral("auth.type"),
              {QStringLiteral("oauth2-client-credentials"), QStringLiteral("static-bearer"), QStringLiteral("none")},
              tr("OAuth2 client credentials, a bearer token from the environment, or none"));
    addLine(authForm, tr("Token URL"), QStringLiteral("auth.tokenUrl"),
            tr("OAuth2 token endpoint; a path is relative to the base URL"));
    addLine(authForm, tr("Client ID"), QStringLiteral("auth.clientId"),
            tr("The secret is never here: it lives in the OS keychain (File → Credentials)"));
    column->addWidget(auth);

    auto *checks = new QGroupBox(tr("Checks and gate"));
    auto *checksForm = new QFormLayout(checks);
    {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(tr("Expected status codes"));
        edit->setToolTip(tr("Comma-separated, e.g. 202, 200"));
        const QString path = QStringLiteral("checks.expectedStatus");
        Binding &b = bindRow(checksForm, tr("Expected status"), path, edit);
        const int index = static_cast<int>(m_bindings.size()) - 1;
        b.load = [this, edit, path] { edit->setText(joinValues(valueAt(m_doc, path))); };
        b.store = [this, edit, path, index] {
            Binding &self = m_bindings[index];
            self.localProblem.clear();
            QJsonArray codes;
            for (const QString &part : splitValues(edit->text())) {
                bool ok = false;
                const int code = part.toInt(&ok);
                if (!ok) {
                    self.localProblem = tr("\"%1\" is not a number").arg(part);
                    return;
                }
                codes.append(code);
            }
            setAt(m_doc, path, codes);
        };
        connect(edit, &QLineEdit::textEdited, this, [this, index] { onFieldEdited(m_bindings[index]); });
    }
    addLine(checksForm, tr("Delivery pointer"), QStringLiteral("checks.delivery.pointer"),
            tr("JSON pointer into the answer, e.g. /status"));
    addList(checksForm, tr("Delivered when"), QStringLiteral("checks.delivery.values"),
            tr("Comma-separated values of the pointer that mean delivered"));
    addChoice(checksForm, tr("Gate"), QStringLiteral("gate.profile"), GateProfile::builtinIds(),
              tr("The release gate the run is judged against; its thresholds can be overridden below"));
    addPairs(
        checksForm, tr("Thresholds"), QStringLiteral("gate.thresholds"), {tr("Metric"), tr("Threshold")},
        tr("Overrides of the gate's thresholds in k6 syntax, e.g. http_req_duration  p(95)<=120"),
        [](const QJsonValue &v) {
            QList<QPair<QString, QString>> rows;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                for (const QJsonValue &expression : it.value().toArray())
                    rows << qMakePair(
                        it.key(),
                        expression.isString()
                            ? expression.toString()
                            : QString::fromUtf8(QJsonDocument(expression.toObject()).toJson(QJsonDocument::Compact)));
            return rows;
        },
        [](const QList<QPair<QString, QString>> &rows) {
            QJsonObject o;
            for (const auto &[metric, expression] : rows) {
                QJsonArray list = o.value(metric).toArray();
                list.append(expression);
                o.insert(metric, list);
            }
            return QJsonValue(o);
        });
    column->addWidget(checks);

    auto *monitors = new QGroupBox(tr("Watching the service"));
    auto *monitorsForm = new QFormLayout(monitors);
    addLine(monitorsForm, tr("Health URL"), QStringLiteral("monitors.health.url"),
            tr("Polled during the run; a path is relative to the base URL; empty: no health monitor"),
            QStringLiteral("monitors.health"));
    addLine(monitorsForm, tr("Health every"), QStringLiteral("monitors.health.interval"),
            tr("How often the health endpoint is polled, e.g. 5s"));
    addList(monitorsForm, tr("Log files"), QStringLiteral("monitors.logs.files"),
            tr("Comma-separated file patterns of the application's logs, followed during the run"));
    addLine(monitorsForm, tr("Log filter"), QStringLiteral("monitors.logs.filter"),
            tr("Regular expression for the lines worth showing, e.g. ERROR|WARN"));
    column->addWidget(monitors);

    auto *note = new QLabel(tr("Guard rails, log commands, the e-mail provider and evidence names: in the JSON "
                               "tab."));
    note->setWordWrap(true);
    column->addWidget(note);
    column->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Scenario form"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}

void ScenarioEditor::addStages(QFormLayout *form)
{
    addChoice(form, tr("Executor"), QStringLiteral("load.executor"),
              {QStringLiteral("constant-arrival-rate"), QStringLiteral("ramping-arrival-rate")},
              tr("constant-arrival-rate (one stage) or ramping-arrival-rate (several)"));
    m_stages = new QTableWidget(0, 2);
    m_stages->setHorizontalHeaderLabels({tr("Rate (per time unit)"), tr("Duration")});
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->verticalHeader()->setVisible(false);
    m_stages->setAccessibleName(tr("Load stages"));
    m_stages->setFixedHeight(110);
    auto *add = new QPushButton(tr("Add Stage"));
    auto *remove = new QPushButton(tr("Remove Stage"));
    auto *message = messageLabel();
    m_preview = new StagePreview;
    m_loadSummary = new QLabel;
    m_loadSummary->setObjectName(QStringLiteral("loadSummary"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *cell = new QVBoxLayout;
    cell->addWidget(m_stages);
    cell->addLayout(buttons);
    cell->addWidget(message);
    cell->addWidget(m_preview);
    cell->addWidget(m_loadSummary);
    form->addRow(tr("Stages"), cell);

    const QString path = QStringLiteral("load.stages");
    Binding &b = bind(path, m_stages, message);
    const int index = static_cast<int>(m_bindings.size()) - 1;
    b.load = [this, path] {
        const QJsonArray stages = valueAt(m_doc, path).toArray();
        m_stages->setRowCount(static_cast<int>(stages.size()));
        for (int row = 0; row < stages.size(); ++row) {
            const QJsonObject stage = stages[row].toObject();
            const QJsonValue rate = stage.value(QStringLiteral("rate"));
            m_stages->setItem(
                row, 0,
                new QTableWidgetItem(rate.isDouble() ? QLocale::c().toString(rate.toDouble()) : rate.toString()));
            m_stages->setItem(row, 1, new QTableWidgetItem(stage.value(QStringLiteral("duration")).toString()));
        }
    };
    b.store = [this, path] {
        QJsonArray stages;
        for (int row = 0; row < m_stages->rowCount(); ++row) {
            const QString rate = m_stages->item(row, 0) ? m_stages->item(row, 0)->text().trimmed() : QString();
            const QString duration = m_stages->item(row, 1) ? m_stages->item(row, 1)->text().trimmed() : QString();
            bool ok = false;
            const double number = QLocale::c().toDouble(rate, &ok);
            // A rate that is not a number goes in as text, so the loader names the cell.
            stages.append(QJsonObject{{QStringLiteral("rate"), ok ? QJsonValue(number) : QJsonValue(rate)},
                                      {QStringLiteral("duration"), duration}});
        }
        setAt(m_doc, path, stages);
    };
    connect(m_stages, &QTableWidget::itemChanged, this, [this, index] { onFieldEdited(m_bindings[index]); });
    connect(add, &QPushButton::clicked, this, [this, index] {
        const int row = m_stages->rowCount();
        m_stages->insertRow(row);
        const QSignalBlocker block(m_stages);
        m_stages->setItem(row, 0,
                          new QTableWidgetItem(row ? m_stages->item(row - 1, 0)->text() : QStringLiteral("10")));
        m_stages->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1m")));
        onFieldEdited(m_bindings[index]);
    });
    connect(remove, &QPushButton::clicked, this, [this, index] {
        const int row = m_stages->currentRow() >= 0 ? m_stages->currentRow() : m_stages->rowCount() - 1;
        if (row < 0)
            return;
        m_stages->removeRow(row);
        onFieldEdited(m_bindings[index]);
    });
}

QWidget *ScenarioEditor::buildJsonTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("json"));
    m_json->setAccessibleName(tr("Scenario JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonMessage = messageLabel();
    m_jsonMessage->setObjectName(QStringLiteral("jsonProblems"));
    layout->addWidget(m_json, 1);
    layout->addWidget(m_jsonMessage);
    m_jsonDebounce = new QTimer(this);
    m_jsonDebounce->setSingleShot(true);
    m_jsonDebounce->setInterval(250);
    connect(m_jsonDebounce, &QTimer::timeout, this, &ScenarioEditor::onJsonEdited);
    connect(m_json, &QPlainTextEdit::textChanged, m_jsonDebounce, qOverload<>(&QTimer::start));
    return page;
}

void ScenarioEditor::loadForm()
{
    m_loading = true;
    for (Binding &b : m_bindings) {
        const QSignalBlocker block(b.editor);
        b.localProblem.clear();
        b.load();
    }
    m_loading = false;
}

void ScenarioEditor::onFieldEdited(Binding &binding)
{
    if (m_loading)
        return;
    binding.store();
    validate();
}

void ScenarioEditor::onJsonEdited()
{
    QJsonParseError error{};
    const QByteArray text = m_json->toPlainText().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const qsizetype offset = error.error != QJsonParseError::NoError ? error.offset : 0;
        const int line = static_cast<int>(text.left(offset).count('\n')) + 1;
        m_jsonMessage->setText(
            error.error != QJsonParseError::NoError
                ? tr("✗ line %1: %2 — the form keeps the last valid JSON").arg(line).arg(error.errorString())
                : tr("✗ the scenario must be a JSON object"));
        m_jsonMessage->show();
        m_valid.reset();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_jsonMessage->hide();
    m_doc = doc.object();
    loadForm();
    validate();
}

void ScenarioEditor::validate()
{
    QList<Problem> problems;
    const ScenarioResult loaded = ScenarioLoader::fromJson(m_doc);
    if (loaded.ok())
        m_valid = loaded.value();
    else {
        m_valid.reset();
        problems = loaded.error();
    }
    QStringList general;
    QHash<int, QStringList> perField;
    for (const Problem &p : problems) {
        int best = -1;
        for (int i = 0; i < m_bindings.size(); ++i)
            if (concerns(p.path, m_bindings[i].path) &&
                (best < 0 || m_bindings[i].path.size() > m_bindings[best].path.size()))
                best = i;
        if (best < 0) {
            general << p.toString();
            continue;
        }
        const QString rest = p.path.mid(m_bindings[best].path.size());
        perField[best] << (rest.isEmpty() ? p.message : rest + QStringLiteral(": ") + p.message);
    }
    bool localProblems = false;
    for (int i = 0; i < m_bindings.size(); ++i) {
        Binding &b = m_bindings[i];
        QStringList lines = perField.value(i);
        if (!b.localProblem.isEmpty()) {
            lines.prepend(b.localProblem);
            localProblems = true;
        }
        const QString text = lines.isEmpty() ? QString() : QStringLiteral("✗ ") + lines.join(QStringLiteral("\n✗ "));
        b.message->setText(text);
        b.message->setVisible(!text.isEmpty());
        b.editor->setAccessibleDescription(text);
    }
    m_general->setText(general.isEmpty() ? QString() : QStringLiteral("✗ ") + general.join(QStringLiteral("\n✗ ")));
    m_general->setVisible(!general.isEmpty());
    const bool ok = m_valid.has_value() && !localProblems;
    if (!ok && localProblems)
        m_valid.reset();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_testButton->setEnabled(ok);
    if (m_valid) {
        m_preview->setProfile(m_valid->load);
        const LoadProfile &l = m_valid->load;
        m_loadSummary->setText(tr("%1 requests over %2, peak %3/s")
                                   .arg(QLocale().toString(static_cast<qint64>(l.expectedRequests())))
                                   .arg(duration::format(l.totalDurationMs()))
                                   .arg(QLocale().toString(l.peakRatePerSecond(), 'g', 4)));
        setWindowTitle(tr("Edit Scenario — %1").arg(m_valid->name));
    }
    Q_EMIT validated(ok);
}

QWidget *ScenarioEditor::field(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path == path)
            return b.editor;
    return nullptr;
}

QString ScenarioEditor::inlineMessage(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path == path)
            return b.message->text();
    return {};
}

QString ScenarioEditor::generalMessage() const
{
    return m_general->text();
}

QString ScenarioEditor::testResult() const
{
    return m_testResult->toPlainText();
}

void ScenarioEditor::sendTestRequest(bool confirm)
{
    if (!m_valid)
        return;
    const Scenario s = *m_valid;
    // Pressing Yes hands the variables the scenario reads over for this one request, as Start does for a run.
    const QStringList environment = environmentWanted(s);
    QString question =
        tr("This sends one real %1 request to %2.").arg(s.target.method, s.target.requestUrl().toString());
    if (!environment.isEmpty())
        question +=
            QLatin1Char('\n') + tr("It reads these environment variables of this machine and sends them there: %1")
                                    .arg(environment.join(QStringLiteral(", ")));
    if (confirm && QMessageBox::question(this, tr("Send one test request"), question) != QMessageBox::Yes)
        return;
    m_testButton->setEnabled(false);
    m_testResult->setPlainText(tr("Sending %1 %2 …").arg(s.target.method, s.target.requestUrl().toString()));
    QPointer<ScenarioEditor> self(this);
    canary::sendTestRequest(s, m_secret, environment, [self](Result<TestResponse> result) {
        if (!self)
            return;
        self->m_testButton->setEnabled(self->m_valid.has_value());
        if (!result.ok()) {
            self->m_testResult->setPlainText(tr("✗ Not sent: %1").arg(result.error().message));
        } else {
            const TestResponse &r = result.value();
            const QString head =
                r.status ? tr("%1 %2 → HTTP %3 in %4 ms").arg(r.method, r.url).arg(r.status).arg(r.elapsedMs)
                         : tr("%1 %2 → no answer after %3 ms: %4")
                               .arg(r.method, r.url)
                               .arg(r.elapsedMs)
                               .arg(r.transportError);
            const QString judged = tr("checks %1 · delivered %2 · class %3")
                                       .arg(r.checkOk ? QStringLiteral("✓") : QStringLiteral("✗"),
                                            r.delivered ? QStringLiteral("✓") : QStringLiteral("✗"), r.errorClass);
            QString body = QString::fromUtf8(r.body);
            if (r.bodyBytes > r.body.size())
                body += tr("\n… (%1 bytes in all)").arg(r.bodyBytes);
            self->m_testResult->setPlainText(head + QLatin1Char('\n') + judged + QStringLiteral("\n\n") + body);
        }
        Q_EMIT self->testRequestFinished();
    });
}

} // namespace canary::ui
