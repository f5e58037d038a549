#include "storage/sqlite/mass_update_indexes.h"

#include "storage/sqlite/database.h"
#include "storage/sqlite/schema.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string>

namespace rapport::storage::sqlite {

namespace {

std::string_view createSqlOf(std::string_view name) {
    const auto indexes = deferrableIndexes();
    const auto found =
        std::find_if(indexes.begin(), indexes.end(), [&](const IndexDefinition& index) { return index.name == name; });
    if (found == indexes.end()) {
        throw std::logic_error("not a deferrable index: " + std::string(name));
    }
    return found->createSql;
}

} // namespace

MassUpdateIndexes::MassUpdateIndexes(Database& db, std::span<const std::string_view> indexNames, std::size_t rowsToCome)
    : m_db(db)
    , m_names(indexNames)
    , m_watching(rowsToCome >= kSmallestRun) {
    for (const auto name : m_names) {
        createSqlOf(name); // a wrong name fails here, before any row is written
    }
}

MassUpdateIndexes::~MassUpdateIndexes() {
    if (!m_dropped) {
        return;
    }
    try {
        rebuild();
    } catch (const std::exception& error) {
        // The run failed and its transaction is on its way back, which restores the indexes anyway.
        spdlog::warn("indexes not rebuilt after a failed update: {}", error.what());
    }
}

void MassUpdateIndexes::counted(bool changed) {
    if (!m_watching) {
        return;
    }
    ++m_seen;
    m_changed += changed ? 1 : 0;
    if (m_seen < kProbe) {
        return;
    }
    m_watching = false;
    if (m_changed * 2 <= m_seen) {
        return; // most rows unchanged: keeping the indexes costs less
    }
    for (const auto name : m_names) {
        m_db.exec("DROP INDEX IF EXISTS " + std::string(name));
    }
    m_dropped = true;
    spdlog::debug("{} of the first {} rows changed: indexes dropped until the run ends", m_changed, m_seen);
}

void MassUpdateIndexes::finish() {
    if (m_dropped) {
        rebuild();
    }
}

void MassUpdateIndexes::rebuild() {
    for (const auto name : m_names) {
        m_db.exec(createSqlOf(name));
    }
    m_dropped = false;
}

} // namespace rapport::storage::sqlite
