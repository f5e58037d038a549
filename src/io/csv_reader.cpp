#include "io/csv_reader.h"

#include <algorithm>
#include <map>
#include <vector>

namespace rapport::io {

CsvReader::CsvReader(std::string_view text, char delimiter)
    : m_text(text)
    , m_delimiter(delimiter) {
}

std::string_view CsvReader::unquote(std::string_view quoted) {
    // quoted is the text between the opening and closing quote, with "" for each quote character.
    if (quoted.find('"') == std::string_view::npos) {
        return quoted;
    }
    if (m_unescapedUsed == m_unescaped.size()) {
        m_unescaped.emplace_back();
    }
    auto& target = m_unescaped[m_unescapedUsed++];
    target.clear();
    for (std::size_t i = 0; i < quoted.size(); ++i) {
        target += quoted[i];
        if (quoted[i] == '"' && i + 1 < quoted.size() && quoted[i + 1] == '"') {
            ++i;
        }
    }
    return target;
}

bool CsvReader::next(CsvRecord& record) {
    record.fields.clear();
    record.error.clear();
    m_unescapedUsed = 0;
    const std::size_t size = m_text.size();
    // Skip blank lines between records.
    while (m_position < size && (m_text[m_position] == '\n' || m_text[m_position] == '\r')) {
        if (m_text[m_position] == '\r' && m_position + 1 < size && m_text[m_position + 1] == '\n') {
            ++m_position;
        }
        ++m_position;
        ++m_line;
    }
    if (m_position >= size) {
        return false;
    }
    record.line = m_line;
    const std::size_t start = m_position;
    std::size_t i = m_position;
    for (;;) {
        // One field starts at i.
        if (i < size && m_text[i] == '"') {
            const std::size_t openLine = m_line;
            std::size_t j = i + 1;
            for (;;) {
                const auto quote = m_text.find('"', j);
                const auto stop = quote == std::string_view::npos ? size : quote;
                for (std::size_t k = j; k < stop; ++k) {
                    if (m_text[k] == '\n' || (m_text[k] == '\r' && (k + 1 >= size || m_text[k + 1] != '\n'))) {
                        ++m_line;
                    }
                }
                if (quote == std::string_view::npos) {
                    record.error = "a quote opened on line " + std::to_string(openLine) + " is never closed";
                    record.raw = m_text.substr(start);
                    record.fields.push_back(m_text.substr(i + 1));
                    m_position = size;
                    return true;
                }
                if (quote + 1 < size && m_text[quote + 1] == '"') {
                    j = quote + 2;
                    continue;
                }
                record.fields.push_back(unquote(m_text.substr(i + 1, quote - i - 1)));
                i = quote + 1;
                break;
            }
            // Text after the closing quote up to the delimiter is kept, as spreadsheets do ("a"b -> ab).
            std::size_t end = i;
            while (end < size && m_text[end] != m_delimiter && m_text[end] != '\n' && m_text[end] != '\r') {
                ++end;
            }
            if (end > i) {
                auto& last = record.fields.back();
                if (m_unescapedUsed == m_unescaped.size()) {
                    m_unescaped.emplace_back();
                }
                auto& joined = m_unescaped[m_unescapedUsed++];
                joined.assign(last);
                joined.append(m_text.substr(i, end - i));
                last = joined;
            }
            i = end;
        } else {
            std::size_t end = i;
            while (end < size && m_text[end] != m_delimiter && m_text[end] != '\n' && m_text[end] != '\r') {
                ++end;
            }
            record.fields.push_back(m_text.substr(i, end - i));
            i = end;
        }
        if (i < size && m_text[i] == m_delimiter) {
            ++i;
            if (i >= size || m_text[i] == '\n' || m_text[i] == '\r') {
                record.fields.emplace_back(); // a trailing delimiter ends with an empty field
            } else {
                continue;
            }
        }
        break;
    }
    record.raw = m_text.substr(start, i - start);
    if (i < size) {
        if (m_text[i] == '\r' && i + 1 < size && m_text[i + 1] == '\n') {
            ++i;
        }
        ++i;
        ++m_line;
    }
    m_position = i;
    return true;
}

namespace {

/** How one candidate splits the first records of a file. */
struct DelimiterFit {
    char delimiter = ',';
    bool viable = false;
    double score = 0; // agreement on the most common field count, then that count
    std::size_t modeFields = 0;
    double agreement = 0;          // the share of records with the most common field count
    bool onlyBetweenDigits = true; // every split has a digit on each side, as a decimal comma has
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

DelimiterFit fitOf(std::string_view text, char candidate) {
    DelimiterFit fit;
    fit.delimiter = candidate;
    CsvReader reader(text.substr(0, std::min<std::size_t>(text.size(), 64 * 1024)), candidate);
    CsvRecord record;
    std::map<std::size_t, int> fieldCounts;
    int records = 0;
    std::size_t firstFields = 0;
    while (records < 30 && reader.next(record)) {
        if (!record.error.empty() && reader.offset() >= text.size()) {
            break;
        }
        firstFields = records == 0 ? record.fields.size() : firstFields;
        ++fieldCounts[record.fields.size()];
        ++records;
        for (std::size_t i = 1; i < record.fields.size() && fit.onlyBetweenDigits; ++i) {
            const auto before = record.fields[i - 1];
            const auto after = record.fields[i];
            fit.onlyBetweenDigits =
                !before.empty() && isDigit(before.back()) && !after.empty() && isDigit(after.front());
        }
    }
    // A splitter that leaves the first line (the header, in every file people export) whole is not the file's:
    // in a semicolon file with decimal commas, a few broken rows would otherwise hand the vote to the comma,
    // whose count of amounts per row is steady too.
    if (records == 0 || firstFields < 2) {
        return fit;
    }
    // The most common field count, weighted by how many records agree on it.
    const auto mode = std::max_element(fieldCounts.begin(), fieldCounts.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (mode->first < 2) {
        return fit;
    }
    fit.viable = true;
    fit.modeFields = mode->first;
    fit.agreement = static_cast<double>(mode->second) / records;
    fit.score = fit.agreement * 1000 + static_cast<double>(mode->first);
    return fit;
}

} // namespace

char detectDelimiter(std::string_view text) {
    std::vector<DelimiterFit> fits;
    for (const char candidate : {',', ';', '\t'}) {
        fits.push_back(fitOf(text, candidate));
    }
    const DelimiterFit* best = nullptr;
    for (const auto& fit : fits) {
        if (fit.viable && (!best || fit.score > best->score)) {
            best = &fit;
        }
    }
    if (!best) {
        return ',';
    }
    // A comma with a digit on each side of every split is a decimal comma when another splitter, mostly steady,
    // cuts the rows into at least as many fields: a headerless ERP export ("FV/1;02.11.2026;K-1;1 250,00;300,00")
    // with a broken row or two. A file of numbers alone has no such other splitter and keeps the comma.
    if (best->delimiter == ',' && best->onlyBetweenDigits) {
        for (const auto& fit : fits) {
            if (&fit != best && fit.viable && fit.modeFields >= best->modeFields && fit.agreement >= 0.8) {
                return fit.delimiter;
            }
        }
    }
    return best->delimiter;
}

} // namespace rapport::io
