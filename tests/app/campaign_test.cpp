// Campaigns through the application layer both front ends call: who a launch targets (consent, recent contact),
// the control group drawn from the recorded seed, the offer episodes, the measurement of the window and the
// contact list. On an SQLite file and on the PostgreSQL test server.
#include "app/campaign_results.h"
#include "app/campaigns.h"
#include "app/edit.h"
#include "storage/errors.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

namespace rapport::app {
namespace {

core::Date day(const char* iso) {
    return *core::Date::parseIso(iso);
}

class CampaignTest : public ::testing::Test {
protected:
    void SetUp() override { repository = storage::openRepository(database.location()); }

    core::CustomerId addCustomer(const std::string& name, bool marketingConsent,
                                 const std::string& segment = "retail") {
        core::Customer c;
        c.displayName = name;
        c.segment = segment;
        c.emails = {{name + "@example.com", ""}};
        c.consents.push_back({core::ConsentPurpose::Processing, true, day("2024-01-01"), "v1"});
        if (marketingConsent) {
            c.consents.push_back({core::ConsentPurpose::Marketing, true, day("2024-01-01"), "v1"});
        }
        return repository->addCustomer(c);
    }

    void addPurchase(core::CustomerId id, const char* on, std::int64_t revenueMinor) {
        core::Episode e;
        e.customerId = id;
        e.occurredOn = day(on);
        e.kind = core::EpisodeKind::Purchase;
        e.revenue = core::Money::fromMinor(revenueMinor);
        e.margin = core::Money::fromMinor(revenueMinor / 4);
        repository->addEpisode(e);
    }

    core::CampaignId draft(std::uint64_t seed = 12345, int excludeDays = 0) {
        core::Campaign c;
        c.name = "Autumn loyalty offer";
        c.offer = core::OfferKind::Reward;
        c.offerText = "A gift with the next order";
        c.controlPercent = 20;
        c.stratification = core::Stratification::None;
        c.seed = seed;
        c.responseWindowDays = 30;
        c.costPerContact = core::Money::fromMinor(150);
        c.excludeContactedDays = excludeDays;
        return createCampaign(*repository, c);
    }

    std::int64_t offers() {
        storage::EpisodeQuery query;
        query.kind = core::EpisodeKind::Offer;
        return static_cast<std::int64_t>(repository->episodes(query).rows.size());
    }

