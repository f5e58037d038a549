// Disks that fill in the middle of a write, and read-only disks. On a full disk the command says so and exits 2
// when nothing was written, or exits 0 when all of it was; the database holds exactly one of the two, and no
// file is left looking complete when it is not. A read-only disk is read and checked, never changed. The disks
// are a small tmpfs and a read-only bind mount in a user and mount namespace of the test's own (unshare -rm),
// so the tests need neither root nor a spare partition.
#include "cli/cli_runner.h"
#include "storage/repository.h"
#include "support/temp_dir.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <iostream>
#include <string>

using namespace rapport;
using namespace rapport::test;
namespace fs = std::filesystem;

namespace {

struct StoredCounts {
    std::int64_t customers = 0;
    std::int64_t episodes = 0;
    bool operator==(const StoredCounts&) const = default;
};

StoredCounts storedCountsOf(const std::string& path) {
    storage::OpenOptions options;
    options.readOnly = true;
    const auto counts = storage::openRepository(path, options)->counts();
    return {counts.customers, counts.episodes};
}

/**
 * Runs `script` (sh) with $DISK a fresh tmpfs of `kib` KiB and $OUT a folder outside it; what the script copies
 * to $OUT stays after the namespace, and the disk, are gone. Returns what the script printed.
 */
RunResult onSmallDisk(const TempDir& dir, int kib, const std::string& script) {
    const auto disk = dir.file("disk");
    fs::create_directories(disk);
    const std::string inner = "mount -t tmpfs -o size=" + std::to_string(kib) + "k tmpfs " + shellQuote(disk) +
                              " || exit 99\nDISK=" + shellQuote(disk) + " OUT=" + shellQuote(dir.file("out")) +
                              " CLI=" + shellQuote(RAPPORT_CLI) + "\n" + script;
    return run(dir, "/usr/bin/unshare", {"-rm", "/bin/sh", "-c", inner});
}

int exitOf(const std::string& output, const std::string& label) {
    const auto at = output.find(label + "=");
    return at == std::string::npos ? -1 : std::stoi(output.substr(at + label.size() + 1));
}

class FullDiskTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_base = m_dir.file("base.sqlite");
        ASSERT_EQ(run(m_dir, RAPPORT_CLI, {"--db", m_base, "demo", "--customers", "150", "--seed", "3"}).exitCode, 0);
        fs::create_directories(m_dir.file("out"));
        ASSERT_EQ(onSmallDisk(m_dir, 64, "exit 0").exitCode, 0) << "cannot mount a tmpfs in a user namespace here";
    }
    TempDir m_dir;
    std::string m_base;
};

} // namespace

TEST_F(FullDiskTest, AnImportSaysTrulyWhetherItWasWritten) {
    const auto file = m_dir.file("transactions.csv");
    std::string text = "customer,date,amount\n";
    for (int i = 0; i < 6000; ++i) {
        text += "F" + std::to_string(i % 700) + ",2025-" + std::to_string(1 + i % 12) + "-" +
                std::to_string(1 + i % 28) + "," + std::to_string(5 + i % 300) + ".10\n";
    }
    writeBytes(file, text);
    const auto before = storedCountsOf(m_base);
    // What the whole import leaves on a disk with room: exit 0 must mean exactly this, not some of it.
    const auto reference = m_dir.file("reference.sqlite");
    fs::copy_file(m_base, reference);
    ASSERT_EQ(run(m_dir, RAPPORT_CLI, {"--db", reference, "import", "transactions", file, "--create-customers", "-q"})
                  .exitCode,
              0);
    const auto complete = storedCountsOf(reference);
    const auto baseKib = static_cast<int>(fs::file_size(m_base) / 1024);
    int wrote = 0;
    int refused = 0;
    // From a disk that barely holds the base to one that holds the import with room to spare.
    for (int extra = 16; extra <= 2048; extra = extra * 3 / 2) {
        const auto result =
            onSmallDisk(m_dir, baseKib + extra,
                        "cp " + shellQuote(m_base) +
                            " \"$DISK/db.sqlite\" || exit 98\n"
                            "\"$CLI\" --db \"$DISK/db.sqlite\" import transactions " +
                            shellQuote(file) +
                            " --create-customers -q --rejects \"$OUT/rejects.csv\" >/dev/null 2>\"$OUT/err\"\n"
                            "echo import=$?\n"
                            "rm -f \"$OUT\"/db.sqlite*; cp \"$DISK\"/db.sqlite* \"$OUT/\"\n");
        const std::string what = "disk of " + std::to_string(baseKib + extra) + " KiB";
        ASSERT_NE(exitOf(result.out, "import"), -1) << what << ": " << result.out << result.err;
        const int code = exitOf(result.out, "import");
        const auto message = readBytes(m_dir.file("out/err"));
        const auto db = m_dir.file("out/db.sqlite");
        const auto check = run(m_dir, RAPPORT_CLI, {"--db", db, "check", "--full"});
        EXPECT_EQ(check.exitCode, 0) << what << ":\n" << check.out;
        const auto after = storedCountsOf(db);
        if (code == 0) {
            ++wrote;
            EXPECT_EQ(after, complete) << what << ": exit 0, but not every row is there";
        } else {
            ++refused;
            EXPECT_EQ(code, 2) << what << ": " << message;
            EXPECT_EQ(after, before) << what << ": it failed, yet the base changed";
            EXPECT_NE(message.find("full"), std::string::npos) << what << ": " << message;
        }
    }
    std::cout << "disk sizes tried: " << wrote + refused << "; the import wrote every row on " << wrote
              << ", refused with nothing written on " << refused << '\n';
    EXPECT_GT(wrote, 0);
    EXPECT_GT(refused, 0);
}

