// Storage benchmarks on a demo database: the queries the customer list and card run on the UI thread, and
// the analytics pass. Run: ctest --preset benchmark (or the binary with --benchmark_filter=...).
#include "demo/demo_generator.h"
#include "storage/name_collation.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <benchmark/benchmark.h>
#include <cstdlib>

using namespace rapport;

namespace {

/** Customers in the benchmark database; RAPPORT_BENCH_CUSTOMERS overrides (e.g. 1000000). */
std::int64_t benchmarkCustomers() {
    const char* value = std::getenv("RAPPORT_BENCH_CUSTOMERS");
    return value != nullptr ? std::atoll(value) : 200'000;
}

/** RAPPORT_BENCH_DATABASE names an existing demo database to measure instead of generating one. */
storage::Repository& database() {
    static test::TempDir dir;
    static std::unique_ptr<storage::Repository> repository = [] {
        if (const char* existing = std::getenv("RAPPORT_BENCH_DATABASE")) {
            storage::OpenOptions options;
            options.createIfMissing = false;
            return storage::openRepository(existing, options);
        }
        auto r = storage::openRepository(dir.file("bench.sqlite"));
        demo::DemoOptions options;
        options.customers = benchmarkCustomers();
        options.end = core::Date::fromYmd(2025, 12, 31);
        demo::generateDemoData(*r, options);
        return r;
    }();
    return *repository;
}

void firstPageByName(benchmark::State& state) {
    auto& repo = database();
    storage::CustomerPageRequest request;
    request.limit = 200;
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo.customerPage(request));
    }
}
BENCHMARK(firstPageByName)->Unit(benchmark::kMillisecond);

void pageFiveHundredByRevenue(benchmark::State& state) {
    auto& repo = database();
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::Revenue;
    request.order = storage::SortOrder::Descending;
    request.limit = 200;
    for (int page = 0; page < 500; ++page) {
        request.after = repo.customerPage(request).next;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo.customerPage(request));
    }
}
BENCHMARK(pageFiveHundredByRevenue)->Unit(benchmark::kMillisecond);

/** A search as the list runs it: the first page and the number of matches, for a common and a rare word. */
void searchPageAndCount(benchmark::State& state, const char* words) {
    auto& repo = database();
    storage::CustomerPageRequest request;
    request.filter.search = words;
    request.limit = 200;
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo.customerPage(request));
        benchmark::DoNotOptimize(repo.customerCount(request.filter));
    }
}
BENCHMARK_CAPTURE(searchPageAndCount, common_word, "anna")->Unit(benchmark::kMillisecond);

BENCHMARK_CAPTURE(searchPageAndCount, two_words, "anna kow")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(searchPageAndCount, rare_word, "orders12345")->Unit(benchmark::kMillisecond);

void countAllCustomers(benchmark::State& state) {
    auto& repo = database();
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo.customerCount({}));
    }
}
BENCHMARK(countAllCustomers)->Unit(benchmark::kMillisecond);

void customerCard(benchmark::State& state) {
    auto& repo = database();
    core::CustomerId id = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo.customer(id));
        benchmark::DoNotOptimize(repo.contactPersons(id));
        storage::EpisodeQuery query;
        query.customerId = id;
        query.limit = 500;
        benchmark::DoNotOptimize(repo.episodes(query));
        id = id % 1000 + 1;
    }
}
BENCHMARK(customerCard)->Unit(benchmark::kMillisecond);

void scanAllPurchases(benchmark::State& state) {
    auto& repo = database();
    std::int64_t rows = 0;
    for (auto _ : state) {
        rows = 0;
        repo.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
            rows += static_cast<std::int64_t>(batch.size());
            return true;
        });
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows/s"] =
        benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(scanAllPurchases)->Unit(benchmark::kMillisecond)->Iterations(3);

/** The sort keys of every customer's name in Polish (what `collation --set` and a migration compute), ICU alone. */
void sortKeysOfEveryName(benchmark::State& state) {
    std::vector<std::string> names;
    database().scanCustomerFacts(
        [&](std::span<const storage::CustomerFact> batch) {
            for (const auto& fact : batch) {
                names.push_back(fact.displayName);
            }
            return true;
        },
        storage::ArchiveFilter::All);
    const storage::NameCollation polish("pl");
    std::string key;
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        for (const auto& name : names) {
            polish.sortKey(name, key);
            bytes += key.size();
        }
    }
    state.counters["names"] = static_cast<double>(names.size());
    state.counters["key bytes/name"] =
        static_cast<double>(bytes) / static_cast<double>(std::max<std::size_t>(1, names.size()));
}
BENCHMARK(sortKeysOfEveryName)->Unit(benchmark::kMillisecond)->Iterations(3);

/** Page 500 of the list by name: the cursor is a sort key, the page a range scan on (name_sort_key, id). */
void pageFiveHundredByName(benchmark::State& state) {
    auto& repo = database();
    storage::CustomerPageRequest request;
    request.limit = 200;
    for (int page = 0; page < 500; ++page) {
        request.after = repo.customerPage(request).next;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo.customerPage(request));
    }
}
BENCHMARK(pageFiveHundredByName)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
