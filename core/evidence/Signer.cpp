#include "core/evidence/Signer.h"

#include <QCoreApplication>

#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

namespace canary {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, CtxDeleter>;

QString opensslError(const char *what)
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(buf));
}

Pkey privateKey(const QByteArray &raw)
{
    return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char *>(raw.constData()),
                                             static_cast<size_t>(raw.size())));
}

} // namespace

Result<QByteArray> Signer::generatePrivateKey()
{
    EVP_PKEY *raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                    EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_keygen(ctx.get(), &raw) <= 0)
        return Result<QByteArray>::failure(opensslError("cannot generate an Ed25519 key"));
    const Pkey key(raw);
    QByteArray out(32, Qt::Uninitialized);
    size_t len = static_cast<size_t>(out.size());
    if (EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) <= 0)
        return Result<QByteArray>::failure(opensslError("cannot read the new key"));
    out.resize(static_cast<qsizetype>(len));
    return out;
}

Result<QByteArray> Signer::publicKeyOf(const QByteArray &priv)
{
    const Pkey key = privateKey(priv);
    if (!key)
        return Result<QByteArray>::failure(QStringLiteral("the signing key is not a valid Ed25519 private key"));
    QByteArray out(32, Qt::Uninitialized);
    size_t len = static_cast<size_t>(out.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) <= 0)
        return Result<QByteArray>::failure(opensslError("cannot derive the public key"));
    out.resize(static_cast<qsizetype>(len));
    return out;
}

Result<QByteArray> Signer::sign(const QByteArray &priv, const QByteArray &data)
{
    const Pkey key = privateKey(priv);
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) <= 0)
        return Result<QByteArray>::failure(opensslError("cannot start signing"));
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, in, static_cast<size_t>(data.size())) <= 0)
        return Result<QByteArray>::failure(opensslError("cannot sign"));
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, in,
                       static_cast<size_t>(data.size())) <= 0)
        return Result<QByteArray>::failure(opensslError("cannot sign"));
    sig.resize(static_cast<qsizetype>(len));
    return sig;
}

bool Signer::verify(const QByteArray &pub, const QByteArray &data, const QByteArray &signature)
{
    const Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                               reinterpret_cast<const unsigned char *>(pub.constData()),
                                               static_cast<size_t>(pub.size())));
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) <= 0)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()),
                            static_cast<size_t>(data.size())) == 1;
}

QString Signer::signatureLine(const QString &fingerprint, const QString &keySource)
{
    const QString source =
        keySource == QLatin1String("keychain")
            ? QCoreApplication::translate("Signature", "the operator's key, kept in the desktop's keychain")
        : keySource == QLatin1String("environment")
            ? QCoreApplication::translate("Signature", "a key given to this run in CANARYDESK_SIGNING_KEY (CI)")
            : QCoreApplication::translate("Signature", "a one-time key made for this run only (the machine that ran it "
                                                       "had no keychain): compare its fingerprint with the one the "
                                                       "operator reports");
    return QCoreApplication::translate("Signature", "Signed with key %1 — %2. Every file's SHA-256 is in manifest.json "
                                                    "under that signature; check it with `canarydesk verify` on this "
                                                    "folder or .zip, or open it in CanaryDesk's viewer.")
        .arg(fingerprint, source);
}

QString Signer::fingerprint(const QByteArray &pub)
{
    QByteArray b64 = QCryptographicHash::hash(pub, QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

} // namespace canary
