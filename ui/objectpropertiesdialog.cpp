// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectpropertiesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "keydisplay.h"
#include "s3/getobjectacljob.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "website/objectredirectjob.h"
#include "writeaccess.h"

ObjectPropertiesDialog::ObjectPropertiesDialog(
    S3Client *client, const QString &bucket, const QString &key, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(bucket)
    , m_key(key)
    , m_writeRefusal(WriteAccess::refusal(client))
    , m_form(new QFormLayout(this))
{
    setWindowTitle(tr("Properties of %1").arg(KeyDisplay::name(key.section(u'/', -1))));
    addRow(tr("Bucket"), bucket);
    addRow(tr("Key"), KeyDisplay::escaped(key));
    m_status = new QLabel(tr("Asking the cloud…"), this);
    m_form->addRow(m_status);
    addRedirectRow();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->addRow(buttons);
    HeadObjectJob *job = client->headObject({bucket, key});
    connect(job, &HeadObjectJob::finished, this, &ObjectPropertiesDialog::showHead);
    job->start();
    auto *aclJob = new GetObjectAclJob(client, {bucket, key});
    connect(aclJob, &GetObjectAclJob::finished, this, [this](const GetObjectAclResult &r) {
        m_acl = r.error.isOk() ? describeAcl(r.policy) : tr("unknown (%1)").arg(r.error.humanSentence());
        finishOne();
    });
    aclJob->start();
}

void ObjectPropertiesDialog::addRedirectRow()
{
    m_redirect = new QLineEdit(this);
    m_redirect->setAccessibleName(tr("Website redirect"));
    m_redirect->setPlaceholderText(tr("/other/page.html or https://example.com/ (none)"));
    m_redirect->setToolTip(tr("The bucket's website endpoint answers 301 to this address for this key."));
    m_redirect->setEnabled(false); // until HEAD has told the current value
    m_saveRedirect = new QPushButton(tr("Set redirect"), this);
    m_saveRedirect->setAccessibleName(tr("Set redirect"));
    m_saveRedirect->setToolTip(tr("Copies the object onto itself with the redirect; its content type "
                                  "and metadata are kept, its ACL becomes the bucket's default."));
    m_saveRedirect->setEnabled(false);
    if (!m_writeRefusal.isEmpty()) {
        m_redirect->setReadOnly(true); // the value stays readable and can be copied
        m_saveRedirect->setToolTip(m_writeRefusal);
    }
    m_redirectStatus = new QLabel(this);
    m_redirectStatus->setAccessibleName(tr("Redirect status"));
    m_redirectStatus->setWordWrap(true);
    m_redirectStatus->setTextFormat(Qt::PlainText);
    m_redirectStatus->setVisible(false);
    connect(m_redirect, &QLineEdit::textEdited, this, [this] {
        m_saveRedirect->setEnabled(m_writeRefusal.isEmpty());
        m_redirectStatus->setVisible(false);
    });
    connect(m_saveRedirect, &QPushButton::clicked, this, &ObjectPropertiesDialog::saveRedirect);
    auto *line = new QHBoxLayout;
    line->addWidget(m_redirect, 1);
    line->addWidget(m_saveRedirect);
    auto *box = new QVBoxLayout;
    box->addLayout(line);
    box->addWidget(m_redirectStatus);
    m_form->addRow(tr("Website redirect:"), box);
}

void ObjectPropertiesDialog::saveRedirect()
{
    if (!m_redirect->isEnabled())
        return;
    if (!m_writeRefusal.isEmpty())
        return showRedirectStatus(m_writeRefusal);
    const QString target = m_redirect->text().trimmed();
    const QString problem = ObjectRedirectJob::problem(target);
    if (!problem.isEmpty())
        return showRedirectStatus(problem);
    m_redirect->setEnabled(false);
    m_saveRedirect->setEnabled(false);
    showRedirectStatus(tr("Setting the redirect…"));
    auto *job = new ObjectRedirectJob(m_client, m_bucket, m_key, target);
    connect(job, &ObjectRedirectJob::finished, this, [this](const ObjectRedirectResult &r) {
        m_redirect->setEnabled(true);
        m_saveRedirect->setEnabled(!r.error.isOk());
        showRedirectStatus(r.error.isOk() ? tr("Redirect set.") : r.error.humanSentence());
        Q_EMIT redirectSaved(r);
    });
    job->start();
}

void ObjectPropertiesDialog::showRedirectStatus(const QString &text)
{
    m_redirectStatus->setText(text);
    m_redirectStatus->setVisible(true);
    // A wrapped label's height depends on its width, which a shown top-level dialog does not
    // follow by itself: the reason would be cut to one line. Once the layout has taken the new
    // text in (the next turn of the event loop), grow to what the width needs.
    QTimer::singleShot(0, this, [this] {
        const int needed = heightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    });
}

QString ObjectPropertiesDialog::redirectStatus() const
{
    return m_redirectStatus->isHidden() ? QString() : m_redirectStatus->text();
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
    // Above the status line, the redirect and the buttons once they are there.
    const int row = m_status ? m_form->rowCount() - 3 : m_form->rowCount();
    m_form->insertRow(row, tr("%1:").arg(label), field);
}

void ObjectPropertiesDialog::showHead(const HeadObjectResult &r)
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
        m_redirect->setText(h.websiteRedirect);
        m_redirect->setEnabled(true);
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
