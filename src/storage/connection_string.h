#pragma once

#include <string>
#include <string_view>

namespace rapport::storage {

/**
 * True when a database location names a PostgreSQL server rather than a file: a postgresql:// or postgres://
 * URI, or libpq's "key=value" form (host=..., dbname=..., service=...).
 */
bool isConnectionString(std::string_view location);

/** The connection string with any password replaced by "***": for messages, logs and titles. */
std::string withoutPassword(std::string_view connectionString);

} // namespace rapport::storage
