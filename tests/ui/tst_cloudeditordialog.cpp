// SPDX-License-Identifier: GPL-3.0-or-later
// The add-cloud editor: presets fill every field; Test connection against the in-process sandbox
// succeeds with the right secret and shows SignatureDoesNotMatch with a wrong one; an untrusted
// certificate leads to the trust prompt and a pin; Save puts the keys in CredentialStore only.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "advancedprofilesection.h"
#include "cloudeditordialog.h"
#include "clouds/credentialjob.h"
#include "clouds/profilepresets.h"
#include "connectiontestpanel.h"
#include "s3/createbucketjob.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "s3clientpool.h"
#include "sandboxfixture.h"
#include "scriptedhttpserver.h"
#include "tlstrustdialog.h"
#include "transport/httptransport.h"
#include "uitesthelpers.h"
#include "writeaccess.h"

using namespace Qt::StringLiterals;

class TestCloudEditorDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetFillsEveryField_data();
    void presetFillsEveryField();
    void advancedSectionFolds();
    void testConnection_data();
    void testConnection();
    void untrustedCertificateLeadsToPin();
    void saveKeepsSecretsOutOfTheFile();
    void readOnlyIsSavedAndShown();
    void keylessCloudOpensAnonymously();

private:
    ConnectionTestResult clickTest(CloudEditorDialog &dialog);
};

void TestCloudEditorDialog::presetFillsEveryField_data()
{
    QTest::addColumn<int>("presetIndex");
    const QList<CloudProvider> providers = CloudEditorDialog::presetProviders();
    for (int i = 0; i < providers.size(); ++i)
        QTest::newRow(qPrintable(cloudProviderName(providers.at(i)))) << i;
}

void TestCloudEditorDialog::presetFillsEveryField()
{
    QFETCH(int, presetIndex);
    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.choosePreset(presetIndex == 0 ? 1 : 0); // start elsewhere, so every field must change
    dialog.choosePreset(presetIndex);
    const CloudProvider provider = CloudEditorDialog::presetProviders().at(presetIndex);
    const CloudProfile expected = ProfilePresets::forProvider(provider);
    const CloudProfile p = dialog.profile();
    QCOMPARE(p.provider, provider);
    QVERIFY(!p.name.isEmpty());
    QCOMPARE(p.credentialId, p.name);
    QCOMPARE(p.ec2Endpoint, expected.ec2Endpoint);
    QCOMPARE(p.s3Endpoint, expected.s3Endpoint);
    QCOMPARE(p.defaultRegion, expected.defaultRegion);
    QCOMPARE(p.regions, expected.regions.isEmpty() ? QStringList {expected.defaultRegion} : expected.regions);
    QCOMPARE(p.ec2Signing.algorithm, expected.ec2Signing.algorithm);
    QCOMPARE(p.s3Signing.algorithm, expected.s3Signing.algorithm);
    QCOMPARE(p.addressing, expected.addressing);
    QCOMPARE(p.ec2ApiVersion, expected.ec2ApiVersion);
    QCOMPARE(p.tls.caFile, expected.tls.caFile);
    QCOMPARE(p.tls.pinnedSha256, expected.tls.pinnedSha256);
    auto *provider_ = byAccessibleName<QComboBox>(&dialog, u"Provider"_s);
    QVERIFY(provider_);
    QCOMPARE(provider_->currentIndex(), presetIndex);
}

void TestCloudEditorDialog::advancedSectionFolds()
{
    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *signing = byAccessibleName<QComboBox>(&dialog, u"EC2 signing"_s);
    QVERIFY(signing);
    QVERIFY(!signing->isVisible()); // folded away at first
    auto *toggle = dialog.findChild<QAbstractButton *>(u"advancedToggle"_s);
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(signing->isVisible());
    QVERIFY(dialog.advancedSection()->isExpanded());
    signing->setCurrentIndex(signing->findData(int(SigningAlgorithm::SigV2Sha1)));
    QCOMPARE(dialog.profile().ec2Signing.algorithm, SigningAlgorithm::SigV2Sha1);
    auto *website = byAccessibleName<QLineEdit>(&dialog, u"Website endpoint"_s);
    QVERIFY(website && website->isVisible());
    website->setText(u" http://{bucket}.web.example:8080/ "_s);
    QCOMPARE(dialog.profile().websiteEndpoint, u"http://{bucket}.web.example:8080/"_s);
    // Every control a user reaches has a name for assistive technology.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractButton *>(w))
            && w->isVisible())
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->metaObject()->className()));
    }
}

