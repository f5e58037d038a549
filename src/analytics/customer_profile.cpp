#include "analytics/customer_profile.h"

#include "analytics/vector_state.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace rapport::analytics {

// A million of them at a million customers (416 bytes each with two strings and std::optional dates; 288 with the
// ladder's counts in each; 224 with the trend's eight quarters in each; 160 with the two enums four bytes each).
static_assert(sizeof(CustomerProfile) <= 152);

namespace {

using core::EpisodeKind;
using core::LadderStage;

/** Marks every rung up to `stage` as reached on `day` where it was not reached before. */
void markReached(CustomerProfile& p, LadderStage stage, core::Date day) {
    for (std::size_t rung = 1; rung <= static_cast<std::size_t>(stage); ++rung) {
        if (!p.reachedOn[rung]) {
            p.reachedOn[rung] = day;
        }
    }
}

/**
 * The day whose purchases and returns are being added up, of the customer whose episodes are being read (they come
 * in customer and date order, so one is open at a time). A day counts as a purchase day only when it had a purchase
 * and its returns (a cancellation the same day, or one linked to a purchase of that day) do not bring it to zero or
 * less, as the model summaries count it.
 */
struct OpenDay {
    core::Date date;
    std::int64_t netMinor = 0;
    bool purchase = false;
    bool negative = false;
    bool open = false;
};

/** The customer whose episodes are being read: their open day and what the ladder's rules count of them. */
struct Reading {
    CustomerProfile* profile = nullptr;
    OpenDay day;
    LadderCounts counts;
};

/** Where the sales of each quarter of the trend go, and which quarter is the trend's first. */
struct TrendQuarters {
    TrendRevenue& revenue;
    int first = 0; // quarterIndex of the trend's oldest quarter
    int count = 0; // how many quarters the trend has
};

/** Counts the day being added up as a purchase day unless its returns cancel it (see OpenDay). */
void closeDay(Reading& r, const ProfileOptions& options) {
    auto& day = r.day;
    if (!day.open) {
        return;
    }
    day.open = false;
    if (!day.purchase || (day.negative && day.netMinor <= 0)) {
        return;
    }
    auto& p = *r.profile;
    ++p.purchaseDays;
    p.firstPurchase = p.firstPurchase.value_or(day.date);
    p.lastPurchase = day.date;
    markReached(p, ladderStageByRules(p, r.counts, options.ladder), day.date);
}

void addEpisode(Reading& r, const storage::EpisodeFact& e, const ProfileOptions& options, TrendQuarters& trend) {
    auto& p = *r.profile;
    auto& day = r.day;
    if (day.open && day.date != e.date) {
        closeDay(r, options); // episodes come in date order: a later date ends the day
    }
    p.firstEpisode = p.firstEpisode.value_or(e.date);
    p.lastEpisode = e.date;
    p.lastEpisodeKind = e.kind;
    p.purchases += e.kind == EpisodeKind::Purchase ? 1 : 0;
    r.counts.coCreations += e.kind == EpisodeKind::CoCreation ? 1 : 0;
    r.counts.referrals += e.kind == EpisodeKind::Referral ? 1 : 0;
    if (e.satisfaction != storage::EpisodeFact::kNoSatisfaction) {
        ++r.counts.ratings;
        r.counts.satisfactionSum += e.satisfaction;
    }
    if (e.kind == EpisodeKind::Complaint && e.followUpOpen) {
        ++p.openComplaints;
    }
    if (core::isMonetary(e.kind)) {
        p.revenueMinor += e.revenueMinor;
        p.marginMinor += e.marginMinor;
        for (auto* window : {&options.current, &options.previous}) {
            if (window->contains(e.date)) {
                auto& totals = window == &options.current ? p.current : p.previous;
                totals.purchases += e.kind == EpisodeKind::Purchase ? 1 : 0;
                totals.revenueMinor += e.revenueMinor;
                totals.marginMinor += e.marginMinor;
            }
        }
        const int quarter = quarterIndex(e.date) - trend.first;
        if (quarter >= 0 && quarter < trend.count) {
            trend.revenue.add(p.id, quarter, e.revenueMinor);
        }
    }
    if (e.kind == EpisodeKind::Purchase || e.kind == EpisodeKind::Return) {
        p.purchasesWithMargin += e.kind == EpisodeKind::Purchase && e.marginMinor != 0 ? 1 : 0;
        if (!day.open) {
            day = {e.date, 0, false, false, true};
        }
        day.netMinor += e.revenueMinor;
        day.purchase = day.purchase || e.kind == EpisodeKind::Purchase;
        day.negative = day.negative || e.revenueMinor < 0;
    }
    markReached(p, ladderStageByRules(p, r.counts, options.ladder), e.date);
}

/**
 * Ends the reading of a customer's episodes: their last day, a live partnership's rung, and the stage the rules
 * give. Their ladder counts are not needed after this.
 */
void finishCustomer(Reading& r, const ProfileOptions& options,
                    const std::unordered_map<core::CustomerId, core::Date>& partnershipSince) {
    closeDay(r, options);
    auto& p = *r.profile;
    if (const auto link = partnershipSince.find(p.id); link != partnershipSince.end()) {
        p.partnershipLink = true;
        const auto stage = ladderStageByRules(p, r.counts, options.ladder);
        if (stage == LadderStage::Partner && !p.reachedOn[static_cast<std::size_t>(stage)]) {
            // Partner from the later of the partnership's start and the day the rung below was reached.
            const auto below = p.reachedOn[static_cast<std::size_t>(LadderStage::Client)];
            markReached(p, stage, below ? std::max(*below, link->second) : link->second);
        }
    }
    p.stage = ladderStageByRules(p, r.counts, options.ladder);
}

/** The profile of customer `id` among profiles in id order (every scan comes in id order); null when none. */
CustomerProfile* findIn(std::vector<CustomerProfile>& profiles, core::CustomerId id) {
    const auto it = std::lower_bound(profiles.begin(), profiles.end(), id,
                                     [](const CustomerProfile& p, core::CustomerId key) { return p.id < key; });
    return it != profiles.end() && it->id == id ? &*it : nullptr;
}

/** What reading the episodes shares with the rest of the build. */
struct EpisodeReading {
    int trendQuarters = 0;
    const std::unordered_map<core::CustomerId, core::Date>& partnershipSince;
    TrendRevenue& trend;
    /** On the building thread, after each batch: counts the rows, and whether to go on. */
    std::function<bool(std::size_t rows)> batchDone;
};

/** A run of customers whose episodes are read together, with the trend's sales of its own. */
struct EpisodeRun {
    storage::CustomerIdRange customers;
    TrendRevenue trend;
};

/**
 * Reads one run's episodes into its customers' profiles. The episodes come by customer and date
 * (scanEpisodeFacts' order), so one customer is read at a time and finished when the next one's episodes begin:
 * their ladder counts are kept only meanwhile. The build relies on that order; a customer whose episodes came in
 * two runs would have their counts begin again, so the runs divide customers, never a customer's episodes.
 */
void readRun(storage::Repository& repository, std::vector<CustomerProfile>& profiles, EpisodeRun& run,
             const ProfileOptions& options, const EpisodeReading& shared,
             const std::function<bool(std::size_t)>& batchDone) {
    TrendQuarters trend{run.trend, quarterIndex(options.until) - shared.trendQuarters + 1, shared.trendQuarters};
    Reading reading;
    repository.scanEpisodeFacts(
        [&](std::span<const storage::EpisodeFact> batch) {
            for (const auto& e : batch) {
                if (reading.profile == nullptr || reading.profile->id != e.customerId) {
                    if (reading.profile != nullptr) {
                        finishCustomer(reading, options, shared.partnershipSince);
                    }
                    reading = {findIn(profiles, e.customerId), {}, {}};
                }
                if (reading.profile != nullptr && e.date <= options.until) {
                    addEpisode(reading, e, options, trend);
                }
            }
            return batchDone(batch.size());
        },
        storage::ArchiveFilter::Active, run.customers);
    if (reading.profile != nullptr) {
        finishCustomer(reading, options, shared.partnershipSince);
    }
}

/**
 * Runs of about the same number of customers (profiles), in id order, together covering every id. Episodes are not
 * spread evenly over customers (the older have more), so there are more runs than readers: a reader that finishes
 * early takes the next.
 */
std::vector<EpisodeRun> episodeRuns(const std::vector<CustomerProfile>& profiles, std::size_t count) {
    std::vector<EpisodeRun> runs(std::max<std::size_t>(1, std::min(count, profiles.size())));
    for (std::size_t i = 1; i < runs.size(); ++i) {
        const auto boundary = profiles[profiles.size() * i / runs.size()].id;
        runs[i - 1].customers.end = boundary;
        runs[i].customers.first = boundary;
    }
    return runs;
}

constexpr std::size_t kEpisodeRuns = 16;

/**
 * Reads every customer's episodes into their profiles: in runs of customers on this thread and, given
 * openEpisodeReader, on a second thread with a connection of its own, each taking the next run when done. Every
 * profile is written by the one reader of its run; the trend's sales are joined in id order at the end. Returns how
 * many runs the second connection read.
 */
std::size_t readEpisodes(storage::Repository& repository, std::vector<CustomerProfile>& profiles,
                         const ProfileOptions& options, const EpisodeReading& shared) {
    if (!options.openEpisodeReader || profiles.size() < std::max<std::size_t>(options.splitEpisodesFrom, 1)) {
        EpisodeRun whole;
        readRun(repository, profiles, whole, options, shared, shared.batchDone);
        shared.trend.append(std::move(whole.trend));
        return 0;
    }
    auto runs = episodeRuns(profiles, kEpisodeRuns);
    std::atomic<std::size_t> next{0};
    std::atomic<std::int64_t> otherRows{0};
    std::atomic<bool> stop{false};
    const auto readRuns = [&](storage::Repository& reader, const std::function<bool(std::size_t)>& batchDone) {
        std::size_t read = 0;
        for (auto i = next++; i < runs.size() && !stop.load(); i = next++) {
            readRun(reader, profiles, runs[i], options, shared, batchDone);
            ++read;
        }
        return read;
    };
    auto other = std::async(std::launch::async, [&]() -> std::size_t {
        clearUpperVectorRegisters(); // as on the app's workers (vector_state.h)
        std::unique_ptr<storage::Repository> reader;
        try {
            reader = options.openEpisodeReader();
        } catch (const std::exception&) {
            // No second connection (a team server at its connection limit): this thread reads every run.
        }
        if (!reader || stop.load()) {
            return 0;
        }
        try {
            return readRuns(*reader, [&](std::size_t rows) {
                otherRows += static_cast<std::int64_t>(rows);
                return !stop.load();
            });
        } catch (...) {
            stop = true; // the building thread stops at its next batch and hears this failure from get()
            throw;
        }
    });
    // Progress is heard on this thread only: the other reader's rows are counted in with this one's.
    const auto batchDone = [&](std::size_t rows) {
        if (!shared.batchDone(rows + static_cast<std::size_t>(otherRows.exchange(0)))) {
            stop = true;
        }
        return !stop.load();
    };
    try {
        readRuns(repository, batchDone);
    } catch (...) {
        // The future's destructor waits for the other reader: it stops at its next batch, or once its connection
        // is open.
        stop = true;
        throw;
    }
    const auto runsBeside = other.get();
    if (!stop.load() && otherRows.load() > 0) {
        batchDone(0); // the other reader's last rows, read after this thread's last batch
    }
    for (auto& run : runs) {
        shared.trend.append(std::move(run.trend));
    }
    return runsBeside;
}

} // namespace

