#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::storage {

/** A member of a team database, as `team users` lists them. */
struct TeamMember {
    std::string login;
    std::string role;      // admin, manager or analyst
    std::string ownerName; // what the owner field of their customers holds
    std::string addedBy;
    std::int64_t addedAtUnixSeconds = 0;
};

/**
 * Adds a member to a team database, or changes an existing member's role or owner name: a PostgreSQL login role
 * in one of Rapport's group roles. Run by a team admin or the server's administrator. A password, when given, is
 * hashed by the client (SCRAM-SHA-256, as the server asks) before it is sent, so it never travels or lands in a
 * log in plain text. Throws StorageError (PermissionError for a caller who is not an admin).
 */
void addTeamMember(const std::string& connectionString, const std::string& login, const std::string& role,
                   const std::string& ownerName, const std::optional<std::string>& password);

/** Every member, by login. */
std::vector<TeamMember> teamMembers(const std::string& connectionString);

} // namespace rapport::storage
