// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/streamdigest.h"

#include <openssl/evp.h>

void StreamDigest::Free::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

StreamDigest::StreamDigest(bool sha256)
    : m_ctx(EVP_MD_CTX_new())
{
    if (m_ctx && EVP_DigestInit_ex(m_ctx.get(), sha256 ? EVP_sha256() : EVP_md5(), nullptr) != 1)
        m_ctx.reset();
}

StreamDigest StreamDigest::md5()
{
    return StreamDigest(false);
}

StreamDigest StreamDigest::sha256()
{
    return StreamDigest(true);
}

void StreamDigest::add(QByteArrayView bytes)
{
    if (m_ctx && !bytes.isEmpty())
        EVP_DigestUpdate(m_ctx.get(), bytes.data(), size_t(bytes.size()));
}

QByteArray StreamDigest::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_ctx || EVP_DigestFinal_ex(m_ctx.get(), out, &length) != 1)
        return {};
    m_ctx.reset();
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}
