// The small pieces #26 rests on, as tables: origins as a person writes them, the encoders every string from a file
// or a server passes on its way out, and the proxy rule one run applies to all of its requests (k6's, i.e. Go's).
#include "core/common/Encode.h"
#include "core/common/NetworkPolicy.h"
#include "core/common/Origin.h"

#include <QSslSocket>

#include <gtest/gtest.h>

using namespace canary;

TEST(Origin, IsSchemeHostAndPortWithTheDefaultPortImplied)
{
    struct Case
    {
        const char *url;
        const char *origin; // "" = not an origin
    };
    for (const Case &c :
         {Case{"https://API.Example.com/v1/x?y", "https://api.example.com"},
          Case{"https://api.example.com:443", "https://api.example.com"},
          Case{"https://api.example.com:8443/", "https://api.example.com:8443"},
          Case{"http://127.0.0.1:18080/oauth/token", "http://127.0.0.1:18080"},
          Case{"http://[::1]:80/", "http://[::1]"}, Case{"ftp://example.com", ""}, Case{"/oauth/token", ""}}) {
        const auto o = Origin::of(QUrl(QString::fromLatin1(c.url)));
        EXPECT_EQ(o ? o->toString() : QString(), QString::fromLatin1(c.origin)) << c.url;
    }
    EXPECT_EQ(Origin::of(QUrl("https://a.example")), Origin::of(QUrl("https://a.example:443/other/path")));
    EXPECT_NE(Origin::of(QUrl("https://a.example")), Origin::of(QUrl("http://a.example")));
    EXPECT_NE(Origin::of(QUrl("https://a.example")), Origin::of(QUrl("https://a.example.evil.test")));

    const auto list = Origin::parseList(QStringLiteral(" https://a.example, http://127.0.0.1:9  https://a.example "));
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(Origin::join(list.value()), QStringLiteral("https://a.example, http://127.0.0.1:9"));
    const auto userInfo = Origin::parse(QStringLiteral("https://user:hunter2@a.example"));
    ASSERT_FALSE(userInfo.ok());
    EXPECT_FALSE(userInfo.error().message.contains(QStringLiteral("hunter2"))) << "the password is never quoted back";
    EXPECT_FALSE(Origin::parse(QStringLiteral("not a url")).ok());
}

