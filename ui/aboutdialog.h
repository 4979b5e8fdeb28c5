// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

// Help ▸ About Skylight: Skylight's version (and git revision), the versions of Qt (run-time and
// build), OpenSSL (what the loaded library reports) and QtKeychain, and the licences of Skylight
// and of those libraries, with links. "About Qt" opens Qt's own box.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString versionsText() const; // the versions as plain text (also for bug reports)

private:
    QLabel *m_versions;
    QTextBrowser *m_licences;
};
