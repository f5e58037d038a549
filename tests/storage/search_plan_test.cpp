// How a search that matches many customers is paged on SQLite: by walking the sort index, never by skip-scanning
// it once per match. A bounded ANALYZE (what a bulk load runs) leaves statistics saying a sort index holds a few
// hundred keys of a thousand rows each; with them SQLite 3.40 skip-scanned `customer_by_value` for every match
// of "anna" at a million customers, 22.9 s for one page.

#include "storage/fixtures.h"
#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/database.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;
using storage::CustomerSort;
using storage::SortOrder;

namespace {

/**
 * Loads 3,300 customers, each added by `addCustomer` (given the writer and its number), with a predicted value
 * each, out of id order; returns the scores stored.
 */
std::vector<storage::CustomerScore>
loadScoredCustomers(storage::Repository& repository,
                    const std::function<core::CustomerId(storage::BulkWriter&, int)>& addCustomer) {
    auto writer = repository.beginBulk({});
    std::vector<storage::CustomerScore> scores;
    for (int i = 0; i < 3300; ++i) {
        storage::CustomerScore score;
        score.id = addCustomer(*writer, i);
        score.predictedValue = core::Money::fromMinor((i * 7919) % 100'000);
        scores.push_back(score);
    }
    writer->commit();
    repository.storeScores(scores);
    return scores;
}

} // namespace

TEST(SqliteSearchPlan, ADenseSearchWalksTheSortIndexEvenWithApproximateStatistics) {
    TempDir dir;
    const auto path = dir.file("search-plan.sqlite");
    auto repository = storage::openRepository(path, {});
    loadScoredCustomers(*repository, [](storage::BulkWriter& writer, int i) {
        const auto id = writer.addCustomer(makeCustomer((i % 3 ? "Common " : "Rare ") + std::to_string(i)));
        writer.addEpisode(makePurchase(id, "2024-01-01", 10 + (i * 31) % 500));
        return id;
    });
    {
        // The shape `PRAGMA analysis_limit = 1000; PRAGMA optimize` gives a million-customer base's sort indexes.
        storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadWrite);
        db.exec("ANALYZE");
        db.exec("UPDATE sqlite_stat1 SET stat = '1000000 1001 1' WHERE idx IN "
                "('customer_by_name', 'customer_by_value', 'customer_by_revenue')");
        db.exec("ANALYZE sqlite_schema"); // loads the edited statistics
    }
    storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadOnly);
    for (const auto& [sort, index] : {std::pair{CustomerSort::Name, "customer_by_name"},
                                      std::pair{CustomerSort::PredictedValue, "customer_by_value"},
                                      std::pair{CustomerSort::Revenue, "customer_by_revenue"}}) {
        storage::CustomerPageRequest request;
        request.filter.search = "common";
        request.sort = sort;
        request.order = SortOrder::Descending;
        request.limit = 100;
        for (int pageNumber = 0; pageNumber < 2; ++pageNumber) { // the first page, then one after a cursor
            std::vector<std::string> plans;
            const auto page = storage::sqlite::selectCustomerPage(db, request, &plans);
            EXPECT_EQ(page.rows.size(), 100U) << index;
            ASSERT_TRUE(page.next.has_value()) << index;
            std::string all;
            for (const auto& plan : plans) {
                all += plan + "\n";
            }
            EXPECT_NE(all.find(std::string("USING INDEX ") + index), std::string::npos) << all;
            EXPECT_EQ(all.find("ANY("), std::string::npos) << "skip-scans the sort index per match:\n" << all;
            for (const auto& row : page.rows) {
                EXPECT_EQ(row.displayName.rfind("Common ", 0), 0U) << row.displayName;
            }
            request.after = page.next;
        }
    }
}

// Since v11 a list sorted by a score walks customer_score's index and looks each customer up by id. With the
// archive tested on the customer's row, a term of the join, SQLite 3.40 first built a Bloom filter of the whole
// customer table (0.17 s for every page at a million customers); tested against the archived ids it builds none.
TEST(SqliteSearchPlan, AListSortedByAScoreWalksItsIndexWithoutFilteringEveryCustomerFirst) {
    TempDir dir;
    const auto path = dir.file("score-plan.sqlite");
    auto repository = storage::openRepository(path, {});
    const auto scores = loadScoredCustomers(*repository, [](storage::BulkWriter& writer, int i) {
        auto customer = makeCustomer("Customer " + std::to_string(i));
        customer.segment = i % 2 == 0 ? "retail" : "wholesale";
        return writer.addCustomer(customer);
    });
    {
        storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadWrite);
        db.exec("ANALYZE");
        // Statistics of a million customers and none of their score rows: what a base analysed before it had the
        // score table holds until a run's rebuilt score indexes or the next bulk load add them.
        db.exec("UPDATE sqlite_stat1 SET stat = '910108 1001 1' WHERE tbl = 'customer'");
        db.exec("DELETE FROM sqlite_stat1 WHERE tbl = 'customer_score'");
        db.exec("ANALYZE sqlite_schema");
    }
    storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadOnly);
    const auto best = std::max_element(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
        return a.predictedValue->minor() < b.predictedValue->minor();
    });
    for (const std::optional<std::string>& segment :
         {std::optional<std::string>(), std::optional<std::string>("retail")}) {
        storage::CustomerPageRequest request;
        request.sort = CustomerSort::PredictedValue;
        request.order = SortOrder::Descending;
        request.limit = 100;
        request.filter.segment = segment;
        std::vector<std::string> plans;
        const auto page = storage::sqlite::selectCustomerPage(db, request, &plans);
        std::string all;
        for (const auto& plan : plans) {
            all += plan + "\n";
        }
        EXPECT_EQ(all.find("BLOOM FILTER"), std::string::npos) << all;
        ASSERT_EQ(page.rows.size(), 100U) << all;
        if (!segment) {
            EXPECT_NE(all.find("INDEX customer_by_value"), std::string::npos) << all;
            EXPECT_EQ(page.rows.front().id, best->id);
        }
        for (const auto& row : page.rows) {
            EXPECT_TRUE(!segment || row.segment == *segment) << row.segment;
        }
        for (std::size_t i = 1; i < page.rows.size(); ++i) {
            EXPECT_GE(page.rows[i - 1].predictedValue->minor(), page.rows[i].predictedValue->minor());
        }
    }
}
