// SPDX-License-Identifier: GPL-3.0-or-later
#include "breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "keydisplay.h"

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    setAccessibleName(tr("Location"));
    setLocation({}, {});
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
            auto *sep = new QLabel(QStringLiteral(" › "), this);
            sep->setAccessibleName(tr("separator"));
            m_layout->addWidget(sep);
        }
        auto *button = new QToolButton(this);
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
    const int depth = level - 1; // 0: the bucket's top
    QString prefix;
    for (int i = 0; i < depth && i < m_parts.size(); ++i)
        prefix += m_parts.at(i) + u'/';
    Q_EMIT folderChosen(m_bucket, prefix);
}
