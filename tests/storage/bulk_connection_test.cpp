// A deferred bulk load changes its connection's settings for a while: a large page cache for the rows, then a
// small one and sort files on disk for the index builds (SqliteBulkWriter::commit). The connection is the one the
// app and the CLI keep using afterwards, so whether the load commits or rolls back, it must get back what it had.

#include "storage/fixtures.h"
#include "storage/sqlite/bulk_writer.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/open.h"
#include "storage/sqlite/sort_files_on_disk.h"
#include "storage/sqlite/transaction.h"
#include "support/statement_trace.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;
using storage::sqlite::Database;
using storage::sqlite::SortFilesOnDisk;
using storage::sqlite::SqliteBulkWriter;

namespace {

class SqliteBulkConnection : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = m_dir.file("bulk.sqlite");
        storage::openRepository(m_path, {}); // creates the schema
        m_db = std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
        storage::sqlite::configureConnection(*m_db);
        m_db->exec("PRAGMA cache_size = -6000"); // neither the default, the load's nor the index builds' size
        recordStatements(m_db->handle(), m_statements);
    }
    [[nodiscard]] bool ran(const std::string& sql) const {
        return std::find(m_statements.begin(), m_statements.end(), sql) != m_statements.end();
    }
    [[nodiscard]] std::string settings() const {
        return "temp_store " + std::to_string(m_db->queryInt("PRAGMA temp_store")) + ", cache_size " +
               std::to_string(m_db->queryInt("PRAGMA cache_size"));
    }
    void load(SqliteBulkWriter& writer) {
        for (int i = 0; i < 50; ++i) {
            const auto id = writer.addCustomer(makeCustomer("Customer " + std::to_string(i)));
            writer.addEpisode(makePurchase(id, "2024-03-01", 1000 + i));
        }
    }

    TempDir m_dir;
    std::string m_path;
    std::unique_ptr<Database> m_db;
    std::vector<std::string> m_statements;
};

} // namespace

TEST_F(SqliteBulkConnection, ACommittedLoadLeavesTheConnectionAsItFoundIt) {
    const auto before = settings();
    EXPECT_EQ(before.rfind("temp_store 2,", 0), 0U) << "configureConnection keeps temporary files in memory";
    storage::BulkOptions options;
    options.deferIndexes = true;
    {
        SqliteBulkWriter writer(*m_db, options);
        load(writer);
        writer.commit();
    }
    EXPECT_TRUE(ran("PRAGMA temp_store = FILE")) << "the indexes were built with their sort files on disk";
    EXPECT_EQ(settings(), before);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM episode INDEXED BY episode_by_customer WHERE customer_id > 0"), 50);
}

TEST_F(SqliteBulkConnection, ALoadThatFailsAfterItsIndexesAreBuiltLeavesTheConnectionAsItFoundIt) {
    const auto before = settings();
    storage::BulkOptions options;
    options.deferIndexes = true;
    {
        SqliteBulkWriter writer(*m_db, options);
        load(writer);
        // A copy brings its ids; a return naming an episode that never comes fails the foreign key at the commit,
        // after the indexes were built.
        auto refund = makePurchase(1, "2024-07-01", -100, -10);
        refund.kind = core::EpisodeKind::Return;
        refund.id = 5'000;
        refund.cancels = 4'999;
        writer.addEpisode(refund);
        EXPECT_THROW(writer.commit(), std::exception);
    }
    EXPECT_EQ(settings(), before);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM customer"), 0);
    EXPECT_EQ(m_db->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'episode_by_customer'"), 1);
}

TEST_F(SqliteBulkConnection, SortFilesGoBackWhereTheyWereAlsoWhenTheWorkInsideFails) {
    storage::sqlite::Transaction transaction(*m_db);
    try {
        const SortFilesOnDisk sortFiles(*m_db);
        EXPECT_TRUE(sortFiles.onDisk()) << "allowed inside a transaction";
        EXPECT_EQ(m_db->queryInt("PRAGMA temp_store"), 1);
        throw std::runtime_error("an index build failed");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(m_db->queryInt("PRAGMA temp_store"), 2);
    SortFilesOnDisk again(*m_db);
    again.inMemory();
    EXPECT_FALSE(again.onDisk());
    EXPECT_EQ(m_db->queryInt("PRAGMA temp_store"), 2);
}
