#include "storage/sqlite/bulk_writer.h"

#include "storage/errors.h"
#include "storage/sqlite/assessment_rows.h"
#include "storage/sqlite/codes.h"
#include "storage/sqlite/customer_rows.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/episode_rows.h"
#include "storage/sqlite/name_keys.h"
#include "storage/sqlite/partnership_rows.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sort_files_on_disk.h"
#include "storage/sqlite/statement.h"

#include <algorithm>
#include <chrono>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace rapport::storage::sqlite {

namespace {
constexpr long long kBulkCacheKiB = 256 * 1024;
constexpr long long kIndexBuildCacheKiB = 16 * 1024; // see commit()
// Rows per block written in customer order: about 58 MiB of episodes waiting. Measured with sqlite3 on ten
// million rows, `(customer_id, occurred_on, id)` took 9.4 s on rows in random customer order, 3.1-3.4 s on the
// same rows in blocks of 131,072, 250,000 or a million ordered by customer, but 8.8 s in blocks of 65,536: the
// block stays well above that.
constexpr std::size_t kCustomerOrderBlockRows = 262'144;
} // namespace

SqliteBulkWriter::RowChecksOff::RowChecksOff(Database& db)
    : m_db(db) {
    m_db.exec("PRAGMA ignore_check_constraints = ON");
}

SqliteBulkWriter::RowChecksOff::~RowChecksOff() {
    try {
        m_db.exec("PRAGMA ignore_check_constraints = OFF");
    } catch (...) {
        spdlog::error("could not switch constraint checks back on; reopen the database");
    }
}

SqliteBulkWriter::SqliteBulkWriter(Database& db, const BulkOptions& options)
    : m_db(db)
    , m_options(options)
    , m_rowChecksOff(db)
    , m_transaction(db) {
    followStoredCollation(m_db); // every key of the batch in the database's collation
    m_firstNewCustomer = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM customer");
    m_firstNewEpisode = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM episode");
    m_firstNewAnonymousSale = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM anonymous_sale");
    m_earlierReferencesLoaded = m_firstNewEpisode == 1; // nothing earlier to load
    m_sumTotals = m_options.deferIndexes && m_firstNewEpisode == 1;
    if (m_sumTotals) {
        // A vector for the table's customers too when their ids are dense: a file of transactions for the
        // customers an earlier import brought names them all, in no order.
        const auto lowest = m_db.queryInt("SELECT coalesce(min(id), 0) FROM customer");
        const auto existing = m_db.queryInt("SELECT count(*) FROM customer");
        const bool dense = existing > 0 && m_firstNewCustomer - lowest <= 2 * existing + 4096;
        m_totals = dense ? core::DenseIdMap<Totals>(lowest, m_firstNewCustomer - 1)
                         : core::DenseIdMap<Totals>(m_firstNewCustomer, m_firstNewCustomer - 1);
    }
    // With the default 2 MiB page cache a long transaction spills dirty pages to the WAL again and again
    // (hundreds of thousands of writes for a few thousand customers); a larger cache keeps them in memory.
    m_previousCacheSize = m_db.queryInt("PRAGMA cache_size");
    m_db.exec("PRAGMA cache_size = -" + std::to_string(kBulkCacheKiB));
    if (m_options.deferIndexes) {
        // Inside the transaction: a rollback brings the indexes and triggers back untouched.
        for (const auto& index : deferrableIndexes()) {
            m_db.exec("DROP INDEX IF EXISTS " + std::string(index.name));
        }
        for (const auto& trigger : totalsTriggers()) {
            m_db.exec("DROP TRIGGER IF EXISTS " + std::string(trigger.name));
        }
        // The score rows too: an insert that fires a trigger opens a statement journal; one INSERT ... SELECT at the
        // commit makes all the rows (0.1 s for a 200,000-customer demo load).
        m_db.exec("DROP TRIGGER IF EXISTS " + std::string(scoreRowTrigger().name));
        if (m_options.episodesInCustomerOrder) {
            m_customerOrdered.emplace(m_db, m_firstNewEpisode,
                                      m_options.customerOrderBlockRows > 0 ? m_options.customerOrderBlockRows
                                                                           : kCustomerOrderBlockRows);
        }
    }
}

