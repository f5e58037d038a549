#include "storage/postgres/pg_repository.h"

#include "storage/database_copy.h"
#include "storage/errors.h"
#include "storage/name_collation.h"
#include "storage/postgres/pg_bulk_writer.h"
#include "storage/postgres/pg_customer_paging.h"
#include "storage/postgres/pg_customer_rows.h"
#include "storage/postgres/pg_names.h"
#include "storage/postgres/pg_schema.h"
#include "storage/postgres/pg_values.h"

#include <deque>
#include <filesystem>
#include <spdlog/spdlog.h>

namespace rapport::storage::postgres {

/** LISTENs for the change notices the audit triggers send and keeps those of other sessions until taken. */
class PgRepository::ChangeListener final : public pqxx::notification_receiver {
public:
    explicit ChangeListener(pqxx::connection& connection)
        : pqxx::notification_receiver(connection, "rapport_changes")
        , m_ownPid(connection.backendpid()) {}

    void operator()(const std::string& payload, int backendPid) override {
        if (backendPid == m_ownPid) {
            return; // this session's own change: the caller knows about it
        }
        ChangeNotice notice;
        const auto first = payload.find('|');
        const auto second = payload.find('|', first == std::string::npos ? payload.size() : first + 1);
        notice.table = payload.substr(0, first);
        if (first != std::string::npos && second != std::string::npos) {
            notice.by = payload.substr(first + 1, second - first - 1);
            std::size_t start = second + 1;
            while (start < payload.size()) {
                const auto comma = std::min(payload.find(',', start), payload.size());
                try {
                    notice.customerIds.push_back(std::stoll(payload.substr(start, comma - start)));
                } catch (const std::exception&) {
                    // Not an id (a table without customers): the notice still says the table changed.
                }
                start = comma + 1;
            }
        }
        m_notices.push_back(std::move(notice));
    }

