// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/routingruleseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "apptheme.h"

namespace {

std::optional<QString> optionalText(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

} // namespace

RoutingRulesEditor::RoutingRulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add rule"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_problems(new QLabel(this))
{
    // Short headings, the element each stands for in the tooltip.
    const QStringList headings {tr("Key prefix"),
        tr("Error code"),
        tr("Protocol"),
        tr("Host name"),
        tr("New prefix"),
        tr("New key"),
        tr("Code")};
    const QStringList tips {tr("Condition: the request's key starts with this (KeyPrefixEquals)."),
        tr("Condition: the page would answer this HTTP error, 4xx or 5xx (HttpErrorCodeReturnedEquals)."),
        tr("Redirect: http or https (Protocol)."),
        tr("Redirect: the host to send visitors to (HostName)."),
        tr("Redirect: replace the matched prefix with this (ReplaceKeyPrefixWith)."),
        tr("Redirect: replace the whole key with this (ReplaceKeyWith)."),
        tr("Redirect: the HTTP status, 3xx (HttpRedirectCode).")};
    for (int c = 0; c < ColumnCount; ++c) {
        auto *header = new QTableWidgetItem(headings.at(c));
        header->setToolTip(tips.at(c));
        m_table->setHorizontalHeaderItem(c, header);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("A rule applies when all its conditions match; the first matching rule wins. "
                           "Leave a cell empty to leave the element out."));
    const int widths[ColumnCount] = {120, 80, 70, 170, 110, 110, 50};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(AppTheme::styleSheetColour(AppTheme::errorColour(palette())));
    m_problems->setObjectName(QStringLiteral("ruleProblems"));

    connect(m_add, &QPushButton::clicked, this, &RoutingRulesEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RoutingRulesEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::cellChanged, this, &RoutingRulesEditor::onCellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RoutingRulesEditor::updateState);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    updateState();
}

void RoutingRulesEditor::setRules(const QList<RoutingRule> &rules)
{
    m_rules = rules;
    m_filling = true;
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row)
        fillRow(row);
    m_filling = false;
    updateState();
}

void RoutingRulesEditor::fillRow(int row)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const RoutingRule &r = m_rules.at(row);
    auto text = [](const std::optional<QString> &v) {
        return v.value_or(QString());
    };
    const QString values[ColumnCount] = {
        r.condition ? text(r.condition->keyPrefixEquals) : QString(),
        r.condition ? text(r.condition->httpErrorCodeReturnedEquals) : QString(),
        text(r.redirect.protocol),
        text(r.redirect.hostName),
        text(r.redirect.replaceKeyPrefixWith),
        text(r.redirect.replaceKeyWith),
        text(r.redirect.httpRedirectCode),
    };
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = m_table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, c, item);
        }
        item->setText(values[c]);
    }
    m_filling = wasFilling;
}

void RoutingRulesEditor::onCellChanged(int row, int column)
{
    if (m_filling || row < 0 || row >= m_rules.size())
        return;
    RoutingRule &r = m_rules[row];
    const std::optional<QString> value = optionalText(m_table->item(row, column)->text());
    switch (column) {
    case KeyPrefix:
    case ErrorCode: {
        if (!r.condition)
            r.condition = RoutingCondition();
        (column == KeyPrefix ? r.condition->keyPrefixEquals : r.condition->httpErrorCodeReturnedEquals)
            = value;
        // A Condition with nothing in it (and nothing kept) is left out.
        if (!r.condition->keyPrefixEquals && !r.condition->httpErrorCodeReturnedEquals
            && r.condition->kept.isEmpty())
            r.condition.reset();
        break;
    }
    case Protocol:
        r.redirect.protocol = value;
        break;
    case HostName:
        r.redirect.hostName = value;
        break;
    case ReplacePrefix:
        r.redirect.replaceKeyPrefixWith = value;
        break;
    case ReplaceKey:
        r.redirect.replaceKeyWith = value;
        break;
    case RedirectCode:
        r.redirect.httpRedirectCode = value;
        break;
    default:
        break;
    }
    updateState();
    Q_EMIT edited();
}

void RoutingRulesEditor::addRule()
{
    if (m_readOnly)
        return;
    m_rules.append(RoutingRule());
    m_table->setRowCount(int(m_rules.size()));
    fillRow(int(m_rules.size()) - 1);
    m_table->setCurrentCell(int(m_rules.size()) - 1, KeyPrefix);
    updateState();
    Q_EMIT edited();
}

void RoutingRulesEditor::removeCurrent()
{
    if (m_readOnly)
        return;
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules.removeAt(row);
    m_table->removeRow(row);
    updateState();
    Q_EMIT edited();
}

void RoutingRulesEditor::moveCurrent(int delta)
{
    if (m_readOnly)
        return;
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rules.size())
        return;
    m_rules.swapItemsAt(row, to);
    fillRow(row);
    fillRow(to);
    m_table->setCurrentCell(to, m_table->currentColumn());
    updateState();
    Q_EMIT edited();
}

QStringList RoutingRulesEditor::problems() const
{
    // The model's own validation, on a configuration holding just these rules.
    WebsiteConfiguration probe;
    probe.indexSuffix = QStringLiteral("index.html");
    probe.routingRules = m_rules;
    return probe.problems();
}

void RoutingRulesEditor::setReadOnly(const QString &why)
{
    m_readOnly = true;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        b->setToolTip(why);
    updateState();
}

void RoutingRulesEditor::updateState()
{
    const int row = m_readOnly ? -1 : m_table->currentRow();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_rules.size());
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_problems->setVisible(!p.isEmpty());
}
