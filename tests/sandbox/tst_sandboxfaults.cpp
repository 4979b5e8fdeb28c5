// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault action of the sandbox, observed through the real client stack (HttpTransport over
// loopback): what the client does about it is the point (TESTING.md §6.1).
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include "ec2fixture.h"
#include "faultrules.h"
#include "sandboxconfig.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "transport/clockskew.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void resetIsRetried();
    void resetMidBodyIsRetried();
    void shortBodyIsDetected();
    void stallTimesOut();
    void delayLongerThanTimeoutThenAnswer();
    void slowDownIsRetried();
    void slowDownEveryTimeFails();
    void completeWithErrorIn200Fails();
    void clockShiftIsCorrected();
    void otherRequestsUntouched();
    void corruptFlipsOneByte();
    void corruptMemoryBodyAndRange();
    void ec2ActionRules();

private:
    void setRules(const QByteArray &json);
    HttpResponse get(const QString &key, int timeoutMs = 60000);
    SandboxFixture m_s;
    QByteArray m_body;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY(m_s.start());
    RetryPolicy fast; // the properties under test do not depend on the waits
    fast.baseDelayMs = 20;
    fast.throttleBaseDelayMs = 20;
    m_s.transport().setRetryPolicy(fast);
    m_body = QByteArray(100000, 'x');
    for (int i = 0; i < m_body.size(); i += 7)
        m_body[i] = char('a' + i % 26);
    HttpRequest create = m_s.request("PUT", u"faults"_s);
    QVERIFY(m_s.send(create).error.isOk());
    HttpRequest put = m_s.request("PUT", u"faults"_s, u"obj.bin"_s);
    put.body = m_body;
    QVERIFY(m_s.send(put).error.isOk());
}

void TestSandboxFaults::init()
{
    m_s.server().setFaultRules({});
    m_s.clientClock.set(QDateTime::currentDateTimeUtc()); // a fixed clock: keep it near the server's
    m_s.transport().clockSkew().reset(u"127.0.0.1:%1"_s.arg(m_s.port()));
}

void TestSandboxFaults::setRules(const QByteArray &json)
{
    QString error;
    FaultRules rules = FaultRules::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_s.server().setFaultRules(std::move(rules));
}

HttpResponse TestSandboxFaults::get(const QString &key, int timeoutMs)
{
    SendOptions options = m_s.options(&m_s.sigV4);
    options.bodyKind = SendOptions::BodyKind::Object;
    options.transferTimeoutMs = timeoutMs;
    return m_s.send(m_s.request("GET", u"faults"_s, key), options);
}

void TestSandboxFaults::resetIsRetried()
{
    // Qt itself sends a GET again once when the connection dies before any answer, so the rule
    // sees the second request even when HttpTransport counts one attempt.
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","nth":1,"action":"reset"}])");
    const HttpResponse r = get(u"obj.bin"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.body, m_body);
    QCOMPARE(m_s.server().faultRules().matchedCount(0), 2);
    // Reset twice: Qt's own resend fails as well, and HttpTransport retries.
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","times":2,"action":"reset"}])");
    const HttpResponse twice = get(u"obj.bin"_s);
    QVERIFY2(twice.error.isOk(), qPrintable(twice.error.toString()));
    QVERIFY(twice.attempts >= 2);
    QCOMPARE(twice.body, m_body);
    QCOMPARE(m_s.server().faultRules().matchedCount(0), 3);
}

void TestSandboxFaults::resetMidBodyIsRetried()
{
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","nth":1,"action":"resetAfterBody","bytes":5000}])");
    const HttpResponse r = get(u"obj.bin"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(r.body, m_body);
}

void TestSandboxFaults::shortBodyIsDetected()
{
    // Every answer is short and ends with a clean close: QNAM may report no error, the length does.
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","action":"shortBody","bytes":1000}])");
    const HttpResponse r = get(u"obj.bin"_s);
    QVERIFY(!r.error.isOk());
    QCOMPARE(r.error.kind(), ApiError::Kind::Network);
    QVERIFY2(r.error.toString().contains(u"cut short"_s), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, m_s.transport().retryPolicy().maxAttempts);
    // Once only: the retry gets the whole body.
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","nth":1,"action":"shortBody"}])");
    const HttpResponse again = get(u"obj.bin"_s);
    QVERIFY2(again.error.isOk(), qPrintable(again.error.toString()));
    QCOMPARE(again.body, m_body);
}

void TestSandboxFaults::stallTimesOut()
{
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","action":"stall"}])");
    const HttpResponse r = get(u"obj.bin"_s, 300);
    QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(r.status, 0);
    QVERIFY(r.attempts >= 1);
}

void TestSandboxFaults::delayLongerThanTimeoutThenAnswer()
{
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","nth":1,"action":"delay","ms":3000}])");
    const HttpResponse r = get(u"obj.bin"_s, 300);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 2); // the first attempt's timeout fired
    QCOMPARE(r.body, m_body);
}

