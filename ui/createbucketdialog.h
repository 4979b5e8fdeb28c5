// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The name and region of a new bucket. The name is checked against S3's rules as it is typed
// (3–63 characters of a–z, 0–9, '.', '-', starting and ending with a letter or digit, not an IP
// address), so a bad name never reaches the cloud.
class CreateBucketDialog final : public QDialog
{
    Q_OBJECT
public:
    CreateBucketDialog(const QStringList &regions, const QString &region, QWidget *parent = nullptr);

    QString bucketName() const;
    QString region() const;
    void setBucketName(const QString &name);
    // Why `name` is not a valid bucket name; empty when it is.
    static QString nameProblem(const QString &name);

private:
    void check();

    QLineEdit *m_name;
    QComboBox *m_region;
    QLabel *m_problem;
    QPushButton *m_ok;
};
