// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace {

constexpr int kStartTimeoutMs
    = 90000; // the first --demo start writes 10,000 objects; slow disks take a while
constexpr int kStopGraceMs = 3000;
constexpr qsizetype kMaxOutput = 64 * 1024;

} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{}

SandboxLauncher::~SandboxLauncher()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        // At shutdown only: a short bounded wait so the child's store closes cleanly.
        if (!m_process->waitForFinished(kStopGraceMs))
            m_process->kill();
    }
}

QString SandboxLauncher::findProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
#ifdef Q_OS_WIN
    const QString exe = QStringLiteral("skylight-sandbox.exe");
#else
    const QString exe = QStringLiteral("skylight-sandbox");
#endif
    // Beside skylight (installed, Windows folder, macOS bundle), then the build tree's layouts.
    for (const QString &candidate : {dir + u'/' + exe,
             dir + QStringLiteral("/../skylight-sandbox/") + exe,
             dir + QStringLiteral("/../app/") + exe}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("skylight-sandbox"));
}

std::optional<SandboxLauncher::Endpoints> SandboxLauncher::parseReadyLine(const QByteArray &line)
{
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.size() < 2 || words.at(0) != "skylight-sandbox" || words.at(1) != "ready")
        return std::nullopt;
    Endpoints e;
    for (const QByteArray &word : words) {
        const qsizetype eq = word.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = word.left(eq);
        const QString value = QString::fromUtf8(word.mid(eq + 1));
        if (key == "s3")
            e.s3 = QUrl(value);
        else if (key == "ec2")
            e.ec2 = QUrl(value);
        else if (key == "website")
            e.website = QUrl(value);
        else if (key == "region")
            e.region = value;
    }
    const auto loopbackHttp = [](const QUrl &url) {
        return url.isValid() && url.scheme() == QLatin1String("http") && url.port() > 0;
    };
    if (!loopbackHttp(e.s3) || (!e.ec2.isEmpty() && !loopbackHttp(e.ec2)))
        return std::nullopt;
    if (!e.website.isEmpty() && !loopbackHttp(e.website))
        e.website.clear(); // the sandbox is usable without its website endpoint
    if (e.region.isEmpty())
        e.region = QStringLiteral("us-east-1");
    return e;
}

bool SandboxLauncher::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SandboxLauncher::start(const QString &program, const QString &dataDir)
{
    if (isRunning()) {
        if (m_endpoints)
            QTimer::singleShot(0, this, [this] { Q_EMIT ready(*m_endpoints); });
        return;
    }
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(tr("skylight-sandbox was not found next to Skylight.")); });
        return;
    }
    QDir().mkpath(dataDir);
    m_stdout.clear();
    m_endpoints.reset();
    m_stopping = false;
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("skylight-sandbox could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        const QString why = QString::fromUtf8(m_process->readAllStandardError().right(2000)).trimmed();
        fail(why.isEmpty() ? tr("The sandbox stopped (exit status %1).").arg(code)
                           : tr("The sandbox stopped: %1").arg(why));
    });
    QTimer::singleShot(kStartTimeoutMs, this, [this, process = m_process] {
        if (process == m_process && !m_endpoints && isRunning()) {
            fail(tr("The sandbox did not report ready within %1 seconds.").arg(kStartTimeoutMs / 1000));
            stop();
        }
    });
    m_process->start(program,
        {QStringLiteral("--demo"),
            QStringLiteral("--data"),
            dataDir,
            QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0")});
}

void SandboxLauncher::onOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_stdout.size() > kMaxOutput)
        m_stdout = m_stdout.right(kMaxOutput);
    qsizetype newline;
    while (!m_endpoints && (newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        m_endpoints = parseReadyLine(line);
        if (m_endpoints)
            Q_EMIT ready(*m_endpoints);
    }
}

void SandboxLauncher::fail(const QString &message)
{
    m_endpoints.reset();
    Q_EMIT failed(message);
}

void SandboxLauncher::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process->terminate();
    QTimer::singleShot(kStopGraceMs, m_process, [process = m_process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}
