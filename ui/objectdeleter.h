// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QWidget;
class S3Client;

// The browser's Delete… of objects and whole folders in one bucket: counts every key below the
// folders (PrefixLister), asks once with the count and the size (a QMessageBox named
// "confirmDelete" on the page), then deletes them all (DeleteObjects). Several may run at once.
class ObjectDeleter final : public QObject
{
    Q_OBJECT
public:
    explicit ObjectDeleter(QWidget *page); // the page: parent of the confirmation and of this

    // `keys` are objects of `bytes` in all, `prefixes` folders ("…/") whose every key goes too.
    void deleteObjects(S3Client *client,
        const QString &bucket,
        const QStringList &keys,
        const QStringList &prefixes,
        qint64 bytes);

Q_SIGNALS:
    void statusChanged(const QString &text);
    void deleted(); // a delete ran, whatever its outcome: the listing wants a refresh

private:
    void confirm(S3Client *client,
        const QString &bucket,
        const QStringList &keys,
        const QStringList &prefixes,
        qint64 bytes,
        const QString &error);

    QWidget *m_page;
};
