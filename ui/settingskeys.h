// SPDX-License-Identifier: GPL-3.0-or-later
// The QSettings keys of the desktop app, in one place, so the Settings dialog, the window and
// the app's start-up read and write the same names. Defaults live with their readers.
#pragma once

#include <QLatin1StringView>

namespace SettingsKeys {
// "" = the system's language; otherwise a translation name: "en", "de", "ja".
inline constexpr QLatin1StringView language {"general/language"};
// Closing the window keeps Skylight in the tray (transfers and reminders go on). Default false.
inline constexpr QLatin1StringView keepRunningOnClose {"general/keepRunningOnClose"};
// "system" (default), "light" or "dark".
inline constexpr QLatin1StringView theme {"appearance/theme"};
// Transfer queue: files in flight (default 8), parts in flight (default 8), part size in MiB (8).
inline constexpr QLatin1StringView filesInFlight {"transfers/filesInFlight"};
inline constexpr QLatin1StringView partsInFlight {"transfers/partsInFlight"};
inline constexpr QLatin1StringView partSizeMiB {"transfers/partSizeMiB"};
// Reminder lead times in minutes, a list of ints (default 1440 and 60).
inline constexpr QLatin1StringView reminderLeadMinutes {"reminders/leadMinutes"};
// Instances and schedule refresh interval in seconds; 0 = manual only (default 300).
inline constexpr QLatin1StringView refreshIntervalSeconds {"refresh/intervalSeconds"};
// Proxy: "system" (default), "none" or "manual"; manual host and port. No proxy password is
// stored in settings (it would go to the keychain).
inline constexpr QLatin1StringView proxyMode {"network/proxyMode"};
inline constexpr QLatin1StringView proxyHost {"network/proxyHost"};
inline constexpr QLatin1StringView proxyPort {"network/proxyPort"};
// Window geometry/state and per-view header states are saved under "layout/…".
inline constexpr QLatin1StringView windowGeometry {"layout/windowGeometry"};
inline constexpr QLatin1StringView windowState {"layout/windowState"};
} // namespace SettingsKeys
