#include "storage/sqlite/sort_files_on_disk.h"

#include "storage/sqlite/database.h"

#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string>

namespace rapport::storage::sqlite {

SortFilesOnDisk::SortFilesOnDisk(Database& db)
    : m_db(db)
    , m_previous(db.queryInt("PRAGMA temp_store")) {
    try {
        m_db.exec("PRAGMA temp_store = FILE");
        m_switched = true;
    } catch (const std::exception& error) {
        spdlog::debug("sort files stay in memory: {}", error.what());
    }
}

void SortFilesOnDisk::inMemory() {
    if (m_switched) {
        m_db.exec("PRAGMA temp_store = " + std::to_string(m_previous));
        m_switched = false;
    }
}

SortFilesOnDisk::~SortFilesOnDisk() {
    try {
        inMemory();
    } catch (...) {
        spdlog::warn("temporary files stay on disk on this connection until the database is reopened");
    }
}

} // namespace rapport::storage::sqlite
