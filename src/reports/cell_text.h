#pragma once

#include "reports/report.h"

#include <string>

namespace rapport::reports {

/** "12.35" for (12.345, 2): a number with exactly this many decimals, no digit groups. */
std::string fixedDecimals(double value, int decimals);

/** A cell as plain text for CSV: money with two decimals, shares as 0.253 (a number, not "25.3 %"), ISO dates. */
std::string plainText(const Cell& cell, CellType type);

/** A cell as a reader sees it in HTML and PDF: "12 345.67", "25.3 %", "2026-11-29"; empty cells as "". */
std::string displayText(const Cell& cell, CellType type);

} // namespace rapport::reports
