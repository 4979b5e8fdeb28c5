// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/icalendarwriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)
};

QByteArray line(const QByteArray &name, const QString &value)
{
    return ICalendarWriter::foldLine(name + ':' + value.toUtf8());
}

} // namespace

ICalendarWriter::ICalendarWriter()
    : m_prodId(u"-//Skylight//Skylight maintenance schedule//EN"_s)
{}

QString ICalendarWriter::escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            escaped += u"\\n"_s;
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i; // CRLF is one line break
        } else if (c == u'\n') {
            escaped += u"\\n"_s;
        } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f) {
            continue; // other controls, DEL included, are not allowed in TEXT (RFC 5545 §3.1)
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::foldLine(const QByteArray &utf8Line)
{
    // RFC 5545 §3.1: at most 75 octets per physical line, excluding the CRLF; a continuation
    // starts with one space, which counts towards its 75.
    constexpr qsizetype limit = 75;
    QByteArray folded;
    folded.reserve(utf8Line.size() + utf8Line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        const qsizetype room = first ? limit : limit - 1;
        if (utf8Line.size() - pos <= room) {
            if (!first)
                folded += ' ';
            folded += utf8Line.mid(pos);
            folded += "\r\n";
            return folded;
        }
        qsizetype end = pos + room;
        // Back off to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (end > pos && (static_cast<unsigned char>(utf8Line.at(end)) & 0xC0) == 0x80)
            --end;
        if (end == pos) // not UTF-8 at all: cut where the limit is
            end = pos + room;
        if (!first)
            folded += ' ';
        folded += utf8Line.mid(pos, end - pos);
        folded += "\r\n";
        pos = end;
        first = false;
    }
}

QByteArray ICalendarWriter::utcTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray ICalendarWriter::triggerDuration(std::chrono::seconds lead)
{
    // RFC 5545 §3.3.6: a negative duration is before the start.
    const QByteArray sign = lead.count() > 0 ? "-" : "";
    const qint64 s = qAbs(lead.count());
    if (s > 0 && s % 86400 == 0)
        return sign + "P" + QByteArray::number(s / 86400) + 'D';
    if (s > 0 && s % 3600 == 0)
        return sign + "PT" + QByteArray::number(s / 3600) + 'H';
    if (s > 0 && s % 60 == 0)
        return sign + "PT" + QByteArray::number(s / 60) + 'M';
    return sign + "PT" + QByteArray::number(s) + 'S';
}

QByteArray ICalendarWriter::write(const QList<MaintenanceEvent> &events) const
{
    const QDateTime now = m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
    QByteArray out;
    out += "BEGIN:VCALENDAR\r\n";
    out += line("PRODID", m_prodId);
    out += "VERSION:2.0\r\n";
    out += "CALSCALE:GREGORIAN\r\n";
    out += "METHOD:PUBLISH\r\n";
    if (!m_calendarName.isEmpty())
        out += line("X-WR-CALNAME", escapeText(m_calendarName));
    for (const MaintenanceEvent &e : events) {
        if (e.event.notBefore.isValid())
            out += event(e, now);
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

QByteArray ICalendarWriter::event(const MaintenanceEvent &e, const QDateTime &now) const
{
    const MaintenanceEvent::State state = e.state(now);
    const QString summary = u"%1: %2"_s.arg(e.event.code, e.instanceLabel());
    QStringList description;
    if (!e.event.description.isEmpty())
        description << e.event.description;
    description << Tr::tr("Cloud: %1").arg(e.cloud) << Tr::tr("Region: %1").arg(e.region)
                << Tr::tr("Instance: %1").arg(e.instanceLabel())
                << Tr::tr("State: %1").arg(MaintenanceEvent::stateName(state));
    if (e.event.notBeforeDeadline.isValid())
        description << Tr::tr("Can be rescheduled to start until %1")
                           .arg(e.event.notBeforeDeadline.toUTC().toString(Qt::ISODate));
    if (!e.event.id.isEmpty())
        description << Tr::tr("Event id: %1").arg(e.event.id);

    QByteArray v;
    v += "BEGIN:VEVENT\r\n";
    v += line("UID", e.uid());
    v += "DTSTAMP:" + utcTime(now) + "\r\n";
    v += "DTSTART:" + utcTime(e.event.notBefore) + "\r\n";
    if (e.event.notAfter.isValid() && e.event.notAfter > e.event.notBefore)
        v += "DTEND:" + utcTime(e.event.notAfter) + "\r\n";
    v += line("SUMMARY", escapeText(summary));
    v += line("DESCRIPTION", escapeText(description.join(u'\n')));
    if (!e.event.code.isEmpty())
        v += line("CATEGORIES", escapeText(e.event.code));
    v += state == MaintenanceEvent::State::Canceled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
    v += "TRANSP:TRANSPARENT\r\n"; // the owner is not busy during someone else's maintenance
    if (state == MaintenanceEvent::State::Scheduled) {
        for (const std::chrono::seconds lead : m_leads) {
            v += "BEGIN:VALARM\r\n";
            v += "ACTION:DISPLAY\r\n";
            v += line("DESCRIPTION", escapeText(summary));
            v += "TRIGGER:" + triggerDuration(lead) + "\r\n";
            v += "END:VALARM\r\n";
        }
    }
    v += "END:VEVENT\r\n";
    return v;
}
