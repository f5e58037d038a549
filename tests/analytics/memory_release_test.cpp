// releaseFreedMemory hands freed heap pages back: after a whole-base step the app's resident size must fall, not
// stay at the step's peak. Checked by the process's resident size, which is what the user's system monitor shows.
#include "analytics/memory_release.h"

#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

[[maybe_unused]] double residentMiB() { // unused where the test is skipped
    std::ifstream statm("/proc/self/statm");
    long size = 0, resident = 0;
    statm >> size >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

TEST(MemoryRelease, FreedSmallBlocksLeaveTheResidentSet) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer's allocator keeps freed blocks in quarantine: nothing to hand back";
#else
    // 256 MiB in blocks of 1 KiB, touched; the last one stays, so the heap cannot simply shrink from its top.
    constexpr std::size_t kBlocks = 256 * 1024;
    std::vector<std::unique_ptr<char[]>> blocks;
    blocks.reserve(kBlocks);
    for (std::size_t i = 0; i < kBlocks; ++i) {
        blocks.push_back(std::make_unique<char[]>(1024));
        blocks.back()[0] = static_cast<char>(i);
        blocks.back()[1023] = static_cast<char>(i);
    }
    auto kept = std::move(blocks.back());
    blocks.pop_back();
    blocks.clear();
    blocks.shrink_to_fit();
    const double before = residentMiB();
    rapport::analytics::releaseFreedMemory();
    const double after = residentMiB();
    EXPECT_GT(before - after, 128.0) << "resident " << before << " MiB before, " << after << " MiB after";
    EXPECT_EQ(kept[0], static_cast<char>(kBlocks - 1));
#endif
}

} // namespace
