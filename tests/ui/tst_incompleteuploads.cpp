// SPDX-License-Identifier: GPL-3.0-or-later
// The incomplete multipart uploads dialog against the in-process sandbox, what it shows checked
// against the sandbox's own ListMultipartUploads: paging, abort selected, abort all; the upload a
// skylight-cli killed mid-upload leaves behind (fault N18), listed and aborted there; and a
// read-only cloud, where the list opens but nothing can be aborted. Pictures of the dialog are
// saved to be looked at.
#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include "browserpage.h"
#include "browserrig.h"
#include "faultrules.h"
#include "incompleteuploadsdialog.h"
#include "objectlistmodel.h"
#include "objectsview.h"
#include "peertoolenvironment.h"
#include "s3clientpool.h"
#include "sandboxconfig.h"
#include "transfer/transferqueue.h"

using namespace Qt::StringLiterals;

namespace {

// Clicks Yes on the next confirmation `parent` shows (QMessageBox::question runs its own loop).
void answerYesSoon(QWidget *parent)
{
    auto *timer = new QTimer(parent);
    QObject::connect(timer, &QTimer::timeout, parent, [parent, timer] {
        for (QMessageBox *box : parent->findChildren<QMessageBox *>()) {
            if (box->isVisible()) {
                timer->deleteLater();
                box->button(QMessageBox::Yes)->click();
                return;
            }
        }
    });
    timer->start(20);
}

} // namespace

class TestIncompleteUploads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void incompleteUploadsListAndAbort();
    void uploadOfAKilledCliStaysInTheDialog();
    void incompleteUploadsOnAReadOnlyCloud();

private:
    bool startUpload(const QString &bucket, const QString &key);
    QStringList uploadKeysOnServer(const QString &bucket);

    BrowserRig m_rig;
};

void TestIncompleteUploads::initTestCase()
{
    QVERIFY(m_rig.start(false)); // no demo buckets: each test makes its own
}

bool TestIncompleteUploads::startUpload(const QString &bucket, const QString &key)
{
    return m_rig.sandbox.sendSubresource("POST", bucket, "uploads", key).status == 200;
}

QStringList TestIncompleteUploads::uploadKeysOnServer(const QString &bucket)
{
    const HttpResponse r = m_rig.sandbox.sendSubresource("GET", bucket, "uploads");
    QStringList keys;
    QXmlStreamReader xml(r.body);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Key"_s)
            keys << xml.readElementText();
    }
    return keys;
}

void TestIncompleteUploads::incompleteUploadsListAndAbort()
{
    const QString bucket = u"unfinished"_s;
    m_rig.sandbox.createObjects(bucket, 0);
    QVERIFY(startUpload(bucket, u"a/one.bin"_s));
    QVERIFY(startUpload(bucket, u"b/two.bin"_s));
    QVERIFY(startUpload(bucket, u"c/three.bin"_s));
    QCOMPARE(uploadKeysOnServer(bucket).size(), 3);

    IncompleteUploadsDialog dialog(m_rig.client.get(), bucket);
    QSignalSpy loaded(&dialog, &IncompleteUploadsDialog::loaded);
    dialog.setPageSize(1); // three pages: the markers must carry the listing on
    dialog.reload();
    dialog.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY2(!dialog.isBusy(), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.list()->topLevelItemCount(), 3);
    QStringList shown;
    for (int i = 0; i < 3; ++i)
        shown << dialog.list()->topLevelItem(i)->text(0);
    QCOMPARE(shown, (QStringList {u"a/one.bin"_s, u"b/two.bin"_s, u"c/three.bin"_s}));
    QVERIFY(!dialog.list()->topLevelItem(0)->text(1).isEmpty()); // started, in local time
    QVERIFY(BrowserRig::savePicture(&dialog, u"incomplete-uploads.png"_s));

    // Abort the second only.
    dialog.list()->topLevelItem(1)->setSelected(true);
    loaded.clear();
    dialog.abortSelected();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(uploadKeysOnServer(bucket), (QStringList {u"a/one.bin"_s, u"c/three.bin"_s}));
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(dialog.list()->topLevelItem(1)->text(0), u"c/three.bin"_s);
    QVERIFY2(dialog.statusText().contains(u"1 aborted"_s), qPrintable(dialog.statusText()));

    // Abort all, confirmed.
    loaded.clear();
    answerYesSoon(&dialog);
    dialog.abortAll();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(uploadKeysOnServer(bucket), QStringList());
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    QVERIFY2(dialog.statusText().contains(u"No incomplete uploads"_s), qPrintable(dialog.statusText()));
}

