#pragma once

namespace rapport::storage::sqlite {

class Database;

/**
 * While it lives, the connection's temporary files go to disk instead of memory (configureConnection keeps them
 * in memory for the statement journals of ordinary writes); afterwards they go back where they were. It is for
 * CREATE INDEX on millions of rows: with temporary files on disk SQLite's sorter sorts runs the size of the page
 * cache and merges them through files; with them in memory it keeps every entry as a record of its own and sorts
 * them all at once. Building `(occurred_on, id)` over 13 million episodes in sqlite3 took 17.8 s and 914 MiB
 * resident that way, 6.2 s and 10 MiB with the files on disk. The files need room in SQLite's temporary
 * directory (SQLITE_TMPDIR, TMPDIR, /var/tmp or /tmp) about the size of the index; where a build fails there,
 * inMemory() lets the caller build it again the old way. Used inside a transaction, which SQLite allows while
 * the connection has not opened its temporary database (Rapport never does); where it refuses, nothing changes.
 */
class SortFilesOnDisk {
public:
    explicit SortFilesOnDisk(Database& db);
    ~SortFilesOnDisk();
    SortFilesOnDisk(const SortFilesOnDisk&) = delete;
    SortFilesOnDisk& operator=(const SortFilesOnDisk&) = delete;

    /** Whether the files are on disk now. */
    [[nodiscard]] bool onDisk() const { return m_switched; }
    /** Puts them back where they were before this object, for the rest of its life. */
    void inMemory();

private:
    Database& m_db;
    long long m_previous = 0;
    bool m_switched = false;
};

} // namespace rapport::storage::sqlite
