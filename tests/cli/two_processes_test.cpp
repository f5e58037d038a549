// Two Rapport processes on one file: a connection opened and closed beside a live one must never drop that
// one's locks (POSIX drops every lock a process holds on a file when any descriptor of it closes), or the
// next process to close finds "no other reader", checkpoints and deletes the WAL under the live connection.
#include "cli/cli_runner.h"
#include "core/customer.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <poll.h>
#include <sqlite3.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace rapport;
using namespace rapport::test;
namespace fs = std::filesystem;

namespace {

core::Customer person(const std::string& name) {
    core::Customer customer;
    customer.displayName = name;
    return customer;
}

std::int64_t countNamed(const std::string& path, const std::string& text) {
    storage::OpenOptions options;
    options.readOnly = true;
    auto repository = storage::openRepository(path, options);
    storage::CustomerFilter filter;
    filter.search = text;
    return repository->customerCount(filter);
}

/** Files the process has open that were deleted while open: what it writes there is lost to everyone. */
std::vector<std::string> deletedOpenFiles(pid_t pid) {
    std::vector<std::string> deleted;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", error)) {
        const auto target = fs::read_symlink(entry.path(), error).string();
        if (!error && target.find("(deleted)") != std::string::npos && target.find(".sqlite") != std::string::npos) {
            deleted.push_back(target);
        }
    }
    return deleted;
}

/** One byte through a pipe: the two processes take turns. A turn not given within a minute fails the test. */
struct Turn {
    int fds[2]{-1, -1};
    Turn() { EXPECT_EQ(pipe(fds), 0); }
    ~Turn() {
        close(fds[0]);
        close(fds[1]);
    }
    void give() const { EXPECT_EQ(write(fds[1], "x", 1), 1); }
    bool take() const {
        pollfd ready{fds[0], POLLIN, 0};
        char byte = 0;
        return poll(&ready, 1, 60'000) == 1 && read(fds[0], &byte, 1) == 1;
    }
};

/** Runs `body` in a forked child that never returns into the test: an exception or a failure ends it with 1. */
template <typename Body> pid_t child(Body body) {
    const pid_t pid = fork();
    if (pid == 0) {
        try {
            body();
        } catch (...) {
            _exit(1);
        }
        _exit(0);
    }
    return pid;
}

} // namespace

TEST(TwoProcesses, AWriterKeepsItsJournalWhenOthersOpenAndCloseTheFile) {
    TempDir dir;
    const auto path = dir.file("shared.sqlite");
    storage::openRepository(path)->addCustomer(person("Before Anyone"));

    Turn childReady;
    Turn parentDone;
    Turn childWrote;
    const pid_t writerPid = child([&] {
        // The writer: a long-lived connection, as the app's main one, and a second one opened and closed beside
        // it, as the app's workers do.
        auto writer = storage::openRepository(path);
        writer->addCustomer(person("Written Early"));
        storage::openRepository(path).reset();
        childReady.give();
        parentDone.take();
        for (const char* name : {"Written Late One", "Written Late Two", "Written Late Three"}) {
            writer->addCustomer(person(name));
        }
        childWrote.give();
        pause(); // killed by the parent, as a crash or a power cut would end it
    });
    ASSERT_GE(writerPid, 0);

    ASSERT_TRUE(childReady.take());
    // Other processes open and close the file for writing: a forked one and the command line.
    const pid_t other = child([&] { storage::openRepository(path).reset(); });
    ASSERT_GE(other, 0);
    int status = 0;
    waitpid(other, &status, 0);
    EXPECT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "init"}).exitCode, 0);
    parentDone.give();
    const bool wrote = childWrote.take();
    const auto deleted = deletedOpenFiles(writerPid);
    kill(writerPid, SIGKILL); // as a crash or a power cut would end it
    waitpid(writerPid, &status, 0);
    ASSERT_TRUE(wrote) << "the writer did not write";

    EXPECT_TRUE(deleted.empty()) << deleted.front();
    EXPECT_EQ(countNamed(path, "Written Late"), 3) << "a third process sees the writer's later writes";
    EXPECT_EQ(countNamed(path, "Written"), 4) << "the writes survive the writer's kill -9";
    const auto check = run(dir, RAPPORT_CLI, {"--db", path, "check", "--full"});
    EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
}

