// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include <algorithm>

#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>

#include "settingskeys.h"

namespace {

// An int from settings when it is one and lies in [low, high]; otherwise the default.
int intIn(const QSettings &settings, QLatin1StringView key, int low, int high, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

QString oneOf(
    const QSettings &settings, QLatin1StringView key, const QStringList &allowed, const QString &fallback)
{
    const QString value = settings.value(key, fallback).toString();
    return allowed.contains(value) ? value : fallback;
}

QList<int> normalizedLeads(QList<int> leads)
{
    std::sort(leads.begin(), leads.end(), std::greater<>());
    leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
    return leads;
}

bool validHost(const QString &host)
{
    if (!QHostAddress(host).isNull())
        return true;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-"
                                                        "Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    return host.size() <= 253 && name.match(host).hasMatch();
}

} // namespace

QStringList AppSettings::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QStringList AppSettings::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QStringList AppSettings::proxyModes()
{
    return {QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("manual")};
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings s;
    s.filesInFlight
        = intIn(settings, SettingsKeys::filesInFlight, kMinInFlight, kMaxInFlight, s.filesInFlight);
    s.partsInFlight
        = intIn(settings, SettingsKeys::partsInFlight, kMinInFlight, kMaxInFlight, s.partsInFlight);
    s.partSizeMiB
        = intIn(settings, SettingsKeys::partSizeMiB, kMinPartSizeMiB, kMaxPartSizeMiB, s.partSizeMiB);
    QList<int> leads;
    for (const QVariant &v : settings.value(SettingsKeys::reminderLeadMinutes).toList()) {
        bool ok = false;
        const int minutes = v.toInt(&ok);
        if (ok && minutes > 0 && minutes <= kMaxLeadMinutes)
            leads.append(minutes);
    }
    leads = normalizedLeads(leads);
    if (!leads.isEmpty())
        s.reminderLeadMinutes = leads.mid(0, kMaxLeadTimes);
    const int refresh = intIn(settings, SettingsKeys::refreshIntervalSeconds, 0, kMaxRefreshSeconds, -1);
    if (refresh == 0 || refresh >= kMinRefreshSeconds)
        s.refreshIntervalSeconds = refresh;
    s.language = oneOf(settings, SettingsKeys::language, languages(), s.language);
    s.keepRunningOnClose = settings.value(SettingsKeys::keepRunningOnClose, false).toBool();
    s.theme = oneOf(settings, SettingsKeys::theme, themes(), s.theme);
    s.proxyMode = oneOf(settings, SettingsKeys::proxyMode, proxyModes(), s.proxyMode);
    s.proxyHost = settings.value(SettingsKeys::proxyHost).toString().trimmed();
    s.proxyPort = intIn(settings, SettingsKeys::proxyPort, 1, 65535, s.proxyPort);
    if (s.proxyMode == QLatin1String("manual") && !validHost(s.proxyHost))
        s.proxyMode = QStringLiteral("system"); // a manual proxy nobody can reach is no proxy setting
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(SettingsKeys::filesInFlight, filesInFlight);
    settings.setValue(SettingsKeys::partsInFlight, partsInFlight);
    settings.setValue(SettingsKeys::partSizeMiB, partSizeMiB);
    QVariantList leads;
    for (const int minutes : normalizedLeads(reminderLeadMinutes))
        leads.append(minutes);
    settings.setValue(SettingsKeys::reminderLeadMinutes, leads);
    settings.setValue(SettingsKeys::refreshIntervalSeconds, refreshIntervalSeconds);
    settings.setValue(SettingsKeys::language, language);
    settings.setValue(SettingsKeys::keepRunningOnClose, keepRunningOnClose);
    settings.setValue(SettingsKeys::theme, theme);
    settings.setValue(SettingsKeys::proxyMode, proxyMode);
    settings.setValue(SettingsKeys::proxyHost, proxyHost);
    settings.setValue(SettingsKeys::proxyPort, proxyPort);
}

QString AppSettings::problem() const
{
    const auto inFlight = [](int n) {
        return n >= kMinInFlight && n <= kMaxInFlight;
    };
    if (!inFlight(filesInFlight) || !inFlight(partsInFlight))
        return tr("Files and parts in flight must each be between %1 and %2.")
            .arg(kMinInFlight)
            .arg(kMaxInFlight);
    if (partSizeMiB < kMinPartSizeMiB || partSizeMiB > kMaxPartSizeMiB)
        return tr("The part size must be between 5 MiB and 5 GiB.");
    if (reminderLeadMinutes.isEmpty())
        return tr("Add at least one reminder lead time.");
    if (reminderLeadMinutes.size() > kMaxLeadTimes)
        return tr("At most %n reminder lead times.", nullptr, kMaxLeadTimes);
    if (normalizedLeads(reminderLeadMinutes).size() != reminderLeadMinutes.size())
        return tr("Each reminder lead time may appear only once.");
    for (const int minutes : reminderLeadMinutes) {
        if (minutes <= 0 || minutes > kMaxLeadMinutes)
            return tr("A reminder lead time lies between one minute and 30 days.");
    }
    if (refreshIntervalSeconds != 0
        && (refreshIntervalSeconds < kMinRefreshSeconds || refreshIntervalSeconds > kMaxRefreshSeconds))
        return tr("Refresh at most once a minute and at least once a day, or choose manual.");
    if (!languages().contains(language) || !themes().contains(theme) || !proxyModes().contains(proxyMode))
        return tr("Unknown language, theme or proxy choice.");
    if (proxyMode == QLatin1String("manual")) {
        if (proxyHost.isEmpty())
            return tr("Enter the proxy's host name or address.");
        if (!validHost(proxyHost))
            return tr("\"%1\" is not a host name or address (no scheme, path or port here).").arg(proxyHost);
        if (proxyPort < 1 || proxyPort > 65535)
            return tr("The proxy port must be between 1 and 65535.");
    }
    return {};
}

bool AppSettings::operator==(const AppSettings &o) const
{
    return filesInFlight == o.filesInFlight && partsInFlight == o.partsInFlight
        && partSizeMiB == o.partSizeMiB && reminderLeadMinutes == o.reminderLeadMinutes
        && refreshIntervalSeconds == o.refreshIntervalSeconds && language == o.language
        && keepRunningOnClose == o.keepRunningOnClose && theme == o.theme && proxyMode == o.proxyMode
        && proxyHost == o.proxyHost && proxyPort == o.proxyPort;
}
