// SPDX-License-Identifier: GPL-3.0-or-later
// The fault script's pure parts: which requests a rule matches, which of them it fires on, what the
// JSON may say, and what an injected error answer looks like.
#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include "faultrules.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"

using namespace Qt::StringLiterals;

namespace {

FaultRules parse(const QByteArray &json)
{
    QString error;
    FaultRules rules = FaultRules::fromJson(json, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return rules;
}

} // namespace

class TestFaultRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void ec2ActionMatches();
    void corruptDecision();
    void firesOn_data();
    void firesOn();
    void decideCountsPerRule();
    void modifiersAddUp();
    void refusesBadJson_data();
    void refusesBadJson();
    void readsEveryAction();
    void errorAnswerS3();
    void errorAnswerEc2();
    void dripChunkedAndRedirectDecisions();
    void redirectAndRetryAfterAnswers();
};

void TestFaultRules::matches_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("expected");
    const QByteArray any = R"({"action":"reset"})";
    QTest::newRow("no condition") << any << QByteArray("GET") << QByteArray("/b/k") << true;
    const QByteArray get = R"({"method":"get","action":"reset"})";
    QTest::newRow("method, any case") << get << QByteArray("GET") << QByteArray("/b/k") << true;
    QTest::newRow("other method") << get << QByteArray("PUT") << QByteArray("/b/k") << false;
    QTest::newRow("method *") << QByteArray(R"({"method":"*","action":"reset"})") << QByteArray("PUT")
                              << QByteArray("/b/k") << true;
    const QByteArray regex = R"({"target":"^/photos/2023/","action":"reset"})";
    QTest::newRow("regex prefix") << regex << QByteArray("GET") << QByteArray("/photos/2023/01/a.jpg")
                                  << true;
    QTest::newRow("regex anchored") << regex << QByteArray("GET") << QByteArray("/x/photos/2023/") << false;
    const QByteArray query = R"({"target":"[?&]uploadId=","action":"reset"})";
    QTest::newRow("regex on query") << query << QByteArray("POST") << QByteArray("/b/k?uploadId=abc") << true;
    QTest::newRow("regex, no query") << query << QByteArray("POST") << QByteArray("/b/k?uploads") << false;
    const QByteArray glob = R"({"glob":"/b/*.bin","action":"reset"})";
    QTest::newRow("glob across /") << glob << QByteArray("GET") << QByteArray("/b/dir/x.bin") << true;
    QTest::newRow("glob is whole") << glob << QByteArray("GET") << QByteArray("/b/x.bin?acl") << false;
    QTest::newRow("glob literal dot") << glob << QByteArray("GET") << QByteArray("/b/xxbin") << false;
    QTest::newRow("glob ?") << QByteArray(R"({"glob":"/b/?","action":"reset"})") << QByteArray("GET")
                            << QByteArray("/b/k") << true;
    QTest::newRow("glob regex chars literal") << QByteArray(R"j({"glob":"/b/a+(1)","action":"reset"})j")
                                              << QByteArray("GET") << QByteArray("/b/a+(1)") << true;
}

void TestFaultRules::matches()
{
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(bool, expected);
    const FaultRules rules = parse("[" + rule + "]");
    QCOMPARE(rules.rules().size(), 1);
    QCOMPARE(rules.rules().first().matches(method, target), expected);
}

void TestFaultRules::ec2ActionMatches()
{
    FaultRules rules = parse(R"([{"ec2Action":"DescribeInstanceStatus","method":"POST","target":"^/$",
        "nth":2,"action":"error","status":503,"code":"RequestLimitExceeded"}])");
    QCOMPARE(rules.rules().size(), 1);
    const FaultRule &rule = rules.rules().first();
    QVERIFY(rule.matches("POST", "/", "DescribeInstanceStatus"));
    QVERIFY(!rule.matches("POST", "/", "DescribeInstances")); // exact, not a prefix
    QVERIFY(!rule.matches("POST", "/", "describeinstancestatus"));
    QVERIFY(!rule.matches("POST", "/")); // an S3 request has no Action
    QVERIFY(!rule.matches("GET", "/", "DescribeInstanceStatus"));
    // Only requests with that Action count towards nth.
    using Kind = FaultDecision::Kind;
    QCOMPARE(rules.decide("POST", "/", "DescribeInstanceStatus").kind, Kind::None);
    QCOMPARE(rules.decide("POST", "/", "DescribeInstances").kind, Kind::None);
    QCOMPARE(rules.decide("POST", "/").kind, Kind::None);
    const FaultDecision second = rules.decide("POST", "/", "DescribeInstanceStatus");
    QCOMPARE(second.kind, Kind::Error);
    QCOMPARE(second.code, QByteArray("RequestLimitExceeded"));
    QCOMPARE(rules.matchedCount(0), 2);
    // Without ec2Action a rule matches EC2 and S3 requests alike.
    QVERIFY(parse(R"([{"action":"reset"}])").rules().first().matches("POST", "/", "RunInstances"));
}

void TestFaultRules::corruptDecision()
{
    FaultRules rules = parse(R"([{"glob":"/b/*","nth":1,"action":"corrupt","offset":4096},
        {"glob":"/b/*","nth":2,"action":"corrupt"}, {"action":"reset","nth":1}])");
    const FaultDecision first = rules.decide("GET", "/b/k");
    QCOMPARE(first.kind, FaultDecision::Kind::Corrupt); // it decides before the later reset
    QCOMPARE(first.offset, 4096);
    const FaultDecision second = rules.decide("GET", "/b/k");
    QCOMPARE(second.kind, FaultDecision::Kind::Corrupt);
    QCOMPARE(second.offset, -1); // the middle byte
    QCOMPARE(rules.decide("GET", "/b/k").kind, FaultDecision::Kind::None);
}

void TestFaultRules::firesOn_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QList<int>>("fires"); // of the first six matching requests
    QTest::newRow("every") << QByteArray(R"({"action":"stall"})") << QList<int> {1, 2, 3, 4, 5, 6};
    QTest::newRow("nth 2") << QByteArray(R"({"nth":2,"action":"stall"})") << QList<int> {2};
    QTest::newRow("from 3") << QByteArray(R"({"from":3,"action":"stall"})") << QList<int> {3, 4, 5, 6};
    QTest::newRow("from 2 times 2") << QByteArray(R"({"from":2,"times":2,"action":"stall"})")
                                    << QList<int> {2, 3};
    QTest::newRow("times 1") << QByteArray(R"({"times":1,"action":"stall"})") << QList<int> {1};
}

void TestFaultRules::firesOn()
{
    QFETCH(QByteArray, rule);
    QFETCH(QList<int>, fires);
    const FaultRules rules = parse("[" + rule + "]");
    QCOMPARE(rules.rules().size(), 1);
    QList<int> seen;
    for (int n = 1; n <= 6; ++n) {
        if (rules.rules().first().firesOn(n))
            seen.append(n);
    }
    QCOMPARE(seen, fires);
}

void TestFaultRules::decideCountsPerRule()
{
    FaultRules rules = parse(R"({"rules":[
        {"method":"GET","glob":"/b/*","nth":2,"action":"reset"},
        {"method":"PUT","action":"error","status":503,"code":"SlowDown"},
        {"action":"stall","from":5}]})");
    using Kind = FaultDecision::Kind;
    // GET /b/x is the 1st match of rule 1 and of rule 3; a PUT counts only for rules 2 and 3.
    QCOMPARE(rules.decide("GET", "/b/x").kind, Kind::None);
    QCOMPARE(rules.decide("GET", "/other").kind, Kind::None);
    const FaultDecision put = rules.decide("PUT", "/b/y");
    QCOMPARE(put.kind, Kind::Error);
    QCOMPARE(put.status, 503);
    QCOMPARE(put.code, QByteArray("SlowDown"));
    QCOMPARE(rules.decide("GET", "/b/x").kind, Kind::Reset); // rule 1's 2nd, rule 3's 4th
    QCOMPARE(rules.decide("GET", "/b/x").kind, Kind::Stall); // rule 1 done, rule 3's 5th
    QCOMPARE(rules.decide("PUT", "/b/y").kind, Kind::Error); // the earlier rule wins
}

void TestFaultRules::modifiersAddUp()
{
    FaultRules rules = parse(R"([{"action":"delay","ms":300},{"action":"clockShift","seconds":-1200},
        {"action":"shortBody","bytes":7,"nth":1},{"action":"delay","ms":200,"nth":2}])");
    const FaultDecision first = rules.decide("GET", "/");
    QCOMPARE(first.kind, FaultDecision::Kind::ShortBody);
    QCOMPARE(first.bytes, 7);
    QCOMPARE(first.delayMs, 300);
    QCOMPARE(first.clockShiftSeconds, -1200);
    const FaultDecision second = rules.decide("GET", "/");
    QCOMPARE(second.kind, FaultDecision::Kind::None);
    QCOMPARE(second.delayMs, 500);
    QVERIFY(!second.isNone());
    QVERIFY(FaultRules().decide("GET", "/").isNone());
}

void TestFaultRules::refusesBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{rules:");
    QTest::newRow("no rules array") << QByteArray(R"({"rule":[]})");
    QTest::newRow("rule not object") << QByteArray(R"([1])");
    QTest::newRow("unknown action") << QByteArray(R"([{"action":"explode"}])");
    QTest::newRow("unknown field") << QByteArray(R"([{"action":"reset","nht":2}])");
    QTest::newRow("bad regex") << QByteArray(R"([{"action":"reset","target":"("}])");
    QTest::newRow("target and glob") << QByteArray(R"([{"action":"reset","target":"a","glob":"a"}])");
    QTest::newRow("nth 0") << QByteArray(R"([{"action":"reset","nth":0}])");
    QTest::newRow("nth with from") << QByteArray(R"([{"action":"reset","nth":1,"from":2}])");
    QTest::newRow("error without code") << QByteArray(R"([{"action":"error","status":503}])");
    QTest::newRow("error status 200") << QByteArray(R"([{"action":"error","status":200,"code":"X"}])");
    QTest::newRow("delay without ms") << QByteArray(R"([{"action":"delay"}])");
    QTest::newRow("shift without seconds") << QByteArray(R"([{"action":"clockShift"}])");
    QTest::newRow("empty ec2Action") << QByteArray(R"([{"action":"reset","ec2Action":""}])");
    QTest::newRow("corrupt before the body") << QByteArray(R"([{"action":"corrupt","offset":-1}])");
    QTest::newRow("retryAfter on a reset") << QByteArray(R"([{"action":"reset","retryAfter":1}])");
    QTest::newRow("retryAfter negative")
        << QByteArray(R"([{"action":"error","status":503,"code":"X","retryAfter":-1}])");
    QTest::newRow("drip of 0 bytes") << QByteArray(R"([{"action":"drip","bytes":0}])");
    QTest::newRow("redirect status 200")
        << QByteArray(R"([{"action":"redirect","status":200,"region":"x"}])");
    QTest::newRow("redirect to nowhere") << QByteArray(R"([{"action":"redirect","status":307}])");
}

void TestFaultRules::refusesBadJson()
{
    QFETCH(QByteArray, json);
    QString error;
    const FaultRules rules = FaultRules::fromJson(json, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(rules.isEmpty());
}

void TestFaultRules::readsEveryAction()
{
    QFile example(qEnvironmentVariable("SKYLIGHT_SOURCE_DIR") + u"/sandbox/FAULTS.md"_s);
    QVERIFY(example.open(QIODevice::ReadOnly));
    // The example of FAULTS.md is the one ```json block; it must parse and use every action.
    const QByteArray text = example.readAll();
    const qsizetype start = text.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    QString error;
    const FaultRules rules = FaultRules::fromJson(text.mid(start + 8, end - start - 8), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<FaultRule::Action> actions;
    for (const FaultRule &rule : rules.rules())
        actions.append(rule.action);
    for (FaultRule::Action a : {FaultRule::Action::Reset,
             FaultRule::Action::ResetAfterBody,
             FaultRule::Action::ShortBody,
             FaultRule::Action::Stall,
             FaultRule::Action::Delay,
             FaultRule::Action::Error,
             FaultRule::Action::CompleteError,
             FaultRule::Action::ClockShift,
             FaultRule::Action::Corrupt,
             FaultRule::Action::Drip,
             FaultRule::Action::ChunkedCut,
             FaultRule::Action::Redirect})
        QVERIFY(actions.contains(a));
    QVERIFY(std::any_of(rules.rules().cbegin(), rules.rules().cend(), [](const FaultRule &rule) {
        return !rule.ec2Action.isEmpty();
    }));
}

void TestFaultRules::errorAnswerS3()
{
    SandboxRequest request;
    request.method = "GET";
    request.rawPath = "/photos/a.jpg";
    FaultDecision d;
    d.kind = FaultDecision::Kind::Error;
    d.status = 503;
    d.code = "SlowDown";
    const QDateTime now(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    const SandboxResponse r = FaultRules::errorResponse(d, request, now);
    QCOMPARE(r.status, 503);
    QVERIFY(
        r.body.contains("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>"));
    QVERIFY(r.body.contains("<Resource>/photos/a.jpg</Resource>"));
    QCOMPARE(r.header("Date"), QByteArray("Fri, 02 Jan 2026 03:04:05 GMT"));
    QVERIFY(!r.header("x-amz-request-id").isEmpty());
}

void TestFaultRules::errorAnswerEc2()
{
    SandboxRequest request;
    request.method = "GET";
    request.rawPath = "/";
    request.query = {{"Action", "DescribeInstances", true}};
    FaultDecision d;
    d.kind = FaultDecision::Kind::Error;
    d.status = 503;
    d.code = "RequestLimitExceeded";
    const SandboxResponse r = FaultRules::errorResponse(d, request, QDateTime::currentDateTimeUtc());
    QCOMPARE(r.status, 503);
    QVERIFY(r.body.contains("<Response><Errors><Error><Code>RequestLimitExceeded</Code>"));
}

void TestFaultRules::dripChunkedAndRedirectDecisions()
{
    QString error;
    FaultRules rules = FaultRules::fromJson(R"([{"glob":"/a","action":"drip"},
        {"glob":"/b","action":"drip","bytes":10,"ms":5},
        {"glob":"/c","action":"chunkedCut","bytes":7},
        {"glob":"/d","action":"redirect","status":301,"region":"eu-west-1"},
        {"glob":"/e","action":"redirect","status":307,"location":"http://localhost:1{target}"}])",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    FaultDecision d = rules.decide("GET", "/a");
    QCOMPARE(d.kind, FaultDecision::Kind::Drip);
    QCOMPARE(d.bytes, 1024); // 1 KiB a second unless told otherwise
    QCOMPARE(d.intervalMs, 1000);
    QCOMPARE(d.delayMs, 0); // a drip's interval is not a delay before the answer
    d = rules.decide("GET", "/b");
    QCOMPARE(d.bytes, 10);
    QCOMPARE(d.intervalMs, 5);
    d = rules.decide("GET", "/c");
    QCOMPARE(d.kind, FaultDecision::Kind::ChunkedCut);
    QCOMPARE(d.bytes, 7);
    d = rules.decide("PUT", "/d");
    QCOMPARE(d.kind, FaultDecision::Kind::Redirect);
    QCOMPARE(d.status, 301);
    QCOMPARE(d.code, QByteArray("PermanentRedirect"));
    QCOMPARE(d.region, QByteArray("eu-west-1"));
    d = rules.decide("PUT", "/e");
    QCOMPARE(d.code, QByteArray("TemporaryRedirect"));
    QCOMPARE(d.location, QByteArray("http://localhost:1{target}"));
}

void TestFaultRules::redirectAndRetryAfterAnswers()
{
    SandboxRequest request;
    request.method = "GET";
    request.rawPath = "/photos/a.jpg";
    request.target = "/photos/a.jpg?versionId=1";
    FaultDecision d;
    d.kind = FaultDecision::Kind::Redirect;
    d.status = 307;
    d.code = "TemporaryRedirect";
    d.location = "http://localhost:9{target}";
    d.region = "eu-west-1";
    SandboxResponse r = FaultRules::errorResponse(d, request, QDateTime::currentDateTimeUtc());
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("Location"), QByteArray("http://localhost:9/photos/a.jpg?versionId=1"));
    QCOMPARE(r.header("x-amz-bucket-region"), QByteArray("eu-west-1"));
    QVERIFY(r.body.contains("<Code>TemporaryRedirect</Code>"));
    QVERIFY(r.body.contains("<Region>eu-west-1</Region>"));
    QVERIFY(r.header("Retry-After").isEmpty());

    QString error;
    FaultRules rules = FaultRules::fromJson(
        R"([{"action":"error","status":429,"code":"TooManyRequests","retryAfter":7}])", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    d = rules.decide("GET", "/x");
    QCOMPARE(d.retryAfterSeconds, 7);
    r = FaultRules::errorResponse(d, request, QDateTime::currentDateTimeUtc());
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QVERIFY(r.header("Location").isEmpty());
}

QTEST_GUILESS_MAIN(TestFaultRules)
#include "tst_faultrules.moc"
