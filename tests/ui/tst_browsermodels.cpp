// SPDX-License-Identifier: GPL-3.0-or-later
// The bucket browser's models against the in-process sandbox's demo data, under the model checker:
// buckets with regions, a folder listing paged by fetchMore, the 10,000 photos reached folder by
// folder, hostile keys shown safely, the breadcrumb, the filter, and the memory of a million keys.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "breadcrumbbar.h"
#include "browserpage.h"
#include "browserrig.h"
#include "bucketlistmodel.h"
#include "keydisplay.h"
#include "objectlistmodel.h"
#include "objectsortproxymodel.h"
#include "objectsview.h"
#include "s3/s3types.h"
#include "s3/trickykeys.h"
#include "s3clientpool.h"
#include "transfer/transferqueue.h"

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

using Tester = QAbstractItemModelTester;

// Fetches until the model has no more pages; false on a timeout or a failure.
bool loadAll(ObjectListModel &model)
{
    QSignalSpy failed(&model, &ObjectListModel::loadFailed);
    while (model.canFetchMore({}) || model.isLoading()) {
        if (!model.isLoading())
            model.fetchMore({});
        QSignalSpy done(&model, &ObjectListModel::loadingChanged);
        if (model.isLoading() && !done.wait(10000))
            return false;
        if (!failed.isEmpty())
            return false;
    }
    return true;
}

QStringList column(const QAbstractItemModel &model, int role, int col = 0)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

// The heap in use (glibc): what the model's allocations really cost, whatever the allocator
// already held from earlier tests (the RSS does not grow when freed heap is reused).
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

} // namespace

class TestBrowserModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bucketsWithRegions();
    void folderPagesArriveWhole();
    void everyPhotoReachedThroughFolders();
    void keyDisplay_data();
    void keyDisplay();
    void hostileKeysShownSafely();
    void breadcrumbNavigates();
    void filterServerAndClient();
    void millionKeysMemory_data();
    void millionKeysMemory();

private:
    BrowserRig m_rig;
};

void TestBrowserModels::initTestCase()
{
    QVERIFY(m_rig.start());
}

void TestBrowserModels::bucketsWithRegions()
{
    BucketListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BucketListModel::loaded);
    model.setClient(m_rig.client.get());
    QVERIFY(loaded.wait(10000));
    // The demo data's four buckets (sandbox/demodata.h), in name order as S3 lists them.
    QCOMPARE(column(model, BucketListModel::BucketNameRole),
        (QStringList {u"empty"_s, u"photos"_s, u"tricky-keys"_s, u"www-example"_s}));
    QVERIFY(model.index(1, BucketListModel::Created).data().toString().size() > 4);
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(0, BucketListModel::Region).data().toString(), u"eu-west-1"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(1, BucketListModel::Region).data().toString(), u"us-east-1"_s, 10000);
}

void TestBrowserModels::folderPagesArriveWhole()
{
    // The deepest folders of photos hold the files; find one through the model itself.
    ObjectListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(m_rig.client.get());
    QString prefix;
    for (int depth = 0; depth < 3; ++depth) {
        model.setLocation(u"photos"_s, prefix);
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.isFolder(0));
        prefix = model.keyAt(0);
    }
    // A flat listing through the fixture's own requests says how many files that folder holds.
    const HttpResponse flat = m_rig.sandbox.send([&] {
        HttpRequest r = m_rig.sandbox.request("GET", u"photos"_s);
        r.addQuery("list-type", "2");
        r.addQuery("prefix", prefix.toUtf8());
        return r;
    }());
    QCOMPARE(flat.status, 200);
    const int expected = int(flat.body.count("<Key>"));
    QVERIFY2(expected > 20, qPrintable(u"%1 holds %2"_s.arg(prefix).arg(expected)));
    QVERIFY(!flat.body.contains("<IsTruncated>true"));

    model.setPageSize(7);
    model.setLocation(u"photos"_s, prefix);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(inserted.count(), (expected + 6) / 7); // one insert per page
    QVERIFY(!model.canFetchMore({}));
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!model.isFolder(r));
        QVERIFY(model.keyAt(r).startsWith(prefix));
        QVERIFY(model.objectSize(r) > 0);
        QVERIFY(model.index(r, ObjectListModel::Modified).data().toString().size() > 4);
        QVERIFY(!model.index(r, ObjectListModel::Size).data().toString().isEmpty());
        QVERIFY(!model.index(r, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    // Human sizes from QLocale, dates in local time.
    QCOMPARE(model.index(0, ObjectListModel::Size).data().toString(),
        QLocale().formattedDataSize(model.objectSize(0)));
}

void TestBrowserModels::everyPhotoReachedThroughFolders()
{
    ObjectListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(m_rig.client.get());
    QStringList folders {QString()};
    int objects = 0;
    int listings = 0;
    while (!folders.isEmpty()) {
        model.setLocation(u"photos"_s, folders.takeFirst());
        QVERIFY(loadAll(model));
        ++listings;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.isFolder(r))
                folders << model.keyAt(r);
            else
                ++objects;
        }
    }
    QCOMPARE(objects, 10000); // S3DemoData::kPhotoCount, as the README states
    qInfo("photos: %d objects in %d folder listings", objects, listings);
}

