// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/ec2parsers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include "s3/xmldocument.h"

using namespace Qt::StringLiterals;

QString Ec2Instance::tag(const QString &key) const
{
    for (const auto &[k, v] : tags) {
        if (k == key)
            return v;
    }
    return {};
}

QDateTime parseEc2Time(const QString &text)
{
    // "2011-12-05T13:00:00+0000", "…:00.000Z", "…:00Z", "…:00+00:00"
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7))
        ms = m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const QString digits = QString(zone).remove(u':');
        offsetSeconds = (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60)
            * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

namespace {

template <typename T> Result<T> failed(const ApiError &error)
{
    return Result<T>::failure(error);
}

// One field of an event (an eventsSet item, or the <event> of ModifyInstanceEventStartTime).
void setEventField(Ec2Event &event, QStringView name, const QString &text)
{
    if (name == u"code")
        event.code = text;
    else if (name == u"description")
        event.description = text;
    else if (name == u"instanceEventId")
        event.id = text;
    else if (name == u"notBefore")
        event.notBefore = parseEc2Time(text);
    else if (name == u"notAfter")
        event.notAfter = parseEc2Time(text);
    else if (name == u"notBeforeDeadline")
        event.notBeforeDeadline = parseEc2Time(text);
}

Ec2Event::State eventState(const QString &description)
{
    if (description.startsWith(u"[Completed]"))
        return Ec2Event::State::Completed;
    if (description.startsWith(u"[Canceled]") || description.startsWith(u"[Cancelled]"))
        return Ec2Event::State::Canceled;
    return Ec2Event::State::Scheduled;
}

} // namespace

Result<QList<Ec2Region>> parseDescribeRegions(const QByteArray &body)
{
    QList<Ec2Region> regions;
    Ec2Region current;
    const ApiError error = XmlDocument::walk(
        body,
        u"DescribeRegionsResponse",
        [&](const QString &path, const QString &text) {
            if (path == u"regionInfo/item/regionName")
                current.name = text;
            else if (path == u"regionInfo/item/regionEndpoint")
                current.endpoint = text;
        },
        [&](const QString &path) {
            if (path == u"regionInfo/item") {
                regions.append(current);
                current = Ec2Region();
            }
        });
    if (!error.isOk())
        return failed<QList<Ec2Region>>(error);
    return Result<QList<Ec2Region>>::success(std::move(regions));
}

Result<QStringList> parseDescribeAvailabilityZones(const QByteArray &body)
{
    QStringList zones;
    const ApiError error = XmlDocument::walk(
        body, u"DescribeAvailabilityZonesResponse", [&](const QString &path, const QString &text) {
            if (path == u"availabilityZoneInfo/item/zoneName")
                zones.append(text);
        });
    if (!error.isOk())
        return failed<QStringList>(error);
    return Result<QStringList>::success(std::move(zones));
}

Result<InstancePage> parseDescribeInstances(const QByteArray &body)
{
    InstancePage page;
    Ec2Instance current;
    QString reservationId;
    QString ownerId;
    QPair<QString, QString> tag;
    const QString prefix = u"reservationSet/item/instancesSet/item/"_s;
    const ApiError error = XmlDocument::walk(
        body,
        u"DescribeInstancesResponse",
        [&](const QString &path, const QString &text) {
            if (path == u"nextToken") {
                page.nextToken = text;
                return;
            }
            if (path == u"reservationSet/item/reservationId") {
                reservationId = text;
                return;
            }
            if (path == u"reservationSet/item/ownerId") {
                ownerId = text;
                return;
            }
            if (!path.startsWith(prefix))
                return;
            const QStringView field = QStringView(path).mid(prefix.size());
            if (field == u"instanceId")
                current.id = text;
            else if (field == u"imageId")
                current.imageId = text;
            else if (field == u"instanceType")
                current.type = text;
            else if (field == u"instanceState/code")
                current.stateCode = text.toInt() & 0xFF;
            else if (field == u"instanceState/name")
                current.stateName = text;
            else if (field == u"placement/availabilityZone")
                current.zone = text;
            else if (field == u"privateDnsName")
                current.privateDnsName = text;
            else if (field == u"dnsName" || field == u"publicDnsName")
                current.publicDnsName = text;
            else if (field == u"privateIpAddress")
                current.privateIp = text;
            else if (field == u"ipAddress")
                current.publicIp = text;
            else if (field == u"keyName")
                current.keyName = text;
            else if (field == u"architecture")
                current.architecture = text;
            else if (field == u"rootDeviceType")
                current.rootDeviceType = text;
            else if (field == u"platform")
                current.platform = text;
            else if (field == u"vpcId")
                current.vpcId = text;
            else if (field == u"subnetId")
                current.subnetId = text;
            else if (field == u"launchTime")
                current.launchTime = parseEc2Time(text);
            else if (field == u"tagSet/item/key")
                tag.first = text;
            else if (field == u"tagSet/item/value")
                tag.second = text;
        },
        [&](const QString &path) {
            if (path == u"reservationSet/item/instancesSet/item/tagSet/item") {
                current.tags.append(tag);
                tag = {};
            } else if (path == u"reservationSet/item/instancesSet/item") {
                current.reservationId = reservationId;
                current.ownerId = ownerId;
                page.instances.append(std::move(current));
                current = Ec2Instance();
            } else if (path == u"reservationSet/item") {
                reservationId.clear();
                ownerId.clear();
            }
        });
    if (!error.isOk())
        return failed<InstancePage>(error);
    return Result<InstancePage>::success(std::move(page));
}