ConnectionTestResult TestCloudEditorDialog::clickTest(CloudEditorDialog &dialog)
{
    QSignalSpy spy(dialog.testPanel(), &ConnectionTestPanel::testFinished);
    auto *button = dialog.findChild<QPushButton *>(u"testConnection"_s);
    if (!button)
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    if (!spy.wait(30000))
        return {};
    return spy.first().first().value<ConnectionTestResult>();
}

void TestCloudEditorDialog::testConnection_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("shown");
    QTest::newRow("right secret") << u"sandbox-secret-key"_s << true << u"S3: OK"_s;
    QTest::newRow("wrong secret") << u"CANARYwrongSECRET"_s << false << u"SignatureDoesNotMatch"_s;
}

void TestCloudEditorDialog::testConnection()
{
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    QFETCH(QString, shown);
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.show();
    dialog.choosePreset(int(CloudEditorDialog::presetProviders().indexOf(CloudProvider::Sandbox)));
    const QString url = u"http://127.0.0.1:%1"_s.arg(sandbox.port());
    QVERIFY(setField(&dialog, u"EC2 endpoint"_s, url));
    QVERIFY(setField(&dialog, u"S3 endpoint"_s, url));
    QVERIFY(setField(&dialog, u"Access key ID"_s, u"SKYLIGHTSANDBOX"_s));
    QVERIFY(setField(&dialog, u"Secret access key"_s, secret));
    const ConnectionTestResult r = clickTest(dialog);
    QCOMPARE(r.outcomes.size(), 2);
    QCOMPARE(r.isOk(), ok);
    const QString text = dialog.testPanel()->resultText();
    QVERIFY2(text.contains(shown), qPrintable(text));
    if (!ok) {
        QVERIFY(text.contains(r.firstError().humanSentence().toHtmlEscaped()));
        QVERIFY(text.contains(u"EC2"_s));
    } else {
        QVERIFY(text.contains(u"EC2: OK"_s));
    }
    QVERIFY(!text.contains(u"CANARY"_s));
    QVERIFY(!QFile::exists(graph.profiles.path())); // testing saves nothing
}

void TestCloudEditorDialog::untrustedCertificateLeadsToPin()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(u"openssl"_s,
        {u"req"_s,
            u"-x509"_s,
            u"-newkey"_s,
            u"rsa:2048"_s,
            u"-nodes"_s,
            u"-keyout"_s,
            u"k.pem"_s,
            u"-out"_s,
            u"c.pem"_s,
            u"-days"_s,
            u"2"_s,
            u"-subj"_s,
            u"/CN=euca.test/O=Skylight Test Cloud"_s});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    QFile cert(dir.filePath(u"c.pem"_s)), key(dir.filePath(u"k.pem"_s));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    const QByteArray pem = cert.readAll();
    ScriptedHttpServer server;
    QVERIFY(server.listenTls(pem, key.readAll()));
    server.setHandler([](const ScriptedHttpServer::Request &) {
        ScriptedHttpServer::Reply reply;
        reply.body = "<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>";
        return reply;
    });

    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.show();
    dialog.choosePreset(int(CloudEditorDialog::presetProviders().indexOf(CloudProvider::S3Compatible)));
    QVERIFY(setField(&dialog, u"S3 endpoint"_s, u"https://127.0.0.1:%1"_s.arg(server.port())));
    QVERIFY(setField(&dialog, u"Access key ID"_s, u"AKID"_s));
    QVERIFY(setField(&dialog, u"Secret access key"_s, u"secret"_s));
    const ConnectionTestResult r = clickTest(dialog);
    QCOMPARE(r.firstError().kind(), ApiError::Kind::Tls);
    const QString fingerprint = TlsSettings::sha256Fingerprint(QSslCertificate(pem));
    QVERIFY(dialog.testPanel()->resultText().contains(fingerprint));
    auto *trust = dialog.findChild<QPushButton *>(u"trustCertificate"_s);
    QVERIFY(trust && trust->isVisible());
    QTest::mouseClick(trust, Qt::LeftButton);
    auto *prompt = dialog.findChild<TlsTrustDialog *>();
    QVERIFY(prompt);
    QVERIFY(prompt->isVisible());
    QCOMPARE(prompt->fingerprint(), fingerprint);
    QCOMPARE(prompt->findChild<QLabel *>(u"fingerprint"_s)->text().replace(u'\n', u':'), fingerprint);
    bool sawSubject = false;
    for (QLabel *l : prompt->findChildren<QLabel *>())
        sawSubject = sawSubject || l->text().contains(u"euca.test"_s);
    QVERIFY(sawSubject); // the probe read the certificate's details
    QTest::mouseClick(prompt->findChild<QPushButton *>(u"trust"_s), Qt::LeftButton);
    QCOMPARE(dialog.profile().tls.pinnedSha256, fingerprint);
    QVERIFY(dialog.advancedSection()->isExpanded());
    const ConnectionTestResult pinned = clickTest(dialog);
    QVERIFY2(pinned.isOk(), qPrintable(dialog.testPanel()->resultText()));
}

