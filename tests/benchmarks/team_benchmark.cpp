// The team issue's speed runs: a 1,000,000-customer base on PostgreSQL beside the same on SQLite. Imports a
// million customers, then a million episodes (COPY on PostgreSQL), then times the first page of the customer list,
// a search, and `analyze`, each as a timed rapport-cli run, and prints one table.
// usage: team_benchmark RAPPORT_CLI WORK_DIR POSTGRES_SERVER [CUSTOMERS]
//   POSTGRES_SERVER: a libpq connection string without dbname (the ctest fixture's server)
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Run {
    double seconds = 0;
    int exitCode = -1;
};

Run timed(const std::string& command) {
    const auto start = Clock::now();
    const int status = std::system(command.c_str());
    return {std::chrono::duration<double>(Clock::now() - start).count(), WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

std::uint64_t g_state = 7;
std::uint64_t next() { // splitmix64: the same files on every run
    std::uint64_t z = (g_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr const char* kFirst[] = {"Anna", "Jan", "Maria", "Piotr", "Olga", "Erik", "Ingrid", "Taras", "Liam", "Emma"};
constexpr const char* kLast[] = {"Nowak", "Kowalski", "Lindqvist", "Melnyk", "Wilson", "Berg", "Sokolova", "Clarke"};
constexpr const char* kOwners[] = {"Anna Nowak", "Erik Lindqvist", "Taras Melnyk", "Liam Wilson"};
constexpr const char* kKinds[] = {"purchase", "purchase", "purchase", "call", "meeting", "complaint"};

void writeCustomers(const fs::path& path, std::int64_t customers) {
    std::ofstream out(path, std::ios::binary);
    out << "external_ref,display_name,emails,owner,segment,acquired_on\n";
    char line[256];
    for (std::int64_t i = 0; i < customers; ++i) {
        const char* first = kFirst[next() % 10];
        const char* last = kLast[next() % 8];
        const int n = std::snprintf(
            line, sizeof line, "C%07" PRId64 ",%s %s %" PRId64 ",c%" PRId64 "@example.org,%s,%s,%04d-%02d-%02d\n", i,
            first, last, i, i, kOwners[next() % 4], (next() % 2) != 0U ? "Retail" : "Wholesale",
            2021 + static_cast<int>(next() % 4), 1 + static_cast<int>(next() % 12), 1 + static_cast<int>(next() % 28));
        out.write(line, n);
    }
}

void writeEpisodes(const fs::path& path, std::int64_t episodes, std::int64_t customers) {
    std::ofstream out(path, std::ios::binary);
    out << "customer_ref,occurred_on,kind,channel,revenue\n";
    char line[128];
    for (std::int64_t i = 0; i < episodes; ++i) {
        const auto customer = static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(customers));
        const char* kind = kKinds[next() % 6];
        const bool money = std::string(kind) == "purchase";
        const auto cents = static_cast<std::int64_t>(next() % 50'000) + 100;
        char amount[32] = "";
        if (money) {
            std::snprintf(amount, sizeof amount, "%" PRId64 ".%02" PRId64, cents / 100, cents % 100);
        }
        const int n = std::snprintf(line, sizeof line, "C%07" PRId64 ",%04d-%02d-%02d,%s,phone,%s\n", customer,
                                    2024 + static_cast<int>(next() % 2), 1 + static_cast<int>(next() % 12),
                                    1 + static_cast<int>(next() % 28), kind, amount);
        out.write(line, n);
    }
}

std::string quoted(const std::string& text) {
    std::string result = "'";
    for (const char c : text) {
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return result + "'";
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s RAPPORT_CLI WORK_DIR POSTGRES_SERVER [CUSTOMERS]\n", argv[0]);
        return 2;
    }
    const std::string cli = argv[1];
    const fs::path work = argv[2];
    const std::string server = argv[3];
    const std::int64_t customers = argc > 4 ? std::atoll(argv[4]) : 1'000'000;
    const std::int64_t episodes = customers;
    fs::remove_all(work);
    fs::create_directories(work);
    const auto customersCsv = work / "customers.csv";
    const auto episodesCsv = work / "episodes.csv";
    writeCustomers(customersCsv, customers);
    writeEpisodes(episodesCsv, episodes, customers);

    std::system(("psql " + quoted(server + " dbname=postgres") +
                 " -qc 'DROP DATABASE IF EXISTS rapport_bench WITH (FORCE)' -c 'CREATE DATABASE rapport_bench'")
                    .c_str());
    const std::vector<std::pair<std::string, std::string>> backends{{"SQLite", (work / "bench.sqlite").string()},
                                                                    {"PostgreSQL", server + " dbname=rapport_bench"}};
    struct Step {
        const char* name;
        std::string arguments;
        std::int64_t rows;
    };
    const std::vector<Step> steps{
        {"import customers (CSV)", "import customers " + quoted(customersCsv.string()) + " -q", customers},
        {"import episodes (CSV; COPY on PostgreSQL)", "import episodes " + quoted(episodesCsv.string()) + " -q",
         episodes},
        {"first page of customers (50, by name)", "customers --limit 50", 50},
        {"search \"anna nowak 12\" (first 50)", "customers --search 'anna nowak 12' --limit 50", 50},
        {"top 50 customers by revenue", "customers --sort revenue --desc --limit 50", 50},
        {"analyze (models fitted on the whole base)", "analyze --json", customers},
    };
    std::vector<std::vector<Run>> runs(steps.size());
    for (const auto& [name, location] : backends) {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const auto run = timed(cli + " --db " + quoted(location) + " " + steps[i].arguments + " >" +
                                   quoted((work / (name + "-" + std::to_string(i) + ".out")).string()) + " 2>&1");
            runs[i].push_back(run);
            std::fprintf(stderr, "%s: %s %.1f s (exit %d)\n", name.c_str(), steps[i].name, run.seconds, run.exitCode);
        }
    }
    std::printf("\n%" PRId64 " customers, %" PRId64 " episodes; timed rapport-cli runs (process start and connection "
                "included)\n\n| step | SQLite | PostgreSQL | exit codes |\n|---|---|---|---|\n",
                customers, episodes);
    int failures = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        std::printf("| %s | %.2f s | %.2f s | %d / %d |\n", steps[i].name, runs[i][0].seconds, runs[i][1].seconds,
                    runs[i][0].exitCode, runs[i][1].exitCode);
        failures += (runs[i][0].exitCode != 0) + (runs[i][1].exitCode != 0);
    }
    std::fflush(stdout);
    std::system(
        ("psql " + quoted(server + " dbname=postgres") + " -qc 'DROP DATABASE IF EXISTS rapport_bench WITH (FORCE)'")
            .c_str());
    return failures == 0 ? 0 : 1;
}
