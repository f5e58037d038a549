#pragma once

#include "storage/sqlite/check_lists.h"
#include "storage/sqlite/database.h"
#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace rapport::test {

/** The SQL that builds a database as release `version` left it (tests/data/migration), to migrate from. */
inline std::string releasedSchemaScript(int version) {
    return readBytes(std::string(RAPPORT_TEST_DATA_DIR) + "/migration/v" + std::to_string(version) + ".sql");
}

/** The tables whose stored definition still has a CHECK's list of three or more codes (check_lists.h). */
inline std::vector<std::string> tablesWithCheckLists(const std::string& path) {
    storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadOnly);
    auto tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'");
    std::vector<std::string> names;
    while (tables.step()) {
        if (storage::sqlite::checkListsAsComparisons(tables.textView(1)) != tables.textView(1)) {
            names.push_back(tables.text(0));
        }
    }
    return names;
}

} // namespace rapport::test
