#pragma once

#include "analytics/churn_report.h"
#include "analytics/customer_profile.h"
#include "analytics/fit_assessment.h"
#include "analytics/four_groups.h"
#include "analytics/historical_value.h"
#include "analytics/ladder_report.h"
#include "analytics/lifetime_value.h"
#include "analytics/ranking.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rapport::analytics {

/**
 * The steps of an analysis run, for a progress display. With one connection they come in this order; with a
 * second (BaseAnalysisOptions::openPurchaseReader) the profiles come first and the purchases and the models
 * are heard while the analysis waits for them.
 */
enum class AnalysisPhase { Purchases, Models, Profiles, Reports };

struct BaseAnalysisOptions {
    std::optional<core::Date> until; // default: the last purchase in the base, or today without purchases
    double windowMonths = 12;
    /** The window's first day; when set it wins over windowMonths (the window runs from it to `until`). */
    std::optional<core::Date> from;
    /**
     * Only this sales manager's customers in the reports (profiles, groups, ladder, churn, ranking, table 7.3).
     * The purchase and spend models are still fitted on the whole base, so predictions do not change with it.
     */
    std::optional<std::string> owner;
    FourGroupOptions fourGroups;
    LadderRules ladder;
    ChurnRules churn;
    PurchaseModel model = PurchaseModel::BgNbd;
    int horizonMonths = 12;
    double monthlyDiscount = 0.01;
    /** Empty: profit where some purchase carries a margin, else revenue (see chooseRankBasis). */
    std::optional<RankMeasure> rankBy;
    int trendQuarters = 8;
    /**
     * Hears each phase as it starts (rows 0) and the rows read so far after every batch; returning false
     * cancels: analyseBase then throws AnalysisCancelled. Called on the analysing thread.
     */
    std::function<bool(AnalysisPhase phase, std::int64_t rowsRead)> progress;
    /**
     * Opens a second connection to the same base (read only will do), on which the purchases are read and the
     * models fitted while the analysing thread reads the customers and episodes; and, at 10,000 customers and more,
     * a third, on which a thread reads runs of the customers' episodes beside the analysing thread
     * (ProfileOptions::openEpisodeReader). Empty: one connection, the purchases first. Called on the analysing
     * thread for the purchases and on the episode reader's own thread for it; each connection is used on its thread
     * only and closed when its reading ends.
     */
    std::function<std::unique_ptr<storage::Repository>()> openPurchaseReader;
};

/**
 * Everything the marketers' screens and `rapport-cli analyze` show, from two passes over the base: the
 * purchase stream for the models (in months), and customers, episodes and costs for the rest. With
 * openPurchaseReader the two run side by side, the models fitted as soon as the purchases are in; without it the
 * purchases come first and the models are fitted while the rest is read. Runs on a worker thread in the app: a
 * million customers take seconds, not milliseconds.
 */
struct BaseAnalysis {
    core::Date until;
    Window current;
    Window previous;
    std::vector<CustomerProfile> profiles;
    ProfileTexts texts; // the profiles' names and sales managers
    /** The fits; problem set when no model could be fitted. Its values are moved to byCustomer (and emptied). */
    LifetimeValueResult predictions;
    PredictionsById byCustomer; // in id order; empty without a fitted model
    FitAssessment fit;          // whether the models can carry the predictions, and what follows when not
    FourGroupsReport fourGroups;
    LadderReport ladder;
    ChurnReport churn;
    RankingReport ranking;
    BaseHistoricalValue historical;
    std::int64_t activeCustomers = 0; // bought within the window
    std::int64_t revenueInWindowMinor = 0;
};

BaseAnalysis analyseBase(storage::Repository& repository, const BaseAnalysisOptions& options = {});

/** One customer's profile, or null when the analysis has none (profiles are kept in id order). */
const CustomerProfile* findProfile(const BaseAnalysis& analysis, core::CustomerId id);

} // namespace rapport::analytics
