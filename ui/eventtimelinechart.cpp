// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtimelinechart.h"

#include <algorithm>

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include "apptheme.h"
#include "maintenanceeventsmodel.h"

namespace {

constexpr int kDragThreshold = 4;     // pixels before a press becomes a rubber band
constexpr int kMaxLabelledLanes = 40; // beyond this, lane labels would overlap
constexpr qint64 kDefaultLengthSecs = 2 * 3600;
constexpr double kMinRangeMs = 10 * 60 * 1000.0; // zoom stops at ten minutes
constexpr double kMinBarPixels = 10;

QString timeText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

EventTimelineChart::EventTimelineChart(MaintenanceEventsModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_x(new QDateTimeAxis(m_chart))
    , m_y(new QCategoryAxis(m_chart))
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setAccessibleName(tr("Maintenance timeline"));
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(160);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setBackgroundRoundness(0);
    m_x->setFormat(tr("MMM d HH:mm", "time axis labels: a QDateTime format"));
    m_x->setTickCount(7);
    m_x->setTitleText(tr("Window (local time)"));
    m_y->setReverse(true);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setGridLineVisible(false);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    setChart(m_chart);
    AppTheme::styleChart(m_chart, palette());
    connect(m_chart, &QChart::plotAreaChanged, this, &EventTimelineChart::updatePens);
    setRows({});
}

QColor EventTimelineChart::codeColour(const QString &code)
{
    if (code == u"instance-reboot")
        return QColor(0x1e, 0x88, 0xe5);
    if (code == u"system-reboot")
        return QColor(0x8e, 0x24, 0xaa);
    if (code == u"system-maintenance")
        return QColor(0xfb, 0x8c, 0x00);
    if (code == u"instance-retirement")
        return QColor(0xe5, 0x39, 0x35);
    if (code == u"instance-stop")
        return QColor(0x6d, 0x4c, 0x41);
    return QColor(0x00, 0x89, 0x7b);
}

void EventTimelineChart::setRows(const QList<int> &sourceRows)
{
    // Everything is replaced at once: series are cheap to build but each one added to an attached
    // chart re-lays it out, so the chart is detached meanwhile.
    setUpdatesEnabled(false);
    m_chart->removeAllSeries();
    m_bars.clear();
    m_now = nullptr;
    m_highlighted = -1;
    m_hovered = -1;
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    double from = double(now.toMSecsSinceEpoch());
    double to = from;
    for (const int row : sourceRows) {
        const Ec2Event &e = m_model->eventAt(row);
        if (!e.notBefore.isValid())
            continue;
        Bar bar {row,
            e.notBefore,
            e.notAfter.isValid() ? e.notAfter : e.notBefore.addSecs(kDefaultLengthSecs),
            {},
            nullptr};
        bar.colour = codeColour(e.code);
        if (e.state != Ec2Event::State::Scheduled)
            bar.colour = AppTheme::isDark(palette()) // done or canceled: faded into the background
                ? QColor::fromHsv(bar.colour.hue(), 60, 110)
                : QColor::fromHsv(bar.colour.hue(), 40, 200);
        from = std::min(from, double(bar.start.toMSecsSinceEpoch()));
        to = std::max(to, double(bar.end.toMSecsSinceEpoch()));
        m_bars.append(bar);
    }
    const int lanes = int(m_bars.size());
    QList<QAbstractSeries *> added;
    for (int i = 0; i < lanes; ++i) {
        Bar &bar = m_bars[i];
        bar.series = new QLineSeries;
        bar.series->append(double(bar.start.toMSecsSinceEpoch()), i);
        bar.series->append(double(bar.end.toMSecsSinceEpoch()), i);
        added.append(bar.series);
    }
    m_now = new QLineSeries;
    m_now->setName(tr("Now"));
    m_now->append(double(now.toMSecsSinceEpoch()), -0.5);
    m_now->append(double(now.toMSecsSinceEpoch()), std::max(lanes, 1) - 0.5);
    QPen nowPen(AppTheme::legible(QColor(0xd3, 0x2f, 0x2f), palette()), 1.5, Qt::DashLine);
    m_now->setPen(nowPen);
    added.append(m_now);
    for (QAbstractSeries *s : std::as_const(added)) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }

