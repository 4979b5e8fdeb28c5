// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Versions of Skylight and of the libraries core links, for the About box and bug reports. Core
// owns these because it is what links OpenSSL and QtKeychain; the UI only shows them.
namespace LibraryInfo {
QString skylightVersion();     // PROJECT_VERSION from CMake
QString gitRevision();         // `git describe --always --dirty` at configure time; empty outside a checkout
QString openSslVersion();      // what the loaded libcrypto reports: OpenSSL_version(OPENSSL_VERSION)
QString openSslBuildVersion(); // OPENSSL_VERSION_TEXT of the headers built against
QString qtKeychainVersion();   // from CMake's find_package(Qt6Keychain); empty when unknown
} // namespace LibraryInfo
