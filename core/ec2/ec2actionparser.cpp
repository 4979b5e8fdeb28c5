// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/ec2actionparser.h"

#include <QCoreApplication>

#include "s3/xmldocument.h"

using namespace Qt::StringLiterals;

Result<QList<InstanceStateChange>> parseInstanceStateChanges(const QByteArray &body, QStringView root)
{
    QList<InstanceStateChange> changes;
    InstanceStateChange current;
    QString returned;
    const ApiError error = XmlDocument::walk(
        body,
        root,
        [&](const QString &path, const QString &text) {
            if (path == u"instancesSet/item/instanceId")
                current.instanceId = text;
            else if (path == u"instancesSet/item/currentState/name")
                current.currentState = text;
            else if (path == u"instancesSet/item/previousState/name")
                current.previousState = text;
            else if (path == u"return")
                returned = text;
        },
        [&](const QString &path) {
            if (path == u"instancesSet/item") {
                changes.append(current);
                current = InstanceStateChange();
            }
        });
    if (!error.isOk())
        return Result<QList<InstanceStateChange>>::failure(error);
    if (returned.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return Result<QList<InstanceStateChange>>::failure(ApiError(ApiError::Kind::Service,
            QCoreApplication::translate("Ec2ActionParser", "EC2 answered %1 with return=false")
                .arg(root.toString())));
    return Result<QList<InstanceStateChange>>::success(std::move(changes));
}
