// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar writer's escaping and folding: whatever summary, description and names go in, every
// line is at most 75 octets and ends with CRLF, and unfolding plus unescaping gives the text back.
#include <QTimeZone>

#include "icalendarcheck.h"
#include "schedule/icalendarwriter.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Qt::StringLiterals;

namespace {

QString takeText(FuzzedDataProvider &in)
{
    const std::string bytes = in.ConsumeRandomLengthString(400);
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    MaintenanceEvent e;
    e.event.code = takeText(in);
    e.event.description = takeText(in);
    e.instanceName = takeText(in);
    e.instanceId = takeText(in);
    e.cloud = takeText(in);
    e.region = takeText(in);
    e.event.id = takeText(in);
    const QString calendarName = takeText(in);
    const QString free = takeText(in);
    e.event.notBefore = QDateTime(QDate(2026, 12, 1), QTime(22, 0), QTimeZone::utc());
    e.event.notAfter = e.event.notBefore.addSecs(in.ConsumeIntegralInRange<int>(-7200, 7200));

    // escapeText and foldLine on their own.
    {
        const QByteArray folded
            = ICalendarWriter::foldLine("X-TEST:" + ICalendarWriter::escapeText(free).toUtf8());
        const QList<QByteArray> lines = ICalendarCheck::unfold(folded);
        FUZZ_CHECK(lines.size() == 1);
        FUZZ_CHECK(ICalendarCheck::unescape(ICalendarCheck::value(lines, "X-TEST"))
            == ICalendarCheck::expected(free));
    }

    ICalendarWriter writer;
    writer.setTimestamp(QDateTime(QDate(2026, 11, 25), QTime(1, 0), QTimeZone::utc()));
    writer.setCalendarName(calendarName);
    writer.setReminderLeadTimes({std::chrono::seconds(in.ConsumeIntegralInRange<int>(1, 86400 * 3))});
    const QByteArray ics = writer.write({e});
    const QList<QByteArray> lines = ICalendarCheck::unfold(ics);
    FUZZ_CHECK(lines.first() == "BEGIN:VCALENDAR" && lines.last() == "END:VCALENDAR");
    FUZZ_CHECK(lines.count("BEGIN:VEVENT") == 1 && lines.count("END:VEVENT") == 1);

    const qsizetype event = lines.indexOf("BEGIN:VEVENT");
    const QString label
        = e.instanceName.isEmpty() ? e.instanceId : e.instanceName + u" ("_s + e.instanceId + u')';
    const QString summary = ICalendarCheck::expected(e.event.code + u": "_s + label);
    FUZZ_CHECK(ICalendarCheck::unescape(ICalendarCheck::value(lines, "SUMMARY", event)) == summary);
    const QString description = ICalendarCheck::unescape(ICalendarCheck::value(lines, "DESCRIPTION", event));
    if (!e.event.description.isEmpty())
        FUZZ_CHECK(description.startsWith(ICalendarCheck::expected(e.event.description + u'\n')));
    FUZZ_CHECK(description.contains(ICalendarCheck::expected(u"Cloud: "_s + e.cloud + u'\n')));
    FUZZ_CHECK(description.contains(ICalendarCheck::expected(u"Region: "_s + e.region + u'\n')));
    if (!e.event.code.isEmpty())
        FUZZ_CHECK(ICalendarCheck::unescape(ICalendarCheck::value(lines, "CATEGORIES", event))
            == ICalendarCheck::expected(e.event.code));
    if (!calendarName.isEmpty())
        FUZZ_CHECK(ICalendarCheck::unescape(ICalendarCheck::value(lines, "X-WR-CALNAME"))
            == ICalendarCheck::expected(calendarName));
    // The reminder repeats the summary.
    const qsizetype alarm = lines.indexOf("BEGIN:VALARM");
    if (alarm >= 0)
        FUZZ_CHECK(ICalendarCheck::unescape(ICalendarCheck::value(lines, "DESCRIPTION", alarm)) == summary);
    return 0;
}
