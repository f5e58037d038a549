#include "io/csv_reader.h"
#include "io/importer.h"
#include "io/source_text.h"
#include "io/value_parsers.h"
#include "io/vcard_import.h"

#include <algorithm>

// How a CSV file is read before any row is imported: header, mapping, and formats decided from every row.
namespace rapport::io {

namespace {

constexpr std::size_t kSampleRows = 200;

/** Whether a value is data rather than a column name: a number, a date, an e-mail address. */
bool looksLikeData(std::string_view value) {
    value = trimmed(value);
    return value.find('@') != std::string_view::npos ||
           (!value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '/' || c == ' ' || c == '+';
           }));
}

/**
 * A first row is a header when it names a known field, when the user's corrections name one of its cells (by
 * text: a correction by column number says nothing of the first row), or when none of its cells looks like data while
 * the next row's do.
 */
bool looksLikeHeader(const ImportOptions& options, const std::vector<std::vector<std::string>>& rows) {
    const auto& first = rows.front();
    const auto guessed = mapByHeader(options.kind, first);
    if (std::any_of(guessed.fieldOfColumn.begin(), guessed.fieldOfColumn.end(),
                    [](const auto& field) { return field.has_value(); })) {
        return true;
    }
    for (const auto& [column, field] : options.corrections) {
        // "--map 4=quantity" names a column by its number: a first row with a quantity of 4 is still data.
        // (A header of small numbers, "1".."12" for months, is then decided by the rules below.)
        if (columnNumberOf(column, first.size())) {
            continue;
        }
        if (std::find(first.begin(), first.end(), column) != first.end()) {
            return true;
        }
    }
    const bool firstHasData = std::any_of(first.begin(), first.end(), looksLikeData);
    const bool secondHasData = rows.size() > 1 && std::any_of(rows[1].begin(), rows[1].end(), looksLikeData);
    return !firstHasData && secondHasData;
}

bool isDateField(std::string_view field) {
    return field == "occurred_on" || field == "acquired_on" || field == "follow_up_on" || field == "active_from" ||
           field == "active_to";
}

bool isNumberField(std::string_view field) {
    return field == "revenue" || field == "margin" || field == "acquisition_cost" || field == "gross_amount" ||
           field == "unit_price" || field == "discount";
}

std::string withThousands(std::int64_t number) {
    auto digits = std::to_string(number < 0 ? -number : number);
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return (number < 0 ? "-" : "") + digits;
}

/**
 * Decides the date order and decimal separator from every row of the file, streamed (the first rows of a
 * shop export are often all ambiguous: 1/2/2011 ... and the first 13/1/2011 comes a thousand rows later).
 * A chosen order the column contradicts is noted with the first row that does, for the import to refuse.
 */
