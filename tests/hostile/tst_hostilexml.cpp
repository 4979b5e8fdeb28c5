// SPDX-License-Identifier: GPL-3.0-or-later
// Every XML answer parser of core (S3 listings V1/V2, buckets, errors of S3, EC2 and the Query API,
// multipart, location, ACL, website S3/GCS, EC2 regions, zones, instances, status and actions, and
// the connection tester's) fed the same hostile documents: entity bombs and external entities
// (refused, nothing expanded, no file read: the entity names a real file holding a canary), any
// DOCTYPE, nesting 10,000 deep, broken UTF-8, NULs, namespaces missing, foreign or prefixed (the
// parsers key on local names only, as STYLE.md §5 says), cut-short and doubled documents. Each row
// states what must happen: the value read exactly, or a refusal.
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "hostileparsers.h"

using namespace Qt::StringLiterals;
using HostileParsers::Outcome;

namespace {

const QByteArray kValue = "probe-value-7";
const QByteArray kS3Namespace = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
const QByteArray kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

QByteArray billionLaughs(const QByteArray &root)
{
    QByteArray dtd = "<!DOCTYPE " + root + " [\n<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i)
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \""
            + repeated("&lol" + QByteArray::number(i - 1) + ';', 10) + "\">\n";
    return dtd + "]>\n";
}

QByteArray rootName(const QByteArray &pattern)
{
    const qsizetype end = pattern.indexOf('{');
    return pattern.mid(1, end - 1);
}

} // namespace

class TestHostileXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyParser_data();
    void everyParser();
    void rowCount();

private:
    QTemporaryDir m_dir;
    QByteArray m_canary;
    QString m_canaryPath;
    int m_rows = 0;
};

void TestHostileXml::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A file an external entity points at; its content must never come back from a parser.
    m_canary = "CANARYXXE" + QByteArray::number(quint64(QDateTime::currentMSecsSinceEpoch()));
    m_canaryPath = m_dir.filePath(u"canary.txt"_s);
    QFile f(m_canaryPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_canary);
}

