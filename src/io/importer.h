#pragma once

#include "io/field_mapping.h"
#include "io/text_encoding.h"
#include "io/value_parsers.h"
#include "storage/repository.h"

#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::io {

/** Why a file could not be imported at all, for a front end to say in its own words (what() is the CLI's English). */
enum class ImportStop : std::uint8_t {
    Other,                 // what() says it (a required column, a mapping that names no column or field)
    CannotOpen,            // systemError says why
    NotAFile,              // a directory or a device
    CannotRead,            // systemError says why
    Empty,                 // no byte, or no row that can be read
    Undecodable,           // not in the encoding chosen for it
    NoCards,               // a vCard file without one card
    ColumnsChanged,        // the mapping was made for another number of columns than the file has now
    DateOrderContradicted, // the chosen day-month order cannot read some date (see DateOrderContradiction)
    DateOrderUndecided,    // every date reads both ways and no order was chosen (see DateOrderDoubt)
    RejectsNotWritten,     // the rejects file cannot be created or written
};

/** A date that the day-month order chosen by the user cannot read. */
struct DateOrderContradiction {
    DateOrder chosen = DateOrder::DayMonthYear;
    std::int64_t row = 0;         // 1-based data row
    std::size_t columnNumber = 0; // 1-based
    std::string column;           // the column's header; empty in a file without a header
    std::string value;            // the date as the file writes it
    bool dayFirst = false;        // what the value shows: the day first, else the month
};

/** Why the dates leave the day-month order open. */
enum class DateOrderDoubt : std::uint8_t {
    None,
    ColumnsDisagree,    // one date column puts the day first, another the month
    EveryDateAmbiguous, // every date reads both ways (03/04/2024)
};

/** The whole import was refused before anything was written: unreadable file, a required column missing, ... */
class ImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    ImportError(ImportStop stop, std::string path, const std::string& message, int systemError = 0)
        : std::runtime_error(message)
        , m_stop(stop)
        , m_path(std::move(path))
        , m_systemError(systemError) {}
    [[nodiscard]] ImportStop stop() const { return m_stop; }
    /** The file it is about; empty when what() names none. */
    [[nodiscard]] const std::string& path() const { return m_path; }
    /** errno of CannotOpen and CannotRead; 0 otherwise. */
    [[nodiscard]] int systemError() const { return m_systemError; }
    /** DateOrderContradicted: the date the chosen order cannot read. */
    [[nodiscard]] const std::optional<DateOrderContradiction>& contradiction() const { return m_contradiction; }
    /** DateOrderUndecided: why the order is open, and how many rows said so. */
    [[nodiscard]] DateOrderDoubt doubt() const { return m_doubt; }
    [[nodiscard]] std::int64_t rowsExamined() const { return m_rowsExamined; }

    static ImportError dateOrderContradicted(std::string path, const std::string& message,
                                             DateOrderContradiction contradiction);
    static ImportError dateOrderUndecided(std::string path, const std::string& message, DateOrderDoubt doubt,
                                          std::int64_t rowsExamined);
    /** The same error about `path`, its message led by the path: what a file's inspection adds to its parts'. */
    [[nodiscard]] ImportError aboutFile(const std::string& path) const;

private:
    ImportStop m_stop = ImportStop::Other;
    std::string m_path;
    int m_systemError = 0;
    std::optional<DateOrderContradiction> m_contradiction;
    DateOrderDoubt m_doubt = DateOrderDoubt::None;
    std::int64_t m_rowsExamined = 0;
};

/** The user cancelled; nothing was written. */
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled()
        : std::runtime_error("import cancelled; nothing was written") {}
};

struct ImportProgress {
    std::int64_t rows = 0;
    std::size_t bytesRead = 0;
    std::size_t bytesTotal = 0;
};

/** What becomes of transaction rows without a real customer (an empty or placeholder customer value). */
enum class AnonymousRows {
    Keep, // stored as anonymous sales: in revenue totals, never a customer
    Skip, // counted and left out
};

/**
 * Customer values shop and ERP exports write where there is no customer: empty, "(blank)", "0", "N/A",
 * "guest", "unknown" and the like in the users' languages. Compared without regard to case.
 */
std::vector<std::string> defaultAnonymousCustomerValues();

