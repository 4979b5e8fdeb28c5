// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix (TESTING.md §6.1) for DescribeInstances and DescribeInstanceStatus: each fault
// that means something for an EC2 Query call, injected by the in-process sandbox's fault rules (by
// Action, POST form) over real loopback sockets, through the HttpTransport every EC2 job sends with.
// Each cell ends with the whole answer (every demo instance in it) or a clear error, within bounded
// attempts. The answers are checked as text: this binary links the sandbox, whose EC2 types share
// their names with core's parsers (see tests/ec2/sandboxprocess.h). Cells: tests/faults/MATRIX.md.
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include "ec2fixture.h"
#include "faultcell.h"
#include "faultrules.h"
#include "sandboxserver.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

enum Op
{
    DescribeInstances,
    DescribeInstanceStatus,
};

const char *actionName(int op)
{
    return op == DescribeInstances ? "DescribeInstances" : "DescribeInstanceStatus";
}

// Every instance id in an answer, in order (a well-formed document only).
QStringList instanceIds(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QStringList ids;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"instanceId")
            ids.append(xml.readElementText());
    }
    return xml.hasError() ? QStringList {u"<not XML: %1>"_s.arg(xml.errorString())} : ids;
}

} // namespace

class TestFaultMatrixEc2 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void matrix_data();
    void matrix();

private:
    HttpResponse call(int op);
    QString endpoint() const { return u"127.0.0.1:%1"_s.arg(m_ec2->port()); }

    std::unique_ptr<Ec2Fixture> m_ec2;
    QStringList m_expected[2]; // the instance ids of each answer, without faults
};

void TestFaultMatrixEc2::initTestCase()
{
    Ec2Fixture::Options options;
    options.demo = true; // the EC2 instances and events; not the 10,000 demo photos
    m_ec2 = std::make_unique<Ec2Fixture>(options);
    QVERIFY(m_ec2->start());
    RetryPolicy fast; // the properties under test do not depend on the length of the waits
    fast.baseDelayMs = 10;
    fast.throttleBaseDelayMs = 20;
    fast.maxDelayMs = 200;
    fast.maxRetryAfterMs = 300;
    m_ec2->transport().setRetryPolicy(fast);
    m_ec2->transport().setTransferTimeoutMs(400);
    for (const int op : {DescribeInstances, DescribeInstanceStatus}) {
        const HttpResponse r = call(op);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        m_expected[op] = instanceIds(r.body);
        QVERIFY2(m_expected[op].size() >= 3, qPrintable(m_expected[op].join(u' ')));
        QVERIFY(!m_expected[op].first().startsWith(u'<'));
    }
}

void TestFaultMatrixEc2::init()
{
    m_ec2->server().setFaultRules({});
    m_ec2->transport().clockSkew().reset(endpoint());
    m_ec2->transport().retryQuota().release(endpoint(), RetryQuota::kCapacity); // full again
}

HttpResponse TestFaultMatrixEc2::call(int op)
{
    if (op == DescribeInstances)
        return m_ec2->call("DescribeInstances", {{"MaxResults", "1000", true}});
    return m_ec2->call(
        "DescribeInstanceStatus", {{"IncludeAllInstances", "true", true}, {"MaxResults", "1000", true}});
}

