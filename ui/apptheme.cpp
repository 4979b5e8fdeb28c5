// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"

#include <algorithm>

#include <QApplication>
#include <QChart>
#include <QStyle>
#include <QStyleFactory>

namespace {

// The style the application started with, kept on the application object so "system" can go back
// to it after a forced theme.
constexpr char kOriginalStyle[] = "skylight.originalStyle";

} // namespace

namespace AppTheme {

void apply(QApplication *app, const QString &theme)
{
    if (!app->property(kOriginalStyle).isValid())
        app->setProperty(kOriginalStyle, QApplication::style()->name());
    if (theme == QLatin1String("dark") || theme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : lightPalette());
        return;
    }
    const QString style = app->property(kOriginalStyle).toString();
    if (QApplication::style()->name() != style)
        QApplication::setStyle(QStyleFactory::create(style));
    // A palette with nothing set resolves to the platform's (Qt 6), which follows the desktop.
    QApplication::setPalette(QPalette());
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef), QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xc0, 0xc0, 0xc0));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7a, 0x7a, 0x7a);
    QPalette p(QColor(0x3a, 0x3a, 0x3a), window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    for (QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Light, QColor(0x2b, 0x2b, 0x2b));
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor legible(const QColor &colour, const QPalette &palette)
{
    if (!isDark(palette))
        return colour;
    // Keep the hue, raise the lightness so it stands out from a dark window.
    QColor hsl = colour.toHsl();
    const int lightness = std::max(hsl.lightness(), 170);
    return QColor::fromHsl(hsl.hslHue(), std::min(hsl.hslSaturation(), 200), lightness);
}

QColor errorColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor okColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7a, 0x1b);
}

QColor warningColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x66) : QColor(0x9a, 0x67, 0x00);
}

QColor mutedColour(const QPalette &palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor secondaryTextColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) {
        return (a * 7 + b * 3) / 10;
    };
    return QColor(
        mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()));
}

QString styleSheetColour(const QColor &colour)
{
    return QStringLiteral("color: %1").arg(colour.name());
}

QIcon icon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

void styleChart(QChart *chart, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    const QColor labels = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(dark ? 50 : 40);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(labels);
        axis->setTitleBrush(labels);
        axis->setGridLineColor(grid);
    }
}

} // namespace AppTheme
