// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <type_traits>
#include <utility>

#include <QFutureWatcher>
#include <QObject>

#include <QtConcurrent/QtConcurrentRun>

// Runs `work` on the global thread pool and `then(result)` on `context`'s thread afterwards, unless
// `context` is gone by then. The way jobs parse and hash off the GUI thread.
//
// A QFutureWatcher rather than QFuture::then(context, …): on Qt 6.4.2 the context form of then()
// was seen to drop its continuation now and then (a dialog test failed 4 runs in 6; with a watcher,
// 0 in 8).
template <typename Work, typename Then> void runOffThread(QObject *context, Work &&work, Then &&then)
{
    using R = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher,
        &QFutureWatcherBase::finished,
        context,
        [watcher, then = std::forward<Then>(then)]() mutable {
            watcher->deleteLater();
            then(watcher->result());
        });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}
