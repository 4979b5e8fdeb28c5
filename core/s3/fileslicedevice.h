// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QFile>
#include <QIODevice>

// A read-only window [offset, offset + length) of a file, as a device that starts at 0: the body
// of a PUT or of one multipart part, streamed from disk without reading it whole.
//
// Qt reads an upload body on the QNetworkAccessManager's thread, 16 KiB at a time. In the app that
// is the GUI thread, which must never wait for a disk (or a hung network share): there the device
// reads ahead on worker threads, a window of 256 KiB beyond the one being sent, and readData()
// copies from memory, or returns 0 while the next window is still being read (Qt then waits for
// readyRead(), which comes when it is there). Elsewhere (the CLI, tests) it reads the file directly:
// reading ahead costs about 15 % more CPU per uploaded GiB (a copy and a thread hand-off per window;
// bench/README.md, "Upload reads off the GUI thread"; SKYLIGHT_UPLOAD_READS=ahead or direct
// overrides the choice, for that benchmark). Memory ahead: two windows per device.
// A file that turns out shorter than `length` ends the body with an error (readData() returns -1)
// rather than leaving the request waiting.
class FileSliceDevice final : public QIODevice
{
    Q_OBJECT
public:
    enum class Reads
    {
        Auto,   // Ahead when the device's thread is a GUI application's main thread, else Direct
        Direct, // on the device's thread, as Qt asks
        Ahead,  // on worker threads, ahead of Qt's asking
    };
    Q_ENUM(Reads)
    FileSliceDevice(const QString &path,
        qint64 offset,
        qint64 length,
        QObject *parent = nullptr,
        Reads reads = Reads::Auto);

    bool open(OpenMode mode) override;
    void close() override;
    qint64 size() const override { return m_length; }
    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override; // reading starts again from `pos` (Qt's reset() before a resend)
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    // A factory for HttpRequest::bodyDevice: a fresh device for every attempt.
    static std::function<std::unique_ptr<QIODevice>()> factory(
        const QString &path, qint64 offset, qint64 length);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Window
    {
        QByteArray bytes;
        QString error; // the file could not be read, or ended early
    };
    // On a worker thread: `size` bytes at `offset` of `path`, into `buffer` (reused when it can be).
    static Window readWindow(const QString &path, qint64 offset, qint64 size, QByteArray buffer);
    void readAhead(); // starts reading the next window, unless one is being read or waits
    qint64 readAheadData(char *data, qint64 maxSize);
    qint64 readDirect(char *data, qint64 maxSize);

    QString m_path;
    qint64 m_offset;
    qint64 m_length;
    Reads m_reads;
    bool m_ahead = false;          // decided by open()
    QFile m_file;                  // Direct
    QByteArray m_current;          // the window being sent
    qint64 m_currentPos = 0;       // how much of it has been
    std::optional<Window> m_ready; // the next one, read
    QByteArray m_spare;            // a sent window's buffer, read into again
    qint64 m_nextStart = 0;        // where in the slice the next window to read starts
    bool m_reading = false;
    quint64 m_generation = 0; // reads started before the last seek() or close() are dropped
    QString m_error;
};
