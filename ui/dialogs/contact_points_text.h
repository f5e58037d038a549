#pragma once

#include "core/contact_point.h"

#include <QString>

#include <vector>

namespace rapport::ui {

// How the forms show and read what people type in one line: e-mails and phones separated by commas. Amounts are
// read by money_input.h.

/** "a@x.pl, b@y.pl": the values, without their labels. */
QString joinContactValues(const std::vector<core::ContactPoint>& points);
/** The values typed, keeping the label ("work") of each value that was there before. */
std::vector<core::ContactPoint> splitContactValues(const QString& text, const std::vector<core::ContactPoint>& old);

} // namespace rapport::ui
