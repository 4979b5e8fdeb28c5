// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>

// Every XML answer parser of core behind one shape, for the hostile-input tables: a document
// template and a function that parses a body and says what it read.
namespace HostileParsers {

// What a parser made of a body: ok with the value it read at the {V} mark, or refused with why.
struct Outcome
{
    bool ok = false;
    QString text; // the value read (ok) or the error message (refused)
};

struct Parser
{
    QString name;
    // The document, with {NS} where the root's attributes go, {X} where hostile markup goes (just
    // inside the root) and {V} where the probed text goes.
    QByteArray pattern;
    std::function<Outcome(const QByteArray &body)> parse;
    // The error parser still reports a code once it has arrived, even when the rest is cut off.
    bool acceptsCutShort = false;
};

QList<Parser> all();

// The pattern filled in: a default namespace attribute (may be empty), hostile markup at {X}, the
// value at {V}, an optional prolog (XML declaration, DOCTYPE) in front.
QByteArray fill(const QByteArray &pattern,
    const QByteArray &value,
    const QByteArray &rootAttributes = {},
    const QByteArray &inside = {},
    const QByteArray &prolog = {});

// Every element name of the filled document written with a prefix ("s3:Key"), the prefix declared
// on the root: what a server using a prefixed namespace sends.
QByteArray prefixed(const QByteArray &filled, const QByteArray &prefix, const QByteArray &uri);

} // namespace HostileParsers
