// SPDX-License-Identifier: GPL-3.0-or-later
#include "browserstatusline.h"

#include <QHBoxLayout>
#include <QLabel>

BrowserStatusLine::BrowserStatusLine(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setAccessibleName(tr("Browser status"));
    m_message->setWordWrap(true);
    m_count->setAccessibleName(tr("Item count"));
    layout->addWidget(m_message, 1);
    layout->addWidget(m_count);
}

void BrowserStatusLine::setMessage(const QString &text)
{
    m_progress.clear();
    m_message->setText(text);
    Q_EMIT messageChanged(text);
}

void BrowserStatusLine::showProgress(const QString &text)
{
    setMessage(text);
    m_progress = text;
}

void BrowserStatusLine::endProgress()
{
    if (!m_progress.isEmpty() && m_message->text() == m_progress)
        setMessage({});
    m_progress.clear();
}

QString BrowserStatusLine::message() const
{
    return m_message->text();
}

void BrowserStatusLine::showObjectCount(int count, bool loading, bool hasMore)
{
    m_count->setText(loading ? tr("Listing… %n item(s) so far", nullptr, count)
                             : (hasMore ? tr("%n item(s); scroll for more", nullptr, count)
                                        : tr("%n item(s)", nullptr, count)));
}

void BrowserStatusLine::showBucketCount(int count)
{
    m_count->setText(tr("%n bucket(s)", nullptr, count));
}

QString BrowserStatusLine::countText() const
{
    return m_count->text();
}
