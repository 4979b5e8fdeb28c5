// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;

// "Buckets › photos › 2023 › 05 ›": one flat button per level. Clicking the first shows the bucket
// list; any other opens that folder. Segments are shown with KeyDisplay::name(), so the empty
// segment of "a//b" is a button of its own.
class BreadcrumbBar final : public QWidget
{
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    // No bucket: only the root. prefix "" or ending in "/".
    void setLocation(const QString &bucket, const QString &prefix);
    QStringList segments() const; // what the buttons show, root first
    // Clicks the button at `level` (0: the root), as a user would.
    void activate(int level);

    // "a//b/" → {"a", "", "b"}; the prefix of each level is the segments up to it joined with "/".
    static QStringList splitPrefix(const QString &prefix);

Q_SIGNALS:
    void rootChosen();
    void folderChosen(const QString &bucket, const QString &prefix);

private:
    QHBoxLayout *m_layout;
    QString m_bucket;
    QStringList m_parts;
};
