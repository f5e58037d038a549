#pragma once

#include "storage/archived_customers.h"
#include "storage/queries.h"

#include <functional>
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
/** The customers a filter selects, in id order, with what a campaign's launch decides on, in batches. */
void scanCampaignCandidates(pqxx::transaction_base& work, const CustomerFilter& filter,
                            const std::function<bool(std::span<const CampaignCandidateRow>)>& sink);

/**
 * The text search query for what a user typed: every word, split at spaces and punctuation as the documents
 * are, must prefix-match ("anna kow" -> 'anna':* & 'kow':*). Empty when nothing searchable was typed.
 */
std::string tsQueryFor(std::string_view userText);

/**
 * A whole-base scan's rows for the customers `archive` asks for: Archived adds " AND column IN (the archived)";
 * for customers in use (the default) the SQL is unchanged and archivedCustomers() gives the ids to skip.
 */
std::string archiveCondition(ArchiveFilter archive, std::string_view customerColumn);
/** The archived customers' ids when `archive` is Active, else none: what a scan in customer order skips. */
ArchivedCustomers archivedCustomers(pqxx::transaction_base& work, ArchiveFilter archive);

} // namespace rapport::storage::postgres
