// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include "peertoolenvironment.h"
#include "s3/multipartparsers.h"
#include "sandboxfixture.h"
#include "transfer/transferqueue.h"

// Starts `job` (or a transfer), waits for its one finished(result) and returns the result.
template <typename Job, typename Result> Result waitForJob(Job *job, int timeoutMs = 60000)
{
    Result result;
    int count = 0;
    QObject::connect(job, &Job::finished, [&](const Result &r) {
        result = r;
        ++count;
    });
    job->start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(count, 1, timeoutMs);
    }();
    return result;
}

// The same, the result type read from the job's finished() signal: runJob(client.putObject(…)).
template <typename Job> auto runJob(Job *job)
{
    using Args = typename QtPrivate::FunctionPointer<decltype(&Job::finished)>::Arguments;
    using R = std::decay_t<typename Args::Car>;
    return waitForJob<Job, R>(job);
}

// `size` bytes that differ from part to part (a seeded generator, so a failure reproduces).
inline QByteArray patternBytes(qint64 size, quint32 seed = 7)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i + 4 <= size; i += 4) {
        const quint32 v = generator.generate();
        memcpy(data.data() + i, &v, 4);
    }
    for (qint64 i = size - size % 4; i < size; ++i)
        data[i] = char(i);
    return data;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The unfinished multipart uploads of a bucket, as the sandbox lists them.
inline QStringList unfinishedUploads(SandboxFixture &sandbox, const QString &bucket)
{
    HttpRequest r = sandbox.request("GET", bucket);
    r.addBareQuery("uploads");
    const HttpResponse response = sandbox.send(r);
    const auto list = parseListMultipartUploads(response.body);
    QStringList ids;
    if (!list.isOk())
        return {QStringLiteral("<cannot list: ") + response.error.toString() + QStringLiteral(">")};
    for (const MultipartUploadEntry &u : list.value().uploads)
        ids.append(u.key + u':' + u.uploadId);
    return ids;
}

// Waits until `queue` is idle, turning the event loop without pauses (QTest::qWaitFor sleeps 10 ms
// between turns, which starves the in-process sandbox and makes a 5 MiB part take seconds).
inline bool waitIdle(TransferQueue &queue, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!queue.isIdle() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QObject::connect(&queue, &TransferQueue::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return queue.isIdle();
}