SqliteBulkWriter::~SqliteBulkWriter() {
    if (!m_committed) {
        spdlog::info("bulk write not committed: rolled back");
    }
    try {
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_previousCacheSize));
    } catch (...) {
        // The connection keeps the larger cache; harmless.
    }
}

core::CustomerId SqliteBulkWriter::addCustomer(const core::Customer& customer) {
    core::validate(customer);
    const auto id = insertCustomer(m_db, customer);
    m_lowestNewCustomer = std::min<long long>(m_lowestNewCustomer, id); // a customer given an id below the others'
    return id;
}

core::ContactPersonId SqliteBulkWriter::addContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    if (person.customerId < m_firstNewCustomer) {
        m_touchedExisting.insert(person.customerId);
    }
    return insertContactPerson(m_db, person);
}

core::EpisodeId SqliteBulkWriter::addEpisode(const core::Episode& episode) {
    core::validate(episode);
    if (m_customerOrdered && episode.id != 0) {
        throw std::invalid_argument("a load in customer order assigns every episode's id");
    }
    if (m_options.deferIndexes && episode.customerId < m_firstNewCustomer) {
        m_touchedExisting.insert(episode.customerId);
    }
    if (episode.cancels && episode.id == 0) {
        // A copy (ids given) may bring a return before its purchase: the deferred foreign key checks it at commit.
        if (m_customerOrdered) {
            requireCancellableInLoad(episode);
        } else {
            requireCancellable(m_db, episode);
        }
    }
    const auto id = m_customerOrdered ? m_customerOrdered->add(episode) : insertEpisode(m_db, episode);
    // Summed once the row is taken: a refused one (caught by a caller that goes on) must not count.
    if (m_sumTotals) {
        auto& totals = m_totals[episode.customerId];
        ++totals.episodes;
        totals.purchases += episode.kind == core::EpisodeKind::Purchase ? 1 : 0;
        totals.revenueMinor += episode.revenue ? episode.revenue->minor() : 0;
        totals.marginMinor += episode.margin ? episode.margin->minor() : 0;
        totals.lastOn = std::max(totals.lastOn, episode.occurredOn.days());
    }
    if (m_options.deferIndexes && episode.kind == core::EpisodeKind::Purchase && !episode.reference.empty()) {
        const auto [kept, added] =
            m_purchasesByReference.try_emplace(ReferenceKey{episode.customerId, episode.reference}, id);
        // The lowest id the table will have: in customer order a purchase of an earlier day in the same block
        // gets a lower id than one that came before it (an earlier block's always has the lower one).
        if (!added && m_customerOrdered) {
            if (const auto* waiting = m_customerOrdered->waiting(kept->second);
                waiting != nullptr && episode.occurredOn < waiting->occurredOn) {
                kept->second = id;
            }
        }
    }
    return id;
}

void SqliteBulkWriter::requireCancellableInLoad(const core::Episode& episode) const {
    if (const auto* purchase = m_customerOrdered->waiting(*episode.cancels)) {
        requireCancellable(episode,
                           CancelledEpisode{purchase->customerId, purchase->kind == core::EpisodeKind::Purchase});
        return;
    }
    auto stored = episode;
    stored.cancels = m_customerOrdered->storedId(*episode.cancels);
    requireCancellable(m_db, stored);
}

void SqliteBulkWriter::addAnonymousSale(const core::AnonymousSale& sale) {
    core::validate(sale);
    insertAnonymousSale(m_db, sale);
}

