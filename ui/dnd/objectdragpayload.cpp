// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectdragpayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ObjectDragPayload", text);
}

} // namespace

void ObjectDragPayload::addTo(QMimeData *mime) const
{
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

QString ObjectDragPayload::refusalFor(const QString &folderKey) const
{
    if (folderKey == folderPrefix)
        return tr("They are already in this folder.");
    for (const QString &key : keys) {
        if (key.endsWith(u'/') && folderKey.startsWith(key))
            return tr("A folder cannot be moved into itself.");
    }
    return {};
}