#ifdef RAPPORT_APP
TEST(TwoProcesses, TheAppKeepsItsJournalBesideTheCommandLine) {
    TempDir dir;
    const auto path = dir.file("app.sqlite");
    ASSERT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "demo", "--customers", "300", "--seed", "7"}).exitCode, 0);

    const pid_t app = fork();
    ASSERT_GE(app, 0);
    if (app == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        setenv("XDG_DATA_HOME", dir.file("xdg").c_str(), 1);
        setenv("XDG_CONFIG_HOME", dir.file("config").c_str(), 1);
        execl(RAPPORT_APP, RAPPORT_APP, "--db", path.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    // The app's start-up analysis stores every customer's scores on a worker connection beside the main one.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    const auto scored = [&path] {
        try {
            storage::OpenOptions options;
            options.readOnly = true;
            auto repository = storage::openRepository(path, options);
            storage::CustomerPageRequest request;
            request.limit = 1;
            request.sort = storage::CustomerSort::PredictedValue;
            request.order = storage::SortOrder::Descending;
            const auto page = repository->customerPage(request);
            return !page.rows.empty() && page.rows.front().predictedValue.has_value();
        } catch (const std::exception&) {
            return false;
        }
    };
    while (!scored() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    ASSERT_TRUE(scored()) << "the app stored no scores within a minute";

    EXPECT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "customer", "1"}).exitCode, 0);
    EXPECT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "init"}).exitCode, 0);
    const auto deleted = deletedOpenFiles(app);
    EXPECT_TRUE(deleted.empty()) << deleted.front();

    int status = 0;
    kill(app, SIGKILL);
    waitpid(app, &status, 0);
    EXPECT_TRUE(scored()) << "the app's scores survive its kill -9";
    const auto check = run(dir, RAPPORT_CLI, {"--db", path, "check", "--full"});
    EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
}
#endif