std::int64_t SqliteBulkWriter::countEarlierAnonymousSalesLike(const core::AnonymousSale& sale) {
    auto& select = m_db.cached("SELECT count(*) FROM anonymous_sale WHERE occurred_on = ?1 AND id < ?2 "
                               "AND revenue = ?3 AND margin IS ?4 AND reference = ?5");
    select.bind(1, static_cast<std::int64_t>(sale.occurredOn.days()))
        .bind(2, static_cast<std::int64_t>(m_firstNewAnonymousSale))
        .bind(3, sale.revenue.minor())
        .bind(4, optionalMinor(sale.margin))
        .bind(5, sale.reference);
    select.step();
    const auto count = select.int64(0);
    select.reset();
    return count;
}

std::optional<core::EpisodeId> SqliteBulkWriter::purchaseByReference(core::CustomerId customerId,
                                                                     std::string_view reference) {
    if (reference.empty()) {
        return std::nullopt;
    }
    if (!m_options.deferIndexes) {
        // The index by reference is there and sees this batch's rows too.
        auto& select = m_db.cached("SELECT min(id) FROM episode WHERE customer_id = ?1 AND reference = ?2 "
                                   "AND reference <> '' AND kind = 'purchase' HAVING count(*) > 0");
        select.bind(1, customerId).bind(2, reference);
        std::optional<core::EpisodeId> id;
        if (select.step()) {
            id = select.int64(0);
        }
        select.reset();
        return id;
    }
    if (!m_earlierReferencesLoaded) {
        // Once: the earlier purchases with a reference, in one pass (the index is dropped while loading).
        m_earlierReferencesLoaded = true;
        auto& select = m_db.cached("SELECT customer_id, reference, min(id) FROM episode WHERE id < ?1 "
                                   "AND kind = 'purchase' AND reference <> '' GROUP BY customer_id, reference");
        select.bind(1, static_cast<std::int64_t>(m_firstNewEpisode));
        while (select.step()) {
            // Earlier ids are lower than this batch's: they win over what the batch added meanwhile.
            m_purchasesByReference.insert_or_assign(ReferenceKey{select.int64(0), select.text(1)}, select.int64(2));
        }
        select.reset();
    }
    const auto found = m_purchasesByReference.find(ReferenceKey{customerId, std::string(reference)});
    return found == m_purchasesByReference.end() ? std::nullopt : std::optional<core::EpisodeId>(found->second);
}

core::TaskId SqliteBulkWriter::addTask(const core::Task& task) {
    core::validate(task);
    return insertTask(m_db, task);
}

void SqliteBulkWriter::addRelationshipCost(const core::RelationshipCost& cost) {
    core::validate(cost);
    upsertRelationshipCost(m_db, cost);
}

core::ChurnRecordId SqliteBulkWriter::addChurnRecord(const core::ChurnRecord& record) {
    core::validate(record);
    return insertChurnRecord(m_db, record);
}

core::PartnershipId SqliteBulkWriter::addPartnership(const core::Partnership& partnership) {
    core::validate(partnership);
    return insertPartnership(m_db, partnership);
}

core::AssessmentId SqliteBulkWriter::addAssessment(const core::Assessment& assessment) {
    core::validate(assessment);
    return insertAssessment(m_db, assessment);
}

void SqliteBulkWriter::addCustomerEvent(const CustomerEvent& event) {
    insertCustomerEvent(m_db, event);
}

void SqliteBulkWriter::updateCustomer(const core::Customer& customer) {
    core::validate(customer);
    requireFound(updateCustomerRow(m_db, customer), "customer", customer.id);
    if (customer.id < m_firstNewCustomer) {
        m_touchedExisting.insert(customer.id);
    }
}

void SqliteBulkWriter::updateContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    requireFound(updateContactPersonRow(m_db, person), "contact person", person.id);
    if (person.customerId < m_firstNewCustomer) {
        m_touchedExisting.insert(person.customerId);
    }
}

std::optional<core::Customer> SqliteBulkWriter::customer(core::CustomerId id) {
    return readCustomer(m_db, id);
}

namespace {
std::optional<core::CustomerId> firstId(Statement& select) {
    std::optional<core::CustomerId> id;
    if (select.step()) {
        id = select.int64(0);
    }
    select.reset();
    return id;
}
} // namespace

