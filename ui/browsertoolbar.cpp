// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsertoolbar.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

#include "browserpage.h"
#include "objectsview.h"

BrowserToolbar::BrowserToolbar(BrowserPage *page)
    : QToolBar(page)
    , m_page(page)
    , m_more(new QMenu(this))
    , m_moreButton(new QToolButton(this))
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Bucket actions"));
    m_more->setToolTipsVisible(true); // a disabled action says why (a cloud that takes no writes)
    // F5 is the window's Refresh (View menu), which refreshes the page shown; one owner per key.
    add(tr("Refresh"), &BrowserPage::refresh, Place::Button, Needs::Nothing)
        ->setToolTip(
            tr("Refresh (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_all.append(addSeparator());
    add(tr("Upload files…"), &BrowserPage::uploadFiles, Place::Button, Needs::Folder, Writes::Yes)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    add(tr("Upload folder…"), &BrowserPage::uploadFolder, Place::Menu, Needs::Folder, Writes::Yes);
    add(tr("New folder…"), &BrowserPage::newFolder, Place::Button, Needs::Folder, Writes::Yes)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add(tr("Download…"), &BrowserPage::downloadSelected, Place::Button, Needs::Selection);
    add(tr("Delete…"), &BrowserPage::deleteSelected, Place::Button, Needs::Selection, Writes::Yes)
        ->setShortcut(QKeySequence::Delete);
    add(tr("Rename/Move…"), &BrowserPage::renameSelected, Place::Menu, Needs::Selection, Writes::Yes)
        ->setShortcut(Qt::Key_F2);
    add(tr("Copy URL"), &BrowserPage::copyUrl, Place::Menu, Needs::Selection)
        ->setShortcut(QKeySequence::Copy);
    add(tr("Share link…"), &BrowserPage::shareLink, Place::Menu, Needs::Selection);
    add(tr("Properties"), &BrowserPage::showProperties, Place::Menu, Needs::Selection);
    m_all.append(addSeparator());
    m_more->addSeparator();
    add(tr("Create bucket…"), &BrowserPage::createBucket, Place::Button, Needs::Nothing, Writes::Yes);
    m_deleteBucket
        = add(tr("Delete bucket…"), &BrowserPage::deleteBucket, Place::Menu, Needs::Nothing, Writes::Yes);
    // The Website panel of the selected (or open) bucket: ui/website, issue 7. It and the incomplete
    // uploads save and abort from inside their dialogs; on a cloud that takes no writes they open
    // read-only (everything shown, nothing that writes enabled, and a line that says why).
    add(tr("Website…"), &BrowserPage::showWebsite, Place::Menu, Needs::Nothing)
        ->setObjectName(QStringLiteral("websiteAction"));
    add(tr("Incomplete uploads…"), &BrowserPage::showIncompleteUploads, Place::Menu, Needs::Nothing);
    add(tr("Usage…"), &BrowserPage::showUsage, Place::Menu, Needs::Nothing);

    m_moreButton->setText(tr("More"));
    m_moreButton->setToolTip(tr("More actions"));
    m_moreButton->setAccessibleName(tr("More actions"));
    m_moreButton->setObjectName(QStringLiteral("moreActions"));
    m_moreButton->setMenu(m_more);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    addWidget(m_moreButton);

    // The context menu lists every action with its shortcut; the shortcuts work wherever the
    // focus is inside the page (a line edit keeps its own Delete and Copy).
    ObjectsView *view = page->objectsView();
    for (QAction *a : std::as_const(m_all)) {
        view->addAction(a);
        if (a->shortcut().isEmpty())
            continue;
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(a);
        a->setToolTip(
            tr("%1 (%2)").arg(a->text().remove(u'…'), a->shortcut().toString(QKeySequence::NativeText)));
    }
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (auto it = m_writeActions.begin(); it != m_writeActions.end(); ++it)
        it.value() = it.key()->toolTip();
}

QAction *BrowserToolbar::add(
    const QString &text, void (BrowserPage::*slot)(), Place place, Needs needs, Writes writes)
{
    auto *a = new QAction(text, this);
    a->setObjectName(text);
    connect(a, &QAction::triggered, m_page, slot);
    if (place == Place::Button)
        addAction(a);
    else
        m_more->addAction(a);
    m_all.append(a);
    m_needs.insert(a, needs);
    if (writes == Writes::Yes)
        m_writeActions.insert(a, {});
    return a;
}

void BrowserToolbar::updateActions(
    bool connected, bool inBucket, bool objectsSelected, bool bucketSelected, const QString &writeRefusal)
{
    for (auto it = m_needs.cbegin(); it != m_needs.cend(); ++it) {
        QAction *a = it.key();
        bool on = it.value() == Needs::Nothing
            || (inBucket && connected && (it.value() == Needs::Folder || objectsSelected));
        if (a == m_deleteBucket)
            on = !inBucket && bucketSelected;
        const auto own = m_writeActions.constFind(a);
        if (own != m_writeActions.cend()) {
            on = on && writeRefusal.isEmpty();
            a->setToolTip(writeRefusal.isEmpty() ? own.value() : writeRefusal);
            a->setStatusTip(writeRefusal);
        }
        a->setEnabled(on);
    }
}
