// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websitedialog.h"

#include <QDialogButtonBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "s3/s3client.h"
#include "website/publicrecord.h"
#include "website/publishwizard.h"
#include "website/websitepanel.h"

WebsiteDialog::WebsiteDialog(S3Client *client, const QString &bucket, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(bucket)
    , m_panel(new WebsitePanel(client, bucket, this))
{
    setWindowTitle(tr("Website — %1").arg(bucket));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &WebsitePanel::publishRequested, this, &WebsiteDialog::openWizard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(860, 720);
    setRegion(client->regionFor(bucket)); // the endpoint's; AWS's differs per region
    m_panel->load();
}

void WebsiteDialog::setWebsiteBase(const QString &url)
{
    m_websiteBase = url;
    m_panel->setWebsiteBase(url);
}

void WebsiteDialog::setRegion(const QString &region)
{
    m_region = region;
    m_panel->setRegion(region);
}

void WebsiteDialog::openWizard(const QString &folder)
{
    auto *wizard = new PublishWizard(m_client, m_bucket, folder, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWebsiteBase(m_panel->websiteBase()); // as typed in the endpoint box, if it was
    wizard->setRegion(m_region);
    wizard->setRecordPath(
        PublicRecord::fileFor(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            m_client->profile().s3Url().toString(),
            m_bucket));
    connect(wizard, &QWizard::finished, m_panel, &WebsitePanel::load);
    wizard->open();
}
