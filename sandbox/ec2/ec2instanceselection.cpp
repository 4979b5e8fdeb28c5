// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2instanceselection.h"

#include <QRandomGenerator>

#include "ec2call.h"

using namespace Qt::StringLiterals;

namespace Ec2InstanceSelection {

namespace {

QByteArray randomHex(int digits)
{
    QByteArray out;
    for (int i = 0; i < digits; ++i)
        out.append("0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return out;
}

bool isHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

bool isWellFormedId(QByteArrayView id)
{
    // i- and 8 (before 2016) or 17 hex digits.
    return id.startsWith("i-") && (id.size() == 10 || id.size() == 19) && isHex(id.sliced(2));
}

std::optional<QList<SandboxInstance>> byIds(const Ec2Call &call,
    const QList<SandboxInstance> &all,
    const QList<QByteArray> &ids,
    SandboxResponse *error)
{
    QList<QByteArray> missing;
    QList<SandboxInstance> chosen;
    for (const QByteArray &id : ids) {
        if (!isWellFormedId(id)) {
            *error = call.error(400, "InvalidInstanceID.Malformed", "Invalid id: \"" + id + '"');
            return std::nullopt;
        }
        const auto it
            = std::find_if(all.cbegin(), all.cend(), [&id](const SandboxInstance &i) { return i.id == id; });
        if (it == all.cend())
            missing.append(id);
        else if (std::none_of(
                     chosen.cbegin(), chosen.cend(), [&id](const SandboxInstance &i) { return i.id == id; }))
            chosen.append(*it);
    }
    if (missing.size() == 1) {
        *error = call.error(
            400, "InvalidInstanceID.NotFound", "The instance ID '" + missing.first() + "' does not exist");
        return std::nullopt;
    }
    if (!missing.isEmpty()) {
        *error = call.error(
            400, "InvalidInstanceID.NotFound", "The instance IDs '" + missing.join(", ") + "' do not exist");
        return std::nullopt;
    }
    return chosen;
}

QStringList instanceFilterNames()
{
    return {u"instance-id"_s,
        u"instance-state-name"_s,
        u"instance-state-code"_s,
        u"availability-zone"_s,
        u"instance-type"_s,
        u"image-id"_s,
        u"tag-key"_s};
}

bool matches(const SandboxInstance &i, const QList<Ec2Filter> &filters)
{
    for (const Ec2Filter &f : filters) {
        bool ok = true;
        if (f.name == u"instance-id")
            ok = Ec2Filters::anyMatches(f.values, QString::fromLatin1(i.id));
        else if (f.name == u"instance-state-name")
            ok = Ec2Filters::anyMatches(f.values, QString::fromLatin1(SandboxInstance::stateName(i.state)));
        else if (f.name == u"instance-state-code")
            ok = Ec2Filters::anyMatches(f.values, QString::number(SandboxInstance::stateCode(i.state)));
        else if (f.name == u"availability-zone")
            ok = Ec2Filters::anyMatches(f.values, i.zone);
        else if (f.name == u"instance-type")
            ok = Ec2Filters::anyMatches(f.values, QString::fromLatin1(i.instanceType));
        else if (f.name == u"image-id")
            ok = Ec2Filters::anyMatches(f.values, QString::fromLatin1(i.imageId));
        else if (f.name == u"tag-key")
            ok = std::any_of(i.tags.cbegin(), i.tags.cend(), [&f](const auto &t) {
                return Ec2Filters::anyMatches(f.values, t.first);
            });
        else if (f.name.startsWith(u"tag:")) {
            const QString key = f.name.mid(4);
            ok = std::any_of(i.tags.cbegin(), i.tags.cend(), [&](const auto &t) {
                return t.first == key && Ec2Filters::anyMatches(f.values, t.second);
            });
        }
        if (!ok)
            return false;
    }
    return true;
}

QByteArray newInstanceId()
{
    return "i-" + randomHex(17);
}

QByteArray newReservationId()
{
    return "r-" + randomHex(17);
}

QByteArray newEventId()
{
    return "instance-event-" + randomHex(17);
}

} // namespace Ec2InstanceSelection
