#include "reports/table_writer.h"

#include "core/csv.h"
#include "reports/cell_text.h"

namespace rapport::reports {

void writeTable(TableWriter& writer, const Table& table) {
    writer.beginTable(table.id, table.title, table.columns);
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
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const Cell empty;
        const auto& cell = i < cells.size() ? cells[i] : empty;
        m_out << (i == 0 ? "" : ",") << core::csvText(plainText(cell, m_columns[i].type));
    }
    m_out << "\r\n";
}

} // namespace rapport::reports
