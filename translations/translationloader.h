// SPDX-License-Identifier: GPL-3.0-or-later
// TranslationLoader installs Skylight's catalogues (embedded as :/i18n/skylight_LANG.qm) and Qt's
// own (qtbase_LANG.qm from QLibraryInfo::TranslationsPath, when the distribution installed them)
// into the application, and sets the default QLocale to the same language, so dates, times, sizes
// and numbers follow it. The programs own one each; it removes its translators when destroyed.
#pragma once

#include <memory>

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

class TranslationLoader final
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // code: "" for the system's languages, else a language code ("en", "de", "ja"; "de_AT" and
    // "de-AT" are read as "de"). Replaces what an earlier call installed. Returns the language
    // now in use: "en" when no catalogue matched.
    QString install(const QString &code);

    // "en" (the source language) followed by the language of every embedded catalogue.
    static QStringList availableLanguages();

    // The catalogue to load for code, given the available languages and the system's preferred
    // languages (QLocale::uiLanguages(), best first). "en" when none fits. Pure, for tests.
    static QString resolve(const QString &code, const QStringList &available, const QStringList &uiLanguages);

    // The locale that formats for language: the system's own locale when language is the
    // system's, else language in the system's territory when Qt knows that pair (en_DE), else
    // the language's default locale.
    static QLocale localeFor(const QString &language, const QLocale &system);

private:
    void remove();

    std::unique_ptr<QTranslator> m_skylight;
    std::unique_ptr<QTranslator> m_qt;
};
