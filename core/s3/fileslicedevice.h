// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QFile>
#include <QIODevice>

// A read-only window [offset, offset + length) of a file, as a sequential-looking device that
// starts at 0: the body of one multipart part, streamed from disk without reading it whole.
class FileSliceDevice final : public QIODevice
{
    Q_OBJECT
public:
    FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    qint64 size() const override { return m_length; }
    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;

    // A factory for HttpRequest::bodyDevice: a fresh device for every attempt.
    static std::function<std::unique_ptr<QIODevice>()> factory(
        const QString &path, qint64 offset, qint64 length);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};
