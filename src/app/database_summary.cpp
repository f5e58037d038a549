#include "app/database_summary.h"

#include "reports/text_table.h"

#include <ostream>

namespace rapport::app {

using reports::TextTable;

void printCustomerRows(const std::vector<storage::CustomerRow>& rows, std::ostream& out) {
    using Align = TextTable::Align;
    TextTable table({{"ID", Align::Right},
                     {"Customer", Align::Left, 36},
                     {"Kind", Align::Left},
                     {"Segment", Align::Left, 20},
                     {"Owner", Align::Left, 20},
                     {"Last contact", Align::Left},
                     {"Revenue", Align::Right},
                     {"Purchases", Align::Right}});
    for (const auto& row : rows) {
        table.addRow({std::to_string(row.id), row.displayName, std::string(core::toCode(row.kind)), row.segment,
                      row.owner, row.lastContactOn ? row.lastContactOn->toIso() : "", row.revenue.toDecimal(),
                      std::to_string(row.purchases)});
    }
    table.print(out);
}

void printDatabaseSummary(storage::Repository& repository, std::ostream& out, int topCustomers) {
    const auto counts = repository.counts();
    out << "Database:        " << repository.location() << '\n'
        << "Customers:       " << counts.customers << '\n'
        << "Contact persons: " << counts.contactPersons << '\n'
        << "Episodes:        " << counts.episodes << " (" << counts.purchases << " purchases)\n"
        << "Partnerships:    " << counts.partnerships << '\n'
        << "Churn records:   " << counts.churnRecords << '\n';
    const auto currency = repository.currency();
    out << "Currency:        " << (currency ? currency->code() : std::string("none set (amounts are plain numbers)"))
        << '\n';
    // Sales without a real customer count in revenue but never as customers: shown apart, when there are any.
    if (const auto anonymous = repository.anonymousSalesTotals(); anonymous.sales > 0) {
        out << "Anonymous sales: " << anonymous.sales << " (revenue "
            << core::Money::fromMinor(anonymous.revenueMinor).toDecimal() << ", not counted as customers)\n";
    }
    if (counts.customers == 0) {
        return;
    }
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::Revenue;
    request.order = storage::SortOrder::Descending;
    request.limit = topCustomers;
    out << "\nTop " << topCustomers << " customers by revenue:\n";
    printCustomerRows(repository.customerPage(request).rows, out);
}

} // namespace rapport::app