// Fault N18 (TESTING.md): skylight-cli is killed (SIGKILL) in the middle of a multipart upload. The
// upload it leaves is shown by the unfinished-uploads view, which can abort it.
void TestIncompleteUploads::uploadOfAKilledCliStaysInTheDialog()
{
    const QString cli = qEnvironmentVariable("SKYLIGHT_CLI");
    QVERIFY2(QFile::exists(cli), "SKYLIGHT_CLI names no program");
    const QString bucket = u"killed"_s;
    m_rig.sandbox.createObjects(bucket, 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile source(dir.filePath(u"big.bin"_s));
    QVERIFY(source.open(QIODevice::WriteOnly));
    QVERIFY(source.write(QByteArray(40 * 1024 * 1024, 'k')) == 40 * 1024 * 1024);
    source.close();
    // Every part answers 1 s late, so the kill lands between parts.
    QString error;
    m_rig.sandbox.server().setFaultRules(FaultRules::fromJson(
        R"json([{"method":"PUT","target":"^/killed/big\\.bin\\?partNumber=","action":"delay","ms":1000}])json",
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto noFaults = qScopeGuard([this] { m_rig.sandbox.server().setFaultRules({}); });

    QProcess process;
    process.setProcessEnvironment(peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
        QString::fromLatin1(SandboxConfig::kDefaultSecretKey),
        dir.path()));
    process.start(cli,
        {u"s3"_s,
            u"cp"_s,
            source.fileName(),
            u"s3://killed/big.bin"_s,
            u"--part-size"_s,
            u"5"_s,
            u"--max-parts"_s,
            u"1"_s,
            u"--journal"_s,
            dir.filePath(u"journal"_s),
            u"--endpoint-url"_s,
            u"http://127.0.0.1:%1"_s.arg(m_rig.sandbox.port()),
            u"--provider"_s,
            u"sandbox"_s});
    QVERIFY(process.waitForStarted());
    // The event loop turns while waiting, so the in-process sandbox serves the CLI.
    QVERIFY(QTest::qWaitFor([&] { return !uploadKeysOnServer(bucket).isEmpty(); }, 30000));
    QTest::qWait(700);                             // a part or two in
    QVERIFY2(process.state() == QProcess::Running, // killed mid-upload, not after
        (process.readAllStandardOutput() + process.readAllStandardError()).constData());
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QCOMPARE(uploadKeysOnServer(bucket), QStringList {u"big.bin"_s});

    IncompleteUploadsDialog dialog(m_rig.client.get(), bucket);
    QSignalSpy loaded(&dialog, &IncompleteUploadsDialog::loaded);
    dialog.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(0), u"big.bin"_s);
    loaded.clear();
    answerYesSoon(&dialog);
    dialog.abortAll();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(uploadKeysOnServer(bucket), QStringList());
}

void TestIncompleteUploads::incompleteUploadsOnAReadOnlyCloud()
{
    const QString bucket = u"unfinished-ro"_s;
    m_rig.sandbox.createObjects(bucket, 0);
    QVERIFY(startUpload(bucket, u"kept/one.bin"_s));
    QVERIFY(startUpload(bucket, u"kept/two.bin"_s));
    const std::unique_ptr<S3Client> archive = m_rig.readOnlyClient();
    const QString why = BrowserRig::readOnlyRefusal();

    // The browser's Incomplete uploads… stays on and opens the list.
    TransferQueue queue;
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &queue);
    page.setClient(archive.get(), u"us-east-1"_s, {u"us-east-1"_s});
    page.show();
    page.openFolder(bucket, {});
    QVERIFY(QTest::qWaitFor([&] { return !page.objectModel()->isLoading(); }, 10000));
    QAction *action = nullptr;
    for (QAction *a : page.objectsView()->actions()) {
        if (a->objectName() == u"Incomplete uploads…"_s)
            action = a;
    }
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = page.findChild<IncompleteUploadsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 10000));
    QCOMPARE(dialog->list()->topLevelItemCount(), 2);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), u"kept/one.bin"_s);
    QCOMPARE(dialog->list()->topLevelItem(1)->text(0), u"kept/two.bin"_s);
    QVERIFY(dialog->readOnlyNotice()->isVisible());
    QCOMPARE(dialog->readOnlyNotice()->text(), why);
    QVERIFY(BrowserRig::savePicture(dialog, u"incomplete-uploads-read-only.png"_s));

    // Listing again works; aborting does not, even with rows selected, and nothing is sent.
    QVERIFY(dialog->refreshButton()->isEnabled());
    dialog->list()->topLevelItem(0)->setSelected(true);
    QVERIFY(!dialog->abortSelectedButton()->isEnabled());
    QVERIFY(!dialog->abortAllButton()->isEnabled());
    QCOMPARE(dialog->abortSelectedButton()->toolTip(), why);
    QCOMPARE(dialog->abortAllButton()->toolTip(), why);
    dialog->abortSelected();
    QCOMPARE(dialog->statusText(), why);
    dialog->abortAll(); // no question asked: it would be refused anyway
    QCOMPARE(dialog->statusText(), why);
    QTest::qWait(200);
    QCOMPARE(uploadKeysOnServer(bucket), (QStringList {u"kept/one.bin"_s, u"kept/two.bin"_s}));
    dialog->close();

    // The same bucket on the writable cloud: no notice, the abort buttons on.
    IncompleteUploadsDialog writable(m_rig.client.get(), bucket);
    writable.show();
    QVERIFY(QTest::qWaitFor([&writable] { return !writable.isBusy(); }, 10000));
    QCOMPARE(writable.list()->topLevelItemCount(), 2);
    QVERIFY(writable.readOnlyNotice()->isHidden());
    QVERIFY(writable.abortAllButton()->isEnabled());
    writable.list()->topLevelItem(0)->setSelected(true);
    QVERIFY(writable.abortSelectedButton()->isEnabled());
}

QTEST_MAIN(TestIncompleteUploads)
#include "tst_incompleteuploads.moc"
