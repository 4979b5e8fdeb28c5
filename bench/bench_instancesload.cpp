// SPDX-License-Identifier: GPL-3.0-or-later
// Loads REGIONS × PER_REGION sandbox instances into the instances view through Ec2Loader (what the
// window does on F5) and measures the time to a complete table and the longest GUI-thread stall,
// with a 5 ms QTimer probe recording the largest gap between its ticks. Goal: stall < 50 ms.
//
//   bench_instancesload [--sandbox PROGRAM] [--data DIR] [--regions 10] [--per-region 2000] [--runs 3]
//
// Seeds the sandbox with RunInstances (50 per call, the sandbox's launch limit) unless DIR already
// holds a seeded sandbox; the table is an InstancesView (filter proxy, no scope) with its details
// pane, shown offscreen or on a display, as in the window.
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/profilepresets.h"
#include "clouds/profilestore.h"
#include "ec2/ec2client.h"
#include "ec2loader.h"
#include "instanceactionrunner.h"
#include "instancedetailspane.h"
#include "instancesmodel.h"
#include "instancesview.h"
#include "maintenanceeventsmodel.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

const QStringList kRegions = {u"us-east-1"_s,
    u"us-east-2"_s,
    u"us-west-1"_s,
    u"us-west-2"_s,
    u"eu-west-1"_s,
    u"eu-west-2"_s,
    u"eu-central-1"_s,
    u"ap-southeast-1"_s,
    u"ap-northeast-1"_s,
    u"sa-east-1"_s};
constexpr int kPerCall = 50;

// Spins the event loop until `done` or `ms` pass.
template <typename F> bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

// RunInstances until every region holds `perRegion` instances; four calls in flight at a time.
bool seed(Ec2Client *client, const QStringList &regions, int perRegion)
{
    QList<QString> calls;
    for (const QString &r : regions) {
        for (int n = 0; n < perRegion; n += kPerCall)
            calls.append(r);
    }
    int inFlight = 0;
    int failed = 0;
    int next = 0;
    int done = 0;
    std::function<void()> pump = [&] {
        while (inFlight < 4 && next < calls.size()) {
            const QString region = calls.at(next++);
            HttpRequest r = client->request(region, "RunInstances");
            r.addForm("ImageId", "ami-0be0c40000000001");
            r.addForm("MinCount", "1");
            r.addForm("MaxCount", QByteArray::number(kPerCall));
            r.addForm("InstanceType", "t3.micro");
            r.addForm("TagSpecification.1.ResourceType", "instance");
            r.addForm("TagSpecification.1.Tag.1.Key", "Name");
            r.addForm("TagSpecification.1.Tag.1.Value", "bench-" + QByteArray::number(next));
            r.addForm("TagSpecification.1.Tag.2.Key", "team");
            r.addForm("TagSpecification.1.Tag.2.Value", "load");
            Exchange *e = client->transport()->send(std::move(r), client->sendOptions(region, false));
            ++inFlight;
            QObject::connect(e, &Exchange::finished, [&](const HttpResponse &response) {
                --inFlight;
                ++done;
                if (!response.error.isOk()) {
                    ++failed;
                    qWarning("RunInstances: %s", qPrintable(response.error.toString()));
                }
                if (done % 40 == 0)
                    qInfo("seeded %d of %d calls", done, int(calls.size()));
                pump();
            });
        }
    };
    pump();
    waitFor([&] { return done == calls.size(); }, 30 * 60 * 1000);
    return failed == 0 && done == calls.size();
}

qint64 threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Times every top-level event delivery, in wall time and in this thread's CPU time: a wall-clock
// gap that the thread spent off the CPU is the machine's load, not Skylight's work. With
// BENCH_TRACE set, names each delivery over 40 ms.
class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const qint64 cpu = threadCpuMs();
        const int type = int(event->type());
        const QByteArray name = m_trace ? QByteArray(receiver->metaObject()->className()) : QByteArray();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 onCpu = threadCpuMs() - cpu;
        maxBusyMs = std::max(maxBusyMs, onCpu);
        if (m_trace && t.elapsed() > 40)
            qInfo(
                "stall %lld ms (on CPU %lld ms): event %d to %s", t.elapsed(), onCpu, type, name.constData());
        return result;
    }

    qint64 maxBusyMs = 0; // the longest CPU time one event delivery took on the GUI thread

private:
    const bool m_trace = qEnvironmentVariableIsSet("BENCH_TRACE");
    int m_depth = 0;
};

