// SPDX-License-Identifier: GPL-3.0-or-later
// Website settings end to end against the in-process sandbox over real HTTP: get/put/delete with the
// lossless round trip, validation before any request, "Make public" then the website endpoint
// serving the index (200) and the error page (404 with the error document's body), "Make private"
// then 403, Block Public Access detected and undone exactly. Independent checks: the stored
// document read raw, and Debian's AWS CLI (/usr/bin/aws, botocore's S3 model) reading what Skylight
// wrote and writing what Skylight must keep.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../s3/s3testsupport.h"
#include "clouds/profilepresets.h"
#include "s3/createbucketjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "sandboxconfig.h"
#include "sandboxserver.h"
#include "testdata.h"
#include "website/bucketsubresourcejob.h"
#include "website/getbucketwebsitejob.h"
#include "website/makeprivatejob.h"
#include "website/makepublicjob.h"
#include "website/putbucketwebsitejob.h"
#include "website/websiteendpoint.h"
#include "website/websitereachabilityjob.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray kIndex = "<html><title>home</title><h1>Welcome</h1></html>";
const QByteArray kError = "<html><title>missing</title><p>No such page here.</p></html>";

} // namespace

class TestWebsiteSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void putGetDeleteLossless();
    void refusedBeforeAnyRequest();
    void makePublicServesThenPrivateRefuses();
    void blockPublicAccessExplainedAndUndone();
    void aclFallbackWithoutPolicies();
    void awsCliReadsWhatSkylightWrote();
    void skylightKeepsWhatAwsCliWrote();
    void cli();

private:
    void makeSite(const QString &bucket);
    WebsiteReachabilityResult reach(const QString &bucket);
    SandboxFixture::ToolRun aws(const QStringList &arguments);
    S3Client &client() { return *m_client; }

    SandboxFixture m_s;
    std::unique_ptr<S3Client> m_client;
};

void TestWebsiteSandbox::initTestCase()
{
    QVERIFY(m_s.start());
    m_client = std::make_unique<S3Client>(
        &m_s.transport(), ProfilePresets::sandbox(m_s.port()), SandboxFixture::credentials());
}

