// SPDX-License-Identifier: GPL-3.0-or-later
// How the sandbox's EC2 endpoint lets requests in: Query SigV2 (HmacSHA256 and HmacSHA1, the host
// signed with and without its port, POST and GET, Eucalyptus service paths) and SigV4 with the
// generic rules, in the header or presigned in the query (botocore's SigV4QueryAuth and ours); what
// it refuses, in EC2's error shape (wrong secret, unknown key, clock skew,
// unknown action, missing parameter, bad ids); the API version limit (--ec2-api-max); and a
// restart that keeps instances and events.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include "auth/sigv4signer.h"
#include "ec2fixture.h"
#include "sandboxconfig.h"
#include "sandboxfixture.h"
#include "sandboxxml.h"
#include "transport/apierror.h"
#include "transport/clockskew.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

QList<QueryItem> params(std::initializer_list<std::pair<const char *, QByteArray>> items)
{
    QList<QueryItem> out;
    for (const auto &[name, value] : items)
        out.append({name, value, true});
    return out;
}

// A GET of `pathAndQuery` (as it goes on the wire) over a plain socket: the first answer, no retry.
HttpResponse rawGet(quint16 port, const QByteArray &pathAndQuery)
{
    return SandboxFixture::parseRaw(SandboxFixture::exchangeRaw(port,
        "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nConnection: close\r\n\r\n"));
}

// botocore's SigV4QueryAuth (tests/peers/botocore_sign.py) presigns an EC2 call the way botocore does
// for cross-region CopySnapshot: a GET, the form parameters moved into the query. Returns the
// path and query of the URL it made, or empty.
QByteArray botocorePresign(quint16 port,
    const QDateTime &time,
    const QByteArray &action,
    const QByteArray &secret,
    int expiresSeconds)
{
    const QJsonObject in {{u"id"_s, 1},
        {u"signer"_s, u"SigV4QueryAuth"_s},
        {u"method"_s, u"GET"_s},
        {u"scheme"_s, u"http"_s},
        {u"host"_s, u"127.0.0.1"_s},
        {u"port"_s, int(port)},
        {u"path"_s, u"/"_s},
        {u"form"_s,
            QJsonArray {QJsonArray {u"Action"_s, QString::fromLatin1(action)},
                QJsonArray {u"Version"_s, u"2016-11-15"_s}}},
        {u"access_key"_s, QString::fromLatin1(SandboxConfig::kDefaultAccessKey)},
        {u"secret_key"_s, QString::fromLatin1(secret)},
        {u"region"_s, u"us-east-1"_s},
        {u"service"_s, u"ec2"_s},
        {u"time"_s, time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s)},
        {u"expires"_s, expiresSeconds}};
    const QString script = qEnvironmentVariable("SKYLIGHT_SOURCE_DIR") + u"/tests/peers/botocore_sign.py"_s;
    const QString input
        = QDir::temp().filePath(u"skylight-presign-%1.jsonl"_s.arg(QCoreApplication::applicationPid()));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(in).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    const SandboxFixture::ToolRun run = SandboxFixture::runTool(u"/bin/sh"_s,
        {u"-c"_s, u"exec /usr/bin/python3 \"$0\" < \"$1\""_s, script, input},
        QProcessEnvironment::systemEnvironment(),
        60000);
    QFile::remove(input);
    if (run.exitCode != 0) {
        qWarning("botocore_sign.py: %s", run.err.constData());
        return {};
    }
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    if (!out.value(u"error"_s).isNull())
        qWarning("botocore_sign.py: %s", qPrintable(out.value(u"error"_s).toString()));
    const QUrl url(out.value(u"url"_s).toString());
    return url.path(QUrl::FullyEncoded).toUtf8() + '?' + url.query(QUrl::FullyEncoded).toUtf8();
}

// EC2's error document: <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/>.
void verifyErrorShape(const QByteArray &body, const QByteArray &code)
{
    QVERIFY2(body.contains("<Response><Errors><Error><Code>" + code + "</Code><Message>"), body.constData());
    QVERIFY(!element(body, "Message").isEmpty());
    QVERIFY(!element(body, "RequestID").isEmpty());
}

} // namespace

class TestSandboxEc2Auth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signersAccepted_data();
    void signersAccepted();
    void sigV4RegionPicksTheRegion();
    void refusedInEc2Shape_data();
    void refusedInEc2Shape();
    void clockSkewIsRefusedThenCorrected();
    void presignedSigV4();
    void requestErrors();
    void apiMaxPlaysAnOlderCloud();
    void restartKeepsInstancesAndEvents();
};

