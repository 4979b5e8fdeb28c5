// SPDX-License-Identifier: GPL-3.0-or-later
// EC2 DescribeRegions (and DescribeAvailabilityZones, which shares its shape).
#include "ec2/ec2parsers.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<QList<Ec2Region>> regions = parseDescribeRegions(body);
    if (regions.isOk())
        FUZZ_CHECK(regions.value().size() <= body.count("item") / 2);
    else
        FUZZ_CHECK(!regions.error().message().isEmpty());
    const Result<QStringList> zones = parseDescribeAvailabilityZones(body);
    if (zones.isOk())
        FUZZ_CHECK(zones.value().size() <= body.count("zoneName") / 2 + body.count("zoneName/"));
    // One body cannot be both answers: the roots differ.
    FUZZ_CHECK(!(regions.isOk() && zones.isOk()));
    return 0;
}
