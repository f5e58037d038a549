#include "reports/cell_text.h"

#include "core/csv.h"

#include <cmath>
#include <cstdio>
#include <optional>

namespace rapport::reports {

namespace {

/** "1234567.5" -> "1 234 567.50": thin groups make long amounts readable without a locale. */
std::string grouped(double value, int decimals) {
    std::string text = fixedDecimals(value, decimals);
    const auto point = text.find('.');
    const std::size_t integerEnd = point == std::string::npos ? text.size() : point;
    const std::size_t integerStart = (text[0] == '-') ? 1 : 0;
    std::string result = text.substr(0, integerStart);
    for (std::size_t i = integerStart; i < integerEnd; ++i) {
        result += text[i];
        const std::size_t left = integerEnd - i - 1;
        if (left > 0 && left % 3 == 0) {
            result += ' ';
        }
    }
    return result + text.substr(integerEnd);
}

/** Empty cells, text and dates read the same in every format; numbers depend on it. */
std::optional<std::string> textOf(const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) {
        return std::string();
    }
    if (const auto* text = std::get_if<std::string>(&cell)) {
        return *text;
    }
    if (const auto* date = std::get_if<core::Date>(&cell)) {
        return date->toIso();
    }
    return std::nullopt;
}

double asNumber(const Cell& cell) {
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        return static_cast<double>(*i);
    }
    if (const auto* d = std::get_if<double>(&cell)) {
        return *d;
    }
    return 0;
}

} // namespace

std::string fixedDecimals(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string plainText(const Cell& cell, CellType type) {
    if (auto text = textOf(cell)) {
        return *std::move(text);
    }
    if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
        return std::to_string(*integer);
    }
    const double value = asNumber(cell);
    if (!std::isfinite(value)) {
        return {};
    }
    switch (type) {
    case CellType::Money:
        return fixedDecimals(value, 2);
    case CellType::Percent:
        return fixedDecimals(value, 4);
    default:
        return core::csvNumber(value);
    }
}

std::string displayText(const Cell& cell, CellType type) {
    if (auto text = textOf(cell)) {
        return *std::move(text);
    }
    const double value = asNumber(cell);
    if (!std::isfinite(value)) {
        return {};
    }
    switch (type) {
    case CellType::Money:
        return grouped(value, 2);
    case CellType::Percent:
        return fixedDecimals(100 * value, 1) + " %";
    case CellType::Integer:
        return grouped(value, 0);
    case CellType::Id:
        return fixedDecimals(value, 0);
    case CellType::Number:
        return std::holds_alternative<std::int64_t>(cell) ? grouped(value, 0) : grouped(value, 2);
    default:
        return plainText(cell, type);
    }
}

} // namespace rapport::reports
