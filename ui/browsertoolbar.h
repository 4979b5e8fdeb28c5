// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QToolBar>

class BrowserPage;
class QAction;
class QMenu;
class QToolButton;

// The bucket browser's actions. The common ones are buttons; the rest are in a "More" menu, so the
// bar fits a 1280-pixel window in every language. Every action is also in the objects view's
// context menu, and its shortcut works wherever the focus is inside the page.
class BrowserToolbar final : public QToolBar
{
    Q_OBJECT
public:
    explicit BrowserToolbar(BrowserPage *page);

    // Enables what can work on what the page shows.
    void updateActions(bool connected, bool inBucket, bool objectsSelected, bool bucketSelected);
    QList<QAction *> allActions() const { return m_all; } // buttons and menu, in menu order
    QToolButton *moreButton() const { return m_moreButton; }

private:
    enum class Place
    {
        Button,
        Menu
    };
    enum class Needs
    {
        Nothing,
        Folder,    // a folder is shown
        Selection, // objects are selected
    };
    QAction *add(const QString &text, void (BrowserPage::*slot)(), Place place, Needs needs);

    BrowserPage *m_page;
    QMenu *m_more;
    QToolButton *m_moreButton;
    QList<QAction *> m_all;
    QList<QAction *> m_folderActions;
    QList<QAction *> m_selectionActions;
    QAction *m_deleteBucket = nullptr;
};
