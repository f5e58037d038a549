// Service levels on a team database: the levels are the team's and only an admin defines them; a manager's
// analysis gives levels to the customers they may see, and each member reads the level history of those only.
#include "app/analyse_and_score.h"
#include "app/service_levels.h"
#include "storage/fixtures.h"
#include "team/team_fixture.h"

namespace rapport::test {
namespace {

TEST_F(TeamTest, OnlyAnAdminDefinesLevelsAndAManagersRunLevelsOnlyTheirCustomers) {
    std::vector<core::CustomerId> annas;
    std::vector<core::CustomerId> eriks;
    for (int i = 0; i < 3; ++i) {
        annas.push_back(m_admin->addCustomer(customerOf("Anna client " + std::to_string(i), "Anna Nowak")));
        eriks.push_back(m_admin->addCustomer(customerOf("Erik client " + std::to_string(i), "Erik Lindqvist")));
    }
    core::ServiceLevel everyone;
    everyone.name = "Everyone";
    everyone.contactIntervalDays = 90;

    auto anna = signIn(m_anna);
    EXPECT_THROW(app::Edit().add(everyone).apply(*anna), storage::PermissionError);
    EXPECT_TRUE(m_admin->serviceLevels().empty());
    auto ola = signIn(m_ola);
    EXPECT_THROW(ola->addServiceLevel(everyone), storage::PermissionError);

    auto added = app::Edit().add(everyone);
    added.apply(*m_admin);
    const auto id = std::get<app::RowChange<core::ServiceLevel>>(added.changes().front()).after->id;
    ASSERT_EQ(anna->serviceLevels().size(), 1U) << "every member reads the team's levels";

    auto renamed = *anna->serviceLevel(id);
    renamed.name = "Renamed by Anna";
    EXPECT_THROW(anna->updateServiceLevel(renamed), storage::PermissionError);
    EXPECT_EQ(m_admin->serviceLevel(id)->name, "Everyone");

    app::analyseAndStoreScores(*anna, {}, app::ScoreStoring::Required);
    for (const auto customer : annas) {
        EXPECT_EQ(m_admin->customerRow(customer)->serviceLevel, id);
        EXPECT_EQ(anna->serviceLevelHistory(customer).size(), 1U);
    }
    for (const auto customer : eriks) {
        EXPECT_FALSE(m_admin->customerRow(customer)->serviceLevel) << "Anna's run leaves Erik's customers alone";
    }
    auto erik = signIn(m_erik);
    EXPECT_TRUE(erik->serviceLevelHistory(annas.front()).empty()) << "Erik does not see Anna's customers' history";
    EXPECT_GE(m_admin->serviceLevels().front().customers, 4) << "Anna's three, and Amber Foods";
    EXPECT_EQ(m_admin->serviceLevels().front().customers, anna->serviceLevels().front().customers);
    EXPECT_LT(erik->serviceLevels().front().customers, anna->serviceLevels().front().customers)
        << "Erik counts only the customers he sees";

    // An analyst's run may not write levels (nor scores): asked to store them, it fails and changes nothing.
    EXPECT_THROW(app::analyseAndStoreScores(*ola, {}, app::ScoreStoring::Required), storage::PermissionError);

    // Removing the level: the admin may; its customers have none, their history keeps its name.
    EXPECT_THROW(anna->removeServiceLevel(id), storage::PermissionError);
    m_admin->removeServiceLevel(id);
    EXPECT_FALSE(m_admin->customerRow(annas.front())->serviceLevel);
    const auto history = m_admin->serviceLevelHistory(annas.front());
    ASSERT_EQ(history.size(), 1U);
    EXPECT_EQ(history.front().levelName, "Everyone");
    EXPECT_FALSE(history.front().levelId);
}

TEST_F(TeamTest, AManagersAnalysisReadsThePurchasesOnASecondConnectionAsTheSameMember) {
    // Anna's customers buy; Erik's newest purchase comes after all of hers, so a guess from the whole base would
    // be wrong: her connections see only her rows, and the second one is hers too.
    const auto annas = m_admin->addCustomer(customerOf("Anna's buyer", "Anna Nowak"));
    for (const auto* day : {"2025-02-01", "2025-05-01", "2025-09-01"}) {
        m_admin->addEpisode(makePurchase(annas, day, 4'000));
        m_admin->addEpisode(makePurchase(m_annas, day, 1'500));
    }
    m_admin->addEpisode(makePurchase(m_eriks, "2025-12-01", 9'000));
    auto anna = signIn(m_anna);
    EXPECT_EQ(anna->recentPurchaseDay(), core::Date::fromYmd(2025, 9, 1));
    EXPECT_EQ(m_admin->recentPurchaseDay(), core::Date::fromYmd(2025, 12, 1));
    const auto alone = analytics::analyseBase(*anna);
    analytics::BaseAnalysisOptions beside;
    int opened = 0;
    beside.openPurchaseReader = [&] {
        ++opened;
        return signIn(m_anna);
    };
    const auto both = analytics::analyseBase(*anna, beside);
    EXPECT_EQ(opened, 1);
    EXPECT_EQ(both.until, core::Date::fromYmd(2025, 9, 1));
    EXPECT_EQ(both.until, alone.until);
    EXPECT_EQ(both.profiles.size(), alone.profiles.size());
    ASSERT_EQ(both.byCustomer.size(), alone.byCustomer.size());
    for (std::size_t i = 0; i < both.byCustomer.size(); ++i) {
        EXPECT_NE(both.byCustomer[i].first, m_eriks) << "Erik's purchases are not Anna's to read";
        EXPECT_EQ(both.byCustomer[i].first, alone.byCustomer[i].first);
        EXPECT_EQ(both.byCustomer[i].second.clv, alone.byCustomer[i].second.clv);
    }
    EXPECT_EQ(both.revenueInWindowMinor, alone.revenueInWindowMinor);
}

} // namespace
} // namespace rapport::test
