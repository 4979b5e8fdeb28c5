// SPDX-License-Identifier: GPL-3.0-or-later
// A reader for Qt Linguist .ts files, enough for the translation checks: every message with its
// identity (context, source, disambiguation, numerus) and its translation state and forms.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation (tr()'s second argument); part of the identity
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "obsolete", "vanished"…
    QStringList forms; // the translation, or one entry per numerus form
    QString location;  // "file:line" of the first location, for messages

    // One line that names the message in a failure: context, source and disambiguation.
    QString key() const;
};

struct TsFile
{
    QString language; // the TS element's language attribute
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path);
};
