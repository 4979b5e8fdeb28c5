// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/downloadcrc.h"

#include "s3/bodydigest.h"
#include "s3/crc32c.h"

std::shared_ptr<DownloadCrc> DownloadCrc::forObject(const ObjectHead &head, qint64 partSizeHint)
{
    const QByteArray value = head.checksumCrc32c.trimmed();
    if (value.isEmpty() || head.size < 0)
        return {};
    const qsizetype dash = value.indexOf('-');
    const QByteArray crc = dash < 0 ? value : value.left(dash);
    const QByteArray::FromBase64Result raw
        = QByteArray::fromBase64Encoding(crc, QByteArray::AbortOnBase64DecodingErrors);
    if (!raw || raw.decoded.size() != 4)
        return {};
    if (dash < 0) // the CRC of the whole object
        return std::shared_ptr<DownloadCrc>(new DownloadCrc(value, head.size, 0, 0));
    bool ok = false;
    const int parts = value.mid(dash + 1).toInt(&ok);
    // Only parts of one size (but the last) can be told apart without asking for each one's size.
    if (!ok || parts <= 0 || partSizeHint <= 0 || (head.size + partSizeHint - 1) / partSizeHint != parts)
        return {};
    return std::shared_ptr<DownloadCrc>(new DownloadCrc(value, head.size, partSizeHint, parts));
}

DownloadCrc::DownloadCrc(QByteArray expected, qint64 size, qint64 partSize, int parts)
    : m_expected(std::move(expected))
    , m_size(size)
    , m_partSize(partSize)
    , m_parts(parts)
{}

QList<DownloadCrc::Range> DownloadCrc::layout(qint64 start, qint64 chunk)
{
    chunk = qMax<qint64>(1, chunk);
    start = qBound<qint64>(0, start, m_size);
    const auto nextBoundary = [this](qint64 offset) {
        return m_partSize > 0 ? qMin(m_size, (offset / m_partSize + 1) * m_partSize) : m_size;
    };
    m_slots.clear();
    QList<Range> fetched;
    for (qint64 offset = 0; offset < start;) { // on disk already: one range per part
        const qint64 end = qMin(start, nextBoundary(offset));
        auto slot = std::make_unique<Slot>();
        slot->range = {offset, end - offset};
        m_slots.push_back(std::move(slot));
        offset = end;
    }
    m_firstFetched = int(m_slots.size());
    for (qint64 offset = start; offset < m_size;) {
        const qint64 end = qMin(offset + chunk, nextBoundary(offset));
        auto slot = std::make_unique<Slot>();
        slot->range = {offset, end - offset};
        fetched.append(slot->range);
        m_slots.push_back(std::move(slot));
        offset = end;
    }
    return fetched;
}

void DownloadCrc::observe(int range, int attempt, qint64 offset, QByteArrayView piece)
{
    if (range < 0 || size_t(range) >= m_slots.size())
        return;
    Slot &slot = *m_slots[size_t(range)];
    const std::lock_guard<std::mutex> guard(slot.lock);
    if (attempt < slot.attempt)
        return; // a late piece of an attempt given up on
    if (attempt > slot.attempt || offset == 0) {
        slot.attempt = attempt;
        slot.bytes = 0;
        slot.crc = 0;
        slot.inOrder = true;
    }
    if (!slot.inOrder || offset != slot.bytes) {
        slot.inOrder = false; // read back from the file by check()
        return;
    }
    slot.crc = Crc32c::extend(slot.crc, piece.data(), piece.size());
    slot.bytes += piece.size();
}

QByteArray DownloadCrc::compute(const QString &path, QString *problem) const
{
    QList<quint32> partCrcs;
    quint32 current = 0; // the part (or object) being joined
    qint64 currentEnd = m_partSize > 0 ? qMin(m_size, m_partSize) : m_size;
    for (const std::unique_ptr<Slot> &slot : m_slots) {
        quint32 crc = 0;
        {
            const std::lock_guard<std::mutex> guard(slot->lock);
            const bool streamed = slot->inOrder && slot->attempt >= 0 && slot->bytes == slot->range.length;
            crc = slot->crc;
            if (!streamed) { // read back from the file
                const ApiError error = crc32cOfRange(path, slot->range.offset, slot->range.length, &crc);
                if (!error.isOk()) {
                    if (problem)
                        *problem = error.message();
                    return {};
                }
            }
        }
        current = Crc32c::combine(current, crc, slot->range.length);
        if (slot->range.offset + slot->range.length == currentEnd) {
            partCrcs.append(current);
            current = 0;
            currentEnd = m_partSize > 0 ? qMin(m_size, currentEnd + m_partSize) : m_size;
        }
    }
    if (m_partSize <= 0)
        return Crc32c::toBase64(partCrcs.value(0, 0));
    return Crc32c::compositeBase64(partCrcs);
}
