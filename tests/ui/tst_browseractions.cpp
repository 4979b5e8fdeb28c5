// SPDX-License-Identifier: GPL-3.0-or-later
// The bucket browser's actions against the in-process sandbox, as a user drives them: create and
// delete a bucket (with its region), delete folders recursively after a confirmation that counts,
// rename a folder (copy, then delete), a new folder, a share link capped at 7 days that really
// downloads, and the properties HEAD shows. Results are checked with the fixture's own requests.
#include <QAbstractButton>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>

#include "browserpage.h"
#include "browserrig.h"
#include "browsertoolbar.h"
#include "bucketlistmodel.h"
#include "clouds/credentialjob.h"
#include "cloudsmodel.h"
#include "createbucketdialog.h"
#include "mainwindow.h"
#include "objectlistmodel.h"
#include "objectpropertiesdialog.h"
#include "objectsortproxymodel.h"
#include "objectsview.h"
#include "s3clientpool.h"
#include "sharelinkdialog.h"
#include "transfer/transferqueue.h"
#include "transfersdock.h"
#include "translationloader.h"
#include "uitesthelpers.h"

using namespace Qt::StringLiterals;

namespace {

template <typename T> T *waitForChild(QWidget *parent, const QString &objectName = {})
{
    T *found = nullptr;
    (void)QTest::qWaitFor( // found stays null on a timeout: the caller checks it
        [&] {
            for (T *w : parent->findChildren<T *>()) {
                if ((objectName.isEmpty() || w->objectName() == objectName) && w->isVisible())
                    found = w;
            }
            return found != nullptr;
        },
        10000);
    return found;
}

} // namespace

class TestBrowserActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bucketNames_data();
    void bucketNames();
    void createAndDeleteBucket();
    void deleteFoldersRecursively();
    void renameFolder();
    void newFolder();
    void shareLinkCappedAndWorking();
    void properties();
    void propertiesSetsWebsiteRedirect();
    void mainWindowOpensBrowser();
    void statusLineForgetsReadingTheKeys();
    void toolbarFitsInEveryLanguage_data();
    void toolbarFitsInEveryLanguage();

private:
    bool openAndLoad(const QString &bucket, const QString &prefix);
    void selectAll();

    BrowserRig m_rig;
    TransferQueue m_queue;
    std::unique_ptr<S3ClientPool> m_pool;
    std::unique_ptr<BrowserPage> m_page;
};

void TestBrowserActions::initTestCase()
{
    QVERIFY(m_rig.start(false));
    m_pool = std::make_unique<S3ClientPool>(nullptr, nullptr, nullptr);
    m_page = std::make_unique<BrowserPage>(m_pool.get(), &m_queue);
    m_page->setClient(m_rig.client.get(), u"us-east-1"_s, {u"us-east-1"_s, u"eu-west-1"_s});
    m_page->resize(900, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

bool TestBrowserActions::openAndLoad(const QString &bucket, const QString &prefix)
{
    m_page->openFolder(bucket, prefix);
    return QTest::qWaitFor([this] { return !m_page->objectModel()->isLoading(); }, 10000);
}

void TestBrowserActions::selectAll()
{
    m_page->objectsView()->setCurrentIndex(m_page->proxyModel()->index(0, 0));
    m_page->objectsView()->selectAll();
}

void TestBrowserActions::bucketNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"my-bucket.2024"_s << true;
    QTest::newRow("short") << u"ab"_s << false;
    QTest::newRow("upper") << u"MyBucket"_s << false;
    QTest::newRow("underscore") << u"my_bucket"_s << false;
    QTest::newRow("ends with hyphen") << u"bucket-"_s << false;
    QTest::newRow("double dot") << u"a..b"_s << false;
    QTest::newRow("ip address") << u"192.168.5.4"_s << false;
    QTest::newRow("64 characters") << QString(64, u'a') << false;
}

void TestBrowserActions::bucketNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(CreateBucketDialog::nameProblem(name).isEmpty(), valid);
}

