#pragma once

#include "reports/chart_layout.h"

#include <QImage>

namespace rapport::reports {

/** Draws a laid-out chart into an image `scale` times its size in points (3: sharp when printed). */
QImage paintChart(const ChartDrawing& drawing, double scale);

} // namespace rapport::reports