    // Lane labels while they fit: "name · code".
    for (const QString &label : m_y->categoriesLabels())
        m_y->remove(label);
    m_y->setStartValue(-0.5);
    m_y->setLabelsVisible(lanes <= kMaxLabelledLanes);
    if (lanes <= kMaxLabelledLanes) {
        for (int i = 0; i < lanes; ++i) {
            const int row = m_bars.at(i).row;
            const QString who
                = m_model->nameAt(row).isEmpty() ? m_model->instanceIdAt(row) : m_model->nameAt(row);
            // Category labels must be unique: a zero-width space per repeat keeps equal ones apart.
            QString label = tr("%1 · %2").arg(who, m_model->eventAt(row).code);
            while (m_y->categoriesLabels().contains(label))
                label += QChar(0x200b);
            m_y->append(label, i); // on the lane itself: centred labels lost the first one
        }
    }
    m_y->setRange(-0.5, std::max(lanes, 1) - 0.5);
    const double margin = std::max((to - from) * 0.04, 3600.0 * 1000);
    m_fullFrom = from - margin;
    m_fullTo = to + margin;
    setTimeRange(m_fullFrom, m_fullTo);
    updatePens();
    setUpdatesEnabled(true);
}

void EventTimelineChart::updatePens()
{
    const double visibleLanes = std::max(1.0, m_y->max() - m_y->min());
    const double laneHeight = m_chart->plotArea().height() / visibleLanes;
    const double width = std::clamp(laneHeight * 0.6, 2.0, 18.0);
    // A two-hour window is a sliver on a month: every bar is drawn at least kMinBarPixels long.
    const double msPerPixel = double(m_x->max().toMSecsSinceEpoch() - m_x->min().toMSecsSinceEpoch())
        / std::max(1.0, m_chart->plotArea().width());
    const double minLength = kMinBarPixels * msPerPixel;
    for (int i = 0; i < m_bars.size(); ++i) {
        Bar &bar = m_bars[i];
        const double start = double(bar.start.toMSecsSinceEpoch());
        const double end = std::max(double(bar.end.toMSecsSinceEpoch()), start + minLength);
        if (bar.series->count() == 2 && bar.series->at(1).x() != end)
            bar.series->replace(1, QPointF(end, i));
        QPen pen(i == m_highlighted ? m_bars.at(i).colour.darker(160) : m_bars.at(i).colour, width);
        if (i == m_highlighted)
            pen.setWidthF(std::min(width + 4, laneHeight));
        pen.setCapStyle(Qt::FlatCap);
        m_bars.at(i).series->setPen(pen);
    }
}

void EventTimelineChart::highlightRow(int sourceRow)
{
    const int bar = barOfRow(sourceRow);
    if (bar == m_highlighted)
        return;
    m_highlighted = bar;
    updatePens();
}

int EventTimelineChart::barOfRow(int sourceRow) const
{
    for (int i = 0; i < m_bars.size(); ++i) {
        if (m_bars.at(i).row == sourceRow)
            return i;
    }
    return -1;
}

void EventTimelineChart::resetZoom()
{
    m_y->setRange(-0.5, std::max<double>(m_bars.size(), 1) - 0.5);
    setTimeRange(m_fullFrom, m_fullTo);
    updatePens();
}

void EventTimelineChart::setTimeRange(double fromMs, double toMs)
{
    if (toMs - fromMs < kMinRangeMs) {
        const double mid = (fromMs + toMs) / 2;
        fromMs = mid - kMinRangeMs / 2;
        toMs = mid + kMinRangeMs / 2;
    }
    const qint64 span = qint64(toMs - fromMs);
    m_x->setFormat(span > 20LL * 86400 * 1000 ? tr("MMM d", "time axis labels: a QDateTime format")
                                              : tr("MMM d HH:mm", "time axis labels: a QDateTime format"));
    m_x->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(fromMs)), QDateTime::fromMSecsSinceEpoch(qint64(toMs)));
    updatePens();
}

QPointF EventTimelineChart::valueAt(const QPoint &viewportPos) const
{
    const QPointF scenePos = mapToScene(viewportPos);
    return m_chart->mapToValue(m_chart->mapFromScene(scenePos), m_now);
}

QPoint EventTimelineChart::barCenter(int bar) const
{
    const Bar &b = m_bars.at(bar);
    const double mid = (b.series->at(0).x() + b.series->at(1).x()) / 2.0;
    const QPointF chartPos = m_chart->mapToPosition(QPointF(mid, bar), b.series);
    return mapFromScene(m_chart->mapToScene(chartPos));
}

int EventTimelineChart::barAt(const QPoint &viewportPos) const
{
    if (m_bars.isEmpty() || !m_now)
        return -1;
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(viewportPos));
    if (!m_chart->plotArea().contains(chartPos))
        return -1;
    const QPointF v = valueAt(viewportPos);
    const int lane = qRound(v.y());
    if (lane < 0 || lane >= m_bars.size())
        return -1;
    // Within the drawn thickness of the lane, and along the window with two pixels of slack.
    const Bar &b = m_bars.at(lane);
    const QPointF laneCentre = m_chart->mapToPosition(QPointF(v.x(), lane), m_now);
    if (std::abs(laneCentre.y() - chartPos.y()) > std::max(3.0, b.series->pen().widthF() / 2 + 1))
        return -1;
    const double slack = (m_x->max().toMSecsSinceEpoch() - m_x->min().toMSecsSinceEpoch()) * 2.0
        / std::max(1.0, m_chart->plotArea().width());
    if (v.x() < b.series->at(0).x() - slack || v.x() > b.series->at(1).x() + slack)
        return -1;
    return lane;
}

