// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// What a drop of files onto the browser does, decided without a window (Dolphin's pattern): each
// dropped file becomes the key PREFIX + its name, each dropped folder the prefix PREFIX + its name +
// "/" for everything below it (the queue walks it and keeps the structure). When the drop cannot
// work, `problem` says why in words and nothing is uploaded.
struct DropPlan
{
    struct Item
    {
        QString localPath;
        QString key; // a file's key, or a folder's prefix (ending in "/")
        bool folder = false;
    };
    QList<Item> items;
    QString problem;
    bool isOk() const { return problem.isEmpty() && !items.isEmpty(); }
};

namespace DropPlanner {

// `bucket` empty: no bucket is open. `destPrefix` is "" or ends in "/". `writeRefusal` is why the
// cloud takes no writes (CloudProfile::writeRefusal(): read-only, or no keys), empty when it does;
// it wins over everything else, since nothing dropped there could be uploaded. Looks at the dropped
// paths only (exists, file or folder); folders are walked later, off the GUI thread, by the queue.
DropPlan plan(const QList<QUrl> &urls,
    const QString &bucket,
    const QString &destPrefix,
    const QString &writeRefusal = {});
// Why a drag cannot be dropped before its files are looked at: the cloud takes no writes, no bucket
// is open, or it carries no file URLs. Empty when it may go on.
QString refusal(bool hasUrls, const QString &bucket, const QString &writeRefusal = {});

} // namespace DropPlanner