void TestBrowserModels::keyDisplay_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"a b.txt"_s << u"a b.txt"_s << u"a b.txt"_s;
    QTest::newRow("escape") << u"a\x1b[31mred"_s << u"a\\x1b[31mred"_s << u"a\\x1b[31mred"_s;
    QTest::newRow("newline") << u"trail\n"_s << u"trail\\x0a"_s << u"trail\\x0a"_s;
    QTest::newRow("del") << u"del\x7f"_s << u"del\\x7f"_s << u"del\\x7f"_s;
    QTest::newRow("c1") << u"x\u0085y"_s << u"x\\x85y"_s << u"x\\x85y"_s;
    QTest::newRow("rtl override") << u"rtl\u202eexe.txt"_s << u"rtl<U+202E>exe.txt"_s
                                  << u"rtl\\u{202E}exe.txt"_s;
    QTest::newRow("isolate") << u"a\u2067b"_s << u"a<U+2067>b"_s << u"a\\u{2067}b"_s;
    QTest::newRow("zwj") << u"zwj\u200d"_s << u"zwj<U+200D>"_s << u"zwj\\u{200D}"_s;
    QTest::newRow("leading space") << u" a"_s << u"\u2423a"_s << u" a"_s;
    QTest::newRow("only spaces") << u"   "_s << u"\u2423\u2423\u2423"_s << u"   "_s;
    QTest::newRow("empty") << QString() << KeyDisplay::emptyName() << QString();
    QTest::newRow("backslash") << u"a\\b"_s << u"a\\b"_s << u"a\\\\b"_s;
    QTest::newRow("emoji kept") << u"\U0001F600.txt"_s << u"\U0001F600.txt"_s << u"\U0001F600.txt"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << u"<U+D800>"_s << u"\\u{D800}"_s;
}

void TestBrowserModels::keyDisplay()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QFETCH(QString, escaped);
    QCOMPARE(KeyDisplay::name(name), shown);
    QCOMPARE(KeyDisplay::escaped(name), escaped);
}

void TestBrowserModels::hostileKeysShownSafely()
{
    ObjectListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClient(m_rig.client.get());
    int seen = 0;
    QStringList folders {QString()};
    QStringList keys;
    while (!folders.isEmpty()) {
        const QString prefix = folders.takeFirst();
        model.setLocation(u"tricky-keys"_s, prefix);
        QVERIFY(loadAll(model));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString shown = model.index(r, 0).data().toString();
            QVERIFY2(!shown.isEmpty(), qPrintable(KeyDisplay::escaped(model.keyAt(r))));
            for (QChar c : shown) {
                const char16_t u = c.unicode();
                QVERIFY2(u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f) && !(u >= 0x202a && u <= 0x202e)
                        && !(u >= 0x2066 && u <= 0x2069) && u != 0x200d,
                    qPrintable(KeyDisplay::escaped(shown)));
            }
            if (model.isFolder(r))
                folders << model.keyAt(r);
            else
                keys << model.keyAt(r);
            ++seen;
        }
        if (prefix == u"dir/"_s) {
            // "dir//file" and "dir///": the empty segment is a folder of its own, named visibly.
            const int empty = int(column(model, ObjectListModel::NameRole).indexOf(QString()));
            QVERIFY(empty >= 0);
            QVERIFY(model.isFolder(empty));
            QCOMPARE(model.index(empty, 0).data().toString(), KeyDisplay::emptyName());
            QVERIFY(model.index(empty, 0).data(Qt::FontRole).value<QFont>().italic());
        }
        if (prefix == u"trailing/"_s) {
            // The object "trailing/" itself: a folder marker, not a nameless file.
            QCOMPARE(model.rowCount(), 1);
            QVERIFY(!model.isFolder(0));
            QCOMPARE(model.index(0, 0).data().toString(), ObjectListModel::tr("(folder marker)"));
            QCOMPARE(model.keyAt(0), u"trailing/"_s);
        }
    }
    // Every hostile key was listed, whole, once (compared with core's own list of them).
    QStringList expected = trickyS3Keys();
    expected.sort();
    keys.sort();
    QCOMPARE(keys, expected);
    QVERIFY(seen > keys.size());
}

