// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "transport/apierror.h"

// What the website jobs made of several requests in a row (MakePublicJob, MakePrivateJob,
// WebsitePublisher) share: running one step, and ending once.
namespace JobSteps {

// Starts `step` (a job with start() and one finished(result)) and calls `then` with its result, in
// `owner`'s thread and only while `owner` lives.
template <typename Step, typename Then> void run(QObject *owner, Step *step, Then then)
{
    QObject::connect(step, &Step::finished, owner, std::move(then));
    step->start();
}

// Ends `owner` the first time only: `result` gets `error`, finished(result) goes out, and `owner`
// deletes itself.
template <typename Owner, typename Result>
void finishOnce(Owner *owner, bool *done, Result *result, const ApiError &error)
{
    if (*done)
        return;
    *done = true;
    result->error = error;
    Q_EMIT owner->finished(*result);
    owner->deleteLater();
}

} // namespace JobSteps
