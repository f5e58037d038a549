#include "demo/demo_campaigns.h"

#include "analytics/control_group.h"
#include "demo/random.h"

#include <algorithm>
#include <unordered_set>

namespace rapport::demo {

namespace {

constexpr std::size_t kMostTargeted = 20'000;

struct DemoCampaign {
    const char* name;
    const char* goal;
    core::OfferKind offer;
    const char* offerText;
    int daysBeforeEnd;
    bool works;
};

constexpr DemoCampaign kCampaigns[] = {
    {"Loyalty reward for regular customers", "Raise repeat purchases of the customers who consent to offers",
     core::OfferKind::Reward, "A voucher worth 10 % of the next order, valid for 30 days", 120, true},
    {"Newsletter: spring collection", "Invite customers to see the new collection", core::OfferKind::Invitation,
     "An invitation to the spring collection on the website", 75, false},
};

} // namespace

DemoCampaignsAdded addDemoCampaigns(storage::Repository& repository, std::uint64_t seed, core::Date end) {
    // Customers recorded as lost are not offered anything: the demo's churn records stay the last word on them.
    std::unordered_set<core::CustomerId> lost;
    for (const auto& record : repository.churnRecords(std::nullopt)) {
        lost.insert(record.customerId);
    }
    std::vector<analytics::CampaignCandidate> candidates;
    repository.scanCampaignCandidates({}, [&](std::span<const storage::CampaignCandidateRow> batch) {
        for (const auto& row : batch) {
            if (row.marketingConsent && !lost.contains(row.id) && candidates.size() < kMostTargeted) {
                candidates.push_back({row.id, 0});
            }
        }
        return candidates.size() < kMostTargeted;
    });
    DemoCampaignsAdded added;
    if (candidates.empty()) {
        return added;
    }
    int made = 0;
    repository.inOneTransaction([&] {
        for (const auto& plan : kCampaigns) {
            core::Campaign campaign;
            campaign.name = plan.name;
            campaign.goal = plan.goal;
            campaign.offer = plan.offer;
            campaign.offerText = plan.offerText;
            campaign.channel = core::Channel::Email;
            campaign.controlPercent = 20;
            campaign.stratification = core::Stratification::None;
            campaign.seed = mixSeed(seed, 0xCA3Eu + static_cast<std::uint64_t>(made)) & ((1ULL << 53U) - 1);
            campaign.responseWindowDays = 30;
            campaign.costPerContact = core::Money::fromMinor(120);
            campaign.launchedOn = end.addDays(-plan.daysBeforeEnd);
            campaign.targetDescription = "customers who consent to marketing";
            campaign.id = repository.addCampaign(campaign);
            const auto members = analytics::drawControlGroup(candidates, campaign.controlPercent, campaign.seed);
            repository.storeCampaignMembers(campaign.id, members);
            Random random(campaign.seed);
            for (const auto& member : members) {
                if (member.control) {
                    continue;
                }
                core::Episode offer;
                offer.customerId = member.customerId;
                offer.occurredOn = *campaign.launchedOn;
                offer.channel = campaign.channel;
                offer.kind = core::EpisodeKind::Offer;
                offer.notes = campaign.name + std::string("\n") + campaign.offerText;
                repository.addEpisode(offer);
                ++added.episodes;
                if (plan.works && random.chance(DemoCampaignTruth::kExtraPurchaseChance)) {
                    core::Episode purchase;
                    purchase.customerId = member.customerId;
                    purchase.occurredOn = campaign.launchedOn->addDays(
                        static_cast<std::int32_t>(random.between(1, campaign.responseWindowDays)));
                    purchase.channel = core::Channel::PointOfSale;
                    purchase.kind = core::EpisodeKind::Purchase;
                    purchase.revenue = core::Money::fromMinor(DemoCampaignTruth::kExtraPurchaseMinor);
                    purchase.margin = core::Money::fromMinor(DemoCampaignTruth::kExtraPurchaseMinor / 4);
                    purchase.notes = "Voucher redeemed";
                    repository.addEpisode(purchase);
                    ++added.episodes;
                    ++added.purchases;
                }
            }
            ++made;
        }
    });
    added.campaigns = made;
    return added;
}

} // namespace rapport::demo
