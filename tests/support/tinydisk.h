// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QString>

// A tmpfs of a few MiB mounted at `path` for a full-disk test, unmounted when it goes. Mounting
// needs root (CI's container has it); elsewhere error() says why and the test skips, saying so.
class TinyDisk
{
public:
    TinyDisk(const QString &path, const QString &size)
        : m_path(path)
    {
        QDir().mkpath(path);
        QProcess mount;
        mount.start(QStringLiteral("mount"),
            {QStringLiteral("-t"),
                QStringLiteral("tmpfs"),
                QStringLiteral("-o"),
                QStringLiteral("size=") + size,
                QStringLiteral("tmpfs"),
                path});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
            || mount.exitCode() != 0)
            m_error = QStringLiteral("cannot mount a small tmpfs here: ")
                + QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~TinyDisk()
    {
        if (m_error.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {m_path});
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    QString error() const { return m_error; } // empty: mounted

private:
    QString m_path;
    QString m_error;
};
