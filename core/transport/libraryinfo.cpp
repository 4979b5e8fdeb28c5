// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/libraryinfo.h"

#include <openssl/crypto.h>
#include <openssl/opensslv.h>

#ifndef SKYLIGHT_GIT_REVISION
#define SKYLIGHT_GIT_REVISION ""
#endif
#ifndef SKYLIGHT_QTKEYCHAIN_VERSION
#define SKYLIGHT_QTKEYCHAIN_VERSION ""
#endif

namespace LibraryInfo {

QString skylightVersion()
{
    return QStringLiteral(SKYLIGHT_VERSION_STRING);
}

QString gitRevision()
{
    return QStringLiteral(SKYLIGHT_GIT_REVISION);
}

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString openSslBuildVersion()
{
    return QStringLiteral(OPENSSL_VERSION_TEXT);
}

QString qtKeychainVersion()
{
    return QStringLiteral(SKYLIGHT_QTKEYCHAIN_VERSION);
}

} // namespace LibraryInfo
