#include <QCoreApplication>
#include <QDomDocument>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QLocale>
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
    for (const char *dir : {"app", "ui", "core/scenario"}) {
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
