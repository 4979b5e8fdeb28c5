// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

// Small helpers the importers share.
namespace ImportSupport {

// Reads a whole file. nullopt and *error ("Cannot read FILE: reason") when it cannot.
std::optional<QByteArray> readFile(const QString &path, QString *error);
// "~" and "~/x" with the environment's HOME.
QString expandHome(const QString &path, const QProcessEnvironment &env);
QString homeDir(const QProcessEnvironment &env);
// Python's and boto's truth values: true, yes, on, 1 (any case).
std::optional<bool> parseBool(const QByteArray &value);
// A credential reference / profile name derived from where a profile came from: "aws:dev".
QString stableName(const QString &kind, const QString &section);
// The warning for a file that turns certificate checks off (boto's https_validate_certificates,
// s3cmd's check_ssl_certificate): Skylight keeps them on and offers to trust (pin) the server's
// certificate at the first connection instead. `where` is FILE:LINE.
QString certificateChecksKept(const QString &where, const QString &setting);

} // namespace ImportSupport
