// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders: due at the lead times, once per event and lead time, remembered across a reload,
// and a corrupt state file costs nothing but the memory of what fired.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "schedule/reminderschedule.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QDateTime t0(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());

MaintenanceEvent eventAt(const QDateTime &start, const QString &id)
{
    MaintenanceEvent m;
    m.cloud = u"Sandbox"_s;
    m.region = u"us-east-1"_s;
    m.instanceId = u"i-"_s + id;
    m.event.code = u"system-reboot"_s;
    m.event.id = u"instance-event-"_s + id;
    m.event.notBefore = start;
    m.event.notAfter = start.addSecs(2 * 3600);
    return m;
}

} // namespace

class TestReminderSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void dueAtEachLeadTimeOnce()
    {
        ReminderSchedule s(path("once.json"));
        const MaintenanceEvent e = eventAt(t0.addSecs(30 * 3600), u"a"_s); // window opens in 30 h
        QCOMPARE(s.leadTimes(), (QList<std::chrono::seconds> {24h, 1h}));
        QVERIFY(s.due({e}, t0).isEmpty());
        QCOMPARE(s.nextDue({e}, t0), t0.addSecs(6 * 3600));

        const QDateTime at24 = t0.addSecs(6 * 3600);
        QVERIFY(s.due({e}, at24.addSecs(-1)).isEmpty());
        QList<Reminder> due = s.takeDue({e}, at24);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).lead, std::chrono::seconds(24h));
        QCOMPARE(due.at(0).at, at24);
        QCOMPARE(due.at(0).event.uid(), e.uid());
        QVERIFY(s.takeDue({e}, at24.addSecs(60)).isEmpty()); // once only
        QCOMPARE(s.nextDue({e}, at24), t0.addSecs(29 * 3600));

        due = s.takeDue({e}, t0.addSecs(29 * 3600 + 1800));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).lead, std::chrono::seconds(1h));
        QVERIFY(s.takeDue({e}, t0.addSecs(29 * 3600 + 1860)).isEmpty());
        QVERIFY(!s.nextDue({e}, t0.addSecs(29 * 3600 + 1860)).isValid());
        // Once the window has opened nothing is due, even for a lead that never fired.
        ReminderSchedule fresh;
        QVERIFY(fresh.due({e}, t0.addSecs(30 * 3600)).isEmpty());
    }

    void missedRemindersCollapseToTheShortest()
    {
        // The app was closed through the 24 h mark: 30 minutes before the window only the 1 h
        // reminder comes, and the 24 h one never follows it.
        ReminderSchedule s;
        const MaintenanceEvent e = eventAt(t0.addSecs(1800), u"b"_s);
        const QList<Reminder> due = s.takeDue({e}, t0);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).lead, std::chrono::seconds(1h));
        QVERIFY(s.hasFired(e.uid(), 24h));
        QVERIFY(s.hasFired(e.uid(), 1h));
        QVERIFY(s.due({e}, t0.addSecs(60)).isEmpty());
    }

    void onlyScheduledEvents()
    {
        ReminderSchedule s;
        MaintenanceEvent canceled = eventAt(t0.addSecs(1800), u"c"_s);
        canceled.event.state = Ec2Event::State::Canceled;
        MaintenanceEvent completed = eventAt(t0.addSecs(1800), u"d"_s);
        completed.event.state = Ec2Event::State::Completed;
        MaintenanceEvent noStart = eventAt({}, u"e"_s);
        const MaintenanceEvent later = eventAt(t0.addSecs(3 * 3600), u"f"_s);
        const MaintenanceEvent soon = eventAt(t0.addSecs(600), u"g"_s);
        const QList<Reminder> due = s.due({canceled, completed, noStart, later, soon}, t0);
        QCOMPARE(due.size(), 2); // ordered by start
        QCOMPARE(due.at(0).event.instanceId, u"i-g"_s);
        QCOMPARE(due.at(1).event.instanceId, u"i-f"_s);
        QCOMPARE(due.at(1).lead, std::chrono::seconds(24h));
    }

    void customLeadTimes()
    {
        ReminderSchedule s;
        s.setLeadTimes({15min, 2h, 15min, 0s, -1h});
        QCOMPARE(s.leadTimes(), (QList<std::chrono::seconds> {2h, 15min}));
        const MaintenanceEvent e = eventAt(t0.addSecs(3 * 3600), u"h"_s);
        QCOMPARE(s.nextDue({e}, t0), t0.addSecs(3600));
    }

    void rememberedAcrossReload()
    {
        const QString file = path("reload.json");
        const MaintenanceEvent e = eventAt(t0.addSecs(1800), u"i"_s);
        const MaintenanceEvent other = eventAt(t0.addSecs(1800), u"j"_s);
        {
            ReminderSchedule s(file);
            QVERIFY(s.load());
            QCOMPARE(s.takeDue({e}, t0).size(), 1);
        }
        QVERIFY(QFile::exists(file));
        ReminderSchedule again(file);
        QString error;
        QVERIFY2(again.load(&error), qPrintable(error));
        QVERIFY(again.hasFired(e.uid(), 1h));
        QVERIFY(again.due({e}, t0).isEmpty());
        QCOMPARE(again.due({e, other}, t0).size(), 1); // another event still reminds
        // A rescheduled event keeps its uid: no second reminder for the same lead.
        MaintenanceEvent moved = e;
        moved.event.notBefore = e.event.notBefore.addSecs(600);
        QVERIFY(again.due({moved}, t0).isEmpty());
    }

    void corruptFileIsReplaced_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x00\xff not json {{{", 18);
        QTest::newRow("truncated") << QByteArray("{\"version\":1,\"fired\":[{\"uid\":\"x@skylight\",\"le");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("empty") << QByteArray();
    }
    void corruptFileIsReplaced()
    {
        QFETCH(QByteArray, content);
        const QString file = path("corrupt.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        ReminderSchedule s(file);
        QString error;
        QVERIFY(!s.load(&error));
        QVERIFY(error.contains(u"corrupt.json"_s));
        QCOMPARE(s.firedCount(), 0);
        const MaintenanceEvent e = eventAt(t0.addSecs(1800), u"k"_s);
        QCOMPARE(s.takeDue({e}, t0).size(), 1); // still works, and the save replaces the file
        ReminderSchedule again(file);
        QVERIFY2(again.load(&error), qPrintable(error));
        QVERIFY(again.hasFired(e.uid(), 1h));
    }

    void damagedEntriesSkipped()
    {
        const QString file = path("partial.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            R"({"version":1,"fired":[{"uid":"good@skylight","lead":3600,"firedAt":"2026-11-24T12:00:00Z"},)"
            R"({"uid":"","lead":3600},{"uid":"nolead@skylight"},"junk",{"uid":"neg@skylight","lead":-5}]})");
        f.close();
        ReminderSchedule s(file);
        QVERIFY(s.load());
        QCOMPARE(s.firedCount(), 1);
        QVERIFY(s.hasFired(u"good@skylight"_s, 1h));
    }

    void unwritableFileReportsAnError()
    {
        ReminderSchedule s(m_dir.path()); // a directory: QSaveFile cannot replace it
        const MaintenanceEvent e = eventAt(t0.addSecs(1800), u"l"_s);
        s.markFired(s.due({e}, t0).value(0), t0);
        QString error;
        QVERIFY(!s.save(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_reminderschedule.moc"
