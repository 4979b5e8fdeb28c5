// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3faultrows.h"

#include <QTest>

#include "faultcell.h"

using namespace Qt::StringLiterals;

namespace {

// The requests of `op` a fault hits: the one request that matters (`whole` false) or every request
// the operation makes (HEAD, Create, parts, Complete…).
QByteArray scope(int op, bool whole)
{
    switch (op) {
    case GetSingle:
        return whole ? R"("glob":"/fmo/g/single.bin")" : R"("method":"GET","glob":"/fmo/g/single.bin")";
    case GetRanged:
        return whole ? R"("glob":"/fmo/g/ranged.bin")" : R"("method":"GET","glob":"/fmo/g/ranged.bin")";
    case Put:
        return R"("method":"PUT","target":"^/fmo/p/")";
    case UploadPart:
        return whole ? R"("target":"^/fmo/m/")"
                     : R"J("method":"PUT","target":"^/fmo/m/[^?]*\\?(.*&)?partNumber=2(&|$)")J";
    case Complete:
        return whole ? R"("target":"^/fmo/m/")"
                     : R"("method":"POST","target":"^/fmo/m/[^?]*\\?(.*&)?uploadId=")";
    case List:
        return whole ? R"("target":"^/fml/?\\?")"
                     : R"("method":"GET","target":"^/fml/?\\?(.*&)?continuation-token=")";
    default:
        return R"("method":"PUT","target":"^/fmw/?\\?website")";
    }
}

QByteArray rule(int op, const QByteArray &rest, bool whole = false)
{
    return '{' + scope(op, whole) + ',' + rest + '}';
}

QByteArray rules(std::initializer_list<QByteArray> list)
{
    QByteArrayList all(list);
    return '[' + all.join(',') + ']';
}

} // namespace

