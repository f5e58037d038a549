#pragma once

#include "demo/demo_generator.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace rapport::test {

/** A demo database of a given size, made once per test suite. */
class DemoDatabaseFixture : public ::testing::Test {
protected:
    static void createDemo(std::int64_t customers) {
        s_dir = new TempDir();
        auto repository = storage::openRepository(s_dir->file("ui.sqlite"));
        demo::DemoOptions options;
        options.customers = customers;
        options.end = core::Date::fromYmd(2025, 12, 31);
        demo::generateDemoData(*repository, options);
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    static std::string databasePath() { return s_dir->file("ui.sqlite"); }

    static inline TempDir* s_dir = nullptr;
};

} // namespace rapport::test
