// SPDX-License-Identifier: GPL-3.0-or-later
#include "rescheduledialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

RescheduleDialog::RescheduleDialog(const QString &what,
    const QDateTime &currentStart,
    const QDateTime &deadline,
    const QDateTime &now,
    QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Reschedule event"));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    auto *text = new QLabel(tr("<p>Move the start of <b>%1</b>.</p><p>It now starts %2; the provider "
                               "accepts any start until %3.</p>")
                                .arg(what.toHtmlEscaped(),
                                    currentStart.toLocalTime().toString(format),
                                    deadline.toLocalTime().toString(format)),
        this);
    text->setWordWrap(true);
    m_edit = new QDateTimeEdit(this);
    m_edit->setAccessibleName(tr("New start"));
    m_edit->setDisplayFormat(format);
    m_edit->setCalendarPopup(true);
    // A minute of slack: the request takes a moment to arrive.
    const QDateTime earliest = now.addSecs(60).toLocalTime();
    m_edit->setDateTimeRange(earliest, std::max(earliest, deadline.toLocalTime()));
    m_edit->setDateTime(
        std::clamp(currentStart.toLocalTime(), earliest, std::max(earliest, deadline.toLocalTime())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

QDateTime RescheduleDialog::newStart() const
{
    return m_edit->dateTime().toUTC();
}
