// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QJsonDocument>
#include <QProcess>

#include "sandboxprocess.h"

using namespace Qt::StringLiterals;

CliRun runCli(const SandboxProcess &sandbox, const QString &home, const QStringList &arguments)
{
    return runCliAlone(home,
        QStringList(arguments) << u"--endpoint-url"_s << sandbox.endpoint() << u"--provider"_s
                               << u"sandbox"_s);
}

CliRun runCliAlone(const QString &home, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"AWS_ACCESS_KEY_ID"_s, QString::fromUtf8(SandboxProcess::credentials().accessKeyId()));
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"sandbox-secret-key"_s);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("SKYLIGHT_CLI"), arguments);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray runCliJson(const SandboxProcess &sandbox, const QString &home, const QStringList &arguments)
{
    const CliRun run = runCli(sandbox, home, QStringList(arguments) << u"--json"_s);
    if (run.status != 0)
        qWarning("exit %d: %s", run.status, run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}
