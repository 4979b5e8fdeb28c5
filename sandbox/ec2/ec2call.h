// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "ec2/ec2apiversions.h"
#include "sandboxresponse.h"
#include "transport/httprequest.h"

// One EC2 Query API call after its signature was checked: the decoded parameters (query and form
// body), the action, the API version it asked for, the region it was signed for, and the answer's
// helpers.
struct Ec2Call
{
    QList<QueryItem> params;
    QByteArray action;
    QString version;
    QString region;
    QStringList regions; // every region the sandbox serves
    QByteArray host;     // the Host header, for DescribeRegions' endpoints
    QByteArray requestId;
    QDateTime now;

    struct Page
    {
        int maxResults = 0; // 0: everything
        QByteArray after;   // exclusive: the id the previous page ended with
    };

    QByteArray value(QByteArrayView name) const;
    bool has(QByteArrayView name) const;
    // The values of NAME.1, NAME.2, … in numeric order.
    QList<QByteArray> list(QByteArrayView name) const;
    // The distinct N of NAME.N.… in numeric order.
    QList<int> indices(QByteArrayView name) const;
    bool offers(Ec2ApiVersions::Feature feature) const;

    SandboxResponse ok(const QByteArray &inner) const;
    SandboxResponse error(int status, const QByteArray &code, const QByteArray &message) const;
    SandboxResponse missing(const QByteArray &parameter) const;
    SandboxResponse invalid(const QByteArray &message) const; // 400 InvalidParameterValue

    // MaxResults (between minResults and maxResults) and NextToken; nullopt with *error set when bad.
    std::optional<Page> page(int minResults, int maxResults, SandboxResponse *error) const;
    static QByteArray nextToken(const QByteArray &lastId);
};
