// SPDX-License-Identifier: GPL-3.0-or-later
#include "createbucketdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

CreateBucketDialog::CreateBucketDialog(const QStringList &regions, const QString &region, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Create bucket"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Bucket name"));
    form->addRow(tr("&Name:"), m_name);
    m_region = new QComboBox(this);
    m_region->setEditable(true);
    m_region->addItems(regions);
    m_region->setCurrentText(region);
    m_region->setAccessibleName(tr("Region"));
    form->addRow(tr("&Region:"), m_region);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &CreateBucketDialog::check);
    check();
}

QString CreateBucketDialog::nameProblem(const QString &name)
{
    if (name.size() < 3 || name.size() > 63)
        return tr("A bucket name has 3 to 63 characters.");
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9][a-z0-9.-]*[a-z0-9]$"));
    if (!allowed.match(name).hasMatch())
        return tr(
            "Use lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.");
    if (name.contains(QLatin1String("..")))
        return tr("A bucket name cannot hold two dots in a row.");
    if (QHostAddress(name).protocol() == QAbstractSocket::IPv4Protocol)
        return tr("A bucket name cannot look like an IP address.");
    return {};
}

void CreateBucketDialog::check()
{
    const QString problem = m_name->text().isEmpty() ? QString() : nameProblem(m_name->text());
    m_problem->setText(problem);
    m_ok->setEnabled(!m_name->text().isEmpty() && problem.isEmpty());
}

QString CreateBucketDialog::bucketName() const
{
    return m_name->text();
}

QString CreateBucketDialog::region() const
{
    return m_region->currentText().trimmed();
}

void CreateBucketDialog::setBucketName(const QString &name)
{
    m_name->setText(name);
}
