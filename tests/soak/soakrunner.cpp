// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakrunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include "s3/abortmultipartuploadjob.h"
#include "s3/deleteobjectsjob.h"
#include "s3/getobjectjob.h"
#include "s3/headobjectjob.h"
#include "s3/listmultipartuploadsjob.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "transfer/transferqueue.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;

// Runs `job` and waits for its one finished(result), turning the event loop.
template <typename Job> auto await(Job *job)
{
    using Args = typename QtPrivate::FunctionPointer<decltype(&Job::finished)>::Arguments;
    using Result = std::decay_t<typename Args::Car>;
    Result result;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    return result;
}

QByteArray sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

// Names that exercise key encoding: spaces, unicode, '+', '%', '=' and '&'.
const QStringList kNames
    = {u"plain.bin"_s, u"with space.dat"_s, u"grüße+1.txt"_s, u"100%=sure&.csv"_s, u"写真.jpg"_s, u"a+b+c"_s};

} // namespace

SoakRunner::SoakRunner(S3Client *client, TransferQueue *queue, QString bucket, QString workDir, quint64 seed)
    : m_client(client)
    , m_queue(queue)
    , m_bucket(std::move(bucket))
    , m_work(std::move(workDir))
    , m_random(seed)
{}

SoakFigures SoakRunner::run(double minutes)
{
    QElapsedTimer clock;
    clock.start();
    const auto elapsed = [&] {
        return double(clock.elapsed()) / 60000.0;
    };
    m_figures.samples.append(ResourceProbe::now(0));
    for (int round = 1; elapsed() < minutes; ++round) {
        uploadRound(round);
        downloadRound(round);
        if (round % 3 == 0)
            checkListing();
        deleteSome();
        checkNoMultipartLeft();
        m_queue->removeFinished();
        QDir(m_work + u"/r%1"_s.arg(round)).removeRecursively();
        m_figures.rounds = round;
        m_figures.samples.append(ResourceProbe::now(elapsed()));
    }
    checkListing();
    return m_figures;
}

void SoakRunner::uploadRound(int round)
{
    const QString dir = m_work + u"/r%1/up"_s.arg(round);
    QDir().mkpath(dir);
    std::uniform_int_distribution<int> kind(0, 99);
    QHash<int, std::pair<QString, Expected>> byId;
    const int files = 10;
    for (int i = 0; i < files; ++i) {
        const int k = kind(m_random);
        // 70 % small (1 byte–64 KiB), 24 % medium (64 KiB–2 MiB), 6 % multipart (5–14 MiB).
        const qint64 size = k < 70 ? std::uniform_int_distribution<qint64>(1, 64 * kKiB)(m_random)
            : k < 94               ? std::uniform_int_distribution<qint64>(64 * kKiB, 2 * kMiB)(m_random)
                                   : std::uniform_int_distribution<qint64>(5 * kMiB, 14 * kMiB)(m_random);
        QByteArray data(size, Qt::Uninitialized);
        for (qint64 j = 0; j + 8 <= size; j += 8) {
            const quint64 v = m_random();
            memcpy(data.data() + j, &v, 8);
        }
        for (qint64 j = size - size % 8; j < size; ++j)
            data[j] = char(m_random());
        const QString path = dir + u"/f%1"_s.arg(i);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != size) {
            mismatch(u"cannot write the local test file %1"_s.arg(path));
            continue;
        }
        f.close();
        const QString key = u"soak/r%1/%2-%3"_s.arg(round).arg(i).arg(kNames[i % kNames.size()]);
        const int id = m_queue->enqueueUpload(m_client, path, m_bucket, key);
        byId.insert(id, {key, {QCryptographicHash::hash(data, QCryptographicHash::Sha256), size}});
    }
    waitIdle();
    for (const TransferItem &item : m_queue->items()) {
        const auto it = byId.constFind(item.id);
        if (it == byId.constEnd())
            continue;
        ++m_figures.uploads;
        if (item.state == TransferState::Done) {
            m_figures.bytesUp += it->second.size;
            m_expected.insert(it->first, it->second);
        } else {
            ++m_figures.failed;
            settleUncertain(it->first, it->second);
        }
    }
}

// A failed upload of a new key: the object must be absent, or complete with exactly the new bytes.
void SoakRunner::settleUncertain(const QString &key, const Expected &candidate)
{
    const HeadObjectResult head = await(m_client->headObject({m_bucket, key}));
    if (head.error.httpStatus() == 404)
        return;
    if (!head.error.isOk()) {
        ++m_figures.failed; // cannot tell now; the next full listing will show it
        return;
    }
    if (head.head.size != candidate.size) {
        mismatch(u"%1: a failed upload left an object of %2 bytes, the file has %3"_s.arg(key)
                     .arg(head.head.size)
                     .arg(candidate.size));
        return;
    }
    m_expected.insert(key, candidate); // downloaded and compared in a later round
}