void ProfileTexts::add(CustomerProfile& profile, std::string_view name, std::string_view owner) {
    if (m_names.size() + name.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("the customers' names take more than 4 GiB");
    }
    profile.nameOffset = static_cast<std::uint32_t>(m_names.size());
    profile.nameLength = static_cast<std::uint32_t>(name.size());
    m_names.append(name);
    auto found = m_ownerIndex.find(owner);
    if (found == m_ownerIndex.end()) {
        found = m_ownerIndex.emplace(std::string(owner), static_cast<std::uint32_t>(m_owners.size())).first;
        m_owners.emplace_back(owner);
    }
    profile.ownerIndex = found->second;
}

std::string_view ProfileTexts::name(const CustomerProfile& profile) const {
    return profile.nameOffset + std::size_t{profile.nameLength} <= m_names.size()
               ? std::string_view(m_names).substr(profile.nameOffset, profile.nameLength)
               : std::string_view();
}

std::string_view ProfileTexts::owner(const CustomerProfile& profile) const {
    return profile.ownerIndex < m_owners.size() ? std::string_view(m_owners[profile.ownerIndex]) : std::string_view();
}

void TrendRevenue::add(core::CustomerId customer, int quarter, std::int64_t revenueMinor) {
    auto& sales = m_quarters.at(static_cast<std::size_t>(quarter));
    if (!sales.empty() && sales.back().id == customer) {
        sales.back().revenueMinor += revenueMinor;
    } else {
        sales.push_back({customer, revenueMinor});
    }
}

