#pragma once

#include "storage/sqlite/database.h"
#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace rapport::test {

/** The SQL that builds a database as release `version` left it (tests/data/migration), to migrate from. */
inline std::string releasedSchemaScript(int version) {
    return readBytes(std::string(RAPPORT_TEST_DATA_DIR) + "/migration/v" + std::to_string(version) + ".sql");
}

/**
 * The tables whose single-row insert builds a temporary b-tree, as SQLite does for a CHECK's IN list of three or
 * more constants on every run (check_lists.h); read from the program SQLite compiles, not from the table's text.
 */
inline std::vector<std::string> tablesWhoseInsertsBuildTrees(const std::string& path) {
    // Read-write: on a read-only connection SQLite compiles no constraint checks at all.
    storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadWrite);
    std::vector<std::string> tables;
    {
        auto select = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%' "
                                 "AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (select.step()) {
            tables.push_back(select.text(0));
        }
    }
    std::vector<std::string> building;
    for (const auto& table : tables) {
        auto explain = db.prepare("EXPLAIN INSERT INTO \"" + table + "\" DEFAULT VALUES");
        bool builds = false;
        while (explain.step()) {
            builds = builds || explain.textView(1) == "OpenEphemeral";
        }
        if (builds) {
            building.push_back(table);
        }
    }
    return building;
}

} // namespace rapport::test
