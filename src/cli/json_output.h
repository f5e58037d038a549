#pragma once

#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/relationship_cost.h"
#include "storage/queries.h"

#include <nlohmann/json.hpp>

namespace rapport::cli {

// JSON for scripts: enums as their codes, dates as YYYY-MM-DD, money as exact decimal strings ("12.50").
nlohmann::json toJson(const core::Customer& customer);
nlohmann::json toJson(const core::ContactPerson& person);
nlohmann::json toJson(const core::Episode& episode);
nlohmann::json toJson(const core::Task& task);
nlohmann::json toJson(const core::RelationshipCost& cost);
nlohmann::json toJson(const core::ChurnRecord& record);
nlohmann::json toJson(const storage::CustomerRow& row);

} // namespace rapport::cli