void TestBrowserModels::breadcrumbNavigates()
{
    QCOMPARE(BreadcrumbBar::splitPrefix(u"a//b/"_s), (QStringList {u"a"_s, QString(), u"b"_s}));
    QCOMPARE(BreadcrumbBar::splitPrefix(QString()), QStringList());
    TransferQueue queue;
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &queue);
    page.setClient(m_rig.client.get());
    QVERIFY(page.isShowingBuckets());
    QTRY_COMPARE_WITH_TIMEOUT(page.bucketModel()->rowCount(), 4, 10000);
    // Open photos as a user would: activate its row.
    Q_EMIT page.bucketsView()->activated(page.bucketModel()->index(page.bucketModel()->row(u"photos"_s), 0));
    QVERIFY(!page.isShowingBuckets());
    QCOMPARE(page.objectModel()->bucket(), u"photos"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.proxyModel()->rowCount() > 0 && !page.objectModel()->isLoading(), 10000);
    const QModelIndex year = page.proxyModel()->index(0, 0);
    QVERIFY(year.data(ObjectListModel::IsFolderRole).toBool());
    const QString yearKey = year.data(ObjectListModel::KeyRole).toString();
    Q_EMIT page.objectsView()->activated(year);
    QTRY_VERIFY_WITH_TIMEOUT(page.proxyModel()->rowCount() > 0 && !page.objectModel()->isLoading(), 10000);
    const QString monthKey = page.proxyModel()->index(0, 0).data(ObjectListModel::KeyRole).toString();
    Q_EMIT page.objectsView()->activated(page.proxyModel()->index(0, 0));
    QCOMPARE(page.objectModel()->folderPrefix(), monthKey);
    QCOMPARE(page.breadcrumb()->segments(),
        (QStringList {
            u"Buckets"_s, u"photos"_s, yearKey.chopped(1), monthKey.mid(yearKey.size()).chopped(1)}));
    page.breadcrumb()->activate(2); // the year
    QCOMPARE(page.objectModel()->folderPrefix(), yearKey);
    page.breadcrumb()->activate(1); // the bucket's top
    QCOMPARE(page.objectModel()->folderPrefix(), QString());
    page.breadcrumb()->activate(0);
    QVERIFY(page.isShowingBuckets());

    // An empty segment gets a button of its own.
    BreadcrumbBar bar;
    bar.setLocation(u"b"_s, u"a//c/"_s);
    QCOMPARE(bar.segments(), (QStringList {u"Buckets"_s, u"b"_s, u"a"_s, KeyDisplay::emptyName(), u"c"_s}));
    QSignalSpy chosen(&bar, &BreadcrumbBar::folderChosen);
    bar.activate(3);
    QCOMPARE(chosen.first().at(1).toString(), u"a//"_s);
}

