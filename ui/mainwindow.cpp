// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

#include "welcomepage.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Skylight"));
    auto *splitter = new QSplitter(this);
    m_clouds = new QTreeWidget(splitter);
    m_clouds->setHeaderLabel(tr("Clouds"));
    m_clouds->setAccessibleName(tr("Clouds"));
    m_stack = new QStackedWidget(splitter);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    splitter->addWidget(m_clouds);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});
    setCentralWidget(splitter);
    buildMenus();
    statusBar()->showMessage(tr("No cloud configured yet"));
    resize(1100, 700);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Skylight"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
            tr("About Skylight"),
            tr("<p><b>Skylight %1</b></p><p>A desktop console for public and private clouds.</p>"
               "<p>Licence: GPL-3.0-or-later. Built with Qt %2, OpenSSL and QtKeychain.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}
