#include "core/evidence/EvidenceFiles.h"
#include "core/metrics/GateVerdict.h"
#include "core/scenario/ScenarioLoader.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {
const char *kLanguages[] = {"de", "es"};

// The <message> elements of translations/canarydesk_<lang>.ts; empty (and a failure) when it cannot be read.
QList<QDomElement> messagesOf(const char *lang)
{
    QFile ts(QStringLiteral(CANARYDESK_SOURCE_DIR "/translations/canarydesk_%1.ts").arg(QString::fromLatin1(lang)));
    QDomDocument doc;
    if (!ts.open(QIODevice::ReadOnly) || !doc.setContent(&ts)) {
        ADD_FAILURE() << "cannot read " << ts.fileName().toStdString();
        return {};
    }
    QList<QDomElement> out;
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.size(); ++i)
        out << messages.at(i).toElement();
    return out;
}
} // namespace

TEST(Translations, EverySourceStringIsTranslated)
{
    for (const char *lang : kLanguages) {
        const QList<QDomElement> messages = messagesOf(lang);
        EXPECT_GT(messages.size(), 50) << lang;
        for (const QDomElement &m : messages) {
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            EXPECT_FALSE(t.text().isEmpty())
                << lang << ": untranslated \"" << m.firstChildElement(QStringLiteral("source")).text().toStdString()
                << '"';
            EXPECT_NE(t.attribute(QStringLiteral("type")), QStringLiteral("unfinished")) << lang;
        }
    }
}

// A translation keeps its source's placeholders (%1, %L2, %n), each as often: a lost "%2" would print a measured
// value nowhere, a doubled one would print it twice — in a verdict, a wrong number.
TEST(Translations, EveryTranslationKeepsItsPlaceholders)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d|%n"));
    auto placeholders = [](const QString &text) {
        QStringList out;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            out << it.next().captured();
        out.sort();
        return out;
    };
    for (const char *lang : kLanguages) {
        for (const QDomElement &m : messagesOf(lang)) {
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            QStringList forms;
            for (QDomElement f = t.firstChildElement(QStringLiteral("numerusform")); !f.isNull();
                 f = f.nextSiblingElement(QStringLiteral("numerusform")))
                forms << f.text();
            if (forms.isEmpty())
                forms << t.text();
            for (const QString &form : forms)
                EXPECT_EQ(placeholders(form), placeholders(source))
                    << lang << ": \"" << form.toStdString() << "\" for \"" << source.toStdString() << '"';
        }
    }
}

