#pragma once

#include <string>
#include <string_view>

namespace rapport::storage {

/**
 * True when a database location names a PostgreSQL server rather than a file: a postgresql:// or postgres://
 * URI, or libpq's "key=value" form (host=..., dbname=..., service=...).
 */
bool isConnectionString(std::string_view location);

/** What the app's "Connect to team database" asks for. */
struct ConnectionParameters {
    std::string host;
    int port = 5432;
    std::string database;
    std::string user;
    std::string sslMode = "prefer"; // disable, allow, prefer, require, verify-ca, verify-full
    std::string password;           // empty: libpq looks in ~/.pgpass (or PGPASSFILE)
};

/** libpq's key=value form, every value quoted, so spaces, quotes and backslashes in a value stay data. */
std::string connectionString(const ConnectionParameters& parameters);

/** The connection string with any password replaced by "***": for messages, logs and titles. */
std::string withoutPassword(std::string_view connectionString);

} // namespace rapport::storage
