#pragma once

#include "support/temp_dir.h"

#include <optional>
#include <string>

namespace rapport::test {

/**
 * The PostgreSQL server the tests started (ctest fixture "postgres"), as a libpq connection string without a
 * database name, from RAPPORT_TEST_POSTGRES; empty when the tests run against SQLite files.
 */
std::optional<std::string> testPostgresServer();

/**
 * A database for one test: an SQLite file in a temporary folder, or, when the suite runs against PostgreSQL, a
 * new database on the test server, dropped again at the end.
 */
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /** What openRepository() takes: the file path or the connection string. */
    [[nodiscard]] const std::string& location() const { return m_location; }
    [[nodiscard]] bool isPostgres() const { return !m_name.empty(); }
    /** A file in this test's temporary folder (for exports, backups ...). */
    [[nodiscard]] std::string file(const std::string& name) const { return m_dir.file(name); }

    /** Drops a PostgreSQL database now rather than at the end (its logins can then be dropped too). */
    void drop();

    /** Runs SQL outside Rapport, as the database's owner: to tamper with rows or look at them directly. */
    void exec(const std::string& sql) const;
    long long queryInt(const std::string& sql) const;

private:
    TempDir m_dir;
    std::string m_name; // the PostgreSQL database's name; empty for SQLite
    std::string m_location;
    bool m_dropped = false;
};

/** Runs SQL on the test server's maintenance database as its superuser. */
void execOnTestServer(const std::string& sql);

} // namespace rapport::test