namespace {

/** Holds the database's write lock in a child process until `release` is given, as a long import elsewhere would. */
pid_t holdWriteLock(const std::string& path, const Turn& locked, const Turn& release) {
    return child([&] {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
            sqlite3_exec(db, "BEGIN IMMEDIATE; UPDATE customer SET notes = notes WHERE id = 1", nullptr, nullptr,
                         nullptr) != SQLITE_OK) {
            _exit(1);
        }
        locked.give();
        release.take();
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
}

std::string customersCsv(const std::string& prefix, int count) {
    std::string text = "name,email\n";
    for (int i = 0; i < count; ++i) {
        text += prefix + " Customer " + std::to_string(i) + "," + prefix + std::to_string(i) + "@example.org\n";
    }
    return text;
}

} // namespace

TEST(TwoProcesses, AWriteWaitsVisiblyForAnotherProgramsWriteThenSucceedsOrSaysWhy) {
    TempDir dir;
    const auto path = dir.file("busy.sqlite");
    storage::openRepository(path)->addCustomer(person("First Customer"));
    const auto file = dir.file("new.csv");
    writeBytes(file, customersCsv("Waiting", 20));

    Turn locked;
    Turn release;
    int status = 0;
    pid_t holder = holdWriteLock(path, locked, release);
    ASSERT_TRUE(locked.take());
    // The import waits; once it says so, the other program finishes its write and the import goes on.
    RunResult waited;
    std::thread import([&] { waited = run(dir, RAPPORT_CLI, {"--db", path, "import", "customers", file, "-q"}); });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (readBytes(dir.file("stderr.txt")).find("Busy, waiting") == std::string::npos &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    release.give();
    import.join();
    waitpid(holder, &status, 0);
    EXPECT_EQ(waited.exitCode, 0) << waited.err;
    EXPECT_NE(waited.err.find("Busy, waiting"), std::string::npos) << waited.err;
    EXPECT_EQ(countNamed(path, "Waiting"), 20);

    // With --wait 1 the other program's write outlasts the wait: the import gives up and says so.
    writeBytes(file, customersCsv("Impatient", 20));
    holder = holdWriteLock(path, locked, release);
    ASSERT_TRUE(locked.take());
    const auto refused = run(dir, RAPPORT_CLI, {"--db", path, "--wait", "1", "import", "customers", file, "-q"});
    release.give();
    waitpid(holder, &status, 0);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("busy"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("nothing of this change was written"), std::string::npos) << refused.err;
    EXPECT_EQ(countNamed(path, "Impatient"), 0);
}

TEST(TwoProcesses, TwoImportsAndAnAnalysisWriteAtOnceAndLoseNothing) {
    TempDir dir;
    const auto path = dir.file("together.sqlite");
    ASSERT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "demo", "--customers", "400", "--seed", "9"}).exitCode, 0);
    const auto first = dir.file("first.csv");
    const auto second = dir.file("second.csv");
    writeBytes(first, customersCsv("Alpha", 20000));
    writeBytes(second, customersCsv("Bravo", 20000));

    // Three writers started together; each waits for the others' locks and then writes all of its rows.
    std::vector<std::thread> writers;
    std::vector<RunResult> results(3);
    const std::vector<std::vector<std::string>> commands{
        {"--db", path, "import", "customers", first, "-q"},
        {"--db", path, "import", "customers", second, "-q"},
        {"--db", path, "analyze", "--save-scores"},
    };
    std::vector<TempDir> scratch(3); // each run's stderr in its own folder
    for (std::size_t i = 0; i < commands.size(); ++i) {
        writers.emplace_back([&, i] { results[i] = run(scratch[i], RAPPORT_CLI, commands[i]); });
    }
    for (auto& writer : writers) {
        writer.join();
    }
    for (const auto& result : results) {
        EXPECT_EQ(result.exitCode, 0) << result.err;
    }
    EXPECT_EQ(countNamed(path, "Alpha"), 20000);
    EXPECT_EQ(countNamed(path, "Bravo"), 20000);
    EXPECT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "check", "--full"}).exitCode, 0);
}

TEST(TwoProcesses, RestoreReplacesTheBaseThroughSqliteEvenWhileAnotherProgramHasItOpen) {
    TempDir dir;
    const auto path = dir.file("restored.sqlite");
    const auto backup = dir.file("monday.sqlite");
    storage::openRepository(path)->addCustomer(person("Kept Customer"));
    ASSERT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "backup", backup}).exitCode, 0);

    // Another program has the base open and wrote after the backup: its changes sit in the journal (-wal).
    Turn wrote;
    Turn restored;
    Turn looked;
    const pid_t writer = child([&] {
        auto repository = storage::openRepository(path);
        repository->addCustomer(person("Added After The Backup"));
        wrote.give();
        restored.take();
        storage::CustomerFilter filter;
        filter.search = "Added After";
        // What the open connection sees after the restore: the backup, not its own earlier write.
        const bool sawBackup = repository->customerCount(filter) == 0;
        looked.give();
        _exit(sawBackup ? 0 : 1);
    });
    ASSERT_GE(writer, 0);
    ASSERT_TRUE(wrote.take());
    EXPECT_GT(fs::file_size(path + "-wal"), 0U);

    const auto refused = run(dir, RAPPORT_CLI, {"--db", path, "restore", backup});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("--yes"), std::string::npos) << refused.err;
    const auto result = run(dir, RAPPORT_CLI, {"--db", path, "restore", backup, "--yes"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    restored.give();
    ASSERT_TRUE(looked.take());
    int status = 0;
    waitpid(writer, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the open connection still saw its own write";

    EXPECT_EQ(countNamed(path, "Added After"), 0);
    EXPECT_EQ(countNamed(path, "Kept Customer"), 1);
    EXPECT_EQ(run(dir, RAPPORT_CLI, {"--db", path, "check", "--full"}).exitCode, 0);
}
