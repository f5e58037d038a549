#pragma once

#include "core/contact_point.h"
#include "core/money.h"

#include <QString>

#include <optional>
#include <vector>

namespace rapport::ui {

// How the forms show and read what people type in one line: e-mails and phones separated by commas, amounts
// as they write them in their language.

/** "a@x.pl, b@y.pl": the values, without their labels. */
QString joinContactValues(const std::vector<core::ContactPoint>& points);
/** The values typed, keeping the label ("work") of each value that was there before. */
std::vector<core::ContactPoint> splitContactValues(const QString& text, const std::vector<core::ContactPoint>& old);
/**
 * Reads an amount as typed: "1 250,50" in a Polish locale, "1,250.50" in an English one, "1250.50" anywhere;
 * empty text is zero. Nothing when it is not an amount.
 */
std::optional<core::Money> parseTypedAmount(const QString& text);

} // namespace rapport::ui
