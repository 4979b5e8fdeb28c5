// SPDX-License-Identifier: GPL-3.0-or-later
// The browser's bucket tools against the in-process sandbox: the ACL line of the properties (canned
// ACLs set with x-amz-acl; the summary of hand-written policies), the usage chart, whose sums are
// checked against an independent listing by the AWS CLI, and whose Cancel stops the requests
// (counted by a sandbox fault rule), moves by dragging between folders, and the page's actions
// opening the tools. A picture of the usage chart is saved to be looked at. The incomplete
// multipart uploads dialog is tested in tst_incompleteuploads.cpp.
#include <QAction>
#include <QDragEnterEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "browserpage.h"
#include "browserrig.h"
#include "faultrules.h"
#include "incompleteuploadsdialog.h"
#include "objectlistmodel.h"
#include "objectpropertiesdialog.h"
#include "objectsview.h"
#include "peertoolenvironment.h"
#include "s3/aclparser.h"
#include "s3clientpool.h"
#include "sandboxconfig.h"
#include "transfer/transferqueue.h"
#include "usagedialog.h"
#include "usagescanner.h"

using namespace Qt::StringLiterals;

namespace {

const QString kAws = u"/usr/bin/aws"_s;

QByteArray policy(const QByteArray &grants)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
           "<Owner><ID>owner-id</ID><DisplayName>owner</DisplayName></Owner><AccessControlList>"
           "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:type=\"CanonicalUser\">"
           "<ID>owner-id</ID><DisplayName>owner</DisplayName></Grantee><Permission>FULL_CONTROL</"
           "Permission></Grant>"
        + grants + "</AccessControlList></AccessControlPolicy>";
}

QByteArray group(const QByteArray &name, const QByteArray &permission)
{
    return "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Group\">"
           "<URI>http://acs.amazonaws.com/groups/global/"
        + name + "</URI></Grantee><Permission>" + permission + "</Permission></Grant>";
}

struct Expected
{
    qint64 objects = 0;
    qint64 bytes = 0;
    QHash<QString, UsageScanner::Sum> byFolder;
    QHash<QString, UsageScanner::Sum> byClass;
};

} // namespace

class TestBrowserTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aclSummaries_data();
    void aclSummaries();
    void aclRefusesDtd();
    void propertiesShowAcl_data();
    void propertiesShowAcl();
    void usageSumsMatchAwsCli_data();
    void usageSumsMatchAwsCli();
    void usageCancelStopsRequests();
    void dragMovesBetweenFolders();
    void pageOpensTheTools();

private:
    bool awsListing(const QString &bucket, const QString &prefix, Expected *expected);

    BrowserRig m_rig;
};

void TestBrowserTools::initTestCase()
{
    QVERIFY(m_rig.start());
}

void TestBrowserTools::aclSummaries_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("summary");
    QTest::newRow("owner only") << policy({}) << u"private"_s;
    QTest::newRow("public read") << policy(group("AllUsers", "READ")) << u"public read"_s;
    QTest::newRow("public read and write")
        << policy(group("AllUsers", "READ") + group("AllUsers", "WRITE")) << u"public read and write"_s;
    QTest::newRow("authenticated") << policy(group("AuthenticatedUsers", "READ"))
                                   << u"authenticated users read"_s;
    QTest::newRow("a user and a group")
        << policy("<Grant><Grantee><EmailAddress>bob@example.com</EmailAddress></Grantee>"
                  "<Permission>READ_ACP</Permission></Grant>"
               + group("LogDelivery", "WRITE"))
        << u"owner: FULL_CONTROL; bob@example.com: READ_ACP; LogDelivery: WRITE"_s;
    QTest::newRow("no namespace, id only") << QByteArray(
        "<AccessControlPolicy><Owner><ID>o</ID></Owner><AccessControlList><Grant><Grantee>"
        "<ID>someone</ID></Grantee><Permission>READ</Permission></Grant></AccessControlList>"
        "</AccessControlPolicy>") << u"someone: READ"_s;
}