std::optional<core::CustomerId> SqliteBulkWriter::customerByExternalRef(const std::string& externalRef) {
    return firstId(m_db.cached("SELECT id FROM customer WHERE external_ref = ?1").bind(1, externalRef));
}

std::optional<core::CustomerId> SqliteBulkWriter::customerByEmail(std::string_view email) {
    return firstId(m_db.cached("SELECT min(customer_id) FROM contact_point WHERE kind = 'email' AND normalized = ?1 "
                               "AND contact_person_id IS NULL HAVING count(*) > 0")
                       .bind(1, core::normalizedEmail(email)));
}

std::optional<core::CustomerId> SqliteBulkWriter::customerByPhone(std::string_view phone) {
    const auto digits = core::phoneDigits(phone);
    if (digits.empty()) {
        return std::nullopt;
    }
    return firstId(m_db.cached("SELECT min(customer_id) FROM contact_point WHERE kind = 'phone' AND normalized = ?1 "
                               "AND contact_person_id IS NULL HAVING count(*) > 0")
                       .bind(1, digits));
}

std::vector<core::ContactPerson> SqliteBulkWriter::contactPersons(core::CustomerId customerId) {
    return readContactPersons(m_db, customerId);
}

bool SqliteBulkWriter::hasEarlierEpisodes(core::CustomerId customerId) {
    // New customers have none, and a base that had no episodes has none for anyone: no query (and none that
    // would scan while a deferred load has dropped the timeline index).
    if (customerId >= m_firstNewCustomer || m_firstNewEpisode == 1) {
        return false;
    }
    return firstId(m_db.cached("SELECT 1 FROM episode WHERE customer_id = ?1 AND id < ?2 LIMIT 1")
                       .bind(1, customerId)
                       .bind(2, static_cast<std::int64_t>(m_firstNewEpisode)))
        .has_value();
}

std::int64_t SqliteBulkWriter::countEarlierEpisodesLike(const core::Episode& e) {
    auto& select = m_db.cached("SELECT count(*) FROM episode WHERE customer_id = ?1 AND occurred_on = ?2 AND id < ?3 "
                               "AND kind = ?4 AND channel = ?5 AND revenue IS ?6 AND margin IS ?7 AND reference = ?8 "
                               "AND line_count = ?9 AND (cancels_episode_id IS NOT NULL) = ?10");
    select.bind(1, e.customerId)
        .bind(2, static_cast<std::int64_t>(e.occurredOn.days()))
        .bind(3, static_cast<std::int64_t>(m_firstNewEpisode))
        .bind(4, core::toCode(e.kind))
        .bind(5, core::toCode(e.channel))
        .bind(6, optionalMinor(e.revenue))
        .bind(7, optionalMinor(e.margin))
        .bind(8, e.reference)
        .bind(9, e.lineCount)
        .bind(10, e.cancels.has_value());
    select.step();
    const auto count = select.int64(0);
    select.reset();
    return count;
}

void SqliteBulkWriter::writeTotals() {
    // Only used when the base had no episodes before the load, so the sums are the totals. The customer
    // indexes are dropped meanwhile: each update is one seek by primary key.
    auto& update = m_db.cached("UPDATE customer SET episode_count = ?2, purchase_count = ?3, revenue_total = ?4, "
                               "margin_total = ?5, last_contact_on = ?6 WHERE id = ?1");
    // In id order: the rows are visited page after page.
    m_totals.forEach([&update](core::CustomerId id, const Totals& totals) {
        update.bind(1, id)
            .bind(2, totals.episodes)
            .bind(3, totals.purchases)
            .bind(4, totals.revenueMinor)
            .bind(5, totals.marginMinor)
            .bind(6, static_cast<std::int64_t>(totals.lastOn))
            .run();
        update.reset();
    });
    m_totals.clear();
}

