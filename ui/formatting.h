#pragma once

#include "core/date.h"
#include "core/money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string_view>

namespace rapport::ui {

// Dates and money in the user's locale; codes of the core enums as translatable words.

QDate toQDate(core::Date date);
QString formatDate(const std::optional<core::Date>& date);
QString formatMoney(core::Money money);
inline QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
/** "point_of_sale" -> "Point of sale": readable until proper translations of each code exist. */
QString humanize(std::string_view code);

} // namespace rapport::ui
