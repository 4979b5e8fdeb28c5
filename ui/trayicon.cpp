// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include <algorithm>

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

#include "maintenanceeventsmodel.h"

namespace {

QString whenText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TrayIcon::TrayIcon(MaintenanceEventsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_menu(new QMenu)
    , m_base(appIcon())
{
    m_menu->setAccessibleName(tr("Skylight tray menu"));
    QAction *show = m_menu->addAction(tr("&Show Skylight"));
    connect(show, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    m_upcoming = m_menu->addMenu(tr("&Upcoming maintenance"));
    QAction *schedule = m_menu->addAction(tr("Open &schedule"));
    connect(schedule, &QAction::triggered, this, [this] { Q_EMIT openScheduleRequested({}); });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
            if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
    }
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &TrayIcon::update);
    const auto later = [this] {
        if (!m_settle.isActive())
            m_settle.start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &TrayIcon::update);
    m_tick.start();
    update();
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a menu has no QObject parent (it is a top-level widget)
}

void TrayIcon::setClock(std::function<QDateTime()> now)
{
    m_clock = std::move(now);
    update();
}

QString TrayIcon::toolTip() const
{
    return tr("%n upcoming maintenance event(s)", nullptr, m_count);
}

void TrayIcon::update()
{
    m_settle.stop();
    const QDateTime now = m_clock();
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->maintenanceEventAt(row).isUpcoming(now))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_model->eventAt(a).notBefore < m_model->eventAt(b).notBefore;
    });
    rebuildMenu(rows);
    if (int(rows.size()) == m_count)
        return;
    m_count = int(rows.size());
    m_icon = badged(m_base, m_count);
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(toolTip());
    }
}

void TrayIcon::rebuildMenu(const QList<int> &rows)
{
    m_upcoming->clear();
    m_upcoming->setEnabled(!rows.isEmpty());
    for (int i = 0; i < std::min<int>(kMenuEvents, int(rows.size())); ++i) {
        const MaintenanceEvent e = m_model->maintenanceEventAt(rows.at(i));
        QAction *a = m_upcoming->addAction(
            tr("%1: %2, %3").arg(whenText(e.event.notBefore), e.event.code, e.instanceLabel()));
        a->setToolTip(tr("%1 / %2").arg(e.cloud, e.region));
        connect(a, &QAction::triggered, this, [this, uid = e.uid()] { Q_EMIT openScheduleRequested(uid); });
    }
    if (rows.size() > kMenuEvents) {
        m_upcoming->addSeparator();
        QAction *more = m_upcoming->addAction(tr("%n more…", nullptr, int(rows.size()) - kMenuEvents));
        connect(more, &QAction::triggered, this, [this] { Q_EMIT openScheduleRequested({}); });
    }
}

QIcon TrayIcon::badged(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(QSize(size, size));
        if (pixmap.isNull())
            continue;
        pixmap.setDevicePixelRatio(1.0);
        pixmap = pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 9 ? QStringLiteral("9+") : QString::number(count);
        const qreal d = size * (count > 9 ? 0.66 : 0.56);
        const QRectF disc(size - d, 0, d, d);
        p.setPen(QPen(Qt::white, std::max(1.0, size / 24.0)));
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(7, int(d * (count > 9 ? 0.5 : 0.7))));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(disc, Qt::AlignCenter, text);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon.isNull() ? base : icon;
}

QIcon TrayIcon::appIcon()
{
    QIcon icon(QStringLiteral(":/icons/skylight.svg"));
    if (!icon.pixmap(QSize(32, 32)).isNull())
        return icon;
    // No SVG support (libqt6svg6 missing): a plain disc in the icon's blue.
    QIcon fallback;
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x1e, 0x88, 0xe5));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        p.end();
        fallback.addPixmap(pixmap);
    }
    return fallback;
}
