// SPDX-License-Identifier: GPL-3.0-or-later
#include "websitepage.h"

#include "s3xml.h"

namespace WebsitePage {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Internal Server Error";
    }
}

QByteArray errorPage(const Failure &failure, const QByteArray &requestId, const Failure *errorDocumentFailure)
{
    const QByteArray title = QByteArray::number(failure.status) + ' ' + reasonPhrase(failure.status);
    QByteArray html
        = "<html>\n<head><title>" + title + "</title></head>\n<body>\n<h1>" + title + "</h1>\n<ul>\n";
    html.append("<li>Code: ").append(S3Xml::escape(failure.code)).append("</li>\n");
    html.append("<li>Message: ").append(S3Xml::escape(failure.message)).append("</li>\n");
    for (const auto &[name, value] : failure.details)
        html.append("<li>").append(name).append(": ").append(S3Xml::escape(value)).append("</li>\n");
    html.append("<li>RequestId: ").append(requestId).append("</li>\n");
    html.append("<li>HostId: ").append(requestId.toBase64()).append("</li>\n</ul>\n");
    if (errorDocumentFailure) {
        html.append(
            "<h3>An Error Occurred While Attempting to Retrieve a Custom Error Document</h3>\n<ul>\n");
        html.append("<li>Code: ").append(S3Xml::escape(errorDocumentFailure->code)).append("</li>\n");
        html.append("<li>Message: ").append(S3Xml::escape(errorDocumentFailure->message)).append("</li>\n");
        html.append("</ul>\n");
    }
    html.append("<hr/>\n</body>\n</html>\n");
    return html;
}

} // namespace WebsitePage
