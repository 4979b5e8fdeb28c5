// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QChart;
class QLabel;
class QPushButton;
class S3Client;
class UsageScanner;

// The space a bucket or folder takes: a background listing (UsageScanner) with its progress and a
// Cancel button, then a bar chart by first-level sub-folder, a pie by storage class and the totals.
class UsageDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 12; // the largest folders; the rest are summed as "others"

    UsageDialog(S3Client *client, const QString &bucket, const QString &prefix, QWidget *parent = nullptr);
    UsageScanner *scanner() const { return m_scanner; }
    QString totalsText() const;
    QString progressText() const;
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void onProgress(qint64 objects, qint64 bytes);
    void onFinished(const QString &error, bool cancelled);
    void fillCharts();

    UsageScanner *m_scanner;
    QLabel *m_progress;
    QLabel *m_totals;
    QPushButton *m_cancel;
    QChart *m_folders;
    QChart *m_classes;
};
