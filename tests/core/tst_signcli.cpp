// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-cli sign, as a user runs it: the AWS suite's requests in, exactly the asked part out.
#include <QDir>
#include <QProcess>
#include <QTest>

#include "testdata.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run signCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("SKYLIGHT_CLI"), QStringList {u"sign"_s} + args);
    p.waitForFinished(30000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList common(const QString &request)
{
    return {u"--request"_s,
        request,
        u"--access-key"_s,
        u"AKIDEXAMPLE"_s,
        u"--secret-key"_s,
        u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s,
        u"--region"_s,
        u"us-east-1"_s,
        u"--service"_s,
        u"service"_s,
        u"--time"_s,
        u"20150830T123600Z"_s};
}

} // namespace

class TestSignCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsTheSuiteSignatures();
    void printsOnlyTheAskedPart();
    void refusesBadInput();
};

void TestSignCli::printsTheSuiteSignatures()
{
    const QDir suite(TestData::path(u"sigv4/suite"_s));
    int checked = 0;
    for (const QString &name : suite.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name.startsWith(u"post-sts"_s))
            continue;
        QFile authz(suite.filePath(name + u'/' + name + u".authz"_s));
        QVERIFY(authz.open(QIODevice::ReadOnly));
        const QByteArray expected = authz.readAll().trimmed();
        const Run run = signCli(common(suite.filePath(name + u'/' + name + u".req"_s))
            + QStringList {u"--print"_s, u"signature"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QByteArray("Signature=") + run.out, expected.mid(expected.indexOf("Signature=")));
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestSignCli::printsOnlyTheAskedPart()
{
    const QString req = TestData::path(u"sigv4/suite/get-vanilla/get-vanilla.req"_s);
    const Run sts = signCli(common(req) + QStringList {u"--print"_s, u"string-to-sign"_s});
    QCOMPARE(sts.exitCode, 0);
    QCOMPARE(sts.out,
        QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                   "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
    const Run signedRequest = signCli(common(req) + QStringList {u"--print"_s, u"signed-request"_s});
    QVERIFY(signedRequest.out.startsWith("GET / HTTP/1.1\n"));
    QVERIFY(signedRequest.out.contains(
        "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        "SignedHeaders=host;x-amz-date, "
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"));
    // Presigned, S3 rules: the canonical request ends with UNSIGNED-PAYLOAD.
    const Run query = signCli(common(req)
        + QStringList {
            u"--algorithm"_s, u"v4-s3"_s, u"--mode"_s, u"query"_s, u"--print"_s, u"canonical-request"_s});
    QCOMPARE(query.exitCode, 0);
    QVERIFY(query.out.endsWith("\nUNSIGNED-PAYLOAD"));
}

void TestSignCli::refusesBadInput()
{
    const QString req = TestData::path(u"sigv4/suite/get-vanilla/get-vanilla.req"_s);
    QCOMPARE(signCli(common(req) + QStringList {u"--algorithm"_s, u"v9"_s}).exitCode, 2);
    QCOMPARE(
        signCli(common(req) + QStringList {u"--mode"_s, u"query"_s, u"--expires"_s, u"604801"_s}).exitCode,
        2);
    const Run missing = signCli(common(u"/nonexistent/request.txt"_s));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("cannot read"));
    QVERIFY(!missing.err.contains("wJalrXUtnFEMI"));
}

QTEST_GUILESS_MAIN(TestSignCli)
#include "tst_signcli.moc"
