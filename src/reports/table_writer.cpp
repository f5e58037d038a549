#include "reports/table_writer.h"

#include "core/csv.h"
#include "reports/cell_text.h"

#include <QCoreApplication>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ReportFormats {
    Q_DECLARE_TR_FUNCTIONS(ReportFormats)
};

} // namespace

void writeTable(TableWriter& writer, const Table& table, const std::string& currency) {
    auto columns = table.columns;
    if (!currency.empty()) {
        for (auto& column : columns) {
            if (column.type == CellType::Money) {
                column.title =
                    utf8(ReportFormats::tr("%1 (%2)", "a money column's header and its currency: Revenue (PLN)")
                             .arg(qstring(column.title), qstring(currency)));
            }
        }
    }
    writer.beginTable(table.sheet.empty() ? table.id : table.sheet, table.title, columns);
    for (const auto& row : table.rows) {
        writer.addRow(row);
    }
    writer.endTable();
}

void CsvTableWriter::beginTable(const std::string&, const std::string&, const std::vector<Column>& columns) {
    m_columns = columns;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        m_out << (i == 0 ? "" : ",") << core::csvText(columns[i].title);
    }
    m_out << "\r\n";
}

void CsvTableWriter::addRow(const std::vector<Cell>& cells) {
    // One write per row from two buffers kept across rows: no string per cell for numbers and plain text.
    m_row.clear();
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (i > 0) {
            m_row += ',';
        }
        if (i >= cells.size()) {
            continue;
        }
        if (const auto* text = std::get_if<std::string>(&cells[i])) {
            core::appendCsvText(m_row, *text); // as appendPlainText would give it, without the copy
        } else {
            m_cell.clear();
            appendPlainText(m_cell, cells[i], m_columns[i].type);
            core::appendCsvText(m_row, m_cell);
        }
    }
    m_row += "\r\n";
    m_out.write(m_row.data(), static_cast<std::streamsize>(m_row.size()));
}

} // namespace rapport::reports
