#include "support/test_database.h"

#include "support/sqlite_dump.h"

#include <atomic>
#include <cstdlib>
#include <pqxx/pqxx>
#include <unistd.h>

namespace rapport::test {

std::optional<std::string> testPostgresServer() {
    const char* server = std::getenv("RAPPORT_TEST_POSTGRES");
    if (server == nullptr || *server == '\0') {
        return std::nullopt;
    }
    return std::string(server);
}

void execOnTestServer(const std::string& sql) {
    pqxx::connection connection(*testPostgresServer() + " dbname=postgres");
    pqxx::nontransaction work(connection);
    work.exec(sql);
}

TestDatabase::TestDatabase() {
    if (const auto server = testPostgresServer()) {
        static std::atomic<int> counter{0};
        // Tests run as separate processes in parallel: the process id keeps their databases apart.
        m_name = "rapport_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        execOnTestServer("DROP DATABASE IF EXISTS " + m_name);
        execOnTestServer("CREATE DATABASE " + m_name);
        m_location = *server + " dbname=" + m_name;
    } else {
        m_location = m_dir.file("rapport.sqlite");
    }
}

TestDatabase::~TestDatabase() {
    drop();
}

void TestDatabase::drop() {
    if (isPostgres() && !m_dropped) {
        m_dropped = true;
        try {
            execOnTestServer("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        } catch (const std::exception&) {
            // The server stops at the end of the run and takes the database with it.
        }
    }
}

void TestDatabase::exec(const std::string& sql) const {
    if (!isPostgres()) {
        execRaw(m_location, sql);
        return;
    }
    pqxx::connection connection(m_location);
    pqxx::nontransaction work(connection);
    work.exec("SET search_path = rapport");
    work.exec(sql);
}

long long TestDatabase::queryInt(const std::string& sql) const {
    if (!isPostgres()) {
        return queryRawInt(m_location, sql);
    }
    pqxx::connection connection(m_location);
    pqxx::nontransaction work(connection);
    work.exec("SET search_path = rapport");
    return work.exec(sql)[0][0].as<long long>();
}

} // namespace rapport::test
