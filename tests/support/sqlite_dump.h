#pragma once

#include <string>

namespace rapport::test {

/**
 * The schema (tables, indexes, triggers, views as SQL), every row of every table in key order, and the search
 * index's content and terms, as text: two databases with equal dumps hold equal data, equally indexed.
 */
std::string dumpDatabase(const std::string& path);

/** Runs SQL on a file with the plain C API, bypassing Rapport, to build fixtures and tamper with files. */
void execRaw(const std::string& path, const std::string& sql);
long long queryRawInt(const std::string& path, const std::string& sql);

} // namespace rapport::test
