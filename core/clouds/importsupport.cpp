// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/importsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

std::optional<QByteArray> ImportSupport::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = QCoreApplication::translate("ImportResult", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QString ImportSupport::homeDir(const QProcessEnvironment &env)
{
    const QString home = env.value(u"HOME"_s);
    return home.isEmpty() ? QDir::homePath() : home;
}

QString ImportSupport::expandHome(const QString &path, const QProcessEnvironment &env)
{
    if (path == u"~"_s)
        return homeDir(env);
    if (path.startsWith(u"~/"_s))
        return homeDir(env) + path.mid(1);
    return path;
}

std::optional<bool> ImportSupport::parseBool(const QByteArray &value)
{
    const QByteArray v = value.trimmed().toLower();
    if (v == "true" || v == "yes" || v == "on" || v == "1")
        return true;
    if (v == "false" || v == "no" || v == "off" || v == "0")
        return false;
    return std::nullopt;
}

QString ImportSupport::stableName(const QString &kind, const QString &section)
{
    return kind + QLatin1Char(':') + section;
}

QString ImportSupport::certificateChecksKept(const QString &where, const QString &setting)
{
    return QCoreApplication::translate("ImportResult",
        "%1: %2 = False is not applied: Skylight never turns certificate checks off. If the server's "
        "certificate is self-signed, Skylight shows it at the first connection and lets you trust it.")
        .arg(where, setting);
}
