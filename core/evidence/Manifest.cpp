#include "core/evidence/Manifest.h"

#include "core/evidence/Signer.h"

#include "core/common/AtomicFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace canary {

namespace {

QStringList filesBelow(const QString &dir)
{
    QStringList out;
    const QDir root(QDir(dir).absolutePath()); // relative folders would make relativeFilePath() a no-op
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = root.relativeFilePath(it.next());
        if (rel != QLatin1String(Manifest::kFileName))
            out << rel;
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Result<QByteArray>::failure(QStringLiteral("cannot read %1").arg(path));
    return hash.result().toHex();
}

} // namespace

QByteArray Manifest::signedBytes(QJsonObject manifest)
{
    manifest.remove(QStringLiteral("signature"));
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> Manifest::write(const QString &dir, const ManifestInfo &info, const QByteArray &privateKey)
{
    QJsonArray files;
    for (const QString &rel : filesBelow(dir)) {
        const QString path = QDir(dir).filePath(rel);
        const auto hash = sha256Of(path);
        if (!hash)
            return Result<QJsonObject>::failure(hash.error().message);
        files.append(QJsonObject{{QStringLiteral("path"), rel},
                                 {QStringLiteral("sha256"), QString::fromLatin1(hash.value())},
                                 {QStringLiteral("bytes"), QFileInfo(path).size()}});
    }
    const auto pub = Signer::publicKeyOf(privateKey);
    if (!pub)
        return Result<QJsonObject>::failure(pub.error().message);
    QJsonObject m{
        {QStringLiteral("format"), QStringLiteral("canarydesk-evidence/1")},
        {QStringLiteral("tool"), info.tool},
        {QStringLiteral("run_id"), info.runId},
        {QStringLiteral("created"),
         (info.created.isValid() ? info.created : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs)},
        {QStringLiteral("files"), files},
        {QStringLiteral("signature_algorithm"), QStringLiteral("Ed25519")},
        {QStringLiteral("public_key"), QString::fromLatin1(pub.value().toBase64())},
        {QStringLiteral("key_fingerprint"), Signer::fingerprint(pub.value())},
        {QStringLiteral("key_source"), info.keySource},
        {QStringLiteral("key_note"), info.keyNote}};
    const auto sig = Signer::sign(privateKey, signedBytes(m));
    if (!sig)
        return Result<QJsonObject>::failure(sig.error().message);
    m.insert(QStringLiteral("signature"), QString::fromLatin1(sig.value().toBase64()));
    if (const Status written = atomic::writeFile(QDir(dir).filePath(QLatin1String(kFileName)),
                                                 QJsonDocument(m).toJson(QJsonDocument::Indented));
        !written)
        return Result<QJsonObject>::failure(written.error().message);
    return m;
}

VerifyReport Manifest::verify(const QString &dir)
{
    VerifyReport r;
    QFile f(QDir(dir).filePath(QLatin1String(kFileName)));
    if (!f.open(QIODevice::ReadOnly)) {
        r.problems << QStringLiteral("missing: manifest.json (%1)").arg(f.errorString());
        return r;
    }
    QJsonParseError error{};
    const QJsonObject m = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || m.isEmpty()) {
        r.problems << QStringLiteral("manifest.json: not valid JSON (%1)").arg(error.errorString());
        return r;
    }
    const QByteArray pub = QByteArray::fromBase64(m.value(QStringLiteral("public_key")).toString().toLatin1());
    const QByteArray sig = QByteArray::fromBase64(m.value(QStringLiteral("signature")).toString().toLatin1());
    r.fingerprint = Signer::fingerprint(pub);
    if (!Signer::verify(pub, signedBytes(m), sig))
        r.problems << QStringLiteral(
            "signature: does not match the manifest (it was altered, or signed by another key)");
    if (m.value(QStringLiteral("key_fingerprint")).toString() != r.fingerprint)
        r.problems << QStringLiteral("signature: the recorded fingerprint is not the public key's");

    QStringList listed;
    for (const QJsonValue &v : m.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString rel = entry.value(QStringLiteral("path")).toString();
        listed << rel;
        if (rel.isEmpty() || rel.startsWith(QLatin1Char('/')) ||
            rel.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            r.problems << QStringLiteral("unsafe path in manifest: %1").arg(rel);
            continue;
        }
        const QString path = QDir(dir).filePath(rel);
        if (!QFileInfo::exists(path)) {
            r.problems << QStringLiteral("missing: %1").arg(rel);
            continue;
        }
        ++r.filesChecked;
        const auto hash = sha256Of(path);
        if (!hash || hash.value() != entry.value(QStringLiteral("sha256")).toString().toLatin1())
            r.problems << QStringLiteral("changed: %1").arg(rel);
    }
    for (const QString &rel : filesBelow(dir)) {
        if (!listed.contains(rel))
            r.problems << QStringLiteral("extra: %1 (not in the manifest)").arg(rel);
    }
    r.ok = r.problems.isEmpty();
    return r;
}

} // namespace canary
