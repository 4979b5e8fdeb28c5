// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QListWidget;

// One cloud's EC2 API version against the catalogue (Ec2ApiVersions): a bar chart of how many
// actions each version added over the years, bars up to the cloud's version in one colour, its
// own version marked, the newer ones greyed; and the list of actions the cloud lacks, each with
// the version that brought it.
class ApiVersionsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ApiVersionsView(QWidget *parent = nullptr);

    // `apiVersion` empty: the newest the catalogue knows (what Skylight sends by default).
    void setCloud(const QString &cloud, const QString &apiVersion);

    QChartView *chartView() const { return m_view; }
    QListWidget *missingList() const { return m_missing; }
    QLabel *summaryLabel() const { return m_summary; }
    // The bar sets, for tests: actions offered by older versions, by the cloud's own, and missing.
    QBarSet *offeredSet() const { return m_offered; }
    QBarSet *ownSet() const { return m_own; }
    QBarSet *newerSet() const { return m_newer; }

private:
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_view;
    QListWidget *m_missing;
    QBarSet *m_offered = nullptr;
    QBarSet *m_own = nullptr;
    QBarSet *m_newer = nullptr;
};
