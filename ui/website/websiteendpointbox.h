// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

#include "website/websiteendpoint.h"

class QLabel;
class QLineEdit;
class QPushButton;
class S3Client;
struct WebsiteReachabilityResult;

// The bucket's website endpoint: its URL with Copy and Open in browser, and its reachability — the
// index and a missing page fetched through the endpoint, anonymously, with the HTTP status of each.
class WebsiteEndpointBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit WebsiteEndpointBox(QWidget *parent = nullptr);

    // `websiteBase`: the sandbox's or a compatible store's own website URL (empty: not known).
    void setBucket(
        S3Client *client, const QString &bucket, const QString &region, const QString &websiteBase);
    const WebsiteEndpoint &endpoint() const { return m_endpoint; }
    void check();
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void checked(const WebsiteReachabilityResult &result);
    // The user typed the store's own website URL (the sandbox's "website=" address).
    void websiteBaseEdited(const QString &url);

private:
    S3Client *m_client = nullptr;
    QString m_bucket;
    QString m_region;
    QLineEdit *m_base;
    WebsiteEndpoint m_endpoint;
    QLabel *m_url;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_check;
};
