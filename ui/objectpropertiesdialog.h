// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class S3Client;
struct HeadObjectResult;

// What HEAD tells about one object: size, ETag, storage class, content type, modification time and
// its x-amz-meta-* metadata, and an ACL summary (GET ?acl). Fills in when the answers come.
class ObjectPropertiesDialog final : public QDialog
{
    Q_OBJECT
public:
    ObjectPropertiesDialog(
        S3Client *client, const QString &bucket, const QString &key, QWidget *parent = nullptr);
    // The value shown beside `label` ("Size", "ETag"…), for tests.
    QString value(const QString &label) const;
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void show(const HeadObjectResult &result);
    void addRow(const QString &label, const QString &value);
    void finishOne(); // HEAD and the ACL both answered: the ACL row goes last, then loaded()

    QFormLayout *m_form;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
    int m_pending = 2; // HEAD and GET ?acl
    QString m_acl;
};
