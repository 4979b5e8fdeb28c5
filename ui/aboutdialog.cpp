// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "transport/libraryinfo.h"

namespace {

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

QString link(const char *url)
{
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(QLatin1StringView(url));
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_versions(new QLabel(this))
    , m_licences(new QTextBrowser(this))
{
    setWindowTitle(tr("About Skylight"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon)
                                                              : QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    heading->setText(tr("<h2>Skylight %1</h2><p>A desktop console for public and private clouds: EC2 "
                        "instances, their maintenance schedule, S3 buckets and static websites.</p>")
                         .arg(LibraryInfo::skylightVersion().toHtmlEscaped()));
    top->addWidget(heading, 1);
    layout->addLayout(top);

    const QString revision = LibraryInfo::gitRevision();
    const QString keychain = LibraryInfo::qtKeychainVersion();
    QString table = QStringLiteral("<table>");
    if (!revision.isEmpty())
        table += row(tr("Revision:"), revision);
    table += row(tr("Qt:"),
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    table += row(tr("OpenSSL:"), LibraryInfo::openSslVersion());
    table += row(tr("QtKeychain:"), keychain.isEmpty() ? tr("version unknown") : keychain);
    table += QStringLiteral("</table>");
    m_versions->setTextFormat(Qt::RichText);
    m_versions->setText(table);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->setAccessibleName(tr("Versions"));
    layout->addWidget(m_versions);

    m_licences->setOpenExternalLinks(true);
    m_licences->setAccessibleName(tr("Licences"));
    m_licences->setHtml(
        tr("<p><b>Skylight</b> is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with no warranty.<br>%1</p>")
            .arg(link("https://www.gnu.org/licenses/gpl-3.0.html"))
        + tr("<p><b>Qt</b> is used under the GNU Lesser General Public License version 3 "
             "(LGPL-3.0); some Qt modules, such as Qt Charts, are available under the GPL only. "
             "<br>%1</p>")
              .arg(link("https://www.qt.io/licensing/"))
        + tr("<p><b>OpenSSL</b> 3 is licensed under the Apache License 2.0 (Apache-2.0).<br>%1</p>")
              .arg(link("https://www.openssl.org/source/license.html"))
        + tr("<p><b>QtKeychain</b> is licensed under the BSD 3-Clause licence (BSD-3-Clause). "
             "<br>%1</p>")
              .arg(link("https://github.com/frankosterfeld/qtkeychain")));
    m_licences->setMinimumHeight(180);
    layout->addWidget(m_licences, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setAccessibleName(tr("About Qt"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::versionsText() const
{
    QTextDocument doc;
    doc.setHtml(m_versions->text());
    return doc.toPlainText();
}
