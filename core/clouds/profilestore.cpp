// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int kFormatVersion = 1;
}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/Skylight/profiles.json"_s;
}

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{}

bool ProfileStore::load()
{
    m_error.clear();
    m_profiles.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        m_error = tr("%1 is not a Skylight profile list: %2").arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"version"_s).toInt() > kFormatVersion) {
        m_error = tr("%1 was written by a newer Skylight").arg(m_path);
        return false;
    }
    for (const QJsonValue &value : root.value(u"profiles"_s).toArray()) {
        QString error;
        const auto profile = CloudProfile::fromJson(value.toObject(), &error);
        if (!profile) {
            m_error = tr("%1: %2").arg(m_path, error);
            m_profiles.clear();
            return false;
        }
        m_profiles.append(*profile);
    }
    return true;
}

bool ProfileStore::save()
{
    m_error.clear();
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        m_error = tr("Cannot create the folder %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QJsonArray list;
    for (const CloudProfile &profile : std::as_const(m_profiles))
        list.append(profile.toJson());
    QJsonObject root;
    root.insert(u"version"_s, kFormatVersion);
    root.insert(u"profiles"_s, list);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Before the first byte: the temporary file is renamed into place with these permissions.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

const CloudProfile *ProfileStore::find(const QString &name) const
{
    for (const CloudProfile &profile : m_profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

bool ProfileStore::upsert(const CloudProfile &profile)
{
    for (CloudProfile &existing : m_profiles) {
        if (existing.name == profile.name) {
            existing = profile;
            return true;
        }
    }
    m_profiles.append(profile);
    return false;
}

bool ProfileStore::remove(const QString &name)
{
    const auto removed = m_profiles.removeIf([&name](const CloudProfile &p) { return p.name == name; });
    return removed > 0;
}
