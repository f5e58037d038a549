#pragma once

#include "core/enum_names.h"

#include <string>

namespace rapport::storage {

/**
 * Every code of an enum as SQL string literals, "'a', 'b'", for a CHECK (column IN (...)): the list is generated
 * from core's names, so a table and the enum it stores cannot drift apart. Codes are fixed identifiers, never
 * input, and hold no quote.
 */
template <typename Enum> std::string sqlCodeList() {
    std::string list;
    for (const auto& [value, code] : core::EnumNames<Enum>::values) {
        if (!list.empty()) {
            list += ", ";
        }
        list += "'" + std::string(code) + "'";
    }
    return list;
}

} // namespace rapport::storage
