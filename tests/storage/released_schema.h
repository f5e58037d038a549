#pragma once

#include "support/temp_dir.h"

#include <string>

namespace rapport::test {

/** The SQL that builds a database as release `version` left it (tests/data/migration), to migrate from. */
inline std::string releasedSchemaScript(int version) {
    return readBytes(std::string(RAPPORT_TEST_DATA_DIR) + "/migration/v" + std::to_string(version) + ".sql");
}

} // namespace rapport::test
