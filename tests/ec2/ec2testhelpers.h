// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QTest>

// Starts `job` and waits for its one finished(); nullopt when none came within 30 s, or two came.
template <typename Job, typename Result>
std::optional<Result> runJob(Job *job, void (Job::*finished)(const Result &))
{
    std::optional<Result> result;
    int count = 0;
    QObject::connect(job, finished, [&](const Result &r) {
        result = r;
        ++count;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return count > 0; }, 30000))
        return std::nullopt;
    QTest::qWait(20); // a second finished() would show here
    if (count != 1)
        qWarning("finished() came %d times", count);
    return count == 1 ? result : std::nullopt;
}
