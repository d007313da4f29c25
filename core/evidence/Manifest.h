#pragma once

// manifest.json of an evidence package: SHA-256 and size of every file, the tool, the run id, and an
// Ed25519 signature over all of it. verify() names each file that changed, is missing or was added, and
// says whether the signature holds.

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace canary {

struct ManifestInfo
{
    QString runId;
    QString tool;           // "CanaryDesk 0.1.0"
    QString keySource;      // "keychain", "environment" or "one-time" — said, never hidden
    QString keyNote;        // in words: "OS keychain (created now)", "one-time key (no D-Bus session …)"
    QDateTime created = {}; // when it was signed, by the run's clock (null: now, by the system's)
};

struct VerifyReport
{
    bool ok = false;
    QString fingerprint;
    QStringList problems; // "changed: summary.json", "missing: …", "extra: …", "signature: …"
    int filesChecked = 0;
};

class Manifest
{
public:
    static constexpr const char *kFileName = "manifest.json";

    // Hashes every file below dir (except the manifest), signs, writes dir/manifest.json.
    static Result<QJsonObject> write(const QString &dir, const ManifestInfo &info, const QByteArray &privateKey);
    static VerifyReport verify(const QString &dir);
    // The bytes the signature covers: the manifest without its "signature" member, compact (keys sorted).
    static QByteArray signedBytes(QJsonObject manifest);
};

} // namespace canary
