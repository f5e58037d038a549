// Campaigns on a team database: a campaign is the team's, its members are their customers' children under
// row-level security. A manager launches at the customers they may see and measures only those; the analyst reads
// and writes nothing; every membership is in the audit trail.
#include "app/campaigns.h"
#include "team/team_fixture.h"

namespace rapport::test {
namespace {

core::Customer consenting(const std::string& name, const std::string& owner) {
    auto c = customerOf(name, owner);
    c.consents.push_back({core::ConsentPurpose::Marketing, true, core::Date::fromYmd(2025, 1, 1), "v1"});
    return c;
}

TEST_F(TeamTest, AManagerLaunchesAtAndMeasuresOnlyTheCustomersTheyMaySee) {
    std::vector<core::CustomerId> annas;
    std::vector<core::CustomerId> eriks;
    for (int i = 0; i < 5; ++i) {
        annas.push_back(m_admin->addCustomer(consenting("Anna client " + std::to_string(i), "Anna Nowak")));
        eriks.push_back(m_admin->addCustomer(consenting("Erik client " + std::to_string(i), "Erik Lindqvist")));
    }
    core::Campaign draft;
    draft.name = "Spring reward";
    draft.controlPercent = 20;
    draft.stratification = core::Stratification::None;
    draft.seed = 31;

    auto ola = signIn(m_ola);
    EXPECT_THROW(app::createCampaign(*ola, draft), storage::PermissionError);

    auto anna = signIn(m_anna);
    const auto id = app::createCampaign(*anna, draft);
    const auto launch = app::launchCampaign(*anna, id, {}, core::Date::fromYmd(2026, 3, 1), "all", "Anna Nowak");
    EXPECT_EQ(launch.treated + launch.control, 5) << "Anna's five consenting customers, no one of Erik's";
    for (const auto& member : m_admin->campaignMembers(id)) {
        EXPECT_NE(std::find(annas.begin(), annas.end(), member.customerId), annas.end());
    }
    EXPECT_EQ(m_admin->campaignMembers(id).size(), 5U);

    // Erik sees the campaign, not Anna's customers in it.
    auto erik = signIn(m_erik);
    ASSERT_TRUE(erik->campaign(id).has_value());
    EXPECT_TRUE(erik->campaignMembers(id).empty());
    const auto seenByErik = app::measureCampaign(*erik, id, core::Date::fromYmd(2026, 4, 30));
    EXPECT_EQ(seenByErik.measurement.treated.customers + seenByErik.measurement.control.customers, 0);
    EXPECT_TRUE(erik->campaignContacts(id).empty());
    const auto seenByAnna = app::measureCampaign(*anna, id, core::Date::fromYmd(2026, 4, 30));
    EXPECT_EQ(seenByAnna.measurement.treated.customers + seenByAnna.measurement.control.customers, 5);

    // A launched campaign is the record its measurement stands on: Erik cannot change or remove it, the admin can.
    auto launched = *erik->campaign(id);
    launched.seed = 99;
    EXPECT_THROW(erik->updateCampaign(launched), storage::NotFoundError);
    EXPECT_THROW(erik->removeCampaign(id), storage::NotFoundError);
    EXPECT_EQ(m_admin->campaign(id)->seed, 31U);
    EXPECT_EQ(m_admin->campaignMembers(id).size(), 5U);

    // The memberships are in the audit trail, with who wrote them.
    storage::AuditQuery query;
    query.customerId = annas.front();
    const auto trail = m_admin->auditTrail(query);
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(),
                            [&](const auto& entry) { return entry.table == "campaign_member" && entry.by == m_anna; }));
    m_admin->removeCampaign(id);
    EXPECT_FALSE(m_admin->campaign(id).has_value());
}

} // namespace
} // namespace rapport::test
