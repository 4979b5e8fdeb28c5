// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Bucket policies (JSON), checked as S3 checks them on PUT ?policy and evaluated for the one question
// the sandbox asks: may an anonymous caller do this action on this resource?
namespace BucketPolicy {

// Empty when `json` is an acceptable policy for `bucket`; otherwise S3's MalformedPolicy message.
QByteArray problem(const QByteArray &json, const QByteArray &bucket);
// True when a statement allows `action` ("s3:GetObject") on `resource` ("arn:aws:s3:::b/k") to the
// anonymous principal and no statement denies it. Statements with a Condition are not applied.
bool allowsAnonymous(const QByteArray &json, QByteArrayView action, QByteArrayView resource);
// Grants anything to everyone (what BlockPublicPolicy refuses).
bool isPublic(const QByteArray &json);

} // namespace BucketPolicy