/** Everything an import needs beyond the file; each empty optional is detected from the file. */
struct ImportOptions {
    ImportKind kind = ImportKind::Customers;
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;
    std::optional<bool> header;
    std::optional<DateOrder> dateOrder;
    std::optional<DecimalSeparator> decimalSeparator;
    /** The user's corrections to the mapping by header: column (text or 1-based number) -> field or "ignore". */
    std::map<std::string, std::string> corrections;
    /**
     * The field of every column by position, as the import dialog's table shows it ("ignore": none). When set it is
     * the whole mapping: neither the header's names nor `corrections` are consulted. Set `header` with it, as the
     * dialog does, so the run reads the rows as the preview did (without it the first row still decides whether it
     * is a header). A file with another number of columns is refused (ImportStop::ColumnsChanged).
     */
    std::vector<std::string> fieldOfEveryColumn;
    /** Count what would happen, write the rejects file, and roll everything back. */
    bool dryRun = false;
    /** Episodes and transactions of an unknown customer reference create that customer instead of a reject. */
    bool createMissingCustomers = false;
    /**
     * The name a created customer gets when the file gives only their reference: "%1" stands for it. The app passes
     * it in the user's language ("Klient %1"); the name can be changed on the card later.
     */
    std::string createdCustomerName = "Customer %1";
    /** Transactions: customer values that mean "no customer" (see defaultAnonymousCustomerValues). */
    std::vector<std::string> anonymousCustomerValues = defaultAnonymousCustomerValues();
    AnonymousRows anonymousRows = AnonymousRows::Keep;
    /** Where rejected rows go (the original lines plus an import_problem column); empty writes none; a dry run
     * writes none either. */
    std::string rejectsPath;
    /** Called every few thousand rows; returning false cancels. */
    std::function<bool(const ImportProgress&)> progress;
};

/** A column the import leaves unread, and why. rapport_io keeps the reason, not a sentence, so the import dialog
 * can say it in the user's language; ignoredColumnNote gives the CLI's English. */
struct IgnoredColumn {
    enum class Reason { NoHeader, RepeatsEarlierColumn, MatchesNoField };
    Reason reason = Reason::MatchesNoField;
    std::size_t column = 0;        // 0-based
    std::size_t earlierColumn = 0; // RepeatsEarlierColumn: the column whose header it repeats, 0-based
};

/** How the file was read: what a preview shows and a mapping dialog lets the user correct. */
struct FileLayout {
    EncodingGuess encoding;
    char delimiter = ',';
    bool header = true;
    std::vector<std::string> columns; // header texts, or "column 1", "column 2" ... without a header
    ColumnMapping mapping;
    std::optional<DateOrder> dateOrder; // empty when the file's dates allow both day-month orders
    DecimalSeparator decimalSeparator = DecimalSeparator::Point;
    std::vector<IgnoredColumn> ignoredColumns; // repeated or empty headers, columns nobody maps
    std::vector<std::vector<std::string>> sampleRows;
    // Detection looks at every row of the file, streamed: how many there were and how many decided.
    std::int64_t rowsExamined = 0;
    std::int64_t dateDecidingRows = 0;    // dates that fix the day-month order (ISO, or a part above 12)
    std::int64_t decimalDecidingRows = 0; // amounts that show their decimal separator
    std::int64_t negativeAmounts = 0;     // negative amounts or quantities: cancellations to link
    // Whether a mapped column held dates, or amounts, to decide from: a headerless file's columns are mapped by the
    // user after this first reading, so its formats are decided only by the run.
    bool dateColumnsRead = false;
    bool amountColumnsRead = false;
    /** Set when the chosen date order is contradicted by a date column: its first row that does. */
    std::optional<DateOrderContradiction> dateOrderContradiction;
    /** Why the dates allow both orders, when they do and none was chosen. */
    DateOrderDoubt dateOrderDoubt = DateOrderDoubt::None;
    /** A vCard file: how many cards it holds (it has no delimiter, header, columns or date order). */
    bool vcard = false;
    std::int64_t cards = 0;
};

/** One thing wrong with one row: where, which column, the value, and what was expected. */
struct RowProblem {
    std::int64_t row = 0; // 1-based data row (the header is not counted)
    std::size_t line = 0; // the line of the file the row starts on
    std::string column;   // the column's header, or empty for the row as a whole
    std::string value;    // the offending value, shortened for display
    std::string expected; // what was expected instead

    [[nodiscard]] std::string describe() const;
};

/**
 * One reason rows were rejected for: the column's header (empty for the row or card as a whole) and what was
 * expected. Kept apart, not joined into one English line, so that the app can say both in the user's language.
 */
