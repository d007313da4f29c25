#pragma once

// The one place that knows every secret value in play in this process — the OAuth2 client secret, the
// access tokens, API keys, the Slack webhook URL and its path, passwords in URLs — and cuts them out of any
// text before it leaves the process: stdout/stderr, the timeline, run.json, every evidence file, the report.
// A server's words are still shown, with the secret replaced by "[redacted]", so an error such as
// `invalid_client: bad secret s3cr3t` stays useful without repeating the secret.
//
// Secrets are remembered where they enter (read from the keychain or the environment, fetched as a token);
// text is redacted where it leaves. Thread-safe.

#include <QByteArray>
#include <QString>

namespace canary::redaction {

inline constexpr const char *kMark = "[redacted]";

// Values shorter than 6 bytes are not remembered: they would match ordinary text (and are no secret worth
// the name). Also remembers the value's percent-encoded and JSON-escaped forms.
void remember(const QByteArray &secret);
QString redact(QString text);
QByteArray redact(QByteArray bytes);
// How many values are remembered (for tests and diagnostics; never the values).
int rememberedCount();

} // namespace canary::redaction
