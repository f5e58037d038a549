#include "storage/fixtures.h"
#include "storage/name_collation.h"

#include <algorithm>
#include <cctype>
#include <map>

using namespace rapport;
using namespace rapport::test;
using storage::CustomerSort;
using storage::SortOrder;

namespace {

/** Many ties (five names, four segments, a third without dates) so keyset paging must break them by id. */
class PagingTest : public RepositoryTest {
protected:
    void SetUp() override {
        RepositoryTest::SetUp();
        const std::vector<std::string> names{"anna", "Anna", "Björn", "zofia", "Łukasz"};
        const std::vector<std::string> segments{"", "Retail", "HoReCa", "Families"};
        auto writer = repo().beginBulk({});
        for (int i = 0; i < 230; ++i) {
            auto c = makeCustomer(names[static_cast<std::size_t>(i) % names.size()]);
            c.segment = segments[static_cast<std::size_t>(i * 7) % segments.size()];
            if (i % 3 != 0) {
                c.acquiredOn = core::Date::fromYmd(2024, 1, 1).addDays(i % 11);
            }
            const auto id = writer->addCustomer(c);
            for (int k = 0; k < i % 4; ++k) {
                writer->addEpisode(makePurchase(id, "2024-02-0" + std::to_string(1 + (i + k) % 9), 100 * (i % 6)));
            }
        }
        writer->commit();
    }

    std::vector<core::CustomerId> pageThrough(CustomerSort sort, SortOrder order, int pageSize) {
        storage::CustomerPageRequest request;
        request.sort = sort;
        request.order = order;
        request.limit = pageSize;
        std::vector<core::CustomerId> ids;
        for (int guard = 0; guard < 1000; ++guard) {
            const auto page = repo().customerPage(request);
            EXPECT_LE(static_cast<int>(page.rows.size()), pageSize);
            for (const auto& row : page.rows) {
                ids.push_back(row.id);
            }
            if (!page.next) {
                break;
            }
            request.after = page.next;
        }
        return ids;
    }

    std::vector<storage::CustomerRow> allRows() {
        storage::CustomerPageRequest request;
        request.sort = CustomerSort::Id;
        request.limit = 10'000;
        return repo().customerPage(request).rows;
    }
};

/**
 * The order the database must produce, computed independently: sort value, then id; empty values last. Names by
 * ICU's sort keys in the database's collation.
 */
std::vector<core::CustomerId> expectedOrder(std::vector<storage::CustomerRow> rows, CustomerSort sort, SortOrder order,
                                            const std::string& collation) {
    const storage::NameCollation names(collation);
    auto key = [&](const storage::CustomerRow& r) -> std::pair<int, std::variant<std::int64_t, std::string>> {
        switch (sort) {
        case CustomerSort::Name:
            return {1, names.sortKey(r.displayName)};
        case CustomerSort::Segment:
            return {1, r.segment};
        case CustomerSort::AcquiredOn:
            return r.acquiredOn
                       ? std::pair{1, std::variant<std::int64_t, std::string>(std::int64_t{r.acquiredOn->days()})}
                       : std::pair{0, std::variant<std::int64_t, std::string>(std::int64_t{0})};
        case CustomerSort::LastContact:
            return r.lastContactOn
                       ? std::pair{1, std::variant<std::int64_t, std::string>(std::int64_t{r.lastContactOn->days()})}
                       : std::pair{0, std::variant<std::int64_t, std::string>(std::int64_t{0})};
        case CustomerSort::Revenue:
            return {1, r.revenue.minor()};
        case CustomerSort::Purchases:
            return {1, r.purchases};
        default:
            return {1, r.id};
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        const auto ka = key(a);
        const auto kb = key(b);
        if (ka.first != kb.first) {
            return ka.first > kb.first; // rows with a value before those without, in both orders
        }
        if (ka != kb) {
            return order == SortOrder::Ascending ? ka < kb : kb < ka;
        }
        return order == SortOrder::Ascending ? a.id < b.id : b.id < a.id;
    });
    std::vector<core::CustomerId> ids;
    for (const auto& row : rows) {
        ids.push_back(row.id);
    }
    return ids;
}

} // namespace

TEST_F(PagingTest, EverySortColumnPagesThroughAllRowsInOrderAcrossTies) {
    const auto rows = allRows();
    ASSERT_EQ(rows.size(), 230u);
    for (const auto sort :
         {CustomerSort::Name, CustomerSort::Segment, CustomerSort::AcquiredOn, CustomerSort::LastContact,
          CustomerSort::Revenue, CustomerSort::Purchases, CustomerSort::Id}) {
        for (const auto order : {SortOrder::Ascending, SortOrder::Descending}) {
            for (const int pageSize : {1, 7, 50, 229, 230, 231}) {
                EXPECT_EQ(pageThrough(sort, order, pageSize), expectedOrder(rows, sort, order, repo().collation()))
                    << "sort " << static_cast<int>(sort) << " order " << static_cast<int>(order) << " page "
                    << pageSize;
            }
        }
    }
}

TEST_F(PagingTest, FiltersCombineWithPagingAndCounts) {
    storage::CustomerPageRequest request;
    request.filter.segment = "Retail";
    request.limit = 10;
    std::int64_t seen = 0;
    for (;;) {
        const auto page = repo().customerPage(request);
        for (const auto& row : page.rows) {
            EXPECT_EQ(row.segment, "Retail");
            ++seen;
        }
        if (!page.next) {
            break;
        }
        request.after = page.next;
    }
    EXPECT_EQ(seen, repo().customerCount(request.filter));
    EXPECT_GT(seen, 0);
    EXPECT_EQ(repo().customerCount({}), 230);
}

