#pragma once

#include "core/anonymous_sale.h"
#include "core/episode.h"

#include <optional>

namespace rapport::storage::sqlite {

class Database;
class Statement;

core::EpisodeId insertEpisode(Database& db, const core::Episode& episode);
bool updateEpisodeRow(Database& db, const core::Episode& episode);
std::optional<core::Episode> readEpisode(Database& db, core::EpisodeId id);
/** The episode columns in the order readEpisodeColumns expects them, for SELECT lists. */
extern const char* const kEpisodeSelectColumns;
inline constexpr int kEpisodeColumnCount = 17;
core::Episode readEpisodeColumns(const Statement& select);

/**
 * Throws ConstraintError unless the purchase a return cancels exists, is a purchase and belongs to the same
 * customer (nothing to check when it cancels none).
 */
void requireCancellable(Database& db, const core::Episode& episode);

/** What requireCancellable needs of the episode a return cancels. */
struct CancelledEpisode {
    core::CustomerId customerId = 0;
    bool isPurchase = false;
};

/** The same check against an episode not in the table yet (empty: there is none). */
void requireCancellable(const core::Episode& episode, const std::optional<CancelledEpisode>& cancelled);

/** Throws ConstraintError when an update would make a purchase that a return cancels something else. */
void requireCancelledStaysAPurchase(Database& db, const core::Episode& episode);

core::AnonymousSaleId insertAnonymousSale(Database& db, const core::AnonymousSale& sale);

core::TaskId insertTask(Database& db, const core::Task& task);
bool updateTaskRow(Database& db, const core::Task& task);

} // namespace rapport::storage::sqlite
