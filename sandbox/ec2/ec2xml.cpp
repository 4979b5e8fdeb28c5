// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2xml.h"

#include "s3xml.h"

namespace Ec2Xml {

QByteArray namespaceFor(const QString &version)
{
    return "http://ec2.amazonaws.com/doc/" + version.toLatin1() + '/';
}

QByteArray time(const QDateTime &utc)
{
    return S3Xml::isoTime(utc);
}

QByteArray element(QByteArrayView name, QByteArrayView value)
{
    return S3Xml::element(name, value);
}

QByteArray element(QByteArrayView name, const QByteArray &value)
{
    return S3Xml::element(name, value);
}

QByteArray element(QByteArrayView name, const char *value)
{
    return S3Xml::element(name, QByteArrayView(value));
}

QByteArray element(QByteArrayView name, const QString &value)
{
    return S3Xml::element(name, value.toUtf8());
}

QByteArray element(QByteArrayView name, int value)
{
    return S3Xml::element(name, QByteArray::number(value));
}

SandboxResponse document(
    const QByteArray &action, const QString &version, const QByteArray &requestId, const QByteArray &inner)
{
    SandboxResponse response;
    response.addHeader("Content-Type", "text/xml;charset=UTF-8");
    const QByteArray root = action + "Response";
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\""
        + namespaceFor(version) + "\">" + element("requestId", requestId) + inner + "</" + root + ">\n";
    return response;
}

SandboxResponse error(
    int status, const QByteArray &code, const QByteArray &message, const QByteArray &requestId)
{
    SandboxResponse response;
    response.status = status;
    response.addHeader("Content-Type", "text/xml;charset=UTF-8");
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error>"
        + element("Code", code) + element("Message", message) + "</Error></Errors>"
        + element("RequestID", requestId) + "</Response>\n";
    return response;
}

} // namespace Ec2Xml
