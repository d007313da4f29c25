#pragma once

// The one record every request produces: the contract between the engine and everything after it
// (metrics, raw results, reports). Times are nanoseconds since the run's start on the monotonic clock.

#include <QString>
#include <QtGlobal>

#include <algorithm>

namespace canary {

enum class ErrorClass : quint8
{
    None,
    Timeout,
    Refused,
    Reset,
    Tls,              // a TLS failure of another kind (k6 1300)
    TlsUnknownIssuer, // the certificate's issuer is not trusted: self-signed, a private CA not in caBundle (k6 1310)
    TlsHostname,      // the certificate is for another host name (k6 1311)
    TlsExpired,       // the certificate has expired or is not yet valid (k6 1300, "x509: … expired")
    Dns,
    Unauthorized,    // 401
    TooManyRequests, // 429
    ClientError,     // other 4xx
    ServerError,     // 5xx
    CheckFailed,     // answered, but not with an expected status
    BadBody,         // expected status, but the body is not the JSON the delivery predicate reads
    IncompleteBody,  // the answer ended before its Content-Length or its chunked end (k6: "unexpected EOF", 1000)
    Dropped,         // never sent: the in-flight cap was reached
    Other,
};
inline constexpr int kErrorClassCount = static_cast<int>(ErrorClass::Other) + 1;

QString errorClassName(ErrorClass c);
bool isTls(ErrorClass c);
// k6's words for an error (its "error" tag) where the code alone does not tell the kind: an answer cut short
// ("unexpected EOF"), an expired certificate; empty otherwise.
QString k6ErrorText(ErrorClass c);
// k6's error_code tag for a failed request (1050 timeout, 1100 DNS, 1212 refused, 1220 reset, 1300 TLS,
// 1000+status, 1000 anything else, an answer cut short too).
int k6ErrorCode(ErrorClass c, int status);

struct RequestResult
{
    quint64 seq = 0;
    int worker = 0;
    qint64 intendedNs = 0; // when the schedule wanted it sent
    qint64 sentNs = 0;     // when its first byte was written to its connection (handed over, if never written)
    qint64 finishedNs = 0; // when the answer (or the error) was complete
    // k6's phases (ns). Before sentNs: blocked = handed over → written (waiting for a connection, opening it:
    // connecting, and its TLS handshake). After it: sending + waiting + receiving = serviceNs().
    qint64 blockedNs = 0;
    qint64 connectingNs = 0;
    qint64 tlsNs = 0;
    qint64 sendingNs = 0;
    qint64 waitingNs = 0; // written → the answer's first byte (all of it when none came)
    int status = 0;       // 0 = no HTTP response
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    ErrorClass errorClass = ErrorClass::None;
    bool checkOk = false;   // status is one the scenario expects
    bool delivered = false; // the delivery predicate holds on the body
    bool http2 = false;     // answered over HTTP/2 (k6's proto tag HTTP/2.0)

    // k6 semantics: http_req_failed is a response status >= 400 or no response at all.
    bool httpFailed() const { return status == 0 || status >= 400; }
    // http_req_duration (what k6 reports) and the latency from the intended send (what k6 misses).
    qint64 serviceNs() const { return finishedNs - sentNs; }
    // Nanoseconds to the microseconds every histogram holds, rounded: the live run, the raw results (written in
    // ms with µs precision, as k6 writes them) and their reader all get the same microsecond.
    static qint64 micros(qint64 ns) { return ns >= 0 ? (ns + 500) / 1000 : -((-ns + 500) / 1000); }
    qint64 correctedNs() const { return finishedNs - intendedNs; }
    qint64 receivingNs() const { return std::max<qint64>(0, serviceNs() - sendingNs - waitingNs); }
};

} // namespace canary
