#pragma once

#include "core/dense_id_map.h"
#include "core/flat_string_map.h"
#include "io/importer.h"
#include "io/row_parsers.h"
#include "io/sale_assembler.h"
#include "storage/bulk_writer.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::io {

/** Does the work of one import over rows of text, whatever file they came from. */
class ImportRun {
public:
    /** Rejects a row found wanting after it was read: the lines of a sale whose customer cannot be found. */
    using LateReject =
        std::function<void(std::vector<RowProblem>, std::int64_t row, std::size_t line, std::string_view raw)>;

    ImportRun(storage::BulkWriter& writer, const FileLayout& layout, const ImportOptions& options, ImportReport& report,
              LateReject lateReject = {});

    /** Sends what is still being assembled (the last invoice) to the database; call once after the last row. */
    void finish();

    /** Imports one row; returns the problems that reject it (empty when it went in). */
    std::vector<RowProblem> row(std::span<const std::string_view> fields, std::int64_t rowNumber, std::size_t line = 0,
                                std::string_view raw = {});

private:
    std::string columnField(std::size_t column) const;

    void noteDuplicate(core::CustomerId id, std::int64_t rowNumber, std::string_view how);

    void customerRow(std::span<const std::string_view> fields, std::int64_t rowNumber, ProblemList& problems);

    std::optional<core::CustomerId> resolveCustomer(const CustomerKey& key, core::Date firstSeen,
                                                    ProblemList& problems);

    // A customer the file names but the base lacks (createMissingCustomers): named `fileName` when the file gives
    // a valid one, else as `created` has it; stored, counted and noted for the acquisition date finish() settles.
    // A key validation refuses becomes the row's problem under `field`.
    std::optional<core::CustomerId> createCustomer(core::Customer created, std::string_view fileName,
                                                   core::Date firstSeen, std::string_view field,
                                                   const std::string& value, ProblemList& problems);

    void contactRow(std::span<const std::string_view> fields, ProblemList& problems);

    void episodeRow(std::span<const std::string_view> fields, ProblemList& problems);

    void saleRow(std::span<const std::string_view> fields, std::int64_t rowNumber, std::size_t line,
                 std::string_view raw, ProblemList& problems);

    void rejectSale(const Sale& sale, const std::vector<RowProblem>& problems);

    static CustomerKey keyOf(std::string_view customer);

    /** Writes one assembled sale; returns the purchase's episode id so a later cancellation can name it. */
    std::optional<std::int64_t> storeSale(const Sale& sale);

    void storeAnonymousSale(const Sale& sale, ProblemList& problems);

    /**
     * A re-import recognises its rows: the n-th row equal to an episode stored before this import is already
     * in the base when at least n such episodes were. Only customers with earlier episodes cost a query; callers
     * skip the customers this run created, which have none.
     */
    bool alreadyImported(const core::Episode& e);

    storage::BulkWriter& m_writer;
    const ImportOptions& m_options;
    ImportReport& m_report;
    ColumnIndex m_columns;
    ParseSettings m_settings;
    CustomerRowParser m_customers;
    ContactRowParser m_contacts;
    EpisodeRowParser m_episodes;
    core::FlatStringMap m_refCache; // customer ids by the file's reference: looked up on every row
    std::unordered_map<std::string, core::CustomerId> m_emailCache; // by normalised address
    /**
     * Customers this run created, with the date they were created with (the first row read for them) and the
     * earliest date any of their rows carries: a file listed newest first (Shopify's orders) would otherwise
     * date the customer's acquisition at the latest purchase. finish() moves it to the earliest.
     */
    struct CreatedCustomer {
        core::Date createdWith;
        core::Date earliest;
    };
    core::DenseIdMap<CreatedCustomer> m_created; // the ids a run creates come one after another
    /** This run's record of a customer it created, null for one the base had: one look-up serves a row's needs. */
    CreatedCustomer* createdByThisRun(core::CustomerId id);
    static void noteDate(CreatedCustomer* created, core::Date date);
    std::unordered_map<core::CustomerId, std::int64_t> m_rowOfCustomer;
    std::unordered_map<core::CustomerId, bool> m_hasEarlier;
    std::unordered_map<std::string, std::int64_t> m_occurrences;
    LateReject m_lateReject;
    std::optional<SaleLineParser> m_saleLines;
    std::optional<SaleAssembler> m_assembler;
    std::unordered_map<std::string, std::int64_t> m_anonymousOccurrences;
    std::int64_t m_linkedToTheBase = 0;
};

/** Counts a rejected row in the report and keeps its first problems, placed at the row and line. */
void recordProblems(ImportReport& report, std::vector<RowProblem>& problems, std::int64_t row, std::size_t line);

} // namespace rapport::io