void SoakRunner::downloadRound(int round)
{
    const QString dir = m_work + u"/r%1/down"_s.arg(round);
    QDir().mkpath(dir);
    QStringList keys = m_expected.keys();
    std::sort(keys.begin(), keys.end());
    std::shuffle(keys.begin(), keys.end(), m_random);
    keys = keys.mid(0, 8);
    QHash<int, QString> byId;
    for (int i = 0; i < keys.size(); ++i)
        byId.insert(
            m_queue->enqueueDownload(m_client, m_bucket, keys[i], dir + u"/d%1"_s.arg(i), dir), keys[i]);
    waitIdle();
    for (const TransferItem &item : m_queue->items()) {
        const auto it = byId.constFind(item.id);
        if (it == byId.constEnd())
            continue;
        ++m_figures.downloads;
        const Expected want = m_expected.value(*it);
        if (QFile::exists(item.localPath + u".part"_s))
            mismatch(u"%1: NAME.part left behind (state %2)"_s.arg(*it).arg(int(item.state)));
        if (item.state != TransferState::Done) {
            ++m_figures.failed;
            if (QFile::exists(item.localPath))
                mismatch(u"%1: a failed download left a file in place"_s.arg(*it));
            continue;
        }
        m_figures.bytesDown += want.size;
        if (m_sabotage && want.size > 0) {
            QFile f(item.localPath);
            if (f.open(QIODevice::ReadWrite)) {
                char c = 0;
                f.getChar(&c);
                f.seek(0);
                f.putChar(char(~c));
            }
        }
        if (sha256OfFile(item.localPath) != want.sha256)
            mismatch(u"%1: the downloaded bytes differ from the uploaded ones"_s.arg(*it));
    }
}

void SoakRunner::checkListing()
{
    QHash<QString, qint64> listed;
    ListObjectsRequest request;
    request.bucket = m_bucket;
    request.prefix = u"soak/"_s;
    request.maxKeys = 100; // many pages, so listings meet the faults too
    for (int attempts = 0;;) {
        const ListObjectsResult page = await(m_client->listObjects(request));
        if (!page.error.isOk()) {
            if (++attempts == 3) {
                ++m_figures.failed;
                return; // an honest error, not a mismatch; the next listing tries again
            }
            continue;
        }
        attempts = 0;
        for (const ObjectEntry &e : page.page.objects) {
            if (listed.contains(e.key))
                mismatch(u"the listing shows %1 twice"_s.arg(e.key));
            listed.insert(e.key, e.size);
        }
        if (!page.page.truncated || page.page.nextToken.isEmpty())
            break;
        request.continuationToken = page.page.nextToken;
    }
    ++m_figures.listings;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (!listed.contains(it.key()))
            mismatch(u"%1 was stored but is not listed"_s.arg(it.key()));
        else if (listed.value(it.key()) != it->size)
            mismatch(u"%1 is listed with %2 bytes, %3 were stored"_s.arg(it.key())
                         .arg(listed.value(it.key()))
                         .arg(it->size));
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!m_expected.contains(it.key()))
            mismatch(u"%1 is listed but was never stored (or was deleted)"_s.arg(it.key()));
    }
}

void SoakRunner::deleteSome()
{
    QStringList keys = m_expected.keys();
    std::sort(keys.begin(), keys.end());
    std::shuffle(keys.begin(), keys.end(), m_random);
    keys = keys.mid(0, keys.size() / 3);
    if (keys.isEmpty())
        return;
    const DeleteObjectsResult result = await(m_client->deleteObjects({m_bucket, keys}));
    m_figures.deletes += int(result.outcome.deleted.size());
    for (const QString &key : result.outcome.deleted)
        m_expected.remove(key);
    if (!result.error.isOk() || !result.outcome.errors.isEmpty()) {
        ++m_figures.failed;
        // The batch may or may not have been carried out: ask for each key that is left.
        for (const QString &key : keys) {
            if (!m_expected.contains(key))
                continue;
            const HeadObjectResult head = await(m_client->headObject({m_bucket, key}));
            if (head.error.httpStatus() == 404)
                m_expected.remove(key);
        }
    }
}

void SoakRunner::checkNoMultipartLeft()
{
    ListMultipartUploadsRequest request;
    request.bucket = m_bucket;
    const ListMultipartUploadsResult result = await(new ListMultipartUploadsJob(m_client, request));
    if (!result.error.isOk())
        return; // faulted; the next round asks again
    m_figures.orphanedUploads += int(result.uploads.uploads.size());
    for (const MultipartUploadEntry &u : result.uploads.uploads)
        await(m_client->abortMultipartUpload({m_bucket, u.key, u.uploadId})); // report it once
}

bool SoakRunner::waitIdle()
{
    QElapsedTimer clock;
    clock.start();
    while (!m_queue->isIdle() && clock.elapsed() < 600000) {
        QEventLoop loop;
        QObject::connect(m_queue, &TransferQueue::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!m_queue->isIdle())
        mismatch(u"the transfer queue did not finish within 10 minutes"_s);
    return m_queue->isIdle();
}

void SoakRunner::mismatch(const QString &what)
{
    ++m_figures.mismatches;
    if (m_figures.mismatchDetails.size() < 20)
        m_figures.mismatchDetails.append(what);
}
