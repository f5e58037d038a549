#pragma once

#include "core/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rapport::reports {

/**
 * How a column's values are written: a spreadsheet keeps numbers, money, shares and dates typed. Id is a whole
 * number that is a name, not a quantity (a customer id, a year): never shown with digit groups.
 */
enum class CellType { Text, Integer, Id, Number, Money, Percent, Date };

/**
 * A count or rate that stands in a column of another type, as table 7.3's "2 Purchases per year" among amounts:
 * written as a plain number with two decimals, never with the currency's sign.
 */
struct Quantity {
    double value = 0;
};

/** One value of a table; empty (monostate) where there is nothing to show. Percent cells hold shares (0.25). */
using Cell = std::variant<std::monostate, std::string, std::int64_t, double, core::Date, Quantity>;

struct Column {
    std::string title;
    CellType type = CellType::Text;
};

struct Table {
    std::string id;    // short, file-name safe and the same in every language: the CSV file's suffix
    std::string sheet; // the XLSX sheet's name in the report's language (at most 31 characters); empty: the id
    std::string title; // what a reader sees above it
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    /** PDF and HTML show at most this many rows (and say how many more the XLSX and CSV hold); 0 = all. */
    std::size_t printedRows = 0;
};

/** A chart of one or more series over the same categories; drawn as bars or as lines. */
struct Chart {
    enum class Kind { Bars, Lines };
    struct Series {
        std::string name;
        std::vector<double> values;
        bool reference = false; // a benchmark drawn dashed, not data
    };
    Kind kind = Kind::Bars;
    std::string title;
    std::vector<std::string> categories;
    std::vector<Series> series;
    bool percent = false; // values are shares, axis shows 0-100 %
};

/** A heading with what belongs under it, in reading order: paragraphs, then charts, then tables. */
struct Section {
    std::string heading;
    std::vector<std::string> paragraphs;
    std::vector<Chart> charts;
    std::vector<Table> tables;
};

/**
 * A report as a document, independent of the format it is written in. `facts` are the lines a reader needs to
 * trust the figures: period, filters, model settings, database and when it was made. Its words are in
 * `language`; the typed cells of its tables are written in that language's formats (PDF, HTML) or as plain
 * numbers with the currency in the money columns' headers (XLSX, CSV).
 */
struct Report {
    std::string title;
    std::vector<std::pair<std::string, std::string>> facts;
    std::vector<Section> sections;
    std::string language = "en"; // one of i18n::languages()
    std::string currency;        // ISO 4217 ("PLN"); empty: amounts are plain numbers
};

/** Every table of a report, in reading order. */
std::vector<const Table*> allTables(const Report& report);

} // namespace rapport::reports
