// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "s3/s3types.h"
#include "transport/result.h"

// ListObjectsV2 and ListObjects (V1) pages: <ListBucketResult>. With EncodingType "url" the keys,
// prefixes and markers arrive percent-encoded ('+' for a space) and are decoded here. A page that
// says it is truncated but gives no way on is refused rather than looped on.
Result<ObjectListing> parseListObjects(const QByteArray &body);

// ListAllMyBucketsResult.
Result<BucketList> parseListBuckets(const QByteArray &body);

// GetBucketLocation: <LocationConstraint>, as a region name ("" → us-east-1, "EU" → eu-west-1).
Result<QString> parseBucketLocation(const QByteArray &body);
