// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop in the bucket browser, for real: QDropEvents with file URLs onto the view upload
// through the TransferQueue (checked byte for byte with the fixture's own requests), drags out give
// file URLs whose files hold the objects' bytes, refused drops say why, the transfers dock's model
// under the model checker, and pictures of both (build/screenshots/).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QHash>
#include <QMainWindow>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "browserpage.h"
#include "browserrig.h"
#include "browsertoolbar.h"
#include "dnd/dragstager.h"
#include "dnd/dropplanner.h"
#include "dnd/stagedmimedata.h"
#include "faultrules.h"
#include "objectlistmodel.h"
#include "objectsortproxymodel.h"
#include "objectsview.h"
#include "s3clientpool.h"
#include "transfer/transferqueue.h"
#include "transfersdock.h"
#include "transfersmodel.h"
#include "writeaccess.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator g(seed);
    g.fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
    return b;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a file manager does: enter, move, then drop (or not) at `pos` of the view's viewport.
void dragOnto(ObjectsView *view, QMimeData *mime, QPoint pos, bool drop)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    if (drop) {
        QDropEvent dropEvent(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &dropEvent);
    }
}

int rowOfName(const QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(ObjectListModel::NameRole).toString() == name)
            return r;
    }
    return -1;
}

} // namespace

class TestBrowserDnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropUploadsFilesAndFolders();
    void refusedDropsSayWhy();
    void plannerRefusesWritesFirst();
    void readOnlyCloudRefusesDrops();
    void dragOutGivesFiles();
    void dockModel();
    void screenshots();

private:
    bool openAndLoad(const QString &bucket, const QString &prefix);
    bool save(QWidget *widget, const QString &name);

    BrowserRig m_rig;
    QString m_shots;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<S3ClientPool> m_pool;
    std::unique_ptr<BrowserPage> m_page;
};

void TestBrowserDnd::initTestCase()
{
    QVERIFY(m_rig.start(false));
    m_shots = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::currentPath() + u"/screenshots"_s);
    QVERIFY(QDir().mkpath(m_shots));
}

void TestBrowserDnd::init()
{
    m_queue = std::make_unique<TransferQueue>();
    m_pool = std::make_unique<S3ClientPool>(nullptr, nullptr, nullptr);
    m_page = std::make_unique<BrowserPage>(m_pool.get(), m_queue.get());
    m_page->setClient(m_rig.client.get(), u"us-east-1"_s, {u"us-east-1"_s, u"eu-west-1"_s});
    m_page->resize(900, 500);
}

void TestBrowserDnd::cleanup()
{
    m_page.reset();
    m_pool.reset();
    m_queue.reset();
}

bool TestBrowserDnd::openAndLoad(const QString &bucket, const QString &prefix)
{
    m_page->openFolder(bucket, prefix);
    return QTest::qWaitFor([this] { return !m_page->objectModel()->isLoading(); }, 10000);
}

bool TestBrowserDnd::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_shots).filePath(name);
    const bool ok = widget->grab().save(path);
    if (ok)
        qInfo("screenshot: %s", qPrintable(path));
    return ok;
}