void TestSandboxFaults::slowDownIsRetried()
{
    setRules(
        R"([{"method":"GET","glob":"/faults/obj.bin","nth":1,"action":"error","status":503,"code":"SlowDown"}])");
    const HttpResponse r = get(u"obj.bin"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(r.body, m_body);
}

void TestSandboxFaults::slowDownEveryTimeFails()
{
    setRules(R"([{"method":"PUT","action":"error","status":503,"code":"SlowDown"}])");
    HttpRequest put = m_s.request("PUT", u"faults"_s, u"never.bin"_s);
    put.body = "never stored";
    const HttpResponse r = m_s.send(put);
    QCOMPARE(r.error.kind(), ApiError::Kind::Service);
    QCOMPARE(r.error.serviceCode(), u"SlowDown"_s);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.attempts, m_s.transport().retryPolicy().maxAttempts);
    m_s.server().setFaultRules({});
    QCOMPARE(m_s.send(m_s.request("HEAD", u"faults"_s, u"never.bin"_s)).status, 404);
}

void TestSandboxFaults::completeWithErrorIn200Fails()
{
    setRules(
        R"([{"method":"POST","target":"[?&]uploadId=","action":"completeError","code":"InternalError"}])");
    HttpRequest create = m_s.request("POST", u"faults"_s, u"multi.bin"_s);
    create.addBareQuery("uploads");
    const HttpResponse created = m_s.send(create);
    QVERIFY2(created.error.isOk(), qPrintable(created.error.toString()));
    const QByteArray uploadId = QRegularExpression(u"<UploadId>([^<]+)</UploadId>"_s)
                                    .match(QString::fromUtf8(created.body))
                                    .captured(1)
                                    .toUtf8();
    QVERIFY(!uploadId.isEmpty());
    HttpRequest part = m_s.request("PUT", u"faults"_s, u"multi.bin"_s);
    part.addQuery("partNumber", "1");
    part.addQuery("uploadId", uploadId);
    part.body = "the only part";
    const HttpResponse uploaded = m_s.send(part);
    QVERIFY2(uploaded.error.isOk(), qPrintable(uploaded.error.toString()));
    HttpRequest complete = m_s.request("POST", u"faults"_s, u"multi.bin"_s);
    complete.addQuery("uploadId", uploadId);
    complete.body = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"
        + uploaded.header("ETag") + "</ETag></Part></CompleteMultipartUpload>";
    const HttpResponse r = m_s.send(complete);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.error.isOk()); // never "done"
    QCOMPARE(r.error.serviceCode(), u"InternalError"_s);
    m_s.server().setFaultRules({});
    QCOMPARE(m_s.send(m_s.request("HEAD", u"faults"_s, u"multi.bin"_s)).status, 404);
}

