// SPDX-License-Identifier: GPL-3.0-or-later
#include "incompleteuploadsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "keydisplay.h"
#include "s3/abortmultipartuploadjob.h"
#include "s3/listmultipartuploadsjob.h"
#include "s3/s3client.h"
#include "writeaccess.h"

IncompleteUploadsDialog::IncompleteUploadsDialog(S3Client *client, const QString &bucket, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(bucket)
    , m_writeRefusal(WriteAccess::refusal(client))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_abortSelected(new QPushButton(tr("Abort selected"), this))
    , m_abortAll(new QPushButton(tr("Abort all…"), this))
    , m_readOnlyNotice(WriteAccess::notice(m_writeRefusal, this))
{
    setWindowTitle(tr("Incomplete uploads in %1").arg(bucket));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNotice);
    if (!m_writeRefusal.isEmpty()) {
        m_abortSelected->setToolTip(m_writeRefusal);
        m_abortAll->setToolTip(m_writeRefusal);
    }
    auto *intro
        = new QLabel(tr("Multipart uploads that were started and never completed or aborted. Their parts are "
                        "stored, and billed, until they are aborted."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setHeaderLabels({tr("Key"), tr("Started"), tr("Upload id")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Incomplete uploads"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnWidth(2, 220);
    layout->addWidget(m_list, 1);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->addWidget(m_refresh);
    row->addWidget(m_abortSelected);
    row->addWidget(m_abortAll);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);
    layout->addLayout(row);
    resize(760, 420);

    connect(m_refresh, &QPushButton::clicked, this, &IncompleteUploadsDialog::reload);
    connect(m_abortSelected, &QPushButton::clicked, this, &IncompleteUploadsDialog::abortSelected);
    connect(m_abortAll, &QPushButton::clicked, this, &IncompleteUploadsDialog::abortAll);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { setBusy(m_busy); });
    reload();
}

QString IncompleteUploadsDialog::statusText() const
{
    return m_status->text();
}

void IncompleteUploadsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setEnabled(!busy);
    const bool writable = m_writeRefusal.isEmpty();
    m_abortSelected->setEnabled(writable && !busy && !m_list->selectedItems().isEmpty());
    m_abortAll->setEnabled(writable && !busy && !m_uploads.isEmpty());
}

void IncompleteUploadsDialog::reload()
{
    ++m_generation;
    m_uploads.clear();
    m_followed.clear();
    m_listed.clear();
    m_list->clear();
    setBusy(true);
    m_status->setText(tr("Asking the cloud…"));
    listPage({}, {});
}

void IncompleteUploadsDialog::listPage(const QString &keyMarker, const QString &uploadIdMarker)
{
    m_keyMarker = keyMarker;
    m_uploadIdMarker = uploadIdMarker;
    m_followed.insert(keyMarker + QLatin1Char('\n') + uploadIdMarker);
    ListMultipartUploadsRequest request;
    request.bucket = m_bucket;
    request.keyMarker = keyMarker;
    request.uploadIdMarker = uploadIdMarker;
    request.maxUploads = m_pageSize;
    auto *job = new ListMultipartUploadsJob(m_client, request);
    const quint64 generation = m_generation;
    connect(job,
        &ListMultipartUploadsJob::finished,
        this,
        [this, generation](const ListMultipartUploadsResult &r) {
            if (generation == m_generation)
                onPage(r);
        });
    job->start();
}

void IncompleteUploadsDialog::onPage(const ListMultipartUploadsResult &result)
{
    if (!result.error.isOk()) {
        m_status->setText(result.error.humanSentence());
        setBusy(false);
        Q_EMIT loaded();
        return;
    }
    const MultipartUploadList &page = result.uploads;
    QList<QTreeWidgetItem *> items;
    for (const MultipartUploadEntry &u : page.uploads) {
        if (m_listed.contains(u.key + QLatin1Char('\n') + u.uploadId))
            continue;
        m_listed.insert(u.key + QLatin1Char('\n') + u.uploadId);
        auto *item = new QTreeWidgetItem({KeyDisplay::escaped(u.key),
            u.initiated.isValid() ? QLocale().toString(u.initiated.toLocalTime(), QLocale::ShortFormat)
                                  : QString(),
            u.uploadId});
        item->setData(0, Qt::UserRole, int(m_uploads.size()));
        item->setToolTip(0, KeyDisplay::escaped(u.key));
        items.append(item);
        m_uploads.append(u);
    }
    m_list->addTopLevelItems(items);
    // Markers already asked with would repeat (or cycle) forever: stop, and say so.
    const bool advances
        = !m_followed.contains(page.nextKeyMarker + QLatin1Char('\n') + page.nextUploadIdMarker);
    if (page.truncated && !page.uploads.isEmpty() && !advances) {
        m_status->setText(tr("The listing sent markers it had sent before; stopped after %n upload(s).",
            nullptr,
            int(m_uploads.size())));
        setBusy(false);
        Q_EMIT loaded();
        return;
    }
    if (page.truncated && !page.uploads.isEmpty()) {
        m_status->setText(tr("%n upload(s) so far…", nullptr, int(m_uploads.size())));
        return listPage(page.nextKeyMarker, page.nextUploadIdMarker);
    }
    const QString count = m_uploads.isEmpty()
        ? tr("No incomplete uploads.")
        : tr("%n incomplete upload(s).", nullptr, int(m_uploads.size()));
    m_status->setText(m_abortNote.isEmpty() ? count : tr("%1 %2").arg(m_abortNote, count));
    m_abortNote.clear();
    setBusy(false);
    Q_EMIT loaded();
}

void IncompleteUploadsDialog::abortSelected()
{
    QList<MultipartUploadEntry> chosen;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        chosen.append(m_uploads.value(item->data(0, Qt::UserRole).toInt()));
    abortUploads(chosen);
}

void IncompleteUploadsDialog::abortAll()
{
    if (!m_writeRefusal.isEmpty())
        return abortUploads({}); // says why
    if (m_uploads.isEmpty())
        return;
    const auto answer = QMessageBox::question(this,
        tr("Abort uploads"),
        tr("Abort all %n incomplete upload(s) in %1? Their stored parts are deleted.",
            nullptr,
            int(m_uploads.size()))
            .arg(m_bucket));
    if (answer == QMessageBox::Yes)
        abortUploads(m_uploads);
}

void IncompleteUploadsDialog::abortUploads(QList<MultipartUploadEntry> uploads)
{
    if (!m_writeRefusal.isEmpty()) {
        m_status->setText(m_writeRefusal);
        return;
    }
    if (uploads.isEmpty() || m_busy)
        return;
    setBusy(true);
    m_toAbort = std::move(uploads);
    m_abortErrors.clear();
    m_aborted = 0;
    for (int i = 0; i < kParallelAborts; ++i)
        abortNext();
}

void IncompleteUploadsDialog::abortNext()
{
    if (m_toAbort.isEmpty()) {
        if (m_abortsRunning > 0)
            return;
        m_abortNote = m_abortErrors.isEmpty() ? tr("%n aborted.", nullptr, m_aborted)
                                              : tr("%1 aborted, %2 failed: %3")
                                                    .arg(m_aborted)
                                                    .arg(m_abortErrors.size())
                                                    .arg(m_abortErrors.first());
        m_busy = false;
        return reload();
    }
    const MultipartUploadEntry u = m_toAbort.takeFirst();
    ++m_abortsRunning;
    m_status->setText(tr("Aborting %1…").arg(KeyDisplay::escaped(u.key)));
    auto *job = m_client->abortMultipartUpload({m_bucket, u.key, u.uploadId});
    connect(job, &AbortMultipartUploadJob::finished, this, [this](const AbortMultipartUploadResult &r) {
        --m_abortsRunning;
        if (r.error.isOk())
            ++m_aborted;
        else
            m_abortErrors.append(r.error.humanSentence());
        abortNext();
    });
    job->start();
}