void TestBrowserDnd::dropUploadsFilesAndFolders()
{
    QVERIFY(m_rig.put(u"empty"_s, u"drop/target/"_s, {})); // a folder row to drop onto
    QTemporaryDir local;
    const QByteArray a = randomBytes(300 * 1024, 1);
    const QByteArray b = "plain text with a space in the name\n";
    const QByteArray x = randomBytes(64 * 1024, 2);
    const QByteArray y = "y";
    QVERIFY(writeFile(local.filePath(u"a.bin"_s), a));
    QVERIFY(writeFile(local.filePath(u"b c.txt"_s), b));
    QVERIFY(writeFile(local.filePath(u"album/sub/x.jpg"_s), x));
    QVERIFY(writeFile(local.filePath(u"album/y.txt"_s), y));

    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(openAndLoad(u"empty"_s, u"drop/"_s));
    ObjectsView *view = m_page->objectsView();
    const int targetRow = rowOfName(m_page->proxyModel(), u"target"_s);
    QVERIFY(targetRow >= 0);

    // Files onto the empty area below the rows: into drop/.
    QMimeData files;
    files.setUrls(
        {QUrl::fromLocalFile(local.filePath(u"a.bin"_s)), QUrl::fromLocalFile(local.filePath(u"b c.txt"_s))});
    const QPoint below(40, view->viewport()->height() - 10);
    QVERIFY(!view->indexAt(below).isValid());
    dragOnto(view, &files, below, false);
    QVERIFY(view->isDropHighlighted()); // the target shows before the drop
    QDropEvent drop(below, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(!view->isDropHighlighted());

    // A folder onto the folder row: into drop/target/, keeping its structure.
    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(local.filePath(u"album"_s))});
    const QPoint onRow = view->visualRect(m_page->proxyModel()->index(targetRow, 0)).center();
    QCOMPARE(view->dropFolderAt(onRow), u"drop/target/"_s);
    dragOnto(view, &folder, onRow, true);

    QTRY_VERIFY_WITH_TIMEOUT(m_queue->isIdle() && m_queue->items().size() == 4, 20000);
    for (const TransferItem &item : m_queue->items())
        QVERIFY2(item.state == TransferState::Done, qPrintable(item.key + u": "_s + item.error));
    QCOMPARE(m_rig.fetch(u"empty"_s, u"drop/a.bin"_s), a);
    QCOMPARE(m_rig.fetch(u"empty"_s, u"drop/b c.txt"_s), b);
    QCOMPARE(m_rig.fetch(u"empty"_s, u"drop/target/album/sub/x.jpg"_s), x);
    QCOMPARE(m_rig.fetch(u"empty"_s, u"drop/target/album/y.txt"_s), y);
    // The folder shown refreshes when the queue is idle: the new files appear.
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(m_page->proxyModel(), u"a.bin"_s) >= 0, 10000);
}

void TestBrowserDnd::refusedDropsSayWhy()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(openAndLoad(u"empty"_s, QString()));
    ObjectsView *view = m_page->objectsView();
    QSignalSpy refused(view, &ObjectsView::dropRefused);
    QMimeData text;
    text.setText(u"just words"_s);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QCOMPARE(refused.count(), 1);
    QVERIFY(m_page->statusText().contains(u"Only files and folders"_s));

    QMimeData remote;
    remote.setUrls({QUrl(u"https://example.com/file.txt"_s)});
    dragOnto(view, &remote, QPoint(20, 20), true);
    QVERIFY2(
        m_page->statusText().contains(u"not a file on this computer"_s), qPrintable(m_page->statusText()));
    QVERIFY(m_queue->items().isEmpty());

    QMimeData gone;
    gone.setUrls({QUrl::fromLocalFile(u"/nonexistent/skylight/file"_s)});
    QVERIFY(!m_page->uploadUrls(gone.urls(), {}));
    QVERIFY(m_page->statusText().contains(u"does not exist"_s));

    // No bucket open: the planner says so.
    QVERIFY(DropPlanner::plan(gone.urls(), QString(), QString()).problem.contains(u"Open a bucket"_s));
}

void TestBrowserDnd::plannerRefusesWritesFirst()
{
    QTemporaryDir local;
    QVERIFY(writeFile(local.filePath(u"f.txt"_s), "f"));
    const QList<QUrl> urls {QUrl::fromLocalFile(local.filePath(u"f.txt"_s))};
    // Writable: the file becomes a key below the prefix.
    const DropPlan ok = DropPlanner::plan(urls, u"b"_s, u"p/"_s);
    QVERIFY(ok.isOk());
    QCOMPARE(ok.items.size(), 1);
    QCOMPARE(ok.items.first().key, u"p/f.txt"_s);
    // A cloud that takes no writes: its reason, before anything else, and nothing to upload.
    CloudProfile profile = m_rig.client->profile();
    profile.name = u"Archive"_s;
    profile.readOnly = true;
    const QString why = profile.writeRefusal(SandboxFixture::credentials());
    QCOMPARE(
        why, u"Cloud “Archive” is set to read-only; change that in the cloud's settings to write to it."_s);
    const DropPlan refused = DropPlanner::plan(urls, u"b"_s, u"p/"_s, why);
    QVERIFY(!refused.isOk());
    QVERIFY(refused.items.isEmpty());
    QCOMPARE(refused.problem, why);
    QCOMPARE(DropPlanner::refusal(true, QString(), why), why); // not "open a bucket": that would not help
    QCOMPARE(DropPlanner::refusal(false, u"b"_s, why), why);
    // Without it, the old reasons; nothing says drags inside the browser cannot move any more.
    QCOMPARE(DropPlanner::refusal(true, u"b"_s), QString());
    QVERIFY(DropPlanner::refusal(true, QString()).contains(u"Open a bucket"_s));
    QVERIFY(DropPlanner::refusal(false, u"b"_s).contains(u"Only files and folders"_s));
}

