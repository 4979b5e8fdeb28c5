// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QToolButton;

// "Buckets › photos › 2023 › 05 ›": one flat button per level. Clicking the first shows the bucket
// list; any other opens that folder. Segments are shown with KeyDisplay::name(), so the empty
// segment of "a//b" is a button of its own. editLocation() (Ctrl+L) swaps the buttons for a line edit
// holding "bucket/prefix/" to type a location into; Enter goes there, Escape goes back.
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
    // For drops (BreadcrumbDropTarget): the level of the button at `pos` (this widget's
    // coordinates), -1 when none; its button; and the folder it stands for ("" bucket: the root).
    int levelAt(const QPoint &pos) const;
    QToolButton *button(int level) const;
    std::pair<QString, QString> locationOf(int level) const;
    // The location as an editable path, focused and selected.
    void editLocation();
    bool isEditing() const;
    QLineEdit *locationEdit() const { return m_edit; }
    // "s3://b/a/b" or "/b/a/b/" → bucket "b", prefix "a/b/"; "" → empty bucket (the bucket list).
    static std::pair<QString, QString> parseLocation(const QString &text);

    // "a//b/" → {"a", "", "b"}; the prefix of each level is the segments up to it joined with "/".
    static QStringList splitPrefix(const QString &prefix);

Q_SIGNALS:
    void rootChosen();
    void folderChosen(const QString &bucket, const QString &prefix);

private:
    void stopEditing();

    QWidget *m_buttons;
    QHBoxLayout *m_layout;
    QLineEdit *m_edit;
    QString m_bucket;
    QStringList m_parts;
};
