#pragma once

#include "storage/queries.h"

#include <pqxx/pqxx>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::storage::postgres {

// The customer list: keyset pages in any sort order, counts and filter choices, and the analysis scores.

CustomerPage selectCustomerPage(pqxx::transaction_base& work, const CustomerPageRequest& request);
std::int64_t countCustomers(pqxx::transaction_base& work, const CustomerFilter& filter);
std::optional<CustomerRow> selectCustomerRow(pqxx::transaction_base& work, core::CustomerId id);
std::vector<std::string> selectFieldValues(pqxx::transaction_base& work, CustomerField field, int limit);
void storeCustomerScores(pqxx::transaction_base& work, std::span<const CustomerScore> scores);

/**
 * The text search query for what a user typed: every word, split at spaces and punctuation as the documents
 * are, must prefix-match ("anna kow" -> 'anna':* & 'kow':*). Empty when nothing searchable was typed.
 */
std::string tsQueryFor(std::string_view userText);

/** " AND ..." keeping a whole-base scan's rows (customer in `customerColumn`) to the customers asked for. */
std::string archiveCondition(ArchiveFilter archive, std::string_view customerColumn);

} // namespace rapport::storage::postgres
