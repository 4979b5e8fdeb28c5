// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What "Make public" changed on one bucket, so that "Make private" undoes exactly that and nothing
// else. Kept beside the profiles as a small JSON file per endpoint and bucket.
struct PublicRecord
{
    QString bucket;
    bool addedPolicyStatement = false; // PublicReadPolicy's statement, removed again by its Sid
    bool changedBlock = false;
    QByteArray previousBlockXml; // changedBlock: the settings to put back
    QStringList aclKeys;         // objects given public-read (they go back to private)
    bool bucketAcl = false;      // the bucket was given public-read (it goes back to private)

    bool isEmpty() const { return !addedPolicyStatement && !changedBlock && aclKeys.isEmpty() && !bucketAcl; }
    // This record with an earlier one for the same bucket (made public twice: undo both).
    PublicRecord mergedWith(const PublicRecord &earlier) const;
    // Loads the record at `path`, merges this one into it and saves it; true when nothing was to save.
    bool saveMerged(const QString &path, QString *error) const;
    QJsonObject toJson() const;
    static PublicRecord fromJson(const QJsonObject &o);

    // DIR/website-public/<sha256 of endpoint and bucket>.json
    static QString fileFor(const QString &dir, const QString &endpoint, const QString &bucket);
    bool save(const QString &path, QString *error) const; // 0600
    static std::optional<PublicRecord> load(const QString &path);
};