    test::TestDatabase database;
    std::unique_ptr<storage::Repository> repository;
};

TEST_F(CampaignTest, ALaunchTargetsOnlyConsentingCustomersAndHoldsBackTheControlGroup) {
    std::vector<core::CustomerId> consenting;
    for (int i = 0; i < 50; ++i) {
        consenting.push_back(addCustomer("customer" + std::to_string(i), true));
    }
    const auto refused = addCustomer("noconsent", false);
    const auto otherSegment = addCustomer("wholesale", true, "wholesale");
    const auto id = draft();

    storage::CustomerFilter filter;
    filter.segment = "retail";
    const auto launch = launchCampaign(*repository, id, filter, day("2026-10-01"), "segment retail", "Anna");
    EXPECT_EQ(launch.selected, 51);
    EXPECT_EQ(launch.withoutConsent, 1);
    EXPECT_EQ(launch.treated, 40);
    EXPECT_EQ(launch.control, 10);

    const auto members = repository->campaignMembers(id);
    ASSERT_EQ(members.size(), 50U);
    for (const auto& m : members) {
        EXPECT_NE(m.customerId, refused);
        EXPECT_NE(m.customerId, otherSegment);
    }
    // One offer episode per treated customer, on the launch day, by the one who launched it; none for the control.
    EXPECT_EQ(offers(), 40);
    for (const auto& m : members) {
        storage::EpisodeQuery query;
        query.customerId = m.customerId;
        const auto episodes = repository->episodes(query).rows;
        if (m.control) {
            EXPECT_TRUE(episodes.empty());
        } else {
            ASSERT_EQ(episodes.size(), 1U);
            EXPECT_EQ(episodes[0].kind, core::EpisodeKind::Offer);
            EXPECT_EQ(episodes[0].occurredOn, day("2026-10-01"));
            EXPECT_EQ(episodes[0].owner, "Anna");
        }
    }
    const auto stored = *repository->campaign(id);
    EXPECT_EQ(stored.launchedOn, day("2026-10-01"));
    EXPECT_EQ(stored.targetDescription, "segment retail");
    const auto summaries = repository->campaigns();
    ASSERT_EQ(summaries.size(), 1U);
    EXPECT_EQ(summaries[0].treated, 40);
    EXPECT_EQ(summaries[0].control, 10);
}

TEST_F(CampaignTest, TheRecordedSeedReproducesTheSameControlGroupInAnotherDatabase) {
    for (int i = 0; i < 40; ++i) {
        addCustomer("c" + std::to_string(i), true);
    }
    const auto id = draft(777);
    launchCampaign(*repository, id, {}, day("2026-10-01"), "all", "");

    test::TestDatabase other;
    auto copy = storage::openRepository(other.location());
    for (int i = 0; i < 40; ++i) {
        core::Customer c;
        c.displayName = "c" + std::to_string(i);
        c.consents.push_back({core::ConsentPurpose::Marketing, true, day("2024-01-01"), "v1"});
        copy->addCustomer(c);
    }
    core::Campaign again = *repository->campaign(id);
    again.launchedOn.reset();
    const auto otherId = createCampaign(*copy, again);
    EXPECT_EQ(copy->campaign(otherId)->seed, 777U);
    launchCampaign(*copy, otherId, {}, day("2026-10-01"), "all", "");
    EXPECT_EQ(repository->campaignMembers(id), copy->campaignMembers(otherId));
}

TEST_F(CampaignTest, RecentlyContactedCustomersAreLeftOutWhenAsked) {
    const auto recent = addCustomer("recent", true);
    const auto earlier = addCustomer("earlier", true);
    for (int i = 0; i < 20; ++i) {
        addCustomer("quiet" + std::to_string(i), true);
    }
    addPurchase(recent, "2026-09-25", 1000);
    addPurchase(earlier, "2026-08-01", 1000);
    const auto id = draft(1, 14);
    const auto launch = launchCampaign(*repository, id, {}, day("2026-10-01"), "all", "");
    EXPECT_EQ(launch.recentlyContacted, 1);
    const auto members = repository->campaignMembers(id);
    EXPECT_EQ(members.size(), 21U);
    EXPECT_TRUE(std::none_of(members.begin(), members.end(), [&](const auto& m) { return m.customerId == recent; }));
}

TEST_F(CampaignTest, ALaunchWithNobodyToTargetOrASecondLaunchChangesNothing) {
    addCustomer("noconsent", false);
    const auto id = draft();
    const auto before = repository->counts();
    EXPECT_THROW(launchCampaign(*repository, id, {}, day("2026-10-01"), "all", ""), RefusedError);
    EXPECT_FALSE(repository->campaign(id)->launchedOn);
    EXPECT_EQ(repository->counts().episodes, before.episodes);
    EXPECT_EQ(repository->counts().campaignMembers, 0);

    for (int i = 0; i < 10; ++i) {
        addCustomer("c" + std::to_string(i), true);
    }
    launchCampaign(*repository, id, {}, day("2026-10-01"), "all", "");
    const auto launched = repository->counts();
    EXPECT_THROW(launchCampaign(*repository, id, {}, day("2026-10-02"), "all", ""), RefusedError);
    EXPECT_EQ(repository->counts().episodes, launched.episodes);
    EXPECT_EQ(repository->counts().campaignMembers, launched.campaignMembers);
    EXPECT_THROW(launchCampaign(*repository, 999, {}, day("2026-10-02"), "all", ""), storage::NotFoundError);
}

TEST_F(CampaignTest, TheMeasurementCountsPurchasesInTheWindowOnly) {
    for (int i = 0; i < 30; ++i) {
        addCustomer("c" + std::to_string(i), true);
    }
    const auto id = draft(99);
    launchCampaign(*repository, id, {}, day("2026-10-01"), "all", "");
    const auto members = repository->campaignMembers(id);
    std::int64_t treatedRevenue = 0;
    std::int64_t controlRevenue = 0;
    for (const auto& m : members) {
        addPurchase(m.customerId, "2026-10-01", 99'999); // the launch day: before the offer could work
        addPurchase(m.customerId, "2026-11-01", 99'999); // after the window's last day (Oct 31)
        if (m.customerId % 2 == 0) {
            addPurchase(m.customerId, "2026-10-31", 5'000); // the window's last day: counts
            (m.control ? controlRevenue : treatedRevenue) += 5'000;
        }
    }
    const auto result = measureCampaign(*repository, id, day("2026-12-15"));
    EXPECT_EQ(result.from, day("2026-10-02"));
    EXPECT_EQ(result.to, day("2026-10-31"));
    EXPECT_FALSE(result.windowOpen);
    EXPECT_EQ(result.measurement.treated.customers + result.measurement.control.customers, 30);
    EXPECT_EQ(result.measurement.treated.revenueMinor, treatedRevenue);
    EXPECT_EQ(result.measurement.control.revenueMinor, controlRevenue);
    EXPECT_EQ(result.measurement.costMinor, 150 * result.measurement.treated.customers);

    const auto launchDay = measureCampaign(*repository, id, day("2026-10-01"));
    EXPECT_FALSE(launchDay.started) << "no day of the window has passed on the launch day";
    EXPECT_TRUE(measureCampaign(*repository, id, day("2026-10-02")).started);

    const auto during = measureCampaign(*repository, id, day("2026-10-15"));
    EXPECT_TRUE(during.windowOpen);
    EXPECT_EQ(during.to, day("2026-10-15"));
    EXPECT_EQ(during.measurement.treated.revenueMinor, 0);
}

TEST_F(CampaignTest, TheResultsBySegmentMeasureEachSegmentsMembersOnTheirOwn) {
    for (int i = 0; i < 40; ++i) {
        addCustomer("f" + std::to_string(i), true, "families");
        addCustomer("s" + std::to_string(i), true, "singles");
    }
    addCustomer("n0", true, ""); // no segment recorded
    const auto id = draft(7);
    launchCampaign(*repository, id, {}, day("2026-10-01"), "all", "");
    // Only the families' treated customers buy.
    std::int64_t familiesTreated = 0;
    std::int64_t familiesControl = 0;
    for (const auto& m : repository->campaignMembers(id)) {
        const auto segment = repository->customer(m.customerId)->segment;
        if (segment == "families") {
            ++(m.control ? familiesControl : familiesTreated);
            if (!m.control) {
                addPurchase(m.customerId, "2026-10-10", 10'000);
            }
        }
    }
    const auto result = measureCampaignByDimension(*repository, id, analytics::Dimension::Segment, day("2026-12-15"));
    ASSERT_EQ(result.parts.rows.size(), 3U);
    EXPECT_EQ(result.parts.dimension, analytics::Dimension::Segment);
    std::map<std::string, analytics::CampaignMeasurement> bySegment;
    std::int64_t members = 0;
    for (const auto& row : result.parts.rows) {
        bySegment[row.value] = row.measurement;
        members += row.measurement.treated.customers + row.measurement.control.customers;
    }
    EXPECT_EQ(members, 81) << "every member in exactly one part";
    EXPECT_EQ(result.whole.measurement.treated.customers + result.whole.measurement.control.customers, 81);
    const auto& families = bySegment.at("families");
    EXPECT_EQ(families.treated.customers, familiesTreated);
    EXPECT_EQ(families.control.customers, familiesControl);
    EXPECT_EQ(families.treated.responders, familiesTreated);
    EXPECT_EQ(families.treated.revenueMinor, 10'000 * familiesTreated);
    EXPECT_EQ(families.control.responders, 0);
    EXPECT_EQ(families.response, analytics::Verdict::Positive);
    EXPECT_DOUBLE_EQ(families.responseLift.value, 1.0);
    const auto& singles = bySegment.at("singles");
    EXPECT_EQ(singles.treated.responders + singles.control.responders, 0);
    EXPECT_EQ(singles.response, analytics::Verdict::NoMeasurableEffect);
    EXPECT_EQ(bySegment.at("").treated.customers + bySegment.at("").control.customers, 1);
    EXPECT_EQ(bySegment.at("").response, analytics::Verdict::TooFewCustomers);
    EXPECT_EQ(result.parts.rows.back().value, "") << "the smallest part last";
}

TEST_F(CampaignTest, AMergedMemberStaysInTheCampaignUnderTheKeptCustomer) {
    for (int i = 0; i < 10; ++i) {
        addCustomer("c" + std::to_string(i), true);
    }
    const auto outsider = addCustomer("outsider", false); // no consent: not targeted
    const auto id = draft(7);
    launchCampaign(*repository, id, {}, day("2026-10-01"), "all", "");
    const auto before = repository->campaignMembers(id);
    const auto member = before.front();
    repository->mergeCustomers(outsider, member.customerId, "test");
    const auto after = repository->campaignMembers(id);
    ASSERT_EQ(after.size(), before.size()) << "the membership moves with the merged customer's episodes";
    const auto moved =
        std::find_if(after.begin(), after.end(), [&](const auto& m) { return m.customerId == outsider; });
    ASSERT_NE(moved, after.end());
    EXPECT_EQ(moved->control, member.control);

    // Two members of one campaign merged: the kept customer's group stands, one membership remains.
    const auto a = after[0];
    const auto b = after[1];
    repository->mergeCustomers(a.customerId, b.customerId, "test");
    const auto twice = repository->campaignMembers(id);
    EXPECT_EQ(twice.size(), after.size() - 1);
    EXPECT_TRUE(std::any_of(twice.begin(), twice.end(),
                            [&](const auto& m) { return m.customerId == a.customerId && m.control == a.control; }));
}

TEST_F(CampaignTest, TheContactListHasTheTreatedWhoStillConsent) {
    for (int i = 0; i < 20; ++i) {
        addCustomer("c" + std::to_string(i), true);
    }
    const auto id = draft(5);
    EXPECT_THROW(campaignContactList(*repository, id), RefusedError); // a draft has nobody to contact yet
    launchCampaign(*repository, id, {}, day("2026-10-01"), "all", "");
    auto contacts = campaignContactList(*repository, id);
    ASSERT_EQ(contacts.size(), 16U);

    // One customer withdraws consent after the launch: the list leaves them out from then on.
    auto withdrawn = *repository->customer(contacts[0].customerId);
    withdrawn.consents.push_back({core::ConsentPurpose::Marketing, false, day("2026-10-05"), "v1"});
    repository->updateCustomer(withdrawn);
    contacts = campaignContactList(*repository, id);
    EXPECT_EQ(contacts.size(), 15U);

    test::TempDir dir;
    const auto path = dir.file("contacts.csv");
    EXPECT_EQ(writeCampaignContacts(*repository, id, path), 15);
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str().rfind("customer_id,name,owner,email,phone\r\n", 0), 0U) << text.str();
    EXPECT_NE(text.str().find(contacts[0].email), std::string::npos);
    EXPECT_EQ(text.str().find(withdrawn.emails[0].value), std::string::npos);
}

} // namespace
} // namespace rapport::app
