// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiversionsview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include "apptheme.h"
#include "ec2/ec2apiversions.h"

ApiVersionsView::ApiVersionsView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_chart = new QChart;
    m_chart->setTitle(tr("EC2 actions added by each API version"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_view = new QChartView(m_chart, this);
    m_view->setAccessibleName(tr("API versions chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(380); // room for the version dates, written upwards
    m_missing = new QListWidget(this);
    m_missing->setAccessibleName(tr("Actions this cloud lacks"));
    auto *missingTitle = new QLabel(tr("Actions this cloud's version lacks:"), this);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(missingTitle);
    bottomLayout->addWidget(m_missing, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 140});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void ApiVersionsView::setCloud(const QString &cloud, const QString &apiVersion)
{
    const QString version = apiVersion.isEmpty() ? Ec2ApiVersions::latest() : apiVersion;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    AppTheme::styleChart(m_chart, palette()); // the theme first: setting it resets series colours

    m_offered = new QBarSet(tr("Offered"));
    m_own = new QBarSet(tr("Added by %1 (this cloud)").arg(version));
    m_newer = new QBarSet(tr("Newer: not offered"));
    m_offered->setColor(QColor(0x1e, 0x88, 0xe5));
    m_own->setColor(QColor(0xfb, 0x8c, 0x00));
    m_newer->setColor(AppTheme::isDark(palette()) ? QColor(0x75, 0x75, 0x75) : QColor(0xbd, 0xbd, 0xbd));
    QStringList categories;
    QStringList missing;
    int offered = 0;
    int maximum = 0;
    bool ownFound = false;
    for (const Ec2ApiVersion &v : Ec2ApiVersions::all()) {
        const int n = int(v.actionsAdded.size());
        maximum = std::max(maximum, n);
        const bool older = v.date < version;
        const bool own = v.date == version;
        // The own version is marked on the axis too: it may have added no action, hence no bar.
        categories << (own ? tr("%1 ◀ this cloud").arg(v.date) : v.date);
        ownFound = ownFound || own;
        m_offered->append(older ? n : 0);
        m_own->append(own ? n : 0);
        m_newer->append(!older && !own ? n : 0);
        if (older || own)
            offered += n;
        else
            for (const QString &action : v.actionsAdded)
                missing << tr("%1 (since %2)").arg(action, v.date);
    }
    auto *series = new QStackedBarSeries;
    series->append({m_offered, m_own, m_newer});
    series->setBarWidth(0.8);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setRange(0, maximum + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("actions added"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    AppTheme::styleChart(m_chart, palette()); // the new axes

    QString summary = tr("<b>%1</b> speaks EC2 API version <b>%2</b>: %3 of the %4 actions Skylight knows.")
                          .arg(cloud.toHtmlEscaped(), version.toHtmlEscaped())
                          .arg(offered)
                          .arg(offered + missing.size());
    if (apiVersion.isEmpty())
        summary += u' ' + tr("(No version is set for this cloud, so Skylight sends the newest it knows.)");
    else if (!ownFound)
        summary
            += u' ' + tr("(%1 is not in the catalogue; versions before it count as offered.)").arg(version);
    m_summary->setText(summary);
    m_missing->clear();
    if (missing.isEmpty())
        m_missing->addItem(tr("None: this cloud offers every action Skylight knows."));
    else
        m_missing->addItems(missing);
}
