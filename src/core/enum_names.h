#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace rapport::core {

/**
 * The stable text code of each value of an enum, specialised next to each enum.
 *
 * These codes are what the database, the CLI and JSON use, so a code may be added but never renamed.
 */
template <typename Enum> struct EnumNames;

template <typename Enum> constexpr std::string_view toCode(Enum value) {
    for (const auto& [candidate, code] : EnumNames<Enum>::values) {
        if (candidate == value) {
            return code;
        }
    }
    return {};
}

template <typename Enum> constexpr std::optional<Enum> fromCode(std::string_view code) {
    for (const auto& [candidate, name] : EnumNames<Enum>::values) {
        if (name == code) {
            return candidate;
        }
    }
    return std::nullopt;
}

/** All codes of an enum joined by ", ", for messages that say what was expected. */
template <typename Enum> std::string allCodes() {
    std::string text;
    for (const auto& [value, code] : EnumNames<Enum>::values) {
        if (!text.empty()) {
            text += ", ";
        }
        text += code;
    }
    return text;
}

} // namespace rapport::core
