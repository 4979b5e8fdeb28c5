// SPDX-License-Identifier: GPL-3.0-or-later
// Dragging Skylight objects inside the bucket browser, for real: QDropEvents carrying an
// ObjectDragPayload onto a folder row, the empty area and a breadcrumb segment copy on the server
// through the TransferQueue (checked by the sandbox's own listing and GET); with Shift they move
// (the source gone, the copy there); a second client stands for another cloud and streams through
// this computer; drops onto themselves say why and do nothing. Pictures of the highlights go to
// build/screenshots/.
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "breadcrumbbar.h"
#include "browserpage.h"
#include "browserrig.h"
#include "dnd/breadcrumbdroptarget.h"
#include "dnd/objectdragpayload.h"
#include "objectlistmodel.h"
#include "objectsortproxymodel.h"
#include "objectsview.h"
#include "s3clientpool.h"
#include "transfer/transferqueue.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator g(seed);
    g.fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
    return b;
}

// Enter, move, then drop (or not) at `pos` of `target`, with `modifiers` held.
void dragOnto(QWidget *target, QMimeData *mime, QPoint pos, bool drop, Qt::KeyboardModifiers modifiers = {})
{
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &move);
    if (drop) {
        QDropEvent dropEvent(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(target, &dropEvent);
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

class TestBrowserDragCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void copyOntoAFolderRow();
    void shiftMovesAFolder();
    void dropOntoABreadcrumbSegment();
    void dropOntoTheEmptyAreaFromAnotherFolder();
    void dropsOntoThemselvesAreRefused();
    void anotherCloudStreamsThrough();
    void readOnlyCloudsRefuseWrites();
    void readOnlyCloudShowsTheNoDropCursor();
    void screenshots();

private:
    bool openAndLoad(const QString &prefix);
    QPoint rowCenter(const QString &name) const;
    QStringList listed(const QString &prefix);
    void payload(
        QMimeData *mime, const QString &fromPrefix, const QStringList &keys, S3Client *client = nullptr);
    bool waitDone();

    BrowserRig m_rig;
    QString m_shots;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<S3ClientPool> m_pool;
    std::unique_ptr<BrowserPage> m_page;
};

void TestBrowserDragCopy::initTestCase()
{
    QVERIFY(m_rig.start(false));
    m_shots = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::currentPath() + u"/screenshots"_s);
    QVERIFY(QDir().mkpath(m_shots));
}

