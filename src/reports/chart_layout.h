#pragma once

#include "reports/cell_text.h"
#include "reports/report.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::reports {

/**
 * A chart laid out once as simple shapes, so the HTML (SVG) and the PDF (QPainter) draw the same picture
 * from the same arithmetic. Coordinates are in points, origin top left.
 */
struct ChartShape {
    enum class Kind { Rect, Line, Polyline, Text };
    enum class Anchor { Start, Middle, End };
    Kind kind = Kind::Line;
    std::vector<double> xy; // Rect: x, y, w, h; Line and Polyline: x0, y0, x1, y1, ...; Text: x, baseline y
    std::uint32_t color = 0x000000;
    double lineWidth = 1;
    bool dashed = false;
    std::string text;
    double fontSize = 8;
    bool bold = false;
    Anchor anchor = Anchor::Start;
};

struct ChartDrawing {
    double width = 0;
    double height = 0;
    std::vector<ChartShape> shapes;
};

/** Lays out a chart; its axis' numbers are written in `format`'s locale. */
ChartDrawing layOutChart(const Chart& chart, double width, double height, const Formatting& format = Formatting());

/** "1.5k", "20 %", "0.25" (in Polish "1,5 tys.", "20 %", "0,25"): short tick labels. */
std::string tickLabel(double value, bool percent, const Formatting& format = Formatting());

} // namespace rapport::reports
