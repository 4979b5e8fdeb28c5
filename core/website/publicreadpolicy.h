// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The bucket-policy statement that makes a website's objects readable by everyone (s3:GetObject on
// arn:aws:s3:::BUCKET/* for Principal "*"), merged into an existing policy without touching its
// other statements, and taken out again by its Sid.
namespace PublicReadPolicy {

inline constexpr auto kSid = "SkylightPublicReadForWebsite";
// The optional second statement: s3:ListBucket on arn:aws:s3:::BUCKET, so that a missing page answers
// 404 with the error document rather than 403 (and anyone may list the keys).
inline constexpr auto kListSid = "SkylightPublicListForWebsite";

QJsonObject statement(const QString &bucket);
QJsonObject listStatement(const QString &bucket);

struct Merge
{
    QByteArray json; // the policy to PUT; empty with changed: DELETE the policy (nothing left)
    bool changed = false;
    QString problem; // non-empty: the existing policy could not be read; nothing is to be sent
};

// `existing` empty: the bucket has no policy. Adds nothing a statement already grants anonymously
// (s3:GetObject on the whole bucket; with `listing`, s3:ListBucket on it).
Merge add(const QByteArray &existing, const QString &bucket, bool listing = false);
// Removes only Skylight's statements (by Sid); every other statement stays as it was.
Merge remove(const QByteArray &existing);
// True when an Allow statement without a Condition gives Principal "*" s3:GetObject on BUCKET/*.
bool grantsPublicRead(const QByteArray &policy, const QString &bucket);
// The same for s3:ListBucket on arn:aws:s3:::BUCKET.
bool grantsPublicList(const QByteArray &policy, const QString &bucket);

} // namespace PublicReadPolicy
