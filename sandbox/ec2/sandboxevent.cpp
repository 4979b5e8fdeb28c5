// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxevent.h"

using namespace Qt::StringLiterals;

QDateTime SandboxEvent::end() const
{
    return notAfter.isValid() ? notAfter : notBefore.addSecs(kOpenEndedSeconds);
}

SandboxEvent::State SandboxEvent::stateAt(const QDateTime &now) const
{
    if (state == State::Scheduled && end() < now)
        return State::Completed;
    return state;
}

QString SandboxEvent::describedAt(const QDateTime &now) const
{
    switch (stateAt(now)) {
    case State::Completed:
        return u"[Completed] "_s + description;
    case State::Canceled:
        return u"[Canceled] "_s + description;
    case State::Scheduled:
        break;
    }
    return description;
}

bool SandboxEvent::listedAt(const QDateTime &now) const
{
    return stateAt(now) == State::Scheduled || end().addSecs(kKeepSeconds) >= now;
}
