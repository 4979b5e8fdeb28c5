// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QString>

#include "transport/apierror.h"

class S3Client;

// Aborts the multipart uploads a CreateMultipartUpload may have left behind without our knowing
// their id: a Create the server carried out whose answer was lost (reset, cut or garbled body, a
// cancel while it was in flight) or whose upload id came back corrupted. They are the unfinished
// uploads of exactly this key, other than `keep`, initiated in the window (server time) around the
// Create; the window is widened by ClockSkew::kToleranceMs plus 5 s either side, since offsets
// under that are not corrected. A same-key upload another client started in that minute would be
// aborted too: the two were racing to write the same object anyway.
//
// Best effort: a listing or abort that fails ends the sweep (finished() says how many were
// aborted and the first error). finished() comes once; then the object deletes itself.
class StrayUploadSweep final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPages = 20; // 20,000 unfinished uploads under one key: enough

    StrayUploadSweep(S3Client *client,
        QString bucket,
        QString key,
        QString keep,
        QDateTime from,
        QDateTime to,
        QObject *parent = nullptr);
    void start();

    // Sweeps after a Create of ours sent at server time `createdFrom` (keeping no upload: ours is
    // unknown or gone), then calls `then` in `context`'s thread; `context` owns the sweep.
    static void afterCreate(S3Client *client,
        const QString &bucket,
        const QString &key,
        const QDateTime &createdFrom,
        QObject *context,
        std::function<void()> then);

    // Whether a CreateMultipartUpload that failed with this error may still have created an upload:
    // any failure but a refusal (4xx), which the server gives before it creates anything.
    static bool mayHaveCreated(const ApiError &createError);

Q_SIGNALS:
    void finished(int aborted, const ApiError &error);

private:
    void listPage(const QString &keyMarker, const QString &uploadIdMarker, int page);
    void abortNext();
    void finish(const ApiError &error);

    S3Client *m_client;
    QString m_bucket;
    QString m_key;
    QString m_keep;
    QDateTime m_from;
    QDateTime m_to;
    QStringList m_strays;
    int m_aborted = 0;
    bool m_done = false;
};
