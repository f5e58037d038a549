#include "reports/chart_layout.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

constexpr std::array<std::uint32_t, 5> kPalette{0x2F6DB5, 0xE07B24, 0x4C9A2A, 0x8E5BB5, 0xC23B3B};
constexpr std::uint32_t kReferenceColor = 0x7F7F7F;
constexpr std::uint32_t kGridColor = 0xDDDDDD;
constexpr std::uint32_t kTextColor = 0x333333;
constexpr double kFont = 7.5;

/** Roughly how wide text is drawn, for layout: the charts use one sans-serif font. */
double textWidth(const std::string& text, double fontSize) {
    const auto characters =
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return 0.62 * fontSize * static_cast<double>(characters);
}

/** 1, 2 or 5 times a power of ten, so the axis reads 0, 20, 40 ... rather than 0, 17.3, 34.6 ... */
double niceStep(double range, int ticks) {
    const double raw = range / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw) {
            return m * power;
        }
    }
    return 10 * power;
}

ChartShape text(double x, double y, std::string value, ChartShape::Anchor anchor, double size = kFont,
                bool bold = false) {
    ChartShape shape;
    shape.kind = ChartShape::Kind::Text;
    shape.xy = {x, y};
    shape.text = std::move(value);
    shape.anchor = anchor;
    shape.fontSize = size;
    shape.bold = bold;
    shape.color = kTextColor;
    return shape;
}

ChartShape line(double x0, double y0, double x1, double y1, std::uint32_t color, double width = 0.6) {
    ChartShape shape;
    shape.kind = ChartShape::Kind::Line;
    shape.xy = {x0, y0, x1, y1};
    shape.color = color;
    shape.lineWidth = width;
    return shape;
}

} // namespace

std::string tickLabel(double value, bool percent, const Formatting& format) {
    if (percent) {
        return format.percent(value, 0);
    }
    const auto number = [&format](double v) { return format.locale().toString(v, 'g', 6); };
    if (std::fabs(value) >= 1e6) {
        return utf8(ReportCharts::tr("%1M", "millions on a chart's axis: 1.5M").arg(number(value / 1e6)));
    }
    if (std::fabs(value) >= 1e4) {
        return utf8(ReportCharts::tr("%1k", "thousands on a chart's axis: 20k").arg(number(value / 1e3)));
    }
    return utf8(number(value));
}

