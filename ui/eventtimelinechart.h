// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>

class MaintenanceEventsModel;
class QDateTimeAxis;
class QLineSeries;
class QRubberBand;
class QCategoryAxis;

// The reboot schedule as a timeline: one horizontal bar per event window (a two-point QLineSeries
// drawn with a thick flat pen, one lane per event) on a QDateTimeAxis, coloured by event code, and
// a dashed "now" line. The wheel zooms the time axis around the cursor, Shift+wheel (or a
// horizontal wheel, or the arrow keys) scrolls it, a dragged rectangle zooms into it and a double
// click shows everything again. Hovering a bar shows the event as a tooltip; clicking one emits
// rowClicked() with its row in the model.
class EventTimelineChart final : public QChartView
{
    Q_OBJECT
public:
    explicit EventTimelineChart(MaintenanceEventsModel *model, QWidget *parent = nullptr);

    // The rows to draw, top to bottom (the schedule table's order after its filters).
    void setRows(const QList<int> &sourceRows);
    // The moment of the "now" line (tests fix it); default the current time at each setRows().
    void setNow(const QDateTime &now) { m_fixedNow = now; }
    // Emphasises the bar of `sourceRow` (-1: none).
    void highlightRow(int sourceRow);
    void resetZoom();

    int barCount() const { return int(m_bars.size()); }
    int rowOfBar(int bar) const { return m_bars.at(bar).row; }
    int barOfRow(int sourceRow) const;
    QLineSeries *barSeries(int bar) const { return m_bars.at(bar).series; }
    QLineSeries *nowLine() const { return m_now; }
    // Where the middle of a bar is drawn, in viewport coordinates.
    QPoint barCenter(int bar) const;
    // The bar under a viewport position, -1 when none.
    int barAt(const QPoint &viewportPos) const;
    QString barDetails(int bar) const; // the hover text
    QDateTimeAxis *timeAxis() const { return m_x; }

    static QColor codeColour(const QString &code);

Q_SIGNALS:
    void rowClicked(int sourceRow);
    void barHovered(int sourceRow); // -1 when the pointer leaves the bars

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Bar
    {
        int row;
        QDateTime start;
        QDateTime end; // notAfter, or start + 2 h when the event gives none
        QColor colour;
        QLineSeries *series;
    };

    void updatePens();
    void zoomTime(double factor, double anchorMs);
    void scrollTime(double fraction);
    void setTimeRange(double fromMs, double toMs);
    QPointF valueAt(const QPoint &viewportPos) const;

    MaintenanceEventsModel *m_model;
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QCategoryAxis *m_y;
    QLineSeries *m_now = nullptr;
    QList<Bar> m_bars;
    int m_highlighted = -1; // bar index
    QDateTime m_fixedNow;
    double m_fullFrom = 0;
    double m_fullTo = 0;
    QRubberBand *m_band;
    QPoint m_pressAt;
    bool m_dragging = false;
    int m_hovered = -1;
};
