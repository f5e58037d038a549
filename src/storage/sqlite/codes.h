#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/money.h"
#include "storage/errors.h"
#include "storage/sqlite/statement.h"

#include <optional>
#include <string>

namespace rapport::storage::sqlite {

// Conversions between core value types and SQLite column values, in one place.

template <typename Enum> Enum enumColumn(const Statement& s, int column, const char* field) {
    const auto text = s.textView(column);
    if (const auto value = core::fromCode<Enum>(text)) {
        return *value;
    }
    throw StorageError(std::string("unknown value '") + std::string(text) + "' in " + field);
}

template <typename Enum> std::optional<Enum> optionalEnumColumn(const Statement& s, int column, const char* field) {
    if (s.isNull(column)) {
        return std::nullopt;
    }
    return enumColumn<Enum>(s, column, field);
}

template <typename Enum> std::optional<std::string_view> optionalCode(const std::optional<Enum>& value) {
    return value ? std::optional<std::string_view>(core::toCode(*value)) : std::nullopt;
}

/** Binds a row id, or NULL for 0 ("not stored yet") so that SQLite assigns the next id. */
inline Statement& bindRowId(Statement& s, int index, std::int64_t id) {
    return id > 0 ? s.bind(index, id) : s.bindNull(index);
}

inline std::optional<std::int64_t> optionalDays(const std::optional<core::Date>& date) {
    return date ? std::optional<std::int64_t>(date->days()) : std::nullopt;
}

inline std::optional<std::int64_t> optionalMinor(const std::optional<core::Money>& money) {
    return money ? std::optional<std::int64_t>(money->minor()) : std::nullopt;
}

inline core::Date dateColumn(const Statement& s, int column) {
    return core::Date::fromDays(static_cast<std::int32_t>(s.int64(column)));
}

inline std::optional<core::Date> optionalDateColumn(const Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<core::Date>(dateColumn(s, column));
}

inline std::optional<core::Money> optionalMoneyColumn(const Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<core::Money>(core::Money::fromMinor(s.int64(column)));
}

} // namespace rapport::storage::sqlite
