// SPDX-License-Identifier: GPL-3.0-or-later
// GET ?acl: <AccessControlPolicy>, and its description in words.
#include "fuzzcheck.h"
#include "s3/aclparser.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const Result<AccessControlPolicy> result = parseAccessControlPolicy(fuzzBytes(data, size));
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    const AccessControlPolicy &policy = result.value();
    const QString words = describeAcl(policy);
    FUZZ_CHECK(!words.isEmpty() || !policy.grants.isEmpty() || words == u"private"_s);
    bool everyoneReads = false;
    for (const AclGrant &g : policy.grants) {
        // "private" means that every grant is the owner's own.
        if (words == u"private"_s) {
            FUZZ_CHECK(g.uri.isEmpty() && g.email.isEmpty());
            FUZZ_CHECK(!g.granteeId.isEmpty() && g.granteeId == policy.ownerId);
        }
        if (g.uri == u"http://acs.amazonaws.com/groups/global/AllUsers"_s
            && (g.permission == u"READ"_s || g.permission == u"FULL_CONTROL"_s))
            everyoneReads = true;
    }
    // A bucket anyone can read is never described as private or as readable by signed-in users only.
    if (everyoneReads)
        FUZZ_CHECK(words != u"private"_s && words != u"authenticated users read"_s);
    return 0;
}
