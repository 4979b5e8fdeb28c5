// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class S3Client;

// A presigned GET link for one object, valid for the chosen time (at most 7 days with SigV4,
// which refuses longer), with a Copy button. Signing happens here, in memory; no request is sent.
class ShareLinkDialog final : public QDialog
{
    Q_OBJECT
public:
    ShareLinkDialog(S3Client *client, QString bucket, QString key, QWidget *parent = nullptr);

    static constexpr qint64 kSigV4MaxSeconds = 7 * 24 * 3600;
    qint64 expirySeconds() const;
    void setExpiry(int amount, int unitIndex); // unit: 0 minutes, 1 hours, 2 days
    QString link() const;
    QString problem() const;

private:
    void update();

    S3Client *m_client;
    QString m_bucket;
    QString m_key;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLineEdit *m_link;
    QLabel *m_problem;
};
