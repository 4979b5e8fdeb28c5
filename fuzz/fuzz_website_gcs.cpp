// SPDX-License-Identifier: GPL-3.0-or-later
// Google Cloud Storage's ?websiteConfig (MainPageSuffix, NotFoundPage): parse, write back, parse again.
#include "websiteroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    checkWebsiteRoundTrip(fuzzBytes(data, size), WebsiteConfiguration::Dialect::Gcs);
    return 0;
}