QString EventTimelineChart::barDetails(int bar) const
{
    const int row = m_bars.at(bar).row;
    const Ec2Event &e = m_model->eventAt(row);
    const QString name = m_model->nameAt(row);
    const QString who
        = name.isEmpty() ? m_model->instanceIdAt(row) : tr("%1 (%2)").arg(name, m_model->instanceIdAt(row));
    QString text = tr("%1: %2").arg(e.code, who);
    text += u'\n' + tr("%1 / %2").arg(m_model->cloudAt(row), m_model->regionAt(row));
    text += u'\n'
        + (e.notAfter.isValid() ? tr("Window %1 – %2").arg(timeText(e.notBefore), timeText(e.notAfter))
                                : tr("From %1 (no end given)").arg(timeText(e.notBefore)));
    if (e.notBeforeDeadline.isValid())
        text += u'\n' + tr("Can be moved until %1").arg(timeText(e.notBeforeDeadline));
    text += u'\n' + MaintenanceEventsModel::stateName(e.state);
    if (!e.description.isEmpty())
        text += u'\n' + e.description;
    return text;
}

void EventTimelineChart::zoomTime(double factor, double anchorMs)
{
    const double from = double(m_x->min().toMSecsSinceEpoch());
    const double to = double(m_x->max().toMSecsSinceEpoch());
    setTimeRange(anchorMs - (anchorMs - from) * factor, anchorMs + (to - anchorMs) * factor);
}

void EventTimelineChart::scrollTime(double fraction)
{
    const double from = double(m_x->min().toMSecsSinceEpoch());
    const double to = double(m_x->max().toMSecsSinceEpoch());
    const double shift = (to - from) * fraction;
    setTimeRange(from + shift, to + shift);
}

void EventTimelineChart::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 || event->modifiers() & Qt::ShiftModifier) {
        const int steps = delta.x() != 0 ? delta.x() : delta.y();
        scrollTime(-steps / 120.0 * 0.1);
    } else if (delta.y() != 0) {
        zoomTime(delta.y() > 0 ? 0.8 : 1.25, valueAt(event->position().toPoint()).x());
    }
    event->accept();
}

void EventTimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QChartView::mousePressEvent(event);
    m_pressAt = event->position().toPoint();
    m_dragging = false;
    event->accept();
}

void EventTimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressAt).manhattanLength() >= kDragThreshold) {
            m_dragging = true;
            QToolTip::hideText();
        }
        if (m_dragging) {
            m_band->setGeometry(QRect(m_pressAt, pos).normalized());
            m_band->show();
        }
        return;
    }
    const int bar = barAt(pos);
    if (bar != m_hovered) {
        m_hovered = bar;
        Q_EMIT barHovered(bar >= 0 ? m_bars.at(bar).row : -1);
    }
    if (bar >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), barDetails(bar), this);
    else
        QToolTip::hideText();
}

void EventTimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QChartView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        m_dragging = false;
        m_band->hide();
        const QPointF a = valueAt(m_pressAt);
        const QPointF b = valueAt(pos);
        setTimeRange(std::min(a.x(), b.x()), std::max(a.x(), b.x()));
        const double top = std::max(-0.5, std::min(a.y(), b.y()));
        const double bottom = std::min(double(m_bars.size()) - 0.5, std::max(a.y(), b.y()));
        if (bottom - top >= 1)
            m_y->setRange(top, bottom);
        updatePens();
    } else if (const int bar = barAt(pos); bar >= 0) {
        highlightRow(m_bars.at(bar).row);
        Q_EMIT rowClicked(m_bars.at(bar).row);
    }
    event->accept();
}

void EventTimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void EventTimelineChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        return scrollTime(-0.1);
    case Qt::Key_Right:
        return scrollTime(0.1);
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomTime(0.8, (m_x->min().toMSecsSinceEpoch() + m_x->max().toMSecsSinceEpoch()) / 2.0);
    case Qt::Key_Minus:
        return zoomTime(1.25, (m_x->min().toMSecsSinceEpoch() + m_x->max().toMSecsSinceEpoch()) / 2.0);
    case Qt::Key_Home:
        return resetZoom();
    default:
        QChartView::keyPressEvent(event);
    }
}

void EventTimelineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Light and dark: the chart's theme, then the bars again (the theme reset their pens).
    AppTheme::styleChart(m_chart, palette());
    QList<int> rows;
    for (const Bar &bar : std::as_const(m_bars))
        rows.append(bar.row);
    setRows(rows);
}

void EventTimelineChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updatePens();
}
