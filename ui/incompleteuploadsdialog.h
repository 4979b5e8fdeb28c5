// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>

#include "s3/s3types.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class S3Client;
struct ListMultipartUploadsResult;

// A bucket's unfinished multipart uploads (ListMultipartUploads, every page): key, when it was
// started and its upload id; abort the selected ones or all of them (AbortMultipartUpload each,
// a few at a time), then the list is read again. On a cloud that takes no writes (read-only, or no
// keys) it only lists: the abort buttons are off, and a line at the top says why.
class IncompleteUploadsDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kParallelAborts = 4;

    IncompleteUploadsDialog(S3Client *client, const QString &bucket, QWidget *parent = nullptr);
    void reload();
    void setPageSize(int uploads) { m_pageSize = uploads; } // max-uploads per request (1,000)
    void abortSelected();
    void abortAll(); // asks first
    QTreeWidget *list() const { return m_list; }
    const QList<MultipartUploadEntry> &uploads() const { return m_uploads; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *abortSelectedButton() const { return m_abortSelected; }
    QPushButton *abortAllButton() const { return m_abortAll; }
    QLabel *readOnlyNotice() const { return m_readOnlyNotice; }

Q_SIGNALS:
    void loaded(); // the whole list arrived (or failed: see statusText())

private:
    void listPage(const QString &keyMarker, const QString &uploadIdMarker);
    void onPage(const ListMultipartUploadsResult &result);
    void abortUploads(QList<MultipartUploadEntry> uploads);
    void abortNext();
    void setBusy(bool busy);

    S3Client *m_client;
    QString m_bucket;
    QString m_writeRefusal; // why nothing may be aborted; "" when it may
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_abortSelected;
    QPushButton *m_abortAll;
    QLabel *m_readOnlyNotice;
    QList<MultipartUploadEntry> m_uploads;
    QList<MultipartUploadEntry> m_toAbort;
    QStringList m_abortErrors;
    QString m_abortNote; // the outcome of the last aborts, shown with the list that follows
    QString m_keyMarker; // of the page asked for
    QString m_uploadIdMarker;
    QSet<QString> m_followed; // key and upload-id markers asked with: a cycle stops
    QSet<QString> m_listed;   // upload ids shown: a lying page shows none twice
    int m_pageSize = 1000;
    int m_abortsRunning = 0;
    int m_aborted = 0;
    bool m_busy = false;
    quint64 m_generation = 0;
};