void TestSandboxEc2Auth::signersAccepted_data()
{
    QTest::addColumn<int>("signer");
    QTest::addColumn<bool>("post");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("SigV2 SHA256 host:port POST") << 0 << true << QByteArray("/");
    QTest::newRow("SigV2 SHA256 bare host POST") << 1 << true << QByteArray("/");
    QTest::newRow("SigV2 SHA1 host:port POST") << 2 << true << QByteArray("/");
    QTest::newRow("SigV2 SHA1 bare host GET") << 3 << false << QByteArray("/");
    QTest::newRow("SigV2 SHA256 GET") << 0 << false << QByteArray("/");
    QTest::newRow("SigV4 POST") << 4 << true << QByteArray("/");
    QTest::newRow("SigV4 GET") << 4 << false << QByteArray("/");
    QTest::newRow("Eucalyptus 3 path, SigV2") << 1 << true << QByteArray("/services/Eucalyptus/");
    QTest::newRow("Eucalyptus 4 path, SigV4") << 4 << true << QByteArray("/services/compute/");
    QTest::newRow("Eucalyptus 4 path, SigV2 SHA1 GET") << 2 << false << QByteArray("/services/compute");
}

void TestSandboxEc2Auth::signersAccepted()
{
    QFETCH(int, signer);
    QFETCH(bool, post);
    QFETCH(QByteArray, path);
    Ec2Fixture s;
    QVERIFY(s.start());
    const Signer *signers[]
        = {&s.sigV2Sha256, &s.sigV2Sha256NoPort, &s.sigV2Sha1, &s.sigV2Sha1NoPort, &s.sigV4};
    const HttpResponse r = s.call("DescribeInstances",
        params({{"Filter.1.Name", "tag:Name"},
            {"Filter.1.Value.1", "web 1 or web-1"},
            {"Filter.1.Value.2", "web-1"}}),
        signers[signer],
        u"us-east-1"_s,
        u"2016-11-15"_s,
        post,
        path);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString() + QString::fromUtf8(r.body)));
    QCOMPARE(r.status, 200);
    QCOMPARE(elements(r.body, "instanceId"), QList<QByteArray>({"i-0de30000000000001"}));
}

void TestSandboxEc2Auth::sigV4RegionPicksTheRegion()
{
    Ec2Fixture s;
    QVERIFY(s.start());
    HttpResponse r = s.call("DescribeInstances", {}, &s.sigV4, u"eu-west-1"_s);
    QCOMPARE(elements(r.body, "instanceId").size(), 6);
    QVERIFY(element(r.body, "availabilityZone").startsWith("eu-west-1"));
    r = s.call("DescribeInstances", {}, &s.sigV2Sha256, u"eu-west-1"_s); // SigV2: the first region
    QCOMPARE(elements(r.body, "instanceId").size(), 9);
    QVERIFY(element(r.body, "availabilityZone").startsWith("us-east-1"));
    r = s.call("DescribeInstances", {}, &s.sigV4, u"ap-south-1"_s);
    QCOMPARE(r.error.serviceCode(), u"AuthFailure"_s);
}

void TestSandboxEc2Auth::refusedInEc2Shape_data()
{
    QTest::addColumn<bool>("v4");
    QTest::addColumn<QByteArray>("accessKey");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    const QByteArray key = SandboxConfig::kDefaultAccessKey;
    QTest::newRow("SigV2 wrong secret")
        << false << key << QByteArray("wrong") << 403 << QByteArray("SignatureDoesNotMatch");
    QTest::newRow("SigV4 wrong secret")
        << true << key << QByteArray("wrong") << 403 << QByteArray("SignatureDoesNotMatch");
    QTest::newRow("SigV2 unknown key")
        << false << QByteArray("NOSUCHKEY") << QByteArray(SandboxConfig::kDefaultSecretKey) << 401
        << QByteArray("AuthFailure");
    QTest::newRow("SigV4 unknown key")
        << true << QByteArray("NOSUCHKEY") << QByteArray(SandboxConfig::kDefaultSecretKey) << 401
        << QByteArray("AuthFailure");
}

void TestSandboxEc2Auth::refusedInEc2Shape()
{
    QFETCH(bool, v4);
    QFETCH(QByteArray, accessKey);
    QFETCH(QByteArray, secret);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    Ec2Fixture s;
    QVERIFY(s.start());
    const Signer *signer = v4 ? static_cast<const Signer *>(&s.sigV4) : &s.sigV2Sha256;
    const HttpResponse r = s.callRaw("DescribeRegions", {}, signer, accessKey, secret);
    QCOMPARE(r.status, status);
    verifyErrorShape(r.body, code);
    // The right key passes the same raw path.
    const HttpResponse ok = s.callRaw(
        "DescribeRegions", {}, signer, SandboxConfig::kDefaultAccessKey, SandboxConfig::kDefaultSecretKey);
    QCOMPARE(ok.status, 200);
}

