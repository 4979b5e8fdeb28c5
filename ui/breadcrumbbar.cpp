// SPDX-License-Identifier: GPL-3.0-or-later
#include "breadcrumbbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "keydisplay.h"

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QWidget(this))
    , m_layout(new QHBoxLayout(m_buttons))
    , m_edit(new QLineEdit(this))
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_buttons, 1);
    outer->addWidget(m_edit, 1);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    setAccessibleName(tr("Location"));
    m_edit->setAccessibleName(tr("Location path"));
    m_edit->setAccessibleDescription(tr("Type bucket/folder/ and press Enter; Escape goes back"));
    m_edit->setPlaceholderText(tr("bucket/folder/"));
    m_edit->hide();
    auto *cancel = new QAction(m_edit);
    cancel->setShortcut(QKeySequence::Cancel);
    cancel->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(cancel);
    connect(cancel, &QAction::triggered, this, &BreadcrumbBar::stopEditing);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        const auto [bucket, prefix] = parseLocation(m_edit->text());
        stopEditing();
        if (bucket.isEmpty())
            Q_EMIT rootChosen();
        else
            Q_EMIT folderChosen(bucket, prefix);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_edit->hasFocus())
            stopEditing(); // focus went elsewhere
    });
    setLocation({}, {});
}

std::pair<QString, QString> BreadcrumbBar::parseLocation(const QString &text)
{
    QString path = text.trimmed();
    if (path.startsWith(QLatin1String("s3://")))
        path = path.mid(5);
    while (path.startsWith(u'/'))
        path = path.mid(1);
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0)
        return {path, QString()};
    QString prefix = path.mid(slash + 1);
    if (!prefix.isEmpty() && !prefix.endsWith(u'/'))
        prefix += u'/';
    return {path.left(slash), prefix};
}

void BreadcrumbBar::editLocation()
{
    QString path;
    if (!m_bucket.isEmpty()) {
        path = m_bucket + u'/';
        for (const QString &part : std::as_const(m_parts))
            path += part + u'/';
    }
    m_edit->setText(path);
    m_buttons->hide();
    m_edit->show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool BreadcrumbBar::isEditing() const
{
    return !m_edit->isHidden();
}

void BreadcrumbBar::stopEditing()
{
    if (m_edit->isHidden())
        return;
    m_edit->hide();
    m_buttons->show();
}

QStringList BreadcrumbBar::splitPrefix(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    QStringList parts = prefix.split(u'/');
    if (prefix.endsWith(u'/'))
        parts.removeLast();
    return parts;
}

void BreadcrumbBar::setLocation(const QString &bucket, const QString &prefix)
{
    m_bucket = bucket;
    m_parts = splitPrefix(prefix);
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater(); // the button being clicked may be among them
        }
        delete item;
    }
    QStringList labels {tr("Buckets")};
    if (!bucket.isEmpty()) {
        labels << KeyDisplay::name(bucket);
        for (const QString &part : std::as_const(m_parts))
            labels << KeyDisplay::name(part);
    }
    for (int level = 0; level < labels.size(); ++level) {
        if (level > 0) {
            auto *sep = new QLabel(QStringLiteral(" › "), m_buttons);
            sep->setAccessibleName(tr("separator"));
            m_layout->addWidget(sep);
        }
        auto *button = new QToolButton(m_buttons);
        button->setAutoRaise(true);
        button->setText(labels.at(level));
        button->setAccessibleName(tr("Location level %1").arg(level));
        if (level >= 2 && m_parts.at(level - 2).isEmpty()) {
            QFont f = button->font();
            f.setItalic(true);
            button->setFont(f);
        }
        const bool current = level == labels.size() - 1;
        if (current) {
            QFont f = button->font();
            f.setBold(true);
            button->setFont(f);
        }
        connect(button, &QToolButton::clicked, this, [this, level] { activate(level); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch(1);
}

QStringList BreadcrumbBar::segments() const
{
    QStringList out;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (auto *b = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget()))
            out << b->text();
    }
    return out;
}

void BreadcrumbBar::activate(int level)
{
    if (level <= 0 || m_bucket.isEmpty())
        return Q_EMIT rootChosen();
    const auto [bucket, prefix] = locationOf(level);
    Q_EMIT folderChosen(bucket, prefix);
}

std::pair<QString, QString> BreadcrumbBar::locationOf(int level) const
{
    if (level <= 0 || m_bucket.isEmpty())
        return {};
    const int depth = level - 1; // 0: the bucket's top
    QString prefix;
    for (int i = 0; i < depth && i < m_parts.size(); ++i)
        prefix += m_parts.at(i) + u'/';
    return {m_bucket, prefix};
}

QToolButton *BreadcrumbBar::button(int level) const
{
    int seen = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (auto *b = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget()); b && seen++ == level)
            return b;
    }
    return nullptr;
}

int BreadcrumbBar::levelAt(const QPoint &pos) const
{
    if (isEditing())
        return -1;
    for (int level = 0; QToolButton *b = button(level); ++level) {
        if (b->isVisible() && QRect(b->mapTo(this, QPoint(0, 0)), b->size()).contains(pos))
            return level;
    }
    return -1;
}
