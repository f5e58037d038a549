#include "reports/xlsx_writer.h"

#include "reports/report_files.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <stdexcept>
#include <xlsxwriter.h>

namespace rapport::reports {

namespace {

constexpr lxw_row_t kRowsPerSheet = 1'048'576; // the format's limit, header included
constexpr std::size_t kMaxTextLength = 32'767; // characters a cell can hold
constexpr std::size_t kRowsMeasured = 2'000;   // column widths follow the first rows, not all of them

/** Display width of UTF-8 text: counts code points, not bytes, so Cyrillic names are not made too wide. */
std::size_t codePoints(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/** Cuts UTF-8 text to at most `limit` code points without splitting a character. */
std::string cutToCodePoints(const std::string& text, std::size_t limit) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (seen == limit) {
                return text.substr(0, i);
            }
            ++seen;
        }
    }
    return text;
}

double typicalWidth(CellType type) {
    switch (type) {
    case CellType::Date:
        return 11;
    case CellType::Money:
        return 13;
    case CellType::Percent:
        return 8;
    default:
        return 6;
    }
}

} // namespace

struct XlsxWorkbook::State {
    std::string path;
    std::string partial;
    lxw_workbook* workbook = nullptr;
    lxw_format* header = nullptr;
    lxw_format* money = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* date = nullptr;
    lxw_format* decimal = nullptr; // a Quantity in a column of another type
    std::string tmpdir;
    // the sheet being written
    lxw_worksheet* sheet = nullptr;
    std::string id;
    std::vector<Column> columns;
    std::vector<double> widths;
    lxw_row_t row = 0;
    int part = 1;
    std::size_t rowsInTable = 0;
    std::int64_t truncated = 0;
    std::vector<std::string> sheetNames;

    void check(lxw_error error, const char* what) const {
        if (error != LXW_NO_ERROR) {
            throw std::runtime_error(path + ": cannot " + what + ": " + lxw_strerror(error));
        }
    }

    lxw_format* formatFor(CellType type) const {
        switch (type) {
        case CellType::Money:
            return money;
        case CellType::Percent:
            return percent;
        case CellType::Integer:
        case CellType::Id:
            return integer;
        case CellType::Date:
            return date;
        default:
            return nullptr;
        }
    }

    void openSheet() {
        std::string name = sheetName(id, part);
        for (int suffix = 2; std::find(sheetNames.begin(), sheetNames.end(), name) != sheetNames.end(); ++suffix) {
            name = sheetName(id + "_" + std::to_string(suffix), part);
        }
        sheetNames.push_back(name);
        sheet = workbook_add_worksheet(workbook, name.c_str());
        if (sheet == nullptr) {
            throw std::runtime_error(path + ": cannot add the sheet " + name);
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].title.c_str(), header),
                  "write a header");
        }
        worksheet_freeze_panes(sheet, 1, 0);
        row = 1;
    }

    void closeSheet() {
        if (sheet == nullptr) {
            return;
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double width = std::clamp(widths[c] + 2, 6.0, 60.0);
            check(worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width,
                                       formatFor(columns[c].type)),
                  "set a column width");
        }
        if (!columns.empty()) {
            check(worksheet_autofilter(sheet, 0, 0, row - 1, static_cast<lxw_col_t>(columns.size() - 1)),
                  "add the autofilter");
        }
        sheet = nullptr;
    }
};

std::string sheetName(const std::string& wanted, int part) {
    std::string name;
    for (const char c : wanted) {
        name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
    }
    const std::string suffix = part > 1 ? " (" + std::to_string(part) + ")" : "";
    name = cutToCodePoints(name, 31 - suffix.size());
    return (name.empty() ? std::string("Sheet") : name) + suffix;
}

XlsxWorkbook::XlsxWorkbook(std::string path)
    : m_state(std::make_unique<State>()) {
    m_state->path = std::move(path);
    m_state->partial = m_state->path + ".partial";
    // The temporary row files go beside the output, not to /tmp, which may be a small RAM disk.
    m_state->tmpdir = std::filesystem::absolute(m_state->path).parent_path().string();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_state->tmpdir.data();
    options.use_zip64 = LXW_TRUE; // a million-row sheet passes the 4 GB the plain zip format allows uncompressed
    m_state->workbook = workbook_new_opt(m_state->partial.c_str(), &options);
    if (m_state->workbook == nullptr) {
        throw std::runtime_error(m_state->path + ": cannot start the workbook");
    }
    auto* workbook = m_state->workbook;
    m_state->header = workbook_add_format(workbook);
    format_set_bold(m_state->header);
    format_set_bg_color(m_state->header, 0xDCE6F1);
    format_set_bottom(m_state->header, LXW_BORDER_THIN);
    format_set_text_wrap(m_state->header);
    format_set_align(m_state->header, LXW_ALIGN_VERTICAL_TOP);
    m_state->money = workbook_add_format(workbook);
    format_set_num_format(m_state->money, "#,##0.00");
    m_state->percent = workbook_add_format(workbook);
    format_set_num_format(m_state->percent, "0.0%");
    m_state->integer = workbook_add_format(workbook);
    format_set_num_format(m_state->integer, "0");
    m_state->date = workbook_add_format(workbook);
    format_set_num_format(m_state->date, "yyyy-mm-dd");
    m_state->decimal = workbook_add_format(workbook);
    format_set_num_format(m_state->decimal, "0.00");
}

