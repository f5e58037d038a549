#include "io/importer.h"

#include "core/anonymous_sale.h"
#include "core/csv.h"
#include "core/validation.h"
#include "io/csv_reader.h"
#include "io/row_parsers.h"
#include "io/sale_assembler.h"
#include "io/source_text.h"
#include "io/vcard_import.h"

#include <filesystem>
#include <fstream>
#include <unordered_map>

namespace rapport::io {

namespace {

constexpr std::size_t kSampleRows = 200;
constexpr std::int64_t kProgressEvery = 16384;
// Roughly how many bytes a CSV row takes, to estimate an import's size before reading it.
constexpr std::size_t kBytesPerRowEstimate = 40;

/**
 * Whether to drop the indexes and totals triggers for the import and rebuild them once at the end. Keeping
 * them costs an index update per index per row (about 20,000 rows/s); rebuilding costs a pass over the base.
 * Into a base without episodes that pass is cheap whenever the file is not tiny beside the customers already
 * there; a base with episodes keeps its indexes (a rebuild would reread all of them).
 */
bool deferIndexes(std::size_t textBytes, const storage::DatabaseCounts& counts) {
    const auto estimatedRows = static_cast<std::int64_t>(textBytes / kBytesPerRowEstimate);
    return counts.episodes == 0 && estimatedRows >= 1000 && estimatedRows * 4 >= counts.customers;
}

std::string describeDelimiter(char delimiter) {
    return delimiter == '\t' ? "tab" : std::string(1, delimiter);
}

/** Whether a value is data rather than a column name: a number, a date, an e-mail address. */
bool looksLikeData(std::string_view value) {
    value = trimmed(value);
    return value.find('@') != std::string_view::npos ||
           (!value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '/' || c == ' ' || c == '+';
           }));
}

/**
 * A first row is a header when it names a known field, when the user's corrections name one of its cells,
 * or when none of its cells looks like data while the next row's do.
 */
