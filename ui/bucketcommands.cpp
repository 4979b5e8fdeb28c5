// SPDX-License-Identifier: GPL-3.0-or-later
#include "bucketcommands.h"

#include <QMessageBox>
#include <QPointer>

#include "createbucketdialog.h"
#include "keydisplay.h"
#include "s3/createbucketjob.h"
#include "s3/deletebucketjob.h"
#include "s3/s3client.h"
#include "writeaccess.h"

BucketCommands::BucketCommands(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{}

void BucketCommands::create(S3Client *client, const QStringList &regions, const QString &region)
{
    if (!client)
        return;
    if (const QString why = WriteAccess::refusal(client); !why.isEmpty())
        return Q_EMIT statusChanged(why);
    auto *dialog = new CreateBucketDialog(regions, region, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard = QPointer<S3Client>(client)] {
        if (!guard)
            return;
        const QString name = dialog->bucketName();
        CreateBucketJob *job = guard->createBucket({name, dialog->region()});
        Q_EMIT statusChanged(tr("Creating bucket %1…").arg(name));
        connect(job, &CreateBucketJob::finished, this, [this, name](const CreateBucketResult &r) {
            Q_EMIT statusChanged(
                r.error.isOk() ? tr("Bucket %1 created in %2").arg(name, r.region) : r.error.humanSentence());
            Q_EMIT bucketsChanged();
        });
        job->start();
    });
    dialog->open();
}

void BucketCommands::remove(S3Client *client, const QString &bucket)
{
    if (!client || bucket.isEmpty())
        return;
    if (const QString why = WriteAccess::refusal(client); !why.isEmpty())
        return Q_EMIT statusChanged(why);
    auto *box = new QMessageBox(QMessageBox::Warning,
        tr("Delete bucket"),
        tr("Delete the bucket %1? Only an empty bucket can be deleted.").arg(KeyDisplay::name(bucket)),
        QMessageBox::Yes | QMessageBox::Cancel,
        m_dialogParent);
    box->setObjectName(QStringLiteral("confirmDeleteBucket"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, bucket, guard = QPointer<S3Client>(client)] {
        if (!guard)
            return;
        DeleteBucketJob *job = guard->deleteBucket({bucket, {}});
        connect(job, &DeleteBucketJob::finished, this, [this, bucket](const auto &r) {
            Q_EMIT statusChanged(
                r.error.isOk() ? tr("Bucket %1 deleted").arg(bucket) : r.error.humanSentence());
            Q_EMIT bucketsChanged();
        });
        job->start();
    });
    box->open();
}
