// SPDX-License-Identifier: GPL-3.0-or-later
// EC2 DescribeInstanceStatus (and ModifyInstanceEventStartTime's <event>), then the maintenance
// calendar built from what was read: its iCalendar export stays well-formed for any event text.
#include <QTimeZone>

#include "ec2/ec2parsers.h"
#include "icalendarcheck.h"
#include "schedule/icalendarwriter.h"
#include "schedule/maintenanceevent.h"

using namespace Qt::StringLiterals;

namespace {

void checkEvent(const Ec2Event &e)
{
    for (const QDateTime &t : {e.notBefore, e.notAfter, e.notBeforeDeadline})
        FUZZ_CHECK(!t.isValid() || t.timeSpec() == Qt::UTC);
    FUZZ_CHECK((e.state == Ec2Event::State::Completed) == e.description.startsWith(u"[Completed]"_s));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<Ec2Event> moved = parseModifyInstanceEventStartTime(body);
    if (moved.isOk())
        checkEvent(moved.value());
    const Result<InstanceStatusPage> result = parseDescribeInstanceStatus(body);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().message().isEmpty());
        return 0;
    }
    const InstanceStatusPage &page = result.value();
    FUZZ_CHECK(page.statuses.size() <= body.count("item") / 2);
    qsizetype events = 0;
    for (const InstanceStatus &s : page.statuses) {
        FUZZ_CHECK(s.stateCode >= -1 && s.stateCode <= 255);
        for (const Ec2Event &e : s.events)
            checkEvent(e);
        events += s.events.size();
    }
    const QList<MaintenanceEvent> calendar
        = MaintenanceEvent::fromStatuses(u"cloud"_s, u"region"_s, page.statuses);
    FUZZ_CHECK(calendar.size() == events);
    ICalendarWriter writer;
    writer.setTimestamp(QDateTime(QDate(2026, 11, 25), QTime(1, 0), QTimeZone::utc()));
    writer.setReminderLeadTimes({std::chrono::hours(24)});
    const QList<QByteArray> lines = ICalendarCheck::unfold(writer.write(calendar));
    qsizetype withStart = 0;
    for (const MaintenanceEvent &e : calendar)
        withStart += e.event.notBefore.isValid() ? 1 : 0;
    FUZZ_CHECK(lines.count("BEGIN:VEVENT") == withStart);
    for (const QByteArray &line : lines) {
        if (line.startsWith("SUMMARY:") || line.startsWith("DESCRIPTION:") || line.startsWith("CATEGORIES:"))
            ICalendarCheck::unescape(line.mid(line.indexOf(':') + 1));
    }
    return 0;
}
