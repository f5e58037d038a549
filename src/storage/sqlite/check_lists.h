#pragma once

#include <string>
#include <string_view>

namespace rapport::storage::sqlite {

class Database;

/**
 * A table definition with each CHECK whose rule is one column in a list of three or more constants
 * (`CHECK (kind IN ('purchase', 'return', ...))`) written as comparisons
 * (`CHECK ((kind = 'purchase' OR kind = 'return' OR ...))`); anything else as it was.
 *
 * SQLite (3.40) evaluates `x IN (a, b, c, ...)` by building a temporary b-tree of the list once per run of the
 * statement, and a statement that writes one row per run (a store of scores, an edit) builds it again for every
 * row and every such list its columns touch. Measured with the sqlite3 library on a million single-row writes:
 * inserts into a table with the episode's two lists 4.06 s, with comparisons 0.79 s, without checks 0.59 s;
 * updates of the score row's five scores 3.5 s with the lists, about 0.9 s with comparisons. The comparisons are
 * the same rule (SQLite documents `x IN (a, b)` as `x = +a OR x = +b`): a value outside the list is refused and
 * NULL passes. Lists of one or two constants SQLite already compares in line; a CHECK with more than the one list
 * in it, a list in a comment, or one with a quote inside a literal is left as it is.
 */
std::string checkListsAsComparisons(std::string_view tableSql);

/**
 * Rewrites the stored definition of every table that has such lists (checkListsAsComparisons), inside the
 * caller's transaction, in the way SQLite documents for changing constraints that leave the stored rows as they are
 * (PRAGMA writable_schema, then a new schema_version). The new definitions are parsed before this returns: a
 * definition SQLite could not read throws a MigrationError, and the caller's rollback leaves the file as it was.
 */
void rewriteCheckLists(Database& db);

} // namespace rapport::storage::sqlite
