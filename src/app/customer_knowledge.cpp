#include "app/customer_knowledge.h"

#include <string>

namespace rapport::app {

namespace {

nlohmann::json rowJson(const analytics::DimensionRow& row) {
    nlohmann::json json{
        {"value", row.value},
        {"customers", row.customers},
        {"revenue_minor", row.revenueMinor},
        {"margin_minor", row.marginMinor},
        {"revenue_share", row.revenueShare},
        {"four_groups",
         {{"no_purchase_in_window", row.fourGroups[0]},
          {"1", row.fourGroups[1]},
          {"2", row.fourGroups[2]},
          {"3", row.fourGroups[3]},
          {"4", row.fourGroups[4]}}},
        {"unscored", row.unscored},
        {"churn", {{"active", row.active}, {"at_risk", row.atRisk}, {"lapsed", row.lapsed}, {"lost", row.lost}}},
        {"acquisition_cost_minor", row.acquisitionCostMinor},
        {"acquisition_cost_per_customer_minor", row.acquisitionCostPerCustomer()},
        {"predicted_value_minor", row.predictedValueMinor},
        {"predicted_customers", row.predictedCustomers},
        {"value_to_cost_ratio", nullptr}};
    if (const auto ratio = row.valueToCostRatio()) {
        json["value_to_cost_ratio"] = *ratio;
    }
    return json;
}

nlohmann::json gapsJson(unsigned gaps) {
    auto json = nlohmann::json::array();
    for (const auto gap : analytics::gapsOf(gaps)) {
        json.push_back(std::string(analytics::gapCode(gap)));
    }
    return json;
}

} // namespace

analytics::KnowledgeAudit auditCustomerKnowledge(storage::Repository& repository, core::Date today, int top) {
    return analytics::auditKnowledge(repository, today, top);
}

analytics::DimensionBreakdown analyseByDimension(storage::Repository& repository, analytics::Dimension dimension,
                                                 core::Date today) {
    return analytics::breakdownBy(repository, dimension, today);
}

nlohmann::json toJson(const analytics::KnowledgeAudit& audit) {
    auto questions = nlohmann::json::array();
    int number = 1;
    for (const auto& coverage : audit.questions) {
        auto missing = nlohmann::json::array();
        for (int i = 0; i < analytics::kKnowledgeGapCount; ++i) {
            const auto count = coverage.missing[static_cast<std::size_t>(i)];
            if (count > 0) {
                const auto gap = analytics::gapAt(i);
                missing.push_back({{"code", std::string(analytics::gapCode(gap))},
                                   {"text", std::string(analytics::gapText(gap))},
                                   {"customers", count}});
            }
        }
        auto toComplete = nlohmann::json::array();
        for (const auto& customer : coverage.toComplete) {
            toComplete.push_back({{"id", customer.id},
                                  {"name", customer.name},
                                  {"value_minor", customer.valueMinor},
                                  {"missing", gapsJson(customer.gaps)}});
        }
        questions.push_back({{"number", number++},
                             {"code", std::string(analytics::questionCode(coverage.question))},
                             {"question", std::string(analytics::questionText(coverage.question))},
                             {"customers_concerned", coverage.applicable},
                             {"customers_covered", coverage.covered},
                             {"customer_share", coverage.customerShare()},
                             {"value_concerned_minor", coverage.applicableValueMinor},
                             {"value_covered_minor", coverage.coveredValueMinor},
                             {"value_share", coverage.valueShare()},
                             {"missing", missing},
                             {"complete_first", toComplete}});
    }
    return {{"customers", audit.customers},
            {"value_minor", audit.totalValueMinor},
            {"scored", audit.scored},
            {"questions", questions}};
}

nlohmann::json toJson(const analytics::DimensionBreakdown& breakdown) {
    auto rows = nlohmann::json::array();
    for (const auto& row : breakdown.rows) {
        rows.push_back(rowJson(row));
    }
    auto total = rowJson(breakdown.total);
    total.erase("value");
    return {{"by", std::string(analytics::dimensionCode(breakdown.dimension))},
            {"scored", breakdown.scored},
            {"rows", rows},
            {"total", total}};
}

} // namespace rapport::app
