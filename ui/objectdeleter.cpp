// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectdeleter.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>

#include "prefixlister.h"
#include "s3/deleteobjectsjob.h"
#include "s3/s3client.h"

ObjectDeleter::ObjectDeleter(QWidget *page)
    : QObject(page)
    , m_page(page)
{}

void ObjectDeleter::deleteObjects(S3Client *client,
    const QString &bucket,
    const QStringList &keys,
    const QStringList &prefixes,
    qint64 bytes)
{
    Q_EMIT statusChanged(tr("Counting what would be deleted…"));
    auto *lister = new PrefixLister(client, bucket, prefixes, keys, this);
    connect(lister,
        &PrefixLister::finished,
        this,
        [this, lister, client = QPointer<S3Client>(client), bucket, prefixes, bytes](
            const PrefixLister::Found &found) {
            lister->deleteLater();
            if (client)
                confirm(client, bucket, found.keys, prefixes, found.bytes + bytes, found.error);
        });
    lister->start();
}

void ObjectDeleter::confirm(S3Client *client,
    const QString &bucket,
    const QStringList &keys,
    const QStringList &prefixes,
    qint64 bytes,
    const QString &error)
{
    if (!error.isEmpty())
        return Q_EMIT statusChanged(tr("Nothing was deleted: %1").arg(error));
    if (keys.isEmpty())
        return Q_EMIT statusChanged(tr("There is nothing to delete."));
    const QString size = QLocale().formattedDataSize(bytes);
    const int n = int(keys.size());
    const QString what = prefixes.isEmpty()
        ? tr("Delete %n object(s) (%1) from %2?", nullptr, n).arg(size, bucket)
        : tr("Delete %n object(s) (%1) from %2, including everything in %3 folder(s)?", nullptr, n)
              .arg(size, bucket)
              .arg(prefixes.size());
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete"), what, QMessageBox::Yes | QMessageBox::Cancel, m_page);
    box->setInformativeText(tr("This cannot be undone."));
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, client = QPointer<S3Client>(client), bucket, keys] {
        if (!client)
            return;
        DeleteObjectsJob *job = client->deleteObjects({bucket, keys});
        Q_EMIT statusChanged(tr("Deleting %n object(s)…", nullptr, int(keys.size())));
        connect(job, &DeleteObjectsJob::finished, this, [this](const DeleteObjectsResult &r) {
            const int count = int(r.outcome.deleted.size());
            QStringList problems; // whole sentences, each translated as one
            if (!r.error.isOk())
                problems << r.error.humanSentence();
            if (!r.outcome.errors.isEmpty())
                problems << tr(
                    "%n could not be deleted, the first: %1", nullptr, int(r.outcome.errors.size()))
                                .arg(r.outcome.errors.first().message);
            Q_EMIT statusChanged(problems.isEmpty() ? tr("%n object(s) deleted", nullptr, count)
                                                    : tr("%n object(s) deleted; %1", nullptr, count)
                                                          .arg(problems.join(QStringLiteral("; "))));
            Q_EMIT deleted();
        });
        job->start();
    });
    box->open();
}