struct Run
{
    qint64 completeMs = 0; // refresh() to Ec2Loader::finished with every row in the model
    qint64 paintedMs = 0;  // … and the table painted once more after it
    qint64 maxStallMs = 0; // wall-clock gap between probe ticks
    qint64 maxBusyMs = 0;  // CPU time of the longest single event delivery
    int stallsOver50 = 0;
    int rows = 0;
};

} // namespace

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sandboxOpt(
        u"sandbox"_s, u"skylight-sandbox program"_s, u"PROGRAM"_s, qEnvironmentVariable("SKYLIGHT_SANDBOX"));
    const QCommandLineOption dataOpt(u"data"_s, u"sandbox data folder (kept; seeded once)"_s, u"DIR"_s);
    const QCommandLineOption regionsOpt(u"regions"_s, u"regions (at most 10)"_s, u"N"_s, u"10"_s);
    const QCommandLineOption perOpt(u"per-region"_s, u"instances per region"_s, u"N"_s, u"2000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"loads to measure"_s, u"N"_s, u"3"_s);
    parser.addOptions({sandboxOpt, dataOpt, regionsOpt, perOpt, runsOpt});
    parser.process(app);
    const QStringList regions = kRegions.mid(0, std::clamp(parser.value(regionsOpt).toInt(), 1, 10));
    const int perRegion = parser.value(perOpt).toInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    QTemporaryDir temp;
    const QString data = parser.isSet(dataOpt) ? parser.value(dataOpt) : temp.filePath(u"sandbox"_s);
    const QString marker = data + u"/.bench-seeded-%1x%2"_s.arg(regions.size()).arg(perRegion);
    QStringList args = {u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s};
    for (const QString &r : regions)
        args << u"--region"_s << r;
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(parser.value(sandboxOpt), args);
    QByteArray banner;
    waitFor(
        [&] {
            return (banner += sandbox.readAllStandardOutput()).contains('\n')
                || sandbox.state() == QProcess::NotRunning;
        },
        60000);
    const auto m
        = QRegularExpression(u"ec2=http://127\\.0\\.0\\.1:(\\d+)"_s).match(QString::fromUtf8(banner));
    if (!m.hasMatch()) {
        qCritical("skylight-sandbox did not start: %s", banner.constData());
        return 1;
    }
    const quint16 port = quint16(m.captured(1).toUInt());

    HttpTransport transport;
    CloudProfile profile = ProfilePresets::sandbox(port);
    profile.name = u"bench"_s;
    profile.regions = regions;
    profile.credentialId = u"bench-keys"_s;
    const Credentials keys("SKYLIGHTSANDBOX", "sandbox-secret-key");
    if (!QFile::exists(marker)) {
        Ec2Client client(&transport, profile, keys);
        QElapsedTimer t;
        t.start();
        if (!seed(&client, regions, perRegion))
            return 1;
        qInfo("seeded %d instances in %.1f s", int(regions.size()) * perRegion, t.elapsed() / 1000.0);
        QFile(marker).open(QIODevice::WriteOnly);
    }

    ProfileStore profiles(temp.filePath(u"profiles.json"_s));
    profiles.upsert(profile);
    CredentialStore credentials;
    credentials.setMemoryOnly(u"bench"_s);
    bool written = false;
    CredentialJob *write = credentials.write(profile.credentialId, keys);
    QObject::connect(write, &CredentialJob::finished, [&] { written = true; });
    write->start();
    waitFor([&] { return written; }, 10000);

    InstancesModel instances;
    MaintenanceEventsModel events;
    Ec2Loader loader(&profiles, &credentials, &transport, &instances, &events);
    InstancesView view(&instances, InstancesModel::Cloud, InstancesModel::Region);
    InstanceActionRunner runner(&loader, &instances);
    auto *details = new InstanceDetailsPane(&instances, &runner);
    view.setSidePane(details, Qt::Horizontal);
    QObject::connect(&view, &InstancesView::currentSourceRowChanged, details, &InstanceDetailsPane::showRow);
    view.resize(1400, 900);
    view.show();
    waitFor([] { return false; }, 300);

    const int expected = int(regions.size()) * perRegion;
    QList<Run> results;
    for (int run = 0; run < runs; ++run) {
        Run r;
        QElapsedTimer clock;
        qint64 last = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            const qint64 gap = now - last;
            r.maxStallMs = std::max(r.maxStallMs, gap);
            r.stallsOver50 += gap > 50;
            last = now;
        });
        bool finished = false;
        const auto conn = QObject::connect(&loader, &Ec2Loader::finished, [&] {
            finished = true;
            r.completeMs = clock.elapsed();
        });
        app.maxBusyMs = 0;
        clock.start();
        probe.start();
        loader.refresh();
        waitFor([&] { return finished; }, 10 * 60 * 1000);
        view.repaint(); // one full paint of the complete table counts in the load
        r.paintedMs = clock.elapsed();
        waitFor([] { return false; }, 200); // stalls right after the load count too
        probe.stop();
        r.maxBusyMs = app.maxBusyMs;
        QObject::disconnect(conn);
        r.rows = view.proxy()->rowCount();
        results.append(r);
        qInfo(
            "run %d: %d rows, complete %lld ms, painted %lld ms, longest stall %lld ms (longest on-CPU event "
            "%lld ms), stalls over 50 ms: %d%s",
            run + 1,
            r.rows,
            r.completeMs,
            r.paintedMs,
            r.maxStallMs,
            r.maxBusyMs,
            r.stallsOver50,
            loader.problems().isEmpty() ? ""
                                        : qPrintable(u" problems: "_s + loader.problems().join(u"; "_s)));
        if (r.rows != expected)
            qWarning("expected %d rows", expected);
    }
    std::sort(results.begin(), results.end(), [](const Run &a, const Run &b) {
        return a.completeMs < b.completeMs;
    });
    const Run &median = results.at(results.size() / 2);
    qint64 worstStall = 0;
    qint64 worstBusy = 0;
    for (const Run &r : results) {
        worstStall = std::max(worstStall, r.maxStallMs);
        worstBusy = std::max(worstBusy, r.maxBusyMs);
    }
    double load[3] = {};
    if (QFile f(u"/proc/loadavg"_s); f.open(QIODevice::ReadOnly))
        std::sscanf(f.readAll().constData(), "%lf %lf %lf", &load[0], &load[1], &load[2]);
    qInfo("%d regions x %d instances: median time to complete table %lld ms (painted %lld ms); longest GUI "
          "stall "
          "%lld ms (median run %lld ms), longest on-CPU event %lld ms; goal < 50 ms: %s; load average %.1f "
          "on %d "
          "CPUs",
        int(regions.size()),
        perRegion,
        median.completeMs,
        median.paintedMs,
        worstStall,
        median.maxStallMs,
        worstBusy,
        worstStall < 50 ? "met"
                        : (worstBusy < 50 ? "met on CPU, not in wall time (machine load)" : "NOT met"),
        load[0],
        QThread::idealThreadCount());
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
