// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/publishwizard.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "apptheme.h"
#include "website/workwizardpage.h"

PublishWizard::PublishWizard(S3Client *client, const QString &bucket, const QString &folder, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_bucket(bucket)
{
    setWindowTitle(tr("Publish a folder to %1").arg(bucket));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(OptionsPage, buildOptions());
    setPage(PlanPage, buildPlan());
    setPage(RunPage, buildRun());
    m_folder->setText(folder);
    connect(this, &QWizard::currentIdChanged, this, &PublishWizard::onPageChanged);
    resize(640, 480);
}

QWizardPage *PublishWizard::buildOptions()
{
    auto *page = new WorkWizardPage(false, this);
    page->setTitle(tr("Folder and options"));
    page->setSubTitle(
        tr("The folder's files become the objects of s3://%1, with the same paths.").arg(m_bucket));
    m_folder = new QLineEdit(page);
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Folder to publish"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_index = new QLineEdit(QStringLiteral("index.html"), page);
    m_error = new QLineEdit(page);
    m_error->setPlaceholderText(tr("error.html or 404.html when the folder has one"));
    m_cacheControl
        = new QLineEdit(QSettings().value(QStringLiteral("website/cacheControl")).toString(), page);
    m_cacheControl->setPlaceholderText(tr("e.g. max-age=300 (empty: none)"));
    m_delete = new QCheckBox(tr("Delete objects the folder no longer has"), page);
    m_public = new QCheckBox(tr("Make the bucket public (a bucket policy granting read to everyone)"), page);
    m_public->setChecked(true);
    m_unblock = new QCheckBox(tr("Relax Block Public Access if it is in the way"), page);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Index document:"), m_index);
    form->addRow(tr("Error document:"), m_error);
    form->addRow(tr("Cache-Control:"), m_cacheControl);
    form->addRow(QString(), m_delete);
    form->addRow(QString(), m_public);
    form->addRow(QString(), m_unblock);
    m_folder->setObjectName(QStringLiteral("required"));
    connect(m_folder, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *PublishWizard::buildPlan()
{
    auto *page = new WorkWizardPage(true, this);
    m_planPage = page;
    page->setTitle(tr("What will change"));
    page->setSubTitle(tr("Only new and changed files are uploaded (same size and MD5: left as it is)."));
    m_planSummary = new QLabel(page);
    m_planSummary->setWordWrap(true);
    m_planList = new QListWidget(page);
    page->setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Publish"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_planSummary);
    layout->addWidget(m_planList, 1);
    return page;
}

QWizardPage *PublishWizard::buildRun()
{
    auto *page = new WorkWizardPage(true, this);
    m_runPage = page;
    page->setTitle(tr("Publishing"));
    page->setSubTitle(tr("Uploading, then setting up s3://%1 as a website and fetching it.").arg(m_bucket));
    m_progress = new QProgressBar(page);
    m_log = new QPlainTextEdit(page);
    m_log->setReadOnly(true);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setOpenExternalLinks(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_result);
    return page;
}

void PublishWizard::onPageChanged(int id)
{
    if (id == PlanPage)
        runPlan();
    else if (id == RunPage)
        runPublish();
}

PublishOptions PublishWizard::options(bool dryRun) const
{
    PublishOptions o;
    o.folder = m_folder->text().trimmed();
    o.bucket = m_bucket;
    o.indexDocument
        = m_index->text().trimmed().isEmpty() ? QStringLiteral("index.html") : m_index->text().trimmed();
    o.errorDocument = m_error->text().trimmed();
    o.cacheControl = m_cacheControl->text().trimmed();
    o.deleteRemoved = m_delete->isChecked();
    o.makePublic = m_public->isChecked();
    o.allowUnblock = m_unblock->isChecked();
    o.websiteBase = m_websiteBase;
    o.region = m_region;
    o.dryRun = dryRun;
    return o;
}

void PublishWizard::runPlan()
{
    m_planPage->setComplete(false);
    m_planList->clear();
    m_planSummary->setText(tr("Reading the folder and listing the bucket…"));
    QSettings().setValue(QStringLiteral("website/cacheControl"), m_cacheControl->text().trimmed());
    auto *publisher = new WebsitePublisher(m_client, options(true), this);
    connect(publisher, &WebsitePublisher::finished, this, [this](const PublishResult &r) {
        if (!r.error.isOk()) {
            m_planSummary->setText(r.error.humanSentence());
            return;
        }
        const PublishPlan &p = r.plan;
        m_planSummary->setText(tr("%1 to upload, %2 unchanged, %3 to delete.")
                                   .arg(p.upload.size())
                                   .arg(p.unchanged.size())
                                   .arg(p.remove.size()));
        for (const PublishFile &f : p.upload)
            new QListWidgetItem(tr("upload  %1  (%2)").arg(f.key, f.contentType), m_planList);
        for (const QString &key : p.remove)
            new QListWidgetItem(tr("delete  %1").arg(key), m_planList);
        m_planPage->setComplete(true);
        Q_EMIT planned(r);
    });
    publisher->start();
}

void PublishWizard::runPublish()
{
    m_runPage->setComplete(false);
    m_log->clear();
    auto *publisher = new WebsitePublisher(m_client, options(false), this);
    connect(publisher, &WebsitePublisher::step, m_log, &QPlainTextEdit::appendPlainText);
    connect(publisher, &WebsitePublisher::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(total ? done : 1);
    });
    connect(publisher, &WebsitePublisher::finished, this, [this](const PublishResult &r) {
        QString error;
        if (!m_recordPath.isEmpty() && !r.record.saveMerged(m_recordPath, &error))
            m_log->appendPlainText(tr("Could not record what was made public: %1").arg(error));
        if (!r.error.isOk()) {
            m_result->setText(r.error.humanSentence());
            m_result->setStyleSheet(AppTheme::styleSheetColour(AppTheme::errorColour(palette())));
        } else {
            QString text = tr("Uploaded %1, unchanged %2, deleted %3.")
                               .arg(r.uploaded.size())
                               .arg(r.plan.unchanged.size())
                               .arg(r.deleted.size());
            if (r.endpoint.isValid())
                text += QStringLiteral("<br>")
                    + tr("The site: <a href=\"%1\">%1</a>").arg(r.endpoint.url.toString());
            if (r.reachability)
                text += QStringLiteral("<br>")
                    + tr("Index: %1, error page: %2")
                          .arg(r.reachability->index.status)
                          .arg(r.reachability->missing.status);
            m_result->setText(text);
        }
        m_runPage->setComplete(true);
        Q_EMIT published(r);
    });
    publisher->start();
}
