// SPDX-License-Identifier: GPL-3.0-or-later
// s3cmd's ~/.s3cfg.
#include "clouds/s3cfgimporter.h"
#include "importcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    const auto parse = [](const QByteArray &in) {
        return S3cfgImporter::parse(in, u"/fuzz/.s3cfg"_s);
    };
    const ImportResult result = parse(input);
    checkImport(result, input, parse);
    if (!result.isOk())
        FUZZ_CHECK(result.error.startsWith(u"/fuzz/.s3cfg"_s));
    return 0;
}
