// SPDX-License-Identifier: GPL-3.0-or-later
// boto 2's /etc/boto.cfg then ~/.boto (later keys win), as one input split at a NUL byte.
#include "clouds/botoimporter.h"
#include "importcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    const auto parse = [](const QByteArray &in) {
        const QList<QByteArray> files = splitFiles(in, 2);
        return BotoImporter::parse({{u"/fuzz/etc/boto.cfg"_s, files[0]}, {u"/fuzz/.boto"_s, files[1]}});
    };
    const ImportResult result = parse(input);
    checkImport(result, input, parse);
    if (!result.isOk())
        FUZZ_CHECK(result.error.startsWith(u"/fuzz/"_s));
    return 0;
}
