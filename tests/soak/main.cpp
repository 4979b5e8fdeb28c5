// SPDX-License-Identifier: GPL-3.0-or-later
// skylight_soak: mixed transfers and listings against skylight-sandbox with seeded random faults,
// for a fixed time; exits non-zero on any data mismatch, or on growth of memory or open files.
// See tests/soak/README.md.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include "clouds/profilepresets.h"
#include "countingnetworkaccessmanager.h"
#include "faultschedule.h"
#include "s3/createbucketjob.h"
#include "s3/s3client.h"
#include "soakrunner.h"
#include "transfer/transferqueue.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

// Starts skylight-sandbox and returns its port, 0 when it did not get ready.
quint16 startSandbox(QProcess &process, const QString &program, const QStringList &args)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, args);
    QByteArray output;
    while (!output.contains('\n') && process.waitForReadyRead(90000))
        output += process.readAllStandardOutput();
    const auto m = QRegularExpression(u"s3=http://127\\.0\\.0\\.1:(\\d+)"_s).match(QString::fromUtf8(output));
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"skylight_soak"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Soak test: transfers and listings against the sandbox with random faults."_s);
    parser.addHelpOption();
    const QCommandLineOption sandboxOpt(u"sandbox"_s, u"The skylight-sandbox program."_s, u"PATH"_s);
    const QCommandLineOption minutesOpt(u"minutes"_s, u"How long to run (default 5)."_s, u"M"_s, u"5"_s);
    const QCommandLineOption seedOpt(
        u"seed"_s, u"Seed of the faults and the data (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption rateOpt(
        u"fault-rate"_s, u"Share of requests faulted (default 0.01)."_s, u"P"_s, u"0.01"_s);
    const QCommandLineOption reportOpt(u"report"_s, u"Write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption sabotageOpt(
        u"sabotage"_s, u"Corrupt downloaded files before they are checked (the soak must then fail)."_s);
    const QCommandLineOption noRssOpt(u"no-rss-check"_s, u"Do not fail on RSS growth (under heaptrack)."_s);
    parser.addOptions({sandboxOpt, minutesOpt, seedOpt, rateOpt, reportOpt, sabotageOpt, noRssOpt});
    parser.process(app);
    QTextStream out(stdout);

    const double minutes = parser.value(minutesOpt).toDouble();
    const quint64 seed = parser.value(seedOpt).toULongLong();
    const double rate = parser.value(rateOpt).toDouble();
    QTemporaryDir work;
    // Enough rules for far more requests than a run makes (about 40 a second at most here).
    const FaultSchedule faults(seed, rate, int(std::max(10000.0, minutes * 60 * 200)));
    QFile faultsFile(work.filePath(u"faults.json"_s));
    if (!faultsFile.open(QIODevice::WriteOnly) || faultsFile.write(faults.toJson()) < 0)
        return 2;
    faultsFile.close();

    QProcess sandbox;
    const quint16 port = startSandbox(sandbox,
        parser.value(sandboxOpt),
        {u"--data"_s,
            work.filePath(u"sandbox"_s),
            u"--listen"_s,
            u"127.0.0.1:0"_s,
            u"--faults"_s,
            faultsFile.fileName()});
    if (port == 0) {
        out << "skylight-sandbox did not start\n";
        return 2;
    }

    CountingNetworkAccessManager nam;
    HttpTransport transport(nullptr, &nam);
    RetryPolicy policy;
    policy.baseDelayMs = 200; // keep the run busy; the backoff's bounds are unit-tested elsewhere
    policy.throttleBaseDelayMs = 400;
    transport.setRetryPolicy(policy);
    CloudProfile profile = ProfilePresets::sandbox(port);
    profile.name = u"soak"_s;
    S3Client client(&transport, profile, Credentials("SKYLIGHTSANDBOX", "sandbox-secret-key"));

    const QString bucket = u"soak-%1"_s.arg(seed);
    for (int attempt = 0;; ++attempt) {
        CreateBucketJob *job = client.createBucket({bucket, {}});
        bool ok = false, done = false;
        QObject::connect(job, &CreateBucketJob::finished, [&](const CreateBucketResult &r) {
            ok = r.error.isOk();
            done = true;
        });
        job->start();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (ok)
            break;
        if (attempt == 5) {
            out << "cannot create the bucket\n";
            return 2;
        }
    }

    TransferQueue queue;
    queue.setMaxFiles(4);
    queue.setMaxParts(6);
    queue.setMultipartThreshold(5 * 1024 * 1024);
    queue.setPartSize(5 * 1024 * 1024);
    queue.setJournalDirectory(work.filePath(u"journal"_s));
    QDir().mkpath(work.filePath(u"files"_s));
    SoakRunner runner(&client, &queue, bucket, work.filePath(u"files"_s), seed);
    runner.setSabotage(parser.isSet(sabotageOpt));
    const SoakFigures f = runner.run(minutes);

    const int requests = nam.requests();
    const int injected = faults.faultsUpTo(requests);
    const ResourceSample first = f.samples.size() > 1 ? f.samples.at(1) : f.samples.first();
    const ResourceSample last = f.samples.last();
    const double slope = ResourceProbe::rssSlopeKiBPerMinute(f.samples, minutes / 2);
    int maxFds = 0;
    for (const ResourceSample &s : f.samples)
        maxFds = std::max(maxFds, s.fds);
    // Growth limits: open files back to where the first round left them (a few sockets may be
    // open at a sample), and no steady memory growth over the second half of the run.
    const bool fdsOk = last.fds <= first.fds + 4 && maxFds <= first.fds + 16;
    // Under heaptrack (run-soak.sh passes --no-rss-check) RSS includes heaptrack's own growing
    // buffers; the heap is checked from heaptrack's data instead.
    const bool rssOk = minutes < 3 || parser.isSet(noRssOpt) || slope < 1024.0;
    // An unfinished multipart upload left behind is data billed for nothing: a failure too.
    const bool ok = f.mismatches == 0 && f.orphanedUploads == 0 && fdsOk && rssOk && f.uploads > 0;

    out << u"soak: %1 min, seed %2, fault rate %3\n"_s.arg(minutes).arg(seed).arg(rate);
    out << u"rounds %1, uploads %2, downloads %3, listings %4, deletes %5, failed %6\n"_s.arg(f.rounds)
               .arg(f.uploads)
               .arg(f.downloads)
               .arg(f.listings)
               .arg(f.deletes)
               .arg(f.failed);
    out << u"bytes up %1, down %2; requests %3, faults injected %4\n"_s.arg(f.bytesUp)
               .arg(f.bytesDown)
               .arg(requests)
               .arg(injected);
    out << u"RSS KiB first round %1, last %2, slope over 2nd half %3 KiB/min; fds first %4, last %5, max %6\n"_s
               .arg(first.rssKiB)
               .arg(last.rssKiB)
               .arg(slope, 0, 'f', 1)
               .arg(first.fds)
               .arg(last.fds)
               .arg(maxFds);
    out << u"mismatches %1; multipart uploads left behind (then aborted) %2\n"_s.arg(f.mismatches)
               .arg(f.orphanedUploads);
    for (const QString &m : f.mismatchDetails)
        out << "  " << m << "\n";
    out << (ok ? "soak: OK\n" : "soak: FAILED\n");
    out.flush();

    if (parser.isSet(reportOpt)) {
        QJsonArray samples;
        for (const ResourceSample &s : f.samples)
            samples.append(
                QJsonObject {{u"minutes"_s, s.minutes}, {u"rssKiB"_s, s.rssKiB}, {u"fds"_s, s.fds}});
        const QJsonObject report {{u"minutes"_s, minutes},
            {u"seed"_s, qint64(seed)},
            {u"faultRate"_s, rate},
            {u"rounds"_s, f.rounds},
            {u"uploads"_s, f.uploads},
            {u"downloads"_s, f.downloads},
            {u"listings"_s, f.listings},
            {u"deletes"_s, f.deletes},
            {u"failed"_s, f.failed},
            {u"bytesUp"_s, f.bytesUp},
            {u"bytesDown"_s, f.bytesDown},
            {u"requests"_s, requests},
            {u"faultsInjected"_s, injected},
            {u"mismatches"_s, f.mismatches},
            {u"rssSlopeKiBPerMinute"_s, slope},
            {u"samples"_s, samples},
            {u"ok"_s, ok}};
        QFile r(parser.value(reportOpt));
        if (r.open(QIODevice::WriteOnly))
            r.write(QJsonDocument(report).toJson());
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return ok ? 0 : 1;
}
