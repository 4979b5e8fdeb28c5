// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

// One OpenSSL digest (MD5 or SHA-256) fed in pieces. On Qt 6.4 OpenSSL's MD5 and SHA-256 are faster
// than QCryptographicHash's (SHA-256 several times over: it uses the CPU's SHA instructions), and
// uploads, downloads and the sandbox hash every byte they move.
class StreamDigest
{
public:
    static StreamDigest md5();
    static StreamDigest sha256();

    void add(QByteArrayView bytes);
    void add(const char *data, qint64 size) { add(QByteArrayView(data, size)); }
    // The raw digest (16 or 32 bytes); once, at the end. Empty if OpenSSL failed.
    QByteArray result();

private:
    explicit StreamDigest(bool sha256);
    struct Free
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};
