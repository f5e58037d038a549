// rapport-cli audit-knowledge, breakdown and report knowledge on a hand-built file: two customers whose records
// answer the audit's questions differently.
#include "cli/cli_runner.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace rapport;
using namespace rapport::test;
using nlohmann::json;

namespace {

class KnowledgeCli : public ::testing::Test {
protected:
    void SetUp() override {
        auto repository = storage::openRepository(m_dir.file("base.sqlite"));
        core::Customer org;
        org.displayName = "Hurtownia Alfa";
        org.kind = core::CustomerKind::Organisation;
        org.market = core::Market::B2B;
        org.segment = "wholesale";
        org.acquisitionChannel = core::Channel::Event;
        org.acquisitionCost = core::Money::fromMinor(1'000);
        m_alfa = repository->addCustomer(org);
        repository->addEpisode(purchase(m_alfa, 9'000, 3'000));
        core::ContactPerson buyer;
        buyer.customerId = m_alfa;
        buyer.name = "Jan Buyer";
        buyer.decisionMaker = true;
        repository->addContactPerson(buyer);
        repository->setRelationshipCost({m_alfa, 2026, core::CostLine::Delivery, core::Money::fromMinor(100)});

        core::Customer person;
        person.displayName = "Beta Person";
        person.segment = "retail";
        person.acquisitionChannel = core::Channel::WebForm;
        m_beta = repository->addCustomer(person);
        auto noMargin = purchase(m_beta, 1'000, 0);
        noMargin.margin.reset();
        repository->addEpisode(noMargin);
    }

    static core::Episode purchase(core::CustomerId customer, std::int64_t revenue, std::int64_t margin) {
        core::Episode e;
        e.customerId = customer;
        e.occurredOn = core::Date::fromYmd(2026, 1, 15);
        e.kind = core::EpisodeKind::Purchase;
        e.channel = core::Channel::PointOfSale;
        e.revenue = core::Money::fromMinor(revenue);
        e.margin = core::Money::fromMinor(margin);
        return e;
    }

    RunResult cli(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", m_dir.file("base.sqlite")});
        return run(m_dir, RAPPORT_CLI, arguments);
    }
    json cliJson(const std::vector<std::string>& arguments) const {
        const auto result = cli(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return json::parse(result.out);
    }
    static const json& question(const json& audit, const std::string& code) {
        for (const auto& q : audit.at("questions")) {
            if (q.at("code") == code) {
                return q;
            }
        }
        throw std::runtime_error("no question " + code);
    }

    TempDir m_dir;
    core::CustomerId m_alfa = 0;
    core::CustomerId m_beta = 0;
};

} // namespace

TEST_F(KnowledgeCli, AuditKnowledgeAnswersTheEightQuestionsWithTheirCoverage) {
    const auto audit = cliJson({"audit-knowledge", "--json"});
    EXPECT_EQ(audit.at("customers"), 2);
    EXPECT_EQ(audit.at("value_minor"), 10'000);
    EXPECT_FALSE(audit.at("scored").get<bool>());
    ASSERT_EQ(audit.at("questions").size(), 8U);

    const auto& decides = question(audit, "who_decides");
    EXPECT_EQ(decides.at("number"), 5);
    EXPECT_EQ(decides.at("customers_concerned"), 1) << "only the organisation";
    EXPECT_EQ(decides.at("customers_covered"), 1);

    const auto& value = question(audit, "their_value_to_us");
    EXPECT_EQ(value.at("customers_concerned"), 2);
    EXPECT_EQ(value.at("customers_covered"), 1);
    EXPECT_DOUBLE_EQ(value.at("customer_share").get<double>(), 0.5);
    EXPECT_DOUBLE_EQ(value.at("value_share").get<double>(), 0.9);
    ASSERT_EQ(value.at("complete_first").size(), 1U);
    const auto& beta = value.at("complete_first")[0];
    EXPECT_EQ(beta.at("id"), m_beta);
    EXPECT_EQ(beta.at("name"), "Beta Person");
    EXPECT_EQ(beta.at("missing"), json({"margin", "relationship_costs"}));

    const auto& nextYear = question(audit, "next_year");
    EXPECT_EQ(nextYear.at("customers_covered"), 0);
    ASSERT_EQ(nextYear.at("complete_first").size(), 2U);
    EXPECT_EQ(nextYear.at("complete_first")[0].at("id"), m_alfa) << "the more valuable first";

    const auto none = cliJson({"audit-knowledge", "--json", "--top", "0"});
    EXPECT_TRUE(question(none, "next_year").at("complete_first").empty());

    const auto text = cli({"audit-knowledge"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Do we know who decides on purchases?"), std::string::npos);
    EXPECT_NE(text.out.find("no relationship costs: 1 customers"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("No analysis run has stored scores yet"), std::string::npos);
}

TEST_F(KnowledgeCli, BreakdownSumsEachValueOfTheDimension) {
    const auto bySegment = cliJson({"breakdown", "--by", "segment", "--json"});
    EXPECT_EQ(bySegment.at("by"), "segment");
    ASSERT_EQ(bySegment.at("rows").size(), 2U);
    const auto& wholesale = bySegment.at("rows")[0];
    EXPECT_EQ(wholesale.at("value"), "wholesale");
    EXPECT_EQ(wholesale.at("revenue_minor"), 9'000);
    EXPECT_EQ(wholesale.at("margin_minor"), 3'000);
    EXPECT_DOUBLE_EQ(wholesale.at("revenue_share").get<double>(), 0.9);
    EXPECT_EQ(bySegment.at("total").at("customers"), 2);

    const auto byChannel = cliJson({"breakdown", "--by", "channel", "--json"});
    ASSERT_EQ(byChannel.at("rows").size(), 2U);
    EXPECT_EQ(byChannel.at("rows")[0].at("value"), "event");
    EXPECT_EQ(byChannel.at("rows")[0].at("acquisition_cost_minor"), 1'000);
    EXPECT_TRUE(byChannel.at("rows")[0].at("value_to_cost_ratio").is_null()) << "no predicted value before a run";

    EXPECT_EQ(cli({"breakdown", "--by", "campaign"}).exitCode, 2);
    const auto text = cli({"breakdown", "--by", "owner"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("(none)"), std::string::npos) << "customers without an owner";
}

TEST_F(KnowledgeCli, StoredScoresAnswerWhoBringsTheMostProfitWhereMarginsAreRecorded) {
    const auto before = cliJson({"audit-knowledge", "--json"});
    EXPECT_EQ(question(before, "most_profitable").at("customers_covered"), 0) << "no analysis run yet";
    ASSERT_EQ(cli({"analyze", "--save-scores"}).exitCode, 0);
    const auto audit = cliJson({"audit-knowledge", "--json"});
    EXPECT_TRUE(audit.at("scored").get<bool>());
    const auto& profit = question(audit, "most_profitable");
    EXPECT_EQ(profit.at("customers_covered"), 1) << "Beta's purchase carries no margin";
    ASSERT_EQ(profit.at("complete_first").size(), 1U);
    EXPECT_EQ(profit.at("complete_first")[0].at("missing"), json({"margin"}));
    const auto bySegment = cliJson({"breakdown", "--by", "segment", "--json"});
    EXPECT_TRUE(bySegment.at("scored").get<bool>());
    EXPECT_EQ(bySegment.at("total").at("unscored"), 0);
}

TEST_F(KnowledgeCli, ReportKnowledgeWritesTheAuditAsAWorkbook) {
    const auto path = m_dir.file("audit.xlsx");
    const auto result = cli({"report", "knowledge", "-o", path, "--language", "en"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_GT(std::filesystem::file_size(path), 1000U);
    EXPECT_NE(result.err.find("Customer-knowledge audit written"), std::string::npos) << result.err;
}
