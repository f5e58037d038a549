#include "storage/postgres/pg_schema.h"

#include "core/churn.h"
#include "storage/postgres/pg_schema_sql.h"

#include <string>

namespace rapport::storage::postgres {

namespace {

/** "a,b" -> "'a', 'b'": trigger arguments from the fixed table list, never from input. */
std::string quotedList(std::string_view columns) {
    std::string result;
    std::size_t start = 0;
    while (start <= columns.size()) {
        const auto comma = std::min(columns.find(',', start), columns.size());
        if (!result.empty()) {
            result += ", ";
        }
        result += "'" + std::string(columns.substr(start, comma - start)) + "'";
        start = comma + 1;
    }
    return result;
}

std::string auditTriggers(std::string_view table, std::string_view customerColumn, std::string_view rowKey) {
    const std::string t(table);
    const std::string args = "'" + std::string(customerColumn) + "', " + quotedList(rowKey);
    return "CREATE TRIGGER audit_insert AFTER INSERT ON " + t +
           " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes(" + args + ");\n" +
           "CREATE TRIGGER audit_update AFTER UPDATE ON " + t +
           " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
           "EXECUTE FUNCTION audit_changes(" +
           args + ");\n" + "CREATE TRIGGER audit_delete AFTER DELETE ON " + t +
           " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes(" + args + ");\n";
}

/** A manager sees a customer's rows exactly when they see the customer: the customer's policy decides. */
std::string childPolicies(std::string_view table, std::string_view customerColumn) {
    const std::string t(table);
    return "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;\n" + "CREATE POLICY everyone_sees_all ON " + t +
           " TO rapport_admin, rapport_analyst USING (true) WITH CHECK (true);\n" +
           "CREATE POLICY manager_follows_customer ON " + t +
           " TO rapport_manager USING (EXISTS (SELECT 1 FROM customer c WHERE c.id = " + t + "." +
           std::string(customerColumn) + "));\n";
}

} // namespace

bool hasSchema(pqxx::transaction_base& work) {
    return !work.exec("SELECT to_regclass('rapport.rapport_meta')")[0][0].is_null();
}

int schemaVersion(pqxx::transaction_base& work) {
    const auto rows = work.exec("SELECT value FROM rapport.rapport_meta WHERE key = 'schema_version'");
    return rows.empty() ? 0 : std::stoi(rows[0][0].c_str());
}

void createSchema(pqxx::work& work) {
    work.exec(std::string(sql::kRoles));
    // A non-superuser installer must be a member of rapport_owner to create objects it owns.
    work.exec("DO $grant$ BEGIN IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN "
              "EXECUTE format('GRANT rapport_owner TO %I', current_user); END IF; END $grant$");
    work.exec("CREATE SCHEMA rapport AUTHORIZATION rapport_owner");
    work.exec("SET LOCAL ROLE rapport_owner");
    work.exec("SET LOCAL search_path = rapport, pg_temp");
    work.exec(std::string(sql::kTables));
    work.exec(std::string(sql::kFunctions));
    work.exec(std::string(sql::kAuditFunctions));
    std::string generated = auditTriggers("customer", "id", "id") +
                            auditTriggers("partnership", "partner_customer_id", "id") +
                            auditTriggers("team_user", "none", "login");
    for (const auto& child : sql::kChildTables) {
        if (child.table != "customer_search") { // derived from the rows that are audited
            generated += auditTriggers(child.table, child.customerColumn, child.rowKey);
        }
        generated += childPolicies(child.table, child.customerColumn);
    }
    work.exec(generated);
    work.exec(std::string(sql::kSecurity));
    for (const auto& reason : core::defaultChurnReasons()) {
        work.exec_params(
            "INSERT INTO churn_reason (code, label, benchmark_low, benchmark_high) VALUES ($1, $2, $3, $4)",
            reason.code, reason.label, reason.benchmarkLowPercent, reason.benchmarkHighPercent);
    }
    work.exec_params("INSERT INTO rapport_meta (key, value) VALUES ('schema_version', $1), "
                     "('currency_minor_units', '2'), ('created_at', to_char(now() AT TIME ZONE 'UTC', "
                     "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))",
                     std::to_string(kSchemaVersion));
    work.exec("RESET ROLE");
}

void upgradeSchema(pqxx::work& work, int from) {
    work.exec("SET LOCAL ROLE rapport_owner");
    work.exec("SET LOCAL search_path = rapport, pg_temp");
    if (from < 2) {
        // v2: the audit trail's redaction checks who calls it; notices name only shared customers.
        work.exec(std::string(sql::kAuditFunctions));
    }
    work.exec_params("UPDATE rapport_meta SET value = $1 WHERE key = 'schema_version'", std::to_string(kSchemaVersion));
    work.exec("RESET ROLE");
}

} // namespace rapport::storage::postgres