void TestSandboxFaults::clockShiftIsCorrected()
{
    setRules(R"([{"glob":"/faults/*","action":"clockShift","seconds":1200}])");
    // Without correction (raw, signed at the client's time) the server refuses: the shift is real.
    const HttpResponse raw = m_s.sendRaw(m_s.request("GET", u"faults"_s, u"obj.bin"_s), &m_s.sigV4);
    QCOMPARE(raw.status, 403);
    QVERIFY(raw.body.contains("<Code>RequestTimeTooSkewed</Code>"));
    const QString endpoint = u"127.0.0.1:%1"_s.arg(m_s.port());
    m_s.transport().clockSkew().reset(endpoint);
    // HttpTransport reads the server's time, re-signs once, and succeeds.
    const HttpResponse r = get(u"obj.bin"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.body, m_body);
    const qint64 offset = m_s.transport().clockSkew().offsetMs(endpoint);
    QVERIFY2(offset > 1190 * 1000 && offset < 1210 * 1000, qPrintable(QString::number(offset)));
    const std::optional<QDateTime> serverDate = ClockSkew::parseServerTime(r.header("Date"));
    QVERIFY(serverDate);
    QVERIFY(m_s.clientClock.nowUtc().secsTo(*serverDate) > 1150);
}

void TestSandboxFaults::otherRequestsUntouched()
{
    setRules(R"([{"method":"GET","glob":"/faults/other*","action":"reset"},
                 {"method":"DELETE","action":"stall"}])");
    const HttpResponse r = get(u"obj.bin"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 1);
    QVERIFY(m_s.server().faultRules().rules().size() == 2);
}

void TestSandboxFaults::corruptFlipsOneByte()
{
    // An object body streamed from its file: byte 70000 arrives inverted, the head is the real one.
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","nth":1,"action":"corrupt","offset":70000}])");
    const HttpResponse r = m_s.sendRaw(m_s.request("GET", u"faults"_s, u"obj.bin"_s), &m_s.sigV4);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length").toLongLong(), m_body.size());
    QCOMPARE(r.body.size(), m_body.size());
    QCOMPARE(r.body.at(70000), char(~m_body.at(70000)));
    QVERIFY(r.body.left(70000) == m_body.left(70000));
    QVERIFY(r.body.mid(70001) == m_body.mid(70001));
    const QByteArray md5 = QCryptographicHash::hash(m_body, QCryptographicHash::Md5).toHex();
    QCOMPARE(r.header("ETag"), '"' + md5 + '"'); // the ETag still names the stored bytes
    QVERIFY(QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toHex() != md5);
    // nth 1: the next download is whole; an offset past the end inverts the last byte.
    QCOMPARE(get(u"obj.bin"_s).body, m_body);
    setRules(R"([{"method":"GET","glob":"/faults/obj.bin","action":"corrupt","offset":999999999}])");
    const HttpResponse last = get(u"obj.bin"_s);
    QVERIFY2(last.error.isOk(), qPrintable(last.error.toString())); // plain GET: nothing verifies it
    QCOMPARE(last.body.size(), m_body.size());
    QCOMPARE(last.body.back(), char(~m_body.back()));
    QVERIFY(last.body.chopped(1) == m_body.chopped(1));
}

void TestSandboxFaults::corruptMemoryBodyAndRange()
{
    // A ranged GET: the middle byte of the 1,000 bytes sent is the one inverted.
    setRules(R"([{"method":"GET","glob":"/faults/*","action":"corrupt"}])");
    HttpRequest ranged = m_s.request("GET", u"faults"_s, u"obj.bin"_s);
    ranged.setHeader("Range", "bytes=1000-1999");
    HttpResponse r = m_s.sendRaw(ranged, &m_s.sigV4);
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body.size(), 1000);
    QByteArray expected = m_body.mid(1000, 1000);
    expected[500] = char(~expected.at(500));
    QCOMPARE(r.body, expected);
    // An answer built in memory (a listing): its first byte, '<', arrives inverted.
    setRules(R"([{"method":"GET","target":"^/faults\?","action":"corrupt","offset":0}])");
    HttpRequest list = m_s.request("GET", u"faults"_s);
    list.addQuery("list-type", "2");
    r = m_s.sendRaw(list, &m_s.sigV4);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.at(0), char(~'<'));
    QVERIFY(r.body.mid(1).startsWith("?xml"));
    // HEAD has no body: unchanged.
    setRules(R"([{"action":"corrupt"}])");
    r = m_s.sendRaw(m_s.request("HEAD", u"faults"_s, u"obj.bin"_s), &m_s.sigV4);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
}

void TestSandboxFaults::ec2ActionRules()
{
    Ec2Fixture::Options options;
    options.demo = false; // the demo's 10,000 photos take seconds to seed, and no rule needs them
    Ec2Fixture ec2(options);
    QVERIFY(ec2.start());
    QString error;
    ec2.server().setFaultRules(FaultRules::fromJson(
        R"([{"ec2Action":"DescribeInstanceStatus","nth":1,"action":"error","status":503,"code":"RequestLimitExceeded"},
            {"ec2Action":"DescribeRegions","method":"GET","action":"error","status":500,"code":"InternalError"}])",
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray key = SandboxConfig::kDefaultAccessKey;
    const QByteArray secret = SandboxConfig::kDefaultSecretKey;
    // POST form: the Action is in the body, and the rule finds it there.
    HttpResponse r = ec2.callRaw("DescribeInstances", {}, &ec2.sigV4, key, secret);
    QCOMPARE(r.status, 200);
    r = ec2.callRaw("DescribeInstanceStatus", {}, &ec2.sigV4, key, secret);
    QCOMPARE(r.status, 503);
    QVERIFY2(
        r.body.contains("<Response><Errors><Error><Code>RequestLimitExceeded</Code>"), r.body.constData());
    QCOMPARE(ec2.server().faultRules().matchedCount(0), 1);
    // Through the client stack: throttled once, then retried (nth 1 is spent, so this one passes).
    ec2.server().setFaultRules(FaultRules::fromJson(
        R"([{"ec2Action":"DescribeInstanceStatus","nth":1,"action":"error","status":503,"code":"RequestLimitExceeded"}])",
        &error));
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.throttleBaseDelayMs = 20;
    ec2.transport().setRetryPolicy(fast);
    r = ec2.call("DescribeInstanceStatus", {{"IncludeAllInstances", "true", true}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 2);
    QVERIFY2(r.body.contains("<DescribeInstanceStatusResponse"), r.body.constData());
    // GET with the Action in the query; the same action as a POST form is not a GET.
    ec2.server().setFaultRules(FaultRules::fromJson(
        R"([{"ec2Action":"DescribeRegions","method":"GET","action":"error","status":500,"code":"InternalError"}])",
        &error));
    r = ec2.call("DescribeRegions");
    QCOMPARE(r.status, 200);
    r = ec2.call("DescribeRegions", {}, nullptr, u"us-east-1"_s, u"2016-11-15"_s, false);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.error.serviceCode(), u"InternalError"_s);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
