#pragma once

#include "core/episode.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rapport::storage::sqlite {

class Database;

/**
 * A bulk load's new episodes, written to the table in order of customer and date within blocks of rows
 * instead of in the order they came in.
 *
 * Why: CREATE INDEX reads the table in id order and sorts the keys; when ids follow the customers, the sorter
 * of `episode_by_customer` and `episode_purchases` walks memory in order instead of at random, and a customer's
 * rows of one block lie together for the timeline and the analysis. Measured on ten million rows in random
 * customer order (`import_benchmark`): `episode_by_customer` 16.9 s -> 6.8 s, `episode_purchases` 20.0 s ->
 * 8.7 s, `episode_by_date` about the same; `analyze` on the imported base 24.2-24.9 s -> 9.8 s.
 *
 * add() hands out provisional ids (the order rows came in); a block's rows get their ids in the table when the
 * block is written. A provisional id serves only as a later episode's `cancels`, translated when that episode
 * is written: the block is written after the whole block's ids are known, so a return and its purchase may
 * share it.
 *
 * A row the table refuses (an unknown customer) fails the call that writes its block, a later add() or the
 * commit; the load is then broken and every further call refuses, so it can only be rolled back.
 */
class CustomerOrderedEpisodes {
public:
    /** The first id of the load (no row at or above it exists), and how many rows a block holds. */
    CustomerOrderedEpisodes(Database& db, core::EpisodeId firstId, std::size_t blockRows);

    /** Keeps an episode without id for the current block (writing the block when it is full); its provisional id. */
    core::EpisodeId add(core::Episode episode);

    /** The episode a provisional id names while its block waits; null once written or for an id before the load. */
    [[nodiscard]] const core::Episode* waiting(core::EpisodeId id) const;

    /** The id in the table of an episode written already (provisional or from before the load). */
    [[nodiscard]] core::EpisodeId storedId(core::EpisodeId id) const;

    /** Writes the current block. */
    void flush();

private:
    Database& m_db;
    core::EpisodeId m_firstId;
    std::size_t m_blockRows;
    std::vector<core::Episode> m_block;
    /** By provisional offset (id - first id), the offset of the id each row written got in the table. */
    std::vector<std::uint32_t> m_storedOffset;
    bool m_broken = false; // a block failed part-way: its rows are neither waiting nor all written
    void requireWhole() const;
};

} // namespace rapport::storage::sqlite
