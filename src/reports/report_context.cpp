#include "reports/report_context.h"

#include "core/ladder.h"
#include "reports/cell_text.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace rapport::reports {

namespace {} // namespace

std::string nowUtc() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M UTC", &utc);
    return buffer;
}

std::vector<std::pair<std::string, std::string>> standardFacts(const analytics::BaseAnalysis& analysis,
                                                               const ReportContext& context) {
    const auto& o = context.options;
    std::vector<std::pair<std::string, std::string>> facts;
    facts.emplace_back("Period", analysis.current.from.toIso() + " to " + analysis.current.to.toIso() +
                                     " (the window; earlier history counts for value and ladder)");
    const std::string who =
        o.owner ? "the " + std::to_string(analysis.profiles.size()) + " customers of sales manager " + *o.owner +
                      " (models fitted on the whole base)"
                : "all " + std::to_string(analysis.profiles.size()) + " customers in the base, no filter";
    facts.emplace_back("Customers", who + "; " + std::to_string(analysis.activeCustomers) + " bought in the period");
    std::string model;
    if (analysis.predictions.problem.empty()) {
        model = std::string(o.model == analytics::PurchaseModel::BgNbd ? "BG/NBD" : "Pareto/NBD") +
                " and Gamma-Gamma, fitted in months; horizon " + std::to_string(o.horizonMonths) +
                " months, monthly discount " + fixedDecimals(100 * o.monthlyDiscount, 2) + " %";
    } else {
        model = "no predictions: " + analysis.predictions.problem;
    }
    facts.emplace_back("Model", model);
    if (analysis.fit.weak()) {
        std::string warning = "WEAK FIT.";
        for (const auto& line : analysis.fit.describe()) {
            warning += " " + line;
        }
        facts.emplace_back("Model fit", warning);
    }
    facts.emplace_back("Ranking", analytics::rankBasisNote(analysis.ranking.basis));
    facts.emplace_back("Ladder rules", "client from " + std::to_string(o.ladder.clientPurchaseDays) +
                                           " purchase days; supporter from mean satisfaction " +
                                           fixedDecimals(o.ladder.supporterSatisfaction, 1) + "; advocate from " +
                                           std::to_string(o.ladder.advocateReferrals) + " referral(s)");
    facts.emplace_back("Churn rules",
                       "at risk below P(alive) " + fixedDecimals(o.churn.atRiskProbabilityAlive, 2) + " or after " +
                           fixedDecimals(o.churn.atRiskIntervals, 1) + " usual intervals; lapsed after " +
                           fixedDecimals(o.churn.lapsedIntervals, 1) + " (lapsed: " +
                           analytics::lapsedDefinition(o.churn) + "; lost: " + analytics::lostDefinition() + ")");
    facts.emplace_back("Four groups",
                       "thresholds " + fixedDecimals(analysis.fourGroups.costThreshold, 2) + " per purchase and " +
                           fixedDecimals(analysis.fourGroups.frequencyThreshold, 3) + " purchases per month" +
                           (analysis.fourGroups.thresholdsAreMedians ? " (the medians)" : ""));
    facts.emplace_back("Database", context.database);
    facts.emplace_back("Made", context.madeAt + " by Rapport");
    return facts;
}

std::string customerName(const analytics::BaseAnalysis& analysis, core::CustomerId id) {
    const auto* profile = analytics::findProfile(analysis, id);
    return profile ? profile->name : "#" + std::to_string(id);
}

std::string fourGroupName(int group) {
    static const std::array<const char*, 5> names{"no purchase in the period", "1 high cost, high frequency",
                                                  "2 low cost, high frequency", "3 high cost, low frequency",
                                                  "4 low cost, low frequency"};
    return names.at(static_cast<std::size_t>(group));
}

std::string decisionText(analytics::Decision decision) {
    std::string text(analytics::toString(decision));
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

std::string stageName(core::LadderStage stage) {
    return std::string(core::toCode(stage));
}

} // namespace rapport::reports