struct ProblemKind {
    std::string column;
    std::string expected;

    auto operator<=>(const ProblemKind&) const = default;
};

/** What an import did, or (dry run) would do. */
struct ImportReport {
    FileLayout layout;
    std::int64_t rows = 0;
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0; // already in the base as the file says
    std::int64_t rejected = 0;
    std::int64_t customersCreated = 0; // by createMissingCustomers
    // Transactions: rows make sales (one per invoice, or per row without invoice numbers).
    std::int64_t sales = 0;
    std::int64_t groupedLines = 0; // rows that were lines of an invoice with more than one line
    std::int64_t cancellations = 0;
    std::int64_t linkedCancellations = 0; // linked to the purchase they cancel
    std::int64_t roundedAmounts = 0;      // rows whose amount had digits beyond 0.01, rounded half to even
    std::int64_t anonymousRows = 0;       // rows without a real customer
    std::int64_t anonymousSales = 0;      // stored (or, dry run, would be) as anonymous sales
    std::int64_t anonymousSkipped = 0;    // rows left out by choice
    std::int64_t anonymousRevenueMinor = 0;
    // vCard: rows are cards; added/updated/unchanged count customers (each once), these the contact persons.
    std::int64_t contactPersonsAdded = 0;
    std::int64_t contactPersonsUpdated = 0;
    std::int64_t contactPersonsUnchanged = 0;
    std::vector<RowProblem> problems;                  // the first kMaxListed
    std::map<ProblemKind, std::int64_t> problemCounts; // problems of each kind (a rejected row may have several)
    std::vector<std::string> duplicatesInFile;         // "row 9 repeats row 2 (same e-mail)", the first kMaxListed
    std::int64_t duplicateCount = 0;
    bool written = false;    // committed to the database
    std::string rejectsPath; // written when rows were rejected

    static constexpr std::size_t kMaxListed = 100;
};

/** Reads the start of the file and works out its encoding, delimiter, header, mapping and formats. */
FileLayout inspectFile(const std::string& path, const ImportOptions& options);

/** Why a column is not read, in English: "column 3 has no header and is ignored". */
std::string ignoredColumnNote(const FileLayout& layout, const IgnoredColumn& ignored);

/** The contradicted date in English: "the dates were said to be day first (dmy), but row 7 of column ...". */
std::string dateOrderContradictionNote(const DateOrderContradiction& contradiction);

/** Why the order is open, in English: "all 1,204 rows have dates such as 03/04/2024 that could be ...". */
std::string dateOrderDoubtNote(DateOrderDoubt doubt, std::int64_t rows);

/** What every import of a kind needs a column for: checkReadable refuses a file without one. */
enum class RequiredField {
    CustomerName,      // customers, vCards: display_name, first_name, last_name or legal_name
    ContactPersonName, // contact persons: name, first_name or last_name
    Customer,          // contact persons, episodes, transactions: customer_ref, rapport_customer_id or customer_email
    Date,              // episodes, transactions: occurred_on
    EpisodeKind,       // episodes: kind
    Amount,            // transactions: revenue, unit_price (times quantity) or gross_amount
};

/**
 * The first field the kind needs that no column fills, by `mapped` (whether a column fills a field code); nullopt
 * when there is one for each. The import dialog asks this of its mapping table before a run, to say it in the
 * user's language.
 */
std::optional<RequiredField> missingRequiredField(ImportKind kind, const std::function<bool(std::string_view)>& mapped);

/**
 * Refuses, with ImportError naming the file, a layout that cannot be read: a required column missing, a
 * chosen date order the column contradicts, or dates that allow both day-month orders in every row.
 */
void checkReadable(const std::string& path, const FileLayout& layout, ImportKind kind);

/**
 * Imports a file: every accepted row in one transaction (so a crash, a cancel or a full disk leaves the
 * database as it was), every rejected row to the rejects file. Matches customers on external reference,
 * then Rapport id with the same name, then e-mail, then phone, so importing the same file twice changes
 * nothing. A vCard file (ImportKind::VCard) goes to importVCardFile() (io/vcard_import.h): cards, not rows. Throws
 * ImportError when nothing can be imported, ImportCancelled when progress said stop, storage errors when the database
 * refuses the batch.
 */
ImportReport importFile(storage::Repository& repository, const std::string& path, const ImportOptions& options);

} // namespace rapport::io
