// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class S3Client;
struct CopyObjectResult;

// Rename/move inside one bucket: a server-side copy of every key (a few at a time), then one
// DeleteObjects of the sources whose copy succeeded. A source whose copy failed stays where it was.
class ObjectMover final : public QObject
{
    Q_OBJECT
public:
    // `sources` all start with `fromPrefix` (or are equal to it); each goes to toPrefix + the rest.
    ObjectMover(S3Client *client,
        QString bucket,
        QStringList sources,
        QString fromPrefix,
        QString toPrefix,
        QObject *parent = nullptr);
    // Folders ("…/", below fromPrefix) whose keys are listed first (PrefixLister) and moved too.
    void setFolders(QStringList prefixes) { m_folders = std::move(prefixes); }
    void start();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(int moved, const QStringList &errors);

private:
    void copyNext();
    void onCopied(const QString &source, const CopyObjectResult &result);
    void deleteSources();

    S3Client *m_client;
    QString m_bucket;
    QStringList m_sources;
    QStringList m_folders;
    QString m_from;
    QString m_to;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    QStringList m_copied;
    QStringList m_errors;
};
