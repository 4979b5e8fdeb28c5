// SPDX-License-Identifier: GPL-3.0-or-later
// The config importers (AWS credentials and config, boto, eucarc, s3cmd) fed what tst_importers does
// not: CRLF, a byte-order mark, blanks and tabs around values, a 10 MB line, a million blank lines,
// NULs, binary junk, broken UTF-8, a secret line without its '=', the whole file twice. Each row
// states the outcome: the same keys, byte for byte (no stray '\r', BOM or blank in a secret), or a
// refusal that names the line and never quotes the secret.
#include <QElapsedTimer>
#include <QTest>

#include "clouds/awsconfigimporter.h"
#include "clouds/botoimporter.h"
#include "clouds/eucarcimporter.h"
#include "clouds/s3cfgimporter.h"

using namespace Qt::StringLiterals;

namespace {

struct Importer
{
    const char *name;
    QByteArray text;
    QByteArray accessKey;
    QByteArray secret;
    QByteArray secretLineWithoutSeparator; // replaces the secret's line
    bool mergesRepeats; // the whole file twice: read as the tool would (true), or refused (AWS: strict)
    ImportResult (*parse)(const QByteArray &text);
};

const QList<Importer> &allImporters()
{
    static const QList<Importer> list = {
        {"aws credentials",
            "[default]\naws_access_key_id = AKIAHOSTILE00000001\naws_secret_access_key = CANARYhostileAws1\n",
            "AKIAHOSTILE00000001",
            "CANARYhostileAws1",
            "aws_secret_access_key CANARYhostileAws1",
            false,
            [](const QByteArray &t) {
                return AwsConfigImporter::parse(
                    t, u"credentials"_s, "[default]\nregion = eu-west-1\n", u"config"_s);
            }},
        {"aws config",
            "[profile lab]\naws_access_key_id = AKIAHOSTILE00000005\naws_secret_access_key = "
            "CANARYhostileAwsCfg5\n"
            "region = eu-west-1\n",
            "AKIAHOSTILE00000005",
            "CANARYhostileAwsCfg5",
            "aws_secret_access_key CANARYhostileAwsCfg5",
            false,
            [](const QByteArray &t) {
                return AwsConfigImporter::parse({}, u"credentials"_s, t, u"config"_s);
            }},
        {"boto",
            "[Credentials]\naws_access_key_id = AKIAHOSTILE00000002\naws_secret_access_key = "
            "CANARYhostileBoto2\n",
            "AKIAHOSTILE00000002",
            "CANARYhostileBoto2",
            "aws_secret_access_key CANARYhostileBoto2",
            true, // boto 2 (Python 2 ConfigParser) merges repeats
            [](const QByteArray &t) {
                return BotoImporter::parse({{u".boto"_s, t}});
            }},
        {"eucarc",
            "export EC2_URL=http://10.0.0.5:8773/services/compute\n"
            "export S3_URL=http://10.0.0.5:8773/services/objectstorage\n"
            "export EC2_ACCESS_KEY='AKIAHOSTILE00000003'\nexport EC2_SECRET_KEY='CANARYhostileEuca3'\n",
            "AKIAHOSTILE00000003",
            "CANARYhostileEuca3",
            "export EC2_SECRET_KEY 'CANARYhostileEuca3",
            true,
            [](const QByteArray &t) {
                return EucarcImporter::parse(t, u"eucarc"_s);
            }},
        {"s3cfg",
            "[default]\naccess_key = AKIAHOSTILE00000004\nsecret_key = CANARYhostileS3cfg4\n"
            "host_base = s3.amazonaws.com\nhost_bucket = %(bucket)s.s3.amazonaws.com\nuse_https = True\n",
            "AKIAHOSTILE00000004",
            "CANARYhostileS3cfg4",
            "secret_key CANARYhostileS3cfg4",
            true, // s3cmd reads line by line, later wins
            [](const QByteArray &t) {
                return S3cfgImporter::parse(t, u".s3cfg"_s);
            }},
    };
    return list;
}

QByteArray secretLineReplaced(const Importer &im, const QByteArray &with)
{
    QList<QByteArray> lines = im.text.split('\n');
    for (QByteArray &line : lines) {
        if (line.contains(im.secret))
            line = with;
    }
    return lines.join('\n');
}

} // namespace

class TestHostileConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importers_data();
    void importers();
};

void TestHostileConfig::importers_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted"); // the same keys, exactly; else refused
    for (int i = 0; i < allImporters().size(); ++i) {
        const Importer &im = allImporters().at(i);
        const auto row = [&](const char *what, const QByteArray &text, bool accepted) {
            QTest::addRow("%s: %s", im.name, what) << i << text << accepted;
        };
        QByteArray crlf = im.text;
        crlf.replace("\n", "\r\n");
        QByteArray blanks = im.text;
        blanks.replace("= ", "=  \t ").replace("\n", " \t\n");
        row("as it is", im.text, true);
        row("CRLF line ends", crlf, true);
        row("UTF-8 byte-order mark", "\xef\xbb\xbf" + im.text, true);
        row("byte-order mark and CRLF", "\xef\xbb\xbf" + crlf, true);
        row("blanks and tabs around values", blanks, true);
        row("a 10 MB comment line", "# " + QByteArray(10 * 1000 * 1000, 'x') + '\n' + im.text, true);
        row("a million blank lines", QByteArray(1000000, '\n') + im.text, true);
        row("broken UTF-8 in a comment", "# caf\xc3\x28 \xff\xfe\n" + im.text, true);
        row("no newline at the end", im.text.chopped(1), true);
        QByteArray nul = im.secret.chopped(3);
        nul += QByteArray("\0ab", 3);
        row("NUL inside the secret", QByteArray(im.text).replace(im.secret, nul), false);
        row("binary junk", QByteArray::fromHex("00ff10ee7f80c0de") + QByteArray(4096, '\x01'), false);
        row("the secret line without its separator",
            secretLineReplaced(im, im.secretLineWithoutSeparator),
            false);
        row("the whole file twice", im.text + '\n' + im.text, im.mergesRepeats);
    }
}

void TestHostileConfig::importers()
{
    QFETCH(int, index);
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    const Importer &im = allImporters().at(index);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = im.parse(text);
    QVERIFY2(timer.elapsed() < 5000, "a hostile file must not take long");
    QVERIFY2(!result.error.contains(QString::fromLatin1(im.secret)), "an error quoted the secret");
    for (const QString &w : result.warnings)
        QVERIFY2(!w.contains(QString::fromLatin1(im.secret)), "a warning quoted the secret");
    if (!accepted) {
        if (!result.isOk()) {
            QVERIFY2(result.error.contains(u':'), "the refusal names the file (and line)");
            return;
        }
        // Or read, but never the damaged secret as if it were whole.
        for (const ImportedProfile &p : result.profiles) {
            QVERIFY2(!p.credentials.secretKey().contains('\0'), "a NUL reached a secret");
            QVERIFY2(p.credentials.secretKey() != QByteArrayView(im.secret), "read as if nothing were wrong");
        }
        return;
    }
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QVERIFY(!result.profiles.isEmpty());
    const Credentials &keys = result.profiles.constFirst().credentials;
    QCOMPARE(keys.accessKeyId(), im.accessKey);
    QCOMPARE(keys.secretKey().toByteArray(), im.secret);
}

QTEST_GUILESS_MAIN(TestHostileConfig)
#include "tst_hostileconfig.moc"
