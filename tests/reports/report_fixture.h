#pragma once

#include "analytics/base_analysis.h"
#include "demo/demo_generator.h"
#include "reports/report.h"
#include "reports/report_context.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace rapport::test {

/** One demo base and its analysis for a whole suite: generating and analysing takes a second or two. */
class ReportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir();
        s_repository = storage::openRepository(s_dir->file("demo.sqlite")).release();
        demo::DemoOptions options;
        options.customers = 400;
        options.end = core::Date::fromYmd(2026, 6, 30);
        demo::generateDemoData(*s_repository, options);
        s_analysis = new analytics::BaseAnalysis(analytics::analyseBase(*s_repository, {}));
        s_context = new reports::ReportContext();
        s_context->database = "demo.sqlite";
        s_context->madeAt = "2026-07-01 09:00 UTC";
        s_context->printedRows = 20;
    }
    static void TearDownTestSuite() {
        delete s_context;
        delete s_analysis;
        delete s_repository;
        delete s_dir;
    }
    static inline TempDir* s_dir = nullptr;
    static inline storage::Repository* s_repository = nullptr;
    static inline analytics::BaseAnalysis* s_analysis = nullptr;
    static inline reports::ReportContext* s_context = nullptr;

    TempDir m_out;
};

/**
 * Text with the spaces and signs locales differ in made plain: no-break and narrow no-break spaces (Polish and
 * Swedish digit groups, "12 345,67 zł") become spaces, the minus sign U+2212 (Swedish) a hyphen-minus.
 */
inline std::string withPlainSpaces(std::string text) {
    for (const auto& [from, to] :
         {std::pair<std::string, std::string>{"\u00A0", " "}, {"\u202F", " "}, {"\u2212", "-"}}) {
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
            text.replace(at, from.size(), to);
        }
    }
    return text;
}

inline const reports::Table& tableNamed(const reports::Report& report, const std::string& id) {
    for (const auto* table : reports::allTables(report)) {
        if (table->id == id) {
            return *table;
        }
    }
    throw std::runtime_error("no table " + id);
}

} // namespace rapport::test
