#include "storage/postgres/pg_session.h"

#include "storage/connection_string.h"
#include "storage/errors.h"

namespace rapport::storage::postgres {

namespace {

std::string firstLine(const char* text) {
    std::string line(text);
    if (line.starts_with("ERROR:  ")) {
        line.erase(0, 8); // libpq's prefix; the message says the rest
    }
    if (const auto newline = line.find('\n'); newline != std::string::npos) {
        line.resize(newline); // DETAIL and HINT lines follow
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == ' ')) {
        line.pop_back();
    }
    return line;
}

} // namespace

void throwTranslated(const pqxx::failure& error) {
    // libpqxx 6 leaves sqlstate() empty for exec_params, so the class it throws tells what happened.
    const std::string message = firstLine(error.what());
    if (dynamic_cast<const pqxx::insufficient_privilege*>(&error) != nullptr) {
        if (message.find("row-level security") != std::string::npos) {
            throw PermissionError("the team database refused the change: the customer is neither yours nor shared "
                                  "with the team (" +
                                  message + ")");
        }
        throw PermissionError("your role in the team database may not do this: " + message);
    }
    if (dynamic_cast<const pqxx::integrity_constraint_violation*>(&error) != nullptr) {
        throw ConstraintError(message);
    }
    if (dynamic_cast<const pqxx::transaction_rollback*>(&error) != nullptr) {
        throw ConflictError("someone else changed the same rows at the same moment; nothing was saved, try again (" +
                            message + ")");
    }
    if (dynamic_cast<const pqxx::disk_full*>(&error) != nullptr) {
        throw StorageError("the team database's disk is full; nothing of this change was written (" + message + ")");
    }
    if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&error); sql != nullptr && sql->sqlstate() == "57014") {
        throw CancelledError(message);
    }
    throw StorageError(message);
}

void throwLostConnection(const std::string& location, const std::exception& error) {
    throw StorageError("lost the connection to the team database " + location + ": " + firstLine(error.what()) +
                       ". Nothing of the last change was saved.");
}

Session::Session(const std::string& connectionString)
    : m_location(withoutPassword(connectionString)) {
    try {
        m_connection = std::make_unique<pqxx::connection>(connectionString);
        pqxx::nontransaction setup(*m_connection);
        // Rapport's tables live in their own schema; pg_temp last so that nobody's temporary table shadows them.
        setup.exec("SET search_path = rapport, pg_temp");
        setup.exec("SET application_name = 'rapport'");
    } catch (const pqxx::broken_connection& error) {
        throw StorageError("cannot connect to the team database " + m_location + ": " + firstLine(error.what()));
    } catch (const pqxx::failure& error) {
        throwTranslated(error);
    }
}

} // namespace rapport::storage::postgres
