#pragma once

#include "io/field_mapping.h"

#include <filesystem>
#include <map>
#include <string>

namespace rapport::io {

/** A mapping the user corrected once and saved under a name, to reuse for the next file from the same source. */
struct NamedMapping {
    ImportKind kind = ImportKind::Customers;
    std::map<std::string, std::string> columns; // header -> field (or "ignore")
};

/** Saves as <directory>/<name>.json; the name may hold letters, digits, '-', '_' and spaces only. */
void saveNamedMapping(const std::filesystem::path& directory, const std::string& name, const NamedMapping& mapping);

/** Throws std::runtime_error naming the file when it is missing or not a mapping. */
NamedMapping loadNamedMapping(const std::filesystem::path& directory, const std::string& name);

/** The mapping as corrections for every column of a layout: what to save after the user's changes. */
NamedMapping mappingOf(ImportKind kind, const std::vector<std::string>& columns, const ColumnMapping& mapping);

} // namespace rapport::io
