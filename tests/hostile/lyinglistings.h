// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Listings that lie about paging, served by a ScriptedHttpServer handler: the rows every consumer
// that pages through a bucket listing is fed (tst_hostilelisting, tst_hostileuilisting).
#include <QList>
#include <QStringList>
#include <QTest>
#include <QUrlQuery>

#include "clouds/adhocprofile.h"
#include "s3/s3client.h"
#include "scriptedhttpserver.h"
#include "transport/httptransport.h"

namespace {

using namespace Qt::StringLiterals;

// One scripted page: keys, common prefixes, IsTruncated and the token (empty: none).
struct Page
{
    QStringList keys;
    QStringList prefixes;
    bool truncated = false;
    QByteArray token;
};

QByteArray pageXml(const Page &p)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult "
                   "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><Prefix></Prefix>"
                   "<KeyCount>"
        + QByteArray::number(p.keys.size()) + "</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>"
        + (p.truncated ? "true" : "false") + "</IsTruncated>";
    if (!p.token.isEmpty())
        x += "<NextContinuationToken>" + p.token + "</NextContinuationToken>";
    for (const QString &k : p.keys)
        x += "<Contents><Key>" + k.toUtf8() + "</Key><Size>1</Size><ETag>\"e\"</ETag></Contents>";
    for (const QString &pre : p.prefixes)
        x += "<CommonPrefixes><Prefix>" + pre.toUtf8() + "</Prefix></CommonPrefixes>";
    return x + "</ListBucketResult>";
}

int listings(const ScriptedHttpServer &server)
{
    int n = 0;
    for (const auto &r : server.requests())
        n += r.target.contains("list-type") ? 1 : 0;
    return n;
}

// The page for a request: the first without a continuation token, then by the token sent
// ("t1" → pages[1], …). Anything else (HEAD or GET of an object) is a 404.
ScriptedHttpServer::Handler pager(const QList<Page> &pages)
{
    return [pages](const ScriptedHttpServer::Request &r) {
        const QUrlQuery q(QString::fromUtf8(r.target.mid(r.target.indexOf('?') + 1)));
        if (r.method != "GET" || !q.hasQueryItem(u"list-type"_s))
            return ScriptedHttpServer::xmlError(404, "NoSuchKey");
        const QString token = q.queryItemValue(u"continuation-token"_s);
        const int index = token.isEmpty() ? 0 : token.mid(1).toInt();
        if (index < 0 || index >= pages.size())
            return ScriptedHttpServer::xmlError(400, "InvalidArgument", "bad token");
        return ScriptedHttpServer::respond(
            200, pageXml(pages.at(index)), {{"Content-Type", "application/xml"}});
    };
}

CloudProfile profileFor(quint16 port, CloudProvider provider = CloudProvider::S3Compatible)
{
    QString error;
    auto p = AdHocProfile::make(provider, u"http://127.0.0.1:%1"_s.arg(port), u"us-east-1"_s, &error);
    if (!p)
        qWarning("%s", qPrintable(error));
    return p.value_or(CloudProfile());
}

const Credentials kKeys("AKIDHOSTILE", "hostile-test-secret");

// A scripted server playing `pages`, and an S3 client for it.
struct PagingRig
{
    ScriptedHttpServer server;
    HttpTransport transport;
    std::unique_ptr<S3Client> client;

    bool start(const QList<Page> &pages)
    {
        if (!server.listen())
            return false;
        server.setHandler(pager(pages));
        client = std::make_unique<S3Client>(&transport, profileFor(server.port()), kKeys);
        return true;
    }
};

// The scenarios: pages, every key and prefix expected once in order, the listing requests the
// consumers may send, and whether the listing ends with an error.
inline void addLyingListingRows()
{
    QTest::addColumn<QList<Page>>("pages");
    QTest::addColumn<QStringList>("expected"); // every key and prefix, once, in order
    QTest::addColumn<int>("requests");         // listing requests the consumers may send
    QTest::addColumn<bool>("fails");           // the listing ends with an error

    QTest::newRow("honest, three pages")
        << QList<Page> {{{u"alpha.txt"_s, u"bravo.txt"_s}, {}, true, "t1"},
               {{u"charlie.txt"_s}, {}, true, "t2"},
               {{u"delta.txt"_s}, {}, false, {}}}
        << QStringList {u"alpha.txt"_s, u"bravo.txt"_s, u"charlie.txt"_s, u"delta.txt"_s} << 3 << false;
    QTest::newRow("IsTruncated with no token")
        << QList<Page> {{{u"alpha.txt"_s, u"bravo.txt"_s}, {}, true, {}}} << QStringList {} << 1 << true;
    QTest::newRow("empty page with IsTruncated and a token")
        << QList<Page> {{{u"alpha.txt"_s}, {}, true, "t1"},
               {{}, {}, true, "t2"},
               {{u"bravo.txt"_s}, {}, false, {}}}
        << QStringList {u"alpha.txt"_s, u"bravo.txt"_s} << 3 << false;
    QTest::newRow("empty page with IsTruncated, no token")
        << QList<Page> {{{u"alpha.txt"_s}, {}, true, "t1"}, {{}, {}, true, {}}}
        << QStringList {u"alpha.txt"_s} << 2 << true;
    QTest::newRow("the same token again")
        << QList<Page> {{{u"alpha.txt"_s, u"bravo.txt"_s}, {}, true, "t1"},
               {{u"charlie.txt"_s}, {}, true, "t1"}}
        << QStringList {u"alpha.txt"_s, u"bravo.txt"_s, u"charlie.txt"_s} << 2 << true;
    QTest::newRow("tokens in a cycle")
        << QList<Page> {{{u"alpha.txt"_s}, {}, true, "t1"},
               {{u"bravo.txt"_s}, {}, true, "t2"},
               {{u"charlie.txt"_s}, {}, true, "t1"}}
        << QStringList {u"alpha.txt"_s, u"bravo.txt"_s, u"charlie.txt"_s} << 3 << true;
    QTest::newRow("the same key on two pages")
        << QList<Page> {{{u"alpha.txt"_s, u"bravo.txt"_s}, {}, true, "t1"},
               {{u"bravo.txt"_s, u"charlie.txt"_s}, {}, false, {}}}
        << QStringList {u"alpha.txt"_s, u"bravo.txt"_s, u"charlie.txt"_s} << 2 << false;
    QTest::newRow("a whole page again")
        << QList<Page> {{{u"alpha.txt"_s, u"bravo.txt"_s}, {}, true, "t1"},
               {{u"alpha.txt"_s, u"bravo.txt"_s}, {}, true, "t2"},
               {{u"charlie.txt"_s}, {}, false, {}}}
        << QStringList {u"alpha.txt"_s, u"bravo.txt"_s, u"charlie.txt"_s} << 3 << false;
    QTest::newRow("the same prefix on two pages")
        << QList<Page> {{{}, {u"p1/"_s, u"p2/"_s}, true, "t1"}, {{}, {u"p2/"_s, u"p3/"_s}, false, {}}}
        << QStringList {u"p1/"_s, u"p2/"_s, u"p3/"_s} << 2 << false;
}

} // namespace

Q_DECLARE_METATYPE(Page)
