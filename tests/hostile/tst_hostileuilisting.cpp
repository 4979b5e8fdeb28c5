// SPDX-License-Identifier: GPL-3.0-or-later
// The lying listings of tst_hostilelisting, over real loopback sockets, fed to the UI's own pagers:
// the browser's folder model (fetchMore page by page), the usage scanner and the prefix lister of
// recursive delete and move. Each must stop where the listing lies, say so, and never show or count
// a key twice.
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "lyinglistings.h"
#include "objectlistmodel.h"
#include "prefixlister.h"
#include "usagescanner.h"

class TestHostileUiListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void browserModel_data() { addLyingListingRows(); }
    void browserModel();
    void usageScanner_data() { addLyingListingRows(); }
    void usageScanner();
    void prefixLister_data() { addLyingListingRows(); }
    void prefixLister();
};

namespace {

// The keys of `expected` (prefixes left out: flat listings do not recurse into them here), none
// when the very first page is refused.
QStringList keysOf(const QStringList &expected, bool fails, int requests)
{
    return fails && requests == 1 ? QStringList() : expected.filter(QRegularExpression(u"^[^/]*$"_s));
}

} // namespace

void TestHostileUiListing::browserModel()
{
    QFETCH(QList<Page>, pages);
    QFETCH(QStringList, expected);
    QFETCH(int, requests);
    QFETCH(bool, fails);
    PagingRig rig;
    QVERIFY(rig.start(pages));
    ObjectListModel model;
    QSignalSpy failed(&model, &ObjectListModel::loadFailed);
    model.setClient(rig.client.get());
    model.setLocation(u"b"_s, {});
    // The view's scrolling, page after page, while the model says there is more; far more rounds
    // than any row needs, so a loop shows as a count.
    for (int i = 0; i < 50 && model.canFetchMore({}); ++i) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    }
    QTest::qWait(100);
    QCOMPARE(listings(rig.server), requests);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(!failed.isEmpty(), fails);
    if (fails)
        QVERIFY(!failed.first().at(0).toString().isEmpty());
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.keyAt(row);
    QCOMPARE(shown, fails && requests == 1 ? QStringList() : expected);
}

void TestHostileUiListing::usageScanner()
{
    QFETCH(QList<Page>, pages);
    QFETCH(QStringList, expected);
    QFETCH(int, requests);
    QFETCH(bool, fails);
    PagingRig rig;
    QVERIFY(rig.start(pages));
    UsageScanner scanner(rig.client.get(), u"b"_s, {});
    QSignalSpy finished(&scanner, &UsageScanner::finished);
    scanner.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(100); // a looping scan would send more pages here
    QCOMPARE(listings(rig.server), requests);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(!finished.first().at(0).toString().isEmpty(), fails);
    const QStringList keys = keysOf(expected, fails, requests);
    QCOMPARE(scanner.totals().all.objects, qint64(keys.size()));
    QCOMPARE(scanner.totals().all.bytes, qint64(keys.size())); // one byte each (pageXml)
}

void TestHostileUiListing::prefixLister()
{
    QFETCH(QList<Page>, pages);
    QFETCH(QStringList, expected);
    QFETCH(int, requests);
    QFETCH(bool, fails);
    PagingRig rig;
    QVERIFY(rig.start(pages));
    PrefixLister lister(rig.client.get(), u"b"_s, {QString()}, {});
    QList<PrefixLister::Found> finished;
    connect(&lister, &PrefixLister::finished, this, [&](const PrefixLister::Found &f) { finished << f; });
    lister.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QTest::qWait(100);
    QCOMPARE(listings(rig.server), requests);
    QCOMPARE(finished.size(), 1);
    const PrefixLister::Found found = finished.first();
    QCOMPARE(!found.error.isEmpty(), fails);
    QCOMPARE(found.keys, keysOf(expected, fails, requests));
}

QTEST_MAIN(TestHostileUiListing)
#include "tst_hostileuilisting.moc"
