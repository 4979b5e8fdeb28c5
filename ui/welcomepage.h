// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// What Skylight shows before any cloud is configured: what it is, and the ways to start.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void addCloudRequested();
    void importRequested();
    void sandboxRequested();
};