void TestBrowserActions::createAndDeleteBucket()
{
    m_page->showBuckets();
    m_page->createBucket();
    auto *dialog = waitForChild<CreateBucketDialog>(m_page.get());
    QVERIFY(dialog);
    dialog->setBucketName(u"made-by-browser"_s);
    dialog->findChild<QComboBox *>()->setCurrentText(u"eu-west-1"_s);
    dialog->accept();
    BucketListModel *buckets = m_page->bucketModel();
    QTRY_VERIFY_WITH_TIMEOUT(buckets->row(u"made-by-browser"_s) >= 0, 10000);
    const int row = buckets->row(u"made-by-browser"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        buckets->index(row, BucketListModel::Region).data().toString(), u"eu-west-1"_s, 10000);
    // The fixture sees it too, in that region.
    HttpRequest location = m_rig.sandbox.request("GET", u"made-by-browser"_s);
    location.addBareQuery("location");
    const HttpResponse answer = m_rig.sandbox.send(std::move(location));
    QVERIFY2(answer.body.contains("eu-west-1"), answer.body.constData());

    m_page->bucketsView()->setCurrentIndex(buckets->index(row, 0));
    m_page->deleteBucket();
    auto *confirm = waitForChild<QMessageBox>(m_page.get(), u"confirmDeleteBucket"_s);
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(buckets->rowCount() > 0 && buckets->row(u"made-by-browser"_s) < 0, 10000);
    QCOMPARE(m_rig.sandbox.send(m_rig.sandbox.request("HEAD", u"made-by-browser"_s)).status, 404);
}

void TestBrowserActions::deleteFoldersRecursively()
{
    const QStringList keys {
        u"del/a.txt"_s, u"del/sub/b.txt"_s, u"del/sub/deeper/c.txt"_s, u"del/sub2/d.txt"_s};
    for (const QString &k : keys)
        QVERIFY(m_rig.put(u"empty"_s, k, k.toUtf8()));
    QVERIFY(m_rig.put(u"empty"_s, u"keep.txt"_s, "keep"));
    QVERIFY(openAndLoad(u"empty"_s, u"del/"_s));
    QCOMPARE(m_page->proxyModel()->rowCount(), 3); // sub/, sub2/, a.txt
    selectAll();
    m_page->deleteSelected();
    auto *confirm = waitForChild<QMessageBox>(m_page.get(), u"confirmDelete"_s);
    QVERIFY(confirm);
    // The count covers everything below the selected folders.
    QVERIFY2(confirm->text().contains(u"Delete 4 object"_s) && confirm->text().contains(u"2 folder"_s),
        qPrintable(confirm->text()));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(u"4 object(s) deleted"_s), 10000);
    for (const QString &k : keys)
        QVERIFY(m_rig.fetch(u"empty"_s, k).isNull());
    QCOMPARE(m_rig.fetch(u"empty"_s, u"keep.txt"_s), QByteArray("keep"));
}

void TestBrowserActions::renameFolder()
{
    QVERIFY(m_rig.put(u"empty"_s, u"mv/old/1.txt"_s, "one"));
    QVERIFY(m_rig.put(u"empty"_s, u"mv/old/x/2.txt"_s, "two"));
    QVERIFY(openAndLoad(u"empty"_s, u"mv/"_s));
    QCOMPARE(m_page->proxyModel()->rowCount(), 1);
    m_page->objectsView()->setCurrentIndex(m_page->proxyModel()->index(0, 0));
    QTimer::singleShot(0, this, [this] {
        auto *input = waitForChild<QInputDialog>(m_page.get());
        QVERIFY(input);
        QCOMPARE(input->textValue(), u"mv/old/"_s);
        input->setTextValue(u"mv/new"_s); // the trailing "/" is added for a folder
        input->accept();
    });
    m_page->renameSelected();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(u"2 object(s) moved"_s), 10000);
    QCOMPARE(m_rig.fetch(u"empty"_s, u"mv/new/1.txt"_s), QByteArray("one"));
    QCOMPARE(m_rig.fetch(u"empty"_s, u"mv/new/x/2.txt"_s), QByteArray("two"));
    QVERIFY(m_rig.fetch(u"empty"_s, u"mv/old/1.txt"_s).isNull());
    QVERIFY(m_rig.fetch(u"empty"_s, u"mv/old/x/2.txt"_s).isNull());
}

void TestBrowserActions::newFolder()
{
    QVERIFY(openAndLoad(u"empty"_s, u"nf/"_s));
    QTimer::singleShot(0, this, [this] {
        auto *input = waitForChild<QInputDialog>(m_page.get());
        QVERIFY(input);
        input->setTextValue(u"photos 2025"_s);
        input->accept();
    });
    m_page->newFolder();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(u"created"_s), 10000);
    QCOMPARE(m_rig.sandbox.send(m_rig.sandbox.request("HEAD", u"empty"_s, u"nf/photos 2025/"_s)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->proxyModel()->rowCount() == 1, 10000);
    QVERIFY(m_page->proxyModel()->index(0, 0).data(ObjectListModel::IsFolderRole).toBool());
}

