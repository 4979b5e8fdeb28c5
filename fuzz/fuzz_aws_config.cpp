// SPDX-License-Identifier: GPL-3.0-or-later
// ~/.aws/credentials and ~/.aws/config, as one input: the two files separated by a NUL byte.
#include "clouds/awsconfigimporter.h"
#include "importcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    const auto parse = [](const QByteArray &in) {
        const QList<QByteArray> files = splitFiles(in, 2);
        return AwsConfigImporter::parse(
            files[0], u"/fuzz/.aws/credentials"_s, files[1], u"/fuzz/.aws/config"_s);
    };
    const ImportResult result = parse(input);
    checkImport(result, input, parse);
    if (!result.isOk())
        FUZZ_CHECK(result.error.startsWith(u"/fuzz/.aws/"_s));
    for (const ImportedProfile &p : result.profiles)
        FUZZ_CHECK(p.profile.name.startsWith(u"aws:"_s));
    return 0;
}