void TestBrowserDnd::readOnlyCloudRefusesDrops()
{
    QVERIFY(m_rig.put(u"empty"_s, u"ro/target/"_s, {}));
    CloudProfile profile = m_rig.client->profile();
    profile.name = u"Archive"_s;
    profile.readOnly = true;
    S3Client readOnly(&m_rig.sandbox.transport(), profile, SandboxFixture::credentials());
    m_page->setClient(&readOnly, u"us-east-1"_s, {u"us-east-1"_s});
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(openAndLoad(u"empty"_s, u"ro/"_s));
    ObjectsView *view = m_page->objectsView();
    QTemporaryDir local;
    QVERIFY(writeFile(local.filePath(u"a.txt"_s), "a"));
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(local.filePath(u"a.txt"_s))});

    // The enter is refused (the "no drop" cursor), nothing is highlighted, and the status says why.
    QSignalSpy refused(view, &ObjectsView::dropRefused);
    const QPoint onRow
        = view->visualRect(m_page->proxyModel()->index(rowOfName(m_page->proxyModel(), u"target"_s), 0))
              .center();
    QDragEnterEvent enter(onRow, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(!view->isDropHighlighted());
    QCOMPARE(refused.count(), 1);
    const QString why
        = u"Cloud “Archive” is set to read-only; change that in the cloud's settings to write to it."_s;
    QCOMPARE(refused.first().first().toString(), why);
    QCOMPARE(m_page->statusText(), why);
    // A drop that arrives all the same (a view that let it through) uploads nothing either.
    QDropEvent drop(onRow, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(!m_page->uploadUrls(files.urls(), {}));
    QCOMPARE(m_page->statusText(), why);
    QVERIFY(save(m_page.get(), u"browser-readonly-refused.png"_s));

    // The actions that write are off and say why; reading ones stay, and so do the Website and
    // Incomplete uploads windows, which open read-only.
    QHash<QString, QAction *> actions;
    for (QAction *a : m_page->toolbar()->allActions())
        actions.insert(a->objectName(), a);
    for (const QString &name :
        {u"Upload files…"_s, u"Upload folder…"_s, u"New folder…"_s, u"Create bucket…"_s}) {
        QVERIFY2(actions.contains(name), qPrintable(name));
        QVERIFY2(!actions.value(name)->isEnabled(), qPrintable(name));
        QCOMPARE(actions.value(name)->toolTip(), why);
    }
    for (const QString &name : {u"Refresh"_s, u"websiteAction"_s, u"Incomplete uploads…"_s}) {
        QVERIFY2(actions.contains(name), qPrintable(name));
        QVERIFY2(actions.value(name)->isEnabled(), qPrintable(name));
        QVERIFY2(actions.value(name)->toolTip() != why, qPrintable(name));
    }
    m_page->newFolder(); // a shortcut that slipped through: refused with words, no dialog
    QCOMPARE(m_page->statusText(), why);

    // Nothing reached the queue or the bucket: the sandbox's own listing still holds only the folder.
    QTest::qWait(200);
    QVERIFY(m_queue->items().isEmpty());
    HttpRequest list = m_rig.sandbox.request("GET", u"empty"_s);
    list.addQuery("list-type", "2");
    list.addQuery("prefix", "ro/");
    const QByteArray body = m_rig.sandbox.send(std::move(list)).body;
    QCOMPARE(body.count("<Key>"), 1);
    QVERIFY(body.contains("<Key>ro/target/</Key>"));

    // The same cloud set writable again: the drop goes through (the refusal came from the setting).
    profile.readOnly = false;
    S3Client writable(&m_rig.sandbox.transport(), profile, SandboxFixture::credentials());
    m_page->setClient(&writable, u"us-east-1"_s, {u"us-east-1"_s});
    QVERIFY(openAndLoad(u"empty"_s, u"ro/"_s));
    for (const QString &name :
        {u"Upload files…"_s, u"New folder…"_s, u"Create bucket…"_s, u"websiteAction"_s}) {
        QVERIFY2(actions.value(name)->isEnabled(), qPrintable(name));
        QVERIFY2(actions.value(name)->toolTip() != why, qPrintable(name));
    }
    QVERIFY(m_page->uploadUrls(files.urls(), {}));
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->isIdle() && m_queue->items().size() == 1, 10000);
    QCOMPARE(m_rig.fetch(u"empty"_s, u"ro/a.txt"_s), QByteArray("a"));

    // No keys at all: anonymous requests only read, and the drop says so.
    profile.name = u"Anonymous"_s;
    S3Client anonymous(&m_rig.sandbox.transport(), profile, Credentials());
    QVERIFY(WriteAccess::refusal(&anonymous).contains(u"anonymous"_s));
    m_page->setClient(&anonymous, u"us-east-1"_s, {u"us-east-1"_s});
    m_page->openFolder(u"empty"_s, u"ro/"_s);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->objectModel()->isLoading(); }, 10000));
    QVERIFY(!m_page->uploadUrls(files.urls(), {}));
    QVERIFY2(
        m_page->statusText().contains(u"“Anonymous” has no access keys"_s), qPrintable(m_page->statusText()));
    QCOMPARE(m_queue->items().size(), 1);
    m_page.reset(); // before the clients it points to
}

