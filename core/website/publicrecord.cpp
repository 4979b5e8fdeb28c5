// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/publicrecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QJsonObject PublicRecord::toJson() const
{
    return QJsonObject {
        {u"bucket"_s, bucket},
        {u"addedPolicyStatement"_s, addedPolicyStatement},
        {u"changedBlock"_s, changedBlock},
        {u"previousBlockXml"_s, QString::fromUtf8(previousBlockXml)},
        {u"aclKeys"_s, QJsonArray::fromStringList(aclKeys)},
        {u"bucketAcl"_s, bucketAcl},
    };
}

PublicRecord PublicRecord::fromJson(const QJsonObject &o)
{
    PublicRecord r;
    r.bucket = o.value(u"bucket").toString();
    r.addedPolicyStatement = o.value(u"addedPolicyStatement").toBool();
    r.changedBlock = o.value(u"changedBlock").toBool();
    r.previousBlockXml = o.value(u"previousBlockXml").toString().toUtf8();
    r.bucketAcl = o.value(u"bucketAcl").toBool();
    for (const QJsonValue &k : o.value(u"aclKeys").toArray())
        r.aclKeys.append(k.toString());
    return r;
}

QString PublicRecord::fileFor(const QString &dir, const QString &endpoint, const QString &bucket)
{
    const QByteArray id
        = QCryptographicHash::hash((endpoint + u'\n' + bucket).toUtf8(), QCryptographicHash::Sha256);
    return dir + u"/website-public/"_s + QString::fromLatin1(id.toHex().left(32)) + u".json"_s;
}

bool PublicRecord::save(const QString &path, QString *error) const
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QFile::tr("cannot create %1").arg(folder);
        return false;
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write(QJsonDocument(toJson()).toJson());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

std::optional<PublicRecord> PublicRecord::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1024 * 1024));
    if (!doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

PublicRecord PublicRecord::mergedWith(const PublicRecord &earlier) const
{
    PublicRecord record = *this;
    record.addedPolicyStatement |= earlier.addedPolicyStatement;
    record.bucketAcl |= earlier.bucketAcl;
    if (earlier.changedBlock) { // the settings before the first change are the ones to put back
        record.changedBlock = true;
        record.previousBlockXml = earlier.previousBlockXml;
    }
    for (const QString &key : earlier.aclKeys) {
        if (!record.aclKeys.contains(key))
            record.aclKeys.append(key);
    }
    return record;
}

bool PublicRecord::saveMerged(const QString &path, QString *error) const
{
    if (isEmpty())
        return true;
    const std::optional<PublicRecord> previous = load(path);
    return (previous ? mergedWith(*previous) : *this).save(path, error);
}
