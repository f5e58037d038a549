// Timed runs for the import and export issue: a 10,000,000-row transactions CSV imported into an empty
// database beside the anchor (sqlite3's own .import of the same file into a plain table, then the same indexes
// built by sqlite3), the parsing floor (CsvReader alone), and exports of the resulting million customers to CSV
// and XLSX with their peak memory. Exits 1 when any step fails.
// usage: import_benchmark RAPPORT_CLI WORK_DIR [ROWS]
#include "io/csv_reader.h"
#include "io/source_text.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Run {
    double seconds = 0;
    long peakKiB = 0;
    int exitCode = -1;
};

/** Runs a command through /bin/sh and measures wall time and the child's peak resident memory. */
Run timed(const std::string& command) {
    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    Run run;
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.peakKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

/** A deterministic transactions file: about ten purchases per customer over five years, a few returns. */
void writeTransactions(const fs::path& path, std::int64_t rows) {
    std::ofstream out(path, std::ios::binary);
    out << "customer_ref,occurred_on,revenue\n";
    std::uint64_t state = 42;
    const auto next = [&state] { // splitmix64
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    const std::int64_t customers = std::max<std::int64_t>(1, rows / 10);
    std::string line;
    char buffer[96];
    for (std::int64_t i = 0; i < rows; ++i) {
        const auto customer = static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(customers));
        const int day = static_cast<int>(next() % 1826);
        const int year = 2021 + day / 365;
        const int month = 1 + (day % 365) / 31 % 12;
        const int dayOfMonth = 1 + day % 28;
        const auto cents = static_cast<std::int64_t>(next() % 50'000) + 100;
        const bool isReturn = next() % 50 == 0;
        const int n =
            std::snprintf(buffer, sizeof buffer, "C%07" PRId64 ",%04d-%02d-%02d,%s%" PRId64 ".%02" PRId64 "\n",
                          customer, year, month, dayOfMonth, isReturn ? "-" : "", cents / 100, cents % 100);
        out.write(buffer, n);
    }
}

std::string quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

/** The rows of a table, read by sqlite3 (another program): -1 when it cannot be read. */
std::int64_t countRows(const fs::path& db, const std::string& table) {
    const std::string command = "sqlite3 '" + db.string() + "' 'SELECT count(*) FROM " + table + "'";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return -1;
    }
    long long count = -1;
    if (std::fscanf(pipe, "%lld", &count) != 1) {
        count = -1;
    }
    return pclose(pipe) == 0 ? count : -1;
}

void row(const char* what, std::int64_t rows, const Run& run) {
    std::printf("| %-46s | %10" PRId64 " | %8.1f s | %12.0f rows/s | %8.0f MiB | %d |\n", what, rows, run.seconds,
                run.seconds > 0 ? static_cast<double>(rows) / run.seconds : 0.0, run.peakKiB / 1024.0, run.exitCode);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s RAPPORT_CLI WORK_DIR [ROWS]\n", argv[0]);
        return 2;
    }
    const std::string cli = argv[1];
    const fs::path work = argv[2];
    const std::int64_t rows = argc > 3 ? std::atoll(argv[3]) : 10'000'000;
    fs::remove_all(work);
    fs::create_directories(work);
    const auto csv = work / "transactions.csv";

    auto start = Clock::now();
    writeTransactions(csv, rows);
    std::printf("wrote %" PRId64 " rows (%.0f MiB) in %.1f s\n\n", rows, fs::file_size(csv) / 1048576.0,
                std::chrono::duration<double>(Clock::now() - start).count());

    std::printf("| run | rows | time | rate | peak memory | exit |\n|---|---|---|---|---|---|\n");
    // The floor: reading the fields, nothing else.
    bool parseOk = false;
    start = Clock::now();
    {
        const rapport::io::SourceText text(csv.string());
        rapport::io::CsvReader reader(text.bytes(), ',');
        rapport::io::CsvRecord record;
        std::int64_t records = 0;
        while (reader.next(record)) {
            ++records;
        }
        Run parse;
        parse.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        parse.exitCode = records == rows + 1 ? 0 : 1;
        row("parse only (CsvReader, in process)", rows, parse);
        parseOk = parse.exitCode == 0;
    }
    // The anchor: SQLite alone on the same file, first the bare .import, then the indexes the import builds for
    // the same queries (the episode indexes by date, by customer and the covering purchases index, and a table
    // of customer totals with its key and sort indexes), with the page cache Rapport's bulk writer uses, so the
    // difference left is Rapport's own work.
    const auto plain = work / "plain.sqlite";
    const Run sqlite = timed("sqlite3 " + quoted(plain) +
                             " 'CREATE TABLE t (customer_ref TEXT, occurred_on TEXT, revenue TEXT)' "
                             "'.mode csv' '.import --skip 1 " +
                             csv.string() + " t'");
    row("sqlite3 .import into a plain table", rows, sqlite);
    const Run sqliteIndexes = timed(
        "sqlite3 " + quoted(plain) +
        " 'PRAGMA cache_size = -262144' 'BEGIN' "
        "'CREATE INDEX t_by_date ON t (occurred_on)' "
        "'CREATE INDEX t_by_customer ON t (customer_ref, occurred_on)' "
        "'CREATE INDEX t_purchases ON t (customer_ref, occurred_on, revenue)' "
        "'CREATE TABLE c AS SELECT customer_ref, count(*) AS episodes, sum(revenue) AS revenue, "
        "max(occurred_on) AS last_on FROM t GROUP BY customer_ref' "
        "'CREATE UNIQUE INDEX c_by_ref ON c (customer_ref)' 'CREATE INDEX c_by_revenue ON c (revenue)' "
        "'CREATE INDEX c_by_last ON c (last_on)' 'CREATE INDEX c_by_episodes ON c (episodes)' 'COMMIT' >/dev/null");
    row("sqlite3: the same indexes and customer totals", rows, sqliteIndexes);
    Run anchor;
    anchor.seconds = sqlite.seconds + sqliteIndexes.seconds;
    anchor.peakKiB = std::max(sqlite.peakKiB, sqliteIndexes.peakKiB);
    anchor.exitCode = sqlite.exitCode != 0 ? sqlite.exitCode : sqliteIndexes.exitCode;
    row("anchor: sqlite3 .import and indexes", rows, anchor);
    const auto db = work / "rapport.sqlite";
    fs::path steps;
    const Run import = timed(cli + " --verbose --db " + quoted(db) + " import transactions " + quoted(csv) +
                             " --create-customers -q >/dev/null 2>" + quoted(work / "import.log"));
    row("rapport-cli import transactions (validated)", rows, import);
    steps = work / "import.log";
    // An exit of 0 is not enough: every row must be in the database.
    const std::int64_t stored = countRows(db, "episode");
    if (stored != rows) {
        std::printf("the import stored %" PRId64 " episodes of %" PRId64 " rows\n", stored, rows);
    }
    const Run exportCsv =
        timed(cli + " --db " + quoted(db) + " export customers -o " + quoted(work / "customers.csv") + " 2>/dev/null");
    const auto customers = rows / 10;
    row("rapport-cli export customers --format csv", customers, exportCsv);
    const Run exportXlsx =
        timed(cli + " --db " + quoted(db) + " export customers -o " + quoted(work / "customers.xlsx") + " 2>/dev/null");
    row("rapport-cli export customers --format xlsx", customers, exportXlsx);
    // Where the import's time went, from its --verbose log: the rows, then each step of the commit.
    std::printf("\nimport steps:\n");
    {
        std::ifstream log(steps);
        std::string line;
        while (std::getline(log, line)) {
            if (line.find("bulk commit") != std::string::npos || line.find("rows in") != std::string::npos) {
                std::printf("  %s\n", line.c_str());
            }
        }
    }
    std::printf("\nfiles: database %.0f MiB, customers.csv %.0f MiB, customers.xlsx %.0f MiB\n",
                fs::exists(db) ? fs::file_size(db) / 1048576.0 : 0.0,
                fs::exists(work / "customers.csv") ? fs::file_size(work / "customers.csv") / 1048576.0 : 0.0,
                fs::exists(work / "customers.xlsx") ? fs::file_size(work / "customers.xlsx") / 1048576.0 : 0.0);
    const bool ok = stored == rows && parseOk && anchor.exitCode == 0 && import.exitCode == 0 &&
                    exportCsv.exitCode == 0 && exportXlsx.exitCode == 0;
    fs::remove_all(work);
    return ok ? 0 : 1;
}
