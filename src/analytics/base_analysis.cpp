#include "analytics/base_analysis.h"

#include "analytics/memory_release.h"
#include "analytics/purchase_sources.h"
#include "analytics/vector_state.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <future>
#include <memory>
#include <string>

namespace rapport::analytics {

namespace {

/** The purchases summed for the models, and where they end (the analysis's `until` unless one is given). */
struct PurchasesRead {
    SummaryBuilder builder;
    std::vector<CustomerSummary> summaries;
    core::Date until;
};

PurchasesRead readPurchases(storage::Repository& repository, const BaseAnalysisOptions& options,
                            const std::function<bool(std::int64_t)>& keepGoing) {
    PurchasesRead read{SummaryBuilder({TimeUnit::Month, options.until}), {}, {}};
    if (!addRepositoryPurchases(repository, read.builder, keepGoing)) {
        throw AnalysisCancelled();
    }
    read.summaries = read.builder.finish();
    read.until = read.builder.lines() > 0 ? read.builder.observationEnd() : options.until.value_or(core::Date::today());
    return read;
}

/** The windows and the profiles' options for an observation end. */
void setWindows(BaseAnalysis& analysis, const BaseAnalysisOptions& options, core::Date until) {
    analysis.until = until;
    const int windowDays = options.from && *options.from <= until
                               ? options.from->daysUntil(until) + 1
                               : static_cast<int>(std::lround(options.windowMonths * 365.2425 / 12));
    analysis.current = {until.addDays(-windowDays + 1), until};
    analysis.previous = {until.addDays(-2 * windowDays + 1), until.addDays(-windowDays)};
}

double windowMonthsOf(const BaseAnalysis& analysis, const BaseAnalysisOptions& options) {
    return options.from ? (analysis.current.from.daysUntil(analysis.until) + 1) * 12 / 365.2425 : options.windowMonths;
}

/** Fits the models on the summaries and keeps each customer's prediction in id order, freeing the rest. */
void fitModels(BaseAnalysis& analysis, const BaseAnalysisOptions& options, PurchasesRead read) {
    LifetimeValueOptions ltv;
    ltv.model = options.model;
    ltv.unit = TimeUnit::Month;
    ltv.horizonMonths = options.horizonMonths;
    ltv.monthlyDiscount = options.monthlyDiscount;
    analysis.predictions = predictLifetimeValues(read.summaries, ltv);
    analysis.fit = assessFits(analysis.predictions, options.churn.atRiskProbabilityAlive);
    analysis.byCustomer.reserve(analysis.predictions.values.size());
    for (std::size_t i = 0; i < analysis.predictions.values.size(); ++i) {
        const auto& v = analysis.predictions.values[i];
        analysis.byCustomer.push_back({read.builder.id(read.summaries[i]), {v.probabilityAlive, v.clv}});
    }
    // The purchase stream comes by customer, so this finds them in id order already; the lookups need it.
    std::sort(analysis.byCustomer.begin(), analysis.byCustomer.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    // Everything the reports read of the values is in byCustomer now.
    std::vector<PredictedValue>().swap(analysis.predictions.values);
    read.summaries = {};
    read.summaries.shrink_to_fit();
    read.builder = SummaryBuilder(); // its customer ids
    releaseFreedMemory();            // the summaries
}

/** Sets the stop flag when the analysing thread leaves, so a purchase read beside it ends before it is waited for. */
struct StopWhenLeaving {
    std::atomic<bool>& stop;
    ~StopWhenLeaving() { stop = true; }
};

} // namespace

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
    // Set when a purchase read beside the profiles fails: the profiles' read then stops at its next batch rather
    // than going on for seconds towards an analysis that cannot be finished.
    std::atomic<bool> purchasesFailed{false};
    ProfileOptions profileOptions;
    profileOptions.trendQuarters = options.trendQuarters;
    profileOptions.ladder = options.ladder;
    profileOptions.keepGoing = [&](std::int64_t rows) {
        return !purchasesFailed.load() && report(AnalysisPhase::Profiles, rows);
    };
    // A second connection of the same kind reads runs of the episodes beside this thread: three threads on two
    // cores while the purchases are read, two after.
    profileOptions.openEpisodeReader = options.openPurchaseReader;
    const auto buildFor = [&](core::Date until) {
        setWindows(analysis, options, until);
        profileOptions.until = analysis.until;
        profileOptions.current = analysis.current;
        profileOptions.previous = analysis.previous;
        startPhase(AnalysisPhase::Profiles);
        return buildProfiles(repository, profileOptions);
    };

