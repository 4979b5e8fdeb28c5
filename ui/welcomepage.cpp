// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("<h1>Welcome to Skylight</h1>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("One window for the instances, maintenance events, buckets and websites of "
                               "every cloud you use: AWS, Eucalyptus, Google Cloud Storage, the Internet "
                               "Archive and any S3-compatible store."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    // A readable line length on wide windows. Stretches rather than an alignment flag, which would
    // give the label its one-line size hint and clip the wrapped text.
    text->setMaximumWidth(620);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 100);
    textRow->addStretch(1);
    layout->addLayout(textRow);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *add = new QPushButton(tr("Add cloud…"), this);
    auto *import = new QPushButton(tr("Import…"), this);
    auto *sandbox = new QPushButton(tr("Try the local sandbox"), this);
    add->setAccessibleName(tr("Add cloud"));
    import->setAccessibleName(tr("Import credentials"));
    sandbox->setAccessibleName(tr("Try the local sandbox"));
    for (QPushButton *b : {add, import, sandbox})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(add, &QPushButton::clicked, this, &WelcomePage::addCloudRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(sandbox, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
}
