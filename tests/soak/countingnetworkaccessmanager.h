// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>

// A QNetworkAccessManager that counts the requests it sends, so that the soak knows how far into
// the sandbox's fault schedule it got (each attempt is one request the sandbox counts).
class CountingNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++m_requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    int m_requests = 0;
};
