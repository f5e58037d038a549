#pragma once

#include "core/campaign.h"
#include "storage/queries.h"

#include <cstdint>
#include <span>

namespace rapport::analytics {

using storage::CampaignMemberOutcome;

/** One group's figures: how many responded (bought at least once in the window) and what they spent. */
struct GroupOutcome {
    std::int64_t customers = 0;
    std::int64_t responders = 0;
    std::int64_t purchases = 0;
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
    [[nodiscard]] double responseRate() const;
    [[nodiscard]] double revenuePerCustomer() const; // minor units
    [[nodiscard]] double marginPerCustomer() const;  // minor units
    double revenueStdDev = 0;                        // sample standard deviation per customer, minor units
    double marginStdDev = 0;
};

/** An estimate with its confidence interval. */
struct Estimate {
    double value = 0;
    double low = 0;
    double high = 0;
    [[nodiscard]] bool spansZero() const { return low <= 0 && high >= 0; }
};

/**
 * What the interval of a difference says, in plain words: "no measurable effect" whenever it spans zero, however
 * large the point estimate; too few customers in a group to say anything at all.
 */
enum class Verdict { TooFewCustomers, NoMeasurableEffect, Positive, Negative };

struct CampaignMeasurement {
    GroupOutcome treated;
    GroupOutcome control;
    double confidence = 0.95;
    /** Treated minus control response rate (a share, 0.03 = 3 points): Newcombe's hybrid score interval. */
    Estimate responseLift;
    /** Treated minus control revenue per customer (minor units): Welch's interval, unequal variances. */
    Estimate revenueLift;
    Estimate marginLift;
    /** The lift per customer times the treated customers: what the offer added in total (minor units). */
    Estimate incrementalRevenue;
    Estimate incrementalMargin;
    std::int64_t costMinor = 0; // cost per contact x treated customers
    /** Incremental margin minus the campaign's cost: whether it paid. */
    Estimate netMargin;
    Verdict response = Verdict::TooFewCustomers;
    Verdict revenue = Verdict::TooFewCustomers;
    Verdict pays = Verdict::TooFewCustomers; // the net margin's interval
};

/** The verdict an interval gives: positive above zero, negative below, none when it spans zero. */
Verdict verdictOf(const Estimate& estimate);

/** Newcombe (1998) method 10: the difference of two proportions x1/n1 - x2/n2 with Wilson score limits. */
Estimate proportionDifference(std::int64_t x1, std::int64_t n1, std::int64_t x2, std::int64_t n2, double confidence);

/** Welch's t interval of mean1 - mean2 from the groups' means, sample standard deviations and sizes. */
Estimate welchDifference(double mean1, double sd1, std::int64_t n1, double mean2, double sd2, std::int64_t n2,
                         double confidence);

/**
 * Measures a campaign from its members' outcomes: response rates, spend and margin per customer in each group, the
 * lifts with their intervals, the incremental revenue and margin against the cost, and the verdicts. Each group
 * needs at least two customers. Revenue per customer is skewed (most buy nothing, a few a lot); Welch's interval
 * holds its coverage there for the group sizes campaigns have (hundreds and up: the central limit theorem on the
 * mean), which the simulation in the tests checks.
 */
CampaignMeasurement measureCampaign(std::span<const CampaignMemberOutcome> outcomes, core::Money costPerContact,
                                    double confidence = 0.95);

} // namespace rapport::analytics
