#pragma once

#include "core/date.h"
#include "core/episode.h"
#include "core/ladder.h"
#include "core/optional_date.h"
#include "storage/repository.h"

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::analytics {

/**
 * The configurable rules of the relationship ladder (docs/methodology.md). Each rung needs the one below it:
 * customer - bought once or had any contact; client - at least `clientPurchaseDays` purchase days;
 * supporter - a client whose mean satisfaction over rated episodes is at least `supporterSatisfaction`, with
 * at least `supporterRatings` ratings and no complaint left open; advocate - a supporter or client with at
 * least `advocateReferrals` referrals; partner - an advocate or client who took part in `partnerCoCreations`
 * co-creation episodes or is linked to a live partnership. A stage set by hand wins over all of this.
 */
struct LadderRules {
    int clientPurchaseDays = 2;
    double supporterSatisfaction = 1.0;
    int supporterRatings = 1;
    int advocateReferrals = 1;
    int partnerCoCreations = 1;
};

/** A purchase window [from, to], both inclusive, for the four groups and the quarterly trend. */
struct Window {
    core::Date from;
    core::Date to;
    [[nodiscard]] bool contains(core::Date d) const { return from <= d && d <= to; }
};

struct ProfileOptions {
    core::Date until;      // the observation end: later episodes are left out
    Window current;        // the four groups now
    Window previous;       // the four groups before, for the movement between groups
    int trendQuarters = 8; // quarters ending with the one that holds `until`; at most kTrendQuarters
    LadderRules ladder;
    /** Called after every batch of rows read with the rows so far; false stops the reading (see buildProfiles). */
    std::function<bool(std::int64_t rowsRead)> keepGoing;
    /**
     * Opens another connection to the same base, for a thread that reads runs of customers' episodes beside this
     * one (optional; the episodes are then read on two cores). Called on that thread.
     */
    std::function<std::unique_ptr<storage::Repository>()> openEpisodeReader;
    /** Fewer customers than this are read on one connection: a second one would cost more than it saves. */
    std::size_t splitEpisodesFrom = 10'000;
};

/** What one window saw of a customer's purchases. */
struct WindowTotals {
    std::int32_t purchases = 0; // purchase episodes
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
};

/** The most quarters the key customers' trend looks back (ProfileOptions::trendQuarters). */
inline constexpr int kTrendQuarters = 8;

/**
 * One customer as the analyses see them, built in one pass over the customer's episodes in date order. It
 * holds what the four groups, the ladder, churn and the ranking need, so the base is read once.
 */
struct CustomerProfile {
    // The eight-byte fields first, then the four-byte ones, so that a million profiles carry little padding.
    core::CustomerId id = 0;
    std::int64_t revenueMinor = 0;
    std::int64_t marginMinor = 0;
    std::int64_t costsMinor = 0;
    WindowTotals current;
    WindowTotals previous;
    // The name and the sales manager, in the ProfileTexts the profile was built with.
    std::uint32_t nameOffset = 0;
    std::uint32_t nameLength = 0;
    std::uint32_t ownerIndex = 0;
    core::OptionalDate firstEpisode;
    core::OptionalDate firstPurchase;
    core::OptionalDate lastPurchase;
    core::OptionalDate lastEpisode;
    std::int32_t purchases = 0; // purchase episodes
    std::int32_t purchaseDays = 0;
    std::int32_t purchasesWithMargin = 0; // a margin of 0 counts as none: the store cannot tell them apart
    std::int32_t openComplaints = 0;      // a complaint whose follow-up is not done
    /** When each rung was first reached by the rules; prospect is the start and has none. */
    std::array<core::OptionalDate, core::kLadderStages> reachedOn{};
    core::EpisodeKind lastEpisodeKind = core::EpisodeKind::Other;
    core::LadderStage stage = core::LadderStage::Prospect;
    bool partnershipLink = false;
    bool stageSetByHand = false;

    [[nodiscard]] double profitMinor() const { return static_cast<double>(marginMinor - costsMinor); }
    /** Mean days between purchase days; empty with fewer than two. */
    [[nodiscard]] std::optional<double> usualIntervalDays() const;
};

/**
 * The customers' names and sales managers of a set of profiles: the names in one block of text, each sales manager
 * once. As two strings in every profile they took 64 bytes a customer and an allocation for each name longer than
 * 15 bytes, about 90 MB at a million customers.
 */
class ProfileTexts {
public:
    /** Keeps the customer's name and sales manager and points the profile at them. */
    void add(CustomerProfile& profile, std::string_view name, std::string_view owner);
    [[nodiscard]] std::string_view name(const CustomerProfile& profile) const;
    [[nodiscard]] std::string_view owner(const CustomerProfile& profile) const;
    /** Returns the slack of the name block once every profile is added. */
    void shrinkToFit() { m_names.shrink_to_fit(); }

private:
    std::string m_names;
    std::vector<std::string> m_owners{std::string()};
    std::map<std::string, std::uint32_t, std::less<>> m_ownerIndex{{std::string(), 0}};
};

/** The quarter (year * 4 + q - 1) that holds a date; quarters are calendar quarters. */
int quarterIndex(core::Date date);
std::string quarterName(int quarter); // "2025-Q3"

/**
 * What the ladder's rules count of a customer's episodes beyond the profile. Counted while the customer's episodes
 * are read and dropped when they end: kept in every profile they took 64 bytes a customer.
 */
struct LadderCounts {
    std::int32_t coCreations = 0;
    std::int32_t referrals = 0;
    std::int32_t ratings = 0;
    std::int32_t satisfactionSum = 0;
};

/** Which rung the rules give for what has been seen so far (without any override). */
core::LadderStage ladderStageByRules(const CustomerProfile& profile, const LadderCounts& counts,
                                     const LadderRules& rules);

/** A customer's revenue in one quarter of the trend. */
struct CustomerRevenue {
    core::CustomerId id = 0;
    std::int64_t revenueMinor = 0;
};

/**
 * The customers' revenue in each quarter of the trend, only where they had sales or returns. Eight amounts in every
 * profile took 64 bytes a customer, and most customers buy in few of the quarters.
 */
class TrendRevenue {
public:
    /**
     * Adds a sale (or a return) of `customer` in quarter `quarter` of the trend (0 = the oldest). A customer's
     * episodes come together, so their sales in a quarter go into one amount; should they come in two runs, the
     * quarter lists the customer twice and its sums are still right.
     */
    void add(core::CustomerId customer, int quarter, std::int64_t revenueMinor);
    /** Once every sale is added: puts each quarter in id order, should the sales have come in another. */
    void finish();
    /** Moves the sales of `later` (of customers after these, by id) behind these, quarter by quarter. */
    void append(TrendRevenue&& later);
    /** A quarter's customers in id order (after finish()). */
    [[nodiscard]] const std::deque<CustomerRevenue>& quarter(int quarter) const;

private:
    // Deques, not vectors: they grow by blocks, without the doubling's slack (up to as much again as the 36 MB of
    // 2.3 M amounts in the demo base) or a copy to give it back.
    std::array<std::deque<CustomerRevenue>, kTrendQuarters> m_quarters;
};

/** Every customer's profile, in id order, with their names and their revenue in the trend's quarters. */
struct Profiles {
    std::vector<CustomerProfile> profiles;
    ProfileTexts texts;
    TrendRevenue trend;
    std::size_t episodeRunsBeside = 0; // runs of customers whose episodes the second connection read (diagnostics)
};

/**
 * Reads customers, episodes, cost entries and partnerships once and builds every customer's profile. Throws
 * AnalysisCancelled when options.keepGoing says stop.
 */
Profiles buildProfiles(storage::Repository& repository, const ProfileOptions& options);

/** Thrown when the caller's progress callback asks to stop; nothing partial is returned. */
struct AnalysisCancelled : std::runtime_error {
    AnalysisCancelled()
        : std::runtime_error("the analysis was cancelled") {}
};

} // namespace rapport::analytics
