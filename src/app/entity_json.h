#pragma once

#include "core/assessment.h"
#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"
#include "storage/queries.h"
#include "storage/repository.h"

#include <nlohmann/json.hpp>

namespace rapport::app {

// JSON for scripts: enums as their codes, dates as YYYY-MM-DD, money as exact decimal strings ("12.50").
nlohmann::json toJson(const core::Customer& customer);
nlohmann::json toJson(const core::ContactPerson& person);
nlohmann::json toJson(const core::Episode& episode);
nlohmann::json toJson(const core::Task& task);
nlohmann::json toJson(const core::RelationshipCost& cost);
nlohmann::json toJson(const core::ChurnRecord& record);
nlohmann::json toJson(const core::Assessment& assessment);
nlohmann::json toJson(const core::Partnership& partnership);
nlohmann::json toJson(const storage::CustomerRow& row);

/** Every record of a list as JSON, in order: what the list commands print under their key. */
template <typename Rows> nlohmann::json toJsonArray(const Rows& rows) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& row : rows) {
        array.push_back(toJson(row));
    }
    return array;
}

/**
 * Everything Rapport holds that refers to one customer, for a data-subject access request: profile, contact
 * persons, every episode (read a page at a time), tasks, costs, churn records, assessments, a ladder stage set by
 * hand, partnerships, and the merges and erasures recorded for them. `rapport-cli gdpr export` and the app write it.
 */
nlohmann::json personalDataJson(storage::Repository& repository, const core::Customer& customer);

} // namespace rapport::app
