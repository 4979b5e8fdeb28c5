// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads the files of a ZIP archive held in memory: the Eucalyptus credentials zip (eucarc, iamrc,
// cloud-cert.pem…). Stored and deflated entries, CRC-32 checked, sizes bounded; no ZIP64, no
// encryption. Qt has no public ZIP reader, hence this small one over zlib.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    static constexpr qint64 kMaxEntrySize = 16 * 1024 * 1024;

    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localHeaderOffset = 0;
    };

    // Nullopt, with *error set, when `data` is not a ZIP archive this reader can read.
    static std::optional<ZipArchive> read(QByteArray data, QString *error);

    const QList<Entry> &entries() const { return m_entries; }
    // The first entry whose file name (last path component) is `fileName`, or nullptr.
    const Entry *findByFileName(const QString &fileName) const;
    // The entry's content, decompressed and checked.
    std::optional<QByteArray> extract(const Entry &entry, QString *error) const;

private:
    QByteArray m_data;
    QList<Entry> m_entries;
};
