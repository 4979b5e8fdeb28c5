// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2event.h"

using namespace Qt::StringLiterals;

QDateTime Ec2Event::end() const
{
    return notAfter.isValid() ? notAfter : notBefore.addSecs(kOpenEndedSeconds);
}

Ec2Event::State Ec2Event::stateAt(const QDateTime &now) const
{
    if (state == State::Scheduled && end() < now)
        return State::Completed;
    return state;
}

QString Ec2Event::describedAt(const QDateTime &now) const
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

bool Ec2Event::listedAt(const QDateTime &now) const
{
    return stateAt(now) == State::Scheduled || end().addSecs(kKeepSeconds) >= now;
}
