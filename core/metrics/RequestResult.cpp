#include "core/metrics/RequestResult.h"

namespace canary {

QString errorClassName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
        return QStringLiteral("none");
    case ErrorClass::Timeout:
        return QStringLiteral("timeout");
    case ErrorClass::Refused:
        return QStringLiteral("refused");
    case ErrorClass::Reset:
        return QStringLiteral("reset");
    case ErrorClass::Tls:
        return QStringLiteral("tls");
    case ErrorClass::TlsUnknownIssuer:
        return QStringLiteral("tls_unknown_issuer");
    case ErrorClass::TlsHostname:
        return QStringLiteral("tls_wrong_host");
    case ErrorClass::TlsExpired:
        return QStringLiteral("tls_expired");
    case ErrorClass::Dns:
        return QStringLiteral("dns");
    case ErrorClass::Unauthorized:
        return QStringLiteral("http_401");
    case ErrorClass::TooManyRequests:
        return QStringLiteral("http_429");
    case ErrorClass::ClientError:
        return QStringLiteral("http_4xx");
    case ErrorClass::ServerError:
        return QStringLiteral("http_5xx");
    case ErrorClass::CheckFailed:
        return QStringLiteral("check_failed");
    case ErrorClass::BadBody:
        return QStringLiteral("bad_body");
    case ErrorClass::IncompleteBody:
        return QStringLiteral("incomplete_body");
    case ErrorClass::Dropped:
        return QStringLiteral("dropped");
    case ErrorClass::Other:
        break;
    }
    return QStringLiteral("other");
}

bool isTls(ErrorClass c)
{
    return c == ErrorClass::Tls || c == ErrorClass::TlsUnknownIssuer || c == ErrorClass::TlsHostname ||
           c == ErrorClass::TlsExpired;
}

QString k6ErrorText(ErrorClass c)
{
    switch (c) {
    case ErrorClass::IncompleteBody:
        return QStringLiteral("unexpected EOF");
    case ErrorClass::TlsExpired:
        return QStringLiteral("x509: certificate has expired or is not yet valid");
    default:
        return {};
    }
}

int k6ErrorCode(ErrorClass c, int status)
{
    if (status >= 400)
        return 1000 + status;
    switch (c) {
    case ErrorClass::Timeout:
        return 1050;
    case ErrorClass::Dns:
        return 1100;
    case ErrorClass::Refused:
        return 1212; // dial: connection refused
    case ErrorClass::Reset:
        return 1220; // connection reset by peer
    case ErrorClass::Tls:
    case ErrorClass::TlsExpired:
        return 1300;
    case ErrorClass::TlsUnknownIssuer:
        return 1310; // x509: certificate signed by unknown authority
    case ErrorClass::TlsHostname:
        return 1311; // x509: certificate is valid for another name
    case ErrorClass::None:
    case ErrorClass::CheckFailed:
    case ErrorClass::BadBody:
        return 0;
    default:
        return 1000;
    }
}

} // namespace canary
