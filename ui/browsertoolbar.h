// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
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

    // Enables what can work on what the page shows. `writeRefusal` non-empty: the cloud takes no
    // writes (read-only, or no keys), so every action that would change it is off, with the reason
    // as its tooltip.
    void updateActions(bool connected,
        bool inBucket,
        bool objectsSelected,
        bool bucketSelected,
        const QString &writeRefusal = {});
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
    enum class Writes
    {
        No,
        Yes, // changes the cloud: off on a cloud that takes no writes
    };
    QAction *add(const QString &text,
        void (BrowserPage::*slot)(),
        Place place,
        Needs needs,
        Writes writes = Writes::No);

    BrowserPage *m_page;
    QMenu *m_more;
    QToolButton *m_moreButton;
    QList<QAction *> m_all;
    QHash<QAction *, Needs> m_needs;
    QHash<QAction *, QString> m_writeActions; // with their own tooltips, shown while writes may go
    QAction *m_deleteBucket = nullptr;
};