void detectFormats(std::string_view text, const ImportOptions& options, FileLayout& layout) {
    std::vector<std::size_t> dateColumns;
    std::vector<std::size_t> numberColumns;
    std::vector<std::size_t> signColumns;
    for (std::size_t column = 0; column < layout.columns.size(); ++column) {
        const auto& field = layout.mapping.fieldOfColumn[column];
        if (field && isDateField(*field)) {
            dateColumns.push_back(column);
        } else if (field && isNumberField(*field)) {
            numberColumns.push_back(column);
        }
        if (field && (*field == "revenue" || *field == "quantity" || *field == "gross_amount")) {
            signColumns.push_back(column);
        }
    }
    layout.dateColumnsRead = !dateColumns.empty();
    layout.amountColumnsRead = !numberColumns.empty();
    std::vector<DateOrderEvidence> dates(dateColumns.size());
    DecimalEvidence decimals;
    CsvReader reader(text, layout.delimiter);
    CsvRecord record;
    if (layout.header) {
        reader.next(record);
    }
    std::int64_t row = 0;
    while (reader.next(record)) {
        ++row;
        if (!record.error.empty()) {
            continue;
        }
        for (std::size_t i = 0; i < dateColumns.size(); ++i) {
            if (dateColumns[i] < record.fields.size()) {
                dates[i].add(record.fields[dateColumns[i]], row);
            }
        }
        for (const auto column : numberColumns) {
            if (column < record.fields.size()) {
                decimals.add(record.fields[column]);
            }
        }
        for (const auto column : signColumns) {
            if (column < record.fields.size() && trimmed(record.fields[column]).starts_with('-')) {
                ++layout.negativeAmounts;
                break;
            }
        }
    }
    layout.rowsExamined = row;
    layout.decimalDecidingRows = decimals.decidingRows();
    layout.decimalSeparator = options.decimalSeparator.value_or(decimals.guess());

    // The columns together decide: one that fixes the order fixes it for all (a file has one date style).
    std::optional<DateOrder> order;
    bool anyDates = false;
    bool conflicting = false;
    for (const auto& evidence : dates) {
        const auto guess = evidence.guess();
        anyDates = anyDates || guess.anyDates;
        layout.dateDecidingRows += evidence.decidingRows();
        if (guess.order && guess.order != DateOrder::YearMonthDay) {
            conflicting = conflicting || (order && order != guess.order);
            order = guess.order;
        } else if (guess.order && !order) {
            order = guess.order;
        }
    }
    if (conflicting) {
        order.reset();
    }
    if (options.dateOrder) {
        layout.dateOrder = options.dateOrder;
        for (std::size_t i = 0; i < dates.size() && !layout.dateOrderContradiction; ++i) {
            if (const auto witness = dates[i].contradiction(*options.dateOrder)) {
                layout.dateOrderContradiction = DateOrderContradiction{
                    *options.dateOrder, witness->row,
                    dateColumns[i] + 1, layout.header ? layout.columns[dateColumns[i]] : std::string(),
                    witness->value,     dates[i].firstDayFirst() && dates[i].firstDayFirst()->row == witness->row};
            }
        }
    } else {
        layout.dateOrder = order;
        if (!order && anyDates) {
            layout.dateOrderDoubt = conflicting ? DateOrderDoubt::ColumnsDisagree : DateOrderDoubt::EveryDateAmbiguous;
        }
    }
    if (!layout.dateOrder && !anyDates) {
        layout.dateOrder = DateOrder::YearMonthDay;
    }
}

/** Settles delimiter, header, mapping and value formats from the first records of a CSV text. */
FileLayout inspectCsv(std::string_view text, const EncodingGuess& encoding, const ImportOptions& options) {
    FileLayout layout;
    layout.encoding = encoding;
    layout.delimiter = options.delimiter.value_or(detectDelimiter(text));
    CsvReader reader(text, layout.delimiter);
    CsvRecord record;
    std::vector<std::vector<std::string>> rows;
    while (rows.size() < kSampleRows + 1 && reader.next(record)) {
        if (!record.error.empty()) {
            break;
        }
        rows.emplace_back(record.fields.begin(), record.fields.end());
    }
    if (rows.empty()) {
        throw ImportError(ImportStop::Empty, {}, "the file is empty");
    }
    layout.header = options.header.value_or(looksLikeHeader(options, rows));
    if (layout.header) {
        layout.columns = rows.front();
        rows.erase(rows.begin());
        layout.mapping = mapByHeader(options.kind, layout.columns);
        for (std::size_t i = 0; i < layout.columns.size(); ++i) {
            const auto key = headerKey(layout.columns[i]);
            if (key.empty()) {
                layout.ignoredColumns.push_back({IgnoredColumn::Reason::NoHeader, i});
                continue;
            }
            for (std::size_t j = 0; j < i; ++j) {
                if (headerKey(layout.columns[j]) == key) {
                    layout.ignoredColumns.push_back({IgnoredColumn::Reason::RepeatsEarlierColumn, i, j});
                    break;
                }
            }
        }
    } else {
        const auto width = rows.front().size();
        for (std::size_t i = 0; i < width; ++i) {
            layout.columns.push_back("column " + std::to_string(i + 1));
        }
        layout.mapping.fieldOfColumn.assign(width, std::nullopt);
    }
    if (options.fieldOfEveryColumn.empty()) {
        applyCorrections(options.kind, layout.columns, options.corrections, layout.mapping);
    } else {
        if (options.fieldOfEveryColumn.size() != layout.columns.size()) {
            throw ImportError(
                ImportStop::ColumnsChanged, {},
                "the file has " + std::to_string(layout.columns.size()) + " columns where the mapping names " +
                    std::to_string(options.fieldOfEveryColumn.size()) + " (was it changed since it was read?)");
        }
        applyFieldOfEveryColumn(options.kind, options.fieldOfEveryColumn, layout.mapping);
    }
    const auto repeated = [&layout](std::size_t column) {
        return std::any_of(layout.ignoredColumns.begin(), layout.ignoredColumns.end(), [column](const auto& ignored) {
            return ignored.column == column && ignored.reason == IgnoredColumn::Reason::RepeatsEarlierColumn;
        });
    };
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
        if (!layout.mapping.fieldOfColumn[i] && !headerKey(layout.columns[i]).empty() && layout.header &&
            !isComputedColumn(options.kind, layout.columns[i]) && !repeated(i)) {
            layout.ignoredColumns.push_back({IgnoredColumn::Reason::MatchesNoField, i});
        }
    }
    layout.sampleRows.assign(rows.begin(),
                             rows.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(rows.size(), 10)));

    detectFormats(text, options, layout);
    return layout;
}

