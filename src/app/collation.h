#pragma once

#include "storage/name_collation.h"
#include "storage/repository.h"

#include <string>
#include <vector>

namespace rapport::app {

/**
 * How names sort in the open database, for a setting in the app: the database's language, the languages to offer
 * (the database's first when Rapport does not name it), and whether this user may change it (on a team database
 * only an admin may; on a desktop file anyone who may write it).
 */
struct CollationSetting {
    std::string language;   // "pl", "sv", ... as stored
    std::string nativeName; // "Polski"; the code itself for a language Rapport does not name
    std::vector<storage::CollationChoice> choices;
    bool canChange = true;
};

CollationSetting collationSetting(storage::Repository& repository);

/**
 * Sorts names by `language` from now on: every stored name gets its new key, in one transaction (seconds for a
 * million customers; lists re-read afterwards). Throws core::ValidationError for an unknown language and
 * storage::PermissionError for a team member who is not an admin.
 */
void changeCollation(storage::Repository& repository, const std::string& language);

} // namespace rapport::app