void TestBrowserTools::aclSummaries()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, summary);
    Result<AccessControlPolicy> parsed = parseAccessControlPolicy(body);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
    QCOMPARE(describeAcl(parsed.takeValue()), summary);
}

void TestBrowserTools::aclRefusesDtd()
{
    const QByteArray body = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"AllUsers\">]>"
                            "<AccessControlPolicy><Owner><ID>&x;</ID></Owner></AccessControlPolicy>";
    QVERIFY(!parseAccessControlPolicy(body).isOk());
    QVERIFY(!parseAccessControlPolicy("<Error><Code>AccessDenied</Code></Error>").isOk());
}

void TestBrowserTools::propertiesShowAcl_data()
{
    QTest::addColumn<QByteArray>("cannedAcl");
    QTest::addColumn<QString>("summary");
    QTest::newRow("public-read") << QByteArray("public-read") << u"public read"_s;
    QTest::newRow("private") << QByteArray("private") << u"private"_s;
    QTest::newRow("authenticated-read") << QByteArray("authenticated-read") << u"authenticated users read"_s;
}

void TestBrowserTools::propertiesShowAcl()
{
    QFETCH(QByteArray, cannedAcl);
    QFETCH(QString, summary);
    const QString key = u"acl/"_s + QString::fromLatin1(cannedAcl) + u".txt"_s;
    HttpRequest put = m_rig.sandbox.request("PUT", u"empty"_s, key);
    put.setHeader("x-amz-acl", cannedAcl);
    put.body = "hello";
    QCOMPARE(m_rig.sandbox.send(std::move(put)).status, 200);
    // What the sandbox says, read independently: the AllUsers READ grant is there or not.
    const HttpResponse acl = m_rig.sandbox.sendSubresource("GET", u"empty"_s, "acl", key);
    QCOMPARE(acl.status, 200);
    QCOMPARE(acl.body.contains("AllUsers"), cannedAcl == "public-read");

    ObjectPropertiesDialog dialog(m_rig.client.get(), u"empty"_s, key);
    QSignalSpy loaded(&dialog, &ObjectPropertiesDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog.value(u"Size"_s).contains(u"5 bytes"_s), true);
    QCOMPARE(dialog.value(u"ACL"_s), summary);
}

bool TestBrowserTools::awsListing(const QString &bucket, const QString &prefix, Expected *expected)
{
    const QProcessEnvironment env = peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
        QString::fromLatin1(SandboxConfig::kDefaultSecretKey));
    const SandboxFixture::ToolRun run = SandboxFixture::runTool(kAws,
        {u"--endpoint-url"_s,
            u"http://127.0.0.1:%1"_s.arg(m_rig.sandbox.port()),
            u"s3api"_s,
            u"list-objects-v2"_s,
            u"--bucket"_s,
            bucket,
            u"--prefix"_s,
            prefix,
            u"--output"_s,
            u"json"_s},
        env);
    if (run.exitCode != 0) {
        qWarning("aws: %s", run.err.constData());
        return false;
    }
    const QJsonArray contents = QJsonDocument::fromJson(run.out).object().value(u"Contents"_s).toArray();
    for (const QJsonValue &v : contents) {
        const QJsonObject o = v.toObject();
        const QString rest = o.value(u"Key"_s).toString().mid(prefix.size());
        const QString folder = rest.contains(u'/') ? rest.section(u'/', 0, 0) + u'/' : QString();
        const qint64 size = qint64(o.value(u"Size"_s).toDouble());
        QString storageClass = o.value(u"StorageClass"_s).toString();
        if (storageClass.isEmpty())
            storageClass = u"STANDARD"_s;
        ++expected->objects;
        expected->bytes += size;
        for (UsageScanner::Sum *s : {&expected->byFolder[folder], &expected->byClass[storageClass]}) {
            ++s->objects;
            s->bytes += size;
        }
    }
    return true;
}

void TestBrowserTools::usageSumsMatchAwsCli_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("picture");
    QTest::newRow("bucket") << QString() << true;
    QTest::newRow("folder") << u"2022/"_s << false;
}

