#pragma once

#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "io/importer.h"
#include "io/sale_assembler.h"

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** How values are read, settled once per file. */
struct ParseSettings {
    DateOrder dateOrder = DateOrder::YearMonthDay;
    DecimalSeparator decimalSeparator = DecimalSeparator::Point;
    core::Date today;
};

/** Finds the column of a field once, so a row reads its values by index. */
class ColumnIndex {
public:
    ColumnIndex(const FileLayout& layout, ImportKind kind);
    /** The column filled into `field`, or -1. */
    [[nodiscard]] int column(std::string_view field) const;
    /** The header of the column a field (or a validation field such as "emails[0]") came from. */
    [[nodiscard]] std::string headerOf(std::string_view field) const;
    /** The row's value for a field, trimmed; empty when the field is not mapped or the row is short. */
    [[nodiscard]] std::string_view value(std::span<const std::string_view> row, int column) const;

private:
    const FileLayout& m_layout;
    std::vector<std::pair<std::string, int>> m_columns; // field -> column
};

/** Collects a row's problems with the column headers they belong to. */
class ProblemList {
public:
    ProblemList(const ColumnIndex& columns, std::vector<RowProblem>& out)
        : m_columns(columns)
        , m_out(out) {}
    void add(std::string_view field, std::string_view value, std::string_view expected);
    /** core validation errors, their fields translated to the file's columns. */
    void addValidation(const std::vector<core::FieldError>& errors, std::span<const std::string_view> row);
    [[nodiscard]] bool empty() const { return m_out.empty(); }

private:
    const ColumnIndex& m_columns;
    std::vector<RowProblem>& m_out;
};

/** A customer as one row describes it, and which fields the row actually filled. */
struct ParsedCustomer {
    core::Customer customer;
    std::optional<core::CustomerId> rapportId;
    std::optional<bool> consentProcessing;
    std::optional<bool> consentMarketing;
    std::set<std::string, std::less<>> present;
};

class CustomerRowParser {
public:
    CustomerRowParser(const ColumnIndex& columns, ParseSettings settings);
    /** Reads the row's values; problems with single values go to `problems`. */
    ParsedCustomer parse(std::span<const std::string_view> row, ProblemList& problems) const;
    /** The existing customer with the row's non-empty fields applied; lists are merged, not replaced. */
    static core::Customer merged(const core::Customer& existing, const ParsedCustomer& row, core::Date today);
    /** A new customer from the row, with defaults for what it lacks. */
    static core::Customer created(const ParsedCustomer& row, core::Date today);

private:
    const ColumnIndex& m_columns;
    ParseSettings m_settings;
};

/** The customer a row of contacts, episodes or transactions belongs to. */
struct CustomerKey {
    std::string externalRef;
    std::optional<core::CustomerId> rapportId;
    std::string email;
    std::string name; // not a key: the name a customer the import creates gets, when the file gives one
    [[nodiscard]] bool empty() const { return externalRef.empty() && !rapportId && email.empty(); }
    [[nodiscard]] std::string describe() const;
};

CustomerKey readCustomerKey(const ColumnIndex& columns, std::span<const std::string_view> row, ProblemList& problems);

class ContactRowParser {
public:
    ContactRowParser(const ColumnIndex& columns, ParseSettings settings);
    core::ContactPerson parse(std::span<const std::string_view> row, ProblemList& problems) const;

private:
    const ColumnIndex& m_columns;
    ParseSettings m_settings;
};

/** Episodes (with a kind column) and transactions (purchases, or returns when negative). */
class EpisodeRowParser {
public:
    EpisodeRowParser(const ColumnIndex& columns, ParseSettings settings, bool transactions);
    core::Episode parse(std::span<const std::string_view> row, ProblemList& problems) const;

private:
    const ColumnIndex& m_columns;
    ParseSettings m_settings;
    bool m_transactions;
    int m_date, m_kind, m_channel, m_revenue, m_margin, m_satisfaction, m_critical, m_owner, m_followUpOn,
        m_followUpDone, m_notes;
};

/**
 * Transactions and line items: one sale line whose amount is the file's amount, or else quantity x unit
 * price less the discount (or the gross amount), computed exactly and rounded once, half to even, to 0.01.
 * A customer value that is a placeholder ("(blank)", "guest", "0", ... as configured) or empty makes the
 * line anonymous. The customer key is the reference, or "rapport:ID", or "email:ADDRESS".
 */
class SaleLineParser {
public:
    SaleLineParser(const ColumnIndex& columns, ParseSettings settings, std::vector<std::string> anonymousValues);
    struct Parsed {
        SaleLine line;
        bool rounded = false; // the amount or margin had digits beyond 0.01
    };
    Parsed parse(std::span<const std::string_view> row, ProblemList& problems) const;

private:
    [[nodiscard]] bool isPlaceholder(std::string_view value) const;
    std::optional<core::Money> amount(std::span<const std::string_view> row, ProblemList& problems,
                                      bool& rounded) const;

    const ColumnIndex& m_columns;
    ParseSettings m_settings;
    std::vector<std::string> m_anonymousValues; // folded
    std::vector<bool> m_anonymousLengths;       // [n]: some placeholder is n bytes long
    int m_ref, m_rapportId, m_email, m_name, m_date, m_invoice, m_revenue, m_gross, m_quantity, m_unitPrice, m_discount,
        m_cancels, m_margin, m_channel, m_notes;
};

/** The value without the apostrophe an export put before a formula-like start ("'+48 ..." -> "+48 ..."). */
std::string_view withoutFormulaGuard(std::string_view value);

/** Splits "a; b, c" lists (e-mails, phones, tags) into trimmed, non-empty items. */
std::vector<std::string> splitList(std::string_view text, std::string_view separators);

} // namespace rapport::io
