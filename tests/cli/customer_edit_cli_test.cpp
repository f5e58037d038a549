// rapport-cli customer add | edit | delete | archive | restore, customers --archived | --all, assess, and contact
// add | edit | end | list: what each stores, what a refused input leaves (nothing), and the episode that records a
// change of who decides.
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
using ArchiveCli = EditCli;
using AssessCli = EditCli;

/** The ids `customers --json` lists with the given extra options. */
std::vector<std::int64_t> listed(const RunResult& result) {
    EXPECT_EQ(result.exitCode, 0) << result.err;
    std::vector<std::int64_t> ids;
    const auto document = json::parse(result.out);
    for (const auto& row : document["customers"]) {
        ids.push_back(row["id"].get<std::int64_t>());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

/** The episodes of a customer, oldest first. */
std::vector<core::Episode> episodesOf(storage::Repository& repository, core::CustomerId customer) {
    storage::EpisodeQuery query;
    query.customerId = customer;
    query.limit = 1000;
    auto rows = repository.episodes(query).rows;
    std::reverse(rows.begin(), rows.end());
    return rows;
}

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

TEST_F(ContactCli, AddStoresThePersonAndRecordsANewDecisionMaker) {
    const auto added = printedId(
        cli({"contact", "add", id(m_shop), "--name", "Jan Kowalski", "--role", "Owner", "--decision-maker", "--from",
             "2024-01-01", "--email", "jan@kowalski.pl", "--phone", "+48 601 234 567", "--notes", "prefers mornings"}));
    auto repository = open();
    const auto people = repository->contactPersons(m_shop);
    ASSERT_EQ(people.size(), 1U);
    core::ContactPerson expected;
    expected.id = added;
    expected.customerId = m_shop;
    expected.name = "Jan Kowalski";
    expected.role = "Owner";
    expected.decisionMaker = true;
    expected.emails = {{"jan@kowalski.pl", ""}};
    expected.phones = {{"+48 601 234 567", ""}};
    expected.activeFrom = day("2024-01-01");
    expected.notes = "prefers mornings";
    EXPECT_EQ(people[0], expected);

    const auto episodes = episodesOf(*repository, m_shop);
    ASSERT_EQ(episodes.size(), 1U);
    EXPECT_EQ(episodes[0].occurredOn, day("2024-01-01"));
    EXPECT_EQ(episodes[0].notes, "New decision maker: Jan Kowalski (Owner), from 2024-01-01");
    EXPECT_TRUE(episodes[0].critical);
    EXPECT_EQ(episodes[0].owner, "Anna Nowak") << "the customer's owner";
}

TEST_F(ContactCli, AddOfSomeoneWhoDoesNotDecideRecordsNoEpisode) {
    printedId(cli({"contact", "add", id(m_shop), "--name", "Piotr Nowak", "--role", "Accountant"}));
    auto repository = open();
    EXPECT_EQ(repository->contactPersons(m_shop).at(0).role, "Accountant");
    EXPECT_TRUE(episodesOf(*repository, m_shop).empty());

    printedId(cli({"contact", "add", id(m_shop), "--name", "Ewa Zielińska", "--role", "Purchasing manager", "--from",
                   "2025-02-01"}));
    const auto episodes = episodesOf(*open(), m_shop);
    ASSERT_EQ(episodes.size(), 1U) << "a purchasing manager decides on purchases";
    EXPECT_EQ(episodes[0].notes, "New purchasing contact: Ewa Zielińska (Purchasing manager), from 2025-02-01");
}

TEST_F(ContactCli, EndOfADecisionMakerRecordsTheEpisode) {
    core::ContactPerson owner;
    owner.customerId = m_shop;
    owner.name = "Jan Kowalski";
    owner.role = "Owner";
    owner.decisionMaker = true;
    owner.activeFrom = day("2020-05-01");
    const auto ownerId = open()->addContactPerson(owner);

    const auto result = cli({"contact", "end", id(ownerId), "--customer", id(m_shop), "--on", "2026-11-15"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto repository = open();
    auto expected = owner;
    expected.id = ownerId;
    expected.activeTo = day("2026-11-15");
    EXPECT_EQ(repository->contactPersons(m_shop).at(0), expected) << "kept as history, with the end date";
    const auto episodes = episodesOf(*repository, m_shop);
    ASSERT_EQ(episodes.size(), 1U);
    EXPECT_EQ(episodes[0].occurredOn, day("2026-11-15"));
    EXPECT_EQ(episodes[0].notes, "Decision maker changed: Jan Kowalski (Owner) left on 2026-11-15");
    EXPECT_EQ(episodes[0].kind, core::EpisodeKind::Other);
    EXPECT_TRUE(episodes[0].critical);

    expectRefused({"contact", "end", id(ownerId), "--customer", id(m_shop), "--on", "2026-12-01"}, "already ended");
}

TEST_F(ContactCli, EndBeforeTheStartOrWithABadDateIsRefusedNamingOn) {
    core::ContactPerson person;
    person.customerId = m_shop;
    person.name = "Jan Kowalski";
    person.decisionMaker = true;
    person.activeFrom = day("2024-01-01");
    const auto personId = open()->addContactPerson(person);
    expectRefused({"contact", "end", id(personId), "--customer", id(m_shop), "--on", "2023-12-31"},
                  "--on: must not be before active_from");
    expectRefused({"contact", "end", id(personId), "--customer", id(m_shop), "--on", "15.11.2026"}, "--on");
    expectRefused({"contact", "end", id(personId), "--on", "2026-11-15"}, "--customer");
    const auto before = dump();
    EXPECT_EQ(cli({"contact", "end", "999", "--customer", id(m_shop), "--on", "2026-11-15"}).exitCode, 1);
    EXPECT_EQ(dump(), before);
}

TEST_F(ContactCli, EditChangesOnlyWhatIsGivenAndRecordsWhenSomeoneStopsDeciding) {
    core::ContactPerson person;
    person.customerId = m_shop;
    person.name = "Jan Kowalski";
    person.role = "Owner";
    person.decisionMaker = true;
    person.emails = {{"jan@kowalski.pl", "work"}};
    const auto personId = open()->addContactPerson(person);

    auto result = cli({"contact", "edit", id(personId), "--customer", id(m_shop), "--phone", "+48 601 234 567"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto expected = person;
    expected.id = personId;
    expected.phones = {{"+48 601 234 567", ""}};
    EXPECT_EQ(open()->contactPersons(m_shop).at(0), expected);
    EXPECT_TRUE(episodesOf(*open(), m_shop).empty()) << "who decides did not change";

    result = cli({"contact", "edit", id(personId), "--customer", id(m_shop), "--no-decision-maker", "--role", "Adviser",
                  "--on", "2026-06-30"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expected.decisionMaker = false;
    expected.role = "Adviser";
    EXPECT_EQ(open()->contactPersons(m_shop).at(0), expected);
    const auto episodes = episodesOf(*open(), m_shop);
    ASSERT_EQ(episodes.size(), 1U);
    EXPECT_EQ(episodes[0].occurredOn, day("2026-06-30"));
    EXPECT_EQ(episodes[0].notes, "Decision maker changed: Jan Kowalski (Adviser) no longer decides from 2026-06-30");

    expectRefused({"contact", "edit", id(personId), "--customer", id(m_shop), "--email", "not-an-address"}, "--email");
    expectRefused(
        {"contact", "edit", id(personId), "--customer", id(m_shop), "--decision-maker", "--no-decision-maker"},
        "--no-decision-maker");
}

TEST_F(ContactCli, ListPrintsTheCustomersContactPersons) {
    const auto jan = printedId(cli({"contact", "add", id(m_shop), "--name", "Jan Kowalski", "--role", "Owner"}));
    const auto ewa = printedId(cli({"contact", "add", id(m_shop), "--name", "Ewa Zielińska"}));
    const auto result = cli({"contact", "list", id(m_shop), "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto rows = json::parse(result.out)["contact_persons"];
    ASSERT_EQ(rows.size(), 2U);
    std::map<std::int64_t, std::string> names;
    for (const auto& row : rows) {
        names[row["id"].get<std::int64_t>()] = row["name"].get<std::string>();
        EXPECT_EQ(row["customer_id"], m_shop);
    }
    EXPECT_EQ(names[jan], "Jan Kowalski");
    EXPECT_EQ(names[ewa], "Ewa Zielińska");
    const auto text = cli({"contact", "list", id(m_shop)});
    EXPECT_NE(text.out.find("Ewa Zielińska"), std::string::npos) << text.out;
    EXPECT_EQ(cli({"contact", "list", "999"}).exitCode, 1);
    const auto before = dump();
    const auto missing = cli({"contact", "add", "999", "--name", "Nobody"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("no customer with id 999"), std::string::npos) << missing.err;
    EXPECT_EQ(dump(), before);
}

TEST_F(ArchiveCli, ArchivedCustomersLeaveTheListAndRestoreBringsThemBack) {
    const auto all = std::vector<std::int64_t>{m_shop, m_buyer, m_third};
    ASSERT_EQ(listed(cli({"customers", "--json"})), all);

    const auto result = cli({"customer", "archive", id(m_shop), id(m_buyer), "--on", "2026-03-31"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, id(m_shop) + "\n" + id(m_buyer) + "\n");
    EXPECT_NE(result.err.find("Archived 2 customers on 2026-03-31"), std::string::npos) << result.err;
    {
        auto repository = open();
        EXPECT_EQ(repository->customer(m_shop)->archivedOn, day("2026-03-31"));
        EXPECT_EQ(repository->customer(m_buyer)->archivedOn, day("2026-03-31"));
        EXPECT_FALSE(repository->customer(m_third)->archivedOn.has_value());
    }
    EXPECT_EQ(listed(cli({"customers", "--json"})), std::vector<std::int64_t>{m_third});
    EXPECT_EQ(listed(cli({"customers", "--archived", "--json"})), (std::vector<std::int64_t>{m_shop, m_buyer}));
    EXPECT_EQ(listed(cli({"customers", "--all", "--json"})), all);
    const auto text = cli({"customers"});
    EXPECT_EQ(text.out.find("Sklep Kowalski"), std::string::npos) << text.out;
    const auto archivedText = cli({"customers", "--archived"});
    EXPECT_NE(archivedText.out.find("Sklep Kowalski"), std::string::npos) << archivedText.out;
    EXPECT_NE(archivedText.out.find("2026-03-31"), std::string::npos) << "the day it was archived";
    const auto rows = json::parse(cli({"customers", "--all", "--json"}).out)["customers"];
    for (const auto& row : rows) {
        EXPECT_EQ(row["archived_on"], row["id"] == m_third ? json(nullptr) : json("2026-03-31")) << row.dump();
    }
    EXPECT_EQ(cli({"customers", "--archived", "--all"}).exitCode, 2) << "one or the other";

    // Archiving again keeps the first day; nothing else changes.
    const auto before = dump();
    const auto again = cli({"customer", "archive", id(m_shop), "--on", "2026-05-01"});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.err.find("archived on 2026-03-31 already"), std::string::npos) << again.err;
    EXPECT_EQ(dump(), before);

    const auto restored = cli({"customer", "restore", id(m_shop), id(m_buyer)});
    ASSERT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_EQ(listed(cli({"customers", "--json"})), all);
    EXPECT_TRUE(listed(cli({"customers", "--archived", "--json"})).empty());
    EXPECT_FALSE(open()->customer(m_shop)->archivedOn.has_value());
    EXPECT_FALSE(open()->customer(m_buyer)->archivedOn.has_value());
}

TEST_F(ArchiveCli, ABadDateOrAMissingCustomerChangesNothing) {
    expectRefused({"customer", "archive", id(m_shop), id(m_buyer), "--on", "2026-02-30"}, "--on");
    expectRefused({"customer", "archive", id(m_shop), id(m_shop)}, "named twice");
    const auto before = dump();
    const auto result = cli({"customer", "archive", id(m_shop), "999"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no customer with id 999"), std::string::npos) << result.err;
    EXPECT_EQ(dump(), before) << "the customer that is there was not archived either";
    EXPECT_EQ(cli({"customer", "restore", "999"}).exitCode, 1);
    EXPECT_EQ(dump(), before);
}

TEST_F(ArchiveCli, ShowSaysWhenACustomerWasArchived) {
    auto json1 = json::parse(cli({"customer", id(m_shop), "--json"}).out);
    EXPECT_EQ(json1["archived_on"], nullptr);
    EXPECT_EQ(cli({"customer", id(m_shop)}).out.find("Archived on"), std::string::npos);

    const auto archived = cli({"customer", "archive", id(m_shop), "--on", "2026-03-31", "--json"});
    ASSERT_EQ(archived.exitCode, 0) << archived.err;
    EXPECT_EQ(json::parse(archived.out)["customers"][0]["archived_on"], "2026-03-31");
    const auto text = cli({"customer", "show", id(m_shop)});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    const auto line = text.out.find("Archived on");
    ASSERT_NE(line, std::string::npos) << text.out;
    EXPECT_EQ(text.out.substr(line, text.out.find('\n', line) - line).find("2026-03-31"), 9U + 11U) << text.out;
    json1 = json::parse(cli({"customer", id(m_shop), "--json"}).out);
    EXPECT_EQ(json1["archived_on"], "2026-03-31");
    EXPECT_EQ(json1["totals"]["archived_on"], "2026-03-31");
}

TEST_F(AssessCli, AssessAddsARowAndListShowsTheLatestOfEachComponent) {
    const auto first = printedId(cli({"assess", id(m_shop), "commitment", "3", "--on", "2025-06-01", "--note",
                                      "talks of a second supplier", "--by", "Anna"}));
    const auto second = printedId(cli({"assess", id(m_shop), "commitment", "4", "--on", "2026-01-15", "--by", "Anna"}));
    const auto third = printedId(cli({"assess", id(m_shop), "patronage", "2", "--on", "2025-09-01", "--by", "Piotr"}));
    const auto stored = open()->assessments(m_shop);
    ASSERT_EQ(stored.size(), 3U);
    core::Assessment expected;
    expected.id = first;
    expected.customerId = m_shop;
    expected.component = core::AssessmentComponent::Commitment;
    expected.assessedOn = day("2025-06-01");
    expected.score = 3;
    expected.note = "talks of a second supplier";
    expected.assessedBy = "Anna";
    EXPECT_EQ(stored.back(), expected) << "the oldest last";
    EXPECT_EQ(stored.front().id, second);

    auto result = cli({"assess", "list", id(m_shop), "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    EXPECT_EQ(document["customer_id"], m_shop);
    ASSERT_EQ(document["history"].size(), 3U);
    EXPECT_EQ(document["history"][0]["id"], second);
    EXPECT_EQ(document["history"][2]["note"], "talks of a second supplier");
    EXPECT_EQ(document["history"][2]["customer_id"], m_shop);
    ASSERT_EQ(document["latest"].size(), 2U);
    EXPECT_EQ(document["latest"][0]["id"], second);
    EXPECT_EQ(document["latest"][0]["score"], 4);
    EXPECT_EQ(document["latest"][1]["id"], third);
    EXPECT_EQ(document["latest"][1]["component"], "patronage");

    result = cli({"assess", "list", id(m_shop)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Latest of each component"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("History, newest first"), std::string::npos) << result.out;

    const auto shown = json::parse(cli({"customer", id(m_shop), "--json"}).out);
    EXPECT_EQ(shown["assessments"], document["history"]);
    EXPECT_EQ(shown["latest_assessments"], document["latest"]);
    EXPECT_NE(cli({"customer", id(m_shop)}).out.find("commitment 4 on 2026-01-15"), std::string::npos);

    const auto json1 = cli({"assess", id(m_buyer), "customer_bonds", "5", "--json"});
    ASSERT_EQ(json1.exitCode, 0) << json1.err;
    const auto added = json::parse(json1.out);
    EXPECT_EQ(added["component"], "customer_bonds");
    EXPECT_EQ(added["assessed_on"], core::Date::today().toIso()) << "--on defaults to today";
    EXPECT_EQ(open()->assessments(m_buyer).at(0).id, added["id"].get<std::int64_t>());
}

TEST_F(AssessCli, BadInputIsRefusedNamingTheArgumentAndChangesNothing) {
    expectRefused({"assess", id(m_shop), "share_of_wallet", "3"}, "COMPONENT");
    const auto unknown = cli({"assess", id(m_shop), "loyalty", "3"});
    for (const char* code : {"patronage", "commitment", "perceived_quality", "perceived_value", "sacrifices",
                             "alternatives_known", "customer_bonds"}) {
        EXPECT_NE(unknown.err.find(code), std::string::npos) << "the valid codes are listed: " << unknown.err;
    }
    expectRefused({"assess", id(m_shop), "commitment", "0"}, "SCORE");
    expectRefused({"assess", id(m_shop), "commitment", "6"}, "SCORE");
    expectRefused({"assess", id(m_shop), "commitment", "4", "--on", "2026-13-01"}, "--on");
    expectRefused({"assess", id(m_shop), "commitment"}, "CUSTOMER COMPONENT SCORE");
    expectRefused({"assess", id(m_shop), "commitment", "4", "--note", std::string(5000, 'x')}, "--note");
    const auto before = dump();
    EXPECT_EQ(cli({"assess", "999", "commitment", "4"}).exitCode, 1);
    EXPECT_EQ(dump(), before);
}

TEST_F(AssessCli, DeleteRemovesOneAssessmentOfTheCustomerNamed) {
    const auto kept = printedId(cli({"assess", id(m_shop), "sacrifices", "2", "--on", "2025-06-01"}));
    const auto wrong = printedId(cli({"assess", id(m_shop), "sacrifices", "5", "--on", "2025-06-02"}));
    const auto before = dump();
    auto result = cli({"assess", "delete", id(wrong), "--customer", id(m_buyer)});
    EXPECT_EQ(result.exitCode, 1) << "not that customer's";
    EXPECT_NE(result.err.find("has no assessment with id " + id(wrong)), std::string::npos) << result.err;
    EXPECT_EQ(dump(), before);
    expectRefused({"assess", "delete", id(wrong)}, "--customer");

    result = cli({"assess", "delete", id(wrong), "--customer", id(m_shop)});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto left = open()->assessments(m_shop);
    ASSERT_EQ(left.size(), 1U);
    EXPECT_EQ(left[0].id, kept);
}
