// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace {

const QString catalogueDir = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("skylight_");

// "de_AT", "de-AT", "DE" → "de"; "zh_Hant_TW" → "zh".
QString languagePart(const QString &code)
{
    const qsizetype cut = code.indexOf(QRegularExpression(QStringLiteral("[-_.@]")));
    return (cut < 0 ? code : code.left(cut)).trimmed().toLower();
}

} // namespace

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    remove();
}

QString TranslationLoader::install(const QString &code)
{
    remove();
    const QLocale system = QLocale::system();
    const QString language = resolve(code, availableLanguages(), system.uiLanguages());
    // English has a catalogue too, of plural forms only ("%n item(s)": "1 item", "2 items").
    auto skylight = std::make_unique<QTranslator>();
    if (skylight->load(
            catalogueDir + QLatin1Char('/') + cataloguePrefix + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(skylight.get());
        m_skylight = std::move(skylight);
    }
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(
                QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    // With no explicit choice the system's locale formats as it is (a French system shows English
    // text but French dates); an explicit choice formats in that language.
    QLocale::setDefault(code.trimmed().isEmpty() ? system : localeFor(language, system));
    return m_skylight || language == QLatin1String("en") ? language : QStringLiteral("en");
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages {QStringLiteral("en")};
    const QStringList files
        = QDir(catalogueDir).entryList({cataloguePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(cataloguePrefix.size()).chopped(3);
        if (!languages.contains(language)) // skylight_en.qm: English's plural forms
            languages.append(language);
    }
    return languages;
}

QString TranslationLoader::resolve(
    const QString &code, const QStringList &available, const QStringList &uiLanguages)
{
    const QString wanted = languagePart(code);
    if (!wanted.isEmpty() && available.contains(wanted))
        return wanted;
    // No or an unknown choice: the first of the system's languages that we have, English included
    // (a system preferring English over German gets English).
    for (const QString &ui : uiLanguages) {
        const QString language = languagePart(ui);
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale TranslationLoader::localeFor(const QString &language, const QLocale &system)
{
    const QLocale plain(language);
    if (plain.language() == system.language())
        return system;
    const QLocale inTerritory(plain.language(), system.territory());
    return inTerritory.language() == plain.language() ? inTerritory : plain;
}

void TranslationLoader::remove()
{
    for (std::unique_ptr<QTranslator> *translator : {&m_skylight, &m_qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
}