void TestFaultMatrixEc2::matrix_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("maxMatched"); // rule 0 matched at most this many requests; 0: unchecked

    for (const int op : {DescribeInstances, DescribeInstanceStatus}) {
        const auto row = [op](const char *fault,
                             const char *rest,
                             Expect expect,
                             const QString &how = {},
                             int maxMatched = 0) {
            const QByteArray script = "[{\"ec2Action\":\"" + QByteArray(actionName(op)) + "\"," + rest + "}]";
            QTest::addRow("%s %s", fault, actionName(op)) << op << script << int(expect) << how << maxMatched;
        };
        row("N2 reset", R"("times":2,"action":"reset")", Expect::Ok);
        row("N3 reset after the head", R"("nth":1,"action":"resetAfterBody","bytes":0)", Expect::Ok);
        row("N3 reset at 50%", R"("nth":1,"action":"resetAfterBody","bytes":400)", Expect::Ok);
        row("N4 short body once", R"("nth":1,"action":"shortBody","bytes":100)", Expect::Ok);
        row("N4 short body always", R"("action":"shortBody","bytes":100)", Expect::Fail, {}, 3);
        row("N5 chunked cut once", R"("nth":1,"action":"chunkedCut","bytes":100)", Expect::Ok);
        row("N5 chunked cut always", R"("action":"chunkedCut","bytes":100)", Expect::Fail, {}, 3);
        row("N6 stall once", R"("nth":1,"action":"stall")", Expect::Ok);
        row("N6 stall always", R"("action":"stall")", Expect::Fail, u"timeout"_s, 3);
        row("N7 drip", R"("action":"drip","bytes":512,"ms":20)", Expect::Ok);
        row("N8 503 twice", R"("times":2,"action":"error","status":503,"code":"Unavailable")", Expect::Ok);
        row("N8 504 once", R"("nth":1,"action":"error","status":504,"code":"GatewayTimeout")", Expect::Ok);
        row("N8 502 always", R"("action":"error","status":502,"code":"BadGateway")", Expect::Fail, {}, 3);
        row("N9 RequestLimitExceeded",
            R"("nth":1,"action":"error","status":503,"code":"RequestLimitExceeded")",
            Expect::Ok);
        row("N9 429 Retry-After",
            R"("nth":1,"action":"error","status":429,"code":"Throttling","retryAfter":5)",
            Expect::Ok,
            u"retryAfter"_s);
        row("N11 server clock +20 min", R"("action":"clockShift","seconds":1200)", Expect::Ok, u"skew"_s);
        row("N11 server clock -20 min", R"("action":"clockShift","seconds":-1200)", Expect::Ok, u"skew"_s);
        row("N17 quota exhausted",
            R"("action":"error","status":503,"code":"Unavailable")",
            Expect::Fail,
            u"quota"_s,
            1);
    }
}

void TestFaultMatrixEc2::matrix()
{
    QFETCH(int, op);
    QFETCH(QByteArray, script);
    QFETCH(int, expect);
    QFETCH(QString, how);
    QFETCH(int, maxMatched);
    QString error;
    m_ec2->server().setFaultRules(FaultRules::fromJson(script, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (how == u"quota") {
        while (m_ec2->transport().retryQuota().acquire(endpoint(), false)) {}
    }
    QElapsedTimer clock;
    clock.start();
    const HttpResponse r = call(op);
    const qint64 elapsed = clock.elapsed();
    const int matched = m_ec2->server().faultRules().matchedCount(0);
    m_ec2->server().setFaultRules({});
    qInfo("%s after %lld ms, %d attempts%s%s",
        r.error.isOk() ? "succeeded" : "failed",
        elapsed,
        r.attempts,
        r.error.isOk() ? "" : ": ",
        r.error.isOk() ? "" : qPrintable(r.error.toString()));
    QVERIFY2(matched > 0, "the fault never fired");
    if (maxMatched > 0)
        QVERIFY2(matched <= maxMatched, qPrintable(u"the call was sent %1 times"_s.arg(matched)));
    if (Expect(expect) == Expect::Ok) {
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        QCOMPARE(instanceIds(r.body), m_expected[op]); // the whole answer, nothing doubled or cut
    } else {
        QVERIFY(!r.error.isOk());
        // A clear error: the service, the status or reason, and the action it answered.
        const QString text = r.error.toString();
        QVERIFY2(text.contains(u"POST /"_s) && text.size() > 30, qPrintable(text));
    }
    if (how == u"timeout")
        QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
    if (how == u"retryAfter")
        QVERIFY2(elapsed >= 250 && elapsed < 4000, "Retry-After: 5 s, capped at 0.3 s");
    if (how == u"skew") {
        const qint64 offset = m_ec2->transport().clockSkew().offsetMs(endpoint());
        QVERIFY2(qAbs(qAbs(offset) - 1200 * 1000) < 5000, qPrintable(QString::number(offset)));
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrixEc2)
#include "tst_faultmatrix_ec2.moc"