const std::deque<CustomerRevenue>& TrendRevenue::quarter(int quarter) const {
    return m_quarters.at(static_cast<std::size_t>(quarter));
}

void TrendRevenue::append(TrendRevenue&& later) {
    for (std::size_t quarter = 0; quarter < m_quarters.size(); ++quarter) {
        auto& from = later.m_quarters[quarter];
        auto& to = m_quarters[quarter];
        if (to.empty()) {
            to = std::move(from);
            continue;
        }
        // One at a time from the front, so the deque gives each block back as it empties.
        while (!from.empty()) {
            to.push_back(from.front());
            from.pop_front();
        }
    }
}

void TrendRevenue::finish() {
    const auto byId = [](const CustomerRevenue& a, const CustomerRevenue& b) { return a.id < b.id; };
    for (auto& sales : m_quarters) {
        if (!std::is_sorted(sales.begin(), sales.end(), byId)) {
            std::stable_sort(sales.begin(), sales.end(), byId);
        }
    }
}

std::optional<double> CustomerProfile::usualIntervalDays() const {
    if (purchaseDays < 2 || !firstPurchase || !lastPurchase) {
        return std::nullopt;
    }
    return static_cast<double>(firstPurchase->daysUntil(*lastPurchase)) / (purchaseDays - 1);
}