    std::vector<ChangeNotice> take() {
        std::vector<ChangeNotice> taken(std::make_move_iterator(m_notices.begin()),
                                        std::make_move_iterator(m_notices.end()));
        m_notices.clear();
        return taken;
    }

private:
    int m_ownPid;
    std::deque<ChangeNotice> m_notices;
};

PgRepository::PgRepository(const std::string& connectionString, const OpenOptions& options)
    : m_session(connectionString) {
    // A new schema, or one from before v5, sorts names by the language asked for, else the locale's.
    const auto collation = sharedCollation(options.collation.empty() ? defaultCollationLanguage() : options.collation);
    const auto version =
        m_session.read([](auto& work) { return hasSchema(work) ? postgres::schemaVersion(work) : -1; });
    if (version < 0) {
        if (!options.createIfMissing) {
            throw NotRapportDatabaseError(m_session.location() +
                                          " has no Rapport schema; create it with: rapport-cli team init --db URL");
        }
        m_session.write([&](pqxx::work& work) { createSchema(work, options.currency, *collation); });
        m_created = true;
        spdlog::info("created the Rapport schema in {}", m_session.location());
    } else if (version > kSchemaVersion) {
        throw NewerSchemaError(m_session.location() + " has team schema v" + std::to_string(version) +
                               ", written by a newer Rapport; this one knows up to v" + std::to_string(kSchemaVersion) +
                               ". It was not changed.");
    } else if (version < kSchemaVersion) {
        try {
            m_session.write([&](pqxx::work& work) { upgradeSchema(work, version, *collation); });
        } catch (const PermissionError&) {
            throw MigrationError(m_session.location() + " has team schema v" + std::to_string(version) +
                                 "; this Rapport needs v" + std::to_string(kSchemaVersion) +
                                 ". Its administrator upgrades it with: rapport-cli --db URL team init. It was not "
                                 "changed.");
        }
        spdlog::info("upgraded the team schema of {} from v{} to v{}", m_session.location(), version, kSchemaVersion);
    }
    refreshNameKeys();
    m_listener = std::make_unique<ChangeListener>(m_session.connection());
}

void PgRepository::refreshNameKeys() {
    // Keys made by another ICU version (a client upgraded): recomputed when this user may (an admin); others keep
    // working on the old keys, which still sort, only some letters perhaps differently from a new client's.
    const auto [language, version] = m_session.read([](auto& work) {
        return std::pair{storedCollation(work), storedCollationVersion(work)};
    });
    const auto collation = sharedCollation(language.empty() ? "root" : language);
    if (version == collation->version()) {
        return;
    }
    try {
        m_session.write([&](pqxx::work& work) { changeCollation(work, *collation); });
        spdlog::info("recomputed the sort keys of names in {} (ICU collation {} instead of {})", m_session.location(),
                     collation->version(), version);
    } catch (const PermissionError&) {
        spdlog::info("the sort keys of names in {} were made with ICU collation {}, this program's is {}; an admin's "
                     "next start recomputes them",
                     m_session.location(), version, collation->version());
    }
}

std::string PgRepository::collation() {
    return m_session.read([](auto& work) {
        const auto stored = storedCollation(work);
        return stored.empty() ? std::string("root") : stored;
    });
}

void PgRepository::setCollation(const std::string& language) {
    const auto collation = sharedCollation(language);
    m_session.write([&](pqxx::work& work) { changeCollation(work, *collation); });
}

PgRepository::~PgRepository() = default;

core::CustomerId PgRepository::addCustomer(const core::Customer& customer) {
    core::validate(customer);
    return m_session.write([&](pqxx::work& work) {
        const auto id = insertCustomer(work, customer, *collationForWriting(work));
        refreshSearch(work, id);
        return id;
    });
}

void PgRepository::updateCustomer(const core::Customer& customer) {
    core::validate(customer);
    m_session.write([&](pqxx::work& work) {
        requireFound(updateCustomerRow(work, customer, *collationForWriting(work)), "customer", customer.id);
        refreshSearch(work, customer.id);
    });
}

void PgRepository::removeCustomer(core::CustomerId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM customer WHERE id = $1", id).affected_rows() > 0, "customer", id);
    });
}

std::optional<core::Customer> PgRepository::customer(core::CustomerId id) {
    return m_session.read([&](auto& work) { return readCustomer(work, id); });
}

std::optional<core::CustomerId> PgRepository::customerByExternalRef(const std::string& externalRef) {
    return m_session.read([&](auto& work) -> std::optional<core::CustomerId> {
        const auto rows = work.exec_params("SELECT id FROM customer WHERE external_ref = $1", externalRef);
        return rows.empty() ? std::nullopt : std::optional<core::CustomerId>(int64(rows[0][0]));
    });
}

CustomerPage PgRepository::customerPage(const CustomerPageRequest& request) {
    return m_session.read([&](auto& work) { return selectCustomerPage(work, request); });
}

std::int64_t PgRepository::customerCount(const CustomerFilter& filter) {
    return m_session.read([&](auto& work) { return countCustomers(work, filter); });
}

std::optional<CustomerRow> PgRepository::customerRow(core::CustomerId id) {
    return m_session.read([&](auto& work) { return selectCustomerRow(work, id); });
}

CustomerRecordPage PgRepository::customerRecords(const CustomerFilter& filter, std::optional<core::CustomerId> after,
                                                 int limit) {
    // The list's page and a read per customer, in one read transaction so that the page and its customers agree.
    return m_session.read([&](auto& work) {
        CustomerPageRequest request;
        request.filter = filter;
        request.sort = CustomerSort::Id;
        request.limit = limit;
        if (after) {
            request.after = CustomerCursor{*after, *after};
        }
        auto page = selectCustomerPage(work, request);
        CustomerRecordPage records;
        records.records.reserve(page.rows.size());
        for (auto& row : page.rows) {
            if (auto customer = readCustomer(work, row.id)) {
                records.records.push_back({std::move(*customer), std::move(row)});
            }
        }
        if (page.next) {
            records.next = page.next->id;
        }
        return records;
    });
}

