#pragma once

#include "storage/queries.h"

#include <span>

namespace rapport::storage::sqlite {

class Database;

/**
 * One page of the customer list by keyset: "rows after (sort value, id)", a range scan on the sort
 * column's index. Empty sort values (NULL dates) sort first ascending and last descending.
 */
CustomerPage selectCustomerPage(Database& db, const CustomerPageRequest& request);
std::int64_t countCustomers(Database& db, const CustomerFilter& filter);
std::optional<CustomerRow> selectCustomerRow(Database& db, core::CustomerId id);
/** Writes scores; the caller holds the transaction. */
void storeCustomerScores(Database& db, std::span<const CustomerScore> scores);
std::vector<std::string> selectFieldValues(Database& db, CustomerField field, int limit);

/**
 * Turns what a user typed into an FTS5 query: every word must match the start of a word of the
 * customer's searchable text. Quotes keep FTS5 operators in the input from being interpreted.
 * Empty when the text has no searchable word.
 */
std::string ftsQueryFor(std::string_view userText);

/**
 * The condition, " AND ...", that keeps the rows of a whole-base scan to the customers `archive` asks for; empty
 * for all. `customerColumn` names the customer of the scanned row. The archived customers' ids are read once
 * from their partial index into a small lookup table, so a scan keeps its index and its order.
 */
std::string archiveCondition(ArchiveFilter archive, std::string_view customerColumn);

} // namespace rapport::storage::sqlite
