// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

#include "website/websitepublisher.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class S3Client;
class WorkWizardPage;

// "Publish a folder as a website": the folder and options, then the plan (what will be uploaded,
// what is unchanged, what will be deleted) from a dry run, then the publishing itself with its
// progress, the site's URL and the status of its index and error page.
class PublishWizard final : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        OptionsPage,
        PlanPage,
        RunPage
    };

    PublishWizard(S3Client *client, const QString &bucket, const QString &folder, QWidget *parent = nullptr);

    void setWebsiteBase(const QString &url) { m_websiteBase = url; }
    void setRegion(const QString &region) { m_region = region; }
    void setRecordPath(const QString &path) { m_recordPath = path; }

    QLineEdit *folderEdit() const { return m_folder; }
    QListWidget *planList() const { return m_planList; }
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void planned(const PublishResult &result);
    void published(const PublishResult &result);

private:
    QWizardPage *buildOptions();
    QWizardPage *buildPlan();
    QWizardPage *buildRun();
    void onPageChanged(int id);
    PublishOptions options(bool dryRun) const;
    void runPlan();
    void runPublish();

    S3Client *m_client;
    QString m_bucket;
    QString m_websiteBase;
    QString m_region;
    QString m_recordPath;
    QLineEdit *m_folder;
    QLineEdit *m_index;
    QLineEdit *m_error;
    QLineEdit *m_cacheControl;
    QCheckBox *m_delete;
    QCheckBox *m_public;
    QCheckBox *m_unblock;
    QLabel *m_planSummary;
    QListWidget *m_planList;
    WorkWizardPage *m_planPage; // Next and Finish wait for the work
    WorkWizardPage *m_runPage;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_result;
};
