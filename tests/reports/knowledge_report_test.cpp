// The customer-knowledge audit report on the demo base, written as XLSX and PDF and read back by LibreOffice and
// pdftotext: the eight questions with their shares, and the customers to complete first.
#include "app/customer_knowledge.h"
#include "reports/knowledge_audit_report.h"
#include "reports/knowledge_text.h"
#include "reports/pdf/pdf_report.h"
#include "reports/report_files.h"
#include "reports/report_fixture.h"
#include "support/office.h"

#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

analytics::KnowledgeAudit demoAudit(storage::Repository& repository) {
    return app::auditCustomerKnowledge(repository, core::Date::fromYmd(2026, 6, 30), 5);
}

} // namespace

TEST_F(ReportTest, KnowledgeAuditReportHoldsTheEightQuestionsAndTheCustomersToComplete) {
    const auto audit = demoAudit(*s_repository);
    const auto report = reports::knowledgeAuditReport(audit, *s_context);
    const auto& questions = tableNamed(report, "questions");
    ASSERT_EQ(questions.rows.size(), 8U);
    for (std::size_t q = 0; q < questions.rows.size(); ++q) {
        const auto& coverage = audit.questions[q];
        EXPECT_EQ(std::get<std::int64_t>(questions.rows[q][0]), static_cast<std::int64_t>(q + 1));
        EXPECT_EQ(std::get<std::string>(questions.rows[q][1]),
                  reports::knowledgeQuestionText(coverage.question).toStdString());
        EXPECT_EQ(std::get<std::int64_t>(questions.rows[q][3]), coverage.applicable);
        EXPECT_DOUBLE_EQ(std::get<double>(questions.rows[q][4]), coverage.customerShare());
        EXPECT_DOUBLE_EQ(std::get<double>(questions.rows[q][5]), coverage.valueShare());
    }
    const auto& complete = tableNamed(report, "complete-first");
    std::size_t expected = 0;
    for (const auto& coverage : audit.questions) {
        expected += coverage.toComplete.size();
    }
    ASSERT_GT(expected, 0U) << "the demo base leaves questions open";
    EXPECT_EQ(complete.rows.size(), expected);
}

TEST_F(ReportTest, KnowledgeAuditReportReadsBackFromXlsxAndPdf) {
    if (!haveLibreOffice() || !havePdfToText()) {
        GTEST_SKIP() << "LibreOffice or pdftotext is not installed; cmake/test.cmake installs them";
    }
    const auto audit = demoAudit(*s_repository);
    const auto report = reports::knowledgeAuditReport(audit, *s_context);
    const auto xlsx = m_out.path() / "knowledge.xlsx";
    reports::writeReportFile(report, reports::ReportFormat::Xlsx, xlsx.string());
    const auto sheets = sheetsViaLibreOffice(xlsx, m_out.path(), false);
    ASSERT_TRUE(sheets.contains("Questions"));
    ASSERT_TRUE(sheets.contains("Complete first"));
    const auto& questions = sheets.at("Questions");
    ASSERT_EQ(questions.size(), 9U); // the header and the eight questions
    EXPECT_EQ(questions[0][1], "Question");
    for (std::size_t q = 0; q < 8; ++q) {
        const auto& coverage = audit.questions[q];
        EXPECT_EQ(questions[q + 1][1], reports::knowledgeQuestionText(coverage.question).toStdString());
        EXPECT_NEAR(std::stod(questions[q + 1][4]), 100 * coverage.customerShare(), 0.51); // shown as "91%"
        EXPECT_NEAR(std::stod(questions[q + 1][5]), 100 * coverage.valueShare(), 0.51);
    }
    const analytics::CustomerToComplete* first = nullptr; // the first row of the list
    std::size_t listed = 0;
    for (const auto& coverage : audit.questions) {
        listed += coverage.toComplete.size();
        if (first == nullptr && !coverage.toComplete.empty()) {
            first = &coverage.toComplete.front();
        }
    }
    ASSERT_NE(first, nullptr);
    const auto& completeSheet = sheets.at("Complete first");
    ASSERT_EQ(completeSheet.size(), listed + 1);
    EXPECT_EQ(std::stoll(completeSheet[1][1]), first->id);
    EXPECT_EQ(completeSheet[1][2], first->name);

    reports::ensureGuiApplication();
    const auto pdf = m_out.path() / "knowledge.pdf";
    reports::writePdfReport(report, pdf.string());
    const auto text = withPlainSpaces(pdfText(pdf));
    EXPECT_NE(text.find("Customer-knowledge audit"), std::string::npos);
    EXPECT_NE(text.find("most profit?"), std::string::npos) << "the first question (its cell wraps)";
    EXPECT_NE(text.find("Customers to complete first"), std::string::npos);
    EXPECT_NE(text.find(reports::Formatting(report).percent(audit.questions[1].customerShare())), std::string::npos);
}