void TestBrowserModels::filterServerAndClient()
{
    QCOMPARE(ObjectSortProxyModel::literalPrefix(u"IMG_*.jpg"_s), u"IMG_"_s);
    QCOMPARE(ObjectSortProxyModel::literalPrefix(u"abc"_s), u"abc"_s);
    QCOMPARE(ObjectSortProxyModel::literalPrefix(u"*.png"_s), QString());
    m_rig.put(u"empty"_s, u"f/IMG_1.jpg"_s, "1");
    m_rig.put(u"empty"_s, u"f/IMG_2.png"_s, "22");
    m_rig.put(u"empty"_s, u"f/img_3.jpg"_s, "333");
    m_rig.put(u"empty"_s, u"f/IMG_dir/x"_s, "4");
    ObjectListModel model;
    ObjectSortProxyModel proxy(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    model.setClient(m_rig.client.get());
    model.setLocation(u"empty"_s, u"f/"_s);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 4);
    proxy.sort(0);
    // Folders first, then names in byte order.
    QCOMPARE(column(proxy, ObjectListModel::NameRole),
        (QStringList {u"IMG_dir"_s, u"IMG_1.jpg"_s, u"IMG_2.png"_s, u"img_3.jpg"_s}));
    proxy.setNamePattern(u"IMG_*.jpg"_s); // client side at once
    QCOMPARE(column(proxy, ObjectListModel::NameRole), QStringList {u"IMG_1.jpg"_s});
    model.setNamePrefix(ObjectSortProxyModel::literalPrefix(proxy.namePattern())); // then the server
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 3); // IMG_dir/, IMG_1.jpg, IMG_2.png: not img_3.jpg
    QCOMPARE(column(proxy, ObjectListModel::NameRole), QStringList {u"IMG_1.jpg"_s});
    proxy.setNamePattern(QString());
    proxy.sort(ObjectListModel::Size, Qt::DescendingOrder);
    QCOMPARE(column(proxy, ObjectListModel::NameRole),
        (QStringList {u"IMG_dir"_s, u"IMG_2.png"_s, u"IMG_1.jpg"_s}));
}

void TestBrowserModels::millionKeysMemory_data()
{
    QTest::addColumn<bool>("sorted");
    QTest::newRow("model") << false;
    QTest::newRow("model and sorted proxy, as the page shows it") << true;
}

void TestBrowserModels::millionKeysMemory()
{
    QFETCH(bool, sorted);
    // A synthetic feed of 1,000 pages of 1,000 keys like the photos bucket's, through the same
    // appendListing() the jobs use.
    constexpr int kPages = 1000;
    constexpr int kPerPage = 1000;
    ObjectListModel model;
    model.setLocation(u"big"_s, u"2024/05/holiday/"_s);
    ObjectSortProxyModel proxy(&model);
    if (sorted)
        proxy.sort(ObjectListModel::Name, Qt::AscendingOrder);
    else
        proxy.setSourceModel(nullptr);
    const qint64 heapBefore = heapInUse();
    const QDateTime when = QDateTime::currentDateTimeUtc();
    qint64 worstPageNs = 0;
    qint64 totalNs = 0;
    for (int p = 0; p < kPages; ++p) {
        ObjectListing page;
        page.truncated = p + 1 < kPages;
        page.nextToken = page.truncated ? u"t%1"_s.arg(p) : QString();
        page.objects.reserve(kPerPage);
        for (int i = 0; i < kPerPage; ++i) {
            ObjectEntry e;
            e.key = u"2024/05/holiday/IMG_%1.jpg"_s.arg(p * kPerPage + i, 7, 10, QChar(u'0'));
            e.size = 1000 + i;
            e.lastModified = when;
            e.storageClass = u"STANDARD"_s;
            page.objects.append(e);
        }
        QElapsedTimer t;
        t.start();
        model.appendListing(page);
        const qint64 ns = t.nsecsElapsed();
        worstPageNs = std::max(worstPageNs, ns);
        totalNs += ns;
    }
    const qint64 heapAfter = heapInUse();
    QCOMPARE(model.rowCount(), kPages * kPerPage);
    QCOMPARE(model.keyAt(123456), u"2024/05/holiday/IMG_0123456.jpg"_s);
    QCOMPARE(model.objectSize(999), 1999);
    const double perKey = double(model.memoryBytes()) / (kPages * kPerPage);
    const double heapPerKey = double(heapAfter - heapBefore) / (kPages * kPerPage);
    qInfo("%s", sorted ? "with a sorted proxy:" : "the model alone:");
    qInfo("1,000,000 keys: model %.1f bytes/key (heap in use grew %.1f bytes/key); appendListing worst page "
          "%.2f ms, "
          "all %.0f ms",
        perKey,
        heapPerKey,
        worstPageNs / 1e6,
        totalNs / 1e6);
    QVERIFY2(perKey < 200, qPrintable(QString::number(perKey)));
    if (!sorted) // the proxy adds its own index mapping (about 8 bytes a row, twice)
        QVERIFY2(heapPerKey < 200, qPrintable(QString::number(heapPerKey)));
    else
        QVERIFY2(heapPerKey < 300, qPrintable(QString::number(heapPerKey)));
    QVERIFY2(worstPageNs < 50'000'000, "a page stalled the GUI thread for over 50 ms");
}

QTEST_MAIN(TestBrowserModels)
#include "tst_browsermodels.moc"
