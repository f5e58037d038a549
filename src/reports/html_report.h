#pragma once

#include "reports/chart_layout.h"
#include "reports/report.h"

#include <string>
#include <string_view>

namespace rapport::reports {

/** Text safe inside HTML elements and attribute values. */
std::string htmlEscaped(std::string_view text);

/** One chart as an inline SVG element. */
std::string svgChart(const ChartDrawing& drawing);

/** The size charts are laid out at, in points. */
inline constexpr double kChartWidth = 420;
inline constexpr double kChartHeight = 190;

/** How charts go into the page: inline SVG for browsers, or <img src="rapport-chart:N"> for the PDF's renderer. */
enum class ChartEmbedding { Svg, ImageResources };

/**
 * The report as one self-contained HTML page (inline style and SVG charts, nothing fetched), readable in any
 * browser and printable. Charts are numbered from 0 in reading order.
 */
std::string htmlReport(const Report& report, ChartEmbedding charts = ChartEmbedding::Svg);

} // namespace rapport::reports
