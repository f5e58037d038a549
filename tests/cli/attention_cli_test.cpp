// rapport-cli attention and complaints on a real file: customers and their contact persons made with the CLI itself,
// episodes written through the repository (the CLI imports episodes only from files).
#include "cli/cli_runner.h"
#include "storage/fixtures.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

using namespace rapport;
using namespace rapport::test;
using nlohmann::json;

namespace {

class AttentionCli : public ::testing::Test {
protected:
    void SetUp() override {
        const auto created = cli({"init", "--currency", "SEK"});
        ASSERT_EQ(created.exitCode, 0) << created.err;
        m_quiet = add("Quiet Buyer AB", "Anna");
        m_leaver = add("Nowak sp. z o.o.", "Erik");
        m_complainer = add("Kowalska", "Anna");
        m_fine = add("All Well Ltd", "Erik");
        const auto person = cli({"contact", "add", id(m_leaver), "--name", "Jan Nowak", "--role", "Purchasing manager",
                                 "--decision-maker"});
        ASSERT_EQ(person.exitCode, 0) << person.err;
        const auto ended =
            cli({"contact", "end", trimmed(person.out), "--customer", id(m_leaver), "--on", "2026-05-20"});
        ASSERT_EQ(ended.exitCode, 0) << ended.err;

        auto repository = storage::openRepository(path());
        // Bought every 10 days, the last time 20 days before the day judged: overdue by 1.5 intervals.
        for (const char* day : {"2026-05-01", "2026-05-11", "2026-05-21", "2026-06-10"}) {
            repository->addEpisode(makePurchase(m_quiet, day, 50'000));
        }
        auto complaint = makeContact(m_complainer, "2026-06-01", core::EpisodeKind::Complaint);
        complaint.satisfaction = -2;
        repository->addEpisode(complaint);
        repository->addEpisode(makeContact(m_fine, "2026-06-01", core::EpisodeKind::Complaint));
        auto answer = makeContact(m_fine, "2026-06-03", core::EpisodeKind::Call);
        answer.satisfaction = 1;
        repository->addEpisode(answer);
    }

    core::CustomerId add(const std::string& name, const std::string& owner) {
        const auto result = cli({"customer", "add", "--name", name, "--owner", owner, "--kind", "organisation"});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.exitCode == 0 ? std::stoll(result.out) : 0;
    }
    [[nodiscard]] std::string path() const { return m_dir.file("attention.sqlite"); }
    RunResult cli(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", path()});
        return run(m_dir, RAPPORT_CLI, arguments);
    }
    static std::string id(std::int64_t value) { return std::to_string(value); }
    static std::string trimmed(std::string text) {
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
            text.pop_back();
        }
        return text;
    }
    /** The reasons per customer id of an attention --json run. */
    static std::multimap<core::CustomerId, std::string> reasons(const json& document) {
        std::multimap<core::CustomerId, std::string> found;
        for (const auto& alert : document.at("alerts")) {
            found.emplace(alert.at("customer_id").get<core::CustomerId>(), alert.at("reason").get<std::string>());
        }
        return found;
    }

    TempDir m_dir;
    core::CustomerId m_quiet = 0, m_leaver = 0, m_complainer = 0, m_fine = 0;
};

} // namespace

TEST_F(AttentionCli, JsonListsEachCustomerWithTheRightReasonAndFigures) {
    const auto result = cli({"attention", "--today", "2026-06-30", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    EXPECT_EQ(document.at("today"), "2026-06-30");
    const std::multimap<core::CustomerId, std::string> expected{
        {m_quiet, "purchase_overdue"}, {m_leaver, "decision_maker_left"}, {m_complainer, "complaint_unanswered"}};
    EXPECT_EQ(reasons(document), expected);
    EXPECT_EQ(document.at("total"), 3);
    EXPECT_NE(result.err.find("no analysis scores stored"), std::string::npos) << result.err;
    for (const auto& alert : document.at("alerts")) {
        if (alert.at("customer_id") == m_quiet) {
            EXPECT_EQ(alert.at("last_purchase_on"), "2026-06-10");
            EXPECT_DOUBLE_EQ(alert.at("usual_interval_days").get<double>(), 10.0);
            EXPECT_EQ(alert.at("days"), 20);
            EXPECT_DOUBLE_EQ(alert.at("value_at_stake").get<double>(), 2000.0);
            EXPECT_EQ(alert.at("owner"), "Anna");
        } else if (alert.at("customer_id") == m_leaver) {
            EXPECT_EQ(alert.at("person"), "Jan Nowak");
            EXPECT_EQ(alert.at("left_on"), "2026-05-20");
        } else {
            EXPECT_EQ(alert.at("complaint_on"), "2026-06-01");
            EXPECT_EQ(alert.at("days"), 29);
        }
    }
}

TEST_F(AttentionCli, OptionsMoveTheLinesAndFilterTheOwner) {
    // 20 days since the purchase is exactly 2 usual intervals: not overdue at factor 2; 29 days waiting is not
    // more than 29.
    auto document = json::parse(
        cli({"attention", "--today", "2026-06-30", "--factor", "2", "--complaint-days", "29", "--json"}).out);
    EXPECT_EQ(reasons(document), (std::multimap<core::CustomerId, std::string>{{m_leaver, "decision_maker_left"}}));
    document = json::parse(cli({"attention", "--today", "2026-06-30", "--owner", "Anna", "--json"}).out);
    EXPECT_EQ(reasons(document), (std::multimap<core::CustomerId, std::string>{
                                     {m_quiet, "purchase_overdue"}, {m_complainer, "complaint_unanswered"}}));
    const auto all = json::parse(cli({"attention", "--today", "2026-06-30", "--limit", "0", "--json"}).out);
    ASSERT_EQ(all.at("alerts").size(), 3U);
    document = json::parse(cli({"attention", "--today", "2026-06-30", "--limit", "1", "--json"}).out);
    ASSERT_EQ(document.at("alerts").size(), 1U);
    EXPECT_EQ(document.at("total"), 3); // counted, though only the one printed was kept
    EXPECT_EQ(document.at("alerts")[0], all.at("alerts")[0]);
}

TEST_F(AttentionCli, TextTableAndBadOptions) {
    const auto result = cli({"attention", "--today", "2026-06-30"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("decision maker left"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Jan Nowak (Purchasing manager, decision maker) left 2026-05-20"), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("3 of 3 shown"), std::string::npos) << result.out;
    EXPECT_EQ(cli({"attention", "--factor", "0"}).exitCode, 2);
    EXPECT_EQ(cli({"attention", "--today", "30.06.2026"}).exitCode, 2);
    EXPECT_EQ(cli({"complaints", "--by", "week"}).exitCode, 2);
}

TEST_F(AttentionCli, ComplaintsByOwnerAndMonthBesideTheSeedsBenchmark) {
    const auto result = cli({"complaints", "--until", "2026-06-30", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto document = json::parse(result.out);
    EXPECT_EQ(document.at("total").at("complaints"), 2);
    EXPECT_EQ(document.at("total").at("answered"), 1);
    EXPECT_DOUBLE_EQ(document.at("total").at("median_days_to_answer").get<double>(), 2.0);
    EXPECT_DOUBLE_EQ(document.at("total").at("mean_satisfaction_after_answer").get<double>(), 1.0);
    ASSERT_EQ(document.at("by_owner").size(), 2U);
    EXPECT_EQ(document.at("by_owner")[0].at("owner"), "Anna");
    EXPECT_EQ(document.at("by_owner")[0].at("answered"), 0);
    EXPECT_EQ(document.at("by_owner")[1].at("owner"), "Erik");
    EXPECT_DOUBLE_EQ(document.at("by_owner")[1].at("share_answered").get<double>(), 1.0);
    ASSERT_EQ(document.at("by_month").size(), 1U);
    EXPECT_EQ(document.at("by_month")[0].at("month"), "2026-06");
    EXPECT_DOUBLE_EQ(document.at("benchmark_silent_share").at("low").get<double>(), 0.65);

    const auto text = cli({"complaints", "--until", "2026-06-30", "--by", "month"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("answered 1 (50.0 %)"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("65-90 %"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("2026-06"), std::string::npos) << text.out;
}

TEST_F(AttentionCli, AfterAnAnalysisTheValuableCustomersContactIsJudgedToo) {
    const auto analysed = cli({"analyze", "--save-scores", "--until", "2026-06-30"});
    ASSERT_EQ(analysed.exitCode, 0) << analysed.err;
    const auto result = cli({"attention", "--today", "2026-06-30", "--contact-days", "30", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err.find("no analysis scores stored"), std::string::npos) << result.err;
    // The only repeat buyer is the valuable one (four-group 1 or 3): never contacted since the first purchase.
    const auto found = reasons(json::parse(result.out));
    const auto quiet = found.equal_range(m_quiet);
    std::set<std::string> quietReasons;
    for (auto it = quiet.first; it != quiet.second; ++it) {
        quietReasons.insert(it->second);
    }
    EXPECT_EQ(quietReasons, (std::set<std::string>{"not_contacted", "purchase_overdue"}));
}
