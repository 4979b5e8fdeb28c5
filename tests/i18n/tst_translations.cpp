// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete and current: lupdate run on today's sources finds exactly the
// messages of each committed .ts file (for English, skylight_en.ts, exactly the plural ones); every message
// is translated, with all plural forms, the same %1/%n placeholders and a keyboard accelerator where the
// English has one. TranslationLoader picks the language and the embedded catalogues load.
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "translationloader.h"
#include "tsfile.h"

namespace {

QString identity(const TsMessage &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment + QChar(0x1f)
        + (m.numerus ? QLatin1Char('n') : QLatin1Char('s'));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    // %L1 and %Ln are %1 and %n in the locale's digits (10.000): a translation may localise.
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(u'L'));
    return found;
}

// An '&' that marks a keyboard accelerator: not "&&" (a literal ampersand) and not an entity of
// rich text such as "&nbsp;" or "&#8212;".
bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?![A-Za-z]+;|#[0-9]+;|#x[0-9A-Fa-f]+;)\\S"));
    return re.match(text).hasMatch();
}

// Prints the first problems (a failure message is cut at 1,000 characters) and returns the count.
QString listed(const QStringList &problems)
{
    for (const QString &problem : problems.mid(0, 40))
        qInfo().noquote() << problem.left(300);
    return QStringLiteral("%1 problem(s), the first %2 listed above")
        .arg(problems.size())
        .arg(std::min<qsizetype>(problems.size(), 40));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tsDir;
    TsFile m_current; // what lupdate finds in the sources now

    TsFile committed(const QString &language)
    {
        TsFile ts = TsFile::read(m_tsDir + QStringLiteral("/skylight_%1.ts").arg(language));
        if (!ts.error.isEmpty())
            qWarning("skylight_%s.ts: %s", qPrintable(language), qPrintable(ts.error));
        return ts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString lupdate = qEnvironmentVariable("SKYLIGHT_LUPDATE");
        const QString inputs = qEnvironmentVariable("SKYLIGHT_LUPDATE_INPUTS");
        m_tsDir = qEnvironmentVariable("SKYLIGHT_TRANSLATIONS_DIR");
        QVERIFY2(!lupdate.isEmpty() && !inputs.isEmpty() && !m_tsDir.isEmpty(),
            "SKYLIGHT_LUPDATE, SKYLIGHT_LUPDATE_INPUTS and SKYLIGHT_TRANSLATIONS_DIR must be set");
        QVERIFY(m_dir.isValid());
        const QString fresh = m_dir.filePath(QStringLiteral("current.ts"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate,
            {QStringLiteral("-silent"),
                QStringLiteral("-no-obsolete"),
                QStringLiteral("-locations"),
                QStringLiteral("none"),
                QLatin1Char('@') + inputs,
                QStringLiteral("-ts"),
                fresh});
        QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            process.readAll().constData());
        m_current = TsFile::read(fresh);
        QVERIFY2(m_current.error.isEmpty(), qPrintable(m_current.error));
        // The sources have hundreds of strings; a handful would mean lupdate read the wrong files.
        QVERIFY2(m_current.messages.size() > 500, qPrintable(QString::number(m_current.messages.size())));
    }

    void upToDate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en"); // plural forms only
    }

    // Stale: a message in the sources that the .ts lacks, or one in the .ts the sources no longer
    // have. Fix with `cmake --build BUILD --target update_translations` (translations/README.md).
    void upToDate()
    {
        QFETCH(QString, language);
        const TsFile ts = committed(language);
        QVERIFY(ts.error.isEmpty());
        QCOMPARE(ts.language.left(2), language);
        QSet<QString> inFile;
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
                problems.append(QStringLiteral("no longer in the sources (%1): %2").arg(m.type, m.key()));
            else
                inFile.insert(identity(m));
        }
        QSet<QString> current;
        for (const TsMessage &m : m_current.messages) {
            if (language == QLatin1String("en") && !m.numerus)
                continue; // English needs a catalogue only for its plural forms (lupdate -pluralonly)
            current.insert(identity(m));
            if (!inFile.contains(identity(m)))
                problems.append(QStringLiteral("missing from the .ts: ") + m.key());
        }
        for (const TsMessage &m : ts.messages) {
            if (m.type.isEmpty() || m.type == QLatin1String("unfinished")) {
                if (!current.contains(identity(m)))
                    problems.append(QStringLiteral("no longer in the sources: ") + m.key());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms"); // Qt's plural rules: German 2, Japanese 1, English 2
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("ja") << QStringLiteral("ja") << 1;
        QTest::newRow("en") << QStringLiteral("en") << 2;
    }

    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const TsFile ts = committed(language);
        QVERIFY(ts.error.isEmpty());
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (m.type == QLatin1String("unfinished"))
                problems.append(QStringLiteral("unfinished: ") + m.key());
            else if (m.numerus && m.forms.size() != pluralForms)
                problems.append(QStringLiteral("%1 plural form(s), %2 needed: %3")
                                    .arg(m.forms.size())
                                    .arg(pluralForms)
                                    .arg(m.key()));
            else if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) {
                         return f.trimmed().isEmpty();
                     }))
                problems.append(QStringLiteral("empty translation: ") + m.key());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void placeholdersAndAccelerators_data() { upToDate_data(); }

    // A translation keeps every %1, %2 and %n of its source (and adds none; %L1 and %Ln count as
    // %1 and %n), and has an
    // accelerator exactly when the source has one.
    void placeholdersAndAccelerators()
    {
        QFETCH(QString, language);
        const TsFile ts = committed(language);
        QVERIFY(ts.error.isEmpty());
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (m.type == QLatin1String("unfinished"))
                continue; // complete() reports these
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &form : m.forms) {
                const QSet<QString> got = placeholders(form);
                if (got != expected) {
                    problems.append(QStringLiteral("placeholders %1 instead of %2: %3 → %4")
                                        .arg(QStringList(got.cbegin(), got.cend()).join(u' '),
                                            QStringList(expected.cbegin(), expected.cend()).join(u' '),
                                            m.key(),
                                            form));
                }
                if (hasAccelerator(form) != hasAccelerator(m.source)) {
                    problems.append(
                        QStringLiteral("accelerator %1: %2 → %3")
                            .arg(hasAccelerator(m.source) ? QStringLiteral("lost") : QStringLiteral("added"),
                                m.key(),
                                form));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void checkHelpers()
    {
        // The checks themselves, on texts whose answers are known.
        QCOMPARE(placeholders(QStringLiteral("%1 of %L2 (%n files), 100%")),
            QSet<QString>({QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}));
        QCOMPARE(placeholders(QStringLiteral("%Ln Dateien")), placeholders(QStringLiteral("%n files")));
        QVERIFY(hasAccelerator(QStringLiteral("&File")));
        QVERIFY(hasAccelerator(QStringLiteral("ファイル(&F)")));
        QVERIFY(!hasAccelerator(QStringLiteral("Tom && Jerry")));
        QVERIFY(!hasAccelerator(QStringLiteral("a&nbsp;b &#8212; c")));
        QVERIFY(hasAccelerator(QStringLiteral("Save && &Quit")));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        const QStringList available {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
        QTest::newRow("explicit de") << QStringLiteral("de") << QStringList {QStringLiteral("ja-JP")}
                                     << QStringLiteral("de");
        QTest::newRow("explicit de_AT") << QStringLiteral("de_AT") << QStringList() << QStringLiteral("de");
        QTest::newRow("explicit en over German system")
            << QStringLiteral("en") << QStringList {QStringLiteral("de-DE")} << QStringLiteral("en");
        QTest::newRow("system German")
            << QString() << QStringList {QStringLiteral("de-CH"), QStringLiteral("en")}
            << QStringLiteral("de");
        QTest::newRow("system French then Japanese")
            << QString() << QStringList {QStringLiteral("fr-FR"), QStringLiteral("ja-JP")}
            << QStringLiteral("ja");
        QTest::newRow("system English before German")
            << QString() << QStringList {QStringLiteral("en-GB"), QStringLiteral("de-DE")}
            << QStringLiteral("en");
        QTest::newRow("system C") << QString() << QStringList {QStringLiteral("C")} << QStringLiteral("en");
        QTest::newRow("unknown choice falls back to the system")
            << QStringLiteral("xx") << QStringList {QStringLiteral("ja")} << QStringLiteral("ja");
    }

    void resolve()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        const QStringList available {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
        QCOMPARE(TranslationLoader::resolve(code, available, uiLanguages), expected);
    }

    void localeFor()
    {
        const QLocale germany(QLocale::German, QLocale::Germany);
        QCOMPARE(TranslationLoader::localeFor(QStringLiteral("de"), germany), germany);
        const QLocale english = TranslationLoader::localeFor(QStringLiteral("en"), germany);
        QCOMPARE(english.language(), QLocale::English);
        QCOMPARE(TranslationLoader::localeFor(QStringLiteral("ja"), germany).language(), QLocale::Japanese);
    }

    void embeddedCataloguesLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    // The .qm files are embedded and installing one translates: the expected text is read from the
    // .ts file, not from the loader.
    void embeddedCataloguesLoad()
    {
        QFETCH(QString, language);
        QVERIFY(TranslationLoader::availableLanguages().contains(language));
        const TsFile ts = committed(language);
        const auto it = std::find_if(ts.messages.cbegin(), ts.messages.cend(), [](const TsMessage &m) {
            return !m.numerus && m.type.isEmpty() && m.comment.isEmpty() && !m.forms.value(0).isEmpty();
        });
        if (it == ts.messages.cend())
            QSKIP("no finished message yet");
        const QByteArray context = it->context.toUtf8();
        const QByteArray source = it->source.toUtf8();
        {
            TranslationLoader loader;
            QCOMPARE(loader.install(language), language);
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), it->forms.first());
            QCOMPARE(QLocale().name().left(2), language);
        }
        // Destroyed: the translator is gone again.
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), it->source);
        TranslationLoader english;
        QCOMPARE(english.install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), it->source);
    }

    // English says "1 upcoming maintenance event", not "1 … event(s)": the plural catalogue is
    // embedded and installed for English. The expected texts are written here, not read from it.
    void englishPlurals()
    {
        const char *context = "TrayIcon";
        const char *source = "%n upcoming maintenance event(s)";
        QCOMPARE(
            QCoreApplication::translate(context, source, nullptr, 1), u"1 upcoming maintenance event(s)");
        TranslationLoader loader;
        QCOMPARE(loader.install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(TranslationLoader::availableLanguages().count(QStringLiteral("en")), 1);
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), u"1 upcoming maintenance event");
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 0), u"0 upcoming maintenance events");
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3), u"3 upcoming maintenance events");
        QCOMPARE(QCoreApplication::translate("BrowserStatusLine", "%n bucket(s)", nullptr, 1), u"1 bucket");
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n cloud(s)", nullptr, 2), u"2 clouds");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
