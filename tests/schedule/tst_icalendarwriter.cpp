// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 5545 writer: escaping, folding at 75 octets without splitting UTF-8, CRLF, stable UIDs.
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include "schedule/icalendarwriter.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

MaintenanceEvent sample()
{
    MaintenanceEvent m;
    m.cloud = u"Sandbox"_s;
    m.region = u"us-east-1"_s;
    m.instanceId = u"i-0abc"_s;
    m.instanceName = u"web-1"_s;
    m.event.code = u"system-reboot"_s;
    m.event.description = u"The instance is scheduled for a reboot"_s;
    m.event.id = u"instance-event-0123"_s;
    m.event.notBefore = utc(2026, 12, 1, 10);
    m.event.notAfter = utc(2026, 12, 1, 12);
    m.event.notBeforeDeadline = utc(2026, 12, 8, 0);
    return m;
}

// The content lines, unfolded (RFC 5545 §3.1: CRLF followed by one space or tab is removed).
QStringList unfolded(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList valuesOf(const QStringList &lines, const QString &name)
{
    QStringList values;
    for (const QString &l : lines) {
        if (l.startsWith(name + u':'))
            values << l.mid(name.size() + 1);
    }
    return values;
}

} // namespace

class TestICalendarWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"web-1: reboot"_s << u"web-1: reboot"_s;
        QTest::newRow("backslash") << u"C:\\path"_s << u"C:\\\\path"_s;
        QTest::newRow("semicolon and comma") << u"a;b,c"_s << u"a\\;b\\,c"_s;
        QTest::newRow("LF") << u"one\ntwo"_s << u"one\\ntwo"_s;
        QTest::newRow("CRLF is one break") << u"one\r\ntwo"_s << u"one\\ntwo"_s;
        QTest::newRow("all") << u"\\;,\n"_s << u"\\\\\\;\\,\\n"_s;
        QTest::newRow("non-ASCII kept") << u"Wartung für süd-1"_s << u"Wartung für süd-1"_s;
    }
    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ICalendarWriter::escapeText(text), escaped);
    }

    void foldsAt75Octets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << u"SUMMARY:short"_s;
        QTest::newRow("exactly 75") << (u"SUMMARY:"_s + QString(67, u'x'));
        QTest::newRow("76") << (u"SUMMARY:"_s + QString(68, u'x'));
        QTest::newRow("long ASCII") << (u"DESCRIPTION:"_s + QString(400, u'a'));
        QTest::newRow("2-byte") << (u"DESCRIPTION:"_s + QString(120, u'é'));
        QTest::newRow("3-byte") << (u"DESCRIPTION:"_s + QString(120, QChar(0x20AC)));
        QTest::newRow("4-byte") << (u"DESCRIPTION:x"_s + QString::fromUtf8("\xF0\x9F\x94\x81").repeated(60));
        QTest::newRow("mixed") << (u"SUMMARY:"_s + u"aé€"_s.repeated(40)
            + QString::fromUtf8("\xF0\x9F\x94\x81"));
    }
    void foldsAt75Octets()
    {
        QFETCH(QString, line);
        const QByteArray utf8 = line.toUtf8();
        const QByteArray folded = ICalendarWriter::foldLine(utf8);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray p = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY2(p.endsWith('\r'), p);
                p.chop(1);
            }
            QVERIFY2(p.size() <= 75, qPrintable(u"line %1 has %2 octets"_s.arg(i).arg(p.size())));
            if (i > 0) {
                QVERIFY(p.startsWith(' '));
                p = p.mid(1);
            }
            QVERIFY(!p.isEmpty());
            // Each piece is whole UTF-8 on its own: no sequence was split.
            QVERIFY2((static_cast<unsigned char>(p.at(0)) & 0xC0) != 0x80, p);
            QCOMPARE(QString::fromUtf8(p).toUtf8(), p);
            QVERIFY(!QString::fromUtf8(p).contains(QChar::ReplacementCharacter));
        }
        QByteArray rejoined = folded;
        rejoined.replace("\r\n ", "");
        QCOMPARE(rejoined, utf8 + "\r\n");
        QCOMPARE(physical.size() > 1, utf8.size() > 75);
    }

    void foldNeverSplitsASequence()
    {
        // 74 ASCII octets, then "é" (2 octets) would straddle octet 75: it moves to the next line.
        const QByteArray line = "X:" + QByteArray(72, 'a') + "\xC3\xA9" + "tail";
        const QByteArray folded = ICalendarWriter::foldLine(line);
        QCOMPARE(folded, "X:" + QByteArray(72, 'a') + "\r\n \xC3\xA9tail\r\n");
        // With one octet less, it fits exactly: 75 octets on the first line.
        const QByteArray fits = "X:" + QByteArray(71, 'a') + "\xC3\xA9" + "tail";
        QCOMPARE(ICalendarWriter::foldLine(fits), "X:" + QByteArray(71, 'a') + "\xC3\xA9\r\n tail\r\n");
    }

    void writesOneEventPerMaintenanceEvent()
    {
        ICalendarWriter writer;
        writer.setTimestamp(utc(2026, 11, 24, 22, 30));
        MaintenanceEvent canceled = sample();
        canceled.instanceId = u"i-0def"_s;
        canceled.instanceName.clear();
        canceled.event.id = u"instance-event-0456"_s;
        canceled.event.code = u"instance-reboot"_s;
        canceled.event.description = u"[Canceled] The instance is scheduled for a reboot"_s;
        canceled.event.state = Ec2Event::State::Canceled;
        // Given in +02:00: written in UTC.
        canceled.event.notBefore = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone(2 * 3600));
        canceled.event.notAfter = {};
        MaintenanceEvent noStart = sample();
        noStart.event.notBefore = {};
        const QByteArray ics = writer.write({sample(), canceled, noStart});

        // CRLF everywhere, nothing but CRLF.
        QCOMPARE(ics.count("\r\n"), ics.count('\n'));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const QStringList lines = unfolded(ics);
        QCOMPARE(valuesOf(lines, u"VERSION"_s), QStringList {u"2.0"_s});
        QCOMPARE(valuesOf(lines, u"PRODID"_s).size(), 1);
        QCOMPARE(lines.count(u"BEGIN:VEVENT"_s), 2); // the one without a start is left out
        QCOMPARE(lines.count(u"END:VEVENT"_s), 2);
        QCOMPARE(valuesOf(lines, u"DTSTART"_s), (QStringList {u"20261201T100000Z"_s, u"20261202T070000Z"_s}));
        QCOMPARE(valuesOf(lines, u"DTEND"_s), QStringList {u"20261201T120000Z"_s});
        QCOMPARE(valuesOf(lines, u"DTSTAMP"_s), (QStringList {u"20261124T223000Z"_s, u"20261124T223000Z"_s}));
        QCOMPARE(valuesOf(lines, u"SUMMARY"_s),
            (QStringList {u"system-reboot: web-1 (i-0abc)"_s, u"instance-reboot: i-0def"_s}));
        QCOMPARE(valuesOf(lines, u"CATEGORIES"_s), (QStringList {u"system-reboot"_s, u"instance-reboot"_s}));
        QCOMPARE(valuesOf(lines, u"STATUS"_s), (QStringList {u"CONFIRMED"_s, u"CANCELLED"_s}));
        const QStringList descriptions = valuesOf(lines, u"DESCRIPTION"_s);
        QCOMPARE(descriptions.size(), 2);
        QVERIFY2(descriptions.at(0).contains(u"Sandbox"_s) && descriptions.at(0).contains(u"us-east-1"_s)
                && descriptions.at(0).contains(u"2026-12-08T00:00:00Z"_s)
                && descriptions.at(0).contains(u"\\n"_s),
            qPrintable(descriptions.at(0)));
        QVERIFY(descriptions.at(1).startsWith(u"[Canceled] The instance"_s));
        QCOMPARE(valuesOf(lines, u"UID"_s), (QStringList {sample().uid(), canceled.uid()}));
    }

    void uidIsStable()
    {
        const MaintenanceEvent a = sample();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}@skylight$"_s).match(a.uid()).hasMatch());
        // The same event after a reschedule and after completing keeps its UID…
        MaintenanceEvent moved = a;
        moved.event.notBefore = a.event.notBefore.addDays(3);
        moved.event.notAfter = a.event.notAfter.addDays(3);
        moved.event.description = u"[Completed] The instance is scheduled for a reboot"_s;
        moved.event.state = Ec2Event::State::Completed;
        moved.instanceName = u"renamed"_s;
        QCOMPARE(moved.uid(), a.uid());
        // …another event, instance, region or cloud does not.
        for (auto change : {+[](MaintenanceEvent &m) { m.event.id = u"instance-event-0999"_s; },
                 +[](MaintenanceEvent &m) { m.instanceId = u"i-0other"_s; },
                 +[](MaintenanceEvent &m) { m.region = u"eu-west-1"_s; },
                 +[](MaintenanceEvent &m) {
                     m.cloud = u"Other"_s;
                 }}) {
            MaintenanceEvent other = a;
            change(other);
            QVERIFY(other.uid() != a.uid());
        }
        // Without an event id (older API versions), code and start tell events apart.
        MaintenanceEvent old = a;
        old.event.id.clear();
        MaintenanceEvent same = old;
        same.event.description = u"other words"_s;
        QCOMPARE(same.uid(), old.uid());
        MaintenanceEvent later = old;
        later.event.notBefore = old.event.notBefore.addSecs(3600);
        QVERIFY(later.uid() != old.uid());
        MaintenanceEvent otherCode = old;
        otherCode.event.code = u"instance-reboot"_s;
        QVERIFY(otherCode.uid() != old.uid());
        // Two exports of the same events: byte for byte the same with the same timestamp.
        ICalendarWriter writer;
        writer.setTimestamp(utc(2026, 11, 24, 22, 30));
        QCOMPARE(writer.write({a, old}), writer.write({a, old}));
    }

    void alarmsForLeadTimes()
    {
        ICalendarWriter writer;
        writer.setTimestamp(utc(2026, 11, 24, 22, 30));
        writer.setReminderLeadTimes({24h, 1h, 90min, 45s});
        MaintenanceEvent canceled = sample();
        canceled.event.id = u"instance-event-0456"_s;
        canceled.event.state = Ec2Event::State::Canceled;
        const QStringList lines = unfolded(writer.write({sample(), canceled}));
        QCOMPARE(lines.count(u"BEGIN:VALARM"_s), 4); // none on the canceled event
        QCOMPARE(
            valuesOf(lines, u"TRIGGER"_s), (QStringList {u"-P1D"_s, u"-PT1H"_s, u"-PT90M"_s, u"-PT45S"_s}));
        QCOMPARE(valuesOf(lines, u"ACTION"_s).count(u"DISPLAY"_s), 4);
    }

    void stateFollowsTheClock()
    {
        const MaintenanceEvent m = sample(); // 10:00–12:00 on 2026-12-01
        QCOMPARE(m.state(utc(2026, 12, 1, 9)), MaintenanceEvent::State::Scheduled);
        QCOMPARE(m.state(utc(2026, 12, 1, 10)), MaintenanceEvent::State::InProgress);
        QCOMPARE(m.state(utc(2026, 12, 1, 11, 59)), MaintenanceEvent::State::InProgress);
        QCOMPARE(m.state(utc(2026, 12, 1, 12)), MaintenanceEvent::State::Completed);
        QVERIFY(m.isUpcoming(utc(2026, 12, 1, 11)));
        QVERIFY(!m.isUpcoming(utc(2026, 12, 2, 0)));
        MaintenanceEvent canceled = m;
        canceled.event.state = Ec2Event::State::Canceled;
        QCOMPARE(canceled.state(utc(2026, 11, 1, 0)), MaintenanceEvent::State::Canceled);
        QVERIFY(!canceled.isUpcoming(utc(2026, 11, 1, 0)));
        MaintenanceEvent retirement = m; // no end: in progress from its start on
        retirement.event.notAfter = {};
        QCOMPARE(retirement.state(utc(2027, 1, 1, 0)), MaintenanceEvent::State::InProgress);
    }
};

QTEST_GUILESS_MAIN(TestICalendarWriter)
#include "tst_icalendarwriter.moc"