ChartDrawing layOutChart(const Chart& chart, double width, double height, const Formatting& format) {
    ChartDrawing drawing;
    drawing.width = width;
    drawing.height = height;
    auto& shapes = drawing.shapes;
    shapes.push_back(text(0, 11, chart.title, ChartShape::Anchor::Start, 9, true));

    // Legend on one line under the title.
    double legendX = 0;
    const double legendY = 24;
    std::size_t colorIndex = 0;
    std::vector<std::uint32_t> colors;
    for (const auto& series : chart.series) {
        const std::uint32_t color = series.reference ? kReferenceColor : kPalette[colorIndex++ % kPalette.size()];
        colors.push_back(color);
        auto key = line(legendX, legendY - 3, legendX + 14, legendY - 3, color, 2.5);
        key.dashed = series.reference;
        shapes.push_back(key);
        shapes.push_back(text(legendX + 18, legendY, series.name, ChartShape::Anchor::Start));
        legendX += 30 + textWidth(series.name, kFont);
    }

    // Value range: bars start at zero; shares span 0-100 %.
    double low = 0;
    double high = chart.percent ? 1 : 0;
    for (const auto& series : chart.series) {
        for (const double v : series.values) {
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    if (high - low <= 0) {
        high = low + 1;
    }
    // Shares that stay within 0-100 % get the axis 0, 20 ... 100 %, never 125 %.
    const bool plainShares = chart.percent && low >= 0 && high <= 1;
    const double step = plainShares ? 0.2 : niceStep(high - low, 5);
    low = std::floor(low / step) * step;
    high = plainShares ? 1.0 : std::ceil(high / step) * step;

    double axisLabelWidth = 0;
    for (double v = low; v <= high + step / 2; v += step) {
        axisLabelWidth = std::max(axisLabelWidth, textWidth(tickLabel(v, chart.percent, format), kFont));
    }
    const double left = axisLabelWidth + 8;
    const double top = chart.series.size() > 0 ? 34 : 20;
    const double bottom = height - 16;
    const double right = width - 8;
    const auto y = [&](double v) { return bottom - (v - low) / (high - low) * (bottom - top); };

    for (double v = low; v <= high + step / 2; v += step) {
        shapes.push_back(line(left, y(v), right, y(v), kGridColor));
        shapes.push_back(text(left - 4, y(v) + 2.5, tickLabel(v, chart.percent, format), ChartShape::Anchor::End));
    }
    shapes.push_back(line(left, y(std::max(low, 0.0)), right, y(std::max(low, 0.0)), 0x999999, 0.8));

    const std::size_t n = std::max<std::size_t>(chart.categories.size(), 1);
    const double slot = (right - left) / static_cast<double>(n);
    // A few categories each get a label, shortened to their slot; many (quarters, years) get every k-th one.
    double widest = 0;
    for (const auto& category : chart.categories) {
        widest = std::max(widest, textWidth(category, kFont));
    }
    const bool fewCategories = chart.categories.size() <= 8;
    const std::size_t every =
        fewCategories ? 1 : std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + 6) / slot)));
    for (std::size_t i = 0; i < chart.categories.size(); i += every) {
        std::string label = chart.categories[i];
        while (fewCategories && label.size() > 2 && textWidth(label, kFont) > slot - 4) {
            // Drop one whole UTF-8 character: its continuation bytes, then its first byte.
            while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80) {
                label.pop_back();
            }
            if (!label.empty()) {
                label.pop_back();
            }
            if (textWidth(label + "...", kFont) <= slot - 4) {
                label += "...";
                break;
            }
        }
        shapes.push_back(
            text(left + slot * (static_cast<double>(i) + 0.5), height - 4, label, ChartShape::Anchor::Middle));
    }

    if (chart.kind == Chart::Kind::Bars) {
        const double groupWidth = slot * 0.75;
        const double barWidth = groupWidth / static_cast<double>(std::max<std::size_t>(chart.series.size(), 1));
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const auto& values = chart.series[s].values;
            for (std::size_t i = 0; i < values.size() && i < n; ++i) {
                if (!std::isfinite(values[i])) {
                    continue;
                }
                const double x =
                    left + slot * static_cast<double>(i) + (slot - groupWidth) / 2 + barWidth * static_cast<double>(s);
                const double y0 = y(std::max(values[i], 0.0));
                const double y1 = y(std::min(values[i], 0.0));
                ChartShape bar;
                bar.kind = ChartShape::Kind::Rect;
                bar.xy = {x, y0, barWidth * 0.92, std::max(y1 - y0, 0.5)};
                bar.color = colors[s];
                shapes.push_back(bar);
            }
        }
    } else {
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            ChartShape path;
            path.kind = ChartShape::Kind::Polyline;
            path.color = colors[s];
            path.lineWidth = chart.series[s].reference ? 1.2 : 1.8;
            path.dashed = chart.series[s].reference;
            const auto& values = chart.series[s].values;
            for (std::size_t i = 0; i < values.size() && i < n; ++i) {
                if (std::isfinite(values[i])) {
                    path.xy.push_back(left + slot * (static_cast<double>(i) + 0.5));
                    path.xy.push_back(y(values[i]));
                }
            }
            // Points as small squares where there are few, so a series of one point still shows.
            if (!chart.series[s].reference && path.xy.size() <= 2 * 16) {
                for (std::size_t i = 0; i + 1 < path.xy.size(); i += 2) {
                    ChartShape marker;
                    marker.kind = ChartShape::Kind::Rect;
                    marker.xy = {path.xy[i] - 1.8, path.xy[i + 1] - 1.8, 3.6, 3.6};
                    marker.color = path.color;
                    shapes.push_back(marker);
                }
            }
            if (path.xy.size() >= 4) {
                shapes.push_back(path);
            }
        }
    }
    return drawing;
}

} // namespace rapport::reports