Result<InstanceStatusPage> parseDescribeInstanceStatus(const QByteArray &body)
{
    InstanceStatusPage page;
    InstanceStatus current;
    Ec2Event event;
    QString detailName;
    QString detailStatus;
    QDateTime detailSince;
    const QString prefix = u"instanceStatusSet/item/"_s;
    const auto isEventPath = [](QStringView field) {
        return field.startsWith(u"eventsSet/item/") || field.startsWith(u"eventSet/item/");
    };
    const ApiError error = XmlDocument::walk(
        body,
        u"DescribeInstanceStatusResponse",
        [&](const QString &path, const QString &text) {
            if (path == u"nextToken") {
                page.nextToken = text;
                return;
            }
            if (!path.startsWith(prefix))
                return;
            const QStringView field = QStringView(path).mid(prefix.size());
            if (field == u"instanceId")
                current.instanceId = text;
            else if (field == u"availabilityZone")
                current.zone = text;
            else if (field == u"instanceState/code")
                current.stateCode = text.toInt() & 0xFF;
            else if (field == u"instanceState/name")
                current.stateName = text;
            else if (field == u"systemStatus/status")
                current.system.status = text;
            else if (field == u"instanceStatus/status")
                current.instance.status = text;
            else if (field.endsWith(u"details/item/name"))
                detailName = text;
            else if (field.endsWith(u"details/item/status"))
                detailStatus = text;
            else if (field.endsWith(u"details/item/impairedSince"))
                detailSince = parseEc2Time(text);
            else if (isEventPath(field) || field.startsWith(u"event/"))
                setEventField(event, field.mid(field.lastIndexOf(u'/') + 1), text);
        },
        [&](const QString &path) {
            if (path == u"instanceStatusSet/item") {
                page.statuses.append(std::move(current));
                current = InstanceStatus();
                return;
            }
            if (!path.startsWith(prefix))
                return;
            const QStringView field = QStringView(path).mid(prefix.size());
            if (field == u"eventsSet/item" || field == u"eventSet/item" || field == u"event") {
                event.state = eventState(event.description);
                current.events.append(std::move(event));
                event = Ec2Event();
            } else if (field == u"systemStatus/details/item" || field == u"instanceStatus/details/item") {
                StatusCheck &check = field.startsWith(u"system") ? current.system : current.instance;
                if (detailName == u"reachability") {
                    check.reachability = detailStatus;
                    check.impairedSince = detailSince;
                }
                detailName.clear();
                detailStatus.clear();
                detailSince = {};
            }
        });
    if (!error.isOk())
        return failed<InstanceStatusPage>(error);
    return Result<InstanceStatusPage>::success(std::move(page));
}

Result<Ec2Event> parseModifyInstanceEventStartTime(const QByteArray &body)
{
    Ec2Event event;
    bool seen = false;
    const ApiError error = XmlDocument::walk(
        body,
        u"ModifyInstanceEventStartTimeResponse",
        [&](const QString &path, const QString &text) {
            if (!path.startsWith(u"event/"))
                return;
            seen = true;
            setEventField(event, QStringView(path).mid(6), text);
        },
        [](const QString &) {});
    if (!error.isOk())
        return failed<Ec2Event>(error);
    if (!seen) // AWS always answers with the moved event
        return failed<Ec2Event>(ApiError(ApiError::Kind::Parse,
            QCoreApplication::translate(
                "Ec2Parsers", "EC2 answered ModifyInstanceEventStartTime without the event")));
    event.state = eventState(event.description);
    return Result<Ec2Event>::success(std::move(event));
}
