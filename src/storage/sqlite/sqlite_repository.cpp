#include "storage/sqlite/sqlite_repository.h"

#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/sqlite/backup.h"
#include "storage/sqlite/bulk_writer.h"
#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/customer_records.h"
#include "storage/sqlite/customer_rows.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/name_keys.h"
#include "storage/sqlite/open.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/score_store.h"
#include "storage/sqlite/transaction.h"

namespace rapport::storage::sqlite {

SqliteRepository::SqliteRepository(const std::string& path, const OpenOptions& options) {
    auto opened = openDatabase(path, options);
    m_db = std::move(opened.db);
    m_migratedFrom = opened.migratedFrom;
    m_migrationBackup = std::move(opened.backupPath);
    m_created = opened.created;
    m_schemaVersion = opened.schemaVersion;
    m_walBytesAtOpen = opened.walBytesAtOpen;
    m_onReadOnlyDisk = opened.immutable;
    if (options.maxSizeBytes) {
        const auto pageSize = m_db->queryInt("PRAGMA page_size");
        // A number computed here, not text from outside: PRAGMA takes no bound parameters.
        m_db->exec("PRAGMA max_page_count = " +
                   std::to_string(std::max<std::int64_t>(1, *options.maxSizeBytes / pageSize)));
    }
}

SqliteRepository::~SqliteRepository() = default;

core::CustomerId SqliteRepository::addCustomer(const core::Customer& customer) {
    core::validate(customer);
    return inTransaction(*m_db, [&] {
        followStoredCollation(*m_db);
        const auto id = insertCustomer(*m_db, customer);
        refreshSearchRow(*m_db, id);
        return id;
    });
}

void SqliteRepository::updateCustomer(const core::Customer& customer) {
    core::validate(customer);
    inTransaction(*m_db, [&] {
        followStoredCollation(*m_db);
        requireFound(updateCustomerRow(*m_db, customer), "customer", customer.id);
        refreshSearchRow(*m_db, customer.id);
    });
}

void SqliteRepository::removeCustomer(core::CustomerId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM customer WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "customer", id);
        m_db->cached("DELETE FROM customer_search WHERE rowid = ?1").bind(1, id).run();
    });
}

std::optional<core::Customer> SqliteRepository::customer(core::CustomerId id) {
    return readCustomer(*m_db, id);
}

std::optional<core::CustomerId> SqliteRepository::customerByExternalRef(const std::string& externalRef) {
    auto& select = m_db->cached("SELECT id FROM customer WHERE external_ref = ?1");
    select.bind(1, externalRef);
    if (!select.step()) {
        return std::nullopt;
    }
    const auto id = select.int64(0);
    select.reset();
    return id;
}

CustomerPage SqliteRepository::customerPage(const CustomerPageRequest& request) {
    return selectCustomerPage(*m_db, request);
}

std::int64_t SqliteRepository::customerCount(const CustomerFilter& filter) {
    return countCustomers(*m_db, filter);
}

std::optional<CustomerRow> SqliteRepository::customerRow(core::CustomerId id) {
    return selectCustomerRow(*m_db, id);
}

CustomerRecordPage SqliteRepository::customerRecords(const CustomerFilter& filter,
                                                     std::optional<core::CustomerId> after, int limit) {
    return selectCustomerRecords(*m_db, filter, after, limit);
}

std::vector<std::string> SqliteRepository::customerFieldValues(CustomerField field, int limit) {
    return selectFieldValues(*m_db, field, limit);
}

void SqliteRepository::storeScores(std::span<const CustomerScore> scores) {
    inTransactionJoiningCaller(*m_db, [&] { storeCustomerScores(*m_db, scores); });
}

void SqliteRepository::storeScoresAndLevels(const ScoreBatches& scores,
                                            std::span<const ServiceLevelAssignment> assignments, core::Date asOf) {
    inTransactionJoiningCaller(*m_db, [&] { storeCustomerScoresAndLevels(*m_db, scores, assignments, asOf); });
}

core::ContactPersonId SqliteRepository::addContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    return inTransaction(*m_db, [&] {
        const auto id = insertContactPerson(*m_db, person);
        refreshSearchRow(*m_db, person.customerId);
        return id;
    });
}

