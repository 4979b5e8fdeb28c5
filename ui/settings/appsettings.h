// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

// Everything the Settings dialog edits, as one value: read from QSettings with defaults and
// out-of-range values replaced (load), written back under exactly the SettingsKeys names (save).
// The limits are the dialog's and the readers' one source.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int kMinInFlight = 1;
    static constexpr int kMaxInFlight = 64;
    static constexpr int kMinPartSizeMiB = 5;    // S3's smallest part (but the last)
    static constexpr int kMaxPartSizeMiB = 5120; // S3's largest part, 5 GiB
    static constexpr int kMaxLeadMinutes = 30 * 24 * 60;
    static constexpr int kMaxLeadTimes = 10;
    static constexpr int kMaxRefreshSeconds = 24 * 3600;
    static constexpr int kMinRefreshSeconds = 60; // 0 (manual) or at least a minute

    int filesInFlight = 8;
    int partsInFlight = 8;
    int partSizeMiB = 8;
    QList<int> reminderLeadMinutes {1440, 60}; // sorted, longest first, no duplicates
    int refreshIntervalSeconds = 300;          // 0: manual only
    QString language;                          // "" (system), "en", "de", "ja"
    bool keepRunningOnClose = false;
    QString theme = QStringLiteral("system");     // "system", "light", "dark"
    QString proxyMode = QStringLiteral("system"); // "system", "none", "manual"
    QString proxyHost;
    int proxyPort = 8080;

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Empty when every value is acceptable; otherwise what is wrong, for the user.
    QString problem() const;

    static QStringList languages(); // the values of `language`, "" first
    static QStringList themes();
    static QStringList proxyModes();

    bool operator==(const AppSettings &other) const;
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};
