#include "core/csv.h"

#include <charconv>
#include <cmath>

namespace rapport::core {

namespace {

/** "-488.08", "12", "0.5": a plain decimal number, which a spreadsheet reads as a number and never runs. */
bool isPlainNumber(std::string_view text) {
    std::size_t i = text.starts_with('-') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9') {
            digits = true;
        } else if (text[i] == '.' && !point && digits) {
            point = true;
        } else {
            return false;
        }
    }
    return digits && !text.ends_with('.');
}

/** A comma, quote or line break: the field must be quoted. One pass; find_first_of runs a memchr per character. */
bool needsQuotes(std::string_view text) {
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            return true;
        }
    }
    return false;
}

bool looksLikeAFormula(std::string_view text) {
    return !text.empty() &&
           (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r');
}

} // namespace

std::string csvText(std::string_view text) {
    if (isPlainNumber(text)) {
        return std::string(text); // a refund of -12.50 stays a number
    }
    std::string field;
    if (looksLikeAFormula(text)) {
        field += '\'';
    }
    field += text;
    if (!needsQuotes(field)) {
        return field;
    }
    std::string quoted = "\"";
    for (const char c : field) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

void appendCsvText(std::string& out, std::string_view text) {
    if (!looksLikeAFormula(text) && !needsQuotes(text)) {
        out += text; // nothing to guard or quote: what most names and ids are
        return;
    }
    out += csvText(text);
}

std::string csvNumber(double value) {
    std::string text;
    appendCsvNumber(text, value);
    return text;
}

void appendCsvNumber(std::string& out, double value) {
    if (!std::isfinite(value)) {
        return; // an empty cell rather than "nan", which spreadsheets read as text
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

} // namespace rapport::core