void SqliteRepository::updateContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    inTransaction(*m_db, [&] {
        auto& owner = m_db->cached("SELECT customer_id FROM contact_person WHERE id = ?1");
        owner.bind(1, person.id);
        requireFound(owner.step(), "contact person", person.id);
        const auto previousCustomer = owner.int64(0);
        owner.reset();
        requireFound(updateContactPersonRow(*m_db, person), "contact person", person.id);
        refreshSearchRow(*m_db, person.customerId);
        if (previousCustomer != person.customerId) {
            refreshSearchRow(*m_db, previousCustomer);
        }
    });
}

void SqliteRepository::removeContactPerson(core::ContactPersonId id) {
    inTransaction(*m_db, [&] {
        auto& owner = m_db->cached("SELECT customer_id FROM contact_person WHERE id = ?1");
        owner.bind(1, id);
        requireFound(owner.step(), "contact person", id);
        const auto customerId = owner.int64(0);
        owner.reset();
        m_db->cached("DELETE FROM contact_person WHERE id = ?1").bind(1, id).run();
        refreshSearchRow(*m_db, customerId);
    });
}

std::vector<core::ContactPerson> SqliteRepository::contactPersons(core::CustomerId customerId) {
    return readContactPersons(*m_db, customerId);
}

void SqliteRepository::inOneTransaction(const std::function<void()>& work) {
    inTransaction(*m_db, work);
}

std::unique_ptr<BulkWriter> SqliteRepository::beginBulk(const BulkOptions& options) {
    return std::make_unique<SqliteBulkWriter>(*m_db, options);
}

DatabaseCounts SqliteRepository::counts() {
    DatabaseCounts c;
    c.customers = m_db->queryInt("SELECT count(*) FROM customer");
    c.contactPersons = m_db->queryInt("SELECT count(*) FROM contact_person");
    c.episodes = m_db->queryInt("SELECT count(*) FROM episode");
    // Counted from the running totals: summing a million customers beats scanning ten million episodes.
    c.purchases = m_db->queryInt("SELECT coalesce(sum(purchase_count), 0) FROM customer");
    c.tasks = m_db->queryInt("SELECT count(*) FROM task");
    c.partnerships = m_db->queryInt("SELECT count(*) FROM partnership");
    c.churnRecords = m_db->queryInt("SELECT count(*) FROM churn_record");
    c.costEntries = m_db->queryInt("SELECT count(*) FROM relationship_cost");
    c.archivedCustomers = m_db->queryInt("SELECT count(*) FROM customer INDEXED BY customer_archived "
                                         "WHERE archived_on IS NOT NULL");
    c.assessments = m_db->queryInt("SELECT count(*) FROM assessment");
    c.anonymousSales = m_db->queryInt("SELECT count(*) FROM anonymous_sale");
    c.campaigns = m_db->queryInt("SELECT count(*) FROM campaign");
    c.campaignMembers = m_db->queryInt("SELECT count(*) FROM campaign_member");
    c.serviceLevels = m_db->queryInt("SELECT count(*) FROM service_level");
    c.serviceLevelChanges = m_db->queryInt("SELECT count(*) FROM service_level_change");
    return c;
}

void SqliteRepository::backupTo(const std::string& path) {
    backupDatabase(*m_db, path);
}

void SqliteRepository::restoreFrom(const std::string& backupPath) {
    restoreDatabase(*m_db, backupPath);
}

std::string SqliteRepository::collation() {
    // What the database says (another program may have changed it), else what this connection uses (an older
    // schema opened read-only has none stored).
    const auto stored = m_schemaVersion >= 8 ? storedCollation(*m_db) : std::string();
    return stored.empty() ? m_db->nameCollation()->language() : stored;
}

void SqliteRepository::setCollation(const std::string& language) {
    auto next = sharedCollation(language);
    const auto previous = m_db->nameCollation();
    try {
        inTransaction(*m_db, [&] {
            m_db->setNameCollation(next);
            recomputeNameKeys(*m_db);
            storeCollation(*m_db, *next);
        });
    } catch (...) {
        m_db->setNameCollation(previous);
        throw;
    }
}

std::string SqliteRepository::location() const {
    return m_db->path();
}

} // namespace rapport::storage::sqlite
