// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "s3/listingguard.h"

class QLabel;
class QLineEdit;
class QListWidget;
class S3Client;

// Picks an object of a bucket for the index or error document: lists the bucket (ListObjects, page
// after page up to kMaxKeys keys) and filters by what is typed.
class ObjectPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxKeys = 5000;

    ObjectPickerDialog(
        S3Client *client, const QString &bucket, const QString &current, QWidget *parent = nullptr);
    QString selectedKey() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void loaded(int count);

private:
    void fetch(const QString &token);
    void applyFilter();

    S3Client *m_client;
    QString m_bucket;
    QString m_current;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_status;
    ListingGuard m_guard; // a lying server: no key listed twice, no token followed twice
};
