#include "io/import_summary.h"

#include "io/vcard.h"
#include "io/vcard_import.h"

#include <algorithm>
#include <functional>
#include <iomanip>
#include <sstream>

namespace rapport::io {

namespace {

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
    if (report.duplicateCount > 0) {
        out << report.duplicateCount << " cards repeat a customer of an earlier card:\n";
        for (const auto& line : report.duplicatesInFile) {
            out << "  " << line << '\n';
        }
    }
    if (!report.problemCounts.empty()) {
        out << "Why cards were rejected (cards, property: what was expected):\n";
        std::vector<std::pair<std::int64_t, std::string>> reasons;
        for (const auto& [reason, count] : report.problemCounts) {
            reasons.emplace_back(count, oneLine(reason));
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
            out << "  " << describeCardProblem(report.problems[i]) << '\n';
        }
    }
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
    out << (dryRun ? "Dry run, nothing written. Would add " : "Added ") << report.added << ", "
        << (dryRun ? "update " : "updated ") << report.updated << "; " << report.unchanged
        << " unchanged (already in the base); rejected " << report.rejected << " of " << report.rows << " rows.\n";
    if (report.customersCreated > 0) {
        out << (dryRun ? "Would create " : "Created ") << report.customersCreated
            << " customers for unknown references.\n";
    }
    if (report.duplicateCount > 0) {
        out << report.duplicateCount << " rows repeat a customer of an earlier row:\n";
        for (const auto& line : report.duplicatesInFile) {
            out << "  " << line << '\n';
        }
    }
    if (!report.problemCounts.empty()) {
        out << "Why rows were rejected (rows, column: what was expected):\n";
        std::vector<std::pair<std::int64_t, std::string>> reasons;
        for (const auto& [reason, count] : report.problemCounts) {
            reasons.emplace_back(count, reason);
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
            out << "  " << report.problems[i].describe() << '\n';
        }
    }
    if (!report.rejectsPath.empty()) {
        out << "Rejected rows with their reasons: " << report.rejectsPath
            << " (fix them there and import that file again)\n";
    }
    return out.str();
}

} // namespace rapport::io
