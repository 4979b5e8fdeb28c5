// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

// The bucket browser's bottom line: what the last action did (or why not) on the left, the count
// of what the listing shows on the right. A progress message ("Reading the keys of …") lasts only
// until its work ends: endProgress() clears it unless another message replaced it meanwhile.
class BrowserStatusLine final : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserStatusLine(QWidget *parent = nullptr);

    void setMessage(const QString &text);
    void showProgress(const QString &text);
    void endProgress();
    QString message() const;

    void showObjectCount(int count, bool loading, bool hasMore);
    void showBucketCount(int count);
    QString countText() const;

Q_SIGNALS:
    void messageChanged(const QString &text);

private:
    QLabel *m_message;
    QLabel *m_count;
    QString m_progress; // the progress message shown, or empty
};
