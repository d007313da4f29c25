// GoogleTest main for UI tests: a QApplication on the offscreen platform unless one was chosen.
#include <QApplication>

#include <QFileInfo>
#include <QSettings>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Run history and run folders of this test binary stay in the build tree, never in the user's data.
    if (qEnvironmentVariableIsEmpty("CANARYDESK_DATA_DIR"))
        qputenv("CANARYDESK_DATA_DIR", QByteArray(CANARYDESK_TEST_DATA_ROOT "/") +
                                           QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().toLocal8Bit());
    // So do its settings (recent scenarios, window layout, last export folder).
    const QString settings = qEnvironmentVariable("CANARYDESK_DATA_DIR") + QStringLiteral("/settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
