#include "reports/knowledge_audit_report.h"

#include "core/money.h"
#include "reports/knowledge_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class KnowledgeAuditReport {
    Q_DECLARE_TR_FUNCTIONS(KnowledgeAuditReport)
};

double major(std::int64_t minor) {
    return core::Money::fromMinor(minor).toDouble();
}

/** "no margin (120); no relationship costs (40)": what the customers a question does not cover lack. */
std::string missingText(const analytics::QuestionCoverage& coverage, const Formatting& format) {
    QStringList parts;
    for (int i = 0; i < analytics::kKnowledgeGapCount; ++i) {
        if (const auto count = coverage.missing[static_cast<std::size_t>(i)]; count > 0) {
            parts.push_back(KnowledgeAuditReport::tr("%1 (%2)", "what is missing (how many customers)")
                                .arg(knowledgeGapText(analytics::gapAt(i)), qstring(format.count(count))));
        }
    }
    return utf8(parts.join(KnowledgeAuditReport::tr("; ", "between missing pieces")));
}

Section questionsSection(const analytics::KnowledgeAudit& audit, const Formatting& format) {
    Section section;
    section.heading = utf8(KnowledgeAuditReport::tr("The eight questions"));
    section.paragraphs.push_back(utf8(KnowledgeAuditReport::tr(
        "The seed's customer-knowledge audit asks eight questions. Each is answered for a customer when the records "
        "that answer it are there; the shares count the customers it concerns, once as heads and once weighted by "
        "value (revenue to date plus predicted value), so the knowledge of the most valuable customers weighs "
        "most.")));
    if (!audit.scored) {
        section.paragraphs.push_back(utf8(KnowledgeAuditReport::tr(
            "No analysis run has stored scores yet: the ranking and the predicted values are missing for everyone.")));
    }
    Chart chart;
    chart.title = utf8(KnowledgeAuditReport::tr("Share answered per question"));
    chart.percent = true;
    chart.series = {{utf8(KnowledgeAuditReport::tr("customers", "a chart's legend")), {}, false},
                    {utf8(KnowledgeAuditReport::tr("by value", "a chart's legend")), {}, false}};
    Table table;
    table.id = "questions";
    table.sheet = utf8(KnowledgeAuditReport::tr("Questions", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(KnowledgeAuditReport::tr("How far the records answer each question"));
    table.columns = {{utf8(KnowledgeAuditReport::tr("No.", "a question's number")), CellType::Id},
                     {utf8(KnowledgeAuditReport::tr("Question")), CellType::Text},
                     {utf8(KnowledgeAuditReport::tr("Answered from")), CellType::Text},
                     {utf8(KnowledgeAuditReport::tr("Customers concerned")), CellType::Integer},
                     {utf8(KnowledgeAuditReport::tr("Customers answered")), CellType::Percent},
                     {utf8(KnowledgeAuditReport::tr("Value answered")), CellType::Percent},
                     {utf8(KnowledgeAuditReport::tr("What is missing (customers)")), CellType::Text}};
    std::int64_t number = 1;
    for (const auto& coverage : audit.questions) {
        table.rows.push_back({number, utf8(knowledgeQuestionText(coverage.question)),
                              utf8(knowledgeRuleText(coverage.question)), coverage.applicable, coverage.customerShare(),
                              coverage.valueShare(), missingText(coverage, format)});
        chart.categories.push_back(std::to_string(number));
        chart.series[0].values.push_back(coverage.customerShare());
        chart.series[1].values.push_back(coverage.valueShare());
        ++number;
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(table));
    return section;
}

Section completeFirstSection(const analytics::KnowledgeAudit& audit, const ReportContext& context) {
    Section section;
    section.heading = utf8(KnowledgeAuditReport::tr("Customers to complete first"));
    section.paragraphs.push_back(utf8(KnowledgeAuditReport::tr(
        "Per question, the most valuable customers it does not answer yet, with what their records lack.")));
    Table table;
    table.id = "complete-first";
    table.sheet = utf8(KnowledgeAuditReport::tr("Complete first", "an XLSX sheet's name: at most 31 characters"));
    table.title = utf8(KnowledgeAuditReport::tr("The most valuable customers to complete, per question"));
    table.printedRows = context.printedRows;
    table.columns = {{utf8(KnowledgeAuditReport::tr("No.", "a question's number")), CellType::Id},
                     {utf8(KnowledgeAuditReport::tr("Id", "a customer's number")), CellType::Id},
                     {utf8(KnowledgeAuditReport::tr("Customer")), CellType::Text},
                     {utf8(KnowledgeAuditReport::tr("Value")), CellType::Money},
                     {utf8(KnowledgeAuditReport::tr("What is missing")), CellType::Text}};
    std::int64_t number = 1;
    for (const auto& coverage : audit.questions) {
        for (const auto& customer : coverage.toComplete) {
            table.rows.push_back({number, std::int64_t{customer.id}, customer.name, major(customer.valueMinor),
                                  utf8(knowledgeGapsText(customer.gaps))});
        }
        ++number;
    }
    section.tables.push_back(std::move(table));
    return section;
}

} // namespace

Report knowledgeAuditReport(const analytics::KnowledgeAudit& audit, const ReportContext& context) {
    Report report = startReport(utf8(KnowledgeAuditReport::tr("Customer-knowledge audit")), context);
    const auto format = context.formatting();
    report.facts.emplace_back(utf8(KnowledgeAuditReport::tr("Customers", "a line of a report's facts")),
                              format.count(audit.customers));
    report.facts.emplace_back(utf8(KnowledgeAuditReport::tr("Value", "a line of a report's facts")),
                              format.money(major(audit.totalValueMinor)));
    addOriginFacts(report.facts, context);
    report.sections.push_back(questionsSection(audit, format));
    report.sections.push_back(completeFirstSection(audit, context));
    return report;
}

} // namespace rapport::reports
