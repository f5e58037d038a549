#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/money.h"
#include "storage/errors.h"

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>

namespace rapport::storage::postgres {

// Conversions between core value types and PostgreSQL values, in one place. Dates are day numbers and money is
// minor units, as in the SQLite file, so both backends hold the same numbers.

inline std::string text(const pqxx::field& f) {
    return f.is_null() ? std::string() : std::string(f.c_str(), f.size());
}

inline std::int64_t int64(const pqxx::field& f) {
    return f.as<std::int64_t>();
}

inline std::optional<std::int64_t> optionalInt64(const pqxx::field& f) {
    return f.is_null() ? std::nullopt : std::optional<std::int64_t>(f.as<std::int64_t>());
}

inline int int32(const pqxx::field& f) {
    return f.as<int>();
}

inline double real(const pqxx::field& f) {
    return f.as<double>();
}

inline bool boolean(const pqxx::field& f) {
    return f.as<bool>();
}

inline core::Date date(const pqxx::field& f) {
    return core::Date::fromDays(f.as<std::int32_t>());
}

inline std::optional<core::Date> optionalDate(const pqxx::field& f) {
    return f.is_null() ? std::nullopt : std::optional<core::Date>(date(f));
}

inline std::optional<core::Money> optionalMoney(const pqxx::field& f) {
    return f.is_null() ? std::nullopt : std::optional<core::Money>(core::Money::fromMinor(int64(f)));
}

template <typename Enum> Enum enumField(const pqxx::field& f, const char* column) {
    const std::string code = text(f);
    if (const auto value = core::fromCode<Enum>(code)) {
        return *value;
    }
    throw StorageError("unknown value '" + code + "' in " + column);
}

template <typename Enum> std::optional<Enum> optionalEnumField(const pqxx::field& f, const char* column) {
    return f.is_null() ? std::nullopt : std::optional<Enum>(enumField<Enum>(f, column));
}

template <typename Enum> std::string code(Enum value) {
    return std::string(core::toCode(value));
}

template <typename Enum> std::optional<std::string> optionalCode(const std::optional<Enum>& value) {
    return value ? std::optional<std::string>(code(*value)) : std::nullopt;
}

inline std::optional<std::int32_t> optionalDays(const std::optional<core::Date>& value) {
    return value ? std::optional<std::int32_t>(value->days()) : std::nullopt;
}

inline std::optional<std::int64_t> optionalMinor(const std::optional<core::Money>& value) {
    return value ? std::optional<std::int64_t>(value->minor()) : std::nullopt;
}

/** An id to insert, or NULL for 0 ("not stored yet") so that the identity column assigns the next one. */
inline std::optional<std::int64_t> optionalId(std::int64_t id) {
    return id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

} // namespace rapport::storage::postgres
