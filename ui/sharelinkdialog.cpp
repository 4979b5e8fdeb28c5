// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharelinkdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "auth/signerfactory.h"
#include "keydisplay.h"
#include "s3/s3client.h"

namespace {
constexpr qint64 kUnitSeconds[] = {60, 3600, 86400};
}

ShareLinkDialog::ShareLinkDialog(S3Client *client, QString bucket, QString key, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
{
    setWindowTitle(tr("Share link"));
    auto *form = new QFormLayout(this);
    auto *object = new QLabel(QStringLiteral("s3://%1/%2").arg(m_bucket, KeyDisplay::escaped(m_key)), this);
    object->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Object:"), object);
    auto *expiry = new QWidget(this);
    auto *row = new QHBoxLayout(expiry);
    row->setContentsMargins(0, 0, 0, 0);
    m_amount = new QSpinBox(expiry);
    m_amount->setRange(1, 999);
    m_amount->setValue(1);
    m_amount->setAccessibleName(tr("Valid for"));
    m_unit = new QComboBox(expiry);
    m_unit->addItems({tr("minutes"), tr("hours"), tr("days")});
    m_unit->setCurrentIndex(2);
    m_unit->setAccessibleName(tr("Unit"));
    row->addWidget(m_amount);
    row->addWidget(m_unit);
    form->addRow(tr("Valid for:"), expiry);
    m_link = new QLineEdit(this);
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Link"));
    m_link->setMinimumWidth(480);
    form->addRow(tr("Link:"), m_link);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy link"), QDialogButtonBox::ActionRole);
    connect(
        copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_link->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_amount, &QSpinBox::valueChanged, this, &ShareLinkDialog::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ShareLinkDialog::update);
    update();
}

qint64 ShareLinkDialog::expirySeconds() const
{
    return m_amount->value() * kUnitSeconds[qBound(0, m_unit->currentIndex(), 2)];
}

void ShareLinkDialog::setExpiry(int amount, int unitIndex)
{
    m_unit->setCurrentIndex(unitIndex);
    m_amount->setValue(amount);
    update();
}

void ShareLinkDialog::update()
{
    const SigningAlgorithm algorithm = m_client->profile().s3Signing.algorithm;
    const bool v4 = algorithm == SigningAlgorithm::SigV4 || algorithm == SigningAlgorithm::SigV4S3;
    qint64 seconds = expirySeconds();
    QString note;
    if (v4 && seconds > kSigV4MaxSeconds) {
        seconds = kSigV4MaxSeconds;
        note = tr("SigV4 links last at most 7 days; this one expires after 7 days.");
    }
    QString error;
    const QUrl url = m_client->presign("GET", m_bucket, m_key, seconds, &error);
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_problem->setText(error.isEmpty() ? note : error);
}

QString ShareLinkDialog::link() const
{
    return m_link->text();
}

QString ShareLinkDialog::problem() const
{
    return m_problem->text();
}