void TestCloudEditorDialog::saveKeepsSecretsOutOfTheFile()
{
    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.show();
    dialog.choosePreset(int(CloudEditorDialog::presetProviders().indexOf(CloudProvider::S3Compatible)));
    QVERIFY(setField(&dialog, u"Cloud name"_s, u"minio"_s));
    QVERIFY(setField(&dialog, u"S3 endpoint"_s, u"http://127.0.0.1:9000"_s));
    QVERIFY(setField(&dialog, u"Access key ID"_s, u"AKIDMINIO"_s));
    QVERIFY(setField(&dialog, u"Secret access key"_s, u"CANARYsaveSECRET0042"_s));
    QCOMPARE(byAccessibleName<QLineEdit>(&dialog, u"Secret access key"_s)->echoMode(), QLineEdit::Password);
    QSignalSpy saved(&dialog, &CloudEditorDialog::saved);
    QTest::mouseClick(byAccessibleName<QPushButton>(&dialog, u"Save cloud"_s), Qt::LeftButton);
    QVERIFY(saved.size() == 1 || saved.wait(5000));
    QCOMPARE(saved.first().first().toString(), u"minio"_s);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile file(graph.profiles.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("http://127.0.0.1:9000"));
    QVERIFY(!stored.contains("CANARYsaveSECRET0042"));
    QVERIFY(!stored.contains(QByteArray("CANARYsaveSECRET0042").toBase64()));
    CredentialJob *read = graph.credentials.read(u"minio"_s);
    QSignalSpy readSpy(read, &CredentialJob::finished);
    read->start();
    QVERIFY(readSpy.wait(5000));
    const auto result = readSpy.first().first().value<CredentialResult>();
    QVERIFY(result.isOk());
    QCOMPARE(result.credentials.accessKeyId(), QByteArray("AKIDMINIO"));
    QVERIFY(result.credentials.secretKey() == QByteArrayView("CANARYsaveSECRET0042"));

    // Editing reads the keys back; a second cloud of the same name is refused.
    CloudEditorDialog again(&graph.profiles, &graph.credentials, &transport);
    again.choosePreset(0);
    QVERIFY(setField(&again, u"Cloud name"_s, u"minio"_s));
    QTest::mouseClick(byAccessibleName<QPushButton>(&again, u"Save cloud"_s), Qt::LeftButton);
    QVERIFY(again.statusText().contains(u"exists already"_s));
}

void TestCloudEditorDialog::readOnlyIsSavedAndShown()
{
    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.resize(660, 560);
    dialog.show();
    // Off for every preset, the Internet Archive included (it takes writes with keys).
    auto *box = dialog.findChild<QCheckBox *>(u"readOnly"_s);
    QVERIFY(box);
    for (int i = 0; i < CloudEditorDialog::presetProviders().size(); ++i) {
        dialog.choosePreset(i);
        QVERIFY(!box->isChecked());
        QVERIFY(!dialog.profile().readOnly);
    }
    dialog.choosePreset(int(CloudEditorDialog::presetProviders().indexOf(CloudProvider::S3Compatible)));
    QVERIFY(setField(&dialog, u"Cloud name"_s, u"archive"_s));
    QVERIFY(setField(&dialog, u"S3 endpoint"_s, u"http://127.0.0.1:9000"_s));
    QVERIFY(setField(&dialog, u"Access key ID"_s, u"AKIDRO"_s));
    QVERIFY(setField(&dialog, u"Secret access key"_s, u"SECRETRO"_s));
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(box->isChecked());
    QVERIFY(dialog.profile().readOnly);
    const QString shots = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
    if (!shots.isEmpty() && QDir().mkpath(shots))
        QVERIFY(dialog.grab().save(QDir(shots).filePath(u"cloud-editor-read-only.png"_s)));
    QSignalSpy saved(&dialog, &CloudEditorDialog::saved);
    QTest::mouseClick(byAccessibleName<QPushButton>(&dialog, u"Save cloud"_s), Qt::LeftButton);
    QVERIFY(saved.size() == 1 || saved.wait(5000));
    // In the file, read back by another store, and ticked when the cloud is edited again.
    ProfileStore store(graph.profiles.path());
    QVERIFY(store.load());
    QVERIFY(store.find(u"archive"_s));
    QVERIFY(store.find(u"archive"_s)->readOnly);
    CloudEditorDialog again(&graph.profiles, &graph.credentials, &transport);
    again.editProfile(u"archive"_s);
    QVERIFY(again.findChild<QCheckBox *>(u"readOnly"_s)->isChecked());
    again.findChild<QCheckBox *>(u"readOnly"_s)->setChecked(false);
    QVERIFY(!again.profile().readOnly);
}