void TestBrowserDragCopy::init()
{
    m_queue = std::make_unique<TransferQueue>();
    m_pool = std::make_unique<S3ClientPool>(nullptr, nullptr, nullptr);
    m_page = std::make_unique<BrowserPage>(m_pool.get(), m_queue.get());
    m_page->setClient(m_rig.client.get(), u"us-east-1"_s, {u"us-east-1"_s});
    m_page->resize(900, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestBrowserDragCopy::cleanup()
{
    m_page.reset();
    m_pool.reset();
    m_queue.reset();
}

bool TestBrowserDragCopy::openAndLoad(const QString &prefix)
{
    m_page->openFolder(u"empty"_s, prefix);
    return QTest::qWaitFor([this] { return !m_page->objectModel()->isLoading(); }, 10000);
}

QPoint TestBrowserDragCopy::rowCenter(const QString &name) const
{
    const int row = rowOfName(m_page->proxyModel(), name);
    return row < 0 ? QPoint(-1, -1)
                   : m_page->objectsView()->visualRect(m_page->proxyModel()->index(row, 0)).center();
}

// The keys below `prefix`, from the sandbox's own ListObjectsV2 answer.
QStringList TestBrowserDragCopy::listed(const QString &prefix)
{
    HttpRequest r = m_rig.sandbox.request("GET", u"empty"_s);
    r.addQuery("list-type", "2");
    r.addQuery("prefix", prefix.toUtf8());
    const QByteArray body = m_rig.sandbox.send(std::move(r)).body;
    QStringList keys;
    for (qsizetype at = body.indexOf("<Key>"); at >= 0; at = body.indexOf("<Key>", at + 1))
        keys << QString::fromUtf8(body.mid(at + 5, body.indexOf("</Key>", at) - at - 5));
    keys.sort();
    return keys;
}

void TestBrowserDragCopy::payload(
    QMimeData *mime, const QString &fromPrefix, const QStringList &keys, S3Client *client)
{
    if (!client)
        client = m_rig.client.get();
    ObjectDragPayload {quintptr(client), u"empty"_s, fromPrefix, keys}.addTo(mime, client);
}

// The drop's copies (and deletes) ended: the page says how many.
bool TestBrowserDragCopy::waitDone()
{
    return QTest::qWaitFor(
        [this] {
            const QString s = m_page->statusText();
            return m_queue->isIdle() && (s.contains(u" copied"_s) || s.contains(u" moved"_s));
        },
        30000);
}

void TestBrowserDragCopy::copyOntoAFolderRow()
{
    const QByteArray bytes = randomBytes(300'000, 1);
    QVERIFY(m_rig.put(u"empty"_s, u"c1/a.bin"_s, bytes));
    QVERIFY(m_rig.put(u"empty"_s, u"c1/target/"_s, {}));
    QVERIFY(openAndLoad(u"c1/"_s));
    QMimeData mime;
    payload(&mime, u"c1/"_s, {u"c1/a.bin"_s});
    ObjectsView *view = m_page->objectsView();
    dragOnto(view->viewport(), &mime, rowCenter(u"target"_s), false);
    QVERIFY(view->isDropHighlighted());
    QVERIFY2(m_page->statusText().contains(u"copy 1 item"_s), qPrintable(m_page->statusText()));
    dragOnto(view->viewport(), &mime, rowCenter(u"target"_s), true);
    QVERIFY2(waitDone(), qPrintable(m_page->statusText()));
    QVERIFY2(m_page->statusText().contains(u"1 object(s) copied"_s), qPrintable(m_page->statusText()));
    QCOMPARE(listed(u"c1/"_s), (QStringList {u"c1/a.bin"_s, u"c1/target/"_s, u"c1/target/a.bin"_s}));
    QCOMPARE(m_rig.fetch(u"empty"_s, u"c1/target/a.bin"_s), bytes);
    QCOMPARE(m_queue->items().size(), 1);
    QCOMPARE(m_queue->items().first().direction, TransferDirection::Copy);
}

void TestBrowserDragCopy::shiftMovesAFolder()
{
    const QByteArray one = randomBytes(6'000'000, 2);
    QVERIFY(m_rig.put(u"empty"_s, u"m1/folder/one.bin"_s, one));
    QVERIFY(m_rig.put(u"empty"_s, u"m1/folder/deep/two.txt"_s, "two"));
    QVERIFY(m_rig.put(u"empty"_s, u"m1/into/"_s, {}));
    QVERIFY(openAndLoad(u"m1/"_s));
    QMimeData mime;
    payload(&mime, u"m1/"_s, {u"m1/folder/"_s});
    dragOnto(m_page->objectsView()->viewport(), &mime, rowCenter(u"into"_s), true, Qt::ShiftModifier);
    QVERIFY2(waitDone(), qPrintable(m_page->statusText()));
    QVERIFY2(m_page->statusText().contains(u"2 object(s) moved"_s), qPrintable(m_page->statusText()));
    QCOMPARE(listed(u"m1/"_s),
        (QStringList {u"m1/into/"_s, u"m1/into/folder/deep/two.txt"_s, u"m1/into/folder/one.bin"_s}));
    QCOMPARE(m_rig.fetch(u"empty"_s, u"m1/into/folder/one.bin"_s), one);
    QCOMPARE(m_rig.fetch(u"empty"_s, u"m1/into/folder/deep/two.txt"_s), QByteArray("two"));
    QVERIFY(m_rig.fetch(u"empty"_s, u"m1/folder/one.bin"_s).isNull());
}

void TestBrowserDragCopy::dropOntoABreadcrumbSegment()
{
    QVERIFY(m_rig.put(u"empty"_s, u"b1/x/y/file.txt"_s, "crumb"));
    QVERIFY(openAndLoad(u"b1/x/y/"_s));
    BreadcrumbBar *bar = m_page->breadcrumb();
    QCOMPARE(bar->segments(), (QStringList {u"Buckets"_s, u"empty"_s, u"b1"_s, u"x"_s, u"y"_s}));
    QMimeData mime;
    payload(&mime, u"b1/x/y/"_s, {u"b1/x/y/file.txt"_s});
    const auto centre = [bar](int level) {
        QToolButton *b = bar->button(level);
        return b->mapTo(bar, b->rect().center());
    };
    // Over "x" (level 3): highlighted, and the status says what a drop would do.
    dragOnto(bar, &mime, centre(3), false);
    QCOMPARE(m_page->breadcrumbDrops()->highlightedLevel(), 3);
    QVERIFY2(m_page->statusText().contains(u"s3://empty/b1/x/"_s), qPrintable(m_page->statusText()));
    // Over the current folder "y": they are already there. Over the root: not a folder.
    dragOnto(bar, &mime, centre(4), true);
    QCOMPARE(m_page->breadcrumbDrops()->highlightedLevel(), -1);
    QVERIFY2(m_page->statusText().contains(u"already in"_s), qPrintable(m_page->statusText()));
    dragOnto(bar, &mime, centre(0), true);
    QVERIFY2(m_page->statusText().contains(u"bucket list"_s), qPrintable(m_page->statusText()));
    QVERIFY(m_queue->items().isEmpty());
    // Dropped onto the bucket's top ("empty", level 1) with Shift: moved there.
    dragOnto(bar, &mime, centre(1), true, Qt::ShiftModifier);
    QVERIFY2(waitDone(), qPrintable(m_page->statusText()));
    QCOMPARE(m_rig.fetch(u"empty"_s, u"file.txt"_s), QByteArray("crumb"));
    QVERIFY(m_rig.fetch(u"empty"_s, u"b1/x/y/file.txt"_s).isNull());
}

void TestBrowserDragCopy::dropOntoTheEmptyAreaFromAnotherFolder()
{
    // As from another browser tab: the objects come from "e1/from/", the page shows "e1/to/".
    QVERIFY(m_rig.put(u"empty"_s, u"e1/from/p.txt"_s, "p"));
    QVERIFY(m_rig.put(u"empty"_s, u"e1/to/q.txt"_s, "q"));
    QVERIFY(openAndLoad(u"e1/to/"_s));
    QMimeData mime;
    payload(&mime, u"e1/from/"_s, {u"e1/from/p.txt"_s});
    ObjectsView *view = m_page->objectsView();
    const QPoint below(40, view->viewport()->height() - 10);
    dragOnto(view->viewport(), &mime, below, true);
    QVERIFY2(waitDone(), qPrintable(m_page->statusText()));
    QCOMPARE(listed(u"e1/"_s), (QStringList {u"e1/from/p.txt"_s, u"e1/to/p.txt"_s, u"e1/to/q.txt"_s}));
    QTRY_VERIFY(rowOfName(m_page->proxyModel(), u"p.txt"_s) >= 0); // the listing was refreshed
}

void TestBrowserDragCopy::dropsOntoThemselvesAreRefused()
{
    QVERIFY(m_rig.put(u"empty"_s, u"r1/self/sub/k.txt"_s, "k"));
    QVERIFY(openAndLoad(u"r1/"_s));
    ObjectsView *view = m_page->objectsView();
    QMimeData self;
    payload(&self, u"r1/"_s, {u"r1/self/"_s});
    dragOnto(view->viewport(), &self, rowCenter(u"self"_s), true);
    QVERIFY(!view->isDropHighlighted());
    QVERIFY2(m_page->statusText().contains(u"onto itself"_s), qPrintable(m_page->statusText()));
    // Into its own sub-folder: from the page showing "r1/self/", onto the row "sub".
    QVERIFY(openAndLoad(u"r1/self/"_s));
    dragOnto(view->viewport(), &self, rowCenter(u"sub"_s), true, Qt::ShiftModifier);
    QVERIFY2(m_page->statusText().contains(u"own sub-folder"_s), qPrintable(m_page->statusText()));
    // A drag from a process or cloud that is gone: no client to read from.
    QMimeData gone;
    ObjectDragPayload {quintptr(0x1234), u"empty"_s, u"r1/"_s, {u"r1/self/"_s}}.addTo(&gone);
    dragOnto(view->viewport(), &gone, QPoint(40, view->viewport()->height() - 10), true);
    QVERIFY2(m_page->statusText().contains(u"no longer connected"_s), qPrintable(m_page->statusText()));
    QVERIFY(m_queue->items().isEmpty());
    QCOMPARE(listed(u"r1/"_s), (QStringList {u"r1/self/sub/k.txt"_s}));
}

void TestBrowserDragCopy::anotherCloudStreamsThrough()
{
    // A second client of its own stands for another cloud: no server-side copy between them.
    S3Client other(&m_rig.sandbox.transport(), m_rig.client->profile(), SandboxFixture::credentials());
    const QByteArray bytes = randomBytes(700'000, 3);
    QVERIFY(m_rig.put(u"empty"_s, u"x1/src/f.bin"_s, bytes));
    QVERIFY(m_rig.put(u"empty"_s, u"x1/src/g/h.txt"_s, "h"));
    QVERIFY(m_rig.put(u"empty"_s, u"x1/dst/"_s, {}));
    QVERIFY(openAndLoad(u"x1/"_s));
    QMimeData mime;
    payload(&mime, u"x1/src/"_s, {u"x1/src/f.bin"_s, u"x1/src/g/"_s}, &other);
    dragOnto(m_page->objectsView()->viewport(), &mime, rowCenter(u"dst"_s), true, Qt::ShiftModifier);
    QVERIFY2(waitDone(), qPrintable(m_page->statusText()));
    QVERIFY2(m_page->statusText().contains(u"2 object(s) moved"_s), qPrintable(m_page->statusText()));
    QCOMPARE(m_rig.fetch(u"empty"_s, u"x1/dst/f.bin"_s), bytes);
    QCOMPARE(m_rig.fetch(u"empty"_s, u"x1/dst/g/h.txt"_s), QByteArray("h"));
    QCOMPARE(listed(u"x1/"_s), (QStringList {u"x1/dst/"_s, u"x1/dst/f.bin"_s, u"x1/dst/g/h.txt"_s}));
    int downloads = 0;
    for (const TransferItem &i : m_queue->items())
        downloads += i.direction == TransferDirection::Download ? 1 : 0;
    QCOMPARE(downloads, 2); // streamed through this computer, not copied on the server
}

void TestBrowserDragCopy::readOnlyCloudsRefuseWrites()
{
    QVERIFY(m_rig.put(u"empty"_s, u"ro1/src/f.txt"_s, "f"));
    QVERIFY(m_rig.put(u"empty"_s, u"ro1/dst/"_s, {}));
    const std::unique_ptr<S3Client> archive = m_rig.readOnlyClient();
    const QString why = BrowserRig::readOnlyRefusal();

    // Objects from another cloud onto a folder row of the read-only one: refused, with the reason.
    m_page->setClient(archive.get(), u"us-east-1"_s, {u"us-east-1"_s});
    QVERIFY(openAndLoad(u"ro1/"_s));
    S3Client other(&m_rig.sandbox.transport(), m_rig.client->profile(), SandboxFixture::credentials());
    QMimeData in;
    payload(&in, u"ro1/src/"_s, {u"ro1/src/f.txt"_s}, &other);
    ObjectsView *view = m_page->objectsView();
    dragOnto(view->viewport(), &in, rowCenter(u"dst"_s), true);
    QVERIFY(!view->isDropHighlighted());
    QCOMPARE(m_page->statusText(), why);
    // Within the read-only cloud too (a copy is a write), and onto a breadcrumb segment.
    QMimeData within;
    payload(&within, u"ro1/src/"_s, {u"ro1/src/f.txt"_s}, archive.get());
    dragOnto(view->viewport(), &within, rowCenter(u"dst"_s), true, Qt::ShiftModifier);
    QCOMPARE(m_page->statusText(), why);
    BreadcrumbBar *bar = m_page->breadcrumb();
    QToolButton *top = bar->button(1); // the bucket "empty"
    dragOnto(bar, &in, top->mapTo(bar, top->rect().center()), true);
    QCOMPARE(m_page->breadcrumbDrops()->highlightedLevel(), -1);
    QCOMPARE(m_page->statusText(), why);

    // Out of the read-only cloud into a writable one: a copy works, a Shift-move (which would delete
    // the originals) is refused before anything is sent.
    m_page->setClient(m_rig.client.get(), u"us-east-1"_s, {u"us-east-1"_s});
    QVERIFY(openAndLoad(u"ro1/"_s));
    QMimeData out;
    payload(&out, u"ro1/src/"_s, {u"ro1/src/f.txt"_s}, archive.get());
    dragOnto(view->viewport(), &out, rowCenter(u"dst"_s), false, Qt::ShiftModifier);
    QVERIFY2(m_page->statusText().startsWith(why) && m_page->statusText().contains(u"without Shift"_s),
        qPrintable(m_page->statusText()));
    dragOnto(view->viewport(), &out, rowCenter(u"dst"_s), true, Qt::ShiftModifier);
    QVERIFY2(m_page->statusText().contains(u"A move would delete the originals"_s),
        qPrintable(m_page->statusText()));
    QTest::qWait(200);
    QVERIFY(m_queue->items().isEmpty());
    QCOMPARE(listed(u"ro1/"_s), (QStringList {u"ro1/dst/"_s, u"ro1/src/f.txt"_s}));
    QToolButton *crumbTop = bar->button(1);
    dragOnto(bar, &out, crumbTop->mapTo(bar, crumbTop->rect().center()), true, Qt::ShiftModifier);
    QVERIFY2(m_page->statusText().contains(u"without Shift"_s), qPrintable(m_page->statusText()));
    QVERIFY(m_queue->items().isEmpty());

    dragOnto(view->viewport(), &out, rowCenter(u"dst"_s), true);
    QVERIFY2(waitDone(), qPrintable(m_page->statusText()));
    QCOMPARE(listed(u"ro1/"_s), (QStringList {u"ro1/dst/"_s, u"ro1/dst/f.txt"_s, u"ro1/src/f.txt"_s}));
    m_page.reset(); // before the clients it points to
}

void TestBrowserDragCopy::readOnlyCloudShowsTheNoDropCursor()
{
    QVERIFY(m_rig.put(u"empty"_s, u"ro2/src/f.txt"_s, "f"));
    QVERIFY(m_rig.put(u"empty"_s, u"ro2/dst/"_s, {}));
    const std::unique_ptr<S3Client> archive = m_rig.readOnlyClient();
    const QString why = BrowserRig::readOnlyRefusal();
    S3Client other(&m_rig.sandbox.transport(), m_rig.client->profile(), SandboxFixture::credentials());
    QMimeData within; // a Shift-move inside the read-only cloud
    payload(&within, u"ro2/src/"_s, {u"ro2/src/f.txt"_s}, archive.get());
    QMimeData in; // objects of a writable cloud
    payload(&in, u"ro2/src/"_s, {u"ro2/src/f.txt"_s}, &other);
    QTemporaryDir local;
    QFile file(local.filePath(u"a.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a") == 1);
    file.close();
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(file.fileName())});

    // Whether the view takes the enter and each move decides the cursor Qt shows: "no drop" is
    // both ignored. A move arrives accepted when the enter was (as QWidgetWindow sends it).
    const auto hover = [this](QMimeData *mime, QPoint pos, Qt::KeyboardModifiers modifiers) {
        QWidget *viewport = m_page->objectsView()->viewport();
        QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, modifiers);
        move.setAccepted(enter.isAccepted());
        QCoreApplication::sendEvent(viewport, &move);
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(viewport, &leave);
        return std::pair {enter.isAccepted(), move.isAccepted()};
    };

    m_page->setClient(archive.get(), u"us-east-1"_s, {u"us-east-1"_s});
    QVERIFY(openAndLoad(u"ro2/"_s));
    ObjectsView *view = m_page->objectsView();
    const QPoint empty(20, view->viewport()->height() - 5);
    QVERIFY(rowCenter(u"dst"_s).y() > 0);
    for (QMimeData *mime : {&within, &in, &files}) {
        for (const QPoint &at : {rowCenter(u"dst"_s), empty}) {
            for (Qt::KeyboardModifiers modifiers :
                {Qt::KeyboardModifiers(Qt::ShiftModifier), Qt::KeyboardModifiers()}) {
                QSignalSpy refused(view, &ObjectsView::dropRefused);
                const auto [entered, moved] = hover(mime, at, modifiers);
                QVERIFY2(!entered, qPrintable(mime->formats().join(u' ')));
                QVERIFY2(!moved, qPrintable(mime->formats().join(u' ')));
                QVERIFY(!view->isDropHighlighted());
                QCOMPARE(refused.size(), 1); // said once as the drag enters
                QCOMPARE(refused.first().first().toString(), why);
                QCOMPARE(m_page->statusText(), why);
            }
        }
    }
    // The drop itself still says why, and nothing is queued or changed.
    QSignalSpy refused(view, &ObjectsView::dropRefused);
    dragOnto(view->viewport(), &within, rowCenter(u"dst"_s), true, Qt::ShiftModifier);
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused.last().first().toString(), why);
    QCOMPARE(m_page->statusText(), why);
    QTest::qWait(200);
    QVERIFY(m_queue->items().isEmpty());
    QCOMPARE(listed(u"ro2/"_s), (QStringList {u"ro2/dst/"_s, u"ro2/src/f.txt"_s}));

    // The same folder on the writable cloud: the same hovers are taken.
    m_page->setClient(m_rig.client.get(), u"us-east-1"_s, {u"us-east-1"_s});
    QVERIFY(openAndLoad(u"ro2/"_s));
    QMimeData writableWithin;
    payload(&writableWithin, u"ro2/src/"_s, {u"ro2/src/f.txt"_s});
    for (QMimeData *mime : {&writableWithin, &in, &files}) {
        const auto [entered, moved] = hover(mime, rowCenter(u"dst"_s), Qt::ShiftModifier);
        QVERIFY2(entered, qPrintable(mime->formats().join(u' ')));
        QVERIFY2(moved, qPrintable(mime->formats().join(u' ')));
    }
    m_page.reset(); // before the clients it points to
}

