// SPDX-License-Identifier: GPL-3.0-or-later
#include "dropplanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DropPlanner)
};

} // namespace

namespace DropPlanner {

QString refusal(bool hasUrls, const QString &bucket, const QString &writeRefusal)
{
    if (!writeRefusal.isEmpty())
        return writeRefusal;
    if (bucket.isEmpty())
        return Tr::tr(
            "Open a bucket first: files are uploaded into the bucket or folder they are dropped on.");
    if (!hasUrls)
        return Tr::tr("Only files and folders can be dropped here.");
    return {};
}

DropPlan plan(
    const QList<QUrl> &urls, const QString &bucket, const QString &destPrefix, const QString &writeRefusal)
{
    DropPlan plan;
    plan.problem = refusal(!urls.isEmpty(), bucket, writeRefusal);
    if (!plan.problem.isEmpty())
        return plan;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            plan.problem
                = Tr::tr("%1 is not a file on this computer; only local files and folders can be uploaded.")
                      .arg(url.toDisplayString());
            plan.items.clear();
            return plan;
        }
        const QFileInfo info(url.toLocalFile());
        const QString path = QDir::cleanPath(info.absoluteFilePath());
        if (!info.exists()) {
            plan.problem = Tr::tr("%1 does not exist (any more).").arg(QDir::toNativeSeparators(path));
            plan.items.clear();
            return plan;
        }
        if (!info.isReadable()) {
            plan.problem = Tr::tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
            plan.items.clear();
            return plan;
        }
        QString name = info.fileName();
        if (name.isEmpty()) // "/" itself
            name = QStringLiteral("root");
        if (info.isDir())
            plan.items.append({path, destPrefix + name + u'/', true});
        else
            plan.items.append({path, destPrefix + name, false});
    }
    return plan;
}

} // namespace DropPlanner
