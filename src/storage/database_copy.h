#pragma once

#include "storage/repository.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace rapport::storage {

/** What a copy moved, and the totals it compared on both sides afterwards. */
struct CopySummary {
    DatabaseCounts counts;
    std::int64_t revenueMinor = 0; // net revenue of all purchases and returns
    std::int64_t marginMinor = 0;
    std::int64_t events = 0;
    std::int64_t scores = 0;
    std::int64_t ladderOverrides = 0;
};

/** Called now and then: the stage ("customers", "episodes", ...), rows done and rows in all. */
using CopyProgress = std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)>;

/**
 * Copies everything of one base into another that is empty (a desktop file into a team database, or a team
 * base into a new file), keeping every id and the currency, then checks the copy: the counts of every kind of row and
 * the sums of revenue and margin must be equal on both sides, else StorageError says what differs. Reads only through
 * the Repository interface, so it works between any two backends; one transaction on the target, so a failure leaves it
 * empty. Throws StorageError when the target is not empty.
 */
CopySummary copyDatabase(Repository& from, Repository& to, const CopyProgress& progress = {});

/** Sums revenue and margin of every purchase and return, streamed. */
std::pair<std::int64_t, std::int64_t> purchaseTotals(Repository& repository);

} // namespace rapport::storage
