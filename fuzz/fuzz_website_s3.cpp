// SPDX-License-Identifier: GPL-3.0-or-later
// S3's ?website WebsiteConfiguration: parse, write back, parse again.
#include "websiteroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    checkWebsiteRoundTrip(fuzzBytes(data, size), WebsiteConfiguration::Dialect::S3);
    return 0;
}