void addS3FaultRows()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QString>("how");    // a client or a step the fault needs besides the script
    QTest::addColumn<int>("maxMatched"); // rule 0 fired on at most this many requests; 0: unchecked

    // How often one faulted request may be sent in all: the transport's attempts, times the
    // transfer's own per-range or per-part attempts, times the ranges of a ranged GET (5), plus one
    // resend of a GET that Qt makes on its own when a connection closes under it.
    const auto bound = [](int op) {
        switch (op) {
        case GetSingle:
            return 18;
        case GetRanged:
            return 5 * 18;
        case UploadPart:
            return 9;
        default:
            return 3;
        }
    };
    const auto row = [](const char *fault,
                         int op,
                         const QByteArray &script,
                         Expect expect,
                         const QString &how = {},
                         int maxMatched = 0) {
        static const char *names[]
            = {"GET", "GET ranged", "PUT", "UploadPart", "Complete", "List page", "PutBucketWebsite"};
        QTest::addRow("%s %s", fault, names[op]) << op << script << int(expect) << how << maxMatched;
    };
    const int all[] = {GetSingle, GetRanged, Put, UploadPart, Complete, List, Website};
    const int bodies[] = {GetSingle, GetRanged, Complete, List}; // answers with a body worth cutting

    for (const int op : {GetSingle, GetRanged, Put, UploadPart, List, Website}) {
        row("N1 refused", op, "[]", Expect::Fail, u"refused"_s);
        row("N1 unknown host", op, "[]", Expect::Fail, u"unknownHost"_s);
    }
    for (const int op : all)
        row("N2 reset", op, rules({rule(op, R"("times":2,"action":"reset")")}), Expect::Ok);
    for (const int op : {GetSingle, GetRanged}) {
        row("N3 reset at 0%",
            op,
            rules({rule(op, R"("nth":1,"action":"resetAfterBody","bytes":0)")}),
            Expect::Ok);
        row("N3 reset at 50%",
            op,
            rules({rule(op, R"("nth":1,"action":"resetAfterBody","bytes":131072)")}),
            Expect::Ok);
        row("N3 reset at last byte",
            op,
            rules({rule(op, R"("nth":1,"action":"resetAfterBody","bytes":262143)")}),
            Expect::Ok);
    }
    row("N3 reset at 50%",
        List,
        rules({rule(List, R"("nth":1,"action":"resetAfterBody","bytes":300)")}),
        Expect::Ok);
    row("N3 reset after head",
        Put,
        rules({rule(Put, R"("nth":1,"action":"resetAfterBody","bytes":0)")}),
        Expect::Ok);
    row("N3 reset after head",
        UploadPart,
        rules({rule(UploadPart, R"("nth":1,"action":"resetAfterBody","bytes":0)")}),
        Expect::Ok);
    row("N3 reset after head",
        Website,
        rules({rule(Website, R"("nth":1,"action":"resetAfterBody","bytes":0)")}),
        Expect::Ok);
    for (const int op : bodies) {
        row("N4 short body once",
            op,
            rules({rule(op, R"("nth":1,"action":"shortBody","bytes":100)")}),
            Expect::Ok);
        row("N5 chunked cut once",
            op,
            rules({rule(op, R"("nth":1,"action":"chunkedCut","bytes":100)")}),
            Expect::Ok);
    }
    for (const int op : {GetSingle, GetRanged, List}) {
        row("N4 short body always",
            op,
            rules({rule(op, R"("action":"shortBody","bytes":100)")}),
            Expect::Fail,
            {},
            bound(op));
        row("N5 chunked cut always",
            op,
            rules({rule(op, R"("action":"chunkedCut","bytes":100)")}),
            Expect::Fail,
            {},
            bound(op));
    }
    for (const int op : all)
        row("N6 stall once", op, rules({rule(op, R"("nth":1,"action":"stall")")}), Expect::Ok);
    row("N6 stall always",
        GetSingle,
        rules({rule(GetSingle, R"("action":"stall")")}),
        Expect::Fail,
        {},
        bound(GetSingle));
    row("N6 stall always", List, rules({rule(List, R"("action":"stall")")}), Expect::Fail, {}, bound(List));
    row("N7 drip",
        GetSingle,
        rules({rule(GetSingle, R"("action":"drip","bytes":32768,"ms":40)")}),
        Expect::Ok,
        u"drip"_s);
    row("N7 drip",
        GetRanged,
        rules({rule(GetRanged, R"("action":"drip","bytes":32768,"ms":20)")}),
        Expect::Ok,
        u"drip"_s);
    row("N7 drip", List, rules({rule(List, R"("action":"drip","bytes":64,"ms":20)")}), Expect::Ok);
    row("N7 drip, cancel",
        GetSingle,
        rules({rule(GetSingle, R"("action":"drip","bytes":1024,"ms":100)")}),
        Expect::Fail,
        u"dripCancel"_s);
    for (const int op : all) {
        row("N8 503 then 504",
            op,
            rules({rule(op, R"("nth":1,"action":"error","status":503,"code":"ServiceUnavailable")"),
                rule(op, R"("nth":2,"action":"error","status":504,"code":"GatewayTimeout")")}),
            Expect::Ok);
        row("N8 500 once",
            op,
            rules({rule(op, R"("nth":1,"action":"error","status":500,"code":"InternalError")")}),
            Expect::Ok);
        row("N8 502 always",
            op,
            rules({rule(op, R"("action":"error","status":502,"code":"BadGateway")")}),
            Expect::Fail,
            {},
            bound(op));
        row("N9 503 SlowDown",
            op,
            rules({rule(op, R"("nth":1,"action":"error","status":503,"code":"SlowDown")")}),
            Expect::Ok);
        row("N9 429 Retry-After",
            op,
            rules({rule(
                op, R"("nth":1,"action":"error","status":429,"code":"TooManyRequests","retryAfter":5)")}),
            Expect::Ok,
            u"retryAfter"_s);
    }
    // N10: only the faulted part is sent again (rules 1 and 2 count parts 1 and 3 without firing).
    const QByteArray otherParts
        = R"J({"method":"PUT","target":"[?&]partNumber=1(&|$)","nth":99999,"action":"reset"},
        {"method":"PUT","target":"[?&]partNumber=3(&|$)","nth":99999,"action":"reset"})J";
    row("N10 RequestTimeout on one part",
        UploadPart,
        rules({rule(UploadPart, R"("nth":1,"action":"error","status":400,"code":"RequestTimeout")"),
            otherParts}),
        Expect::Ok,
        u"onePart"_s);
    row("N10 InternalError on one part",
        UploadPart,
        rules({rule(UploadPart, R"("nth":1,"action":"error","status":500,"code":"InternalError")"),
            otherParts}),
        Expect::Ok,
        u"onePart"_s);
    for (const int op : all) {
        row("N11 server clock +20 min",
            op,
            rules({rule(op, R"("action":"clockShift","seconds":1200)", true)}),
            Expect::Ok);
        row("N11 server clock -20 min",
            op,
            rules({rule(op, R"("action":"clockShift","seconds":-1200)", true)}),
            Expect::Ok);
    }
    row("N12 200 with Error, always",
        Complete,
        rules({rule(Complete, R"("action":"completeError","code":"InternalError")")}),
        Expect::Fail,
        {},
        bound(Complete));
    row("N12 200 with Error, once",
        Complete,
        rules({rule(Complete, R"("nth":1,"action":"completeError","code":"InternalError")")}),
        Expect::Ok);
    row("N13 lost 200",
        Complete,
        rules({rule(Complete, R"("nth":1,"action":"resetAfterBody","bytes":0)")}),
        Expect::Ok);
    row("N14 bit flip once",
        GetSingle,
        rules({rule(GetSingle, R"("nth":1,"action":"corrupt")")}),
        Expect::Ok);
    row("N14 bit flip always",
        GetSingle,
        rules({rule(GetSingle, R"("action":"corrupt")")}),
        Expect::Fail,
        {},
        3);
    row("N14 bit flip once",
        GetRanged,
        rules({rule(GetRanged, R"("nth":2,"action":"corrupt")")}),
        Expect::Ok);
    row("N14 bit flip always", GetRanged, rules({rule(GetRanged, R"("action":"corrupt")")}), Expect::Fail);
    row("N14 bit flip once",
        List,
        rules({rule(List, R"("nth":1,"action":"corrupt","offset":0)")}),
        Expect::Either);
    for (const int op : {Put, UploadPart})
        row("N15 BadDigest",
            op,
            rules({rule(op, R"("nth":1,"action":"error","status":400,"code":"BadDigest")")}),
            Expect::Ok);
    for (const int op : all) {
        // The region is learnt on a bucket's first request (HEAD, Create, page 1), then remembered.
        row("N16 301 to the bucket's region",
            op,
            rules({rule(op, R"("nth":1,"action":"redirect","status":301,"region":"us-east-1")", true)}),
            Expect::Ok,
            u"wrongRegion"_s);
        // Followed once, re-signed for the new host (the sandbox verifies it there).
        row("N16 307 to another host",
            op,
            rules({rule(op,
                R"("nth":1,"action":"redirect","status":307,"location":"http://localhost:{port}{target}")")}),
            Expect::Ok,
            {},
            op == GetRanged  ? 6
                : op == List ? 3
                             : 2);
    }
    for (const int op : all)
        row("N17 quota exhausted",
            op,
            rules({rule(op, R"("action":"error","status":503,"code":"ServiceUnavailable")")}),
            Expect::Fail,
            u"quota"_s,
            op == GetRanged ? 5 : 1);
    row("N19 cancel mid-multipart",
        UploadPart,
        rules({rule(UploadPart, R"("nth":1,"action":"delay","ms":400)"),
            R"({"method":"DELETE","target":"[?&]uploadId=","nth":1,"action":"error","status":503,"code":"SlowDown"})"}),
        Expect::Fail,
        u"cancel"_s);
    row("N19 cancel during Complete",
        Complete,
        rules({rule(Complete, R"("nth":1,"action":"delay","ms":400)")}),
        Expect::Either,
        u"cancel"_s);
    row("N21 file changes during upload",
        Put,
        rules({rule(Put, R"("nth":1,"action":"delay","ms":300)"),
            rule(Put, R"("nth":1,"action":"error","status":503,"code":"ServiceUnavailable")")}),
        Expect::Ok,
        u"change"_s);
    row("N21 file changes during upload",
        UploadPart,
        rules({rule(UploadPart, R"("nth":1,"action":"delay","ms":300)"),
            rule(UploadPart, R"("nth":1,"action":"error","status":503,"code":"ServiceUnavailable")")}),
        Expect::Ok,
        u"change"_s);
}
