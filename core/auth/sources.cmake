# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    auth/credentials.h auth/credentials.cpp
    auth/securebytes.h
    auth/crypto.h auth/crypto.cpp
    auth/uriencode.h auth/uriencode.cpp
    auth/signer.h auth/signer.cpp
    auth/sigv4signer.h auth/sigv4signer.cpp
    auth/sigv2querysigner.h auth/sigv2querysigner.cpp
    auth/hmacv1signer.h auth/hmacv1signer.cpp
    auth/lowauthsigner.h auth/lowauthsigner.cpp
    auth/signerfactory.h auth/signerfactory.cpp
)
