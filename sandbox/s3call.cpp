// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3call.h"

#include "s3xml.h"
#include "sandboxrequest.h"

QByteArray S3Call::resource() const
{
    return request.rawPath;
}

SandboxResponse S3Call::error(int status,
    QByteArrayView code,
    QByteArrayView message,
    const QList<std::pair<QByteArray, QByteArray>> &extra) const
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>";
    body.append(S3Xml::element("Code", code)).append(S3Xml::element("Message", message));
    for (const auto &[name, value] : extra)
        body.append(S3Xml::element(name, value));
    body.append(S3Xml::element("Resource", resource())).append(S3Xml::element("RequestId", requestId));
    body.append("</Error>");
    SandboxResponse response;
    response.status = status;
    response.addHeader("Content-Type", "application/xml");
    if (request.method == "HEAD") { // HEAD answers carry no body, only the status
        response.headOnly = true;
        response.headLength = 0;
    } else {
        response.body = std::move(body);
    }
    return response;
}

SandboxResponse S3Call::xml(QByteArray document, int status) const
{
    SandboxResponse response;
    response.status = status;
    response.addHeader("Content-Type", "application/xml");
    response.body = std::move(document);
    return response;
}
