#pragma once

// Ed25519 signatures (OpenSSL) for evidence manifests: key generation, signing, verification and a
// printable fingerprint of a public key.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace canary {

class Signer
{
public:
    // A new 32-byte Ed25519 private key.
    static Result<QByteArray> generatePrivateKey();
    static Result<QByteArray> publicKeyOf(const QByteArray &privateKey);
    static Result<QByteArray> sign(const QByteArray &privateKey, const QByteArray &data);
    static bool verify(const QByteArray &publicKey, const QByteArray &data, const QByteArray &signature);
    // "SHA256:" + base64 of the SHA-256 of the raw public key, as ssh-keygen prints fingerprints.
    static QString fingerprint(const QByteArray &publicKey);
    // The signature in a sentence for whoever reads the package (report.html, report.pdf, the viewer): which key
    // (fingerprint), where it came from (manifest key_source: "keychain", "environment", "one-time") and how to check
    // it. Never the operator's keychain advice — that stays in the console and the terminal.
    static QString signatureLine(const QString &fingerprint, const QString &keySource);
};

} // namespace canary
