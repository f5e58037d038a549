// Service levels on a team database: the levels are the team's and only an admin defines them; a manager's
// analysis gives levels to the customers they may see, and each member reads the level history of those only.
#include "app/analyse_and_score.h"
#include "app/service_levels.h"
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

} // namespace
} // namespace rapport::test
