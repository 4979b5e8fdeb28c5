// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include "s3/listingguard.h"

class ListObjectsJob;
class S3Client;
struct ListObjectsResult;

// Sums the sizes below a bucket or folder from a flat listing (no delimiter), page after page:
// by first-level sub-folder and by storage class. One page (up to 1,000 keys) is summed at a time
// when it arrives; cancel() aborts the page in flight and asks for no further one.
class UsageScanner final : public QObject
{
    Q_OBJECT
public:
    struct Sum
    {
        qint64 bytes = 0;
        qint64 objects = 0;
    };
    struct Totals
    {
        Sum all;
        QHash<QString, Sum> byFolder;       // "photos/" style names; "" for objects right here
        QHash<QString, Sum> byStorageClass; // STANDARD when the listing gives none
        int pages = 0;
    };

    UsageScanner(S3Client *client, QString bucket, QString prefix, QObject *parent = nullptr);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Totals &totals() const { return m_totals; }
    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }

Q_SIGNALS:
    void progress(qint64 objects, qint64 bytes);
    // error empty: complete; cancelled: stopped by cancel() with partial totals.
    void finished(const QString &error, bool cancelled);

private:
    void next();
    void onPage(const ListObjectsResult &result);
    void end(const QString &error, bool cancelled);

    S3Client *m_client;
    QString m_bucket;
    QString m_prefix;
    QString m_token;
    ListingGuard m_guard; // a lying server: no key summed twice, no token followed twice
    bool m_v1 = false;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<ListObjectsJob> m_job;
    Totals m_totals;
};
