// SPDX-License-Identifier: GPL-3.0-or-later
// ListAllMyBucketsResult.
#include "fuzzcheck.h"
#include "s3/listobjectsparser.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<BucketList> result = parseListBuckets(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    // Each bucket closed a <Bucket> element (start and end tags both name it, unless it is empty).
    FUZZ_CHECK(result.value().buckets.size() <= body.count("Bucket") / 2);
    for (const BucketEntry &b : result.value().buckets)
        FUZZ_CHECK(!b.created.isValid() || b.created.timeSpec() == Qt::UTC);
    return 0;
}
