// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

class SecureBytes;

// Digests and HMACs for the signers. HMAC is built on OpenSSL's SHA primitives directly: the
// one-shot EVP HMAC of OpenSSL 3 looks the digest up on every call, which costs more than the hash.
namespace Crypto {

QByteArray sha256(QByteArrayView data);
QByteArray sha256Hex(QByteArrayView data);
QByteArray md5(QByteArrayView data);

// out must hold 32 bytes; key may be any length.
void hmacSha256(QByteArrayView key, QByteArrayView data, unsigned char *out);
SecureBytes hmacSha256(QByteArrayView key, QByteArrayView data);
QByteArray hmacSha1(QByteArrayView key, QByteArrayView data);

// Compares in time independent of where the first difference is (signature checks).
bool equalConstantTime(QByteArrayView a, QByteArrayView b);

// Lower-case hex, as SigV4 wants it.
QByteArray toHexLower(const unsigned char *bytes, int length);

} // namespace Crypto
