// SPDX-License-Identifier: GPL-3.0-or-later
// localPathForKey: every key lands inside the chosen folder, as a table.
#include <QDir>
#include <QTest>

#include "hostilekeys.h"
#include "transfer/localpath.h"
#include "transfer/upload.h"

using namespace Qt::StringLiterals;

class TestLocalPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maps_data();
    void maps();
    void hostileKeysStayInside();
    void partSizeStaysWithinTenThousandParts_data();
    void partSizeStaysWithinTenThousandParts();
};

void TestLocalPath::maps_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // relative to /dl; empty: skipped
    QTest::newRow("plain") << QString() << u"a.txt"_s << u"a.txt"_s;
    QTest::newRow("folders") << QString() << u"a/b/c.txt"_s << u"a/b/c.txt"_s;
    QTest::newRow("prefix removed") << u"photos/"_s << u"photos/2024/x.jpg"_s << u"2024/x.jpg"_s;
    QTest::newRow("other prefix kept") << u"photos/"_s << u"docs/x"_s << u"docs/x"_s;
    QTest::newRow("dot dot escape") << QString() << u"../x"_s << u"%2E%2E/x"_s;
    QTest::newRow("deep dot dot") << QString() << u"a/../../../etc/passwd"_s
                                  << u"a/%2E%2E/%2E%2E/%2E%2E/etc/passwd"_s;
    QTest::newRow("lone dot dot") << QString() << u".."_s << u"%2E%2E"_s;
    QTest::newRow("dot") << QString() << u"./a"_s << u"%2E/a"_s;
    QTest::newRow("absolute") << QString() << u"/etc/passwd"_s << u"etc/passwd"_s;
    QTest::newRow("double slash") << QString() << u"a//b"_s << u"a/b"_s;
    QTest::newRow("leading double slash") << QString() << u"//double"_s << u"double"_s;
    QTest::newRow("NUL") << QString() << u"a\0b"_s << u"a%00b"_s;
    QTest::newRow("control") << QString() << u"tab\there\n"_s << u"tab%09here%0A"_s;
    QTest::newRow("backslash") << QString() << u"..\\..\\x"_s << u"..%5C..%5Cx"_s;
    QTest::newRow("windows specials") << QString() << u"a:b*c?\"<>|"_s << u"a%3Ab%2Ac%3F%22%3C%3E%7C"_s;
    QTest::newRow("CON") << QString() << u"CON"_s << u"%43ON"_s;
    QTest::newRow("nul lower with extension") << QString() << u"d/nul.txt"_s << u"d/%6Eul.txt"_s;
    QTest::newRow("aux.txt") << QString() << u"aux.txt"_s << u"%61ux.txt"_s;
    QTest::newRow("COM1") << QString() << u"COM1"_s << u"%43OM1"_s;
    QTest::newRow("COM10 is fine") << QString() << u"COM10"_s << u"COM10"_s;
    QTest::newRow("console is fine") << QString() << u"console"_s << u"console"_s;
    QTest::newRow("trailing dot") << QString() << u"a."_s << u"a%2E"_s;
    QTest::newRow("trailing space") << QString() << u"a "_s << u"a%20"_s;
    QTest::newRow("unicode kept") << QString() << u"\u6f22\u5b57/\u00e9"_s << u"\u6f22\u5b57/\u00e9"_s;
    QTest::newRow("folder marker skipped") << QString() << u"dir/"_s << QString();
    QTest::newRow("only slashes skipped") << QString() << u"///"_s << QString();
    QTest::newRow("prefix itself skipped") << u"p/"_s << u"p/"_s << QString();
    QTest::newRow("too long skipped") << QString() << QString(256, u'x') << QString();
    QTest::newRow("255 kept") << QString() << QString(255, u'x') << QString(255, u'x');
}

void TestLocalPath::maps()
{
    QFETCH(QString, prefix);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const LocalPath mapped = localPathForKey(u"/dl"_s, prefix, key);
    if (expected.isEmpty()) {
        QVERIFY(!mapped.isOk());
        QVERIFY(!mapped.problem.isEmpty());
        return;
    }
    QVERIFY2(mapped.isOk(), qPrintable(mapped.problem));
    QCOMPARE(mapped.path, u"/dl/"_s + expected);
}

void TestLocalPath::hostileKeysStayInside()
{
    const QString folder = u"/tmp/chosen"_s;
    for (const QString &key : hostileKeys()) {
        const LocalPath mapped = localPathForKey(folder, {}, key);
        if (!mapped.isOk())
            continue; // skipped with a reason: fine
        QVERIFY2(mapped.path.startsWith(folder + u'/'), qPrintable(mapped.path));
        QCOMPARE(QDir::cleanPath(mapped.path), mapped.path);
        QVERIFY(!mapped.path.contains(QChar(0)));
        const QString relative = mapped.path.mid(folder.size() + 1);
        for (const QString &segment : relative.split(u'/'))
            QVERIFY2(segment != u"." && segment != u".." && !segment.isEmpty(), qPrintable(key));
    }
}

void TestLocalPath::partSizeStaysWithinTenThousandParts_data()
{
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("expected");
    const qint64 mib = 1024 * 1024;
    QTest::newRow("small file") << 20 * mib << 8 * mib << 8 * mib;
    QTest::newRow("minimum below 5 MiB") << 20 * mib << mib << 5 * mib;
    QTest::newRow("exactly 10,000 parts") << 10000 * 8 * mib << 8 * mib << 8 * mib;
    QTest::newRow("one byte more grows") << 10000 * 8 * mib + 1 << 8 * mib << 9 * mib;
    QTest::newRow("5 TiB") << 5 * 1024 * 1024 * mib << 8 * mib << 525 * mib;
}

void TestLocalPath::partSizeStaysWithinTenThousandParts()
{
    QFETCH(qint64, fileSize);
    QFETCH(qint64, minimum);
    QFETCH(qint64, expected);
    const qint64 size = Upload::partSizeFor(fileSize, minimum);
    QCOMPARE(size, expected);
    QVERIFY((fileSize + size - 1) / size <= 10000);
}

QTEST_GUILESS_MAIN(TestLocalPath)
#include "tst_localpath.moc"