XlsxWorkbook::~XlsxWorkbook() {
    if (m_state->workbook != nullptr) { // never closed: an error happened, so leave nothing behind
        workbook_close(m_state->workbook);
        std::error_code ignored;
        std::filesystem::remove(m_state->partial, ignored);
    }
}

void XlsxWorkbook::beginTable(const std::string& name, const std::string&, const std::vector<Column>& columns) {
    auto& s = *m_state;
    s.id = name;
    s.columns = columns;
    s.widths.clear();
    for (const auto& column : columns) {
        // Header text wraps, so a long title needs only about half its length.
        s.widths.push_back(
            std::max(typicalWidth(column.type), std::min(codePoints(column.title), std::size_t{40}) * 0.6));
    }
    s.part = 1;
    s.rowsInTable = 0;
    s.openSheet();
}

void XlsxWorkbook::addRow(const std::vector<Cell>& cells) {
    auto& s = *m_state;
    if (s.row == kRowsPerSheet) {
        s.closeSheet();
        ++s.part;
        s.openSheet();
    }
    const bool measure = s.rowsInTable++ < kRowsMeasured;
    for (std::size_t c = 0; c < s.columns.size() && c < cells.size(); ++c) {
        const auto& cell = cells[c];
        const auto column = static_cast<lxw_col_t>(c);
        const auto type = s.columns[c].type;
        if (const auto* text = std::get_if<std::string>(&cell)) {
            if (text->empty()) {
                continue;
            }
            if (measure) {
                s.widths[c] = std::max(s.widths[c], static_cast<double>(codePoints(*text)));
            }
            // Bytes bound code points from above: only text longer in bytes than the limit needs counting.
            if (text->size() > kMaxTextLength && codePoints(*text) > kMaxTextLength) {
                ++s.truncated;
                const std::string cut = cutToCodePoints(*text, kMaxTextLength);
                s.check(worksheet_write_string(s.sheet, s.row, column, cut.c_str(), nullptr), "write a cell");
            } else {
                s.check(worksheet_write_string(s.sheet, s.row, column, text->c_str(), nullptr), "write a cell");
            }
        } else if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
            s.check(worksheet_write_number(s.sheet, s.row, column, static_cast<double>(*integer), s.formatFor(type)),
                    "write a cell");
            if (measure) {
                s.widths[c] = std::max(s.widths[c], static_cast<double>(std::to_string(*integer).size()));
            }
        } else if (const auto* number = std::get_if<double>(&cell)) {
            if (std::isfinite(*number)) {
                s.check(worksheet_write_number(s.sheet, s.row, column, *number, s.formatFor(type)), "write a cell");
            }
        } else if (const auto* quantity = std::get_if<Quantity>(&cell)) {
            if (std::isfinite(quantity->value)) {
                s.check(worksheet_write_number(s.sheet, s.row, column, quantity->value, s.decimal), "write a cell");
            }
        } else if (const auto* day = std::get_if<core::Date>(&cell)) {
            lxw_datetime value{day->year(), static_cast<int>(day->month()), static_cast<int>(day->day()), 0, 0, 0};
            s.check(worksheet_write_datetime(s.sheet, s.row, column, &value, s.date), "write a cell");
        }
    }
    ++s.row;
}

void XlsxWorkbook::endTable() {
    m_state->closeSheet();
}

void XlsxWorkbook::close() {
    auto& s = *m_state;
    s.closeSheet();
    errno = 0;
    const lxw_error error = workbook_close(s.workbook);
    const int systemError = errno;
    s.workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        std::error_code ignored;
        std::filesystem::remove(s.partial, ignored);
        throw std::runtime_error(systemError != 0 ? writeFailure(s.path, systemError)
                                                  : s.path + ": cannot write the workbook: " + lxw_strerror(error));
    }
    std::filesystem::rename(s.partial, s.path);
}

std::int64_t XlsxWorkbook::truncatedCells() const {
    return m_state->truncated;
}

} // namespace rapport::reports
