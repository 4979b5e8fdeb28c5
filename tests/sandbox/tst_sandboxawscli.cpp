// SPDX-License-Identifier: GPL-3.0-or-later
// An independent client against the sandbox: Debian's AWS CLI v2 (/usr/bin/aws, package awscli)
// parses every answer with the real S3 service model. Missing aws is a failure, not a skip.
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "peertoolenvironment.h"
#include "sandboxconfig.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

using namespace Qt::StringLiterals;

namespace {

const QString kAws = u"/usr/bin/aws"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSandboxAwsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bucketsAndObjects();
    void multipartCopyReadsBackIdentical();
    void websiteRoundTrip();
    void aclPolicyAndBlockParse();

private:
    Run aws(const QStringList &arguments);
    SandboxFixture m_sandbox {{u"us-east-1"_s, u"eu-west-1"_s}};
    QTemporaryDir m_files;
};

void TestSandboxAwsCli::initTestCase()
{
    QVERIFY2(QFile::exists(kAws), "the AWS CLI is missing: apt-get install awscli (scripts/setup.sh)");
    QVERIFY(m_sandbox.start());
}

Run TestSandboxAwsCli::aws(const QStringList &arguments)
{
    // The sandbox runs in this thread: wait with the event loop turning, never block.
    QProcess process;
    process.setProcessEnvironment(peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
        QString::fromLatin1(SandboxConfig::kDefaultSecretKey)));
    process.start(kAws,
        QStringList {u"--endpoint-url"_s, u"http://127.0.0.1:%1"_s.arg(m_sandbox.port()), u"--no-cli-pager"_s}
            + arguments);
    Run run;
    // The event loop turns while aws runs (qWaitFor's 10 ms naps would throttle the sandbox).
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (run.exitCode != 0)
        qWarning("aws %s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return run;
}

void TestSandboxAwsCli::bucketsAndObjects()
{
    QCOMPARE(aws({u"s3api"_s, u"create-bucket"_s, u"--bucket"_s, u"cli-bucket"_s}).exitCode, 0);
    QCOMPARE(aws({u"s3api"_s,
                     u"create-bucket"_s,
                     u"--bucket"_s,
                     u"cli-europe"_s,
                     u"--region"_s,
                     u"eu-west-1"_s,
                     u"--create-bucket-configuration"_s,
                     u"LocationConstraint=eu-west-1"_s})
                 .exitCode,
        0);
    Run r = aws({u"s3api"_s, u"get-bucket-location"_s, u"--bucket"_s, u"cli-europe"_s});
    QCOMPARE(
        QJsonDocument::fromJson(r.out).object().value(u"LocationConstraint"_s).toString(), u"eu-west-1"_s);

    const QString local = m_files.filePath(u"up.bin"_s);
    QFile file(local);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content(700 * 1024, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 7919) >> 3);
    file.write(content);
    file.close();
    const QString key = u"dir/with space+plus.bin"_s;
    r = aws({u"s3api"_s,
        u"put-object"_s,
        u"--bucket"_s,
        u"cli-bucket"_s,
        u"--key"_s,
        key,
        u"--body"_s,
        local,
        u"--content-type"_s,
        u"application/x-test"_s,
        u"--metadata"_s,
        u"origin=cli"_s});
    QCOMPARE(r.exitCode, 0);

    r = aws({u"s3api"_s, u"head-object"_s, u"--bucket"_s, u"cli-bucket"_s, u"--key"_s, key});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject head = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(head.value(u"ContentLength"_s).toInteger(), content.size());
    QCOMPARE(head.value(u"ContentType"_s).toString(), u"application/x-test"_s);
    QCOMPARE(head.value(u"Metadata"_s).toObject().value(u"origin"_s).toString(), u"cli"_s);

    // aws s3 (the high-level commands) lists with encoding-type=url and downloads with ranges.
    r = aws({u"s3"_s, u"ls"_s, u"s3://cli-bucket/dir/"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("with space+plus.bin"), r.out.constData());
    const QString down = m_files.filePath(u"down.bin"_s);
    QCOMPARE(aws({u"s3"_s, u"cp"_s, u"s3://cli-bucket/"_s + key, down}).exitCode, 0);
    QFile back(down);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QVERIFY(back.readAll() == content);

    // A bucket in another region, reached with the default region: the CLI follows the hint.
    QCOMPARE(aws({u"s3"_s, u"cp"_s, local, u"s3://cli-europe/x"_s}).exitCode, 0);
    r = aws(
        {u"s3api"_s, u"list-objects-v2"_s, u"--bucket"_s, u"cli-europe"_s, u"--region"_s, u"eu-west-1"_s});
    // The CLI paginates by itself and drops KeyCount from its output: count Contents.
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"Contents"_s).toArray().size(), 1);

    QCOMPARE(aws({u"s3"_s, u"rm"_s, u"s3://cli-bucket/"_s + key}).exitCode, 0);
    QCOMPARE(aws({u"s3api"_s, u"delete-bucket"_s, u"--bucket"_s, u"cli-bucket"_s}).exitCode, 0);
    r = aws({u"s3api"_s, u"list-buckets"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("\"cli-bucket\""));
    QVERIFY(r.out.contains("\"cli-europe\""));

    // A wrong secret is refused, as S3 refuses it.
    QProcess wrong;
    wrong.setProcessEnvironment(
        peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey), u"wrong"_s));
    wrong.start(kAws,
        {u"--endpoint-url"_s, u"http://127.0.0.1:%1"_s.arg(m_sandbox.port()), u"s3api"_s, u"list-buckets"_s});
    QVERIFY(QTest::qWaitFor([&] { return wrong.state() == QProcess::NotRunning; }, 120000));
    QVERIFY(wrong.exitCode() != 0);
    QVERIFY(wrong.readAllStandardError().contains("SignatureDoesNotMatch"));
}

