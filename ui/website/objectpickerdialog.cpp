// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/objectpickerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "s3/listobjectsjob.h"
#include "s3/s3client.h"

ObjectPickerDialog::ObjectPickerDialog(
    S3Client *client, const QString &bucket, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(bucket)
    , m_current(current)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(tr("Listing s3://%1…").arg(bucket), this))
{
    setWindowTitle(tr("Choose an object of %1").arg(bucket));
    m_filter->setPlaceholderText(tr("Filter, e.g. .html"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ObjectPickerDialog::applyFilter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(420, 460);
    fetch({});
}

QString ObjectPickerDialog::selectedKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void ObjectPickerDialog::fetch(const QString &token)
{
    ListObjectsRequest request;
    request.bucket = m_bucket;
    request.continuationToken = token;
    ListObjectsJob *job = m_client->listObjects(request);
    connect(job, &ListObjectsJob::finished, this, [this](const ListObjectsResult &r) {
        if (!r.error.isOk()) {
            m_status->setText(r.error.humanSentence());
            return;
        }
        ObjectListing page = r.page;
        const ApiError guarded = m_guard.admit(page);
        for (const ObjectEntry &o : page.objects) {
            if (o.key.endsWith(QLatin1Char('/')))
                continue; // folder markers are no documents
            auto *item = new QListWidgetItem(o.key, m_list);
            if (o.key == m_current)
                m_list->setCurrentItem(item);
        }
        if (!guarded.isOk()) {
            m_status->setText(guarded.humanSentence());
            applyFilter();
            return;
        }
        if (page.truncated && !page.nextToken.isEmpty() && m_list->count() < kMaxKeys)
            return fetch(page.nextToken);
        m_status->setText(m_list->count() >= kMaxKeys
                ? tr("The first %n objects; type to filter them.", nullptr, m_list->count())
                : tr("%n object(s)", nullptr, m_list->count()));
        applyFilter();
        Q_EMIT loaded(m_list->count());
    });
    job->start();
}

void ObjectPickerDialog::applyFilter()
{
    const QString text = m_filter->text();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}
