// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectpropertiesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include "keydisplay.h"
#include "s3/getobjectacljob.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"

ObjectPropertiesDialog::ObjectPropertiesDialog(
    S3Client *client, const QString &bucket, const QString &key, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout(this))
{
    setWindowTitle(tr("Properties of %1").arg(KeyDisplay::name(key.section(u'/', -1))));
    addRow(tr("Bucket"), bucket);
    addRow(tr("Key"), KeyDisplay::escaped(key));
    m_status = new QLabel(tr("Asking the cloud…"), this);
    m_form->addRow(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->addRow(buttons);
    HeadObjectJob *job = client->headObject({bucket, key});
    connect(job, &HeadObjectJob::finished, this, &ObjectPropertiesDialog::show);
    job->start();
    auto *aclJob = new GetObjectAclJob(client, {bucket, key});
    connect(aclJob, &GetObjectAclJob::finished, this, [this](const GetObjectAclResult &r) {
        m_acl = r.error.isOk() ? describeAcl(r.policy) : tr("unknown (%1)").arg(r.error.humanSentence());
        finishOne();
    });
    aclJob->start();
}

void ObjectPropertiesDialog::finishOne()
{
    if (--m_pending > 0)
        return;
    addRow(tr("ACL"), m_acl);
    m_loaded = true;
    Q_EMIT loaded();
}

void ObjectPropertiesDialog::addRow(const QString &label, const QString &value)
{
    auto *field = new QLabel(value, this);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setTextFormat(Qt::PlainText);
    field->setAccessibleName(label);
    // Above the status line and the buttons once they are there.
    const int row = m_status ? m_form->rowCount() - 2 : m_form->rowCount();
    m_form->insertRow(row, tr("%1:").arg(label), field);
}

void ObjectPropertiesDialog::show(const HeadObjectResult &r)
{
    m_status->setText(r.error.isOk() ? QString() : r.error.humanSentence());
    if (r.error.isOk()) {
        const ObjectHead &h = r.head;
        addRow(tr("Size"),
            tr("%1 (%2 bytes)").arg(QLocale().formattedDataSize(h.size), QLocale().toString(h.size)));
        addRow(tr("Modified"), QLocale().toString(h.lastModified.toLocalTime(), QLocale::LongFormat));
        addRow(tr("ETag"), QString::fromLatin1(h.etag));
        addRow(tr("Storage class"), h.storageClass.isEmpty() ? tr("STANDARD") : h.storageClass);
        addRow(tr("Content type"), h.contentType);
        if (h.metadata.isEmpty())
            addRow(tr("Metadata"), tr("none"));
        for (auto it = h.metadata.cbegin(); it != h.metadata.cend(); ++it)
            addRow(tr("x-amz-meta-%1").arg(it.key()), KeyDisplay::escaped(it.value()));
    }
    finishOne();
}

QString ObjectPropertiesDialog::value(const QString &label) const
{
    for (QLabel *field : findChildren<QLabel *>()) {
        if (field->accessibleName() == label)
            return field->text();
    }
    return {};
}
