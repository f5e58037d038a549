#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct UCollator;

namespace rapport::storage {

/**
 * How names sort in one language, as ICU's collation for it says: Polish ł after l and ś after s, Swedish å ä ö
 * after z, Cyrillic in its alphabet with Ukrainian ґ є і ї in their places. Letters decide first, then accents,
 * then case, so "anna" and "Anna" stand together (lower case first) and "Łukasz" follows "Lucyna" in Polish.
 *
 * The database keeps each customer's sort key beside the name (name_sort_key) and indexes it, because neither
 * SQLite nor a portable PostgreSQL query can order by a language's alphabet on an index: a page of the list by name
 * is a range scan on (name_sort_key, id) on both backends, and both give the same order.
 *
 * ICU's own version is part of version(): a new ICU may order some letters differently, and keys made by another
 * version are recomputed (see docs/architecture.md). Safe to use from several threads (ICU collators are, const).
 */
class NameCollation {
public:
    /** Throws core::ValidationError when `language` is not a language ICU orders (see normalizeCollationLanguage). */
    explicit NameCollation(std::string_view language);
    ~NameCollation();
    NameCollation(const NameCollation&) = delete;
    NameCollation& operator=(const NameCollation&) = delete;

    /** The language as stored in the database: "pl", "sv", "ru", "uk", "en", ... or "root" (no language's own). */
    [[nodiscard]] const std::string& language() const { return m_language; }
    /**
     * What the keys depend on besides the language: ICU's collation version and Rapport's options, e.g.
     * "153.120.42/r1". Stored keys made under another version are recomputed.
     */
    [[nodiscard]] const std::string& version() const { return m_version; }

    /**
     * The sort key of a UTF-8 name: bytes that compare (memcmp, shorter first on a tie, as SQLite compares BLOBs and
     * PostgreSQL bytea) as the names sort in this language. Never empty for a non-empty name; invalid UTF-8 counts
     * as U+FFFD.
     */
    [[nodiscard]] std::string sortKey(std::string_view utf8Name) const;
    /** Same, into a buffer the caller reuses (a bulk load computes a million keys without allocating each). */
    void sortKey(std::string_view utf8Name, std::string& key) const;
    /** Negative, zero or positive as a sorts before, with or after b (names equal up to case compare unequal). */
    [[nodiscard]] int compare(std::string_view a, std::string_view b) const;

    /** Sorts rows by a name member in this collation; rows with equal keys keep their order (stable). */
    template <typename Row> void sortByName(std::vector<Row>& rows, std::string Row::*name) const {
        std::vector<std::pair<std::string, std::size_t>> keys;
        keys.reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            keys.emplace_back(sortKey(rows[i].*name), i);
        }
        std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<Row> sorted;
        sorted.reserve(rows.size());
        for (const auto& key : keys) {
            sorted.push_back(std::move(rows[key.second]));
        }
        rows = std::move(sorted);
    }

private:
    std::string m_language;
    std::string m_version;
    UCollator* m_collator = nullptr;
};

/**
 * The collation of a language, opened once per process and shared (opening one costs about a millisecond; connections
 * that follow their database's collation ask for it in every write). Throws as the constructor does.
 */
std::shared_ptr<const NameCollation> sharedCollation(std::string_view language);

/**
 * The language code a database stores for what a user or the environment gives: "pl", "PL", "pl_PL.UTF-8",
 * "sv-SE" -> "pl", "pl", "pl", "sv"; "C", "POSIX" and "root" -> "root". Throws core::ValidationError for anything
 * that is not a language ICU knows ("xx", "", "polish").
 */
std::string normalizeCollationLanguage(std::string_view language);

/**
 * The collation language of the process locale, for a database created without one being chosen: the language of
 * LC_ALL, else LC_COLLATE, else LANG (POSIX's order), when ICU knows it; "root" otherwise (unset, "C", "POSIX").
 */
std::string defaultCollationLanguage();

/** A language offered for ordering names, with its name in itself ("Polski") and in English ("Polish"). */
struct CollationChoice {
    std::string language;
    std::string nativeName;
    std::string englishName;
};
/** The languages Rapport offers by name (English, Polish, Russian, Swedish, Ukrainian, and "root"); any other
 *  language ICU knows is accepted too. */
std::vector<CollationChoice> offeredCollations();

/** Lower-case hex of bytes, and back (a sort key as PostgreSQL's decode(..., 'hex') takes it). */
std::string toHex(std::string_view bytes);
std::string fromHex(std::string_view hex);

} // namespace rapport::storage