void TestWebsiteSandbox::makeSite(const QString &bucket)
{
    const auto made = runJob(client().createBucket({bucket, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
    for (const auto &[key, body] :
        {std::pair {u"index.html"_s, kIndex}, std::pair {u"error.html"_s, kError}}) {
        PutObjectRequest put;
        put.bucket = bucket;
        put.key = key;
        put.data = body;
        put.contentType = u"text/html"_s;
        const auto r = runJob(client().putObject(put));
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    }
    WebsiteConfiguration c;
    c.indexSuffix = u"index.html"_s;
    c.errorKey = u"error.html"_s;
    const auto r = runJob(new PutBucketWebsiteJob(&client(), bucket, c));
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
}

WebsiteReachabilityResult TestWebsiteSandbox::reach(const QString &bucket)
{
    const WebsiteEndpoint e
        = WebsiteEndpoint::forBucket(client().profile(), bucket, {}, m_s.server().websiteEndpoint());
    if (!e.isValid())
        qWarning("no endpoint: %s", qPrintable(e.problem));
    return runJob(new WebsiteReachabilityJob(&m_s.transport(), e.url));
}

SandboxFixture::ToolRun TestWebsiteSandbox::aws(const QStringList &arguments)
{
    const QProcessEnvironment env = peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
        QString::fromLatin1(SandboxConfig::kDefaultSecretKey));
    const SandboxFixture::ToolRun run = SandboxFixture::runTool(u"/usr/bin/aws"_s,
        QStringList {u"--endpoint-url"_s, u"http://127.0.0.1:%1"_s.arg(m_s.port()), u"--no-cli-pager"_s}
            + arguments,
        env);
    if (run.exitCode != 0)
        qWarning("aws %s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return run;
}

void TestWebsiteSandbox::putGetDeleteLossless()
{
    QVERIFY(runJob(client().createBucket({u"conf"_s, {}})).error.isOk());
    const auto none = runJob(new GetBucketWebsiteJob(&client(), u"conf"_s));
    QVERIFY2(none.error.isOk(), qPrintable(none.error.toString()));
    QVERIFY(!none.configuration);

    const QByteArray fixture = TestData::read(u"website/every-element.xml"_s);
    const Result<WebsiteConfiguration> parsed = WebsiteConfiguration::parse(fixture);
    QVERIFY(parsed.isOk());
    const auto put = runJob(new PutBucketWebsiteJob(&client(), u"conf"_s, parsed.value()));
    QVERIFY2(put.error.isOk(), qPrintable(put.error.toString()));
    // The sandbox keeps the document byte for byte: what went on the wire is our toXml().
    const HttpResponse stored = m_s.sendSubresource("GET", u"conf"_s, "website");
    QCOMPARE(stored.body, parsed.value().toXml());

    // Read back, edit the index only, save: everything else is still there.
    auto got = runJob(new GetBucketWebsiteJob(&client(), u"conf"_s));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.configuration);
    QCOMPARE(got.configuration->routingRules.size(), 3);
    WebsiteConfiguration edited = *got.configuration;
    edited.indexSuffix = u"start.html"_s;
    QVERIFY(runJob(new PutBucketWebsiteJob(&client(), u"conf"_s, edited)).error.isOk());
    QByteArray expected = parsed.value().toXml();
    expected.replace("<Suffix>index.html</Suffix>", "<Suffix>start.html</Suffix>");
    QCOMPARE(m_s.sendSubresource("GET", u"conf"_s, "website").body, expected);

    const auto removed = runJob(PutBucketWebsiteJob::remove(&client(), u"conf"_s));
    QVERIFY2(removed.error.isOk(), qPrintable(removed.error.toString()));
    QCOMPARE(m_s.sendSubresource("GET", u"conf"_s, "website").status, 404);
    QVERIFY(!runJob(new GetBucketWebsiteJob(&client(), u"conf"_s)).configuration);
}

void TestWebsiteSandbox::refusedBeforeAnyRequest()
{
    QVERIFY(runJob(client().createBucket({u"refused"_s, {}})).error.isOk());
    WebsiteConfiguration good;
    good.indexSuffix = u"index.html"_s;
    QVERIFY(runJob(new PutBucketWebsiteJob(&client(), u"refused"_s, good)).error.isOk());
    const QByteArray before = m_s.sendSubresource("GET", u"refused"_s, "website").body;

    WebsiteConfiguration bad = good;
    bad.indexSuffix = u"a/index.html"_s;
    RoutingRule rule;
    rule.redirect.replaceKeyPrefixWith = u"x/"_s;
    rule.redirect.replaceKeyWith = u"y.html"_s;
    bad.routingRules.append(rule);
    const auto r = runJob(new PutBucketWebsiteJob(&client(), u"refused"_s, bad));
    QCOMPARE(r.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY2(r.error.message().contains(u"\"/\""), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(u"not both"), qPrintable(r.error.message()));
    QCOMPARE(m_s.sendSubresource("GET", u"refused"_s, "website").body, before); // nothing was sent
}

void TestWebsiteSandbox::makePublicServesThenPrivateRefuses()
{
    makeSite(u"site"_s);
    // An existing policy with two statements that must survive both steps.
    const QByteArray existing = TestData::read(u"website/policy-two-statements.json"_s);
    const auto pre = runJob(BucketSubresourceJob::putPolicy(&client(), u"site"_s, existing));
    QVERIFY2(pre.error.isOk(), qPrintable(pre.error.toString()));

    WebsiteReachabilityResult before = reach(u"site"_s);
    QCOMPARE(before.index.status, 403);

    MakePublicJob::Options options;
    options.publicListing = true; // so that a missing page answers 404
    const MakePublicResult pub = runJob(new MakePublicJob(&client(), u"site"_s, options));
    QVERIFY2(pub.error.isOk(), qPrintable(pub.error.toString()));
    QCOMPARE(pub.plan.route, MakePublicPlan::Route::Policy);
    QVERIFY(pub.record.addedPolicyStatement);
    QVERIFY(!pub.record.changedBlock);

    const QByteArray applied = runJob(BucketSubresourceJob::getPolicy(&client(), u"site"_s)).body;
    const QJsonArray statements = QJsonDocument::fromJson(applied).object().value(u"Statement").toArray();
    QCOMPARE(statements.size(), 4);
    const QJsonArray original = QJsonDocument::fromJson(existing).object().value(u"Statement").toArray();
    QCOMPARE(statements[0], original[0]);
    QCOMPARE(statements[1], original[1]);

    const WebsiteReachabilityResult open = reach(u"site"_s);
    QCOMPARE(open.index.status, 200);
    QCOMPARE(open.index.body, kIndex);
    QCOMPARE(open.missing.status, 404);
    QCOMPARE(open.missing.body, kError);

    const MakePrivateResult priv = runJob(new MakePrivateJob(&client(), pub.record));
    QVERIFY2(priv.error.isOk(), qPrintable(priv.error.toString()));
    QVERIFY(priv.remaining.isEmpty());
    const WebsiteReachabilityResult closed = reach(u"site"_s);
    QCOMPARE(closed.index.status, 403);
    QCOMPARE(closed.missing.status, 403);
    // Exactly what was there before: the two statements, nothing of ours.
    const QByteArray after = runJob(BucketSubresourceJob::getPolicy(&client(), u"site"_s)).body;
    QCOMPARE(QJsonDocument::fromJson(after).object(), QJsonDocument::fromJson(existing).object());
}

void TestWebsiteSandbox::blockPublicAccessExplainedAndUndone()
{
    makeSite(u"blocked"_s);
    const PublicAccessBlockSettings all {true, true, true, true};
    QVERIFY(runJob(BucketSubresourceJob::putPublicAccessBlock(&client(), u"blocked"_s, all.toXml()))
                .error.isOk());

    const MakePublicResult refused = runJob(new MakePublicJob(&client(), u"blocked"_s, {}));
    QCOMPARE(refused.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY(refused.plan.blocked);
    QVERIFY(refused.error.message().contains(u"BlockPublicPolicy"));
    QVERIFY(refused.error.message().contains(u"RestrictPublicBuckets"));
    QVERIFY(refused.record.isEmpty());
    QCOMPARE(runJob(BucketSubresourceJob::getPolicy(&client(), u"blocked"_s)).status, 404); // nothing sent

    MakePublicJob::Options allow;
    allow.allowChangeBlock = true;
    const MakePublicResult pub = runJob(new MakePublicJob(&client(), u"blocked"_s, allow));
    QVERIFY2(pub.error.isOk(), qPrintable(pub.error.toString()));
    QVERIFY(pub.record.changedBlock);
    const auto relaxed = PublicAccessBlockSettings::parse(
        runJob(BucketSubresourceJob::getPublicAccessBlock(&client(), u"blocked"_s)).body);
    QVERIFY(relaxed);
    QVERIFY(!relaxed->blockPublicPolicy && !relaxed->restrictPublicBuckets);
    QVERIFY(relaxed->blockPublicAcls && relaxed->ignorePublicAcls); // not touched
    QCOMPARE(reach(u"blocked"_s).index.status, 200);

    const MakePrivateResult priv = runJob(new MakePrivateJob(&client(), pub.record));
    QVERIFY2(priv.error.isOk(), qPrintable(priv.error.toString()));
    const auto restored = PublicAccessBlockSettings::parse(
        runJob(BucketSubresourceJob::getPublicAccessBlock(&client(), u"blocked"_s)).body);
    QCOMPARE(restored, std::optional<PublicAccessBlockSettings>(all));
    QCOMPARE(runJob(BucketSubresourceJob::getPolicy(&client(), u"blocked"_s)).status, 404);
    QCOMPARE(reach(u"blocked"_s).index.status, 403);
}

void TestWebsiteSandbox::aclFallbackWithoutPolicies()
{
    makeSite(u"aclsite"_s);
    // The sandbox speaking for a cloud without bucket policies (GCS's rule in MakePublicPlan); its
    // requests stay SigV4 with x-amz-acl, which the sandbox checks.
    CloudProfile noPolicies = ProfilePresets::sandbox(m_s.port());
    noPolicies.provider = CloudProvider::Gcs;
    S3Client gcsLike(&m_s.transport(), noPolicies, SandboxFixture::credentials());
    MakePublicJob::Options options;
    options.publicListing = true;
    const MakePublicResult pub = runJob(new MakePublicJob(&gcsLike, u"aclsite"_s, options));
    QVERIFY2(pub.error.isOk(), qPrintable(pub.error.toString()));
    QCOMPARE(pub.plan.route, MakePublicPlan::Route::Acl);
    QStringList keys = pub.record.aclKeys;
    keys.sort();
    QCOMPARE(keys, (QStringList {u"error.html"_s, u"index.html"_s}));
    QVERIFY(pub.record.bucketAcl);
    QVERIFY(!pub.record.addedPolicyStatement);
    QCOMPARE(m_s.sendSubresource("GET", u"aclsite"_s, "policy").status, 404); // no policy was written
    const WebsiteReachabilityResult open = reach(u"aclsite"_s);
    QCOMPARE(open.index.status, 200);
    QCOMPARE(open.missing.status, 404);
    QCOMPARE(open.missing.body, kError);
    // By name too: the sandbox's BUCKET.s3-website.REGION.localhost Host, connecting to 127.0.0.1.
    const QUrl byName(u"http://127.0.0.1:%1/"_s.arg(m_s.server().websitePort()));
    const WebsiteReachabilityResult named = runJob(
        new WebsiteReachabilityJob(&m_s.transport(), byName, "aclsite.s3-website.us-east-1.localhost"));
    QCOMPARE(named.index.status, 200);
    QCOMPARE(named.index.body, kIndex);

    const MakePrivateResult priv = runJob(new MakePrivateJob(&gcsLike, pub.record));
    QVERIFY2(priv.error.isOk(), qPrintable(priv.error.toString()));
    QVERIFY(priv.remaining.isEmpty());
    QCOMPARE(reach(u"aclsite"_s).index.status, 403);
    QVERIFY(m_s.sendSubresource("GET", u"aclsite"_s, "acl", u"index.html"_s).body.contains("FULL_CONTROL"));
    QVERIFY(!m_s.sendSubresource("GET", u"aclsite"_s, "acl", u"index.html"_s).body.contains("AllUsers"));
}

void TestWebsiteSandbox::awsCliReadsWhatSkylightWrote()
{
    QVERIFY(runJob(client().createBucket({u"forcli"_s, {}})).error.isOk());
    const Result<WebsiteConfiguration> parsed
        = WebsiteConfiguration::parse(TestData::read(u"website/every-element.xml"_s));
    QVERIFY(parsed.isOk());
    // botocore reads every child of <RoutingRules> as a rule, so the fixture's unknown element kept
    // there would show up as an empty fourth rule: leave that one out for this reader.
    WebsiteConfiguration config = parsed.value();
    config.keptRules.removeIf([](const KeptNode &n) { return !n.isKnown(); });
    QVERIFY(runJob(new PutBucketWebsiteJob(&client(), u"forcli"_s, config)).error.isOk());
    const SandboxFixture::ToolRun run
        = aws({u"s3api"_s, u"get-bucket-website"_s, u"--bucket"_s, u"forcli"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(u"IndexDocument").toObject().value(u"Suffix").toString(), u"index.html"_s);
    QCOMPARE(o.value(u"ErrorDocument").toObject().value(u"Key").toString(), u"errors/404 & more.html"_s);
    const QJsonArray rules = o.value(u"RoutingRules").toArray();
    QCOMPARE(rules.size(), 3);
    QCOMPARE(
        rules[0].toObject().value(u"Condition").toObject().value(u"KeyPrefixEquals").toString(), u"docs/"_s);
    QCOMPARE(rules[0].toObject().value(u"Redirect").toObject().value(u"ReplaceKeyPrefixWith").toString(),
        u"documents/"_s);
    const QJsonObject second = rules[1].toObject().value(u"Redirect").toObject();
    QCOMPARE(
        rules[1].toObject().value(u"Condition").toObject().value(u"HttpErrorCodeReturnedEquals").toString(),
        u"404"_s);
    QCOMPARE(second.value(u"HostName").toString(), u"example.com"_s);
    QCOMPARE(second.value(u"Protocol").toString(), u"https"_s);
    QCOMPARE(second.value(u"ReplaceKeyWith").toString(), u"missing.html"_s);
    QCOMPARE(second.value(u"HttpRedirectCode").toString(), u"302"_s);
    QVERIFY(!rules[2].toObject().contains(u"Condition"));
    QCOMPARE(rules[2].toObject().value(u"Redirect").toObject().value(u"HostName").toString(),
        u"www.example.org"_s);
}

void TestWebsiteSandbox::skylightKeepsWhatAwsCliWrote()
{
    QVERIFY(runJob(client().createBucket({u"fromcli"_s, {}})).error.isOk());
    const QByteArray config
        = R"({"IndexDocument":{"Suffix":"index.htm"},"ErrorDocument":{"Key":"err/404.htm"},
        "RoutingRules":[{"Condition":{"KeyPrefixEquals":"a/"},"Redirect":{"ReplaceKeyPrefixWith":"b/","HttpRedirectCode":"301"}},
        {"Condition":{"HttpErrorCodeReturnedEquals":"404"},"Redirect":{"HostName":"fallback.example","Protocol":"https","ReplaceKeyWith":"gone.htm"}}]})";
    QCOMPARE(aws({u"s3api"_s,
                     u"put-bucket-website"_s,
                     u"--bucket"_s,
                     u"fromcli"_s,
                     u"--website-configuration"_s,
                     QString::fromUtf8(config)})
                 .exitCode,
        0);
    const QByteArray written = m_s.sendSubresource("GET", u"fromcli"_s, "website").body;
    auto readByAws = [&] {
        return QJsonDocument::fromJson(
            aws({u"s3api"_s, u"get-bucket-website"_s, u"--bucket"_s, u"fromcli"_s}).out)
            .object();
    };
    QJsonObject before = readByAws();
    QCOMPARE(before.value(u"RoutingRules").toArray().size(), 2);

    // Skylight reads it and saves it unchanged: awscli sees exactly the same.
    auto got = runJob(new GetBucketWebsiteJob(&client(), u"fromcli"_s));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QCOMPARE(got.configuration->errorKey, std::optional<QString>(u"err/404.htm"_s));
    QVERIFY(runJob(new PutBucketWebsiteJob(&client(), u"fromcli"_s, *got.configuration)).error.isOk());
    QCOMPARE(readByAws(), before);
    QVERIFY(!written.isEmpty());

    // Then edits the index only: awscli sees that one change.
    WebsiteConfiguration edited = *got.configuration;
    edited.indexSuffix = u"home.htm"_s;
    QVERIFY(runJob(new PutBucketWebsiteJob(&client(), u"fromcli"_s, edited)).error.isOk());
    QJsonObject expected = before;
    expected.insert(u"IndexDocument"_s, QJsonObject {{u"Suffix"_s, u"home.htm"_s}});
    QCOMPARE(readByAws(), expected);
}

void TestWebsiteSandbox::cli()
{
    const QString cli = qEnvironmentVariable("SKYLIGHT_CLI");
    QVERIFY2(!cli.isEmpty(), "SKYLIGHT_CLI is not set (run through ctest)");
    makeSite(u"clisite"_s);
    QVERIFY(runJob(PutBucketWebsiteJob::remove(&client(), u"clisite"_s)).error.isOk());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"AWS_ACCESS_KEY_ID"_s, QString::fromLatin1(SandboxConfig::kDefaultAccessKey));
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, QString::fromLatin1(SandboxConfig::kDefaultSecretKey));
    QTemporaryDir records;
    auto run = [&](QStringList args) {
        args = QStringList {u"s3"_s, u"website"_s} + args
            + QStringList {u"--endpoint-url"_s, m_s.server().endpoint(), u"--provider"_s, u"sandbox"_s};
        const SandboxFixture::ToolRun r = SandboxFixture::runTool(cli, args, env);
        if (r.exitCode != 0)
            qWarning("skylight-cli %s: %s", qPrintable(args.join(u' ')), r.err.constData());
        return r;
    };
    QCOMPARE(run({u"put"_s, u"s3://clisite"_s, u"--index"_s, u"index.html"_s, u"--error"_s, u"error.html"_s})
                 .exitCode,
        0);
    const SandboxFixture::ToolRun json = run({u"get"_s, u"s3://clisite"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"error").toString(), u"error.html"_s);
    // A bad value is refused with the problem named, exit status 2.
    const SandboxFixture::ToolRun bad = run({u"put"_s, u"s3://clisite"_s, u"--index"_s, u"a/b.html"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("must not contain"));
    const QStringList web {u"--website-url"_s, m_s.server().websiteEndpoint()};
    SandboxFixture::ToolRun check = run(QStringList {u"endpoint"_s, u"s3://clisite"_s, u"--check"_s} + web);
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("index: 403"), check.out.constData());
    QCOMPARE(run({u"public"_s, u"s3://clisite"_s, u"--allow-listing"_s, u"--record-dir"_s, records.path()})
                 .exitCode,
        0);
    check = run(QStringList {u"endpoint"_s, u"s3://clisite"_s, u"--check"_s} + web);
    QVERIFY2(check.out.contains("index: 200"), check.out.constData());
    QVERIFY2(check.out.contains("error page: 404"), check.out.constData());
    QCOMPARE(run({u"private"_s, u"s3://clisite"_s, u"--record-dir"_s, records.path()}).exitCode, 0);
    check = run(QStringList {u"endpoint"_s, u"s3://clisite"_s, u"--check"_s} + web);
    QVERIFY2(check.out.contains("index: 403"), check.out.constData());
    // Routing rules from a file, added to what is there (index and error stay).
    const QString rulesFile = records.filePath(u"rules.xml"_s);
    QVERIFY(writeFile(rulesFile,
        "<RoutingRules><RoutingRule><Condition><KeyPrefixEquals>old/</KeyPrefixEquals></Condition>"
        "<Redirect><ReplaceKeyPrefixWith>new/</ReplaceKeyPrefixWith></Redirect></RoutingRule></"
        "RoutingRules>"));
    QCOMPARE(run({u"put"_s, u"s3://clisite"_s, u"--routing-rules"_s, rulesFile}).exitCode, 0);
    auto stored = WebsiteConfiguration::parse(m_s.sendSubresource("GET", u"clisite"_s, "website").body);
    QVERIFY(stored.isOk());
    QCOMPARE(stored.value().indexSuffix, std::optional<QString>(u"index.html"_s));
    QCOMPARE(stored.value().routingRules.size(), 1);
    QCOMPARE(stored.value().routingRules[0].redirect.replaceKeyPrefixWith, std::optional<QString>(u"new/"_s));
    // Redirect everything: the rest goes, as S3 requires.
    QCOMPARE(
        run({u"put"_s, u"s3://clisite"_s, u"--redirect-all"_s, u"https://www.example.com"_s}).exitCode, 0);
    stored = WebsiteConfiguration::parse(m_s.sendSubresource("GET", u"clisite"_s, "website").body);
    QVERIFY(stored.isOk());
    QVERIFY(stored.value().redirectAll);
    QCOMPARE(stored.value().redirectAllHostName, u"www.example.com"_s);
    QCOMPARE(stored.value().redirectAllProtocol, std::optional<QString>(u"https"_s));
    QVERIFY(!stored.value().indexSuffix);
    check = run(QStringList {u"endpoint"_s, u"s3://clisite"_s, u"--check"_s} + web);
    QVERIFY2(check.out.contains("index: 301"), check.out.constData());
    QCOMPARE(run({u"delete"_s, u"s3://clisite"_s}).exitCode, 0);
    QCOMPARE(m_s.sendSubresource("GET", u"clisite"_s, "website").status, 404);
}

QTEST_GUILESS_MAIN(TestWebsiteSandbox)
#include "tst_websitesandbox.moc"