void TestBrowserTools::usageSumsMatchAwsCli()
{
    QFETCH(QString, prefix);
    QFETCH(bool, picture);
    QVERIFY2(QFile::exists(kAws), "the AWS CLI is missing: apt-get install awscli (scripts/setup.sh)");
    Expected expected;
    QVERIFY(awsListing(u"photos"_s, prefix, &expected));
    QVERIFY(expected.objects > 1000); // more than one page

    UsageDialog dialog(m_rig.client.get(), u"photos"_s, prefix);
    QSignalSpy finished(dialog.scanner(), &UsageScanner::finished);
    QSignalSpy progress(dialog.scanner(), &UsageScanner::progress);
    dialog.show();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toString(), QString());
    QCOMPARE(finished.first().at(1).toBool(), false);
    const UsageScanner::Totals &t = dialog.scanner()->totals();
    QCOMPARE(t.all.objects, expected.objects);
    QCOMPARE(t.all.bytes, expected.bytes);
    QCOMPARE(progress.size(), t.pages); // one report per page
    QVERIFY(t.pages >= 2);
    QCOMPARE(QSet<QString>(t.byFolder.keyBegin(), t.byFolder.keyEnd()),
        QSet<QString>(expected.byFolder.keyBegin(), expected.byFolder.keyEnd()));
    for (auto it = expected.byFolder.cbegin(); it != expected.byFolder.cend(); ++it) {
        QCOMPARE(t.byFolder.value(it.key()).bytes, it.value().bytes);
        QCOMPARE(t.byFolder.value(it.key()).objects, it.value().objects);
    }
    QCOMPARE(t.byStorageClass.size(), expected.byClass.size());
    for (auto it = expected.byClass.cbegin(); it != expected.byClass.cend(); ++it)
        QCOMPARE(t.byStorageClass.value(it.key()).bytes, it.value().bytes);
    QVERIFY2(
        dialog.totalsText().contains(QLocale().toString(expected.objects)), qPrintable(dialog.totalsText()));
    QVERIFY(!dialog.cancelButton()->isEnabled());
    if (picture) {
        QTest::qWait(100); // the chart lays out its new series
        QVERIFY(BrowserRig::savePicture(&dialog, u"usage-chart.png"_s));
    }
}

void TestBrowserTools::usageCancelStopsRequests()
{
    // Every listing of photos is 300 ms late and counted by the rule.
    QString error;
    FaultRules rules = FaultRules::fromJson(
        R"({"rules": [{"method": "GET", "target": "^/photos/?\\?", "action": "delay", "ms": 300}]})", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_rig.sandbox.server().setFaultRules(std::move(rules));

    UsageDialog dialog(m_rig.client.get(), u"photos"_s, QString());
    QSignalSpy finished(dialog.scanner(), &UsageScanner::finished);
    QSignalSpy progress(dialog.scanner(), &UsageScanner::progress);
    dialog.show();
    QVERIFY(progress.wait(10000));
    // The second page is on its way: Cancel aborts it and asks for no third.
    dialog.cancelButton()->click();
    QVERIFY(finished.wait(5000) || finished.size() == 1);
    QCOMPARE(finished.first().at(1).toBool(), true);
    const int requests = m_rig.sandbox.server().faultRules().matchedCount(0);
    QVERIFY2(requests <= 2, qPrintable(QString::number(requests)));
    QTest::qWait(1000);
    QCOMPARE(m_rig.sandbox.server().faultRules().matchedCount(0), requests);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(dialog.scanner()->totals().all.objects, 1000);
    QVERIFY2(dialog.progressText().contains(u"Cancelled"_s), qPrintable(dialog.progressText()));
    m_rig.sandbox.server().setFaultRules(FaultRules());
}

namespace {

QModelIndex rowOf(QAbstractItemView *view, const QString &key)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ObjectListModel::KeyRole).toString() == key)
            return index;
    }
    return {};
}

// Drags `mime` over `view` to `pos` and drops it with Shift held (a move); whether the view accepted it.
bool dragAndDrop(ObjectsView *view, QMimeData *mime, const QPoint &pos)
{
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted() && drop.dropAction() == Qt::MoveAction;
}

} // namespace