void TestSandboxAwsCli::multipartCopyReadsBackIdentical()
{
    QCOMPARE(aws({u"s3"_s, u"mb"_s, u"s3://cli-multipart"_s}).exitCode, 0);
    const QString local = m_files.filePath(u"twenty.bin"_s);
    QFile file(local);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content(20 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 2654435761u) >> 11);
    file.write(content);
    file.close();
    // aws s3 cp splits anything over 8 MiB into 8 MiB parts: Create, 3 × UploadPart, Complete.
    QCOMPARE(aws({u"s3"_s, u"cp"_s, local, u"s3://cli-multipart/twenty.bin"_s}).exitCode, 0);
    Run r
        = aws({u"s3api"_s, u"head-object"_s, u"--bucket"_s, u"cli-multipart"_s, u"--key"_s, u"twenty.bin"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject head = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(head.value(u"ContentLength"_s).toInteger(), content.size());
    QVERIFY2(head.value(u"ETag"_s).toString().endsWith(u"-3\""_s), r.out.constData());
    const QString down = m_files.filePath(u"twenty-down.bin"_s);
    QCOMPARE(aws({u"s3"_s, u"cp"_s, u"s3://cli-multipart/twenty.bin"_s, down}).exitCode, 0);
    QFile back(down);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.size(), content.size());
    QVERIFY(back.readAll() == content);
    // No upload left behind.
    r = aws({u"s3api"_s, u"list-multipart-uploads"_s, u"--bucket"_s, u"cli-multipart"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(u"Uploads"_s).toArray().isEmpty());
}

void TestSandboxAwsCli::websiteRoundTrip()
{
    QCOMPARE(aws({u"s3"_s, u"mb"_s, u"s3://cli-website"_s}).exitCode, 0);
    const QByteArray configuration = R"({
  "IndexDocument": {"Suffix": "index.html"},
  "ErrorDocument": {"Key": "error.html"},
  "RoutingRules": [
    {"Condition": {"KeyPrefixEquals": "docs/"},
     "Redirect": {"ReplaceKeyPrefixWith": "documents/", "HttpRedirectCode": "302"}},
    {"Condition": {"HttpErrorCodeReturnedEquals": "404"},
     "Redirect": {"HostName": "example.com", "Protocol": "https", "ReplaceKeyWith": "not-found.html"}}
  ]
})";
    const QString json = m_files.filePath(u"website.json"_s);
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(configuration);
    file.close();
    QCOMPARE(aws({u"s3api"_s,
                     u"put-bucket-website"_s,
                     u"--bucket"_s,
                     u"cli-website"_s,
                     u"--website-configuration"_s,
                     u"file://"_s + json})
                 .exitCode,
        0);
    const Run r = aws({u"s3api"_s, u"get-bucket-website"_s, u"--bucket"_s, u"cli-website"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonDocument::fromJson(configuration).object());

    // The site itself, uploaded public with aws s3 cp and read through the website endpoint.
    const QString index = m_files.filePath(u"index.html"_s);
    QFile page(index);
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<title>cli site</title>");
    page.close();
    QCOMPARE(aws({u"s3"_s, u"cp"_s, index, u"s3://cli-website/index.html"_s, u"--acl"_s, u"public-read"_s})
                 .exitCode,
        0);
    const HttpResponse site = m_sandbox.website("GET", "/", m_sandbox.websiteHost("cli-website"));
    QCOMPARE(site.status, 200);
    QCOMPARE(site.body, QByteArray("<title>cli site</title>"));
    QCOMPARE(site.header("Content-Type"), QByteArray("text/html"));
    const HttpResponse redirected
        = m_sandbox.website("GET", "/docs/a.html", m_sandbox.websiteHost("cli-website"));
    QCOMPARE(redirected.status, 302);
    QCOMPARE(redirected.header("Location"),
        "http://" + m_sandbox.websiteHost("cli-website") + ':'
            + QByteArray::number(m_sandbox.server().websitePort()) + "/documents/a.html");
    QCOMPARE(aws({u"s3api"_s, u"delete-bucket-website"_s, u"--bucket"_s, u"cli-website"_s}).exitCode, 0);
    const Run gone = aws({u"s3api"_s, u"get-bucket-website"_s, u"--bucket"_s, u"cli-website"_s});
    QVERIFY(gone.exitCode != 0);
    QVERIFY(gone.err.contains("NoSuchWebsiteConfiguration"));
}

