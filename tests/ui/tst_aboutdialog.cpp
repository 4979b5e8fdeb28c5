// SPDX-License-Identifier: GPL-3.0-or-later
// The About box: versions as the libraries themselves report them, the licences with their links.
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include <openssl/crypto.h>

#include "aboutdialog.h"
#include "uitesthelpers.h"

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsLibraryVersions();
    void showsLicencesWithLinks();
    void screenshot();
};

void TestAboutDialog::showsLibraryVersions()
{
    AboutDialog dialog;
    const QString versions = dialog.versionsText();
    // What the loaded libcrypto says of itself, asked here directly.
    const QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    QVERIFY(openssl.startsWith(u"OpenSSL 3."_s));
    QVERIFY2(versions.contains(openssl), qPrintable(versions));
    // The openssl program, where installed, links the same library: its "Library:" part agrees.
    const QString program = QStandardPaths::findExecutable(u"openssl"_s);
    if (!program.isEmpty()) {
        QProcess p;
        p.start(program, {u"version"_s});
        QVERIFY(p.waitForFinished(10000));
        const QString out = QString::fromLatin1(p.readAllStandardOutput());
        const auto m = QRegularExpression(u"Library: (OpenSSL [^ )]+)"_s).match(out);
        const QString reported = m.hasMatch() ? m.captured(1) : out.section(u' ', 0, 1);
        QVERIFY2(openssl.startsWith(reported + u' '), qPrintable(out));
    }
    QVERIFY(versions.contains(QString::fromLatin1(qVersion())));
    QVERIFY(versions.contains(QStringLiteral(QT_VERSION_STR)));
    QVERIFY2(
        versions.contains(QRegularExpression(u"QtKeychain:\\s*\\d+\\.\\d+\\.\\d+"_s)), qPrintable(versions));
    const QString expected = qEnvironmentVariable("SKYLIGHT_EXPECTED_VERSION");
    QVERIFY(!expected.isEmpty());
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().contains(u"Skylight "_s + expected + u'<');
    QVERIFY(named);
}

void TestAboutDialog::showsLicencesWithLinks()
{
    AboutDialog dialog;
    QTextBrowser *licences = byAccessibleName<QTextBrowser>(&dialog, u"Licences"_s);
    QVERIFY(licences);
    QVERIFY(licences->openExternalLinks());
    const QString text = licences->toPlainText();
    for (const QString &id : {u"GPL-3.0-or-later"_s, u"LGPL-3.0"_s, u"Apache-2.0"_s, u"BSD-3-Clause"_s})
        QVERIFY2(text.contains(id), qPrintable(id));
    const QString html = licences->toHtml();
    for (const QString &url : {u"https://www.gnu.org/licenses/gpl-3.0.html"_s,
             u"https://www.qt.io/licensing/"_s,
             u"https://www.openssl.org/source/license.html"_s,
             u"https://github.com/frankosterfeld/qtkeychain"_s})
        QVERIFY2(html.contains(u"href=\""_s + url), qPrintable(url));
    QVERIFY(byAccessibleName<QAbstractButton>(&dialog, u"About Qt"_s));
}

void TestAboutDialog::screenshot()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->wordWrap())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    }
    const QString dir = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/about-dialog.png"_s));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
