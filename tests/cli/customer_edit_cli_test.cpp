// rapport-cli customer add | edit | delete and contact add | edit | end | list: what each stores, what a refused
// input leaves (nothing), and the episode that records a change of who decides.
#include "cli/edit_cli_fixture.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

using namespace rapport;
using namespace rapport::test;
using nlohmann::json;

namespace {

using CustomerEditCli = EditCli;
using ContactCli = EditCli;
} // namespace

TEST_F(CustomerEditCli, AddStoresEveryOptionAndPrintsTheNewId) {
    const auto added = printedId(cli({"customer",       "add",
                                      "--name",         "Hurtownia Północ",
                                      "--kind",         "organisation",
                                      "--email",        "biuro@polnoc.pl",
                                      "--email",        "zakupy@polnoc.pl",
                                      "--phone",        "+48 58 555 01 02",
                                      "--street",       "ul. Długa 5",
                                      "--postcode",     "80-831",
                                      "--city",         "Gdańsk",
                                      "--country",      "PL",
                                      "--segment",      "wholesale",
                                      "--owner",        "Anna Nowak",
                                      "--external-ref", "ERP-17",
                                      "--notes",        "pays in 30 days"}));
    const auto stored = open()->customer(added);
    ASSERT_TRUE(stored.has_value());
    core::Customer expected;
    expected.id = added;
    expected.kind = core::CustomerKind::Organisation;
    expected.market = core::Market::B2B; // an organisation's default
    expected.displayName = "Hurtownia Północ";
    expected.emails = {{"biuro@polnoc.pl", ""}, {"zakupy@polnoc.pl", ""}};
    expected.phones = {{"+48 58 555 01 02", ""}};
    expected.address = {"ul. Długa 5", "80-831", "Gdańsk", "", "PL"};
    expected.segment = "wholesale";
    expected.owner = "Anna Nowak";
    expected.externalRef = "ERP-17";
    expected.notes = "pays in 30 days";
    EXPECT_EQ(*stored, expected);
}

TEST_F(CustomerEditCli, AddWithJsonPrintsTheStoredCustomer) {
    const auto result = cli({"customer", "add", "--name", "Jan Kowalski", "--email", "jan@example.pl", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    const auto stored = open()->customer(document["id"].get<std::int64_t>());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->displayName, "Jan Kowalski");
    EXPECT_EQ(document["display_name"], "Jan Kowalski");
    EXPECT_EQ(document["kind"], "person");
    EXPECT_EQ(document["market"], "b2c");
    EXPECT_EQ(document["emails"][0]["value"], "jan@example.pl");
}

TEST_F(CustomerEditCli, BadInputIsRefusedNamingTheOptionAndChangesNothing) {
    expectRefused({"customer", "add", "--name", " "}, "--name: is required");
    expectRefused({"customer", "add", "--name", "Jan", "--email", "jan-at-example"}, "--email: 'jan-at-example'");
    expectRefused({"customer", "add", "--name", "Jan", "--phone", "call me"}, "--phone");
    expectRefused({"customer", "add", "--name", "Jan", "--kind", "alien"}, "--kind");
    expectRefused({"customer", "add", "--name", "Firma", "--kind", "organisation", "--market", "b2c"}, "--market");
    expectRefused({"customer", "add", "--email", "jan@example.pl"}, "--name");
    expectRefused({"customer", "edit", id(m_shop), "--name", ""}, "--name: is required");
    expectRefused({"customer", "edit", id(m_shop)}, "at least one option");
}

TEST_F(CustomerEditCli, EditChangesOnlyTheOptionsGiven) {
    auto expected = open()->customer(m_shop).value();
    const auto result = cli({"customer", "edit", id(m_shop), "--city", "Sopot", "--email", "sklep@kowalski.pl",
                             "--notes", "new address from May"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, id(m_shop) + "\n");
    expected.address.city = "Sopot";
    expected.emails = {{"sklep@kowalski.pl", ""}};
    expected.notes = "new address from May";
    EXPECT_EQ(open()->customer(m_shop).value(), expected);

    ASSERT_EQ(cli({"customer", "edit", id(m_shop), "--email", ""}).exitCode, 0) << "'' clears the list";
    EXPECT_TRUE(open()->customer(m_shop)->emails.empty());
    EXPECT_EQ(open()->customer(m_shop)->address.city, "Sopot");
}

TEST_F(CustomerEditCli, EditOfACustomerThatIsNotThereExitsOne) {
    const auto before = dump();
    const auto result = cli({"customer", "edit", "999", "--city", "Sopot"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no customer with id 999"), std::string::npos) << result.err;
    EXPECT_EQ(dump(), before);
}

TEST_F(CustomerEditCli, DeleteRemovesACustomerWithoutEpisodesAndWhatIsRecordedAboutThem) {
    {
        auto repository = open();
        core::ContactPerson person;
        person.customerId = m_third;
        person.name = "Karin Lindqvist";
        repository->addContactPerson(person);
        core::Task task;
        task.customerId = m_third;
        task.title = "Send the catalogue";
        task.dueOn = day("2026-01-10");
        repository->addTask(task);
        repository->setRelationshipCost({m_third, 2025, core::CostLine::Delivery, core::Money::fromMinor(900)});
    }
    const auto result = cli({"customer", "delete", id(m_third)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto repository = open();
    EXPECT_FALSE(repository->customer(m_third).has_value());
    EXPECT_TRUE(repository->contactPersons(m_third).empty());
    EXPECT_TRUE(repository->tasks(m_third).empty());
    EXPECT_TRUE(repository->relationshipCosts(m_third).empty());
    EXPECT_TRUE(repository->customer(m_shop).has_value()) << "the others stay";

    EXPECT_EQ(cli({"customer", "delete", id(m_third)}).exitCode, 1) << "a second time: no such customer";
}

TEST_F(CustomerEditCli, DeleteOfACustomerWithEpisodesIsRefused) {
    const auto before = dump();
    const auto result = cli({"customer", "delete", id(m_buyer)});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("Ola Wiśniewska has 1 episodes, so it cannot be deleted"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("Nothing was changed"), std::string::npos) << result.err;
    EXPECT_EQ(dump(), before);
}

TEST_F(CustomerEditCli, ShowWorksAsCustomerIdAndAsCustomerShowId) {
    const auto plain = cli({"customer", id(m_shop)});
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_NE(plain.out.find("Sklep Kowalski"), std::string::npos);
    const auto show = cli({"customer", "show", id(m_shop)});
    EXPECT_EQ(show.exitCode, 0) << show.err;
    EXPECT_EQ(show.out, plain.out);
    const auto json1 = cli({"customer", id(m_buyer), "--json"});
    const auto json2 = cli({"customer", "show", id(m_buyer), "--json"});
    EXPECT_EQ(json::parse(json1.out)["totals"]["revenue"], "120.00");
    EXPECT_EQ(json1.out, json2.out);
    EXPECT_EQ(cli({"customer"}).exitCode, 2) << "neither an id nor a subcommand";
    EXPECT_EQ(cli({"customer", "999"}).exitCode, 1);
}
