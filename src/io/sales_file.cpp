#include "io/sales_file.h"

#include "io/csv_reader.h"
#include "io/row_parsers.h"
#include "io/source_text.h"

namespace rapport::io {

SalesFileReport readSalesFile(const std::string& path, const ImportOptions& givenOptions,
                              const std::function<void(const Sale&)>& sink) {
    auto options = givenOptions;
    options.kind = ImportKind::Transactions;
    SalesFileReport report;
    report.layout = inspectFile(path, options);
    const auto& layout = report.layout;
    checkReadable(path, layout, options.kind);
    SourceText source(path);
    const auto text = source.utf8(layout.encoding);
    const ColumnIndex columns(layout, ImportKind::Transactions);
    const ParseSettings settings{*layout.dateOrder, layout.decimalSeparator, core::Date::today()};
    const SaleLineParser parser(columns, settings, options.anonymousCustomerValues);
    std::int64_t handles = 0;
    SaleAssembler assembler(
        [&](const Sale& sale) -> std::optional<std::int64_t> {
            if (sale.customer.empty()) {
                report.anonymousRevenueMinor += sale.revenue.minor();
                return std::nullopt;
            }
            sink(sale);
            return ++handles;
        },
        layout.negativeAmounts > 0);

    CsvReader reader(text, layout.delimiter);
    CsvRecord record;
    if (layout.header) {
        reader.next(record);
    }
    const auto reject = [&](std::vector<RowProblem>& problems) {
        ++report.rejected;
        for (auto& problem : problems) {
            problem.row = report.rows;
            problem.line = record.line;
            if (report.problems.size() < ImportReport::kMaxListed) {
                report.problems.push_back(problem);
            }
        }
    };
    // A file of millions of rows need not stay in memory as a whole: the part read (but the last megabyte, where
    // the open invoice's lines still point) is let go every few megabytes.
    constexpr std::size_t kReleaseEvery = 8u << 20;
    constexpr std::size_t kKeepBehind = 1u << 20;
    std::size_t released = 0;
    while (reader.next(record)) {
        if (reader.offset() - released > kReleaseEvery + kKeepBehind) {
            released = reader.offset() - kKeepBehind;
            source.releaseBefore(text.data() + released);
        }
        ++report.rows;
        std::vector<RowProblem> problems;
        if (!record.error.empty()) {
            problems.push_back({0, 0, {}, {}, record.error});
            reject(problems);
            continue;
        }
        ProblemList list(columns, problems);
        auto parsed = parser.parse(record.fields, list);
        if (!problems.empty()) {
            reject(problems);
            continue;
        }
        report.roundedAmounts += parsed.rounded ? 1 : 0;
        if (parsed.line.customer.empty()) {
            ++report.anonymousRows;
            if (options.anonymousRows == AnonymousRows::Skip) {
                continue;
            }
        }
        parsed.line.row = report.rows;
        parsed.line.line = record.line;
        assembler.add(std::move(parsed.line));
    }
    assembler.finish();
    report.sales = assembler.sales();
    report.groupedLines = assembler.groupedLines();
    report.cancellations = assembler.cancellations();
    report.linkedCancellations = assembler.linkedCancellations();
    return report;
}

} // namespace rapport::io
