#pragma once

#include "core/episode.h"

#include <pqxx/pqxx>

namespace rapport::storage::postgres {

/** The episode columns in the order readEpisode() reads them. */
extern const char* const kEpisodeColumns;
inline constexpr int kEpisodeColumnCount = 17;

core::Episode readEpisode(const pqxx::row& row);

/**
 * Throws ConstraintError unless the purchase a return cancels exists (for this user), is a purchase and belongs to
 * the same customer (nothing to check when it cancels none).
 */
void requireCancellable(pqxx::transaction_base& work, const core::Episode& episode);

/**
 * Streams a query through a server-side cursor, `batch` rows at a time: the whole base passes through without
 * ever being held in memory. `handle` returns false to stop.
 */
template <typename Handle>
void streamQuery(pqxx::transaction_base& work, const std::string& sql, Handle handle, int batch = 16'384) {
    work.exec("DECLARE rapport_stream NO SCROLL CURSOR FOR " + sql);
    while (true) {
        const auto rows = work.exec("FETCH " + std::to_string(batch) + " FROM rapport_stream");
        if (rows.empty() || !handle(rows)) {
            break;
        }
    }
    work.exec("CLOSE rapport_stream");
}

} // namespace rapport::storage::postgres
