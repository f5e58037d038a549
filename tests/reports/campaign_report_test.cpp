// The campaign report on the demo base's two past campaigns, built through app::campaignReport (the one home of the
// CLI and the app), written as PDF and XLSX and read back by pdftotext and LibreOffice: the definition, the groups,
// the lifts with their intervals and the verdicts in words.
#include "app/campaign_results.h"
#include "app/edit.h"
#include "reports/campaign_report.h"
#include "reports/pdf/pdf_report.h"
#include "reports/report_files.h"
#include "reports/report_fixture.h"
#include "support/office.h"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace rapport;
using namespace rapport::test;

namespace {

const core::Date kToday = core::Date::fromYmd(2026, 6, 30);

core::Campaign demoCampaign(storage::Repository& repository, const std::string& name) {
    for (const auto& summary : repository.campaigns()) {
        if (summary.campaign.name == name) {
            return summary.campaign;
        }
    }
    throw std::runtime_error("the demo has no campaign " + name);
}

std::string fileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class CampaignReportTest : public ReportTest {
protected:
    void SetUp() override {
        m_campaign = demoCampaign(*s_repository, "Loyalty reward for regular customers");
        m_result = app::measureCampaign(*s_repository, m_campaign.id, kToday);
        m_report = app::campaignReport(*s_repository, m_campaign.id, kToday, *s_context);
    }
    core::Campaign m_campaign;
    app::CampaignResult m_result;
    reports::Report m_report;
};

std::string factNamed(const reports::Report& report, const std::string& name) {
    for (const auto& [fact, value] : report.facts) {
        if (fact == name) {
            return value;
        }
    }
    return "(no fact " + name + ")";
}

TEST_F(CampaignReportTest, TheReportHoldsTheDefinitionTheGroupsAndTheLifts) {
    const auto& m = m_result.measurement;
    ASSERT_GT(m.treated.customers, 10) << "the demo's campaign reaches its consenting customers";
    EXPECT_EQ(m_report.title, "Campaign report: Loyalty reward for regular customers");
    EXPECT_EQ(factNamed(m_report, "Seed"), std::to_string(m_campaign.seed));
    EXPECT_EQ(factNamed(m_report, "Control group"), "20 % of the target list, held back at random");
    EXPECT_EQ(factNamed(m_report, "Launched"), reports::Formatting().date(*m_campaign.launchedOn));
    EXPECT_NE(factNamed(m_report, "Offer").find("Reward"), std::string::npos) << factNamed(m_report, "Offer");

    const auto& groups = tableNamed(m_report, "groups");
    ASSERT_EQ(groups.rows.size(), 2U);
    EXPECT_EQ(std::get<std::int64_t>(groups.rows[0][1]), m.treated.customers);
    EXPECT_EQ(std::get<std::int64_t>(groups.rows[1][1]), m.control.customers);
    EXPECT_EQ(std::get<std::int64_t>(groups.rows[0][2]), m.treated.responders);
    EXPECT_DOUBLE_EQ(std::get<double>(groups.rows[0][3]), m.treated.responseRate());
    EXPECT_DOUBLE_EQ(std::get<double>(groups.rows[1][7]), m.control.revenuePerCustomer() / 100.0);

    const auto& response = tableNamed(m_report, "response-lift");
    ASSERT_EQ(response.rows.size(), 1U);
    EXPECT_DOUBLE_EQ(std::get<double>(response.rows[0][2]), m.responseLift.value);
    EXPECT_DOUBLE_EQ(std::get<double>(response.rows[0][3]), m.responseLift.low);
    EXPECT_DOUBLE_EQ(std::get<double>(response.rows[0][4]), m.responseLift.high);
    EXPECT_EQ(std::get<std::string>(response.rows[0][5]), reports::campaignVerdictText(m.response));
    EXPECT_GT(m.responseLift.value, 0) << "the offer's built-in effect (400 customers are too few to be sure of it)";

    const auto& money = tableNamed(m_report, "money-lift");
    ASSERT_EQ(money.rows.size(), 6U);
    EXPECT_EQ(std::get<std::string>(money.rows[0][0]), "Revenue lift per customer");
    EXPECT_NEAR(std::get<double>(money.rows[0][1]), m.revenueLift.value / 100.0, 1e-9);
    EXPECT_NEAR(std::get<double>(money.rows[3][2]), m.incrementalMargin.low / 100.0, 1e-9);
    EXPECT_NEAR(std::get<double>(money.rows[4][1]), static_cast<double>(m.costMinor) / 100.0, 1e-9);
    EXPECT_TRUE(std::holds_alternative<std::monostate>(money.rows[4][2])) << "the cost has no interval";
    EXPECT_EQ(std::get<std::string>(money.rows[5][4]), reports::campaignVerdictText(m.pays));
}

TEST_F(CampaignReportTest, TheNewsletterIsCalledNoMeasurableEffect) {
    const auto newsletter = demoCampaign(*s_repository, "Newsletter: spring collection");
    const auto report = app::campaignReport(*s_repository, newsletter.id, kToday, *s_context);
    const auto& response = tableNamed(report, "response-lift");
    EXPECT_EQ(std::get<std::string>(response.rows[0][5]), "no measurable effect (the interval spans zero)");
    EXPECT_LE(std::get<double>(response.rows[0][3]), 0.0);
    EXPECT_GE(std::get<double>(response.rows[0][4]), 0.0);
}

TEST_F(CampaignReportTest, OnTheLaunchDayTheReportSaysWhenTheWindowOpens) {
    const auto report = app::campaignReport(*s_repository, m_campaign.id, *m_campaign.launchedOn, *s_context);
    EXPECT_THROW(tableNamed(report, "response-lift"), std::runtime_error) << "nothing measured yet";
    bool said = false;
    for (const auto& section : report.sections) {
        for (const auto& paragraph : section.paragraphs) {
            said = said || paragraph.find("The response window opens on") != std::string::npos;
        }
    }
    EXPECT_TRUE(said);
}

TEST_F(CampaignReportTest, ADraftHasNoReport) {
    core::Campaign draft;
    draft.name = "Not launched";
    const auto id = app::createCampaign(*s_repository, draft);
    EXPECT_THROW(app::campaignReport(*s_repository, id, kToday, *s_context), app::RefusedError);
    s_repository->removeCampaign(id);
}

TEST_F(CampaignReportTest, TheReportReadsBackFromPdfXlsxAndCsv) {
    if (!haveLibreOffice() || !havePdfToText()) {
        GTEST_SKIP() << "LibreOffice or pdftotext is not installed; cmake/test.cmake installs them";
    }
    const auto& m = m_result.measurement;
    const reports::Formatting format(m_report);
    reports::ensureGuiApplication();
    const auto pdf = m_out.path() / "campaign.pdf";
    reports::writePdfReport(m_report, pdf.string());
    const auto text = withPlainSpaces(pdfText(pdf));
    EXPECT_NE(text.find("Campaign report: Loyalty reward"), std::string::npos) << text;
    EXPECT_NE(text.find("Response: " + reports::campaignVerdictText(m.response) + "."), std::string::npos) << text;
    EXPECT_NE(text.find(format.count(m.treated.customers)), std::string::npos);
    EXPECT_NE(text.find(format.percent(m.treated.responseRate())), std::string::npos);
    EXPECT_NE(text.find(format.percent(m.responseLift.low)), std::string::npos) << "the interval's lower end";
    EXPECT_NE(text.find(format.money(m.incrementalRevenue.value / 100.0)), std::string::npos);
    EXPECT_NE(text.find("Newcombe"), std::string::npos) << "the method";
    EXPECT_NE(text.find("Welch"), std::string::npos);

    const auto xlsx = m_out.path() / "campaign.xlsx";
    reports::writeReportFile(m_report, reports::ReportFormat::Xlsx, xlsx.string());
    const auto sheets = sheetsViaLibreOffice(xlsx, m_out.path(), false);
    ASSERT_TRUE(sheets.contains("Groups"));
    ASSERT_TRUE(sheets.contains("Response lift"));
    ASSERT_TRUE(sheets.contains("Revenue and margin"));
    const auto& groups = sheets.at("Groups");
    ASSERT_EQ(groups.size(), 3U);
    EXPECT_EQ(std::stoll(groups[1][1]), m.treated.customers);
    EXPECT_EQ(std::stoll(groups[2][1]), m.control.customers);
    const auto& response = sheets.at("Response lift");
    ASSERT_EQ(response.size(), 2U);
    EXPECT_NEAR(std::stod(response[1][2]), 100 * m.responseLift.value, 1e-4); // a share, read back as percent
    EXPECT_EQ(response[1][5], reports::campaignVerdictText(m.response));
    const auto& money = sheets.at("Revenue and margin");
    ASSERT_EQ(money.size(), 7U);
    EXPECT_EQ(money[4][0], "Incremental margin");
    EXPECT_NEAR(std::stod(money[4][1]), m.incrementalMargin.value / 100.0, 0.006);
    EXPECT_TRUE(sheets.contains("About"));

    const auto csv = m_out.path() / "campaign.csv";
    const auto files = reports::writeReportFile(m_report, reports::ReportFormat::Csv, csv.string());
    EXPECT_EQ(files.size(), 4U) << "groups, the two lift tables and the facts";
    const auto rows = parseCsv(fileText(csv));
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[1][1], std::to_string(m.treated.customers));
}

} // namespace