TEST(Translations, CompiledCataloguesTranslateTheConsole)
{
    QTranslator de;
    ASSERT_TRUE(de.load(QStringLiteral(CANARYDESK_QM_DIR "/canarydesk_de.qm")));
    EXPECT_EQ(de.translate("canary::ui::ConsoleActions", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(de.translate("Gate", "Error rate"), QStringLiteral("Fehlerquote"));
    QTranslator es;
    ASSERT_TRUE(es.load(QStringLiteral(CANARYDESK_QM_DIR "/canarydesk_es.qm")));
    EXPECT_EQ(es.translate("canary::ui::ConsoleActions", "&File"), QStringLiteral("&Archivo"));
}

// Qt's own buttons (Cancel, Yes, No in every QMessageBox and dialog) speak the reader's language too: the
// console loads Qt's qtbase catalogue beside its own, which qt6-translations-l10n installs (install-deps.sh and the
// .deb's dependencies bring it). Without it a German console says "Cancel".
TEST(Translations, QtsOwnButtonsAreTranslatedToo)
{
    for (const char *lang : {"de", "es"}) {
        QTranslator qt;
        ASSERT_TRUE(qt.load(QLocale(QString::fromLatin1(lang)), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            << "qtbase_" << lang << ".qm is not in " << QLibraryInfo::path(QLibraryInfo::TranslationsPath).toStdString()
            << " (apt-get install qt6-translations-l10n)";
        const QString cancel = qt.translate("QPlatformTheme", "Cancel");
        EXPECT_FALSE(cancel.isEmpty()) << lang;
        EXPECT_NE(cancel, QStringLiteral("Cancel")) << lang;
    }
}

namespace {

// Every source text of a .ts file (contexts differ: this lupdate run has no include paths for namespaces).
QSet<QString> sourcesOf(const QString &path)
{
    QFile ts(path);
    QSet<QString> out;
    if (!ts.open(QIODevice::ReadOnly))
        return out;
    QDomDocument doc;
    doc.setContent(&ts);
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int i = 0; i < contexts.size(); ++i) {
        const QDomElement c = contexts.at(i).toElement();
        for (QDomElement m = c.firstChildElement(QStringLiteral("message")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("message")))
            out.insert(m.firstChildElement(QStringLiteral("source")).text());
    }
    return out;
}

} // namespace

TEST(Translations, CommittedCataloguesAreNotStale)
{
    // lupdate over the same sources the build uses: a string added or changed in the code without
    // `make translations` shows up here by name.
    QStringList sources;
    for (const char *dir : {"app", "ui", "core"}) {
        QDirIterator it(QStringLiteral(CANARYDESK_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(CANARYDESK_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none")} +
                      sources + QStringList{QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().constData();
    const QSet<QString> expected = sourcesOf(fresh);
    ASSERT_GT(expected.size(), 50);
    for (const char *lang : kLanguages) {
        const QSet<QString> committed = sourcesOf(
            QStringLiteral(CANARYDESK_SOURCE_DIR "/translations/canarydesk_%1.ts").arg(QString::fromLatin1(lang)));
        for (const QString &s : expected - committed)
            ADD_FAILURE() << lang << ": not in the catalogue (run make translations): " << s.toStdString();
        for (const QString &s : committed - expected)
            ADD_FAILURE() << lang << ": no longer in the code (run make translations): " << s.toStdString();
    }
}

namespace {

// One German reader for a test: CanaryDesk's compiled catalogue and a German default locale, both undone at the end.
struct GermanReader
{
    QTranslator de;
    QLocale before;
    GermanReader()
    {
        EXPECT_TRUE(de.load(QStringLiteral(CANARYDESK_QM_DIR "/canarydesk_de.qm")));
        QCoreApplication::installTranslator(&de);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~GermanReader()
    {
        QCoreApplication::removeTranslator(&de);
        QLocale::setDefault(before);
    }
};

canary::IntervalStats answers(int ok, int serverErrors, qint64 serviceMs)
{
    canary::IntervalStats s;
    for (int i = 0; i < ok + serverErrors; ++i) {
        canary::RequestResult r;
        r.finishedNs = serviceMs * 1'000'000;
        r.waitingNs = r.finishedNs;
        r.status = i < ok ? 202 : 503;
        r.checkOk = i < ok;
        r.delivered = i < ok;
        r.errorClass = i < ok ? canary::ErrorClass::None : canary::ErrorClass::ServerError;
        s.record(r);
    }
    return s;
}

} // namespace

// What the core says to a reader — the verdict's details, the criteria's targets, measured values and margins, the
// findings, checkpoint.md and a scenario's validation messages — is in the reader's language, numbers formatted as
// that language writes them. English stays the source (the C locale in the other tests).
TEST(Translations, TheVerdictFindingsCheckpointAndValidationSpeakTheReadersLanguage)
{
    using namespace canary;
    GermanReader reader;
    const GateProfile gate = GateProfile::builtin(QStringLiteral("gate1")).value();
    const IntervalStats slow = answers(1000, 20, 300); // 1,020 requests, p95 300 ms, 1.96 % errors
    const RunFacts facts{60000, 60400, 1020, false, {}};
    const GateVerdict v = GateVerdict::judge(gate, slow, ThresholdEvaluator::evaluate(gate, slow, 60.4), facts);
    ASSERT_EQ(v.word(), QStringLiteral("FAIL")) << "the verdict's word is a name in every language";
    EXPECT_TRUE(v.details().contains(QStringLiteral("300,00 ms (gefordert ≤ 250 ms)"))) << v.details().toStdString();
    EXPECT_FALSE(v.details().contains(QStringLiteral("needs"))) << v.details().toStdString();
    EXPECT_EQ(v.criteria[0].label, QStringLiteral("Latenz p95 (http_req_duration)"));
    EXPECT_EQ(v.criteria[0].margin, QStringLiteral("50,0 ms über dem Grenzwert (20 %)"));
    EXPECT_EQ(v.criteria[1].target, QStringLiteral("≤ 0,5 %")) << "a gate's limit with a decimal comma";
    EXPECT_EQ(v.criteria[1].measured, QStringLiteral("1,961 %"));
    EXPECT_EQ(v.criteria[1].margin, QStringLiteral("1,5 Pkt. über dem Grenzwert"));
    bool duration = false, rate = false;
    for (const CriterionResult &c : v.criteria) {
        if (c.label == QStringLiteral("Dauer")) {
            duration = true;
            EXPECT_EQ(c.target, QStringLiteral("volle 1:00")) << "a duration for people in m:ss, not 1m";
        }
        if (c.label.startsWith(QStringLiteral("Anfragerate"))) {
            rate = true;
            EXPECT_EQ(c.measured, QStringLiteral("17,00 /s (1.020 Anfragen)"));
        }
    }
    EXPECT_TRUE(duration && rate);

    JudgeInput in;
    in.gate = gate;
    in.total = &slow;
    in.facts = facts;
    in.elapsedMs = 60400;
    const QList<Finding> findings = Judge::judge(in).findings;
    QStringList titles;
    for (const Finding &f : findings)
        titles << f.title;
    ASSERT_TRUE(titles.contains(QStringLiteral("Serverfehler über dem Gate"))) << titles.join(u'|').toStdString();
    const Finding &server = findings.at(titles.indexOf(QStringLiteral("Serverfehler über dem Gate")));
    EXPECT_TRUE(server.evidence.startsWith(QStringLiteral("20 Antworten waren 5xx (1,96 % von 1.020 Anfragen)")))
        << server.evidence.toStdString();
    EXPECT_FALSE(server.nextSteps.isEmpty());
    EXPECT_FALSE(server.nextSteps.contains(QStringLiteral(" the "))) << server.nextSteps.toStdString();

    const QJsonObject summary{{QStringLiteral("total_requests"), 1020},
                              {QStringLiteral("p95_latency_ms"), 300.0},
                              {QStringLiteral("error_rate_pct"), 1.96}};
    const QString md =
        QString::fromUtf8(EvidenceFiles::checkpointMarkdown(CheckpointInput{QStringLiteral("svc"),
                                                                            QStringLiteral("http://127.0.0.1/"),
                                                                            QStringLiteral("r1"),
                                                                            {},
                                                                            {},
                                                                            summary,
                                                                            &v,
                                                                            findings}));
    EXPECT_TRUE(md.contains(QStringLiteral("**Urteil: FAIL**"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("| Kriterium | Ziel | Gemessen | Ergebnis |"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("1.020 Anfragen"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("## Diagnose und nächste Schritte"))) << md.toStdString();

    const auto bad = ScenarioLoader::fromBytes(
        R"({"name":"x","target":{"baseUrl":"ftp://x","path":"/a"},"load":{"stages":[{"rate":-5,"duration":"1m"}]}})",
        QStringLiteral("bad.json"));
    ASSERT_FALSE(bad.ok());
    QStringList problems;
    for (const Problem &p : bad.error())
        problems << p.toString();
    const QString said = problems.join(u'\n');
    EXPECT_TRUE(said.contains(QStringLiteral("muss eine http://- oder https://-URL sein"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("muss > 0 sein, gefunden: -5"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("must be"))) << said.toStdString();
}
