#include "storage/sqlite/check_lists.h"

#include "storage/errors.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/transaction.h"

#include <algorithm>
#include <regex>
#include <stdexcept>
#include <utility>
#include <vector>

namespace rapport::storage::sqlite {

namespace {

// A CHECK whose whole rule is one column IN a parenthesised list of quoted codes or integers: only there is the
// column certainly the whole left side of IN. A literal with a quote inside ('it''s') does not match, so its list
// stays as it is.
const std::regex& constantList() {
    static const std::regex pattern(
        R"((CHECK\s*\(\s*)([A-Za-z_][A-Za-z0-9_]*)\s+IN\s*\(\s*((?:'[^']*'|-?[0-9]+)(?:\s*,\s*(?:'[^']*'|-?[0-9]+))*)\s*\)(\s*\)))",
        std::regex::icase);
    return pattern;
}

const std::regex& listItem() {
    static const std::regex pattern(R"('[^']*'|-?[0-9]+)");
    return pattern;
}

// SQLite compares lists this short in line already.
constexpr std::size_t kShortestRewrittenList = 3;

/** `(column = a OR column = b ...)` for a list of three or more; empty for a shorter one. */
std::string comparisons(const std::string& column, const std::string& list) {
    std::vector<std::string> items;
    for (auto it = std::sregex_iterator(list.begin(), list.end(), listItem()); it != std::sregex_iterator(); ++it) {
        items.push_back(it->str());
    }
    if (items.size() < kShortestRewrittenList) {
        return {};
    }
    std::string result = "(";
    for (std::size_t i = 0; i < items.size(); ++i) {
        result += (i == 0 ? "" : " OR ") + column + " = " + items[i];
    }
    return result + ")";
}

/**
 * Whether each character of `sql` is inside a comment, a string literal or a quoted name: SQLite keeps a table's
 * text as it was written, comments too, and only code is rewritten.
 */
std::vector<bool> commentsAndQuotes(const std::string& sql) {
    std::vector<bool> inside(sql.size(), false);
    for (std::size_t i = 0; i < sql.size();) {
        std::size_t end = i + 1;
        if (sql[i] == '\'' || sql[i] == '"') {
            end = sql.find(sql[i], i + 1); // a doubled quote inside reads as the end and a new start: the same span
            end = end == std::string::npos ? sql.size() : end + 1;
        } else if (sql.compare(i, 2, "--") == 0) {
            end = std::min(sql.find('\n', i), sql.size());
        } else if (sql.compare(i, 2, "/*") == 0) {
            end = sql.find("*/", i + 2);
            end = end == std::string::npos ? sql.size() : end + 2;
        } else {
            ++i;
            continue;
        }
        std::fill(inside.begin() + static_cast<std::ptrdiff_t>(i), inside.begin() + static_cast<std::ptrdiff_t>(end),
                  true);
        i = end;
    }
    return inside;
}

} // namespace

std::string checkListsAsComparisons(std::string_view tableSql) {
    const std::string sql(tableSql);
    const auto skipped = commentsAndQuotes(sql);
    std::string result;
    auto copiedUpTo = sql.cbegin();
    for (auto it = std::sregex_iterator(sql.begin(), sql.end(), constantList()); it != std::sregex_iterator(); ++it) {
        const auto& match = *it;
        if (skipped[static_cast<std::size_t>(match.position(0))]) {
            continue;
        }
        const auto rewritten = comparisons(match[2].str(), match[3].str());
        if (rewritten.empty()) {
            continue;
        }
        result.append(copiedUpTo, match[0].first);
        result += match[1].str() + rewritten + match[4].str();
        copiedUpTo = match[0].second;
    }
    result.append(copiedUpTo, sql.cend());
    return result;
}

void rewriteCheckLists(Database& db) {
    if (!insideTransaction(db)) {
        throw std::logic_error("rewriteCheckLists outside a transaction: a failure could not be rolled back");
    }
    // Ordinary tables only: virtual tables and their shadow tables have no such CHECKs, and an index's or a view's
    // text must stay as the planner matches it against queries.
    std::vector<std::pair<std::string, std::string>> rewritten;
    auto tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%' "
                             "ORDER BY name");
    while (tables.step()) {
        auto sql = checkListsAsComparisons(tables.textView(1));
        if (sql != tables.textView(1)) {
            rewritten.emplace_back(tables.text(0), std::move(sql));
        }
    }
    if (rewritten.empty()) {
        return;
    }
    // https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes": the definition is
    // changed in sqlite_schema and schema_version moved on, so every connection reads the schema again.
    const auto version = db.queryInt("PRAGMA schema_version");
    db.exec("PRAGMA writable_schema = ON");
    try {
        auto update = db.prepare("UPDATE sqlite_schema SET sql = ?2 WHERE type = 'table' AND name = ?1");
        for (const auto& [name, sql] : rewritten) {
            update.bind(1, name).bind(2, sql).run();
            update.reset();
        }
        db.exec("PRAGMA schema_version = " + std::to_string(version + 1));
    } catch (...) {
        try {
            db.exec("PRAGMA writable_schema = OFF");
        } catch (...) { // the first failure is the one to report
        }
        throw;
    }
    db.exec("PRAGMA writable_schema = OFF");
    // Reading the schema again parses every definition: one SQLite cannot read fails here, before any commit, and
    // the caller's rollback restores the old text. SQLite calls that a damaged file; it is not, so say what it is.
    try {
        db.queryInt("SELECT count(*) FROM sqlite_schema");
    } catch (const std::exception& error) {
        throw MigrationError(std::string("the tables' checks written as comparisons could not be read back (") +
                             error.what() + "); the file is left as it was");
    }
}

} // namespace rapport::storage::sqlite
