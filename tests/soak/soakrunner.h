// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "resourceprobe.h"

class S3Client;
class TransferQueue;

// What a soak run did and found. `mismatches` is every way data could be lost or wrong: a
// download that differs from what was uploaded, an object whose content is neither the old nor
// the new file, a listing that disagrees with what the run knows is stored, a partial file left
// where a file belongs, a multipart upload left behind. A transfer that failed with an error is not
// a mismatch (it is counted in `failed`); losing or mixing bytes is.
struct SoakFigures
{
    int rounds = 0;
    int uploads = 0, downloads = 0, listings = 0, deletes = 0;
    int failed = 0; // transfers or requests that ended with an error, after their retries
    qint64 bytesUp = 0, bytesDown = 0;
    int mismatches = 0;
    // Multipart uploads found unfinished after a round (then aborted). Not lost data: a retried
    // CreateMultipartUpload whose first answer was lost leaves one behind; reported, not failed on.
    int orphanedUploads = 0;
    QStringList mismatchDetails; // the first few, for the report
    QList<ResourceSample> samples;
};

// Mixed uploads (single and multipart, keys with spaces, unicode, '+' and '%'), downloads with
// verification, full paged listings checked against the expected bucket contents, and batch
// deletes, in rounds, through one TransferQueue and S3Client, until the time is up.
class SoakRunner
{
public:
    SoakRunner(S3Client *client, TransferQueue *queue, QString bucket, QString workDir, quint64 seed);
    SoakFigures run(double minutes);
    // Flips one byte of one downloaded file per round before it is compared: proves the check bites.
    void setSabotage(bool on) { m_sabotage = on; }

private:
    struct Expected
    {
        QByteArray sha256;
        qint64 size = 0;
    };
    void uploadRound(int round);
    void downloadRound(int round);
    void checkListing();
    void deleteSome();
    void checkNoMultipartLeft();
    void settleUncertain(const QString &key, const Expected &candidate);
    bool waitIdle();
    void mismatch(const QString &what);

    S3Client *m_client;
    TransferQueue *m_queue;
    QString m_bucket;
    QString m_work;
    std::mt19937_64 m_random;
    QHash<QString, Expected> m_expected; // what the bucket holds, as far as the run knows
    SoakFigures m_figures;
    bool m_sabotage = false;
};