std::vector<std::string> PgRepository::customerFieldValues(CustomerField field, int limit) {
    return m_session.read([&](auto& work) { return selectFieldValues(work, field, limit); });
}

void PgRepository::storeScores(std::span<const CustomerScore> scores) {
    m_session.write([&](pqxx::work& work) { storeCustomerScores(work, scores); });
}

core::ContactPersonId PgRepository::addContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    return m_session.write([&](pqxx::work& work) {
        const auto id = insertContactPerson(work, person);
        refreshSearch(work, person.customerId);
        return id;
    });
}

void PgRepository::updateContactPerson(const core::ContactPerson& person) {
    core::validate(person);
    m_session.write([&](pqxx::work& work) {
        const auto owner = work.exec_params("SELECT customer_id FROM contact_person WHERE id = $1", person.id);
        requireFound(!owner.empty(), "contact person", person.id);
        const auto previousCustomer = int64(owner[0][0]);
        requireFound(updateContactPersonRow(work, person), "contact person", person.id);
        refreshSearch(work, person.customerId);
        if (previousCustomer != person.customerId) {
            refreshSearch(work, previousCustomer);
        }
    });
}

void PgRepository::removeContactPerson(core::ContactPersonId id) {
    m_session.write([&](pqxx::work& work) {
        const auto owner = work.exec_params("DELETE FROM contact_person WHERE id = $1 RETURNING customer_id", id);
        requireFound(!owner.empty(), "contact person", id);
        refreshSearch(work, int64(owner[0][0]));
    });
}

std::vector<core::ContactPerson> PgRepository::contactPersons(core::CustomerId customerId) {
    // Locked inside a write: Edit::apply compares them with what it expects before replacing one.
    return m_session.read([&](auto& work) { return readContactPersons(work, customerId, m_session.lockForWrite()); });
}

void PgRepository::inOneTransaction(const std::function<void()>& work) {
    m_session.write([&](pqxx::work&) { work(); });
}

std::unique_ptr<BulkWriter> PgRepository::beginBulk(const BulkOptions& options) {
    return std::make_unique<PgBulkWriter>(m_session, options);
}

DatabaseCounts PgRepository::counts() {
    return m_session.read([](auto& work) {
        const auto r =
            work.exec("SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM contact_person), "
                      "(SELECT count(*) FROM episode), (SELECT coalesce(sum(purchase_count), 0) FROM customer), "
                      "(SELECT count(*) FROM task), (SELECT count(*) FROM partnership), "
                      "(SELECT count(*) FROM churn_record), (SELECT count(*) FROM relationship_cost), "
                      "(SELECT count(*) FROM customer WHERE archived_on IS NOT NULL), "
                      "(SELECT count(*) FROM assessment), (SELECT count(*) FROM anonymous_sale), "
                      "(SELECT count(*) FROM campaign), (SELECT count(*) FROM campaign_member), "
                      "(SELECT count(*) FROM service_level), (SELECT count(*) FROM service_level_change)")[0];
        DatabaseCounts c;
        c.customers = int64(r[0]);
        c.contactPersons = int64(r[1]);
        c.episodes = int64(r[2]);
        c.purchases = int64(r[3]);
        c.tasks = int64(r[4]);
        c.partnerships = int64(r[5]);
        c.churnRecords = int64(r[6]);
        c.costEntries = int64(r[7]);
        c.archivedCustomers = int64(r[8]);
        c.assessments = int64(r[9]);
        c.anonymousSales = int64(r[10]);
        c.campaigns = int64(r[11]);
        c.campaignMembers = int64(r[12]);
        c.serviceLevels = int64(r[13]);
        c.serviceLevelChanges = int64(r[14]);
        return c;
    });
}

