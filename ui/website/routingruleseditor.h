// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "website/websiteconfiguration.h"

class QLabel;
class QPushButton;
class QTableWidget;

// The routing rules of a website configuration as a table, one rule a row, one column per field
// (condition: key prefix, error code; redirect: protocol, host, replace prefix, replace key, code),
// with add, remove and reorder. The rules are held as RoutingRule values, so the elements Skylight
// does not edit stay with their rule when it moves. Problems are shown under the table as the user
// types.
class RoutingRulesEditor final : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        KeyPrefix,
        ErrorCode,
        Protocol,
        HostName,
        ReplacePrefix,
        ReplaceKey,
        RedirectCode,
        ColumnCount
    };

    explicit RoutingRulesEditor(QWidget *parent = nullptr);

    void setRules(const QList<RoutingRule> &rules);
    const QList<RoutingRule> &rules() const { return m_rules; }
    // What is wrong with each rule, "Rule N: …".
    QStringList problems() const;

    QTableWidget *table() const { return m_table; }
    void addRule();
    void removeCurrent();
    void moveCurrent(int delta);
    // Shown only: no cell edits, no add, remove or reorder; `why` is the buttons' tooltip.
    void setReadOnly(const QString &why);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void edited();

private:
    void fillRow(int row);
    void onCellChanged(int row, int column);
    void updateState();

    QList<RoutingRule> m_rules;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_problems;
    bool m_filling = false;
    bool m_readOnly = false;
};
