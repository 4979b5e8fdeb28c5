// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QJsonDocument>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include "clouds/importresult.h"
#include "fuzzcheck.h"

// What every importer promises, checked by the config fuzz targets: an error comes alone; each
// profile has a unique name and survives the profile store's JSON round trip; a secret appears in
// no warning and in no stored profile (unless the input holds it twice: then it may be some other
// value as well, a host name for instance).
using Reimport = std::function<ImportResult(const QByteArray &input)>;

// A secret found in a stored profile is a leak unless the text is there whatever the secret is:
// a preset's region list holds "ap-southeast-2", so a secret "utheast-2" is found in it. With
// `reimport`, the input is imported again with the secret replaced by other bytes of the same
// length, and the same profile must still hold the text.
inline bool presentWithoutSecret(
    const QByteArray &input, const QByteArray &secret, const QString &name, const Reimport &reimport)
{
    if (!reimport)
        return false;
    const char filler = secret.contains('Z') ? (secret.contains('Q') ? 'X' : 'Q') : 'Z';
    const ImportResult other = reimport(QByteArray(input).replace(secret, QByteArray(secret.size(), filler)));
    for (const ImportedProfile &p : other.profiles) {
        if (p.profile.name == name)
            return QJsonDocument(p.profile.toJson()).toJson().contains(secret);
    }
    return false;
}

inline void checkImport(const ImportResult &result, const QByteArray &input, const Reimport &reimport = {})
{
    if (!result.isOk()) {
        FUZZ_CHECK(result.profiles.isEmpty());
        return;
    }
    QSet<QString> names;
    for (const ImportedProfile &p : result.profiles) {
        FUZZ_CHECK(!p.profile.name.isEmpty());
        FUZZ_CHECK(!names.contains(p.profile.name));
        names.insert(p.profile.name);
        const QJsonObject json = p.profile.toJson();
        QString error;
        const std::optional<CloudProfile> back = CloudProfile::fromJson(json, &error);
        if (!back)
            std::fprintf(stderr, "fromJson: %s\n", qPrintable(error));
        FUZZ_CHECK(back.has_value());
        FUZZ_CHECK(back->toJson() == json);
        const QByteArray secret = p.credentials.secretKey().toByteArray();
        // A secret shaped like a region name ("us-east-1") may equal the provider's default region,
        // which the profile holds without having read it from the input: not a leak.
        static const QRegularExpression regionShaped(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
        const bool maybeDefault = regionShaped.match(QString::fromUtf8(secret)).hasMatch();
        if (secret.size() >= 8 && input.count(secret) == 1 && !maybeDefault) {
            const QString secretText = QString::fromUtf8(secret);
            FUZZ_CHECK(!QJsonDocument(json).toJson().contains(secret)
                || presentWithoutSecret(input, secret, p.profile.name, reimport));
            for (const QString &w : result.warnings)
                FUZZ_CHECK(!w.contains(secretText));
        }
    }
}

// The parts of one fuzz input, split at NUL bytes (config files hold none): several files in one.
inline QList<QByteArray> splitFiles(const QByteArray &input, int count)
{
    QList<QByteArray> parts = input.split('\0');
    while (parts.size() > count)
        parts[count - 1] += '\0' + parts.takeAt(count);
    while (parts.size() < count)
        parts.append(QByteArray());
    return parts;
}
