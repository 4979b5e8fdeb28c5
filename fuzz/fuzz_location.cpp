// SPDX-License-Identifier: GPL-3.0-or-later
// GetBucketLocation: <LocationConstraint>.
#include "fuzzcheck.h"
#include "s3/listobjectsparser.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<QString> result = parseBucketLocation(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    // A well-formed document with the right root: the region is never empty ("" means us-east-1).
    FUZZ_CHECK(!result.value().isEmpty());
    return 0;
}
