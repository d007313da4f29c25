#pragma once

// Every string that comes from a file or a server is encoded for where it lands, never pasted: a scenario name
// into a generated k6 script or a Kubernetes manifest, a server's error text onto a terminal or into the evidence.
// One encoder per context, each total (any input gives valid output) and tested with hostile input.

#include <QByteArray>
#include <QString>

namespace canary::encode {

// A JavaScript string literal in double quotes, ASCII only: quotes, backslashes, every control character, U+2028
// and U+2029 (line terminators in JavaScript: they end a // comment and, before ES2019, a string) and everything
// else beyond ASCII as \uXXXX. Safe inside any JS context that takes an expression, and in YAML block scalars.
QString jsString(const QString &text);
// JSON text (QJsonDocument's) with everything beyond ASCII escaped as \uXXXX: still the same JSON, now also a safe
// JavaScript expression and YAML block-scalar content (U+2028, U+0085 are line breaks to some readers).
QString asciiJson(const QByteArray &json);
// A YAML double-quoted scalar, ASCII only (\", \\, \n, \uXXXX, …): one value whatever the text holds.
QString yamlString(const QString &text);
// A Kubernetes object name (RFC 1123 label: lowercase letters, digits and '-', starting and ending alphanumeric),
// at most maxLength characters; fallback when nothing of text is usable.
QString kubernetesName(const QString &text, int maxLength = 63, const QString &fallback = QStringLiteral("canary"));
bool isKubernetesName(const QString &text, int maxLength = 63);
// Text from a server or a file made safe to print to a terminal or a log line and to keep in the evidence: control
// characters (ESC, CR, BS, BEL, C1, …), bidirectional overrides and other invisible format characters are made
// visible as \xHH or \u{HHHH}, never interpreted. keepNewlines: a multi-line text keeps its line feeds (and tabs).
QString visible(const QString &text, bool keepNewlines = false);
QByteArray visible(const QByteArray &utf8, bool keepNewlines = false);

} // namespace canary::encode
