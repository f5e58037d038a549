#include "reports/text_table.h"

#include <algorithm>
#include <ostream>

namespace rapport::reports {

namespace {

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

std::string truncate(const std::string& text, std::size_t width) {
    if (displayWidth(text) <= width) {
        return text;
    }
    std::string result;
    std::size_t columns = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isContinuationByte(text[i]) && ++columns > width - 1) {
            break;
        }
        result += text[i];
    }
    return result + "…";
}

} // namespace

std::size_t displayWidth(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !isContinuationByte(c); }));
}

void TextTable::print(std::ostream& out) const {
    std::vector<std::size_t> widths;
    for (const auto& column : m_columns) {
        widths.push_back(displayWidth(column.title));
    }
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : m_rows) {
        std::vector<std::string> cut;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            cut.push_back(truncate(i < row.size() ? row[i] : std::string(), m_columns[i].maxWidth));
            widths[i] = std::max(widths[i], displayWidth(cut.back()));
        }
        cells.push_back(std::move(cut));
    }
    auto printRow = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const auto padding = std::string(widths[i] - displayWidth(row[i]), ' ');
            line += m_columns[i].align == Align::Right ? padding + row[i] : row[i] + padding;
            line += i + 1 < m_columns.size() ? "  " : "";
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << '\n';
    };
    std::vector<std::string> titles;
    std::vector<std::string> rules;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        titles.push_back(m_columns[i].title);
        rules.push_back(std::string(widths[i], '-'));
    }
    printRow(titles);
    printRow(rules);
    for (const auto& row : cells) {
        printRow(row);
    }
}

} // namespace rapport::reports
