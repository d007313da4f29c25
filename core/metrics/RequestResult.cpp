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
        return 1300;
    case ErrorClass::None:
    case ErrorClass::CheckFailed:
    case ErrorClass::BadBody:
        return 0;
    default:
        return 1000;
    }
}

} // namespace canary
