#pragma once

#include "storage/archived_customers.h"
#include "storage/queries.h"

#include <functional>
#include <span>

namespace rapport::storage::sqlite {

class Database;

/**
 * One page of the customer list by keyset: "rows after (sort value, id)", a range scan on the sort
 * column's index. Empty sort values (NULL dates) come last in both orders. By name, the sort value is the name's
 * sort key in the database's collation (customer.name_sort_key), and the cursor carries that key.
 * With `plans`, how SQLite ran each query (EXPLAIN QUERY PLAN) is appended to it.
 */
CustomerPage selectCustomerPage(Database& db, const CustomerPageRequest& request,
                                std::vector<std::string>* plans = nullptr);
std::int64_t countCustomers(Database& db, const CustomerFilter& filter);
std::optional<CustomerRow> selectCustomerRow(Database& db, core::CustomerId id);
std::vector<std::string> selectFieldValues(Database& db, CustomerField field, int limit);
/** The customers a filter selects, in id order, with what a campaign's launch decides on, in batches. */
void scanCampaignCandidates(Database& db, const CustomerFilter& filter,
                            const std::function<bool(std::span<const CampaignCandidateRow>)>& sink);

/**
 * Turns what a user typed into an FTS5 query: every word must match the start of a word of the
 * customer's searchable text. Quotes keep FTS5 operators in the input from being interpreted.
 * Empty when the text has no searchable word.
 */
std::string ftsQueryFor(std::string_view userText);

/**
 * A whole-base scan's rows for the customers `archive` asks for: Archived adds the condition " AND column IN
 * (the archived)", a few rows through the customers' own index; for customers in use (the default) the SQL is
 * unchanged and archivedCustomers() gives the ids whose rows the scan skips as they come.
 */
std::string archiveCondition(ArchiveFilter archive, std::string_view customerColumn);
/** The archived customers' ids when `archive` is Active, else none: what a scan in customer order skips. */
ArchivedCustomers archivedCustomers(Database& db, ArchiveFilter archive);

} // namespace rapport::storage::sqlite
