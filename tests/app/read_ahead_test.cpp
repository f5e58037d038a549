// Reading the next page while the caller handles this one (the whole-base exports): every page once and in
// order, the next read already under way while a page is handled, never two reads at once on the connection, and
// a failure on either side reaching the caller with the connection still usable. On an SQLite file and on the
// PostgreSQL test server.
#include "app/read_ahead.h"
#include "storage/repository.h"
#include "support/test_database.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace rapport::app {
namespace {

// How long a page waits for the next one's read to start: the read starts at once when it is read ahead.
constexpr auto kPatience = std::chrono::seconds(10);

class ReadAheadTest : public ::testing::Test {
protected:
    void SetUp() override {
        repository = storage::openRepository(database.location());
        for (int i = 0; i < 7; ++i) {
            core::Customer c;
            c.displayName = "Customer " + std::to_string(i);
            c.tags = {"tag" + std::to_string(i)};
            ids.push_back(repository->addCustomer(c));
        }
    }

    storage::CustomerRecordPage page(std::optional<core::CustomerId> after) {
        return repository->customerRecords({}, after, 2);
    }

    test::TestDatabase database;
    std::unique_ptr<storage::Repository> repository;
    std::vector<core::CustomerId> ids;
};

TEST_F(ReadAheadTest, EveryPageComesOnceAndInOrderWithItsChildren) {
    std::vector<core::CustomerId> seen;
    int pages = 0;
    forEachPageReadingAhead([&](std::optional<core::CustomerId> after) { return page(after); },
                            [&](const storage::CustomerRecordPage& p) {
                                ++pages;
                                for (const auto& record : p.records) {
                                    seen.push_back(record.customer.id);
                                    EXPECT_EQ(record.customer.tags,
                                              std::vector<std::string>{"tag" + std::to_string(seen.size() - 1)});
                                }
                            });
    EXPECT_EQ(seen, ids);
    EXPECT_EQ(pages, 4);
}

TEST_F(ReadAheadTest, TheNextPageIsReadWhileThisOneIsHandledAndNoTwoReadsOverlap) {
    std::mutex mutex;
    std::condition_variable changed;
    int fetchesStarted = 0;
    std::atomic<int> fetchesRunning = 0;
    std::atomic<int> overlaps = 0;
    int handledWhileNextWasRead = 0;
    int pagesHandled = 0;
    forEachPageReadingAhead(
        [&](std::optional<core::CustomerId> after) {
            if (++fetchesRunning > 1) {
                ++overlaps;
            }
            {
                const std::lock_guard lock(mutex);
                ++fetchesStarted;
            }
            changed.notify_all();
            auto result = page(after);
            --fetchesRunning;
            return result;
        },
        [&](const storage::CustomerRecordPage& p) {
            const int pageNumber = ++pagesHandled;
            if (!p.next) {
                return;
            }
            // The read of the next page starts without this one being finished: wait for it here.
            std::unique_lock lock(mutex);
            if (changed.wait_for(lock, kPatience, [&] { return fetchesStarted > pageNumber; })) {
                ++handledWhileNextWasRead;
            }
        });
    EXPECT_EQ(overlaps, 0);
    EXPECT_EQ(fetchesStarted, 4);
    EXPECT_EQ(handledWhileNextWasRead, 3);
}

TEST_F(ReadAheadTest, AFailedReadOrHandlingReachesTheCallerAndTheConnectionStaysUsable) {
    int handled = 0;
    EXPECT_THROW(forEachPageReadingAhead(
                     [&](std::optional<core::CustomerId> after) {
                         if (after && *after >= ids[3]) {
                             throw std::runtime_error("the disk went away");
                         }
                         return page(after);
                     },
                     [&](const storage::CustomerRecordPage&) { ++handled; }),
                 std::runtime_error);
    EXPECT_EQ(handled, 2);

    // The second page's handling throws once the third page's read has begun, and that read holds on until then,
    // and a little longer: a walk that let the exception out without waiting for it would end with it under way.
    handled = 0;
    std::atomic<bool> readInFlight = false;
    std::atomic<bool> thrown = false;
    EXPECT_THROW(forEachPageReadingAhead(
                     [&](std::optional<core::CustomerId> after) {
                         readInFlight = true;
                         if (after && *after >= ids[3]) {
                             while (!thrown) {
                                 std::this_thread::yield();
                             }
                             std::this_thread::sleep_for(std::chrono::milliseconds(200));
                         }
                         auto result = page(after);
                         readInFlight = false;
                         return result;
                     },
                     [&](const storage::CustomerRecordPage&) {
                         if (++handled == 2) {
                             const auto deadline = std::chrono::steady_clock::now() + kPatience;
                             while (!readInFlight && std::chrono::steady_clock::now() < deadline) {
                                 std::this_thread::yield(); // until the third page's read has begun
                             }
                             thrown = true;
                             throw std::runtime_error("the disk is full");
                         }
                     }),
                 std::runtime_error);
    EXPECT_EQ(handled, 2);
    EXPECT_FALSE(readInFlight) << "the walk ended with a read still using the connection";
    EXPECT_EQ(repository->counts().customers, 7);
}

} // namespace
} // namespace rapport::app