/** The field in English words, with the codes that fill it, for the command line. */
std::string requiredFieldWords(RequiredField field) {
    switch (field) {
    case RequiredField::CustomerName:
        return "the customer's name (display_name, first_name, last_name or legal_name)";
    case RequiredField::ContactPersonName:
        return "the contact person's name (name, first_name or last_name)";
    case RequiredField::Customer:
        return "the customer (customer_ref, rapport_customer_id or customer_email)";
    case RequiredField::Date:
        return "the date (occurred_on)";
    case RequiredField::EpisodeKind:
        return "the kind of episode (kind)";
    case RequiredField::Amount:
        return "the amount (revenue, unit_price or gross_amount; a quantity column multiplies unit_price)";
    }
    return {};
}

void requireColumns(const FileLayout& layout, ImportKind kind) {
    const auto missing =
        missingRequiredField(kind, [&](std::string_view field) { return layout.mapping.columnOf(field).has_value(); });
    if (!missing) {
        return;
    }
    std::string columns;
    for (const auto& c : layout.columns) {
        columns += (columns.empty() ? "" : ", ") + ("\"" + c + "\"");
    }
    throw ImportError(
        "no column holds " + requiredFieldWords(*missing) + " (the file's columns: " + columns +
        "); choose the column that holds it (in the import dialog's mapping, or with --map COLUMN=FIELD)");
}

} // namespace

