#include "storage/database_copy.h"

#include "storage/errors.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace rapport::storage {

namespace {

constexpr int kPage = 2'000;

bool isEmpty(const DatabaseCounts& c) {
    return c.customers == 0 && c.contactPersons == 0 && c.episodes == 0 && c.tasks == 0 && c.partnerships == 0 &&
           c.churnRecords == 0 && c.costEntries == 0 && c.assessments == 0 && c.anonymousSales == 0 && c.campaigns == 0;
}

std::string describe(const DatabaseCounts& c) {
    return std::to_string(c.customers) + " customers, " + std::to_string(c.contactPersons) + " contact persons, " +
           std::to_string(c.episodes) + " episodes, " + std::to_string(c.tasks) + " tasks, " +
           std::to_string(c.partnerships) + " partnerships, " + std::to_string(c.churnRecords) + " churn records, " +
           std::to_string(c.costEntries) + " cost entries, " + std::to_string(c.assessments) + " assessments, " +
           std::to_string(c.anonymousSales) + " anonymous sales, " + std::to_string(c.campaigns) + " campaigns with " +
           std::to_string(c.campaignMembers) + " members (" + std::to_string(c.archivedCustomers) +
           " customers archived)";
}

void report(const CopyProgress& progress, std::string_view stage, std::int64_t done, std::int64_t total) {
    if (progress) {
        progress(stage, done, total);
    }
}

} // namespace

std::pair<std::int64_t, std::int64_t> purchaseTotals(Repository& repository) {
    std::int64_t revenue = 0;
    std::int64_t margin = 0;
    repository.scanPurchases(
        [&](std::span<const PurchaseRecord> batch) {
            for (const auto& purchase : batch) {
                revenue += purchase.revenueMinor;
                margin += purchase.marginMinor;
            }
            return true;
        },
        ArchiveFilter::All);
    return {revenue, margin};
}