CheckReport PgRepository::check(CheckDepth /*depth*/) {
    return m_session.read([](auto& work) {
        CheckReport report;
        report.schemaVersion = postgres::schemaVersion(work);
        report.expectedSchemaVersion = kSchemaVersion;
        // PostgreSQL enforces foreign keys and checks pages itself; what can drift is what triggers keep.
        const auto totals = work.exec(R"sql(
SELECT c.id, c.episode_count, coalesce(t.episodes, 0), c.revenue_total, coalesce(t.revenue, 0)
  FROM customer c
  LEFT JOIN (SELECT customer_id, count(*) AS episodes, sum(coalesce(revenue, 0)) AS revenue
               FROM episode GROUP BY customer_id) t ON t.customer_id = c.id
 WHERE c.episode_count <> coalesce(t.episodes, 0) OR c.revenue_total <> coalesce(t.revenue, 0)
 ORDER BY c.id LIMIT 20)sql");
        for (const auto& r : totals) {
            report.consistencyProblems.push_back("customer " + text(r[0]) + ": stored totals (" + text(r[1]) +
                                                 " episodes, revenue " + text(r[3]) + ") differ from its episodes (" +
                                                 text(r[2]) + ", " + text(r[4]) + ")");
        }
        const auto search =
            work.exec("SELECT (SELECT count(*) FROM customer_search), (SELECT count(*) FROM customer)")[0];
        if (int64(search[0]) != int64(search[1])) {
            report.consistencyProblems.push_back("the search index has " + text(search[0]) + " rows for " +
                                                 text(search[1]) + " customers");
        }
        const auto language = storedCollation(work);
        const auto collation = sharedCollation(language.empty() ? "root" : language);
        if (const auto version = storedCollationVersion(work); version != collation->version()) {
            report.notes.push_back("the sort keys of names were made with ICU collation " + version +
                                   ", this program's is " + collation->version() +
                                   ": an admin's next start recomputes them");
        }
        if (const auto missing = int64(work.exec("SELECT count(*) FROM customer WHERE name_sort_key = '\\x'")[0][0]);
            missing > 0) {
            report.consistencyProblems.push_back(std::to_string(missing) +
                                                 " customers have no sort key (written outside Rapport?), so lists "
                                                 "by name show them first: 'rapport-cli collation --set " +
                                                 collation->language() + "' recomputes every key");
        }
        return report;
    });
}

void PgRepository::backupTo(const std::string& path) {
    if (std::filesystem::exists(path)) {
        throw StorageError(path + " exists; a backup never overwrites a file");
    }
    auto file = openRepository(path);
    copyDatabase(*this, *file);
}

void PgRepository::restoreFrom(const std::string&) {
    throw StorageError("a team database is not restored over itself: its administrator creates an empty one and "
                       "copies the backup in with: rapport-cli migrate --from FILE --to CONNECTION");
}

std::string PgRepository::location() const {
    return m_session.location();
}

std::vector<ChangeNotice> PgRepository::takeChanges() {
    try {
        m_session.connection().get_notifs();
    } catch (const pqxx::broken_connection& error) {
        throwLostConnection(m_session.location(), error);
    }
    return m_listener->take();
}

std::optional<TeamSession> PgRepository::teamSession() {
    return m_session.read([](auto& work) {
        const auto r = work.exec("SELECT session_user, r.rolsuper OR r.rolbypassrls, t.role, t.owner_name, "
                                 "pg_has_role(session_user, 'rapport_owner', 'USAGE') "
                                 "FROM pg_roles r LEFT JOIN team_user t ON t.login = r.rolname "
                                 "WHERE r.rolname = session_user")[0];
        TeamSession session;
        session.login = text(r[0]);
        // Roles that row-level security does not bind are named as such, so the app can warn.
        session.role = boolean(r[1]) ? "superuser" : boolean(r[4]) ? "owner" : r[2].is_null() ? "none" : text(r[2]);
        session.ownerName = r[3].is_null() ? session.login : text(r[3]);
        return std::optional<TeamSession>(session);
    });
}

} // namespace rapport::storage::postgres
