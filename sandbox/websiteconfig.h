// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>

struct WebsiteRoutingRule
{
    // Condition
    std::optional<QByteArray> keyPrefixEquals;
    int httpErrorCodeReturnedEquals = 0; // 0: none
    // Redirect
    QByteArray protocol; // empty: the request's
    QByteArray hostName; // empty: the request's Host
    std::optional<QByteArray> replaceKeyPrefixWith;
    std::optional<QByteArray> replaceKeyWith;
    int httpRedirectCode = 301;
};

// The parts of a stored WebsiteConfiguration the website endpoint acts on. The document itself is
// kept byte-for-byte by the store; this is only its reading. Pure: no I/O, DTDs refused.
struct WebsiteConfig
{
    QByteArray indexSuffix;
    QByteArray errorKey;
    QByteArray redirectAllHostName; // non-empty: RedirectAllRequestsTo
    QByteArray redirectAllProtocol;
    QList<WebsiteRoutingRule> rules;

    struct Problem
    {
        QByteArray code; // MalformedXML or InvalidArgument, as S3 answers PUT ?website
        QByteArray message;
    };
    static constexpr int kMaxRules = 50;

    // nullopt with `problem` filled when S3 would refuse the document.
    static std::optional<WebsiteConfig> parse(const QByteArray &xml, Problem *problem);
};