std::optional<RequiredField> missingRequiredField(ImportKind kind,
                                                  const std::function<bool(std::string_view)>& mapped) {
    switch (kind) {
    case ImportKind::Customers:
    case ImportKind::VCard:
        if (!mapped("display_name") && !mapped("first_name") && !mapped("last_name") && !mapped("legal_name")) {
            return RequiredField::CustomerName;
        }
        return std::nullopt;
    case ImportKind::ContactPersons:
        if (!mapped("name") && !mapped("first_name") && !mapped("last_name")) {
            return RequiredField::ContactPersonName;
        }
        [[fallthrough]];
    case ImportKind::Episodes:
    case ImportKind::Transactions:
        // A transactions file may name its buyers only by invoice, its lines then anonymous sales.
        if (!mapped("customer_ref") && !mapped("rapport_customer_id") && !mapped("customer_email") &&
            !(kind == ImportKind::Transactions && mapped("invoice"))) {
            return RequiredField::Customer;
        }
        if (kind != ImportKind::ContactPersons && !mapped("occurred_on")) {
            return RequiredField::Date;
        }
        if (kind == ImportKind::Episodes && !mapped("kind")) {
            return RequiredField::EpisodeKind;
        }
        if (kind == ImportKind::Transactions && !mapped("revenue") && !mapped("unit_price") &&
            !mapped("gross_amount")) {
            return RequiredField::Amount;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

void checkReadable(const std::string& path, const FileLayout& layout, ImportKind kind) {
    requireColumns(layout, kind);
    if (layout.dateOrderContradiction) {
        throw ImportError::dateOrderContradicted(path,
                                                 path + ": " +
                                                     dateOrderContradictionNote(*layout.dateOrderContradiction) +
                                                     "; choose the order the file uses (dmy or mdy)",
                                                 *layout.dateOrderContradiction);
    }
    if (!layout.dateOrder) {
        throw ImportError::dateOrderUndecided(path,
                                              path + ": " +
                                                  dateOrderDoubtNote(layout.dateOrderDoubt, layout.rowsExamined) +
                                                  "; choose the order (--date-order dmy or mdy)",
                                              layout.dateOrderDoubt, layout.rowsExamined);
    }
}

FileLayout inspectFile(const std::string& path, const ImportOptions& options) {
    SourceText source(path);
    if (source.bytes().empty()) {
        throw ImportError(ImportStop::Empty, path, path + " is empty");
    }
    auto encoding = detectEncoding(source.bytes());
    if (options.encoding) {
        encoding = {*options.encoding, detectEncoding(source.bytes()).bomLength, true, 0};
    }
    const auto text = source.utf8(encoding);
    if (options.kind == ImportKind::VCard) {
        return vcardLayout(text, encoding);
    }
    try {
        return inspectCsv(text, encoding, options);
    } catch (const std::invalid_argument& e) {
        throw ImportError(ImportStop::Other, path, path + ": " + e.what());
    } catch (const ImportError& e) {
        throw e.aboutFile(path);
    }
}

ImportError ImportError::dateOrderContradicted(std::string path, const std::string& message,
                                               DateOrderContradiction contradiction) {
    ImportError error(ImportStop::DateOrderContradicted, std::move(path), message);
    error.m_contradiction = std::move(contradiction);
    return error;
}

ImportError ImportError::dateOrderUndecided(std::string path, const std::string& message, DateOrderDoubt doubt,
                                            std::int64_t rowsExamined) {
    ImportError error(ImportStop::DateOrderUndecided, std::move(path), message);
    error.m_doubt = doubt;
    error.m_rowsExamined = rowsExamined;
    return error;
}

ImportError ImportError::aboutFile(const std::string& path) const {
    ImportError error(m_stop, path, path + ": " + what(), m_systemError);
    error.m_contradiction = m_contradiction;
    error.m_doubt = m_doubt;
    error.m_rowsExamined = m_rowsExamined;
    return error;
}

std::string dateOrderContradictionNote(const DateOrderContradiction& contradiction) {
    const auto order = contradiction.chosen == DateOrder::DayMonthYear   ? "day first (dmy)"
                       : contradiction.chosen == DateOrder::MonthDayYear ? "month first (mdy)"
                                                                         : "year first (ymd)";
    return std::string("the dates were said to be ") + order + ", but row " + withThousands(contradiction.row) +
           " of column " +
           (contradiction.column.empty() ? std::to_string(contradiction.columnNumber)
                                         : "\"" + contradiction.column + "\"") +
           " has \"" + contradiction.value + "\", which is " + (contradiction.dayFirst ? "day first" : "month first");
}

std::string dateOrderDoubtNote(DateOrderDoubt doubt, std::int64_t rows) {
    switch (doubt) {
    case DateOrderDoubt::ColumnsDisagree:
        return "the date columns disagree: one puts the day first, another the month";
    case DateOrderDoubt::EveryDateAmbiguous:
        return "all " + withThousands(rows) +
               " rows have dates such as 03/04/2024 that could be day-month or month-day";
    case DateOrderDoubt::None:
        break;
    }
    return "the dates could be day-month or month-day";
}

std::string ignoredColumnNote(const FileLayout& layout, const IgnoredColumn& ignored) {
    const auto number = [](std::size_t column) { return std::to_string(column + 1); };
    const auto header = [&](std::size_t column) {
        return column < layout.columns.size() ? "\"" + layout.columns[column] + "\"" : std::string();
    };
    switch (ignored.reason) {
    case IgnoredColumn::Reason::NoHeader:
        return "column " + number(ignored.column) + " has no header and is ignored";
    case IgnoredColumn::Reason::RepeatsEarlierColumn:
        return "column " + number(ignored.column) + " " + header(ignored.column) + " repeats column " +
               number(ignored.earlierColumn) + " and is ignored";
    case IgnoredColumn::Reason::MatchesNoField:
        break;
    }
    return "column " + header(ignored.column) + " matches no field and is ignored";
}

} // namespace rapport::io
