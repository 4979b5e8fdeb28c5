// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox speaks plain HTTP only. A client that speaks TLS to it (an https profile) or sends
// garbage must not wait for an answer that never comes: a TLS ClientHello is closed at once, text
// garbage gets a 400. And Skylight's own https attempt against it fails fast with a clear error.
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include "clouds/adhocprofile.h"
#include "s3/listbucketsjob.h"
#include "s3/s3client.h"
#include "sandboxfixture.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

class TestSandboxNonHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rawBytes_data();
    void rawBytes();
    void skylightHttpsFailsFast();
};

void TestSandboxNonHttp::rawBytes_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("answerStart"); // empty: closed without a byte
    QTest::newRow("TLS ClientHello") << QByteArray::fromHex("160301020001000001fc0303") << QByteArray();
    QTest::newRow("text garbage") << QByteArray("hello there\r\n") << QByteArray("HTTP/1.1 400");
}

void TestSandboxNonHttp::rawBytes()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, answerStart);
    SandboxFixture fixture;
    QVERIFY(fixture.start());
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, fixture.port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    socket.write(sent);
    QByteArray answer;
    // The sandbox runs in this thread: turn the event loop until it has closed the connection.
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
    answer += socket.readAll();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"closed after %1 ms"_s.arg(timer.elapsed())));
    QVERIFY2(answer.startsWith(answerStart), answer.constData());
    if (answerStart.isEmpty())
        QVERIFY(answer.isEmpty());
}

void TestSandboxNonHttp::skylightHttpsFailsFast()
{
    SandboxFixture fixture;
    QVERIFY(fixture.start());
    QString error;
    const auto profile = AdHocProfile::make(
        CloudProvider::S3Compatible, u"https://127.0.0.1:%1"_s.arg(fixture.port()), u"us-east-1"_s, &error);
    QVERIFY2(profile, qPrintable(error));
    HttpTransport transport;
    S3Client client(&transport, *profile, SandboxFixture::credentials());
    ListBucketsResult result;
    bool done = false;
    QElapsedTimer timer;
    timer.start();
    ListBucketsJob *job = client.listBuckets();
    connect(job, &ListBucketsJob::finished, this, [&](const ListBucketsResult &r) {
        result = r;
        done = true;
    });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    qInfo("https to the plain sandbox: %lld ms, %s",
        timer.elapsed(),
        qPrintable(result.error.humanSentence() + u' ' + result.error.message()));
    QVERIFY(!result.error.isOk());
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    // Says what went wrong and what to try, not only that the connection failed.
    QVERIFY2(
        result.error.message().contains(u"TLS handshake"_s) && result.error.message().contains(u"http://"_s),
        qPrintable(result.error.message()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"failed after %1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestSandboxNonHttp)
#include "tst_sandboxnonhttp.moc"