void TestBrowserActions::shareLinkCappedAndWorking()
{
    const QByteArray body = "shared bytes";
    QVERIFY(m_rig.put(u"empty"_s, u"share/a b+c.txt"_s, body));
    ShareLinkDialog dialog(m_rig.client.get(), u"empty"_s, u"share/a b+c.txt"_s);
    dialog.setExpiry(30, 2); // 30 days: more than SigV4 allows
    QCOMPARE(QUrlQuery(QUrl(dialog.link())).queryItemValue(u"X-Amz-Expires"_s), u"604800"_s);
    QVERIFY(dialog.problem().contains(u"7 days"_s));
    dialog.setExpiry(2, 1); // 2 hours
    QCOMPARE(QUrlQuery(QUrl(dialog.link())).queryItemValue(u"X-Amz-Expires"_s), u"7200"_s);
    QVERIFY(dialog.problem().isEmpty());
    // Anyone with the link gets the object: a plain, unsigned GET.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(dialog.link())));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), body);
    reply->deleteLater();
}

void TestBrowserActions::properties()
{
    HttpRequest put = m_rig.sandbox.request("PUT", u"empty"_s, u"props/photo.jpg"_s);
    put.body = QByteArray(1234, 'p');
    put.setHeader("Content-Type", "image/jpeg");
    put.setHeader("x-amz-meta-camera", "X100");
    QCOMPARE(m_rig.sandbox.send(std::move(put)).status, 200);
    ObjectPropertiesDialog dialog(m_rig.client.get(), u"empty"_s, u"props/photo.jpg"_s);
    QSignalSpy loaded(&dialog, &ObjectPropertiesDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(dialog.value(u"Size"_s).contains(u"1234 bytes"_s)
        || dialog.value(u"Size"_s).contains(u"1,234 bytes"_s));
    const QByteArray md5 = QCryptographicHash::hash(QByteArray(1234, 'p'), QCryptographicHash::Md5).toHex();
    QCOMPARE(dialog.value(u"ETag"_s), u"\"%1\""_s.arg(QString::fromLatin1(md5)));
    QCOMPARE(dialog.value(u"Content type"_s), u"image/jpeg"_s);
    QCOMPARE(dialog.value(u"x-amz-meta-camera"_s), u"X100"_s);
    QVERIFY(!dialog.value(u"Storage class"_s).isEmpty());
}

void TestBrowserActions::propertiesSetsWebsiteRedirect()
{
    // A website bucket whose objects everyone may read, set up straight on the sandbox.
    SandboxFixture &s = m_rig.sandbox;
    QCOMPARE(s.send(s.request("PUT", u"redirsite"_s, {})).status, 200);
    QCOMPARE(s.putSubresource(u"redirsite"_s,
                  "website",
                  "<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                  "<IndexDocument><Suffix>index.html</Suffix></IndexDocument></WebsiteConfiguration>")
                 .status,
        200);
    const HttpResponse policy = s.putSubresource(u"redirsite"_s,
        "policy",
        R"({"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Principal":"*",)"
        R"("Action":"s3:GetObject","Resource":"arn:aws:s3:::redirsite/*"}]})");
    QVERIFY2(policy.status / 100 == 2, policy.body.constData());
    HttpRequest put = s.request("PUT", u"redirsite"_s, u"old.html"_s);
    put.body = "<p>old</p>";
    put.setHeader("Content-Type", "text/html");
    put.setHeader("x-amz-meta-author", "ann");
    QCOMPARE(s.send(std::move(put)).status, 200);
    QCOMPARE(s.website("GET", "/redirsite/old.html").status, 200);

    ObjectPropertiesDialog dialog(m_rig.client.get(), u"redirsite"_s, u"old.html"_s);
    dialog.show();
    QSignalSpy loaded(&dialog, &ObjectPropertiesDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QLineEdit *field = byAccessibleName<QLineEdit>(&dialog, u"Website redirect"_s);
    auto *set = byAccessibleName<QPushButton>(&dialog, u"Set redirect"_s);
    QVERIFY(field && set);
    QVERIFY(field->isEnabled());
    QCOMPARE(field->text(), QString()); // no redirect yet

    // An invalid target is refused in the dialog, and nothing reaches the sandbox.
    QSignalSpy saved(&dialog, &ObjectPropertiesDialog::redirectSaved);
    QTest::keyClicks(field, u"example.com/new"_s);
    QVERIFY(set->isEnabled());
    QTest::mouseClick(set, Qt::LeftButton);
    QVERIFY2(dialog.redirectStatus().contains(u"must start with"_s), qPrintable(dialog.redirectStatus()));
    QVERIFY(field->isEnabled());
    QTest::qWait(300);
    QCOMPARE(saved.size(), 0);
    QVERIFY(!s.send(s.request("HEAD", u"redirsite"_s, u"old.html"_s))
                 .header("x-amz-website-redirect-location")
                 .size());
    QCOMPARE(s.website("GET", "/redirsite/old.html").status, 200);

    // A valid one is saved: the website endpoint answers 301 to it, the object keeps its type.
    field->clear();
    QTest::keyClicks(field, u"/new/page.html"_s);
    QTest::mouseClick(set, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const auto result = saved.first().first().value<ObjectRedirectResult>();
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QVERIFY(!result.created);
    QCOMPARE(dialog.redirectStatus(), u"Redirect set."_s);
    const HttpResponse served = s.website("GET", "/redirsite/old.html");
    QCOMPARE(served.status, 301);
    QCOMPARE(served.header("Location"), QByteArray("/new/page.html"));
    const HttpResponse head = s.send(s.request("HEAD", u"redirsite"_s, u"old.html"_s));
    QCOMPARE(head.header("Content-Type"), QByteArray("text/html"));
    QCOMPARE(head.header("x-amz-meta-author"), QByteArray("ann"));

    // Opened again, the dialog shows the redirect HEAD reports.
    ObjectPropertiesDialog again(m_rig.client.get(), u"redirsite"_s, u"old.html"_s);
    QSignalSpy loadedAgain(&again, &ObjectPropertiesDialog::loaded);
    QVERIFY(loadedAgain.wait(10000));
    QCOMPARE(again.redirectField()->text(), u"/new/page.html"_s);
    QVERIFY(!again.redirectField()->isReadOnly());

    // On a read-only cloud the redirect is shown, but it cannot be edited or set, and Set redirect
    // says why it is off.
    const std::unique_ptr<S3Client> archive = m_rig.readOnlyClient();
    const QString why = BrowserRig::readOnlyRefusal();
    ObjectPropertiesDialog readOnly(archive.get(), u"redirsite"_s, u"old.html"_s);
    readOnly.show();
    QSignalSpy loadedReadOnly(&readOnly, &ObjectPropertiesDialog::loaded);
    QVERIFY(loadedReadOnly.wait(10000));
    QLineEdit *shown = readOnly.redirectField();
    QCOMPARE(shown->text(), u"/new/page.html"_s);
    QVERIFY(shown->isReadOnly());
    QCOMPARE(readOnly.redirectButton(), byAccessibleName<QPushButton>(&readOnly, u"Set redirect"_s));
    QVERIFY(!readOnly.redirectButton()->isEnabled());
    QCOMPARE(readOnly.redirectButton()->toolTip(), why);
    QTest::keyClicks(shown, u"x"_s);
    QCOMPARE(shown->text(), u"/new/page.html"_s);
    QVERIFY(!readOnly.redirectButton()->isEnabled());
    QSignalSpy savedReadOnly(&readOnly, &ObjectPropertiesDialog::redirectSaved);
    readOnly.saveRedirect(); // a call that slipped through: refused with the reason, nothing sent
    QCOMPARE(readOnly.redirectStatus(), why);
    QTest::qWait(200);
    QCOMPARE(savedReadOnly.size(), 0);
    // The wrapped reason is shown whole: the dialog grew for it (its lines were cut off before).
    auto *reason = byAccessibleName<QLabel>(&readOnly, u"Redirect status"_s);
    QVERIFY(reason->height() >= reason->heightForWidth(reason->width()));
    QVERIFY(BrowserRig::savePicture(&readOnly, u"properties-redirect-read-only.png"_s));
    QCOMPARE(
        s.send(s.request("HEAD", u"redirsite"_s, u"old.html"_s)).header("x-amz-website-redirect-location"),
        QByteArray("/new/page.html"));
}

void TestBrowserActions::mainWindowOpensBrowser()
{
    // The clouds panel's Buckets node opens the browser with the keys read from the keychain.
    UiTestGraph graph;
    CloudProfile profile = ProfilePresets::sandbox(m_rig.sandbox.port());
    profile.name = u"sandbox"_s;
    profile.credentialId = u"sandbox-keys"_s;
    graph.profiles.upsert(profile);
    CredentialJob *write = graph.credentials.write(profile.credentialId, SandboxFixture::credentials());
    QSignalSpy written(write, &CredentialJob::finished);
    write->start();
    QVERIFY(written.wait(5000));
    MainWindow window(&graph.profiles, &graph.credentials, &m_rig.sandbox.transport());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QModelIndex cloud = window.cloudsModel()->indexOfProfile(u"sandbox"_s);
    const QModelIndex region = window.cloudsModel()->index(0, 0, cloud);
    QModelIndex buckets;
    for (int r = 0; r < window.cloudsModel()->rowCount(region); ++r) {
        const QModelIndex node = window.cloudsModel()->index(r, 0, region);
        if (node.data(CloudsModel::NodeKindRole).toInt() == int(CloudsModel::NodeKind::Buckets))
            buckets = node;
    }
    QVERIFY(buckets.isValid());
    window.cloudsView()->setCurrentIndex(buckets);
    QVERIFY(window.browserPage()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.browserPage()->bucketModel()->row(u"empty"_s) >= 0, 10000);
    QVERIFY(!window.transfersDock()->isVisible()); // until the first transfer
}

// "Reading the keys of …" is shown while the keychain is asked, and no longer once the bucket list
// came (a new client), nor when the cloud's client already existed; a message that replaced it
// meanwhile stays.
void TestBrowserActions::statusLineForgetsReadingTheKeys()
{
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &m_queue);
    page.resize(900, 500);
    page.show();
    S3Client fresh(&m_rig.sandbox.transport(), m_rig.client->profile(), SandboxFixture::credentials());
    pool.insert(u"other"_s, &fresh);
    QSignalSpy statuses(&page, &BrowserPage::statusChanged);
    page.setCloud(u"other"_s, u"us-east-1"_s, {u"us-east-1"_s});
    QVERIFY2(
        !statuses.isEmpty() && statuses.first().first().toString().startsWith(u"Reading the keys of other"_s),
        "the progress message was shown");
    QCOMPARE(page.client(), &fresh);
    QTRY_VERIFY_WITH_TIMEOUT(!page.bucketModel()->isLoading() && page.bucketModel()->rowCount() > 0, 10000);
    QVERIFY2(!page.statusText().contains(u"Reading the keys"_s), qPrintable(page.statusText()));
    // The same cloud again: its client exists, nothing is listed anew.
    page.setCloud(u"other"_s, u"us-east-1"_s, {u"us-east-1"_s});
    QVERIFY2(!page.statusText().contains(u"Reading the keys"_s), qPrintable(page.statusText()));
    // A cloud that cannot be reached: the reason replaces the progress message and stays.
    page.setCloud(u"missing"_s, u"us-east-1"_s, {});
    QVERIFY2(page.statusText().contains(u"missing"_s) && !page.statusText().contains(u"Reading the keys"_s),
        qPrintable(page.statusText()));
}

void TestBrowserActions::toolbarFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("ja") << u"ja"_s;
}

// The browser's share of the default window (1100 px less the clouds panel, so less than at 1280 px)
// shows every toolbar button: no "»" extension. The translations are checked to be loaded (a
// German word on a button), so an English-only run cannot pass for German.
void TestBrowserActions::toolbarFitsInEveryLanguage()
{
    QFETCH(QString, language);
    TranslationLoader loader;
    QCOMPARE(loader.install(language), language);
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &m_queue);
    page.resize(820, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    BrowserToolbar *bar = page.toolbar();
    QStringList texts;
    for (QAction *a : bar->actions())
        texts << a->text();
    if (language == u"de")
        QVERIFY2(texts.contains(u"Aktualisieren"_s), qPrintable(texts.join(u", ")));
    auto *extension = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QVERIFY(extension);
    QVERIFY2(!extension->isVisible(),
        qPrintable(u"%1 px wanted, %2 px shown"_s.arg(bar->sizeHint().width()).arg(bar->width())));
    QVERIFY(bar->moreButton()->isVisible());
    QVERIFY(bar->moreButton()->menu()->actions().size() >= 8);
}

QTEST_MAIN(TestBrowserActions)
#include "tst_browseractions.moc"
