#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

const QStringList kForbiddenModules = {QStringLiteral("QtGui"), QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"),
                                       QStringLiteral("QtOpenGL"), QStringLiteral("QtPrintSupport")};

// Which forbidden module an #include <X> resolves to, or an empty string.
QString forbiddenModuleOf(const QString &header)
{
    const QString first = header.section(QLatin1Char('/'), 0, 0);
    if (header.contains(QLatin1Char('/')) && kForbiddenModules.contains(first))
        return first;
    for (const QString &module : kForbiddenModules) {
        if (QFileInfo::exists(QStringLiteral(QT_HEADERS_DIR "/") + module + QLatin1Char('/') + header))
            return module;
    }
    return {};
}

QStringList violationsIn(const QString &root)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QStringList violations;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        auto m = include.globalMatch(text);
        while (m.hasNext()) {
            const QString header = m.next().captured(1);
            const QString module = forbiddenModuleOf(header);
            if (!module.isEmpty())
                violations
                    << QStringLiteral("%1 includes <%2> (%3)").arg(QDir(root).relativeFilePath(path), header, module);
        }
    }
    return violations;
}

} // namespace

TEST(Architecture, DetectorSeesGuiHeaders)
{
    // Guards the test itself: if the Qt headers moved, every lookup would miss and the real test would pass.
    EXPECT_EQ(forbiddenModuleOf(QStringLiteral("QImage")), QStringLiteral("QtGui"));
    EXPECT_EQ(forbiddenModuleOf(QStringLiteral("QWidget")), QStringLiteral("QtWidgets"));
    EXPECT_EQ(forbiddenModuleOf(QStringLiteral("QtCharts/QChart")), QStringLiteral("QtCharts"));
    EXPECT_EQ(forbiddenModuleOf(QStringLiteral("QString")), QString());
    EXPECT_EQ(forbiddenModuleOf(QStringLiteral("QNetworkAccessManager")), QString());
}

TEST(Architecture, CoreIncludesNoGuiHeaders)
{
    const QString core = QStringLiteral(CANARYDESK_SOURCE_DIR "/core");
    ASSERT_TRUE(QDir(core).exists());
    const QStringList violations = violationsIn(core);
    EXPECT_TRUE(violations.isEmpty()) << violations.join(QLatin1Char('\n')).toStdString();
}
