// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "s3/headobjectjob.h"

// Checks a download against the object's CRC32C (x-amz-checksum-crc32c, asked for with
// x-amz-checksum-mode): a whole-object value (a single PUT sent with one), or S3's COMPOSITE value of
// a multipart object, "CRC of the part CRCs-N", when its part size is known (Upload records it). The
// CRC of each range is taken as its pieces are written, on the thread that writes them, so the file
// is not read a second time; only ranges received before a resume, or whose pieces did not arrive in
// order, are read back. Ranges never straddle a part boundary, so that part CRCs can be joined
// (Crc32c::combine) from them. Several threads may call observe() at once, one range each.
class DownloadCrc final
{
public:
    struct Range
    {
        qint64 offset = 0;
        qint64 length = 0;
    };

    // Null when the object's head gives no CRC32C to check, or one that cannot be checked (a
    // composite value of an object whose part size is unknown or does not give N parts).
    static std::shared_ptr<DownloadCrc> forObject(const ObjectHead &head, qint64 partSizeHint);

    // Cuts [0, size) in ranges of at most `chunk` bytes that never cross a part boundary, and starts
    // counting afresh. The ranges before `start` (already on disk: a resume) are read back by
    // check(); the others are expected through observe(). Returns the ranges from `start` on: range
    // i of them is number firstFetched() + i.
    QList<Range> layout(qint64 start, qint64 chunk);
    int firstFetched() const { return m_firstFetched; }

    // A piece of range `range` (numbered as in layout()), `offset` bytes into it, from the attempt
    // numbered `attempt` (a later attempt starts the range afresh; pieces of an earlier one are
    // ignored). A piece out of order leaves the range to be read back by check().
    void observe(int range, int attempt, qint64 offset, QByteArrayView piece);

    // Off the GUI thread, once every range is on disk: the CRC32C of bytes [0, size) of `path` in
    // the form of expected() ("base64" or "base64-N"); empty, with *problem set, when the file cannot
    // be read.
    QByteArray compute(const QString &path, QString *problem) const;
    bool check(const QString &path, QString *problem) const
    {
        const QByteArray value = compute(path, problem);
        return !value.isEmpty() && value == m_expected;
    }

    // What it checks against, for messages: the header's value.
    const QByteArray &expected() const { return m_expected; }

private:
    struct Slot
    {
        Range range;
        std::mutex lock;
        int attempt = -1;
        qint64 bytes = 0; // received in order so far by `attempt`
        quint32 crc = 0;
        bool inOrder = true;
    };

    DownloadCrc(QByteArray expected, qint64 size, qint64 partSize, int parts);

    QByteArray m_expected; // as the header gave it
    qint64 m_size = 0;
    qint64 m_partSize = 0; // 0: a whole-object CRC
    int m_parts = 0;
    int m_firstFetched = 0;
    std::vector<std::unique_ptr<Slot>> m_slots;
};
