// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "transport/apierror.h"
#include "website/publicrecord.h"

class S3Client;
struct SubresourceResult;

struct MakePrivateResult
{
    ApiError error;
    PublicRecord remaining; // what is still public (empty when all was undone)
    QStringList steps;      // what was done, in words
};

// "Make private": undoes exactly what a MakePublicJob recorded: takes Skylight's statement out of
// the bucket policy (deleting the policy only when nothing else is left in it), puts the previous
// Block Public Access settings back, and returns recorded objects to the private ACL.
class MakePrivateJob final : public QObject
{
    Q_OBJECT
public:
    MakePrivateJob(S3Client *client, PublicRecord record);
    void start();

Q_SIGNALS:
    void finished(const MakePrivateResult &result);

private:
    void removeStatement();
    void restoreBlock();
    void aclNext();
    void finish(const ApiError &error);

    S3Client *m_client;
    MakePrivateResult m_result;
    bool m_done = false;
};