void TestBrowserDragCopy::screenshots()
{
    for (const QString &key : {u"shots/2024/"_s, u"shots/2025/"_s, u"shots/drafts/"_s})
        QVERIFY(m_rig.put(u"empty"_s, key, {}));
    QVERIFY(m_rig.put(u"empty"_s, u"shots/2024/q1/IMG_0001.jpg"_s, randomBytes(240'000, 5)));
    QVERIFY(m_rig.put(u"empty"_s, u"shots/2024/q1/notes.txt"_s, "notes"));
    QVERIFY(openAndLoad(u"shots/2024/q1/"_s));
    QMimeData mime;
    payload(&mime, u"shots/2024/q1/"_s, {u"shots/2024/q1/notes.txt"_s});
    BreadcrumbBar *bar = m_page->breadcrumb();
    QToolButton *segment = bar->button(3); // "2024"
    QVERIFY(segment);
    dragOnto(bar, &mime, segment->mapTo(bar, segment->rect().center()), false, Qt::ShiftModifier);
    QCOMPARE(m_page->breadcrumbDrops()->highlightedLevel(), 3);
    QTest::qWait(200);
    const QString crumb = QDir(m_shots).filePath(u"browser-drag-breadcrumb.png"_s);
    QVERIFY(m_page->grab().save(crumb));
    qInfo("screenshot: %s", qPrintable(crumb));
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(bar, &leave);
    QCOMPARE(m_page->breadcrumbDrops()->highlightedLevel(), -1);

    QVERIFY(openAndLoad(u"shots/"_s));
    QMimeData row;
    payload(&row, u"shots/2024/q1/"_s, {u"shots/2024/q1/IMG_0001.jpg"_s});
    dragOnto(m_page->objectsView()->viewport(), &row, rowCenter(u"drafts"_s), false);
    QVERIFY(m_page->objectsView()->isDropHighlighted());
    QTest::qWait(200);
    const QString folder = QDir(m_shots).filePath(u"browser-drag-folder-row.png"_s);
    QVERIFY(m_page->grab().save(folder));
    qInfo("screenshot: %s", qPrintable(folder));
    QDragLeaveEvent leaveView;
    QCoreApplication::sendEvent(m_page->objectsView()->viewport(), &leaveView);
}

QTEST_MAIN(TestBrowserDragCopy)
#include "tst_browserdragcopy.moc"
