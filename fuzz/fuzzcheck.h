// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

// FUZZ_CHECK(condition): a property a fuzz target asserts. On failure it prints where and aborts,
// which libFuzzer reports as a crash and saves the input that broke the property.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s at %s:%d\n", #condition, __FILE__, __LINE__);        \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

// The fuzzer's bytes as the QByteArray the parsers take (a deep copy, so ASan sees the bounds).
inline QByteArray fuzzBytes(const unsigned char *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}
