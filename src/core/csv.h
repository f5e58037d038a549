#pragma once

#include <string>
#include <string_view>

namespace rapport::core {

/**
 * One CSV text field, RFC 4180 style: quoted when it holds a comma, quote or line break. A field a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe first, so opening an export never executes what a customer typed into their name. A plain
 * decimal number ("-488.08") is left as it is: a spreadsheet reads it as a number, not a formula.
 */
std::string csvText(std::string_view text);

/** csvText appended to `out`: exports of a million rows write their fields without a string each. */
void appendCsvText(std::string& out, std::string_view text);

/** The shortest decimal text that reads back as the same double ("0.1", "25.757", "1e-07"). */
std::string csvNumber(double value);

/** csvNumber appended to `out`, formatted with std::to_chars straight into it. */
void appendCsvNumber(std::string& out, double value);

} // namespace rapport::core