void TestBrowserTools::dragMovesBetweenFolders()
{
    const QString bucket = u"moves"_s;
    m_rig.sandbox.createObjects(bucket, 0);
    const QByteArray a = "first body", b = "second body, one folder down";
    QVERIFY(m_rig.put(bucket, u"from/a.txt"_s, a));
    QVERIFY(m_rig.put(bucket, u"from/sub/b.txt"_s, b));
    QVERIFY(m_rig.put(bucket, u"to/x.txt"_s, "stays"));

    TransferQueue queue;
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &queue);
    page.setClient(m_rig.client.get(), u"us-east-1"_s, {u"us-east-1"_s});
    page.resize(900, 500);
    page.show();
    page.openFolder(bucket, QString());
    QVERIFY(QTest::qWaitFor([&] { return !page.objectModel()->isLoading(); }, 10000));
    ObjectsView *view = page.objectsView();
    const QModelIndex from = rowOf(view, u"from/"_s);
    const QModelIndex to = rowOf(view, u"to/"_s);
    QVERIFY(from.isValid() && to.isValid());

    // The drag's mime data, as a drag out of the view makes it (its staged download is cancelled).
    std::unique_ptr<QMimeData> mime(page.dragMimeFor({from}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(u"application/x-skylight-objects"_s));

    // Onto itself: refused, with the reason.
    QVERIFY(!dragAndDrop(view, mime.get(), view->visualRect(from).center()));
    QVERIFY2(page.statusText().contains(u"onto itself"_s), qPrintable(page.statusText()));
    // Onto the empty area, the folder it is already in: refused.
    QVERIFY(!dragAndDrop(view, mime.get(), QPoint(20, view->viewport()->height() - 5)));
    QVERIFY2(page.statusText().contains(u"already in s3://moves/"_s), qPrintable(page.statusText()));

    // Onto "to/" with Shift: a server-side copy through the queue, verified, then the sources deleted.
    QVERIFY(dragAndDrop(view, mime.get(), view->visualRect(to).center()));
    QVERIFY(QTest::qWaitFor([&] { return page.statusText().contains(u"moved"_s); }, 20000));
    QVERIFY2(page.statusText().startsWith(u"2 object"_s), qPrintable(page.statusText()));
    QCOMPARE(m_rig.fetch(bucket, u"to/from/a.txt"_s), a);
    QCOMPARE(m_rig.fetch(bucket, u"to/from/sub/b.txt"_s), b);
    QCOMPARE(m_rig.fetch(bucket, u"to/x.txt"_s), QByteArray("stays"));
    QVERIFY(m_rig.fetch(bucket, u"from/a.txt"_s).isNull());
    QVERIFY(m_rig.fetch(bucket, u"from/sub/b.txt"_s).isNull());
    queue.cancelAll();
}

void TestBrowserTools::pageOpensTheTools()
{
    TransferQueue queue;
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &queue);
    page.setClient(m_rig.client.get(), u"us-east-1"_s, {u"us-east-1"_s});
    page.show();
    page.openFolder(u"photos"_s, u"2023/"_s);
    QVERIFY(QTest::qWaitFor([&] { return !page.objectModel()->isLoading(); }, 10000));
    const auto trigger = [&page](const QString &name) {
        for (QAction *a : page.objectsView()->actions()) {
            if (a->objectName() == name) {
                a->trigger();
                return true;
            }
        }
        return false;
    };
    QVERIFY(trigger(u"Incomplete uploads…"_s));
    auto *uploads = page.findChild<IncompleteUploadsDialog *>();
    QVERIFY(uploads && uploads->isVisible());
    QVERIFY(trigger(u"Usage…"_s));
    auto *usage = page.findChild<UsageDialog *>();
    QVERIFY(usage && usage->isVisible());
    QCOMPARE(usage->scanner()->bucket(), u"photos"_s);
    QCOMPARE(usage->scanner()->prefix(), u"2023/"_s); // the folder shown
    QSignalSpy finished(usage->scanner(), &UsageScanner::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(usage->scanner()->totals().all.objects, 2500);
}

QTEST_MAIN(TestBrowserTools)
#include "tst_browsertools.moc"
