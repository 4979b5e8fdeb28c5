// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcommand.h"

#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>

#include <unistd.h>
#endif

namespace {

QString sandboxProgram()
{
    QString name = QStringLiteral("skylight-sandbox");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

int runSandboxCommand(const QStringList &args)
{
    const QString program = sandboxProgram();
    if (!QFileInfo(program).isExecutable()) {
        std::fprintf(stderr,
            "%s\n",
            qPrintable(QCoreApplication::translate("SandboxCommand",
                "skylight-cli: skylight-sandbox is not installed beside skylight-cli (looked for %1)")
                           .arg(QDir::toNativeSeparators(program))));
        return 2;
    }
#ifdef Q_OS_UNIX
    std::fflush(stdout);
    std::fflush(stderr);
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
    const int error = errno; // only reached when exec failed
    std::fprintf(stderr,
        "%s\n",
        qPrintable(QCoreApplication::translate("SandboxCommand", "skylight-cli: cannot start %1: %2")
                       .arg(program, QString::fromLocal8Bit(std::strerror(error)))));
    return 2;
#else
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedChannels);
    sandbox.setInputChannelMode(QProcess::ForwardedInputChannel);
    sandbox.start(program, args);
    if (!sandbox.waitForStarted()) {
        std::fprintf(stderr,
            "%s\n",
            qPrintable(QCoreApplication::translate("SandboxCommand", "skylight-cli: cannot start %1: %2")
                           .arg(program, sandbox.errorString())));
        return 2;
    }
    sandbox.waitForFinished(-1);
    return sandbox.exitStatus() == QProcess::NormalExit ? sandbox.exitCode() : 1;
#endif
}
