// SPDX-License-Identifier: GPL-3.0-or-later
// EC2 DescribeInstances pages, any API version.
#include "ec2/ec2parsers.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<InstancePage> result = parseDescribeInstances(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    const InstancePage &page = result.value();
    FUZZ_CHECK(page.instances.size() <= body.count("item") / 2);
    for (const Ec2Instance &i : page.instances) {
        // The state code is its low byte (the high byte is internal to EC2), or -1 when absent.
        FUZZ_CHECK(i.stateCode >= -1 && i.stateCode <= 255);
        FUZZ_CHECK(!i.launchTime.isValid() || i.launchTime.timeSpec() == Qt::UTC);
    }
    return 0;
}
