// SPDX-License-Identifier: GPL-3.0-or-later
// --help and --version on every program, with no display at all: exit 0, the version CMake
// knows (PROJECT_VERSION, passed in by the test's environment), and a usage text naming both.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProgramOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answers_data();
    void answers();
};

void TestProgramOptions::answers_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("option");
    const QList<std::pair<QString, QString>> programs {{u"SKYLIGHT_GUI"_s, u"Skylight"_s},
        {u"SKYLIGHT_CLI"_s, u"skylight-cli"_s},
        {u"SKYLIGHT_SANDBOX"_s, u"skylight-sandbox"_s}};
    for (const auto &[variable, name] : programs) {
        for (const QString &option : {u"--version"_s, u"--help"_s})
            QTest::newRow(qPrintable(name + u' ' + option))
                << qEnvironmentVariable(qPrintable(variable)) << name << option;
    }
}

void TestProgramOptions::answers()
{
    QFETCH(QString, program);
    QFETCH(QString, name);
    QFETCH(QString, option);
    const QString version = qEnvironmentVariable("SKYLIGHT_EXPECTED_VERSION");
    QVERIFY(!version.isEmpty());
    QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(variable));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    QTemporaryDir config; // no stored language choice
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    p.setProcessEnvironment(env);
    p.start(program, {option});
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, qPrintable(err));
    if (option == u"--version"_s) {
        QCOMPARE(out.trimmed(), name + u' ' + version);
    } else {
        QVERIFY2(out.contains(u"Usage:"_s), qPrintable(out));
        QVERIFY2(out.contains(u"--help"_s) && out.contains(u"--version"_s), qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestProgramOptions)
#include "tst_programoptions.moc"
