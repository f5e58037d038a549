// After its last whole-base read an analysis gives back the connection's page cache (Repository::releaseCache), so
// that up to 16 MiB are not held beside its reports, the moment its memory peaks. Measured on the heap itself.

#include "storage/fixtures.h"
#include "storage/sqlite/database.h"

#include <cstddef>
#include <cstdint>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
#define RAPPORT_HEAP_FROM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RAPPORT_HEAP_FROM_ASAN 1
#endif
#endif

#ifdef RAPPORT_HEAP_FROM_ASAN
// Declared here: the sanitizer runtime exports it, but GCC 12 does not ship <sanitizer/allocator_interface.h>.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

using namespace rapport;
using namespace rapport::test;

namespace {

/** Bytes the process has allocated and not freed (the sanitizer's allocator counts them in its own way). */
std::size_t heapInUse() {
#ifdef RAPPORT_HEAP_FROM_ASAN
    return __sanitizer_get_current_allocated_bytes();
#else
    const auto info = mallinfo2();
    return info.uordblks + info.hblkhd;
#endif
}

std::int64_t customersScanned(storage::Repository& repository) {
    std::int64_t rows = 0;
    repository.scanCustomerFacts([&](auto batch) {
        rows += static_cast<std::int64_t>(batch.size());
        return true;
    });
    return rows;
}

} // namespace

TEST(SqliteCacheRelease, AReleasedCacheGoesBackToTheHeapAndReadsGoOn) {
    TempDir dir;
    const auto path = dir.file("cache.sqlite");
    constexpr int kCustomers = 50'000;
    {
        storage::openRepository(path, {}); // creates the schema
        // Plain rows through SQL, with names long enough for the table to take about 8 MB of pages.
        storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadWrite);
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                std::to_string(kCustomers) +
                ") INSERT INTO customer (id, kind, display_name, market) "
                "SELECT i, 'person', 'Customer ' || i || ' ' || printf('%.120c', 'x'), 'b2c' FROM n");
    }
    auto repository = storage::openRepository(path, {});
    ASSERT_EQ(customersScanned(*repository), kCustomers); // the pages are in the connection's cache now
    const auto before = heapInUse();
    repository->releaseCache();
    const auto after = heapInUse();
    EXPECT_GT(before, after + 4 * 1024 * 1024) << before << " bytes before, " << after << " after";
    EXPECT_EQ(customersScanned(*repository), kCustomers);
}
