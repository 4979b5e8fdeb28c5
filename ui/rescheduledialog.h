// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

// "Reschedule…": a new start for an event's window, no earlier than now and no later than the
// event's deadline (notBeforeDeadline), as ModifyInstanceEventStartTime allows.
class RescheduleDialog final : public QDialog
{
    Q_OBJECT
public:
    RescheduleDialog(const QString &what,
        const QDateTime &currentStart,
        const QDateTime &deadline,
        const QDateTime &now,
        QWidget *parent = nullptr);

    QDateTime newStart() const; // UTC
    QDateTimeEdit *editor() const { return m_edit; }

private:
    QDateTimeEdit *m_edit;
};