void TestBrowserDnd::dragOutGivesFiles()
{
    const QByteArray one = randomBytes(200 * 1024, 3);
    const QByteArray two = "two\n";
    QVERIFY(m_rig.put(u"empty"_s, u"out/one.bin"_s, one));
    QVERIFY(m_rig.put(u"empty"_s, u"out/sub/two.txt"_s, two));
    QVERIFY(m_rig.put(u"empty"_s, u"out/rtl\u202egpj.exe"_s, "x"));
    QVERIFY(openAndLoad(u"empty"_s, u"out/"_s));
    ObjectSortProxyModel *proxy = m_page->proxyModel();
    QCOMPARE(proxy->rowCount(), 3);
    QModelIndexList rows;
    for (int r = 0; r < proxy->rowCount(); ++r)
        rows << proxy->index(r, 0);
    std::unique_ptr<QMimeData> mime(m_page->dragMimeFor(rows));
    QVERIFY2(mime, qPrintable(m_page->statusText()));
    QVERIFY(mime->hasUrls());
    const QList<QUrl> urls = mime->urls(); // waits for the staged downloads
    QCOMPARE(urls.size(), 3);
    QMap<QString, QString> byName;
    for (const QUrl &url : urls) {
        QVERIFY(url.isLocalFile());
        QVERIFY(url.toLocalFile().startsWith(m_page->dragStager()->stagingRoot()));
        byName.insert(QFileInfo(url.toLocalFile()).fileName(), url.toLocalFile());
    }
    QCOMPARE(readFile(byName.value(u"one.bin"_s)), one);
    QVERIFY(QFileInfo(byName.value(u"sub"_s)).isDir());
    QCOMPARE(readFile(byName.value(u"sub"_s) + u"/two.txt"_s), two);
    QCOMPARE(readFile(byName.value(u"rtl\u202egpj.exe"_s)), QByteArray("x"));
    for (const TransferItem &item : m_queue->items())
        QCOMPARE(item.state, TransferState::Done);

    // Too much for a drag: refused with a sentence, nothing queued.
    const int before = int(m_queue->items().size());
    QString why;
    QVERIFY(!m_page->dragStager()->stage(
        m_rig.client.get(), u"empty"_s, u"out/"_s, {{u"out/huge.iso"_s, qint64(4) << 30}}, &why));
    QVERIFY(why.contains(u"Download"_s));
    QCOMPARE(m_queue->items().size(), before);
}

void TestBrowserDnd::dockModel()
{
    TransfersDock dock(m_queue.get());
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir local;
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(local.filePath(u"f%1.bin"_s.arg(i)), randomBytes(50 * 1024 + i, 10 + i)));
    for (int i = 0; i < 5; ++i)
        m_queue->enqueueUpload(
            m_rig.client.get(), local.filePath(u"f%1.bin"_s.arg(i)), u"empty"_s, u"dock/f%1.bin"_s.arg(i));
    const int failing = m_queue->enqueueUpload(
        m_rig.client.get(), local.filePath(u"f0.bin"_s), u"no-such-bucket"_s, u"x"_s);
    QCOMPARE(dock.model()->rowCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->isIdle(), 20000);
    QCOMPARE(dock.model()->rowCount(), 6);
    for (int r = 0; r < 5; ++r) {
        QCOMPARE(
            dock.model()->index(r, TransfersModel::Status).data().toString(), TransfersModel::tr("Done"));
        QCOMPARE(
            dock.model()->index(r, TransfersModel::Progress).data(TransfersModel::ProgressRole).toInt(), 100);
    }
    const int failedRow = dock.model()->rowOf(failing);
    const QString status = dock.model()->index(failedRow, TransfersModel::Status).data().toString();
    QVERIFY2(status.startsWith(TransfersModel::tr("Failed")) && status.size() > 12, qPrintable(status));
    QVERIFY2(dock.summary().contains(u"5 done"_s) && dock.summary().contains(u"1 failed"_s),
        qPrintable(dock.summary()));
    // Retry puts it back in the queue; Clear finished empties the table.
    m_queue->retry(failing);
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->item(failing).isFinished(), 10000);
    m_queue->removeFinished();
    QCOMPARE(dock.model()->rowCount(), 0);
}

