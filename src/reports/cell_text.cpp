#include "reports/cell_text.h"

#include "core/csv.h"
#include "i18n/language.h"
#include "i18n/money_format.h"

#include <QDate>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace rapport::reports {

namespace {

double asNumber(const Cell& cell) {
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        return static_cast<double>(*i);
    }
    if (const auto* d = std::get_if<double>(&cell)) {
        return *d;
    }
    if (const auto* q = std::get_if<Quantity>(&cell)) {
        return q->value;
    }
    return 0;
}

void appendFixedDecimals(std::string& out, double value, int decimals) {
    // std::to_chars rounds the exact binary value as printf's "%.*f" does, but always with a point: snprintf
    // followed LC_NUMERIC, which Qt sets from the environment, and wrote "12,50" under a Polish locale.
    char buffer[400]; // the longest finite double in fixed notation has 309 digits before the point
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, std::clamp(decimals, 0, 17));
    out.append(buffer, result.ptr);
}

} // namespace

std::string fixedDecimals(double value, int decimals) {
    std::string text;
    appendFixedDecimals(text, value, decimals);
    return text;
}

std::string plainText(const Cell& cell, CellType type) {
    std::string text;
    appendPlainText(text, cell, type);
    return text;
}

void appendPlainText(std::string& out, const Cell& cell, CellType type) {
    if (std::holds_alternative<std::monostate>(cell)) {
        return;
    }
    if (const auto* text = std::get_if<std::string>(&cell)) {
        out += *text;
        return;
    }
    if (const auto* date = std::get_if<core::Date>(&cell)) {
        out += date->toIso();
        return;
    }
    if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, *integer);
        out.append(buffer, result.ptr);
        return;
    }
    const double value = asNumber(cell);
    if (!std::isfinite(value)) {
        return;
    }
    if (std::holds_alternative<Quantity>(cell)) {
        core::appendCsvNumber(out, value);
        return;
    }
    switch (type) {
    case CellType::Money:
        appendFixedDecimals(out, value, 2);
        return;
    case CellType::Percent:
        appendFixedDecimals(out, value, 4);
        return;
    default:
        core::appendCsvNumber(out, value);
        return;
    }
}

Formatting::Formatting(const std::string& language, const std::string& currency)
    : m_locale(i18n::localeOfLanguage(QString::fromStdString(language)))
    , m_currency(QString::fromStdString(currency))
    // English on a system that is not English (a server's C locale, a German desktop, for which Rapport has no
    // words of its own) gets en_US's formats, whose short date "7/1/26" reads as July to some readers and January
    // to others; such reports spell the month, as the app does under the C locale. An English system keeps its
    // own format, and so does one whose language Rapport speaks: choosing English there makes en_US the default.
    , m_dateFormat(m_locale.language() == QLocale::English && QLocale().language() != QLocale::English
                       ? QStringLiteral("d MMM yyyy")
                       : m_locale.dateFormat(QLocale::ShortFormat)) {
}

std::string Formatting::money(double majorUnits) const {
    return i18n::formatMoney(majorUnits, m_currency, m_locale).toStdString();
}

std::string Formatting::percent(double share, int decimals) const {
    return (m_locale.toString(100 * share, 'f', decimals) + QStringLiteral(" %")).toStdString();
}

std::string Formatting::count(std::int64_t value) const {
    return m_locale.toString(static_cast<qlonglong>(value)).toStdString();
}

std::string Formatting::decimal(double value, int decimals) const {
    return m_locale.toString(value, 'f', decimals).toStdString();
}

std::string Formatting::date(core::Date date) const {
    const QDate day(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
    return m_locale.toString(day, m_dateFormat).toStdString();
}

std::string Formatting::cell(const Cell& cell, CellType type) const {
    if (std::holds_alternative<std::monostate>(cell)) {
        return {};
    }
    if (const auto* text = std::get_if<std::string>(&cell)) {
        return *text;
    }
    if (const auto* day = std::get_if<core::Date>(&cell)) {
        return date(*day);
    }
    const double value = asNumber(cell);
    if (!std::isfinite(value)) {
        return {};
    }
    const bool whole = std::holds_alternative<std::int64_t>(cell);
    if (std::holds_alternative<Quantity>(cell)) {
        return decimal(value, 2);
    }
    switch (type) {
    case CellType::Money:
        return money(value);
    case CellType::Percent:
        return percent(value);
    case CellType::Id:
        return whole ? std::to_string(std::get<std::int64_t>(cell)) : fixedDecimals(value, 0);
    case CellType::Integer:
        return whole ? count(std::get<std::int64_t>(cell)) : decimal(value, 0);
    default:
        return whole ? count(std::get<std::int64_t>(cell)) : decimal(value, 2);
    }
}

} // namespace rapport::reports
