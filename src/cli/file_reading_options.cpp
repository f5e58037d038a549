#include "cli/file_reading_options.h"

#include <CLI/CLI.hpp>
#include <stdexcept>

namespace rapport::cli {

namespace {

template <typename Enum> std::optional<Enum> optionalCode(const std::string& text) {
    if (text.empty()) {
        return std::nullopt;
    }
    return core::fromCode<Enum>(text);
}

} // namespace

void FileReadingArguments::addTo(CLI::App& command) {
    command.add_option("--map", map, "Correct the mapping: COLUMN=FIELD (header text or number; FIELD ignore)");
    command.add_option("--encoding", encoding, "utf-8, utf-16le, utf-16be, windows-1250, windows-1251, windows-1252")
        ->check(CLI::IsMember({"utf-8", "utf-16le", "utf-16be", "windows-1250", "windows-1251", "windows-1252"}));
    command.add_option("--delimiter", delimiter, "comma, semicolon or tab")
        ->check(CLI::IsMember({"comma", "semicolon", "tab", ",", ";"}));
    command.add_option("--header", header, "yes or no: whether the first row names the columns")
        ->check(CLI::IsMember({"yes", "no"}));
    command
        .add_option("--date-order", dateOrder,
                    "dmy, mdy or ymd, when the dates do not tell (a choice the file contradicts is refused)")
        ->check(CLI::IsMember({"dmy", "mdy", "ymd"}));
    command.add_option("--decimal", decimal, "point or comma")->check(CLI::IsMember({"point", "comma"}));
    command
        .add_option("--anonymous-ids", anonymousIds,
                    "Transactions: customer values that mean no customer, replacing the defaults (empty, (blank), "
                    "0, N/A, guest, unknown, ... in five languages); comma-separated")
        ->delimiter(',');
}

void FileReadingArguments::applyTo(io::ImportOptions& options) const {
    options.encoding = optionalCode<io::TextEncoding>(encoding);
    options.dateOrder = optionalCode<io::DateOrder>(dateOrder);
    options.decimalSeparator = optionalCode<io::DecimalSeparator>(decimal);
    if (!delimiter.empty()) {
        options.delimiter = delimiter == "tab" ? '\t' : (delimiter == "semicolon" || delimiter == ";") ? ';' : ',';
    }
    if (!header.empty()) {
        options.header = header == "yes";
    }
    if (!anonymousIds.empty()) {
        options.anonymousCustomerValues = anonymousIds;
        options.anonymousCustomerValues.emplace_back(); // an empty customer value is never a customer
    }
    for (const auto& item : map) {
        const auto equals = item.rfind('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == item.size()) {
            throw std::invalid_argument("--map takes COLUMN=FIELD, not \"" + item + "\"");
        }
        options.corrections[item.substr(0, equals)] = item.substr(equals + 1);
    }
}

std::string importFieldList() {
    std::string text = "Fields a column can map to (--map COLUMN=FIELD; headers in English, Polish, Russian, "
                       "Ukrainian and Swedish are recognised):";
    for (const auto kind : {io::ImportKind::Customers, io::ImportKind::ContactPersons, io::ImportKind::Episodes,
                            io::ImportKind::Transactions}) {
        text += "\n  " + std::string(core::toCode(kind)) + ":";
        for (const auto& field : io::fieldsFor(kind)) {
            if (field.name == "ignore") {
                continue;
            }
            text += "\n    " + std::string(field.name) +
                    std::string(field.name.size() < 20 ? 20 - field.name.size() : 1, ' ') +
                    std::string(field.description);
        }
    }
    return text + "\n  ignore (any kind)       leave the column out";
}

} // namespace rapport::cli