void TestBrowserDnd::screenshots()
{
    for (const QString &key : {u"shots/2024/"_s, u"shots/2025/"_s, u"shots/drafts/"_s})
        QVERIFY(m_rig.put(u"empty"_s, key, {}));
    QVERIFY(m_rig.put(u"empty"_s, u"shots/IMG_0001.jpg"_s, randomBytes(2'400'000, 5)));
    QVERIFY(m_rig.put(u"empty"_s, u"shots/notes.txt"_s, "notes"));
    QVERIFY(m_rig.put(u"empty"_s, u"shots/report.pdf"_s, randomBytes(830'000, 6)));
    QVERIFY(m_rig.put(u"empty"_s, u"shots/rtl\u202egpj.exe"_s, "x"));
    QVERIFY(m_rig.put(u"empty"_s, u"shots/bell\x07.wav"_s, "x"));
    QMainWindow window;
    window.setWindowTitle(u"Skylight"_s);
    m_page.release()->setParent(&window); // the window owns it now
    BrowserPage *page = window.findChild<BrowserPage *>();
    window.setCentralWidget(page);
    auto *dock = new TransfersDock(m_queue.get(), &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    page->openFolder(u"empty"_s, u"shots/"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page->objectModel()->isLoading() && page->proxyModel()->rowCount() == 8, 10000);

    // Uploads held by the sandbox for a while, so that they are still running in the picture.
    QString error;
    m_rig.sandbox.server().setFaultRules(FaultRules::fromJson(
        R"([{"method":"PUT","glob":"/empty/shots/holiday-*","action":"delay","ms":3000},
            {"method":"PUT","target":"[?&]partNumber=[3-9]","action":"delay","ms":3000}])",
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir local;
    QList<QUrl> urls;
    for (int i = 0; i < 4; ++i) {
        const QString path = local.filePath(u"holiday-%1.jpg"_s.arg(i + 1));
        QVERIFY(writeFile(path, randomBytes(1'500'000 + i * 700'000, 20 + i)));
        urls << QUrl::fromLocalFile(path);
    }
    // A 40 MiB file goes in 8 MiB parts: the first two arrive, the rest are held, so it shows progress.
    const QString video = local.filePath(u"video.mp4"_s);
    QVERIFY(writeFile(video, randomBytes(40 << 20, 30)));
    m_queue->enqueueUpload(
        m_rig.client.get(), urls.at(3).toLocalFile(), u"no-such-bucket"_s, u"holiday-4.jpg"_s);
    QVERIFY(page->uploadUrls(urls.mid(0, 3) << QUrl::fromLocalFile(video), {}));
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->totals().running >= 2 && m_queue->totals().failed == 1, 10000);
    const auto show = [this] {
        QStringList states;
        for (const TransferItem &i : m_queue->items())
            states << u"%1 %2 %3/%4 %5"_s.arg(i.key)
                          .arg(int(i.state))
                          .arg(i.bytesDone)
                          .arg(i.bytesTotal)
                          .arg(i.error);
        return states.join(u"; "_s);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(m_queue->items().at(4).bytesDone > 0, qPrintable(show()), 10000);

    // A second drag in progress over the folder "2024": the row is highlighted, not yet dropped.
    QMimeData more;
    more.setUrls({urls.at(3)});
    ObjectsView *view = page->objectsView();
    const int row = rowOfName(page->proxyModel(), u"2024"_s);
    QVERIFY(row >= 0);
    dragOnto(view, &more, view->visualRect(page->proxyModel()->index(row, 0)).center(), false);
    QVERIFY(view->isDropHighlighted());
    QTest::qWait(300);
    QVERIFY(save(&window, u"browser-drop.png"_s));
    QVERIFY(save(dock, u"transfers-dock.png"_s));
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(view->viewport(), &leave);
    m_rig.sandbox.server().setFaultRules({});
    m_queue->cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->isIdle(), 20000);
}

QTEST_MAIN(TestBrowserDnd)
#include "tst_browserdnd.moc"
