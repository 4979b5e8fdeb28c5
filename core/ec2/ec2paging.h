// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include "transport/apierror.h"
#include "transport/httprequest.h"

// What DescribeInstances and DescribeInstanceStatus share: the page parameters of a request, and
// what to do once a page with its NextToken has arrived.
class Ec2Paging
{
    Q_DECLARE_TR_FUNCTIONS(Ec2Paging)
public:
    // InstanceId.N for each id; MaxResults only when listing everything (EC2 refuses both together)
    // and the API version has it; NextToken after the first page.
    static void addPageParameters(HttpRequest &request,
        const QStringList &instanceIds,
        int maxResults,
        bool maxResultsOffered,
        const QString &nextToken);

    // After page number `pages` answered `pageToken`: nullopt to ask for the next page (the token is
    // added to `followed`), ok() when that was the last, an error when EC2 sends a token it sent
    // before (repeated or in a cycle), which would be followed for ever.
    static std::optional<ApiError> afterPage(QSet<QString> &followed, const QString &pageToken, int pages);
};
