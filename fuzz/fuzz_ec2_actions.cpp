// SPDX-License-Identifier: GPL-3.0-or-later
// EC2 Start/Stop/Terminate/RebootInstances answers.
#include "ec2/ec2actionparser.h"
#include "fuzzcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const QString &root : {u"StopInstancesResponse"_s, u"RebootInstancesResponse"_s}) {
        const Result<QList<InstanceStateChange>> result = parseInstanceStateChanges(body, root);
        if (!result.isOk()) {
            FUZZ_CHECK(!result.error().message().isEmpty());
            continue;
        }
        FUZZ_CHECK(result.value().size() <= body.count("item") / 2);
    }
    return 0;
}