TEST(Encode, AJavaScriptStringLiteralIsOneInertExpressionWhateverTheText)
{
    EXPECT_EQ(encode::jsString(QStringLiteral("plain")), QStringLiteral("\"plain\""));
    EXPECT_EQ(encode::jsString(QStringLiteral("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\""));
    EXPECT_EQ(encode::jsString(QStringLiteral("x\u2028y\u2029z")), QStringLiteral("\"x\\u2028y\\u2029z\""))
        << "line terminators in JavaScript: a raw one ends a // comment";
    EXPECT_EQ(encode::jsString(QStringLiteral("\r\n\t\x01\x7f")), QStringLiteral("\"\\r\\n\\t\\u0001\\u007f\""));
    EXPECT_EQ(encode::jsString(QStringLiteral("é😀")), QStringLiteral("\"\\u00e9\\ud83d\\ude00\""));
    EXPECT_EQ(encode::asciiJson(QByteArray("{\"k\xe2\x80\xa8\":\"\xc3\xa9\"}")),
              QStringLiteral("{\"k\\u2028\":\"\\u00e9\"}"));
}

TEST(Encode, AYamlScalarAndAKubernetesNameHoldOnlyWhatTheyMayHold)
{
    EXPECT_EQ(encode::yamlString(QStringLiteral("a: b\n---\nkind: Secret")),
              QStringLiteral("\"a: b\\n---\\nkind: Secret\""));
    EXPECT_EQ(encode::yamlString(QStringLiteral("x\u0085y")), QStringLiteral("\"x\\u0085y\""));
    EXPECT_EQ(encode::kubernetesName(QStringLiteral("Auto_Com Center 250rps")),
              QStringLiteral("auto-com-center-250rps"));
    EXPECT_EQ(encode::kubernetesName(QStringLiteral("--\u2028--")), QStringLiteral("canary"));
    EXPECT_EQ(encode::kubernetesName(QString(100, QLatin1Char('a')), 55).size(), 55);
    EXPECT_TRUE(encode::isKubernetesName(encode::kubernetesName(QStringLiteral("-x- y-"))));
    EXPECT_FALSE(encode::isKubernetesName(QStringLiteral("Bad_Name")));
}

TEST(Encode, ServerTextIsShownNeverInterpretedByATerminal)
{
    const QString hostile = QString::fromUtf8("\x1b[2J\x1b]0;owned\x07\r\x1b[32mGate 1 PASS\x1b[0m\b\b \u202e!");
    const QString shown = encode::visible(hostile);
    for (const QChar c : shown)
        EXPECT_TRUE(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e)
            << static_cast<int>(c.unicode());
    EXPECT_EQ(shown,
              QStringLiteral("\\x1b[2J\\x1b]0;owned\\x07\\x0d\\x1b[32mGate 1 PASS\\x1b[0m\\x08\\x08 \\u{202e}!"));
    EXPECT_EQ(encode::visible(QStringLiteral("line one\n\tline two"), true), QStringLiteral("line one\n\tline two"));
    EXPECT_EQ(encode::visible(QStringLiteral("one\ntwo")), QStringLiteral("one\\x0atwo"));
    EXPECT_EQ(encode::visible(QStringLiteral("Grüße — ok")), QStringLiteral("Grüße — ok")) << "words stay words";
}

TEST(NetworkPolicy, OneProxyRuleAsK6ReadsTheEnvironment)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://proxy.corp:3128"));
    env.insert(QStringLiteral("http_proxy"), QStringLiteral("proxy.corp:8080")); // no scheme: http://
    env.insert(QStringLiteral("NO_PROXY"),
               QStringLiteral("internal.example, .svc.cluster.local, 10.0.0.0/8, 192.168.1.7, api.example:8443"));
    const auto made = NetworkPolicy::make({}, false, env);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    const NetworkPolicy &p = made.value();
    struct Case
    {
        const char *url;
        const char *via; // "" = direct
    };
    for (const Case &c :
         {Case{"https://api.example/x", "proxy.corp:3128"}, Case{"http://api.example/x", "proxy.corp:8080"},
          Case{"https://api.example:8443/x", ""}, // host:port in NO_PROXY
          Case{"https://internal.example/", ""}, Case{"https://a.internal.example/", ""},
          Case{"https://svc.cluster.local/", "proxy.corp:3128"}, // ".x" means subdomains only
          Case{"https://db.svc.cluster.local/", ""}, Case{"http://10.1.2.3/", ""},
          Case{"http://11.1.2.3/", "proxy.corp:8080"}, Case{"http://192.168.1.7/", ""},
          Case{"http://127.0.0.1:18080/", ""}, Case{"http://localhost:1/", ""}, Case{"http://[::1]:1/", ""}}) {
        const QNetworkProxy proxy = p.proxyFor(QUrl(QString::fromLatin1(c.url)));
        const QString via = proxy.type() == QNetworkProxy::NoProxy
                                ? QString()
                                : QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
        EXPECT_EQ(via, QString::fromLatin1(c.via)) << c.url;
    }
    EXPECT_EQ(p.routeTo(QUrl("https://api.example/")),
              QStringLiteral("through the proxy http://proxy.corp:3128 (HTTPS_PROXY)"));
    EXPECT_EQ(p.routeTo(QUrl("http://127.0.0.1:1/")), QStringLiteral("direct (loopback)"));

    QProcessEnvironment all = env;
    all.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*"));
    EXPECT_EQ(NetworkPolicy::make({}, false, all).value().proxyFor(QUrl("https://api.example/")).type(),
              QNetworkProxy::NoProxy);
    EXPECT_EQ(NetworkPolicy::make({}, false, {}).value().routeTo(QUrl("https://api.example/")),
              QStringLiteral("direct"));

    QProcessEnvironment bad;
    bad.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("https://user:pw@proxy.corp:443"));
    const auto refused = NetworkPolicy::make({}, false, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("HTTPS_PROXY: ")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("pw@"))) << "no password quoted back";
}

TEST(NetworkPolicy, ACaBundleThatCannotServeIsNamed)
{
    const auto missing = NetworkPolicy::make(QStringLiteral("/nonexistent/ca.pem"), false);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.startsWith(QStringLiteral("target.caBundle: cannot read /nonexistent/ca.pem")));
    const auto insecure = NetworkPolicy::make({}, true);
    ASSERT_TRUE(insecure.ok());
    EXPECT_EQ(insecure.value().ssl().peerVerifyMode(), QSslSocket::VerifyNone);
    EXPECT_TRUE(insecure.value().tlsDescription().contains(QStringLiteral("OFF for every request")));
}
