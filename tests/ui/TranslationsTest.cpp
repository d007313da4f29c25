#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {
const char *kLanguages[] = {"de", "es"};
}

TEST(Translations, EverySourceStringIsTranslated)
{
    for (const char *lang : kLanguages) {
        QFile ts(QStringLiteral(CANARYDESK_SOURCE_DIR "/translations/canarydesk_%1.ts").arg(QString::fromLatin1(lang)));
        ASSERT_TRUE(ts.open(QIODevice::ReadOnly)) << lang;
        QDomDocument doc;
        ASSERT_TRUE(doc.setContent(&ts)) << lang;
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        EXPECT_GT(messages.size(), 50) << lang;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            EXPECT_FALSE(t.text().isEmpty())
                << lang << ": untranslated \"" << m.firstChildElement(QStringLiteral("source")).text().toStdString()
                << '"';
            EXPECT_NE(t.attribute(QStringLiteral("type")), QStringLiteral("unfinished")) << lang;
        }
    }
}

TEST(Translations, CompiledCataloguesTranslateTheConsole)
{
    QTranslator de;
    ASSERT_TRUE(de.load(QStringLiteral(CANARYDESK_QM_DIR "/canarydesk_de.qm")));
    EXPECT_EQ(de.translate("canary::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(de.translate("Gate", "Error rate"), QStringLiteral("Fehlerquote"));
    QTranslator es;
    ASSERT_TRUE(es.load(QStringLiteral(CANARYDESK_QM_DIR "/canarydesk_es.qm")));
    EXPECT_EQ(es.translate("canary::ui::MainWindow", "&File"), QStringLiteral("&Archivo"));
}