bool looksLikeHeader(const ImportOptions& options, const std::vector<std::vector<std::string>>& rows) {
    const auto& first = rows.front();
    const auto guessed = mapByHeader(options.kind, first);
    if (std::any_of(guessed.fieldOfColumn.begin(), guessed.fieldOfColumn.end(),
                    [](const auto& field) { return field.has_value(); })) {
        return true;
    }
    for (const auto& [column, field] : options.corrections) {
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
        for (std::size_t i = 0; i < dates.size() && layout.dateOrderConflict.empty(); ++i) {
            if (const auto witness = dates[i].contradiction(*options.dateOrder)) {
                layout.dateOrderConflict =
                    "the dates were said to be " +
                    std::string(*options.dateOrder == DateOrder::DayMonthYear   ? "day first (dmy)"
                                : *options.dateOrder == DateOrder::MonthDayYear ? "month first (mdy)"
                                                                                : "year first (ymd)") +
                    ", but row " + withThousands(witness->row) + " of column \"" + layout.columns[dateColumns[i]] +
                    "\" has \"" + witness->value + "\", which is " +
                    (dates[i].firstDayFirst() && dates[i].firstDayFirst()->row == witness->row ? "day first"
                                                                                               : "month first");
            }
        }
    } else {
        layout.dateOrder = order;
        if (!order && anyDates) {
            layout.dateOrderUndecided =
                conflicting ? "the date columns disagree: one puts the day first, another the month"
                            : "all " + withThousands(row) +
                                  " rows have dates such as 03/04/2024 that could be day-month or month-day";
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
        throw ImportError("the file is empty");
    }
    layout.header = options.header.value_or(looksLikeHeader(options, rows));
    if (layout.header) {
        layout.columns = rows.front();
        rows.erase(rows.begin());
        layout.mapping = mapByHeader(options.kind, layout.columns);
        for (std::size_t i = 0; i < layout.columns.size(); ++i) {
            const auto key = headerKey(layout.columns[i]);
            if (key.empty()) {
                layout.warnings.push_back("column " + std::to_string(i + 1) + " has no header and is ignored");
                continue;
            }
            for (std::size_t j = 0; j < i; ++j) {
                if (headerKey(layout.columns[j]) == key) {
                    layout.warnings.push_back("column " + std::to_string(i + 1) + " \"" + layout.columns[i] +
                                              "\" repeats column " + std::to_string(j + 1) + " and is ignored");
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
    applyCorrections(options.kind, layout.columns, options.corrections, layout.mapping);
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
        if (!layout.mapping.fieldOfColumn[i] && !headerKey(layout.columns[i]).empty() && layout.header &&
            !isComputedColumn(options.kind, layout.columns[i])) {
            layout.warnings.push_back("column \"" + layout.columns[i] + "\" matches no field and is ignored");
        }
    }
    layout.sampleRows.assign(rows.begin(),
                             rows.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(rows.size(), 10)));

    detectFormats(text, options, layout);
    return layout;
}

/** The rejects file: the original header and lines with an import_problem column, written beside and renamed. */
class RejectsFile {
public:
    RejectsFile(std::string path, bool vcard)
        : m_path(std::move(path))
        , m_vcard(vcard) {}
    ~RejectsFile() {
        if (m_out.is_open()) {
            m_out.close();
            std::error_code ignored;
            std::filesystem::remove(m_path + ".partial", ignored);
        }
    }
    void add(std::string_view header, char delimiter, std::string_view raw, const std::string& reason,
             std::size_t missingFields = 0) {
        if (m_path.empty()) {
            return;
        }
        if (!m_out.is_open()) {
            m_out.open(m_path + ".partial", std::ios::binary | std::ios::trunc);
            if (!m_out) {
                throw ImportError("cannot write the rejects file " + m_path);
            }
            if (!m_vcard && !header.empty()) {
                m_out << header << delimiter << "import_problem\r\n";
            }
        }
        if (m_vcard) {
            // The reason goes into the card as an extension property; an import ignores it.
            const auto end = raw.rfind("END:");
            m_out << raw.substr(0, end) << "X-RAPPORT-IMPORT-PROBLEM:" << reason << "\r\n"
                  << (end == std::string_view::npos ? "END:VCARD" : raw.substr(end)) << "\r\n";
        } else {
            // A short row gets empty fields first, so the reason lands in the import_problem column.
            m_out << raw << std::string(missingFields, delimiter) << delimiter << core::csvText(reason) << "\r\n";
        }
    }
    /** Renames the finished file into place; returns its path, or empty when nothing was rejected. */
    std::string finish() {
        if (!m_out.is_open()) {
            return {};
        }
        m_out.close();
        if (!m_out) {
            throw ImportError("writing the rejects file " + m_path + " failed (disk full?)");
        }
        std::filesystem::rename(m_path + ".partial", m_path);
        return m_path;
    }

private:
    std::string m_path;
    bool m_vcard;
    std::ofstream m_out;
};

std::string joinedProblems(const std::vector<RowProblem>& problems) {
    std::string text;
    for (const auto& p : problems) {
        text += (text.empty() ? "" : "; ") + p.describe();
    }
    return text;
}

/** Does the work of one import over rows of text, whatever file they came from. */
class ImportRun {
public:
    /** Rejects a row found wanting after it was read: the lines of a sale whose customer cannot be found. */
    using LateReject =
        std::function<void(std::vector<RowProblem>, std::int64_t row, std::size_t line, std::string_view raw)>;

    ImportRun(storage::BulkWriter& writer, const FileLayout& layout, const ImportOptions& options, ImportReport& report,
              LateReject lateReject = {})
        : m_writer(writer)
        , m_options(options)
        , m_report(report)
        , m_columns(layout, options.kind == ImportKind::VCard ? ImportKind::Customers : options.kind)
        , m_settings{layout.dateOrder.value_or(DateOrder::YearMonthDay), layout.decimalSeparator, core::Date::today()}
        , m_customers(m_columns, m_settings)
        , m_contacts(m_columns, m_settings)
        , m_episodes(m_columns, m_settings, options.kind == ImportKind::Transactions)
        , m_lateReject(std::move(lateReject)) {
        if (options.kind == ImportKind::Transactions) {
            m_saleLines.emplace(m_columns, m_settings, options.anonymousCustomerValues);
            m_assembler.emplace([this](const Sale& sale) { return storeSale(sale); }, layout.negativeAmounts > 0);
        }
    }

    /** Sends what is still being assembled (the last invoice) to the database; call once after the last row. */
    void finish() {
        if (m_assembler) {
            m_assembler->finish();
            m_report.sales = m_assembler->sales();
            m_report.groupedLines = m_assembler->groupedLines();
            m_report.cancellations = m_assembler->cancellations();
            m_report.linkedCancellations = m_assembler->linkedCancellations() + m_linkedToTheBase;
        }
    }

    /** Imports one row; returns the problems that reject it (empty when it went in). */
    std::vector<RowProblem> row(std::span<const std::string_view> fields, std::int64_t rowNumber, std::size_t line = 0,
                                std::string_view raw = {}) {
        std::vector<RowProblem> problems;
        ProblemList list(m_columns, problems);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (!core::isCleanText(fields[i], true)) {
                list.add(columnField(i), fields[i], "UTF-8 text without control characters (NUL, ...)");
            }
        }
        if (!problems.empty()) {
            return problems;
        }
        switch (m_options.kind) {
        case ImportKind::Customers:
        case ImportKind::VCard:
            customerRow(fields, rowNumber, list);
            break;
        case ImportKind::ContactPersons:
            contactRow(fields, list);
            break;
        case ImportKind::Episodes:
            episodeRow(fields, list);
            break;
        case ImportKind::Transactions:
            saleRow(fields, rowNumber, line, raw, list);
            break;
        }
        return problems;
    }

private:
    std::string columnField(std::size_t column) const {
        for (const auto& field : fieldsFor(m_options.kind)) {
            if (m_columns.column(field.name) == static_cast<int>(column)) {
                return std::string(field.name);
            }
        }
        return "column " + std::to_string(column + 1);
    }

    void noteDuplicate(core::CustomerId id, std::int64_t rowNumber, std::string_view how) {
        const auto [it, first] = m_rowOfCustomer.emplace(id, rowNumber);
        if (first) {
            return;
        }
        ++m_report.duplicateCount;
        if (m_report.duplicatesInFile.size() < ImportReport::kMaxListed) {
            m_report.duplicatesInFile.push_back("row " + std::to_string(rowNumber) +
                                                " describes the same customer as row " + std::to_string(it->second) +
                                                " (" + std::string(how) + ")");
        }
    }

    void customerRow(std::span<const std::string_view> fields, std::int64_t rowNumber, ProblemList& problems) {
        const auto parsed = m_customers.parse(fields, problems);
        if (!problems.empty()) {
            return;
        }
        std::optional<core::CustomerId> match;
        std::string how;
        const auto& c = parsed.customer;
        if (!c.externalRef.empty()) {
            match = m_writer.customerByExternalRef(c.externalRef);
            how = "same reference";
        }
        if (!match && parsed.rapportId) {
            // A Rapport id from another database would name someone else: only trust it with the same name.
            if (const auto existing = m_writer.customer(*parsed.rapportId);
                existing && existing->displayName == c.displayName &&
                (c.externalRef.empty() || existing->externalRef.empty())) {
                match = existing->id;
                how = "same Rapport id and name";
            }
        }
        for (std::size_t i = 0; !match && i < c.emails.size(); ++i) {
            match = m_writer.customerByEmail(c.emails[i].value);
            how = "same e-mail";
        }
        for (std::size_t i = 0; !match && i < c.phones.size(); ++i) {
            match = m_writer.customerByPhone(c.phones[i].value);
            how = "same phone";
        }
        if (!match) {
            auto created = CustomerRowParser::created(parsed, m_settings.today);
            const auto errors = core::validationErrors(created);
            if (!errors.empty()) {
                problems.addValidation(errors, fields);
                return;
            }
            const auto id = m_writer.addCustomer(created);
            m_rowOfCustomer.emplace(id, rowNumber);
            ++m_report.added;
            return;
        }
        noteDuplicate(*match, rowNumber, how);
        const auto existing = m_writer.customer(*match);
        auto updated = CustomerRowParser::merged(*existing, parsed, m_settings.today);
        if (updated == *existing) {
            ++m_report.unchanged;
            return;
        }
        const auto errors = core::validationErrors(updated);
        if (!errors.empty()) {
            problems.addValidation(errors, fields);
            return;
        }
        m_writer.updateCustomer(updated);
        ++m_report.updated;
    }

    std::optional<core::CustomerId> resolveCustomer(const CustomerKey& key, core::Date firstSeen,
                                                    ProblemList& problems) {
        if (!key.externalRef.empty()) {
            if (const auto cached = m_refCache.find(key.externalRef); cached != m_refCache.end()) {
                return cached->second;
            }
            auto id = m_writer.customerByExternalRef(key.externalRef);
            if (!id && m_options.createMissingCustomers) {
                core::Customer created;
                created.displayName = "Customer " + key.externalRef;
                created.externalRef = key.externalRef;
                created.acquiredOn = firstSeen;
                const auto errors = core::validationErrors(created);
                if (!errors.empty()) {
                    problems.add("customer_ref", key.externalRef, errors.front().message);
                    return std::nullopt;
                }
                id = m_writer.addCustomer(created);
                ++m_report.customersCreated;
            }
            if (id) {
                m_refCache.emplace(key.externalRef, *id);
                return id;
            }
        } else if (key.rapportId) {
            if (m_writer.customer(*key.rapportId)) {
                return key.rapportId;
            }
        } else if (!key.email.empty()) {
            if (auto id = m_writer.customerByEmail(key.email)) {
                return id;
            }
        }
        const auto field = !key.externalRef.empty() ? "customer_ref"
                           : key.rapportId          ? "rapport_customer_id"
                                                    : "customer_email";
        const auto value = !key.externalRef.empty() ? key.externalRef
                           : key.rapportId          ? std::to_string(*key.rapportId)
                                                    : key.email;
        problems.add(field, value,
                     "no customer in the base has it (import the customers first" +
                         std::string(m_options.kind == ImportKind::ContactPersons
                                         ? ")"
                                         : ", or allow creating missing customers)"));
        return std::nullopt;
    }

    void contactRow(std::span<const std::string_view> fields, ProblemList& problems) {
        const auto key = readCustomerKey(m_columns, fields, problems);
        auto person = m_contacts.parse(fields, problems);
        if (!problems.empty()) {
            return;
        }
        const auto customerId = resolveCustomer(key, m_settings.today, problems);
        if (!customerId) {
            return;
        }
        person.customerId = *customerId;
        for (const auto& existing : m_writer.contactPersons(*customerId)) {
            const bool sameName = foldCase(existing.name) == foldCase(person.name);
            if (!sameName) {
                continue;
            }
            auto merged = existing;
            merged.role = person.role.empty() ? merged.role : person.role;
            merged.decisionMaker = person.decisionMaker || merged.decisionMaker;
            for (const auto& e : person.emails) {
                if (std::none_of(merged.emails.begin(), merged.emails.end(),
                                 [&](const auto& p) { return foldCase(p.value) == foldCase(e.value); })) {
                    merged.emails.push_back(e);
                }
            }
            for (const auto& ph : person.phones) {
                if (std::none_of(merged.phones.begin(), merged.phones.end(), [&](const auto& p) {
                        return core::phoneDigits(p.value) == core::phoneDigits(ph.value);
                    })) {
                    merged.phones.push_back(ph);
                }
            }
            merged.activeFrom = person.activeFrom ? person.activeFrom : merged.activeFrom;
            merged.activeTo = person.activeTo ? person.activeTo : merged.activeTo;
            merged.notes = person.notes.empty() ? merged.notes : person.notes;
            if (merged == existing) {
                ++m_report.unchanged;
                return;
            }
            const auto errors = core::validationErrors(merged);
            if (!errors.empty()) {
                problems.addValidation(errors, fields);
                return;
            }
            m_writer.updateContactPerson(merged);
            ++m_report.updated;
            return;
        }
        const auto errors = core::validationErrors(person);
        if (!errors.empty()) {
            problems.addValidation(errors, fields);
            return;
        }
        m_writer.addContactPerson(person);
        ++m_report.added;
    }

    void episodeRow(std::span<const std::string_view> fields, ProblemList& problems) {
        const auto key = readCustomerKey(m_columns, fields, problems);
        auto episode = m_episodes.parse(fields, problems);
        if (!problems.empty()) {
            return;
        }
        const auto customerId = resolveCustomer(key, episode.occurredOn, problems);
        if (!customerId) {
            return;
        }
        episode.customerId = *customerId;
        const auto errors = core::validationErrors(episode);
        if (!errors.empty()) {
            problems.addValidation(errors, fields);
            return;
        }
        if (alreadyImported(episode)) {
            ++m_report.unchanged;
            return;
        }
        m_writer.addEpisode(episode);
        ++m_report.added;
    }

    void saleRow(std::span<const std::string_view> fields, std::int64_t rowNumber, std::size_t line,
                 std::string_view raw, ProblemList& problems) {
        auto parsed = m_saleLines->parse(fields, problems);
        if (!problems.empty()) {
            return;
        }
        m_report.roundedAmounts += parsed.rounded ? 1 : 0;
        if (parsed.line.customer.empty()) {
            ++m_report.anonymousRows;
            if (m_options.anonymousRows == AnonymousRows::Skip) {
                ++m_report.anonymousSkipped;
                return;
            }
        }
        parsed.line.row = rowNumber;
        parsed.line.line = line;
        parsed.line.raw = raw;
        m_assembler->add(std::move(parsed.line));
    }

    void rejectSale(const Sale& sale, const std::vector<RowProblem>& problems) {
        for (const auto* line : sale.lines) {
            m_lateReject(problems, line->row, line->line, line->raw);
        }
    }

    static CustomerKey keyOf(std::string_view customer) {
        CustomerKey key;
        if (customer.starts_with("rapport:")) {
            key.rapportId = parseInteger(customer.substr(8));
        } else if (customer.starts_with("email:")) {
            key.email = std::string(customer.substr(6));
        } else {
            key.externalRef = std::string(customer);
        }
        return key;
    }

    /** Writes one assembled sale; returns the purchase's episode id so a later cancellation can name it. */
    std::optional<std::int64_t> storeSale(const Sale& sale) {
        std::vector<RowProblem> problems;
        ProblemList list(m_columns, problems);
        if (sale.customer.empty()) {
            storeAnonymousSale(sale, list);
            if (!problems.empty()) {
                rejectSale(sale, problems);
            }
            return std::nullopt;
        }
        const auto customerId = resolveCustomer(keyOf(sale.customer), sale.date, list);
        if (!customerId) {
            rejectSale(sale, problems);
            return std::nullopt;
        }
        core::Episode episode;
        episode.customerId = *customerId;
        episode.occurredOn = sale.date;
        episode.kind = sale.cancellation ? core::EpisodeKind::Return : core::EpisodeKind::Purchase;
        episode.channel = sale.channel;
        episode.revenue = sale.revenue;
        episode.margin = sale.margin;
        episode.notes = sale.notes;
        episode.reference = sale.reference;
        episode.lineCount = sale.lineCount;
        if (sale.cancelsHandle) {
            episode.cancels = *sale.cancelsHandle;
        } else if (sale.cancellation && !sale.cancelsReference.empty()) {
            episode.cancels = m_writer.purchaseByReference(*customerId, sale.cancelsReference);
            m_linkedToTheBase += episode.cancels ? 1 : 0;
        }
        const auto errors = core::validationErrors(episode);
        if (!errors.empty()) {
            for (const auto& error : errors) {
                list.add(error.field == "revenue" ? "revenue" : "", sale.reference, error.message);
            }
            rejectSale(sale, problems);
            return std::nullopt;
        }
        if (alreadyImported(episode)) {
            ++m_report.unchanged;
            if (!sale.cancellation && !sale.reference.empty()) {
                return m_writer.purchaseByReference(*customerId, sale.reference);
            }
            return std::nullopt;
        }
        const auto id = m_writer.addEpisode(episode);
        ++m_report.added;
        return sale.cancellation ? std::nullopt : std::optional<std::int64_t>(id);
    }

    void storeAnonymousSale(const Sale& sale, ProblemList& problems) {
        core::AnonymousSale anonymous;
        anonymous.occurredOn = sale.date;
        anonymous.revenue = sale.revenue;
        anonymous.margin = sale.margin;
        anonymous.reference = sale.reference;
        anonymous.lineCount = sale.lineCount;
        anonymous.customerText = sale.placeholder;
        anonymous.channel = sale.channel;
        const auto errors = core::validationErrors(anonymous);
        if (!errors.empty()) {
            for (const auto& error : errors) {
                problems.add("", sale.reference, error.message);
            }
            return;
        }
        const std::string key = std::to_string(anonymous.occurredOn.days()) + '|' + anonymous.reference + '|' +
                                std::to_string(anonymous.revenue.minor()) + '|' +
                                (anonymous.margin ? std::to_string(anonymous.margin->minor()) : "-");
        auto& seen = m_anonymousOccurrences[key];
        ++seen;
        if (m_writer.countEarlierAnonymousSalesLike(anonymous) >= seen) {
            ++m_report.unchanged;
            return;
        }
        m_writer.addAnonymousSale(anonymous);
        ++m_report.anonymousSales;
        m_report.anonymousRevenueMinor += anonymous.revenue.minor();
    }

    /**
     * A re-import recognises its rows: the n-th row equal to an episode stored before this import is already
     * in the base when at least n such episodes were. Only customers with earlier episodes cost a query.
     */
    bool alreadyImported(const core::Episode& e) {
        auto [known, inserted] = m_hasEarlier.try_emplace(e.customerId, false);
        if (inserted) {
            known->second = m_writer.hasEarlierEpisodes(e.customerId);
        }
        if (!known->second) {
            return false;
        }
        const std::string key = std::to_string(e.customerId) + '|' + std::to_string(e.occurredOn.days()) + '|' +
                                std::string(core::toCode(e.kind)) + '|' + std::string(core::toCode(e.channel)) + '|' +
                                (e.revenue ? std::to_string(e.revenue->minor()) : "-") + '|' +
                                (e.margin ? std::to_string(e.margin->minor()) : "-") + '|' + e.reference;
        auto& seen = m_occurrences[key];
        ++seen;
        return m_writer.countEarlierEpisodesLike(e) >= seen;
    }

    storage::BulkWriter& m_writer;
    const ImportOptions& m_options;
    ImportReport& m_report;
    ColumnIndex m_columns;
    ParseSettings m_settings;
    CustomerRowParser m_customers;
    ContactRowParser m_contacts;
    EpisodeRowParser m_episodes;
    std::unordered_map<std::string, core::CustomerId> m_refCache;
    std::unordered_map<core::CustomerId, std::int64_t> m_rowOfCustomer;
    std::unordered_map<core::CustomerId, bool> m_hasEarlier;
    std::unordered_map<std::string, std::int64_t> m_occurrences;
    LateReject m_lateReject;
    std::optional<SaleLineParser> m_saleLines;
    std::optional<SaleAssembler> m_assembler;
    std::unordered_map<std::string, std::int64_t> m_anonymousOccurrences;
    std::int64_t m_linkedToTheBase = 0;
};

void recordProblems(ImportReport& report, std::vector<RowProblem>& problems, std::int64_t row, std::size_t line) {
    ++report.rejected;
    for (auto& p : problems) {
        p.row = row;
        p.line = line;
        ++report.problemCounts[(p.column.empty() ? std::string("row") : p.column) + ": " + p.expected];
        if (report.problems.size() < ImportReport::kMaxListed) {
            report.problems.push_back(p);
        }
    }
}

} // namespace

namespace {

void requireColumns(const FileLayout& layout, ImportKind kind) {
    const auto has = [&](std::string_view field) { return layout.mapping.columnOf(field).has_value(); };
    const auto refuse = [&](const std::string& what) {
        std::string columns;
        for (const auto& c : layout.columns) {
            columns += (columns.empty() ? "" : ", ") + ("\"" + c + "\"");
        }
        throw ImportError("no column holds " + what + " (the file's columns: " + columns +
                          "); name one with --map COLUMN=FIELD");
    };
    switch (kind) {
    case ImportKind::Customers:
    case ImportKind::VCard:
        if (!has("display_name") && !has("first_name") && !has("last_name") && !has("legal_name")) {
            refuse("the customer's name (display_name, first_name/last_name or legal_name)");
        }
        break;
    case ImportKind::ContactPersons:
        if (!has("name") && !has("first_name") && !has("last_name")) {
            refuse("the contact person's name (name or first_name/last_name)");
        }
        [[fallthrough]];
    case ImportKind::Episodes:
    case ImportKind::Transactions:
        if (!has("customer_ref") && !has("rapport_customer_id") && !has("customer_email") &&
            !(kind == ImportKind::Transactions && has("invoice"))) {
            refuse("the customer (customer_ref, rapport_customer_id or customer_email)");
        }
        if (kind != ImportKind::ContactPersons && !has("occurred_on")) {
            refuse("the date (occurred_on)");
        }
        if (kind == ImportKind::Episodes && !has("kind")) {
            refuse("the kind of episode (kind)");
        }
        if (kind == ImportKind::Transactions && !has("revenue") && !has("unit_price") && !has("gross_amount")) {
            refuse("the amount (revenue, or quantity and unit_price, or gross_amount)");
        }
        break;
    }
}

} // namespace

void checkReadable(const std::string& path, const FileLayout& layout, ImportKind kind) {
    requireColumns(layout, kind);
    if (!layout.dateOrderConflict.empty()) {
        throw ImportError(path + ": " + layout.dateOrderConflict + "; choose the order the file uses (dmy or mdy)");
    }
    if (!layout.dateOrder) {
        throw ImportError(path + ": " +
                          (layout.dateOrderUndecided.empty() ? std::string("the dates could be day-month or month-day")
                                                             : layout.dateOrderUndecided) +
                          "; choose the order (--date-order dmy or mdy)");
    }
}

std::vector<std::string> defaultAnonymousCustomerValues() {
    return {"",
            "(blank)",
            "blank",
            "0",
            "-",
            "n/a",
            "na",
            "none",
            "null",
            "guest",
            "unknown",
            "anonymous",
            "walk-in",
            "cash",
            "brak",
            "gość",
            "nieznany",
            "anonim",
            "klient detaliczny",
            "гость",
            "неизвестно",
            "аноним",
            "розничный покупатель",
            "гість",
            "невідомо",
            "анонім",
            "роздрібний покупець",
            "gäst",
            "okänd",
            "anonym",
            "kontantkund"};
}

std::string RowProblem::describe() const {
    std::string text = "row " + std::to_string(row) + " (line " + std::to_string(line) + ")";
    if (!column.empty()) {
        text += ", column \"" + column + "\"";
    }
    if (!value.empty()) {
        text += ", value \"" + value + "\"";
    }
    return text + ": " + expected;
}

FileLayout inspectFile(const std::string& path, const ImportOptions& options) {
    SourceText source(path);
    if (source.bytes().empty()) {
        throw ImportError(path + " is empty");
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
        throw ImportError(path + ": " + e.what());
    } catch (const ImportError& e) {
        throw ImportError(path + ": " + e.what());
    }
}

ImportReport importFile(storage::Repository& repository, const std::string& path, const ImportOptions& options) {
    if (options.kind == ImportKind::VCard) {
        return importVCardFile(repository, path, options); // cards, not rows: src/io/vcard_import.cpp
    }
    ImportReport report;
    report.layout = inspectFile(path, options);
    const auto& layout = report.layout;
    checkReadable(path, layout, options.kind);

    SourceText source(path);
    const auto text = source.utf8(layout.encoding);
    storage::BulkOptions bulk;
    bulk.deferIndexes = deferIndexes(text.size(), repository.counts());
    auto writer = repository.beginBulk(bulk);
    const bool vcard = options.kind == ImportKind::VCard;
    // A dry run writes nothing at all, not even the rejects file: its summary lists the problems.
    RejectsFile rejects(options.dryRun ? std::string() : options.rejectsPath, vcard);
    std::string_view headerRaw;
    ImportRun run(*writer, layout, options, report,
                  [&](std::vector<RowProblem> problems, std::int64_t row, std::size_t line, std::string_view raw) {
                      recordProblems(report, problems, row, line);
                      rejects.add(headerRaw, layout.delimiter, raw, joinedProblems(problems));
                  });
    ImportProgress progress;
    progress.bytesTotal = text.size();
    const auto tick = [&](std::size_t offset) {
        if (options.progress && report.rows % kProgressEvery == 0) {
            progress.rows = report.rows;
            progress.bytesRead = offset;
            if (!options.progress(progress)) {
                throw ImportCancelled();
            }
        }
    };

    { // the CSV rows
        CsvReader reader(text, layout.delimiter);
        CsvRecord record;
        if (layout.header && reader.next(record)) {
            headerRaw = record.raw;
        }
        const auto width = layout.columns.size();
        while (reader.next(record)) {
            ++report.rows;
            std::vector<RowProblem> problems;
            if (!record.error.empty()) {
                problems.push_back({0, 0, {}, {}, record.error});
            } else if (record.fields.size() < width) {
                problems.push_back({0,
                                    0,
                                    {},
                                    {},
                                    "the row has " + std::to_string(record.fields.size()) + " fields, the header " +
                                        std::to_string(width) +
                                        " (a missing delimiter, or a line break outside quotes?)"});
            } else if (record.fields.size() > width &&
                       std::any_of(record.fields.begin() + static_cast<std::ptrdiff_t>(width), record.fields.end(),
                                   [](std::string_view f) { return !trimmed(f).empty(); })) {
                problems.push_back({0,
                                    0,
                                    {},
                                    {},
                                    "the row has " + std::to_string(record.fields.size()) + " fields, the header " +
                                        std::to_string(width) + " (an unquoted " + describeDelimiter(layout.delimiter) +
                                        " inside a value?)"});
            } else {
                problems = run.row(record.fields, report.rows, record.line, record.raw);
            }
            if (!problems.empty()) {
                recordProblems(report, problems, report.rows, record.line);
                const auto missing =
                    record.error.empty() && record.fields.size() < width ? width - record.fields.size() : 0;
                rejects.add(headerRaw, layout.delimiter, record.raw, joinedProblems(problems), missing);
            }
            tick(reader.offset());
        }
    }
    run.finish();
    if (options.progress) {
        progress.rows = report.rows;
        progress.bytesRead = text.size();
        if (!options.progress(progress)) {
            throw ImportCancelled();
        }
    }
    report.rejectsPath = rejects.finish();
    if (!options.dryRun) {
        writer->commit();
        report.written = true;
    }
    return report;
}

} // namespace rapport::io