void TestCloudEditorDialog::keylessCloudOpensAnonymously()
{
    // A public object on the sandbox, readable without keys (checked with the fixture's own request).
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    sandbox.createObjects(u"open"_s, 0);
    HttpRequest put = sandbox.request("PUT", u"open"_s, u"readme.txt"_s);
    put.setHeader("x-amz-acl", "public-read");
    put.body = "hello";
    QCOMPARE(sandbox.send(std::move(put)).status, 200);

    // A cloud saved with no keys at all.
    UiTestGraph graph;
    HttpTransport transport;
    CloudEditorDialog dialog(&graph.profiles, &graph.credentials, &transport);
    dialog.show();
    dialog.choosePreset(int(CloudEditorDialog::presetProviders().indexOf(CloudProvider::S3Compatible)));
    QVERIFY(setField(&dialog, u"Cloud name"_s, u"public"_s));
    QVERIFY(setField(&dialog, u"S3 endpoint"_s, u"http://127.0.0.1:%1"_s.arg(sandbox.port())));
    QSignalSpy saved(&dialog, &CloudEditorDialog::saved);
    QTest::mouseClick(byAccessibleName<QPushButton>(&dialog, u"Save cloud"_s), Qt::LeftButton);
    QVERIFY2(saved.size() == 1 || saved.wait(5000), qPrintable(dialog.statusText()));
    // It names no keychain entry, so nothing is looked up.
    ProfileStore store(graph.profiles.path());
    QVERIFY(store.load());
    QVERIFY(store.find(u"public"_s));
    QCOMPARE(store.find(u"public"_s)->credentialId, QString());

    // The browser's pool opens it (it said "No secret is stored" before), anonymous and read-only.
    S3ClientPool pool(&graph.profiles, &graph.credentials, &transport);
    S3Client *client = nullptr;
    QString error = u"no answer"_s;
    pool.clientFor(u"public"_s, this, [&](S3Client *c, const QString &why) {
        client = c;
        error = why;
    });
    QTRY_VERIFY_WITH_TIMEOUT(client || error != u"no answer"_s, 5000);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(error, QString());
    QVERIFY2(WriteAccess::refusal(client).contains(u"anonymous"_s), qPrintable(WriteAccess::refusal(client)));
    HeadObjectJob *head = client->headObject({u"open"_s, u"readme.txt"_s});
    std::optional<HeadObjectResult> r;
    connect(head, &HeadObjectJob::finished, this, [&r](const HeadObjectResult &result) { r = result; });
    head->start();
    QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 5000);
    QVERIFY2(r->error.isOk(), qPrintable(r->error.toString()));
    QCOMPARE(r->head.size, 5);
    // A write is refused before it is sent (unsigned, a public-write bucket would take it).
    CreateBucketJob *create = client->createBucket({u"made-anonymously"_s, {}});
    std::optional<CreateBucketResult> created;
    connect(create, &CreateBucketJob::finished, this, [&created](const CreateBucketResult &result) {
        created = result;
    });
    create->start();
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 5000);
    QVERIFY2(created->error.message().contains(u"anonymous access can only read"_s),
        qPrintable(created->error.toString()));
    QCOMPARE(sandbox.send(sandbox.request("HEAD", u"made-anonymously"_s)).status, 404);

    // Edited and saved again without keys, it stays keyless.
    CloudEditorDialog again(&graph.profiles, &graph.credentials, &transport);
    again.editProfile(u"public"_s);
    QSignalSpy savedAgain(&again, &CloudEditorDialog::saved);
    QTest::mouseClick(byAccessibleName<QPushButton>(&again, u"Save cloud"_s), Qt::LeftButton);
    QVERIFY2(savedAgain.size() == 1 || savedAgain.wait(5000), qPrintable(again.statusText()));
    ProfileStore reread(graph.profiles.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.find(u"public"_s)->credentialId, QString());
}

QTEST_MAIN(TestCloudEditorDialog)
#include "tst_cloudeditordialog.moc"
