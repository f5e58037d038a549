// Times `rapport-cli ltv` end to end on a million customers with about two million purchases, as the
// analytics issue asks: reading the CSV, summaries, both fits and the per-customer CLV file. Peak memory
// comes from wait4() of the child, so no external `time` program is needed.
//
//   ltv_benchmark CLI_PATH WORK_DIR [CUSTOMERS]
#include "analytics/simulation.h"
#include "core/date.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run {
    double seconds = 0;
    long peakKiB = 0;
    int exitCode = -1;
};

Run runChild(std::vector<std::string> arguments, const std::string& outputPath) {
    std::cout.flush(); // or the child would print the parent's buffered lines again
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        std::freopen(outputPath.c_str(), "w", stdout);
        std::vector<char*> argv;
        for (auto& argument : arguments) {
            argv.push_back(argument.data());
        }
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: ltv_benchmark CLI_PATH WORK_DIR [CUSTOMERS]\n";
        return 2;
    }
    const std::string cli = argv[1];
    const std::filesystem::path work = argv[2];
    const std::int64_t customers = argc > 3 ? std::stoll(argv[3]) : 1'000'000;
    std::filesystem::create_directories(work);
    const auto transactions = (work / "transactions.csv").string();

    // BG/NBD customers much like CDNOW's, over 18 months of first purchases and a two-year window.
    rapport::analytics::SimulationSpec spec;
    spec.parameters = {0.25, 8.0, 0.8, 2.5};
    spec.customers = customers;
    spec.cohortFirstDay = rapport::core::Date::parseIso("2023-01-01")->days();
    spec.cohortDays = 365;
    spec.observationEndDay = rapport::core::Date::parseIso("2024-12-31")->days();
    spec.seed = 2024;
    const auto generationStart = std::chrono::steady_clock::now();
    std::int64_t lines = 0;
    {
        std::ofstream out(transactions, std::ios::binary | std::ios::trunc);
        std::string buffer = "customer,date,amount\n";
        rapport::analytics::simulatePurchases(spec, [&](std::int64_t customer, std::int32_t day, std::int64_t cents) {
            char line[80];
            const int n = std::snprintf(line, sizeof line, "C%07lld,%s,%lld.%02lld\n", static_cast<long long>(customer),
                                        rapport::core::Date::fromDays(day).toIso().c_str(),
                                        static_cast<long long>(cents / 100), static_cast<long long>(cents % 100));
            buffer.append(line, static_cast<std::size_t>(n));
            ++lines;
            if (buffer.size() > (1u << 20)) {
                out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                buffer.clear();
            }
        });
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    }
    const double generationSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - generationStart).count();
    std::cout << "Generated " << customers << " customers, " << lines << " purchases in " << std::fixed
              << std::setprecision(1) << generationSeconds << " s ("
              << std::filesystem::file_size(transactions) / (1024 * 1024) << " MiB)\n\n";

    std::cout << "| model | customers | purchases | wall time | peak memory | exit |\n|---|---|---|---|---|---|\n";
    bool ok = true;
    for (const std::string model : {"bgnbd", "pnbd"}) {
        const auto values = (work / ("values-" + model + ".csv")).string();
        const auto report = (work / ("report-" + model + ".json")).string();
        const auto run = runChild({cli, "ltv", "--transactions", transactions, "--model", model, "--until",
                                   "2024-12-31", "--out", values, "--json"},
                                  report);
        std::cout << "| " << model << " | " << customers << " | " << lines << " | " << std::setprecision(2)
                  << run.seconds << " s | " << run.peakKiB / 1024 << " MiB | " << run.exitCode << " |\n";
        ok = ok && run.exitCode == 0;
    }
    std::cout << "\nReports: " << (work / "report-*.json").string() << '\n';
    return ok ? 0 : 1;
}