void TestSandboxEc2Auth::clockSkewIsRefusedThenCorrected()
{
    Ec2Fixture s;
    QVERIFY(s.start());
    s.clientClock.advance(-20 * 60);
    for (const Signer *signer :
        {static_cast<const Signer *>(&s.sigV4), static_cast<const Signer *>(&s.sigV2Sha1)}) {
        const HttpResponse raw = s.callRaw("DescribeRegions",
            {},
            signer,
            SandboxConfig::kDefaultAccessKey,
            SandboxConfig::kDefaultSecretKey);
        QCOMPARE(raw.status, 400);
        verifyErrorShape(raw.body, "RequestExpired");
    }
    // The transport reads the server's Date, adopts the offset and re-signs once.
    const HttpResponse r = s.call("DescribeRegions");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QString endpoint = u"127.0.0.1:%1"_s.arg(s.port());
    QVERIFY(qAbs(s.transport().clockSkew().offsetMs(endpoint) - 20 * 60 * 1000) < 5000);
}

void TestSandboxEc2Auth::presignedSigV4()
{
    QVERIFY2(QFile::exists(u"/usr/bin/python3"_s), "python3-botocore is missing (scripts/setup.sh)");
    Ec2Fixture::Options options;
    options.demo = false;
    Ec2Fixture s(options);
    QVERIFY(s.start());
    const QDateTime now = s.serverClock.nowUtc();
    const QByteArray secret = SandboxConfig::kDefaultSecretKey;

    // botocore's presigned GET passes.
    const QByteArray good = botocorePresign(s.port(), now, "DescribeRegions", secret, 300);
    QVERIFY2(good.contains("X-Amz-Algorithm=AWS4-HMAC-SHA256"), good.constData());
    QVERIFY(good.contains("Action=DescribeRegions"));
    HttpResponse r = rawGet(s.port(), good);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("<DescribeRegionsResponse"), r.body.constData());

    // Tampered (another action), and signed with a wrong secret: refused.
    QByteArray tampered = good;
    tampered.replace("Action=DescribeRegions", "Action=DescribeInstances");
    r = rawGet(s.port(), tampered);
    QCOMPARE(r.status, 403);
    verifyErrorShape(r.body, "SignatureDoesNotMatch");
    r = rawGet(s.port(), botocorePresign(s.port(), now, "DescribeRegions", "wrong", 300));
    QCOMPARE(r.status, 403);
    verifyErrorShape(r.body, "SignatureDoesNotMatch");

    // Expired: valid for 60 s, used 2 minutes later.
    const QByteArray shortLived = botocorePresign(s.port(), now, "DescribeRegions", secret, 60);
    QCOMPARE(rawGet(s.port(), shortLived).status, 200);
    s.serverClock.advance(120);
    r = rawGet(s.port(), shortLived);
    QCOMPARE(r.status, 400);
    verifyErrorShape(r.body, "RequestExpired");

    // Skylight's own SigV4Signer in query mode (generic rules) is accepted the same way.
    SigV4Signer::Options queryRules;
    queryRules.mode = SigV4Signer::Mode::Query;
    queryRules.rules = SigV4Signer::Rules::Generic;
    HttpRequest request;
    request.method = "GET";
    request.scheme = "http";
    request.host = "127.0.0.1";
    request.port = s.port();
    request.path = "/";
    request.addQuery("Action", "DescribeAvailabilityZones");
    request.addQuery("Version", "2016-11-15");
    SigningParams signing;
    signing.time = s.serverClock.nowUtc();
    signing.region = u"us-east-1"_s;
    signing.service = u"ec2"_s;
    signing.expiresSeconds = 600;
    QVERIFY(SigV4Signer(queryRules)
                .sign(request, Credentials(SandboxConfig::kDefaultAccessKey, secret), signing)
                .isEmpty());
    QVERIFY(request.pathAndQuery().contains("&X-Amz-Signature="));
    r = rawGet(s.port(), request.pathAndQuery());
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("<DescribeAvailabilityZonesResponse"), r.body.constData());
}

void TestSandboxEc2Auth::requestErrors()
{
    Ec2Fixture s;
    QVERIFY(s.start());
    HttpResponse r = s.call("DescribeNothing");
    QCOMPARE(r.error.serviceCode(), u"InvalidAction"_s);
    verifyErrorShape(r.body, "InvalidAction");
    r = s.call("RunInstances", params({{"MinCount", "1"}, {"MaxCount", "1"}}));
    QCOMPARE(r.error.serviceCode(), u"MissingParameter"_s);
    QVERIFY(r.error.message().contains(u"ImageId"_s));
    r = s.call("DescribeInstances", params({{"InstanceId.1", "i-nothex"}}));
    QCOMPARE(r.error.serviceCode(), u"InvalidInstanceID.Malformed"_s);
    r = s.call("StopInstances", params({{"InstanceId.1", "i-0de3000000000ffff"}}));
    QCOMPARE(r.error.serviceCode(), u"InvalidInstanceID.NotFound"_s);
    r = s.call("DescribeInstances", params({{"Filter.1.Name", "no-such-filter"}, {"Filter.1.Value.1", "x"}}));
    QCOMPARE(r.error.serviceCode(), u"InvalidParameterValue"_s);
    r = s.call("RunInstances",
        params({{"ImageId", "ami-12345678"},
            {"MinCount", "1"},
            {"MaxCount", "1"},
            {"Placement.AvailabilityZone", "mars-1a"}}));
    QCOMPARE(r.error.serviceCode(), u"InvalidParameterValue"_s);
    r = s.call("DescribeRegions", {}, nullptr, u"us-east-1"_s, u"yesterday"_s);
    QCOMPARE(r.error.serviceCode(), u"NoSuchVersion"_s);
}

