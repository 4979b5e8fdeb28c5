// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class QMimeData;

// What a drag out of the browser carries besides its file URLs, so that a drop back into the
// browser can move server-side instead of uploading the staged copies: which client (this process
// only), bucket and folder the keys come from, and the keys (folders end in "/").
struct ObjectDragPayload
{
    static constexpr char kMimeType[] = "application/x-skylight-objects";

    quintptr client = 0; // the S3Client's address: a drag from another cloud or process never matches
    QString bucket;
    QString folderPrefix;
    QStringList keys;

    void addTo(QMimeData *mime) const;
    static std::optional<ObjectDragPayload> from(const QMimeData *mime); // nullopt: not ours or broken

    // Why these keys cannot go into `folderKey` of the same bucket ("" when they can): a folder
    // into itself or below itself, or into the folder they are already in.
    QString refusalFor(const QString &folderKey) const;
};
