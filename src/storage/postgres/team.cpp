#include "storage/team.h"

#include "storage/errors.h"
#include "storage/postgres/pg_session.h"
#include "storage/postgres/pg_values.h"

#include <libpq-fe.h>
#include <memory>

namespace rapport::storage {

namespace {

/** The password as the server stores it, computed here with libpq (the algorithm the server's settings ask). */
std::string hashedPassword(const std::string& connectionString, const std::string& login, const std::string& password) {
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(connectionString.c_str()), &PQfinish);
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        throw StorageError(std::string("cannot connect to hash the password: ") + PQerrorMessage(connection.get()));
    }
    std::unique_ptr<char, decltype(&PQfreemem)> hashed(
        PQencryptPasswordConn(connection.get(), password.c_str(), login.c_str(), nullptr), &PQfreemem);
    if (!hashed) {
        throw StorageError(std::string("cannot hash the password: ") + PQerrorMessage(connection.get()));
    }
    return hashed.get();
}

} // namespace

void addTeamMember(const std::string& connectionString, const std::string& login, const std::string& role,
                   const std::string& ownerName, const std::optional<std::string>& password) {
    const auto hash =
        password ? std::optional<std::string>(hashedPassword(connectionString, login, *password)) : std::nullopt;
    postgres::Session session(connectionString);
    session.write([&](pqxx::work& work) {
        work.exec_params("SELECT add_team_user($1, $2, $3, $4)", login, role, ownerName.empty() ? login : ownerName,
                         hash);
    });
}

std::vector<TeamMember> teamMembers(const std::string& connectionString) {
    postgres::Session session(connectionString);
    return session.read([](auto& work) {
        std::vector<TeamMember> members;
        for (const auto& r : work.exec("SELECT login, role, owner_name, added_by, extract(epoch FROM added_at)::bigint "
                                       "FROM team_user ORDER BY login")) {
            members.push_back({postgres::text(r[0]), postgres::text(r[1]), postgres::text(r[2]), postgres::text(r[3]),
                               postgres::int64(r[4])});
        }
        return members;
    });
}

} // namespace rapport::storage
