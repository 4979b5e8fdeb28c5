// SPDX-License-Identifier: GPL-3.0-or-later
// A Eucalyptus eucarc, then an iamrc for its keys: the two files split at a NUL byte.
#include "clouds/eucarcimporter.h"
#include "importcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    const QList<QByteArray> files = splitFiles(input, 2);
    ImportResult result = EucarcImporter::parse(files[0], u"/fuzz/euca/eucarc"_s);
    checkImport(result, input);
    if (!result.isOk()) {
        FUZZ_CHECK(result.error.startsWith(u"/fuzz/euca/eucarc"_s));
        return 0;
    }
    FUZZ_CHECK(result.profiles.size() == 1);
    Credentials keys;
    const ImportResult iamrc = EucarcImporter::parseIamrc(files[1], u"/fuzz/euca/iamrc"_s, &keys);
    if (iamrc.isOk() && keys.isValid()) {
        result.profiles.first().credentials = keys;
        checkImport(result, input);
    }
    return 0;
}
