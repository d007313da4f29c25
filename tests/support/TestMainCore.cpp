// GoogleTest main for core tests: a QCoreApplication so event loops, timers and QNAM work.
#include <QCoreApplication>

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Run history and run folders of this test binary stay in the build tree, never in the user's data.
    if (qEnvironmentVariableIsEmpty("CANARYDESK_DATA_DIR"))
        qputenv("CANARYDESK_DATA_DIR", QByteArray(CANARYDESK_TEST_DATA_ROOT "/") +
                                           QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().toLocal8Bit());
    // So do its settings (recent scenarios, window layout, last export folder) — one folder per process: ctest
    // runs each test case as a process of its own, two at a time, and two cases writing the same settings file
    // (a window layout, then its removal) made a remembered layout test fail now and then.
    const QString data = qEnvironmentVariable("CANARYDESK_DATA_DIR");
    QDir().mkpath(data);
    const QTemporaryDir settings(data + QStringLiteral("/settings-XXXXXX"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
