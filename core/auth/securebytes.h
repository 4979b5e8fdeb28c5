// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Owns one copy of secret bytes and wipes it when it goes. QByteArray is implicitly shared, so the
// constructor detaches: only the copy held here is ours to wipe.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes);
    explicit SecureBytes(qsizetype size);
    ~SecureBytes();
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;

    QByteArrayView view() const { return m_bytes; }
    char *data() { return m_bytes.data(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void wipe();

private:
    QByteArray m_bytes;
};