int quarterIndex(core::Date date) {
    return date.year() * 4 + static_cast<int>(date.month() - 1) / 3;
}

std::string quarterName(int quarter) {
    return std::to_string(quarter / 4) + "-Q" + std::to_string(quarter % 4 + 1);
}

LadderStage ladderStageByRules(const CustomerProfile& p, const LadderCounts& counts, const LadderRules& rules) {
    if (!p.firstEpisode) {
        return LadderStage::Prospect;
    }
    if (p.purchaseDays < rules.clientPurchaseDays) {
        return LadderStage::Customer;
    }
    if (counts.coCreations >= rules.partnerCoCreations || p.partnershipLink) {
        return LadderStage::Partner;
    }
    if (counts.referrals >= rules.advocateReferrals) {
        return LadderStage::Advocate;
    }
    const bool satisfied = counts.ratings >= rules.supporterRatings && counts.ratings > 0 &&
                           static_cast<double>(counts.satisfactionSum) / counts.ratings >= rules.supporterSatisfaction;
    if (satisfied && p.openComplaints == 0) {
        return LadderStage::Supporter;
    }
    return LadderStage::Client;
}

Profiles buildProfiles(storage::Repository& repository, const ProfileOptions& options) {
    Profiles built;
    auto& profiles = built.profiles;
    std::vector<std::optional<LadderStage>> overrides;
    std::int64_t rowsRead = 0;
    bool stopped = false;
    // Every scan reports after each batch; a stop ends the scan and then the whole build.
    const auto batchDone = [&](std::size_t rows) {
        rowsRead += static_cast<std::int64_t>(rows);
        stopped = options.keepGoing && !options.keepGoing(rowsRead);
        return !stopped;
    };
    const auto throwIfStopped = [&] {
        if (stopped) {
            throw AnalysisCancelled();
        }
    };
    const int trendQuarters = std::clamp(options.trendQuarters, 0, kTrendQuarters);
    // Room for every customer first (a count: of an index on SQLite, of the table on PostgreSQL): grown by doubling,
    // the vector moved the profiles made so far (160 bytes each) into fresh pages at every step. A customer added
    // between the count and the scan only makes it grow once more.
    const auto expected = static_cast<std::size_t>(std::max<std::int64_t>(repository.customerCount({}), 0));
    profiles.reserve(expected);
    overrides.reserve(expected);
    repository.scanCustomerFacts([&](std::span<const storage::CustomerFact> batch) {
        for (const auto& fact : batch) {
            CustomerProfile p;
            p.id = fact.id;
            built.texts.add(p, fact.displayName, fact.owner);
            profiles.push_back(p);
            overrides.push_back(fact.ladderOverride);
        }
        return batchDone(batch.size());
    });
    throwIfStopped();
    built.texts.shrinkToFit();

    // Live partnerships with a customer make them a partner from the partnership's start.
    std::unordered_map<core::CustomerId, core::Date> partnershipSince;
    for (const auto& partnership : repository.partnerships()) {
        if (!partnership.partnerCustomerId || partnership.stage() == core::PartnershipStage::Rupture ||
            (partnership.endedOn && *partnership.endedOn <= options.until)) {
            continue;
        }
        const auto since = partnership.startedOn.value_or(
            partnership.stageHistory.empty() ? options.until : partnership.stageHistory.front().since);
        if (since <= options.until) {
            auto [it, inserted] = partnershipSince.try_emplace(*partnership.partnerCustomerId, since);
            if (!inserted) {
                it->second = std::min(it->second, since);
            }
        }
    }

    repository.scanRelationshipCosts([&](std::span<const core::RelationshipCost> batch) {
        CustomerProfile* p = nullptr;
        for (const auto& cost : batch) {
            if (p == nullptr || p->id != cost.customerId) {
                p = findIn(profiles, cost.customerId);
            }
            if (p != nullptr && cost.year <= options.until.year()) {
                p->costsMinor += cost.amount.minor();
            }
        }
        return batchDone(batch.size());
    });
    throwIfStopped();

    built.episodeRunsBeside =
        readEpisodes(repository, profiles, options, {trendQuarters, partnershipSince, built.trend, batchDone});
    throwIfStopped();
    built.trend.finish();

    for (std::size_t i = 0; i < profiles.size(); ++i) {
        auto& p = profiles[i];
        // Without episodes up to `until` (finished above or not) a customer is a prospect: only the link is set.
        if (!p.firstEpisode && partnershipSince.contains(p.id)) {
            p.partnershipLink = true;
        }
        if (overrides[i]) {
            p.stage = *overrides[i];
            p.stageSetByHand = true;
        }
    }
    return built;
}

} // namespace rapport::analytics
