// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectdragpayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPointer>

#include "keydisplay.h"
#include "s3/s3client.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ObjectDragPayload)
};

constexpr char kSourceProperty[] = "skylightSourceClient";

} // namespace

void ObjectDragPayload::addTo(QMimeData *mime, S3Client *source) const
{
    if (source) {
        mime->setProperty(kSourceProperty, QVariant::fromValue<QObject *>(source));
        QObject::connect(
            source, &QObject::destroyed, mime, [mime] { mime->setProperty(kSourceProperty, {}); });
    }
    QJsonObject o;
    o.insert(QStringLiteral("client"), QString::number(client));
    o.insert(QStringLiteral("bucket"), bucket);
    o.insert(QStringLiteral("folderPrefix"), folderPrefix);
    o.insert(QStringLiteral("keys"), QJsonArray::fromStringList(keys));
    mime->setData(QString::fromLatin1(kMimeType), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ObjectDragPayload> ObjectDragPayload::from(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kMimeType)))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(mime->data(QString::fromLatin1(kMimeType))).object();
    ObjectDragPayload p;
    bool ok = false;
    p.client = quintptr(o.value(QStringLiteral("client")).toString().toULongLong(&ok));
    p.bucket = o.value(QStringLiteral("bucket")).toString();
    p.folderPrefix = o.value(QStringLiteral("folderPrefix")).toString();
    for (const QJsonValue &key : o.value(QStringLiteral("keys")).toArray())
        p.keys.append(key.toString());
    if (!ok || p.bucket.isEmpty() || p.keys.isEmpty())
        return std::nullopt;
    for (const QString &key : std::as_const(p.keys)) {
        if (!key.startsWith(p.folderPrefix) || key == p.folderPrefix)
            return std::nullopt;
    }
    return p;
}

S3Client *ObjectDragPayload::sourceClient(const QMimeData *mime)
{
    return mime ? qobject_cast<S3Client *>(mime->property(kSourceProperty).value<QObject *>()) : nullptr;
}

QString ObjectDragPayload::refusalFor(const QString &targetBucket, const QString &folderKey) const
{
    if (targetBucket.isEmpty())
        return Tr::tr(
            "Open a bucket first: objects are copied into the bucket or folder they are dropped on.");
    if (targetBucket != bucket)
        return {};
    for (const QString &key : keys) {
        if (key == folderKey)
            return Tr::tr("%1 cannot be copied or moved onto itself.").arg(location(bucket, key));
        if (key.endsWith(u'/') && folderKey.startsWith(key))
            return Tr::tr("%1 cannot be copied or moved into its own sub-folder %2.")
                .arg(location(bucket, key), location(bucket, folderKey));
    }
    if (folderKey == folderPrefix)
        return Tr::tr("They are already in %1.").arg(location(bucket, folderKey));
    return {};
}

QString ObjectDragPayload::location(const QString &bucket, const QString &folderKey)
{
    return QStringLiteral("s3://%1/%2").arg(bucket, KeyDisplay::escaped(folderKey));
}