TEST_F(RepositoryTest, DenseSearchResultsPageInTheRequestedOrder) {
    // More matches than the threshold at which the query walks the sort index instead of sorting matches.
    auto writer = repo().beginBulk({});
    for (int i = 0; i < 3300; ++i) {
        const auto id =
            writer->addCustomer(makeCustomer((i % 3 ? "Common " : "Rare ") + std::to_string((i * 7919) % 3301)));
        writer->addEpisode(makePurchase(id, "2024-01-01", (i * 31) % 500));
    }
    writer->commit();
    for (const auto sort : {CustomerSort::Name, CustomerSort::Revenue, CustomerSort::Id}) {
        storage::CustomerPageRequest request;
        request.filter.search = "common";
        request.sort = sort;
        request.order = SortOrder::Descending;
        request.limit = 300;
        std::vector<storage::CustomerRow> rows;
        for (;;) {
            const auto page = repo().customerPage(request);
            rows.insert(rows.end(), page.rows.begin(), page.rows.end());
            if (!page.next) {
                break;
            }
            request.after = page.next;
        }
        ASSERT_EQ(rows.size(), 2200u);
        EXPECT_EQ(repo().customerCount(request.filter), 2200);
        std::vector<core::CustomerId> ids;
        for (const auto& row : rows) {
            ids.push_back(row.id);
        }
        EXPECT_EQ(ids, expectedOrder(rows, sort, SortOrder::Descending, repo().collation())) << static_cast<int>(sort);
    }
}

TEST_F(PagingTest, ArchivedCustomersLeaveTheListAndComeBackWithTheFilter) {
    // Every fifth customer archived, spread across every sort order's ties: each choice pages in order.
    for (core::CustomerId id = 1; id <= 230; id += 5) {
        auto customer = *repo().customer(id);
        customer.archivedOn = core::Date::fromYmd(2025, 6, 30);
        repo().updateCustomer(customer);
    }
    storage::CustomerPageRequest everyone;
    everyone.filter.archive = storage::ArchiveFilter::All;
    everyone.sort = CustomerSort::Id;
    everyone.limit = 10'000;
    const auto rows = repo().customerPage(everyone).rows;
    ASSERT_EQ(rows.size(), 230u);
    std::vector<storage::CustomerRow> active;
    std::vector<storage::CustomerRow> archived;
    for (const auto& row : rows) {
        (row.archivedOn ? archived : active).push_back(row);
    }
    ASSERT_EQ(archived.size(), 46u);
    EXPECT_EQ(allRows().size(), 184u) << "archived customers are left out by default";

    const std::vector<std::pair<storage::ArchiveFilter, const std::vector<storage::CustomerRow>*>> choices{
        {storage::ArchiveFilter::Active, &active},
        {storage::ArchiveFilter::Archived, &archived},
        {storage::ArchiveFilter::All, &rows}};
    for (const auto& [archive, expected] : choices) {
        storage::CustomerFilter filter;
        filter.archive = archive;
        EXPECT_EQ(repo().customerCount(filter), static_cast<std::int64_t>(expected->size()));
        for (const auto sort :
             {CustomerSort::Name, CustomerSort::AcquiredOn, CustomerSort::Revenue, CustomerSort::Id}) {
            for (const auto order : {SortOrder::Ascending, SortOrder::Descending}) {
                storage::CustomerPageRequest request;
                request.filter = filter;
                request.sort = sort;
                request.order = order;
                request.limit = 7;
                std::vector<core::CustomerId> ids;
                for (int guard = 0; guard < 1000; ++guard) {
                    const auto page = repo().customerPage(request);
                    for (const auto& row : page.rows) {
                        ids.push_back(row.id);
                    }
                    if (!page.next) {
                        break;
                    }
                    request.after = page.next;
                }
                EXPECT_EQ(ids, expectedOrder(*expected, sort, order, repo().collation()))
                    << "archive " << static_cast<int>(archive) << " sort " << static_cast<int>(sort);
            }
        }
    }

    // Search and the other filters honour the choice too.
    storage::CustomerFilter search;
    search.search = "anna";
    const auto activeAnnas = repo().customerCount(search);
    search.archive = storage::ArchiveFilter::All;
    const auto allAnnas = repo().customerCount(search);
    search.archive = storage::ArchiveFilter::Archived;
    EXPECT_EQ(activeAnnas + repo().customerCount(search), allAnnas);
    EXPECT_GT(repo().customerCount(search), 0);
    storage::CustomerFilter retail;
    retail.segment = "Retail";
    retail.archive = storage::ArchiveFilter::Archived;
    for (const auto& row : repo().customerPage({retail, CustomerSort::Name, SortOrder::Ascending, {}, 500}).rows) {
        EXPECT_TRUE(row.archivedOn.has_value());
        EXPECT_EQ(row.segment, "Retail");
    }
    EXPECT_EQ(repo().counts().customers, 230) << "counts take every customer";
    EXPECT_EQ(repo().counts().archivedCustomers, 46);

    // Restored, a customer is back in the default list.
    auto restored = *repo().customer(1);
    restored.archivedOn.reset();
    repo().updateCustomer(restored);
    EXPECT_EQ(allRows().size(), 185u);
    EXPECT_EQ(repo().customerCount({}), 185);
}
