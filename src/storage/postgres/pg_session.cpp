#include "storage/postgres/pg_session.h"

#include "storage/connection_string.h"
#include "storage/errors.h"

namespace rapport::storage::postgres {

namespace {

std::string firstLine(const char* text) {
    std::string line(text);
    while (!line.empty() && (line.back() == '\n' || line.back() == ' ')) {
        line.pop_back();
    }
    return line;
}

} // namespace

void throwTranslated(const pqxx::sql_error& error) {
    const std::string state = error.sqlstate();
    const std::string message = firstLine(error.what());
    if (state == "42501") {
        // Insufficient privilege, or a row-level security policy refused the row.
        if (message.find("row-level security") != std::string::npos) {
            throw PermissionError("the team database refused the change: the customer is neither yours nor shared "
                                  "with the team (" +
                                  message + ")");
        }
        throw PermissionError("your role in the team database may not do this: " + message);
    }
    if (state.starts_with("23")) {
        throw ConstraintError(message);
    }
    if (state == "40001" || state == "40P01") {
        throw ConflictError("someone else changed the same rows at the same moment; nothing was saved, try again (" +
                            message + ")");
    }
    if (state == "57014") {
        throw CancelledError(message);
    }
    if (state == "53100") {
        throw StorageError("the team database's disk is full; nothing of this change was written (" + message + ")");
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
    } catch (const pqxx::sql_error& error) {
        throwTranslated(error);
    }
}

} // namespace rapport::storage::postgres
