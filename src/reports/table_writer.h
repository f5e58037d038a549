#pragma once

#include "reports/report.h"

#include <ostream>
#include <string>
#include <vector>

namespace rapport::reports {

/**
 * Receives tables a row at a time, so an export of a million customers never holds them all: begin a table,
 * add its rows in order, end it. Several tables may follow one another (a report's sheets).
 */
class TableWriter {
public:
    virtual ~TableWriter() = default;
    /** `name` names the table where the format can (an XLSX sheet); `title` is what a reader sees above it. */
    virtual void beginTable(const std::string& name, const std::string& title, const std::vector<Column>& columns) = 0;
    virtual void addRow(const std::vector<Cell>& cells) = 0;
    virtual void endTable() = 0;
};

/**
 * Writes everything a whole table holds, named by its sheet (its id where it has none). With a currency, the
 * money columns' headers say it ("Revenue (PLN)"): the cells stay plain numbers.
 */
void writeTable(TableWriter& writer, const Table& table, const std::string& currency = {});

/**
 * RFC 4180 CSV in UTF-8 with CRLF line ends: a header of the column titles, then the rows. Text that a
 * spreadsheet would run as a formula is neutralised (core::csvText); numbers stay plain numbers.
 */
class CsvTableWriter final : public TableWriter {
public:
    explicit CsvTableWriter(std::ostream& out)
        : m_out(out) {}
    void beginTable(const std::string& name, const std::string& title, const std::vector<Column>& columns) override;
    void addRow(const std::vector<Cell>& cells) override;
    void endTable() override {}

private:
    std::ostream& m_out;
    std::vector<Column> m_columns;
    std::string m_row;
    std::string m_cell;
};

} // namespace rapport::reports
