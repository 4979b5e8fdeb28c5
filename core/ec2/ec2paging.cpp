// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/ec2paging.h"

void Ec2Paging::addPageParameters(HttpRequest &request,
    const QStringList &instanceIds,
    int maxResults,
    bool maxResultsOffered,
    const QString &nextToken)
{
    for (int i = 0; i < instanceIds.size(); ++i)
        request.addForm("InstanceId." + QByteArray::number(i + 1), instanceIds.at(i).toUtf8());
    if (maxResultsOffered && instanceIds.isEmpty() && maxResults > 0)
        request.addForm("MaxResults", QByteArray::number(maxResults));
    if (!nextToken.isEmpty())
        request.addForm("NextToken", nextToken.toUtf8());
}

std::optional<ApiError> Ec2Paging::afterPage(QSet<QString> &followed, const QString &pageToken, int pages)
{
    if (pageToken.isEmpty())
        return ApiError::ok();
    if (followed.contains(pageToken)) // never loop on a token that does not move, or cycles
        return ApiError(ApiError::Kind::Parse,
            tr("EC2 answered the same NextToken twice; stopped after %n page(s)", nullptr, pages));
    followed.insert(pageToken);
    return std::nullopt;
}
