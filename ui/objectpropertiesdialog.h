// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "website/objectredirectjob.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class S3Client;
struct HeadObjectResult;

// What HEAD tells about one object: size, ETag, storage class, content type, modification time and
// its x-amz-meta-* metadata, and an ACL summary (GET ?acl). Fills in when the answers come. Its
// website redirect (x-amz-website-redirect-location) is editable and saved with ObjectRedirectJob,
// unless the cloud takes no writes: then it is shown read-only and Set redirect says why it is off.
class ObjectPropertiesDialog final : public QDialog
{
    Q_OBJECT
public:
    ObjectPropertiesDialog(
        S3Client *client, const QString &bucket, const QString &key, QWidget *parent = nullptr);
    // The value shown beside `label` ("Size", "ETag"…), for tests.
    QString value(const QString &label) const;
    bool isLoaded() const { return m_loaded; }

    // Saves the redirect field's value; a value ObjectRedirectJob::problem refuses is shown inline
    // and sends nothing.
    void saveRedirect();
    QLineEdit *redirectField() const { return m_redirect; }
    QPushButton *redirectButton() const { return m_saveRedirect; }
    QString redirectStatus() const;

Q_SIGNALS:
    void loaded();
    void redirectSaved(const ObjectRedirectResult &result);

private:
    void showHead(const HeadObjectResult &result);
    void addRow(const QString &label, const QString &value);
    void addRedirectRow();
    void showRedirectStatus(const QString &text);
    void finishOne(); // HEAD and the ACL both answered: the ACL row goes last, then loaded()

    S3Client *m_client;
    QString m_bucket;
    QString m_key;
    QString m_writeRefusal; // why the redirect may not be set; "" when it may
    QFormLayout *m_form;
    QLineEdit *m_redirect = nullptr;
    QPushButton *m_saveRedirect = nullptr;
    QLabel *m_redirectStatus = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
    int m_pending = 2; // HEAD and GET ?acl
    QString m_acl;
};
