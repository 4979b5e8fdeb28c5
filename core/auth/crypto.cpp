// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/crypto.h"

#include <cstring>

#include <openssl/crypto.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

#include "auth/securebytes.h"

// The SHA1/SHA256/MD5 context API is deprecated in OpenSSL 3 but kept; it is the fast path for
// many tiny messages, which is what request signing is.
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif

namespace Crypto {

namespace {

template <typename Ctx, int BlockSize, int DigestSize> struct HashOps;

template <> struct HashOps<SHA256_CTX, 64, 32>
{
    static void init(SHA256_CTX *c) { SHA256_Init(c); }
    static void update(SHA256_CTX *c, const void *d, size_t n) { SHA256_Update(c, d, n); }
    static void final(unsigned char *out, SHA256_CTX *c) { SHA256_Final(out, c); }
};

template <> struct HashOps<SHA_CTX, 64, 20>
{
    static void init(SHA_CTX *c) { SHA1_Init(c); }
    static void update(SHA_CTX *c, const void *d, size_t n) { SHA1_Update(c, d, n); }
    static void final(unsigned char *out, SHA_CTX *c) { SHA1_Final(out, c); }
};

// RFC 2104 HMAC over a Merkle–Damgård hash; every buffer that saw the key is cleansed.
template <typename Ctx, int BlockSize, int DigestSize>
void hmac(QByteArrayView key, QByteArrayView data, unsigned char *out)
{
    using Ops = HashOps<Ctx, BlockSize, DigestSize>;
    unsigned char block[BlockSize];
    std::memset(block, 0, sizeof block);
    Ctx ctx;
    if (key.size() > BlockSize) {
        Ops::init(&ctx);
        Ops::update(&ctx, key.data(), size_t(key.size()));
        Ops::final(block, &ctx);
    } else if (!key.isEmpty()) {
        std::memcpy(block, key.data(), size_t(key.size()));
    }
    unsigned char pad[BlockSize];
    for (int i = 0; i < BlockSize; ++i)
        pad[i] = block[i] ^ 0x36;
    unsigned char inner[DigestSize];
    Ops::init(&ctx);
    Ops::update(&ctx, pad, BlockSize);
    Ops::update(&ctx, data.data(), size_t(data.size()));
    Ops::final(inner, &ctx);
    for (int i = 0; i < BlockSize; ++i)
        pad[i] = block[i] ^ 0x5c;
    Ops::init(&ctx);
    Ops::update(&ctx, pad, BlockSize);
    Ops::update(&ctx, inner, DigestSize);
    Ops::final(out, &ctx);
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(pad, sizeof pad);
    OPENSSL_cleanse(inner, sizeof inner);
    OPENSSL_cleanse(&ctx, sizeof ctx);
}

} // namespace

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QByteArray toHexLower(const unsigned char *bytes, int length)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray hex(length * 2, Qt::Uninitialized);
    char *p = hex.data();
    for (int i = 0; i < length; ++i) {
        *p++ = digits[bytes[i] >> 4];
        *p++ = digits[bytes[i] & 0xf];
    }
    return hex;
}

// The one-shot SHA256() of OpenSSL 3 fetches an EVP implementation (and takes a lock) per call.
void sha256Into(QByteArrayView data, unsigned char *out)
{
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, data.data(), size_t(data.size()));
    SHA256_Final(out, &ctx);
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    sha256Into(data, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray sha256Hex(QByteArrayView data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    sha256Into(data, digest);
    return toHexLower(digest, SHA256_DIGEST_LENGTH);
}

QByteArray md5(QByteArrayView data)
{
    QByteArray out(MD5_DIGEST_LENGTH, Qt::Uninitialized);
    MD5(reinterpret_cast<const unsigned char *>(data.data()),
        size_t(data.size()),
        reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

void hmacSha256(QByteArrayView key, QByteArrayView data, unsigned char *out)
{
    hmac<SHA256_CTX, 64, 32>(key, data, out);
}

SecureBytes hmacSha256(QByteArrayView key, QByteArrayView data)
{
    SecureBytes out(32);
    hmacSha256(key, data, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray hmacSha1(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(20, Qt::Uninitialized);
    hmac<SHA_CTX, 64, 20>(key, data, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace Crypto
