#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace rapport::reports {

/** A plain aligned text table for people; scripts use --json instead. */
class TextTable {
public:
    enum class Align { Left, Right };
    struct Column {
        std::string title;
        Align align = Align::Left;
        std::size_t maxWidth = 40; // longer cells are cut with an ellipsis
    };

    explicit TextTable(std::vector<Column> columns)
        : m_columns(std::move(columns)) {}
    void addRow(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
    void print(std::ostream& out) const;

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

/** Columns a UTF-8 string takes in a terminal (code points; good enough for Latin, Cyrillic and Greek). */
std::size_t displayWidth(const std::string& text);

} // namespace rapport::reports
