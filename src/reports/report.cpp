#include "reports/report.h"

namespace rapport::reports {

std::vector<const Table*> allTables(const Report& report) {
    std::vector<const Table*> tables;
    for (const auto& section : report.sections) {
        for (const auto& table : section.tables) {
            tables.push_back(&table);
        }
    }
    return tables;
}

} // namespace rapport::reports
