// #31: one palette. Every colour a person sees is named in ui/style/Palette.h; no other ui file spells one out
// (a QColor of three numbers, a #rrggbb in a style sheet or a page), so a colour changes in one place.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList coloursSpelledOut(const QString &text)
{
    static const QRegularExpression colour(QStringLiteral(
        "QColor(\\s+\\w+)?[({]\\s*(0x[0-9a-fA-F]+|\\d+)\\s*,|QColor(\\s+\\w+)?[({]\\s*0x[0-9a-fA-F]{6}\\s*[)}]|"
        "#[0-9a-fA-F]{6}\\b|QColor\\(\\s*\"#|rgba?\\(\\d+,\\s*\\d+,\\s*\\d+"));
    QStringList found;
    for (auto m = colour.globalMatch(text); m.hasNext();)
        found << m.next().captured(0);
    return found;
}

} // namespace

TEST(Architecture, TheDetectorSeesAColourSpelledOut)
{
    EXPECT_EQ(coloursSpelledOut(QStringLiteral("p.setPen(QColor(0xcf, 0x22, 0x2e));")).size(), 1);
    EXPECT_EQ(coloursSpelledOut(QStringLiteral("QColor(207, 34, 46)")).size(), 1);
    EXPECT_EQ(coloursSpelledOut(QStringLiteral("QColor ink(0x1f, 0x23, 0x28);")).size(), 1);
    EXPECT_EQ(coloursSpelledOut(QStringLiteral("QColor ink{0x1f2328};")).size(), 1);
    EXPECT_EQ(coloursSpelledOut(QStringLiteral("setStyleSheet(\"color:#1a7f37\")")).size(), 1);
    EXPECT_FALSE(coloursSpelledOut(QStringLiteral("QColor(\"#1a7f37\")")).isEmpty());
    EXPECT_EQ(coloursSpelledOut(QStringLiteral("QStringLiteral(\"rgba(31,111,235,0.45)\")")).size(), 1);
    EXPECT_TRUE(coloursSpelledOut(QStringLiteral("palette::colour(palette::kFail, 40); \"color:@fail@\"")).isEmpty());
    EXPECT_TRUE(coloursSpelledOut(QStringLiteral("#ViewerBanner{background:@neutral@}")).isEmpty());
}

TEST(Architecture, EveryColourIsThePalettes)
{
    const QString ui = QStringLiteral(CANARYDESK_SOURCE_DIR "/ui");
    ASSERT_TRUE(QDir(ui).exists());
    QStringList violations;
    QDirIterator it(ui, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("/style/Palette.h")))
            continue;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        for (const QString &c : coloursSpelledOut(QString::fromUtf8(f.readAll())))
            violations << QStringLiteral("%1: %2").arg(QDir(ui).relativeFilePath(path), c);
    }
    EXPECT_TRUE(violations.isEmpty()) << violations.join(QLatin1Char('\n')).toStdString();
}
