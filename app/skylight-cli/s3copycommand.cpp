// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3copycommand.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include "transfer/localpath.h"
#include "transfer/transferqueue.h"

using namespace Qt::StringLiterals;

namespace {

struct S3Copy
{
    Q_DECLARE_TR_FUNCTIONS(S3Copy)
};

void line(FILE *to, const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), to);
    std::fflush(to);
}

// s3://BUCKET/KEY → {bucket, key}; empty bucket when it is not one.
QPair<QString, QString> splitS3Url(const QString &text)
{
    if (!text.startsWith(u"s3://"))
        return {};
    const QString rest = text.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    return {slash < 0 ? rest : rest.left(slash), slash < 0 ? QString() : rest.mid(slash + 1)};
}

QString withSlash(const QString &prefix)
{
    return prefix.isEmpty() || prefix.endsWith(u'/') ? prefix : prefix + u'/';
}

QString describe(const TransferItem &i)
{
    switch (i.direction) {
    case TransferDirection::Upload:
        return u"upload: %1 to s3://%2/%3"_s.arg(i.localPath, i.bucket, i.key);
    case TransferDirection::Download:
        return u"download: s3://%1/%2 to %3"_s.arg(i.bucket, i.key, i.localPath);
    case TransferDirection::Copy:
        return u"copy: s3://%1/%2 to s3://%3/%4"_s.arg(i.sourceBucket, i.sourceKey, i.bucket, i.key);
    }
    return {};
}

} // namespace

int copyThroughQueue(
    S3Client *client, const QString &source, const QString &destination, const S3CopyOptions &options)
{
    const auto from = splitS3Url(source);
    const auto to = splitS3Url(destination);
    const bool fromS3 = source.startsWith(u"s3://");
    const bool toS3 = destination.startsWith(u"s3://");
    if ((fromS3 && from.first.isEmpty()) || (toS3 && to.first.isEmpty())) {
        line(stderr, S3Copy::tr("skylight-cli s3: a bucket name is needed after s3://"));
        return 2;
    }
    if (!fromS3 && !toS3) {
        line(stderr, S3Copy::tr("skylight-cli s3: one of SOURCE and DESTINATION must be an s3:// URL"));
        return 2;
    }

    TransferQueue queue;
    queue.setMaxFiles(options.maxFiles);
    queue.setMaxParts(options.maxParts);
    if (options.partSize > 0) {
        queue.setPartSize(options.partSize);
        queue.setMultipartThreshold(options.partSize);
    }
    queue.setJournalDirectory(options.journal);
    int failed = 0;
    QObject::connect(&queue, &TransferQueue::itemFinished, [&](const TransferItem &i) {
        if (i.state == TransferState::Done)
            return line(stdout,
                i.bytesResumed > 0 ? S3Copy::tr("%1 (resumed, %2 bytes were already there)")
                                         .arg(describe(i), QString::number(i.bytesResumed))
                                   : describe(i));
        if (i.state == TransferState::Skipped)
            return line(stderr, S3Copy::tr("skipped: %1: %2").arg(i.key, i.error));
        ++failed;
        line(stderr, u"skylight-cli s3: "_s + describe(i) + u": "_s + i.error);
    });
    QObject::connect(&queue, &TransferQueue::groupScanned, [&](int, int, const QString &error) {
        if (!error.isEmpty()) {
            ++failed;
            line(stderr, u"skylight-cli s3: "_s + error);
        }
    });

    if (fromS3 && toS3) {
        if (options.recursive)
            queue.enqueueCopyPrefix(
                client, from.first, withSlash(from.second), to.first, withSlash(to.second));
        else
            queue.enqueueCopy(client,
                from.first,
                from.second,
                to.first,
                to.second.isEmpty() || to.second.endsWith(u'/') ? to.second + from.second.section(u'/', -1)
                                                                : to.second);
    } else if (toS3) {
        const QFileInfo info(source);
        if (info.isDir()) {
            if (!options.recursive) {
                line(stderr, S3Copy::tr("skylight-cli s3: %1 is a folder: use --recursive").arg(source));
                return 2;
            }
            queue.enqueueUploadFolder(client, info.absoluteFilePath(), to.first, to.second);
        } else {
            const QString key
                = to.second.isEmpty() || to.second.endsWith(u'/') ? to.second + info.fileName() : to.second;
            queue.enqueueUpload(client, info.absoluteFilePath(), to.first, key);
        }
    } else if (options.recursive) {
        const QString folder = QDir(destination).absolutePath();
        if (!QDir().mkpath(folder)) {
            line(stderr, S3Copy::tr("skylight-cli s3: cannot create %1").arg(folder));
            return 1;
        }
        queue.enqueueDownloadPrefix(client, from.first, withSlash(from.second), folder);
    } else {
        const QFileInfo dest(destination);
        if (dest.isDir() || destination.endsWith(u'/')) {
            const QString folder = dest.absoluteFilePath();
            const LocalPath local = localPathForKey(folder, {}, from.second.section(u'/', -1));
            if (!local.isOk()) {
                line(stderr, u"skylight-cli s3: "_s + local.problem);
                return 1;
            }
            queue.enqueueDownload(client, from.first, from.second, local.path, folder);
        } else {
            queue.enqueueDownload(client, from.first, from.second, dest.absoluteFilePath());
        }
    }
    if (!queue.isIdle()) {
        QEventLoop loop;
        QObject::connect(&queue, &TransferQueue::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return failed > 0 ? 1 : 0;
}
