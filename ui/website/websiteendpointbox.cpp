// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websiteendpointbox.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "clouds/cloudprofile.h"
#include "s3/s3client.h"
#include "website/websitereachabilityjob.h"

namespace {

QString describe(const WebsiteProbe &p)
{
    if (p.status == 0)
        return p.error.humanSentence();
    QString text = QString::number(p.status);
    if (!p.location.isEmpty())
        text += QStringLiteral(" → ") + QString::fromUtf8(p.location);
    return text;
}

} // namespace

WebsiteEndpointBox::WebsiteEndpointBox(QWidget *parent)
    : QGroupBox(tr("Endpoint"), parent)
    , m_url(new QLabel(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_open(new QPushButton(tr("Open in browser"), this))
    , m_check(new QPushButton(tr("Check"), this))
{
    // The sandbox and S3-compatible stores serve websites on an address of their own.
    m_base = new QLineEdit(this);
    m_base->setPlaceholderText(tr("Website URL of this store, e.g. http://127.0.0.1:9001"));
    m_base->setVisible(false);
    connect(m_base, &QLineEdit::editingFinished, this, [this] {
        if (!m_client)
            return;
        setBucket(m_client, m_bucket, m_region, m_base->text().trimmed());
        Q_EMIT websiteBaseEdited(m_base->text().trimmed());
    });
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_status->setObjectName(QStringLiteral("reachability"));
    m_check->setToolTip(tr("Fetch the index and a missing page through the endpoint, as a visitor would."));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_endpoint.url.toString());
    });
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_endpoint.url); });
    connect(m_check, &QPushButton::clicked, this, &WebsiteEndpointBox::check);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addWidget(m_check);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_url);
    layout->addWidget(m_base);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

void WebsiteEndpointBox::setBucket(
    S3Client *client, const QString &bucket, const QString &region, const QString &websiteBase)
{
    m_client = client;
    m_bucket = bucket;
    m_region = region;
    m_endpoint = WebsiteEndpoint::forBucket(client->profile(), bucket, region, websiteBase);
    const bool valid = m_endpoint.isValid();
    const CloudProfile &profile = client->profile();
    const CloudProvider provider = profile.provider;
    // A profile that knows its website endpoint shows it (in m_url); otherwise the user types it.
    m_base->setVisible((provider == CloudProvider::Sandbox || provider == CloudProvider::S3Compatible
                           || provider == CloudProvider::Eucalyptus)
        && profile.websiteEndpoint.trimmed().isEmpty() && (!valid || m_base->isVisible()));
    if (m_base->text() != websiteBase && !websiteBase.isEmpty())
        m_base->setText(websiteBase);
    m_url->setText(valid
            ? QStringLiteral("<a href=\"%1\">%1</a>").arg(m_endpoint.url.toString().toHtmlEscaped())
            : m_endpoint.problem);
    m_url->setOpenExternalLinks(valid);
    m_url->setWordWrap(!valid);
    m_note->setText(m_endpoint.note);
    m_note->setVisible(!m_endpoint.note.isEmpty());
    for (QPushButton *b : {m_copy, m_open, m_check})
        b->setEnabled(valid);
    m_status->clear();
}

void WebsiteEndpointBox::check()
{
    if (!m_client || !m_endpoint.isValid())
        return;
    m_check->setEnabled(false);
    m_status->setText(tr("Fetching…"));
    auto *job = new WebsiteReachabilityJob(m_client->transport(), m_endpoint.url, {}, this);
    connect(job, &WebsiteReachabilityJob::finished, this, [this](const WebsiteReachabilityResult &r) {
        m_check->setEnabled(true);
        const bool good = r.index.status == 200 && r.missing.status >= 400 && r.missing.status < 500;
        m_status->setText(tr("Index: %1   Error page: %2 %3")
                              .arg(describe(r.index), describe(r.missing), good ? tr("✓") : QString()));
        Q_EMIT checked(r);
    });
    job->start();
}
