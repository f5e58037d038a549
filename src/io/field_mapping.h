#pragma once

#include "core/enum_names.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** What a file holds, which decides the fields its columns can map to. */
enum class ImportKind { Customers, ContactPersons, Episodes, Transactions, VCard };

/** A field a column can fill. */
struct FieldSpec {
    std::string_view name;
    std::string_view description;            // what is expected, for messages and the mapping dialog
    std::span<const std::string_view> names; // header names that mean this field, folded and without separators
};

/** The fields of one kind of import, in the order a mapping dialog lists them. */
std::span<const FieldSpec> fieldsFor(ImportKind kind);
const FieldSpec* findField(ImportKind kind, std::string_view name);

/** Which field each column fills; an empty entry means the column is ignored. */
struct ColumnMapping {
    std::vector<std::optional<std::string>> fieldOfColumn;

    [[nodiscard]] std::optional<std::size_t> columnOf(std::string_view field) const;
};

/**
 * Maps headers to fields by name, in English, Polish, Russian, Ukrainian and Swedish ("E-mail", "Nazwisko",
 * "Телефон", "Postnummer"); case, spaces, dots, hyphens and underscores do not matter. A header naming a
 * field exactly ("display_name") always works. Each field takes the first column that names it.
 */
ColumnMapping mapByHeader(ImportKind kind, std::span<const std::string> header);

/** A column Rapport's own export writes but computes itself (revenue totals, ids): ignored without a note. */
bool isComputedColumn(ImportKind kind, std::string_view header);

/**
 * Applies the user's corrections "column=field" (column by header text or 1-based number; field "ignore"
 * drops the column). Throws std::invalid_argument naming the column or field that does not exist.
 */
void applyCorrections(ImportKind kind, std::span<const std::string> header,
                      const std::map<std::string, std::string>& corrections, ColumnMapping& mapping);

/** A correction's column given by its 1-based number within `width` columns: its 0-based index; else empty. */
std::optional<std::size_t> columnNumberOf(std::string_view column, std::size_t width);

/**
 * Sets every column's field by position (`fields[i]` for column i; "ignore" leaves it unread). `fields` has one
 * entry for each of the mapping's columns. Throws std::invalid_argument when a field does not exist or two columns
 * name one field.
 */
void applyFieldOfEveryColumn(ImportKind kind, std::span<const std::string> fields, ColumnMapping& mapping);

/** The header text reduced to what matching compares: folded case, no spaces or punctuation. */
std::string headerKey(std::string_view header);

} // namespace rapport::io

template <> struct rapport::core::EnumNames<rapport::io::ImportKind> {
    static constexpr std::array<std::pair<rapport::io::ImportKind, std::string_view>, 5> values{{
        {rapport::io::ImportKind::Customers, "customers"},
        {rapport::io::ImportKind::ContactPersons, "contacts"},
        {rapport::io::ImportKind::Episodes, "episodes"},
        {rapport::io::ImportKind::Transactions, "transactions"},
        {rapport::io::ImportKind::VCard, "vcard"},
    }};
};