CopySummary copyDatabase(Repository& from, Repository& to, const CopyProgress& progress) {
    const auto source = from.counts();
    if (const auto target = to.counts(); !isEmpty(target)) {
        throw StorageError(to.location() + " is not empty (" + describe(target) +
                           "); a copy goes only into an empty database");
    }
    // Names sort in the copy as in the original (the target is empty: nothing to recompute).
    if (const auto collation = from.collation(); collation != to.collation()) {
        to.setCollation(collation);
    }
    CopySummary summary;
    std::vector<CustomerScore> scores;
    std::vector<core::LadderOverride> overrides;
    std::vector<core::Assessment> assessments;
    std::unordered_set<core::CustomerId> copiedCustomers;
    {
        const auto known = to.churnReasons();
        for (const auto& reason : from.churnReasons()) {
            if (std::none_of(known.begin(), known.end(), [&](const auto& k) { return k.code == reason.code; })) {
                to.addChurnReason(reason);
            }
        }
    }
    auto writer = to.beginBulk(BulkOptions{source.episodes > 1'000'000});

    // Customers with what hangs on them only, in id order; the episodes follow once every contact person exists.
    CustomerPageRequest request;
    request.filter.archive = ArchiveFilter::All; // archived customers too: a copy is the whole base
    request.sort = CustomerSort::Id;
    request.limit = kPage;
    std::int64_t done = 0;
    while (true) {
        const auto page = from.customerPage(request);
        for (const auto& row : page.rows) {
            auto customer = from.customer(row.id);
            if (!customer) {
                continue; // removed by someone meanwhile
            }
            customer->version = {};
            writer->addCustomer(*customer);
            copiedCustomers.insert(row.id);
            for (const auto& person : from.contactPersons(row.id)) {
                writer->addContactPerson(person);
            }
            for (const auto& task : from.tasks(row.id)) {
                writer->addTask(task);
            }
            for (const auto& cost : from.relationshipCosts(row.id)) {
                writer->addRelationshipCost(cost);
            }
            for (auto& assessment : from.assessments(row.id)) {
                assessments.push_back(std::move(assessment));
            }
            if (auto override = from.ladderOverride(row.id)) {
                overrides.push_back(std::move(*override));
            }
            if (row.stage) {
                scores.push_back({row.id, *row.stage, row.fourGroup.value_or(0), row.churnStatus, row.probabilityAlive,
                                  row.predictedValue});
            }
        }
        done += static_cast<std::int64_t>(page.rows.size());
        report(progress, "customers", done, source.customers);
        if (!page.next) {
            break;
        }
        request.after = page.next;
    }

    EpisodeQuery episodes;
    episodes.limit = 10'000;
    done = 0;
    while (true) {
        const auto page = from.episodes(episodes);
        for (const auto& episode : page.rows) {
            writer->addEpisode(episode);
        }
        done += static_cast<std::int64_t>(page.rows.size());
        report(progress, "episodes", done, source.episodes);
        if (!page.next) {
            break;
        }
        episodes.after = page.next;
    }
    from.scanAnonymousSales([&](std::span<const core::AnonymousSale> batch) {
        for (const auto& sale : batch) {
            writer->addAnonymousSale(sale);
        }
        return true;
    });
    for (const auto& record : from.churnRecords(std::nullopt)) {
        writer->addChurnRecord(record);
    }
    for (auto partnership : from.partnerships()) {
        // A team member's copy holds only the customers they may see; a partner who is another's customer
        // stays a partner by name.
        if (partnership.partnerCustomerId && !copiedCustomers.contains(*partnership.partnerCustomerId)) {
            partnership.partnerCustomerId.reset();
        }
        writer->addPartnership(partnership);
    }
    for (const auto& assessment : assessments) {
        writer->addAssessment(assessment);
    }
    for (const auto& event : from.customerEvents(std::nullopt)) {
        writer->addCustomerEvent(event);
        ++summary.events;
    }
    report(progress, "saving", 0, 1);
    writer->commit();
    writer.reset();

    // Set after the bulk commit, each in its own short transaction: a few per customer at most.
    for (const auto& override : overrides) {
        to.setLadderOverride(override);
    }
    to.storeScores(scores);
    summary.scores = static_cast<std::int64_t>(scores.size());
    // The amounts mean what they meant: the copy is in the source's currency (or, like it, in none), whatever
    // the target was created with.
    if (const auto currency = from.currency(), created = to.currency(); currency != created) {
        to.setCurrency(created, currency);
    }
    summary.ladderOverrides = static_cast<std::int64_t>(overrides.size());
    // Campaigns with their members, each in one transaction: the members name customers copied with their ids.
    for (const auto& [campaign, treated, control] : from.campaigns()) {
        auto copy = campaign;
        copy.id = 0; // the target numbers its campaigns itself (a PostgreSQL sequence does not see explicit ids)
        const auto members = from.campaignMembers(campaign.id);
        to.inOneTransaction([&] {
            copy.id = to.addCampaign(copy);
            to.storeCampaignMembers(copy.id, members);
        });
    }

    // Service levels under new ids, then each customer's level history with the ids mapped (its names as they
    // were); the latest row of each customer sets the level they hold.
    std::unordered_map<core::ServiceLevelId, core::ServiceLevelId> levelIds;
    for (const auto& [level, customers] : from.serviceLevels()) {
        auto copy = level;
        copy.id = 0;
        levelIds[level.id] = to.addServiceLevel(copy);
    }
    from.scanServiceLevelHistory([&](std::span<const core::ServiceLevelChange> batch) {
        std::vector<core::ServiceLevelChange> changes(batch.begin(), batch.end());
        for (auto& change : changes) {
            if (change.levelId) {
                const auto it = levelIds.find(*change.levelId);
                change.levelId = it != levelIds.end() ? std::optional(it->second) : std::nullopt;
            }
        }
        to.restoreServiceLevelHistory(changes);
        return true;
    });

    report(progress, "checking", 0, 1);
    summary.counts = to.counts();
    const auto [revenue, margin] = purchaseTotals(to);
    summary.revenueMinor = revenue;
    summary.marginMinor = margin;
    const auto [sourceRevenue, sourceMargin] = purchaseTotals(from);
    const auto copied = summary.counts;
    const bool countsEqual =
        copied.customers == source.customers && copied.contactPersons == source.contactPersons &&
        copied.episodes == source.episodes && copied.purchases == source.purchases && copied.tasks == source.tasks &&
        copied.partnerships == source.partnerships && copied.churnRecords == source.churnRecords &&
        copied.costEntries == source.costEntries && copied.assessments == source.assessments &&
        copied.anonymousSales == source.anonymousSales && copied.archivedCustomers == source.archivedCustomers &&
        copied.campaigns == source.campaigns && copied.campaignMembers == source.campaignMembers &&
        copied.serviceLevels == source.serviceLevels && copied.serviceLevelChanges == source.serviceLevelChanges;
    if (const auto anonymous = to.anonymousSalesTotals(); anonymous != from.anonymousSalesTotals()) {
        throw StorageError("the copy in " + to.location() + " differs from " + from.location() +
                           " in its anonymous sales: revenue " + std::to_string(anonymous.revenueMinor) +
                           " (minor units) against " + std::to_string(from.anonymousSalesTotals().revenueMinor));
    }
    if (!countsEqual || revenue != sourceRevenue || margin != sourceMargin) {
        throw StorageError("the copy in " + to.location() + " differs from " + from.location() + ": it has " +
                           describe(copied) + ", revenue " + std::to_string(revenue) + ", margin " +
                           std::to_string(margin) + " (minor units) against " + describe(source) + ", revenue " +
                           std::to_string(sourceRevenue) + ", margin " + std::to_string(sourceMargin));
    }
    return summary;
}

} // namespace rapport::storage
