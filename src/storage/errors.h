#pragma once

#include <stdexcept>
#include <string>

namespace rapport::storage {

/** Base of every error the storage layer throws; what() is a message for the user. */
class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** The file is not a Rapport database (not SQLite, or another program's database). It was not changed. */
class NotRapportDatabaseError : public StorageError {
public:
    using StorageError::StorageError;
};

/** The database was written by a newer Rapport whose schema this program does not know. It was not changed. */
class NewerSchemaError : public StorageError {
public:
    using StorageError::StorageError;
};

/**
 * The database was written by an older Rapport and was opened read-only, where it cannot be upgraded. It was
 * not changed; the first program that opens it for writing upgrades it (after a backup).
 */
class OlderSchemaError : public StorageError {
public:
    using StorageError::StorageError;
};

/** SQLite could not open the file or its journal (missing folder, no permission, a read-only disk). */
class CannotOpenError : public StorageError {
public:
    using StorageError::StorageError;
};

/** SQLite found the file damaged (a page, an index or the search index does not read back as written). */
class CorruptError : public StorageError {
public:
    using StorageError::StorageError;
};

/** There is no database at the path (and none was to be created). */
class NoDatabaseError : public StorageError {
public:
    using StorageError::StorageError;
};

/** A migration to the current schema failed; the database was left as it was. */
class MigrationError : public StorageError {
public:
    using StorageError::StorageError;
};

/** A row that was asked for by id does not exist. */
class NotFoundError : public StorageError {
public:
    using StorageError::StorageError;
};

/** A write broke a rule of the database: a missing customer, a duplicate external reference, ... */
class ConstraintError : public StorageError {
public:
    using StorageError::StorageError;
};

/**
 * A save named an older version of a row than the one stored: someone else changed it in between. Nothing was
 * written; read the row again, show both versions and let the user choose.
 */
class ConflictError : public StorageError {
public:
    using StorageError::StorageError;
};

/** The database refused the change for this user's role (an analyst writing, a manager touching another's row). */
class PermissionError : public StorageError {
public:
    using StorageError::StorageError;
};

/** The disk (or the database's size cap) filled during a write; nothing of that change was written. */
class DiskFullError : public StorageError {
public:
    using StorageError::StorageError;
};

/** Another program held the database's write lock for longer than this one waits; nothing was written. */
class BusyError : public StorageError {
public:
    using StorageError::StorageError;
};

/** Long work stopped because the user asked; nothing was written. */
class CancelledError : public StorageError {
public:
    using StorageError::StorageError;
};

/** Throws NotFoundError("no <entity> with id <id>") unless found. */
inline void requireFound(bool found, const char* entity, long long id) {
    if (!found) {
        throw NotFoundError(std::string("no ") + entity + " with id " + std::to_string(id));
    }
}

} // namespace rapport::storage