TEST_F(FullDiskTest, ExportsReportsAndBackupsLeaveNoFileThatLooksComplete) {
    struct Output {
        std::string name;
        std::vector<std::string> arguments; // DEST stands for the file on the small disk
    };
    const std::vector<Output> outputs{
        {"customers.xlsx", {"export", "customers", "-o", "DEST"}},
        {"episodes.csv", {"export", "episodes", "-o", "DEST"}},
        {"loyalty.pdf", {"report", "loyalty", "-o", "DEST"}},
        {"profitability.html", {"report", "profitability", "-o", "DEST"}},
        {"backup.sqlite", {"backup", "DEST"}},
    };
    for (const auto& output : outputs) {
        std::string command = "\"$CLI\" --db " + shellQuote(m_base);
        for (const auto& argument : output.arguments) {
            command += " " + (argument == "DEST" ? "\"$DISK/" + output.name + "\"" : shellQuote(argument));
        }
        // A disk far smaller than the output, and one with room for it: the first fails, the second writes.
        for (const int kib : {24, 8192}) {
            const auto result =
                onSmallDisk(m_dir, kib, command + " >/dev/null 2>\"$OUT/err\"\necho code=$?\nls \"$DISK\"\n");
            const std::string what = output.name + " on " + std::to_string(kib) + " KiB";
            const int code = exitOf(result.out, "code");
            const auto message = readBytes(m_dir.file("out/err"));
            const bool listed = result.out.find("\n" + output.name + "\n") != std::string::npos;
            if (kib == 24) {
                EXPECT_EQ(code, 2) << what << ": " << message;
                EXPECT_FALSE(listed) << what << ": a partial file is left under the final name";
                EXPECT_EQ(result.out.find(".partial"), std::string::npos) << what << ": " << result.out;
                EXPECT_NE(message.find("full"), std::string::npos) << what << ": " << message;
                EXPECT_EQ(message.find(".partial.partial"), std::string::npos) << what << ": " << message;
            } else {
                EXPECT_EQ(code, 0) << what << ": " << message;
                EXPECT_TRUE(listed) << what << ": " << result.out;
            }
        }
    }
}

TEST_F(FullDiskTest, ABaseOnAReadOnlyDiskIsReadAndCheckedButNeverChanged) {
    const auto folder = m_dir.file("readonly");
    fs::create_directories(folder);
    const auto db = folder + "/base.sqlite";
    fs::copy_file(m_base, db);
    const auto bytes = readBytes(db);
    const std::string cli = shellQuote(RAPPORT_CLI) + " --db " + shellQuote(db);
    const auto result = onSmallDisk(m_dir, 64,
                                    "mount --bind " + shellQuote(folder) + " " + shellQuote(folder) +
                                        " && mount -o remount,bind,ro " + shellQuote(folder) + " || exit 97\n" + cli +
                                        " customers --limit 3 >/dev/null 2>\"$OUT/err1\"; echo read=$?\n" + cli +
                                        " check >\"$OUT/check\" 2>&1; echo check=$?\n" + cli +
                                        " ladder --set 1 --stage client --reason x >/dev/null 2>\"$OUT/err2\"; "
                                        "echo write=$?\n");
    EXPECT_EQ(exitOf(result.out, "read"), 0) << readBytes(m_dir.file("out/err1"));
    EXPECT_EQ(exitOf(result.out, "check"), 0) << readBytes(m_dir.file("out/check"));
    EXPECT_NE(readBytes(m_dir.file("out/check")).find("not verified"), std::string::npos);
    EXPECT_EQ(exitOf(result.out, "write"), 2);
    EXPECT_NE(readBytes(m_dir.file("out/err2")).find("read-only disk"), std::string::npos)
        << readBytes(m_dir.file("out/err2"));
    EXPECT_EQ(readBytes(db), bytes);
}
