// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/publishplan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMimeDatabase>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PublishPlan)
};

QByteArray unquoted(QByteArray etag)
{
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag.toLower();
}

} // namespace

PublishPlan PublishPlan::compute(
    const QList<PublishFile> &local, const QList<ObjectEntry> &remote, bool deleteRemoved)
{
    QHash<QString, const ObjectEntry *> there;
    for (const ObjectEntry &o : remote)
        there.insert(o.key, &o);
    PublishPlan plan;
    QSet<QString> keys;
    for (const PublishFile &f : local) {
        keys.insert(f.key);
        const ObjectEntry *o = there.value(f.key);
        // A multipart ETag ("…-N") is not an MD5 of the body: such an object is sent again.
        const bool same = o && o->size == f.size && unquoted(o->etag) == f.md5Hex.toLower();
        (same ? plan.unchanged : plan.upload).append(f);
    }
    if (deleteRemoved) {
        for (const ObjectEntry &o : remote) {
            if (!keys.contains(o.key))
                plan.remove.append(o.key);
        }
    }
    return plan;
}

Result<QList<PublishFile>> PublishPlan::scan(const QString &folder)
{
    const QDir root(folder);
    if (!root.exists())
        return Result<QList<PublishFile>>::failure(
            ApiError(ApiError::Kind::Local, Tr::tr("%1 is not a folder.").arg(folder)));
    QList<PublishFile> files;
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        PublishFile f;
        f.localPath = info.absoluteFilePath();
        f.key = root.relativeFilePath(f.localPath);
        f.size = info.size();
        QFile file(f.localPath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QList<PublishFile>>::failure(
                ApiError(ApiError::Kind::Local, u"%1: %2"_s.arg(f.localPath, file.errorString())));
        QCryptographicHash md5(QCryptographicHash::Md5);
        md5.addData(&file);
        f.md5Hex = md5.result().toHex();
        f.contentType = contentTypeFor(info.fileName());
        files.append(f);
    }
    std::sort(
        files.begin(), files.end(), [](const PublishFile &a, const PublishFile &b) { return a.key < b.key; });
    return Result<QList<PublishFile>>::success(files);
}

QString PublishPlan::contentTypeFor(const QString &fileName)
{
    static const QMimeDatabase db; // thread-safe for lookups
    QString type = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
    // The shared-mime-info name for JavaScript differs between versions; browsers want this one.
    if (type == u"application/x-javascript" || type == u"text/javascript")
        type = u"text/javascript"_s;
    if (type.startsWith(u"text/") || type == u"image/svg+xml" || type == u"application/json")
        type += u"; charset=utf-8"_s;
    return type;
}
