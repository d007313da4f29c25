#include "core/common/Encode.h"

#include <QRegularExpression>

namespace canary::encode {

namespace {

QString u4(char16_t c)
{
    return QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
}

// Characters a person cannot see but a terminal or an editor acts on: bidirectional embeddings, overrides and
// isolates (Trojan Source), zero-width characters, the byte-order mark and the line/paragraph separators.
bool invisibleFormat(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) ||
           c == 0xFEFF || c == 0x061C || c == 0x00AD;
}

// "…" with \", \\, \n, \r, \t and \uXXXX for every other control character and everything beyond ASCII:
// the same text in a JavaScript string literal and a YAML double-quoted scalar.
QString doubleQuotedAscii(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c < 0x20 || c >= 0x7F)
                out += u4(c); // each UTF-16 unit: a surrogate pair stays a pair
            else
                out += ch;
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace

QString asciiJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        // Outside strings JSON holds only ASCII, so every such character is inside a string, where \uXXXX means it.
        if (c >= 0x7F)
            out += u4(c);
        else
            out += ch;
    }
    return out;
}

QString jsString(const QString &text)
{
    return doubleQuotedAscii(text);
}

QString yamlString(const QString &text)
{
    return doubleQuotedAscii(text); // YAML's double-quoted scalar takes JavaScript's escapes (\uXXXX a UTF-16 unit)
}

bool isKubernetesName(const QString &text, int maxLength)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return !text.isEmpty() && text.size() <= maxLength && label.match(text).hasMatch();
}

QString kubernetesName(const QString &text, int maxLength, const QString &fallback)
{
    QString out;
    for (const QChar ch : text.toLower()) {
        const char16_t c = ch.unicode();
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (ok)
            out += ch;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    out.truncate(maxLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? fallback.left(maxLength) : out;
}

QString visible(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    const auto codepoints = text.toUcs4();
    for (const char32_t c : codepoints) {
        if (keepNewlines && (c == '\n' || c == '\t')) {
            out += QChar(static_cast<char16_t>(c));
        } else if (c < 0x20 || c == 0x7F) {
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
        } else if ((c >= 0x80 && c <= 0x9F) || invisibleFormat(c)) {
            out += QStringLiteral("\\u{%1}").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QByteArray visible(const QByteArray &utf8, bool keepNewlines)
{
    return visible(QString::fromUtf8(utf8), keepNewlines).toUtf8();
}

} // namespace canary::encode
