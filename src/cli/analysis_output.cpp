#include "cli/analysis_output.h"

#include "cli/output_values.h"
#include "reports/text_table.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <chrono>
#include <ostream>
#include <spdlog/spdlog.h>

namespace rapport::cli {

using reports::TextTable;

namespace {

constexpr std::array<const char*, 5> kGroupNames{"no purchase", "1 high cost, high frequency",
                                                 "2 low cost, high frequency", "3 high cost, low frequency",
                                                 "4 low cost, low frequency"};

} // namespace

void addAnalysisOptions(CLI::App& command, AnalysisArguments& arguments) {
    command.add_option("--until", arguments.until, "Observation end (default: the last purchase in the base)")
        ->check(isoDateValidator);
    command.add_option("--window-months", arguments.windowMonths, "Window for the four groups and 'active'")
        ->check(CLI::Range(1.0, 120.0))
        ->capture_default_str();
    command.add_option("--limit", arguments.limit, "Rows in lists")
        ->check(CLI::Range(1, 100'000))
        ->capture_default_str();
    command.add_flag("--json", arguments.json, "Print JSON for scripts");
}

CLI::App* addAnalysisCommand(CLI::App& app, CliContext& context, const std::string& name,
                             const std::string& description, ReportJson json, ReportText text) {
    auto arguments = std::make_shared<AnalysisArguments>();
    auto* command = app.add_subcommand(name, description);
    addAnalysisOptions(*command, *arguments);
    command->callback([&context, arguments, json, text, command] {
        if (!command->get_subcommands().empty()) {
            return; // e.g. churn record: the subcommand did the work
        }
        auto repository = context.open(Access::Read);
        const auto analysis = analytics::analyseBase(*repository, toOptions(*arguments, context));
        if (arguments->json) {
            *context.out << json(analysis, arguments->limit).dump(2) << '\n';
        } else {
            text(*context.out, analysis, arguments->limit);
        }
    });
    return command;
}

std::function<std::unique_ptr<storage::Repository>()> purchaseReader(const CliContext& context) {
    return [&context] { return context.open(Access::Read); };
}

analytics::BaseAnalysisOptions toOptions(const AnalysisArguments& arguments, const CliContext& context) {
    analytics::BaseAnalysisOptions options;
    if (!arguments.until.empty()) {
        options.until = core::Date::parseIso(arguments.until);
    }
    options.windowMonths = arguments.windowMonths;
    options.openPurchaseReader = purchaseReader(context);
    // With --verbose a slow run says where its time went: each phase's start, counted from the first.
    options.progress = [start = std::chrono::steady_clock::now(), last = -1](analytics::AnalysisPhase phase,
                                                                             std::int64_t) mutable {
        if (static_cast<int>(phase) != last) {
            last = static_cast<int>(phase);
            constexpr std::array<const char*, 4> kPhases{"purchases", "models", "profiles", "reports"};
            spdlog::info("analysis: {} from {:.3f} s", kPhases.at(static_cast<std::size_t>(last)),
                         std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        return true;
    };
    return options;
}

std::string percent(double share) {
    return fixedDecimals(100 * share, 1) + " %";
}

std::string money(double majorUnits) {
    return fixedDecimals(majorUnits, 2);
}

std::string customerLabel(const analytics::BaseAnalysis& analysis, core::CustomerId id) {
    const auto* p = analytics::findProfile(analysis, id);
    return std::to_string(id) + (p ? " " + std::string(analysis.texts.name(*p)) : std::string());
}

nlohmann::json fourGroupsJson(const analytics::BaseAnalysis& analysis, int limit) {
    const auto& r = analysis.fourGroups;
    nlohmann::json groups = nlohmann::json::array();
    for (std::size_t g = 1; g <= 4; ++g) {
        const auto& f = r.groups[g];
        std::vector<core::CustomerId> top(f.members.begin(),
                                          f.members.begin() + std::min<std::ptrdiff_t>(limit, std::ssize(f.members)));
        groups.push_back({{"group", g},
                          {"name", kGroupNames[g]},
                          {"customers", f.customers},
                          {"customer_share", f.customerShare},
                          {"revenue_share", f.revenueShare},
                          {"profit_share", f.profitShare},
                          {"average_revenue", f.averageRevenue},
                          {"top_customers", top}});
    }
    return {{"window", {{"from", analysis.current.from.toIso()}, {"to", analysis.current.to.toIso()}}},
            {"previous_window", {{"from", analysis.previous.from.toIso()}, {"to", analysis.previous.to.toIso()}}},
            {"cost_threshold", r.costThreshold},
            {"frequency_threshold_per_month", r.frequencyThreshold},
            {"thresholds", r.thresholdsAreMedians ? "medians" : "set"},
            {"buyers", r.buyers},
            {"groups", groups},
            {"movement", r.movement}};
}

void printFourGroups(std::ostream& out, const analytics::BaseAnalysis& analysis, int limit) {
    const auto& r = analysis.fourGroups;
    out << "Four groups by purchase cost and frequency (seed table 7.2), " << analysis.current.from.toIso() << " .. "
        << analysis.current.to.toIso() << "\n"
        << "  thresholds (" << (r.thresholdsAreMedians ? "medians" : "set by you") << "): " << money(r.costThreshold)
        << " per purchase, " << fixedDecimals(r.frequencyThreshold, 2) << " purchases a month; " << r.buyers
        << " buyers\n";
    TextTable table({{"Group", TextTable::Align::Left, 32},
                     {"Customers", TextTable::Align::Right},
                     {"Share", TextTable::Align::Right},
                     {"Revenue", TextTable::Align::Right},
                     {"Profit", TextTable::Align::Right},
                     {"Avg revenue", TextTable::Align::Right}});
    for (std::size_t g = 1; g <= 4; ++g) {
        const auto& f = r.groups[g];
        table.addRow({kGroupNames[g], std::to_string(f.customers), percent(f.customerShare), percent(f.revenueShare),
                      analysis.ranking.basis.marginsRecorded ? percent(f.profitShare) : "-", money(f.averageRevenue)});
    }
    table.print(out);
    if (!analysis.ranking.basis.marginsRecorded) {
        out << "  Profit: - (no purchase analysed carries a margin)\n";
    }
    out << "Movement from the previous window (rows) to this one (columns), 0 = no purchase:\n";
    TextTable moves({{"from \\ to"},
                     {"0", TextTable::Align::Right},
                     {"1", TextTable::Align::Right},
                     {"2", TextTable::Align::Right},
                     {"3", TextTable::Align::Right},
                     {"4", TextTable::Align::Right}});
    for (std::size_t g = 0; g <= 4; ++g) {
        std::vector<std::string> row{std::to_string(g)};
        for (std::size_t h = 0; h <= 4; ++h) {
            row.push_back(std::to_string(r.movement[g][h]));
        }
        moves.addRow(row);
    }
    moves.print(out);
    const auto& best = r.groups[1].members;
    if (!best.empty()) {
        out << "Group 1, highest revenue first:";
        for (std::size_t i = 0; i < best.size() && i < static_cast<std::size_t>(std::min(limit, 5)); ++i) {
            out << (i ? "; " : " ") << customerLabel(analysis, best[i]);
        }
        out << '\n';
    }
}

nlohmann::json ladderJson(const analytics::BaseAnalysis& analysis) {
    const auto& r = analysis.ladder;
    nlohmann::json stages = nlohmann::json::array();
    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        const auto stage = static_cast<core::LadderStage>(s);
        nlohmann::json entry{{"stage", core::toCode(stage)},
                             {"customers", r.customersPerStage[s]},
                             {"at_stage_when_window_opened", r.atStageWhenWindowOpened[s]},
                             {"climbed_during_window", r.climbedDuringWindow[s]},
                             {"conversion_rate", r.atStageWhenWindowOpened[s] > 0
                                                     ? nlohmann::json(static_cast<double>(r.climbedDuringWindow[s]) /
                                                                      r.atStageWhenWindowOpened[s])
                                                     : nlohmann::json(nullptr)}};
        if (s >= 1 && s + 1 < core::kLadderStages) {
            entry["median_days_to_next_stage"] =
                r.medianDaysToNextStage[s] ? nlohmann::json(*r.medianDaysToNextStage[s]) : nlohmann::json(nullptr);
            entry["climbs_measured"] = r.climbsMeasured[s];
        }
        stages.push_back(entry);
    }
    return {{"window", {{"from", r.window.from.toIso()}, {"to", r.window.to.toIso()}}},
            {"set_by_hand", r.setByHand},
            {"stages", stages}};
}

void printLadder(std::ostream& out, const analytics::BaseAnalysis& analysis) {
    const auto& r = analysis.ladder;
    out << "Relationship ladder (Payne et al.), conversions " << r.window.from.toIso() << " .. " << r.window.to.toIso()
        << "; " << r.setByHand << " stages set by hand\n";
    TextTable table({{"Stage"},
                     {"Customers", TextTable::Align::Right},
                     {"At start", TextTable::Align::Right},
                     {"Climbed", TextTable::Align::Right},
                     {"Rate", TextTable::Align::Right},
                     {"Median days to next", TextTable::Align::Right}});
    for (std::size_t s = 0; s < core::kLadderStages; ++s) {
        const bool hasNext = s >= 1 && s + 1 < core::kLadderStages;
        table.addRow({std::string(core::toCode(static_cast<core::LadderStage>(s))),
                      std::to_string(r.customersPerStage[s]), std::to_string(r.atStageWhenWindowOpened[s]),
                      std::to_string(r.climbedDuringWindow[s]),
                      r.atStageWhenWindowOpened[s] > 0
                          ? percent(static_cast<double>(r.climbedDuringWindow[s]) / r.atStageWhenWindowOpened[s])
                          : "-",
                      hasNext && r.medianDaysToNextStage[s] ? fixedDecimals(*r.medianDaysToNextStage[s], 0) : "-"});
    }
    table.print(out);
}

nlohmann::json churnJson(const analytics::BaseAnalysis& analysis, int limit) {
    const auto& r = analysis.churn;
    nlohmann::json statuses = nlohmann::json::object();
    for (std::size_t s = 0; s < 4; ++s) {
        statuses[std::string(analytics::toString(static_cast<analytics::ChurnStatus>(s)))] = r.customersPerStatus[s];
    }
    nlohmann::json reasons = nlohmann::json::array();
    for (const auto& reason : r.reasons) {
        reasons.push_back({{"code", reason.reason.code},
                           {"label", reason.reason.label},
                           {"customers", reason.customers},
                           {"share", reason.share},
                           {"benchmark_low", reason.reason.benchmarkLowPercent
                                                 ? nlohmann::json(*reason.reason.benchmarkLowPercent / 100)
                                                 : nlohmann::json(nullptr)},
                           {"benchmark_high", reason.reason.benchmarkHighPercent
                                                  ? nlohmann::json(*reason.reason.benchmarkHighPercent / 100)
                                                  : nlohmann::json(nullptr)},
                           {"yearly_value_lost", reason.valueLost}});
    }
    nlohmann::json atRisk = nlohmann::json::array();
    for (std::size_t i = 0; i < r.atRisk.size() && i < static_cast<std::size_t>(limit); ++i) {
        const auto& a = r.atRisk[i];
        const auto* p = analytics::findProfile(analysis, a.id);
        atRisk.push_back(
            {{"customer", a.id},
             {"name", p ? analysis.texts.name(*p) : ""},
             {"owner", p ? analysis.texts.owner(*p) : ""},
             {"value_at_stake", a.valueAtStake},
             {"p_alive", a.probabilityAlive ? nlohmann::json(*a.probabilityAlive) : nlohmann::json(nullptr)},
             {"days_since_last_purchase", a.daysSinceLastPurchase},
             {"usual_interval_days", a.usualIntervalDays},
             {"last_episode", p && p->lastEpisode ? p->lastEpisode->toIso() : ""},
             {"last_episode_kind", p ? core::toCode(p->lastEpisodeKind) : ""},
             {"open_complaints", p ? p->openComplaints : 0},
             {"why", analytics::churnWhy(a, r)}});
    }
    return {{"until", r.until.toIso()},
            {"statuses", statuses},
            {"median_interval_days", r.medianIntervalDays},
            {"lost_in_last_year", r.lostInLastYear},
            {"churn_rate_last_year", r.churnRateLastYear},
            {"yearly_value_lost_last_year", r.valueLostLastYear},
            {"buyers_a_year_ago", r.buyersAYearAgo},
            {"lapsed_in_last_year", r.lapsedInLastYear},
            {"lapsed_now", r.customersPerStatus[2]},
            {"lapsed_rate_last_year", r.lapsedRateLastYear},
            {"yearly_value_lapsed_last_year", r.valueLapsedLastYear},
            {"definitions", {{"lost", analytics::lostDefinition()}, {"lapsed", analytics::lapsedDefinition(r.rules)}}},
            {"reasons", reasons},
            {"at_risk", atRisk},
            {"at_risk_total", r.atRisk.size()}};
}

void printChurn(std::ostream& out, const analytics::BaseAnalysis& analysis, int limit) {
    const auto& r = analysis.churn;
    out << "Churn on " << r.until.toIso() << ": active " << r.customersPerStatus[0] << ", at risk "
        << r.customersPerStatus[1] << ", lapsed " << r.customersPerStatus[2] << ", lost " << r.customersPerStatus[3]
        << "\n  lost in the last year:   " << r.lostInLastYear << " (" << percent(r.churnRateLastYear) << " of the "
        << r.buyersAYearAgo << " buyers a year ago), yearly revenue lost " << money(r.valueLostLastYear)
        << "\n  lapsed in the last year: " << r.lapsedInLastYear << " (" << percent(r.lapsedRateLastYear)
        << " of the buyers a year ago), their yearly revenue " << money(r.valueLapsedLastYear)
        << "\n  lapsed now:              " << r.customersPerStatus[2] << '\n'
        << "  lost: " << analytics::lostDefinition() << "\n  lapsed: " << analytics::lapsedDefinition(r.rules) << '\n';
    if (r.buyersAYearAgo == 0) {
        out << "  The purchases cover less than a year: nobody had bought a year before " << r.until.toIso()
            << ", so there are no yearly rates; " << r.customersPerStatus[2] << " customers are lapsed now.\n";
    }
    if (r.lostInLastYear == 0 && r.lapsedInLastYear > 0) {
        out << "  Nobody was recorded as lost in the last year, but " << r.lapsedInLastYear
            << " buyers lapsed: the churn is in the purchases, not in the records.\n";
    } else if (r.lostInLastYear == 0 && r.customersPerStatus[2] > 0) {
        out << "  Nobody was recorded as lost, but " << r.customersPerStatus[2]
            << " customers are lapsed now: the churn is in the purchases, not in the records.\n";
    }
    out << "Reasons for leaving, beside the seed's benchmark shares:\n";
    TextTable reasons({{"Reason", TextTable::Align::Left, 48},
                       {"Customers", TextTable::Align::Right},
                       {"Share", TextTable::Align::Right},
                       {"Benchmark", TextTable::Align::Right},
                       {"Yearly value lost", TextTable::Align::Right}});
    for (const auto& reason : r.reasons) {
        const auto& b = reason.reason;
        reasons.addRow({b.label, std::to_string(reason.customers), percent(reason.share),
                        b.benchmarkLowPercent
                            ? fixedDecimals(*b.benchmarkLowPercent, 0) + "-" +
                                  fixedDecimals(b.benchmarkHighPercent.value_or(*b.benchmarkLowPercent), 0) + " %"
                            : "-",
                        money(reason.valueLost)});
    }
    reasons.print(out);
    out << "At risk, highest value at stake first (" << r.atRisk.size() << " in all):\n";
    TextTable list({{"Customer", TextTable::Align::Left, 36},
                    {"Owner", TextTable::Align::Left, 20},
                    {"At stake", TextTable::Align::Right},
                    {"Last episode"},
                    {"Open complaints", TextTable::Align::Right},
                    {"Why", TextTable::Align::Left, 48}});
    for (std::size_t i = 0; i < r.atRisk.size() && i < static_cast<std::size_t>(limit); ++i) {
        const auto& a = r.atRisk[i];
        const auto* p = analytics::findProfile(analysis, a.id);
        list.addRow(
            {customerLabel(analysis, a.id), p ? std::string(analysis.texts.owner(*p)) : "", money(a.valueAtStake),
             p && p->lastEpisode ? p->lastEpisode->toIso() + " " + std::string(core::toCode(p->lastEpisodeKind)) : "",
             std::to_string(p ? p->openComplaints : 0), analytics::churnWhy(a, r)});
    }
    list.print(out);
}

nlohmann::json rankingJson(const analytics::BaseAnalysis& analysis, int limit) {
    const auto& r = analysis.ranking;
    nlohmann::json curve = nlohmann::json::array();
    for (const auto& point : r.curve) {
        curve.push_back({{"customer_share", point.customerShare}, {"value_share", point.valueShare}});
    }
    nlohmann::json top = nlohmann::json::array();
    for (std::size_t i = 0; i < r.ranked.size() && i < static_cast<std::size_t>(limit); ++i) {
        const auto& c = r.ranked[i];
        const auto* p = analytics::findProfile(analysis, c.id);
        top.push_back({{"rank", i + 1},
                       {"customer", c.id},
                       {"name", p ? analysis.texts.name(*p) : ""},
                       {"value", c.value},
                       {"cumulative_share", c.cumulativeShare},
                       {"class", std::string(1, c.abcClass)},
                       {"decision", analytics::toString(c.decision)},
                       {"rfm", {{"r", int{c.rfm.recency}}, {"f", int{c.rfm.frequency}}, {"m", int{c.rfm.monetary}}}},
                       {"segment", c.rfm.segment()}});
    }
    nlohmann::json trend = nlohmann::json::array();
    for (std::size_t q = 0; q < r.quarters.size(); ++q) {
        trend.push_back({{"quarter", r.quarters[q]}, {"key_customer_share", r.keyCustomerShareByQuarter[q]}});
    }
    return {{"measure", analytics::toString(r.measure)},
            {"basis",
             {{"measure", analytics::toString(r.basis.measure)},
              {"margins_recorded", r.basis.marginsRecorded},
              {"fell_back_to_revenue", r.basis.fellBackToRevenue},
              {"note", analytics::rankBasisNote(r.basis)}}},
            {"customers", r.ranked.size()},
            {"top20_revenue_share", r.top20RevenueShare},
            {"benchmark_top20_revenue_share", 0.8},
            // Without margins every profit is 0 or less: a share of it would read as a finding, not a gap.
            {"top10_profit_share", r.basis.marginsRecorded ? nlohmann::json(r.top10ProfitShare) : nlohmann::json()},
            {"top10_revenue_share", r.top10RevenueShare},
            {"benchmark_top10_profit_share", 0.9},
            {"key_customer_trend_quarters_without_data", r.quartersBeforeData},
            {"classes", {{"A", r.customersPerClass[0]}, {"B", r.customersPerClass[1]}, {"C", r.customersPerClass[2]}}},
            {"pareto_curve", curve},
            {"key_customers", r.keyCustomers},
            {"key_customer_trend", trend},
            {"top", top}};
}

void printRanking(std::ostream& out, const analytics::BaseAnalysis& analysis, int limit) {
    const auto& r = analysis.ranking;
    out << "Ranking by " << analytics::toString(r.measure) << " (" << r.ranked.size() << " buyers)\n"
        << "  " << analytics::rankBasisNote(r.basis) << '\n'
        << "  top 20 % of customers bring " << percent(r.top20RevenueShare) << " of revenue (benchmark 80 %)\n";
    if (r.basis.marginsRecorded) {
        out << "  top 10 % of customers bring " << percent(r.top10ProfitShare) << " of profit (benchmark 90 %)\n";
    } else {
        out << "  top 10 % of customers bring " << percent(r.top10RevenueShare)
            << " of revenue; their share of profit is unknown without margins (benchmark 90 % of profit)\n";
    }
    out << "  classes by " << analytics::toString(r.measure) << ": A " << r.customersPerClass[0] << " (hold on), B "
        << r.customersPerClass[1] << " (watch), C " << r.customersPerClass[2] << " (let go)\n"
        << "  key customers' (class A) share of each quarter's sales:";
    for (std::size_t q = 0; q < r.quarters.size(); ++q) {
        out << (q ? ", " : " ") << r.quarters[q] << " " << percent(r.keyCustomerShareByQuarter[q]);
    }
    if (r.quarters.empty()) {
        out << " no data";
    }
    if (r.quartersBeforeData > 0) {
        out << " (" << r.quartersBeforeData << " earlier quarter" << (r.quartersBeforeData > 1 ? "s" : "")
            << " left out: no purchases yet)";
    }
    out << '\n';
    TextTable table({{"#", TextTable::Align::Right},
                     {"Customer", TextTable::Align::Left, 36},
                     {"Value", TextTable::Align::Right},
                     {"Cumulative", TextTable::Align::Right},
                     {"Class"},
                     {"Decision"},
                     {"RFM"},
                     {"Segment"}});
    for (std::size_t i = 0; i < r.ranked.size() && i < static_cast<std::size_t>(limit); ++i) {
        const auto& c = r.ranked[i];
        table.addRow({std::to_string(i + 1), customerLabel(analysis, c.id), money(c.value), percent(c.cumulativeShare),
                      std::string(1, c.abcClass), std::string(analytics::toString(c.decision)),
                      std::to_string(c.rfm.recency) + std::to_string(c.rfm.frequency) + std::to_string(c.rfm.monetary),
                      std::string(c.rfm.segment())});
    }
    table.print(out);
}

nlohmann::json historicalJson(const analytics::BaseAnalysis& analysis) {
    const auto& h = analysis.historical;
    const auto& a = h.average;
    return {{"buyers", h.buyers},
            {"average_relationship_months", h.averageRelationshipMonths},
            {"average_single_sale", a.averageSale},
            {"purchases_per_year", a.purchasesPerYear},
            {"sales_per_year", a.salesPerYear},
            {"profit_from_sales_per_year", a.profitFromSalesPerYear},
            {"partnership_costs_per_year", a.costsPerYear},
            {"profitability_per_year", a.profitabilityPerYear},
            {"value_per_month", a.valuePerMonth},
            {"lifetime_value_discounted", a.lifetimeValue}};
}

void printHistorical(std::ostream& out, const analytics::BaseAnalysis& analysis) {
    const auto& h = analysis.historical;
    const auto& a = h.average;
    out << "Historical value per average buyer (seed table 7.3), " << h.buyers << " buyers\n"
        << "  1 average single sale        " << money(a.averageSale) << "\n"
        << "  2 purchases per year         " << fixedDecimals(a.purchasesPerYear, 2) << "\n"
        << "  3 sales per year             " << money(a.salesPerYear) << "\n"
        << "  4 profit from sales per year " << money(a.profitFromSalesPerYear) << "\n"
        << "  5 partnership costs per year " << money(a.costsPerYear) << "\n"
        << "  6 profitability per year     " << money(a.profitabilityPerYear) << "\n"
        << "  relationship length          " << fixedDecimals(h.averageRelationshipMonths, 1) << " months on average\n"
        << "  value per month              " << money(a.valuePerMonth) << "\n"
        << "  value over that lifetime     " << money(a.lifetimeValue) << " (discounted 1 % a month)\n";
    if (!analysis.ranking.basis.marginsRecorded) {
        out << "  (no purchase carries a margin: line 4 is 0 and lines 6 and after miss the profit from sales)\n";
    }
}

nlohmann::json modelJson(const analytics::BaseAnalysis& analysis) {
    const auto& p = analysis.predictions;
    nlohmann::json parameters = nlohmann::json::object();
    const auto names = analytics::parameterNames(p.purchases.model);
    for (std::size_t i = 0; i < 4; ++i) {
        parameters[std::string(names[i])] = p.purchases.parameters[i];
    }
    return {{"model", analytics::toString(p.purchases.model)},
            {"unit", "month"},
            {"converged", p.problem.empty()},
            {"weak", analysis.fit.weak()},
            {"warnings", fitWarningsJson(analysis.fit)},
            {"problem", p.problem.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.problem)},
            {"parameters", parameters},
            {"log_likelihood", p.purchases.quality.logLikelihood},
            {"spend", {{"p", p.spend.parameters.p}, {"q", p.spend.parameters.q}, {"gamma", p.spend.parameters.gamma}}}};
}

void printFitWarnings(std::ostream& out, const analytics::FitAssessment& fit) {
    if (!fit.weak()) {
        return;
    }
    out << "Warning: the model fit is weak; what is weak and what follows:\n";
    for (const auto& line : fit.describe()) {
        out << "  " << line << '\n';
    }
}

nlohmann::json fitWarningsJson(const analytics::FitAssessment& fit) {
    return fit.describe();
}

} // namespace rapport::cli
