#include "analytics/base_analysis.h"

#include "analytics/memory_release.h"
#include "analytics/purchase_sources.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <string>

namespace rapport::analytics {

BaseAnalysis analyseBase(storage::Repository& repository, const BaseAnalysisOptions& options) {
    BaseAnalysis analysis;
    const auto report = [&options](AnalysisPhase phase, std::int64_t rows) {
        return !options.progress || options.progress(phase, rows);
    };
    const auto startPhase = [&](AnalysisPhase phase) {
        if (!report(phase, 0)) {
            throw AnalysisCancelled();
        }
    };
    startPhase(AnalysisPhase::Purchases);
    SummaryBuilder builder({TimeUnit::Month, options.until});
    if (!addRepositoryPurchases(repository, builder,
                                [&](std::int64_t rows) { return report(AnalysisPhase::Purchases, rows); })) {
        throw AnalysisCancelled();
    }
    auto summaries = builder.finish();
    analysis.until = builder.lines() > 0 ? builder.observationEnd() : options.until.value_or(core::Date::today());

    const int windowDays = options.from && *options.from <= analysis.until
                               ? options.from->daysUntil(analysis.until) + 1
                               : static_cast<int>(std::lround(options.windowMonths * 365.2425 / 12));
    const double windowMonths = options.from ? windowDays * 12 / 365.2425 : options.windowMonths;
    analysis.current = {analysis.until.addDays(-windowDays + 1), analysis.until};
    analysis.previous = {analysis.until.addDays(-2 * windowDays + 1), analysis.until.addDays(-windowDays)};

    // The models need only the summaries and the profiles only the observation end, so the fits run on threads of
    // their own while this thread reads the customers and episodes (the repository stays on this thread). The
    // summaries go with the fits and are freed when they end: the profiles reuse none of them.
    startPhase(AnalysisPhase::Models);
    LifetimeValueOptions ltv;
    ltv.model = options.model;
    ltv.unit = TimeUnit::Month;
    ltv.horizonMonths = options.horizonMonths;
    ltv.monthlyDiscount = options.monthlyDiscount;
    auto models = std::async(std::launch::async, [&analysis, &options, ltv, summaries = std::move(summaries),
                                                  builder = std::move(builder)]() mutable {
        analysis.predictions = predictLifetimeValues(summaries, ltv);
        analysis.fit = assessFits(analysis.predictions, options.churn.atRiskProbabilityAlive);
        analysis.byCustomer.reserve(analysis.predictions.values.size());
        for (std::size_t i = 0; i < analysis.predictions.values.size(); ++i) {
            const auto& v = analysis.predictions.values[i];
            analysis.byCustomer.push_back({builder.id(summaries[i]), {v.probabilityAlive, v.clv}});
        }
        // The purchase stream comes by customer, so this finds them in id order already; the lookups need it.
        std::sort(analysis.byCustomer.begin(), analysis.byCustomer.end(),
                  [](const auto& x, const auto& y) { return x.first < y.first; });
        // Everything the reports read of the values is in byCustomer now.
        std::vector<PredictedValue>().swap(analysis.predictions.values);
        summaries.clear();
        summaries.shrink_to_fit();
        builder = SummaryBuilder(); // its customer ids
        releaseFreedMemory();       // the purchase lines and summaries
    });

    ProfileOptions profileOptions;
    profileOptions.until = analysis.until;
    profileOptions.current = analysis.current;
    profileOptions.previous = analysis.previous;
    profileOptions.trendQuarters = options.trendQuarters;
    profileOptions.ladder = options.ladder;
    profileOptions.keepGoing = [&](std::int64_t rows) { return report(AnalysisPhase::Profiles, rows); };
    startPhase(AnalysisPhase::Profiles);
    // The fits write only the predictions, the fit assessment and byCustomer, which nothing below reads before
    // get(); on an exception here the future's destructor waits for them.
    auto built = buildProfiles(repository, profileOptions);
    analysis.profiles = std::move(built.profiles);
    analysis.texts = std::move(built.texts);
    models.get();
    if (options.owner) {
        std::erase_if(analysis.profiles,
                      [&](const CustomerProfile& p) { return analysis.texts.owner(p) != *options.owner; });
    }
    // Each customer's latest churn record, the records themselves freed before the reports begin.
    const auto losses = [&] {
        auto churnRecords = repository.churnRecords(std::nullopt);
        if (options.owner) {
            std::erase_if(churnRecords,
                          [&](const core::ChurnRecord& r) { return !findProfile(analysis, r.customerId); });
        }
        return latestLosses(churnRecords, analysis.until);
    }();

    startPhase(AnalysisPhase::Reports);
    const auto churnReasons = repository.churnReasons(); // the repository stays on this thread
    auto fourGroupOptions = options.fourGroups;
    fourGroupOptions.windowMonths = windowMonths;
    // The reports only read the profiles and the predictions: churn and the ranking, the two largest, run beside
    // the others. Each is computed by one thread as before, so the results do not depend on the split.
    const auto basis = chooseRankBasis(options.rankBy, marginsRecorded(analysis.profiles));
    auto churn = std::async(std::launch::async, [&] {
        return computeChurn(analysis.profiles, losses, churnReasons, analysis.byCustomer, analysis.until,
                            options.churn);
    });
    auto ranking = std::async(std::launch::async, [&] {
        return computeRanking(analysis.profiles, built.trend, basis.measure, analysis.until, options.trendQuarters,
                              analysis.byCustomer);
    });
    analysis.fourGroups = computeFourGroups(analysis.profiles, fourGroupOptions);
    analysis.ladder = computeLadder(analysis.profiles, analysis.current);
    analysis.historical = baseHistoricalValue(analysis.profiles, analysis.until, options.monthlyDiscount);
    analysis.churn = churn.get();
    analysis.ranking = ranking.get();
    analysis.ranking.basis = basis;
    for (const auto& p : analysis.profiles) {
        if (p.current.purchases > 0) {
            ++analysis.activeCustomers;
        }
        analysis.revenueInWindowMinor += p.current.revenueMinor;
    }
    return analysis;
}

const CustomerProfile* findProfile(const BaseAnalysis& analysis, core::CustomerId id) {
    const auto it = std::lower_bound(analysis.profiles.begin(), analysis.profiles.end(), id,
                                     [](const CustomerProfile& p, core::CustomerId key) { return p.id < key; });
    return it != analysis.profiles.end() && it->id == id ? &*it : nullptr;
}

} // namespace rapport::analytics