void SqliteBulkWriter::commit() {
    // Each step is timed for --verbose: on ten million rows the rebuild is where a load's minutes go.
    auto stepStart = std::chrono::steady_clock::now();
    const auto timed = [&stepStart](std::string_view step) {
        const auto now = std::chrono::steady_clock::now();
        spdlog::debug("bulk commit: {} in {:.1f} s", step, std::chrono::duration<double>(now - stepStart).count());
        stepStart = now;
    };
    if (m_customerOrdered) {
        m_customerOrdered->flush();
        timed("episodes in customer order");
    }
    // New customers' search and score rows are made from the lowest id added: one given an id below the others'
    // (a customer loaded again under their old id) too.
    const long long firstAdded = std::min(m_lowestNewCustomer, m_firstNewCustomer);
    if (m_options.deferIndexes) {
        if (m_sumTotals) {
            writeTotals();
        } else {
            const long long from = m_touchedExisting.empty() ? m_firstNewCustomer : *m_touchedExisting.begin();
            recomputeCustomerTotals(m_db, from);
        }
        timed("customer totals");
        fillScoreRows(m_db, firstAdded); // before the score indexes are built again
        timed("score rows");
        // The sorter's runs are the size of the page cache: building seven of these indexes in one transaction
        // on the million-customer demo base took 25.1 s in sqlite3 with this load's 256 MiB cache against 18.9 s
        // with a 16 MiB one (runs that sort within the processor's caches), and 37.0 s with the sort files in
        // memory. The dirty pages of the rows go to the WAL now rather than at the commit.
        m_db.exec("PRAGMA cache_size = -" + std::to_string(kIndexBuildCacheKiB));
        SortFilesOnDisk sortFiles(m_db);
        for (const auto& index : deferrableIndexes()) {
            try {
                m_db.exec(index.createSql);
            } catch (const StorageError& error) {
                if (!sortFiles.onDisk() || !insideTransaction(m_db)) {
                    throw;
                }
                // A full or missing temporary directory: the load is still whole, so build it in memory.
                // SQLite's message names the database's disk; the full one is most likely the temporary directory.
                spdlog::warn("building {} with its sort files on disk failed, most likely for want of room in the "
                             "temporary directory (SQLITE_TMPDIR, TMPDIR or /tmp); building it in memory. SQLite: {}",
                             index.name, error.what());
                sortFiles.inMemory();
                m_db.exec(index.createSql);
            }
            timed(index.name);
        }
        for (const auto& trigger : totalsTriggers()) {
            m_db.exec(trigger.createSql);
        }
        m_db.exec(scoreRowTrigger().createSql);
    }
    fillSearchRows(m_db, firstAdded);
    for (const auto id : m_touchedExisting) {
        refreshSearchRow(m_db, id);
    }
    timed("search index");
    m_transaction.commit();
    m_committed = true;
    timed("commit");
    // The batch is committed: what follows only tidies up, and its failure (a disk that fills while the WAL
    // is copied into the file) must not be reported as a failed load. It is logged, and the data stays safe in
    // the WAL until a later checkpoint succeeds.
    // Tried once, without waiting: a reader (the app) holding the WAL would otherwise keep the finished import
    // waiting minutes while it said "busy, waiting".
    const auto busyLimit = m_db.busyLimit();
    m_db.setBusyLimit(std::chrono::milliseconds(0));
    try {
        // Large loads leave the planner's statistics stale; a bounded ANALYZE keeps the index choices right.
        m_db.exec("PRAGMA analysis_limit = " + std::to_string(kStatisticsSampleRows) + "; PRAGMA optimize");
        // Move the batch from the WAL into the database file now, so the WAL does not stay as large as the load.
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        m_db.setBusyLimit(busyLimit);
    } catch (const StorageError& error) {
        m_db.setBusyLimit(busyLimit);
        spdlog::warn("the data is saved (in {}-wal); moving it into the database file did not finish (a full disk?) "
                     "and is retried by the next checkpoint",
                     m_db.path());
        spdlog::debug("after the load: {}", error.what());
    }
    timed("optimize and checkpoint");
}

} // namespace rapport::storage::sqlite