    // The profiles need the observation end, which the purchases decide. With a second connection and the base's
    // newest purchase day as a guess of it, the purchases are read and the models fitted on a thread of their own
    // while this thread reads the customers and episodes: two cores instead of one. The guess is checked against
    // the purchases; when it was wrong (the newest purchase cancelled, or an archived customer's) the profiles are
    // read again for the right day.
    std::optional<core::Date> guessedUntil = options.until;
    std::unique_ptr<storage::Repository> purchaseReader;
    if (options.openPurchaseReader) {
        if (!guessedUntil) {
            guessedUntil = repository.recentPurchaseDay();
        }
        if (guessedUntil) {
            try {
                purchaseReader = options.openPurchaseReader();
            } catch (const std::exception&) {
                // No second connection (a team server at its connection limit): one connection, as without it.
            }
        }
    }
    startPhase(AnalysisPhase::Purchases);
    Profiles built;
    if (purchaseReader) {
        std::atomic<bool> stop{false};
        std::atomic<std::int64_t> purchaseRows{0};
        std::atomic<bool> fitting{false};
        auto models = std::async(std::launch::async, [&] {
            clearUpperVectorRegisters(); // as on the app's workers (vector_state.h)
            try {
                auto read = readPurchases(*purchaseReader, options, [&](std::int64_t rows) {
                    purchaseRows = rows;
                    return !stop.load();
                });
                // Closed once read (the other thread no longer looks at it): its page cache, up to 16 MiB, is not
                // kept through the profiles and the reports.
                purchaseReader.reset();
                fitting = true;
                const auto until = read.until;
                fitModels(analysis, options, std::move(read));
                return until;
            } catch (...) {
                purchasesFailed = true;
                throw;
            }
        });
        const StopWhenLeaving stopPurchases{stop}; // left before the future, which then waits for a stopped read
        try {
            built = buildFor(*guessedUntil);
        } catch (const AnalysisCancelled&) {
            if (purchasesFailed) {
                models.get(); // the purchase read's own error, not a cancel
            }
            throw;
        }
        // The caller hears how the purchases go while they are waited for, and may cancel: the read then stops at
        // its next batch (a fit under way ends first).
        auto heard = AnalysisPhase::Profiles;
        do {
            const auto phase = fitting.load() ? AnalysisPhase::Models : AnalysisPhase::Purchases;
            const auto rows = phase == heard ? purchaseRows.load() : 0; // each phase heard first as it starts
            heard = phase;
            if (!report(phase, rows)) {
                throw AnalysisCancelled();
            }
        } while (models.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready);
        if (heard != AnalysisPhase::Models) {
            startPhase(AnalysisPhase::Models); // read and fitted between two looks
        }
        const auto until = models.get();
        if (until != *guessedUntil) {
            built = Profiles{};
            built = buildFor(until);
        }
    } else {
        auto read = readPurchases(repository, options,
                                  [&](std::int64_t rows) { return report(AnalysisPhase::Purchases, rows); });
        const auto until = read.until;
        // The models need only the summaries, so the fits run on a thread of their own while this thread reads
        // the customers and episodes (the repository stays on this thread). The summaries go with the fits and
        // are freed when they end: the profiles reuse none of them.
        startPhase(AnalysisPhase::Models);
        auto models = std::async(std::launch::async, [&analysis, &options, read = std::move(read)]() mutable {
            fitModels(analysis, options, std::move(read));
        });
        // The fits write only the predictions, the fit assessment and byCustomer, which nothing below reads
        // before get(); on an exception here the future's destructor waits for them.
        built = buildFor(until);
        models.get();
    }
    const double windowMonths = windowMonthsOf(analysis, options);
    analysis.profiles = std::move(built.profiles);
    analysis.texts = std::move(built.texts);
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
    // Nothing more is read: the connection's page cache (up to 16 MiB) is not kept beside the reports, the peak.
    // Its pages are small blocks amid the heap, which glibc keeps resident until told to give them back.
    repository.releaseCache();
    releaseFreedMemory();
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
