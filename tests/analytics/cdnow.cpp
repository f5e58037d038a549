#include "analytics/cdnow.h"

#include "core/money.h"
#include "support/temp_dir.h"

#include <fstream>

namespace rapport::test {

std::optional<analytics::SummaryBuilder> cdnowPurchases() {
    const auto shared = sharedDir();
    const auto raw = shared / "datasets" / "cdnow" / "CDNOW_sample.txt";
    if (shared.empty() || !std::filesystem::exists(raw)) {
        return std::nullopt;
    }
    analytics::SummaryBuilder builder({analytics::TimeUnit::Week, core::Date::fromYmd(1997, 9, 30)});
    std::ifstream in(raw);
    std::string master;
    std::string sample;
    std::string date;
    std::string cds;
    std::string dollars;
    while (in >> master >> sample >> date >> cds >> dollars) {
        const auto when =
            core::Date::fromYmd(std::stoi(date.substr(0, 4)), static_cast<unsigned>(std::stoi(date.substr(4, 2))),
                                static_cast<unsigned>(std::stoi(date.substr(6, 2))));
        builder.add(std::to_string(std::stoi(sample)), when, core::Money::parseDecimal(dollars).value().minor());
    }
    return builder;
}

std::optional<std::vector<analytics::CustomerSummary>> cdnowSummaries() {
    auto purchases = cdnowPurchases();
    if (!purchases) {
        return std::nullopt;
    }
    return purchases->finish();
}

} // namespace rapport::test
