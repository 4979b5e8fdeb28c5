// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagedialog.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "apptheme.h"
#include "keydisplay.h"
#include "usagescanner.h"

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QChartView *chartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 320);
    view->setAccessibleName(chart->title()); // "By sub-folder", "By storage class"
    return view;
}

} // namespace

UsageDialog::UsageDialog(S3Client *client, const QString &bucket, const QString &prefix, QWidget *parent)
    : QDialog(parent)
    , m_scanner(new UsageScanner(client, bucket, prefix, this))
    , m_progress(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel listing"), this))
    , m_folders(new QChart)
    , m_classes(new QChart)
{
    const QString where = QStringLiteral("s3://%1/%2").arg(bucket, KeyDisplay::escaped(prefix));
    setWindowTitle(tr("Usage of %1").arg(where));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_progress->setAccessibleName(tr("Progress"));
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    layout->addLayout(top);
    m_folders->setTitle(tr("By sub-folder"));
    m_folders->legend()->hide();
    m_classes->setTitle(tr("By storage class"));
    m_classes->legend()->setAlignment(Qt::AlignBottom);
    AppTheme::styleChart(m_folders, palette());
    AppTheme::styleChart(m_classes, palette());
    auto *charts = new QHBoxLayout;
    charts->addWidget(chartView(m_folders, this), 3);
    charts->addWidget(chartView(m_classes, this), 2);
    layout->addLayout(charts, 1);
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_cancel, &QPushButton::clicked, m_scanner, &UsageScanner::cancel);
    connect(m_scanner, &UsageScanner::progress, this, &UsageDialog::onProgress);
    connect(m_scanner, &UsageScanner::finished, this, &UsageDialog::onFinished);
    connect(this, &QDialog::finished, m_scanner, &UsageScanner::cancel);
    m_progress->setText(tr("Listing %1…").arg(where));
    m_scanner->start();
}

QString UsageDialog::totalsText() const
{
    return m_totals->text();
}

QString UsageDialog::progressText() const
{
    return m_progress->text();
}

void UsageDialog::onProgress(qint64 objects, qint64 bytes)
{
    m_progress->setText(
        tr("Listed %1 objects, %2 so far…").arg(QLocale().toString(objects), dataSize(bytes)));
}

void UsageDialog::onFinished(const QString &error, bool cancelled)
{
    m_cancel->setEnabled(false);
    const UsageScanner::Totals &t = m_scanner->totals();
    if (!error.isEmpty())
        m_progress->setText(tr("The listing stopped: %1").arg(error));
    else if (cancelled)
        m_progress->setText(tr("Cancelled after %1 objects: the figures below are partial.")
                                .arg(QLocale().toString(t.all.objects)));
    else
        m_progress->setText(tr("Listed %1 objects in %2 pages.")
                                .arg(QLocale().toString(t.all.objects), QLocale().toString(t.pages)));
    const int folders = int(t.byFolder.size() - (t.byFolder.contains(QString()) ? 1 : 0));
    m_totals->setText(tr("Total: %1 in %2 objects; %3, %4.")
                          .arg(dataSize(t.all.bytes),
                              QLocale().toString(t.all.objects),
                              tr("%n sub-folder(s)", nullptr, folders),
                              tr("%n storage class(es)", nullptr, int(t.byStorageClass.size()))));
    fillCharts();
}

void UsageDialog::fillCharts()
{
    const UsageScanner::Totals &t = m_scanner->totals();
    using Entry = std::pair<QString, UsageScanner::Sum>;
    QList<Entry> folders;
    for (auto it = t.byFolder.cbegin(); it != t.byFolder.cend(); ++it)
        folders.append(
            {it.key().isEmpty() ? tr("(objects here)") : KeyDisplay::escaped(it.key()), it.value()});
    std::sort(folders.begin(), folders.end(), [](const Entry &a, const Entry &b) {
        return a.second.bytes != b.second.bytes ? a.second.bytes > b.second.bytes : a.first < b.first;
    });
    if (folders.size() > kMaxBars) {
        UsageScanner::Sum rest;
        for (qsizetype i = kMaxBars - 1; i < folders.size(); ++i) {
            rest.bytes += folders[i].second.bytes;
            rest.objects += folders[i].second.objects;
        }
        const qsizetype others = folders.size() - (kMaxBars - 1);
        folders.resize(kMaxBars - 1);
        folders.append({tr("%n others", nullptr, int(others)), rest});
    }
    // Largest at the top: a horizontal bar series draws its first category at the bottom.
    std::reverse(folders.begin(), folders.end());
    qint64 largest = 1;
    for (const Entry &e : std::as_const(folders))
        largest = std::max(largest, e.second.bytes);
    // One unit for the whole axis, so that the bars compare.
    const int power = largest >= (qint64(1) << 30) ? 3 : largest >= (1 << 20) ? 2 : largest >= 1024 ? 1 : 0;
    const double unit = double(qint64(1) << (10 * power));
    const QStringList units {tr("bytes"), tr("KiB"), tr("MiB"), tr("GiB")};

    m_folders->removeAllSeries();
    for (QAbstractAxis *axis : m_folders->axes())
        m_folders->removeAxis(axis);
    auto *set = new QBarSet(tr("Size"));
    QStringList categories;
    for (const Entry &e : std::as_const(folders)) {
        *set << double(e.second.bytes) / unit;
        categories << tr("%1 (%2)").arg(e.first, QLocale().toString(e.second.objects));
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    bars->setLabelsPrecision(3);
    set->setLabelColor(Qt::white);
    m_folders->addSeries(bars);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    m_folders->addAxis(names, Qt::AlignLeft);
    bars->attachAxis(names);
    auto *sizes = new QValueAxis;
    sizes->setTitleText(units.at(power));
    sizes->setRange(0, double(largest) / unit);
    sizes->applyNiceNumbers();
    sizes->setLabelFormat(QStringLiteral("%.3g"));
    m_folders->addAxis(sizes, Qt::AlignBottom);
    bars->attachAxis(sizes);
    AppTheme::styleChart(m_folders, palette()); // the new axes

    m_classes->removeAllSeries();
    auto *pie = new QPieSeries;
    QStringList classes = t.byStorageClass.keys();
    classes.sort();
    for (const QString &c : std::as_const(classes)) {
        const UsageScanner::Sum &s = t.byStorageClass.value(c);
        QPieSlice *slice = pie->append(tr("%1: %2").arg(c, dataSize(s.bytes)), double(s.bytes));
        slice->setLabelVisible(classes.size() > 1);
    }
    m_classes->addSeries(pie);
    // One slice: no seam at 12 o'clock (the theme's colours are set by addSeries).
    if (pie->count() == 1)
        pie->slices().first()->setBorderColor(pie->slices().first()->color());
}