void TestSandboxAwsCli::aclPolicyAndBlockParse()
{
    QCOMPARE(aws({u"s3"_s, u"mb"_s, u"s3://cli-acl"_s}).exitCode, 0);
    const QString local = m_files.filePath(u"small.txt"_s);
    QFile file(local);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("small");
    file.close();
    QCOMPARE(
        aws({u"s3"_s, u"cp"_s, local, u"s3://cli-acl/small.txt"_s, u"--acl"_s, u"public-read"_s}).exitCode,
        0);
    Run r = aws({u"s3api"_s, u"get-object-acl"_s, u"--bucket"_s, u"cli-acl"_s, u"--key"_s, u"small.txt"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray grants = QJsonDocument::fromJson(r.out).object().value(u"Grants"_s).toArray();
    QCOMPARE(grants.size(), 2);
    QCOMPARE(grants.at(1).toObject().value(u"Grantee"_s).toObject().value(u"URI"_s).toString(),
        u"http://acs.amazonaws.com/groups/global/AllUsers"_s);
    QCOMPARE(grants.at(1).toObject().value(u"Permission"_s).toString(), u"READ"_s);

    const QString policy
        = u"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::cli-acl/*\"}]}"_s;
    QCOMPARE(aws({u"s3api"_s, u"put-bucket-policy"_s, u"--bucket"_s, u"cli-acl"_s, u"--policy"_s, policy})
                 .exitCode,
        0);
    r = aws({u"s3api"_s, u"get-bucket-policy"_s, u"--bucket"_s, u"cli-acl"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"Policy"_s).toString(), policy);

    QCOMPARE(
        aws({u"s3api"_s,
                u"put-public-access-block"_s,
                u"--bucket"_s,
                u"cli-acl"_s,
                u"--public-access-block-configuration"_s,
                u"BlockPublicAcls=true,IgnorePublicAcls=false,BlockPublicPolicy=true,RestrictPublicBuckets=false"_s})
            .exitCode,
        0);
    r = aws({u"s3api"_s, u"get-public-access-block"_s, u"--bucket"_s, u"cli-acl"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject block
        = QJsonDocument::fromJson(r.out).object().value(u"PublicAccessBlockConfiguration"_s).toObject();
    QCOMPARE(block.value(u"BlockPublicAcls"_s).toBool(), true);
    QCOMPARE(block.value(u"RestrictPublicBuckets"_s).toBool(), false);
}

QTEST_GUILESS_MAIN(TestSandboxAwsCli)
#include "tst_sandboxawscli.moc"
