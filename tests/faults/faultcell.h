// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// One cell of the fault matrix (TESTING.md §6.1, tests/faults/MATRIX.md): what the operation must
// end with under a fault. Whatever the outcome, nothing may be lost; the test checks that apart.
enum class Expect
{
    Ok,     // succeeded, after retries where the fault asked for them
    Fail,   // failed, with a clear error
    Either, // both are correct answers to this fault (say why in the row)
};

// A fault script with "{port}" standing for the sandbox's port (redirect targets).
inline QByteArray withPort(QByteArray rules, quint16 port)
{
    return rules.replace("{port}", QByteArray::number(port));
}