void TestSandboxEc2Auth::apiMaxPlaysAnOlderCloud()
{
    Ec2Fixture::Options options;
    options.ec2ApiMax = u"2011-07-15"_s;
    Ec2Fixture s(options);
    QVERIFY(s.start());
    HttpResponse r = s.call("DescribeInstanceStatus", {}, &s.sigV2Sha256, u"us-east-1"_s, u"2011-07-15"_s);
    QCOMPARE(r.error.serviceCode(), u"InvalidAction"_s);
    QCOMPARE(r.status, 400);
    verifyErrorShape(r.body, "InvalidAction");
    r = s.call("DescribeInstances", {}, &s.sigV2Sha256, u"us-east-1"_s, u"2011-07-15"_s);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(r.body.contains("xmlns=\"http://ec2.amazonaws.com/doc/2011-07-15/\""));
    QCOMPARE(elements(r.body, "instanceId").size(), 9);
    r = s.call("DescribeRegions", {}, &s.sigV2Sha256, u"us-east-1"_s, u"2016-11-15"_s);
    QCOMPARE(r.error.serviceCode(), u"NoSuchVersion"_s);
    // Without the limit, an old Version still cannot name a newer action.
    Ec2Fixture current;
    QVERIFY(current.start());
    r = current.call("DescribeInstanceStatus", {}, nullptr, u"us-east-1"_s, u"2011-01-01"_s);
    QCOMPARE(r.error.serviceCode(), u"InvalidAction"_s);
    r = current.call("ModifyInstanceEventStartTime", {}, nullptr, u"us-east-1"_s, u"2014-10-01"_s);
    QCOMPARE(r.error.serviceCode(), u"InvalidAction"_s);
}

void TestSandboxEc2Auth::restartKeepsInstancesAndEvents()
{
    Ec2Fixture s;
    QVERIFY(s.start());
    HttpResponse r = s.call("RunInstances",
        params({{"ImageId", "ami-87654321"},
            {"MinCount", "1"},
            {"MaxCount", "1"},
            {"TagSpecification.1.ResourceType", "instance"},
            {"TagSpecification.1.Tag.1.Key", "Name"},
            {"TagSpecification.1.Tag.1.Value", "survivor"}}));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QByteArray id = element(r.body, "instanceId");
    s.advance(30);
    r = s.call("StopInstances", params({{"InstanceId.1", "i-0de30000000000002"}}));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    r = s.call("ModifyInstanceEventStartTime",
        params({{"InstanceId", "i-0de30000000000002"},
            {"InstanceEventId", "instance-event-0de30000000000002"},
            {"NotBefore", "2026-03-08T04:00:00Z"}}));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const HttpResponse before = s.call("DescribeInstanceStatus", params({{"IncludeAllInstances", "true"}}));

    QVERIFY(s.restart());
    s.advance(30);
    r = s.call(
        "DescribeInstances", params({{"Filter.1.Name", "tag:Name"}, {"Filter.1.Value.1", "survivor"}}));
    QCOMPARE(elements(r.body, "instanceId"), QList<QByteArray>({id}));
    QCOMPARE(element(element(r.body, "instanceState"), "name"), "running");
    r = s.call("DescribeInstances", params({{"InstanceId.1", "i-0de30000000000002"}}));
    QCOMPARE(element(element(r.body, "instanceState"), "name"), "stopped");
    const HttpResponse after = s.call("DescribeInstanceStatus", params({{"IncludeAllInstances", "true"}}));
    QCOMPARE(elements(after.body, "instanceId"), elements(before.body, "instanceId"));
    QCOMPARE(elements(after.body, "notBefore"), elements(before.body, "notBefore"));
    QVERIFY(elements(after.body, "notBefore").contains("2026-03-08T04:00:00.000Z"));
    QCOMPARE(elements(after.body, "instanceEventId").size(), 5); // the demo is not seeded twice
}

QTEST_GUILESS_MAIN(TestSandboxEc2Auth)
#include "tst_sandboxec2auth.moc"
