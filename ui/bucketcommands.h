// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QWidget;
class S3Client;

// The browser's Create bucket… and Delete bucket…: the dialog or the confirmation, the job, and
// what came of it as a status sentence. A cloud that takes no writes (read-only, or no keys) gets
// neither: the status says why.
class BucketCommands final : public QObject
{
    Q_OBJECT
public:
    explicit BucketCommands(QWidget *dialogParent);

    // Asks for a name and a region (`region` preselected among `regions`), then creates the bucket.
    void create(S3Client *client, const QStringList &regions, const QString &region);
    // Asks, then deletes `bucket` (only an empty one can go).
    void remove(S3Client *client, const QString &bucket);

Q_SIGNALS:
    void statusChanged(const QString &text);
    void bucketsChanged(); // a bucket was (or may have been) created or deleted

private:
    QWidget *m_dialogParent;
};
