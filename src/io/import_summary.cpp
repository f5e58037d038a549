#include "io/import_summary.h"

#include "io/vcard.h"
#include "io/vcard_import.h"

#include <algorithm>
#include <functional>
#include <iomanip>
#include <map>
#include <sstream>

namespace rapport::io {

namespace {

std::string money(std::int64_t minor) {
    std::ostringstream text;
    text << (minor < 0 ? "-" : "") << (minor < 0 ? -minor : minor) / 100 << '.' << std::setw(2) << std::setfill('0')
         << (minor < 0 ? -minor : minor) % 100;
    return text.str();
}

/**
 * Records of the file that repeat a customer, the most frequent reasons for rejects with the first problems,
 * and, in a dry run, that a real import would write them out. `records` is "rows" or "cards", `where` what a
 * problem names ("column", "property").
 */
void describeDuplicatesAndRejects(std::ostream& out, const ImportReport& report, bool dryRun, std::string_view records,
                                  std::string_view where,
                                  const std::function<std::string(const RowProblem&)>& describe) {
    const auto record = records.substr(0, records.size() - 1);
    if (report.duplicateCount > 0) {
        out << report.duplicateCount << " " << records << " repeat a customer of an earlier " << record << ":\n";
        for (const auto& line : report.duplicatesInFile) {
            out << "  " << line << '\n';
        }
    }
    if (!report.problemCounts.empty()) {
        out << "Why " << records << " were rejected (" << records << ", " << where << ": what was expected):\n";
        // One line a text: a column headed "row" and the row as a whole say the same, and count together.
        std::map<std::string, std::int64_t> byText;
        for (const auto& [reason, count] : report.problemCounts) {
            const auto column = reason.column.empty() ? std::string(record) : reason.column;
            byText[oneLine(column + ": " + reason.expected)] += count;
        }
        std::vector<std::pair<std::int64_t, std::string>> reasons;
        for (const auto& [text, count] : byText) {
            reasons.emplace_back(count, text);
        }
        std::sort(reasons.begin(), reasons.end(), std::greater<>());
        for (std::size_t i = 0; i < reasons.size() && i < 10; ++i) {
            out << "  " << std::setw(7) << reasons[i].first << "  " << reasons[i].second << '\n';
        }
        if (reasons.size() > 10) {
            out << "  ... and " << reasons.size() - 10 << " other reasons\n";
        }
        out << "First problems:\n";
        for (std::size_t i = 0; i < report.problems.size() && i < 20; ++i) {
            out << "  " << describe(report.problems[i]) << '\n';
        }
    }
    if (dryRun && report.rejected > 0) {
        out << "A real import would write the rejected " << records << " with their reasons to a rejects file.\n";
    }
}

/** What became of a transactions file's rows: documents, cancellations, anonymous sales, rounding. */
void describeSales(std::ostream& out, const ImportReport& report, bool dryRun) {
    out << report.rows << " rows made " << report.sales << " sales";
    if (report.groupedLines > 0) {
        out << " (" << report.groupedLines << " rows were lines of invoices with several lines, added up per invoice)";
    }
    out << ".\n";
    if (report.cancellations > 0) {
        out << report.cancellations << " of them are cancellations or returns (a negative total); "
            << report.linkedCancellations << (report.linkedCancellations == 1 ? " was" : " were")
            << " linked to the purchase they cancel, which then no longer counts as a purchase for the "
               "models.\n";
    }
    if (report.anonymousRows > 0) {
        out << report.anonymousRows << " rows have no real customer (an empty or placeholder customer value): ";
        if (report.anonymousSkipped > 0) {
            out << "left out by choice.\n";
        } else {
            out << (dryRun ? "would be stored as " : "stored as ") << report.anonymousSales << " anonymous sales worth "
                << money(report.anonymousRevenueMinor)
                << ": kept apart, in the base's revenue (database summary, `export anonymous-sales`), never a "
                   "customer.\n";
        }
    }
    if (report.roundedAmounts > 0) {
        out << report.roundedAmounts
            << " amounts had more than two decimals (quantity x unit price): rounded half to even to 0.01.\n";
    }
}

/** A vCard has cards, customers and the people at organisations: no rows, columns or delimiters. */
std::string vcardSummary(const ImportReport& report, bool dryRun) {
    std::ostringstream out;
    out << "Read " << report.rows << (report.rows == 1 ? " card" : " cards") << " ("
        << core::toCode(report.layout.encoding.encoding) << (report.layout.encoding.certain ? "" : ", guessed")
        << ").\n";
    out << (dryRun ? "Dry run, nothing written. Customers: would add " : "Customers: added ") << report.added << ", "
        << (dryRun ? "update " : "updated ") << report.updated << ", " << report.unchanged
        << " unchanged (already in the base).\n";
    out << (dryRun ? "Contact persons at organisations: would add " : "Contact persons at organisations: added ")
        << report.contactPersonsAdded << ", " << (dryRun ? "update " : "updated ") << report.contactPersonsUpdated
        << ", " << report.contactPersonsUnchanged << " unchanged.\n";
    out << "Rejected " << report.rejected << " of " << report.rows << " cards.\n";
    describeDuplicatesAndRejects(out, report, dryRun, "cards", "property",
                                 [](const RowProblem& problem) { return describeCardProblem(problem); });
    if (!report.rejectsPath.empty()) {
        out << "Rejected cards with their reasons (X-RAPPORT-IMPORT-PROBLEM): " << report.rejectsPath
            << " (fix them there and import that file again)\n";
    }
    return out.str();
}

} // namespace

std::string importSummary(const ImportReport& report, bool dryRun) {
    if (report.layout.vcard) {
        return vcardSummary(report, dryRun);
    }
    std::ostringstream out;
    const bool sales = report.sales > 0 || report.anonymousRows > 0;
    out << (dryRun ? "Dry run, nothing written. Would add " : "Added ") << report.added;
    if (sales) {
        out << " sales to customers' timelines; ";
    } else {
        out << ", " << (dryRun ? "update " : "updated ") << report.updated << "; ";
    }
    out << report.unchanged << " unchanged (already in the base); rejected " << report.rejected << " of " << report.rows
        << " rows.\n";
    if (sales) {
        describeSales(out, report, dryRun);
    }
    if (report.layout.rowsExamined > 0) {
        const auto& encoding = report.layout.encoding;
        out << "Encoding " << core::toCode(encoding.encoding) << " decided from the whole file"
            << (encoding.bomLength > 0  ? " (its byte order mark)"
                : encoding.evidence > 0 ? " (" + std::to_string(encoding.evidence) +
                                              (encoding.encoding == TextEncoding::Utf8 ? " non-ASCII characters)"
                                                                                       : " words with letters "
                                                                                         "beyond ASCII)")
                                        : std::string(" (plain ASCII)"))
            << ". Formats decided from all " << report.layout.rowsExamined << " rows: ";
        if (report.layout.dateDecidingRows > 0) {
            out << report.layout.dateDecidingRows << " dates fix the day-month order";
        } else {
            out << "no date fixes the day-month order";
        }
        out << ", " << report.layout.decimalDecidingRows << " amounts show the decimal separator.\n";
    }
    if (report.customersCreated > 0) {
        const bool one = report.customersCreated == 1;
        out << (dryRun ? "Would create " : "Created ") << report.customersCreated
            << (dryRun ? (one ? " customer not yet in the base.\n" : " customers not yet in the base.\n")
                       : (one ? " customer that was not in the base.\n" : " customers that were not in the base.\n"));
    }
    describeDuplicatesAndRejects(out, report, dryRun, "rows", "column",
                                 [](const RowProblem& problem) { return problem.describe(); });
    if (!report.rejectsPath.empty()) {
        out << "Rejected rows with their reasons: " << report.rejectsPath
            << " (fix them there and import that file again)\n";
    }
    return out.str();
}

} // namespace rapport::io
