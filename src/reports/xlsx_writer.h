#pragma once

#include "reports/table_writer.h"

#include <cstdint>
#include <memory>
#include <string>

namespace rapport::reports {

/**
 * An XLSX workbook written with libxlsxwriter in its constant-memory mode: each row goes to a temporary file
 * as it comes, so a million rows take megabytes, not gigabytes. Every table becomes a sheet with a bold,
 * frozen header row, an autofilter and column widths from the content; numbers, money, shares and dates are
 * typed cells, text is always a string cell (never a formula, whatever it starts with). A table longer than
 * a sheet's 1,048,576 rows continues on "id (2)", "id (3)" ...
 *
 * Nothing is visible at `path` until close() succeeds: the workbook is written beside it and renamed.
 */
class XlsxWorkbook final : public TableWriter {
public:
    explicit XlsxWorkbook(std::string path);
    ~XlsxWorkbook() override;
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    void beginTable(const std::string& name, const std::string& title, const std::vector<Column>& columns) override;
    void addRow(const std::vector<Cell>& cells) override;
    void endTable() override;

    /** Writes the file; throws std::runtime_error naming the file when libxlsxwriter cannot. */
    void close();
    /** Text cells cut to the format's 32,767 characters so far. */
    [[nodiscard]] std::int64_t truncatedCells() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ and unique within the workbook. */
std::string sheetName(const std::string& wanted, int part);

} // namespace rapport::reports
