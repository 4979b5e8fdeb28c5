// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class S3Client;
class WebsitePanel;

// The Website panel of one bucket in a window, as the bucket browser opens it; publishing a folder
// (button or drop) opens the PublishWizard over it.
class WebsiteDialog final : public QDialog
{
    Q_OBJECT
public:
    WebsiteDialog(S3Client *client, const QString &bucket, QWidget *parent = nullptr);
    WebsitePanel *panel() const { return m_panel; }
    void setWebsiteBase(const QString &url);
    void setRegion(const QString &region);

private:
    void openWizard(const QString &folder);

    S3Client *m_client;
    QString m_bucket;
    QString m_websiteBase;
    QString m_region;
    WebsitePanel *m_panel;
};
