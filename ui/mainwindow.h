// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QStackedWidget;
class QTreeWidget;
class WelcomePage;

// The one window: the clouds panel on the left, the selected view on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    WelcomePage *welcomePage() const { return m_welcome; }

private:
    void buildMenus();

    QTreeWidget *m_clouds = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
};