void TestHostileXml::everyParser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expectedValue"); // when accepted
    QTest::addColumn<int>("parserIndex");

    const QByteArray fileUrl = QUrl::fromLocalFile(m_canaryPath).toEncoded();
    const QList<HostileParsers::Parser> parsers = HostileParsers::all();
    const QString v = QString::fromUtf8(kValue);
    const QByteArray deepClosed = repeated("<a>", 10000) + repeated("</a>", 10000);
    const QByteArray deepOpen = repeated("<a>", 10000);
    const QByteArray multibyte = "\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87 \xe2\x9c\x93 \xf0\x9f\x9a\x80"; // ключ ✓ 🚀

    for (int i = 0; i < parsers.size(); ++i) {
        const HostileParsers::Parser &p = parsers.at(i);
        const QByteArray root = rootName(p.pattern);
        const QByteArray valid = HostileParsers::fill(p.pattern, kValue, kS3Namespace, {}, kDecl);
        const auto row
            = [&](const char *what, const QByteArray &body, bool accepted, const QString &value = {}) {
                  QTest::addRow("%s: %s", qPrintable(p.name), what) << body << accepted << value << i;
              };
        const auto refused = [&](const char *what, const QByteArray &body) {
            row(what, body, false);
        };

        // What must be read, whatever the namespace.
        row("valid, S3 namespace", valid, true, v);
        row("no namespace", HostileParsers::fill(p.pattern, kValue), true, v);
        row("foreign namespace",
            HostileParsers::fill(p.pattern, kValue, "xmlns=\"urn:x-unexpected:2099\""),
            true,
            v);
        row("prefixed namespace",
            HostileParsers::prefixed(
                HostileParsers::fill(p.pattern, kValue), "s3", "http://s3.amazonaws.com/doc/2006-03-01/"),
            true,
            v);
        row("UTF-8 BOM", "\xef\xbb\xbf" + valid, true, v);
        row("white space before the declaration", "\n  \n" + valid, true, v);
        row("multibyte UTF-8 value",
            HostileParsers::fill(p.pattern, multibyte, kS3Namespace),
            true,
            QString::fromUtf8(multibyte));
        row("character reference",
            HostileParsers::fill(p.pattern, "&#x70;robe", kS3Namespace),
            true,
            u"probe"_s);
        row("CDATA", HostileParsers::fill(p.pattern, "<![CDATA[pro<be]]>", kS3Namespace), true, u"pro<be"_s);
        row("comment inside the value",
            HostileParsers::fill(p.pattern, "pro<!-- c -->be", kS3Namespace),
            true,
            u"probe"_s);

        // DTDs and entities: refused before anything is expanded or read.
        refused("DOCTYPE without entities",
            HostileParsers::fill(p.pattern, kValue, {}, {}, kDecl + "<!DOCTYPE " + root + ">\n"));
        refused("internal entity",
            HostileParsers::fill(
                p.pattern, "&v;", {}, {}, kDecl + "<!DOCTYPE " + root + " [<!ENTITY v \"probe\">]>\n"));
        refused(
            "billion laughs", HostileParsers::fill(p.pattern, "&lol9;", {}, {}, kDecl + billionLaughs(root)));
        refused("external entity (canary file)",
            HostileParsers::fill(p.pattern,
                "&xxe;",
                {},
                {},
                kDecl + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + fileUrl + "\">]>\n"));
        refused("external entity, plain path",
            HostileParsers::fill(p.pattern,
                "&xxe;",
                {},
                {},
                kDecl + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + m_canaryPath.toUtf8()
                    + "\">]>\n"));
        refused("external parameter entity",
            HostileParsers::fill(p.pattern,
                kValue,
                {},
                {},
                kDecl + "<!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \"" + fileUrl + "\"> %p;]>\n"));
        refused("external DTD",
            HostileParsers::fill(
                p.pattern, kValue, {}, {}, kDecl + "<!DOCTYPE " + root + " SYSTEM \"" + fileUrl + "\">\n"));
        refused("undeclared entity", HostileParsers::fill(p.pattern, "&xxe;", kS3Namespace));

        // Structure.
        refused("nesting 10,000 deep", HostileParsers::fill(p.pattern, kValue, kS3Namespace, deepClosed));
        refused("nesting 10,000 deep, never closed",
            HostileParsers::fill(p.pattern, kValue, kS3Namespace, deepOpen));
        refused("undeclared prefix", HostileParsers::fill(p.pattern, kValue, {}, "<q:Extra>1</q:Extra>"));
        refused(
            "wrong root", "<Unexpected><Key>" + kValue + "</Key><Code>" + kValue + "</Code></Unexpected>");
        refused("empty body", QByteArray());
        refused("declaration only", kDecl);
        refused("not XML", "HTTP/1.1 200 OK\r\n\r\n{\"json\": true}");
        const QByteArray cut = valid.left(valid.lastIndexOf("</") + 2);
        row("cut short after the value", cut, p.acceptsCutShort, p.acceptsCutShort ? v : QString());
        row("two documents", valid + valid, p.acceptsCutShort, p.acceptsCutShort ? v : QString());

        // Encoding.
        refused("invalid UTF-8", HostileParsers::fill(p.pattern, "ab\xff\xfe", kS3Namespace));
        refused("overlong UTF-8", HostileParsers::fill(p.pattern, "a\xc0\xaf", kS3Namespace));
        refused("UTF-8 surrogate", HostileParsers::fill(p.pattern, "a\xed\xa0\x80", kS3Namespace));
        refused("NUL byte", HostileParsers::fill(p.pattern, QByteArray("a\0b", 3), kS3Namespace));
        refused("control character reference", HostileParsers::fill(p.pattern, "a&#1;b", kS3Namespace));
    }
}

void TestHostileXml::everyParser()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    QFETCH(QString, expectedValue);
    QFETCH(int, parserIndex);
    ++m_rows;
    const HostileParsers::Parser parser = HostileParsers::all().at(parserIndex);
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = parser.parse(body);
    QVERIFY2(timer.elapsed() < 2000, "a hostile document must not take long");
    QVERIFY2(!outcome.text.contains(QString::fromUtf8(m_canary)), "the external entity's file was read");
    QVERIFY2(!outcome.text.contains(u"lollol"_s), "an entity was expanded");
    if (!accepted) {
        QVERIFY2(!outcome.ok, qPrintable(u"accepted, read: "_s + outcome.text.left(80)));
        QVERIFY2(!outcome.text.isEmpty(), "a refusal says why");
        return;
    }
    QVERIFY2(outcome.ok, qPrintable(u"refused: "_s + outcome.text));
    QCOMPARE(outcome.text, expectedValue);
}

void TestHostileXml::rowCount()
{
    // The table above ran: 32 rows for each parser.
    QCOMPARE(m_rows, 32 * int(HostileParsers::all().size()));
    qInfo("hostile XML rows: %d over %d parsers", m_rows, int(HostileParsers::all().size()));
}

QTEST_GUILESS_MAIN(TestHostileXml)
#include "tst_hostilexml.moc"
