#pragma once

#include <filesystem>
#include <string>

namespace rapport::test {

/** A fresh folder under the system temp folder, removed with everything in it when the object goes. */
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

/** The bytes of a file, to prove that something left it unchanged. */
std::string readBytes(const std::string& path);
void writeBytes(const std::string& path, const std::string& bytes);

/** ../shared next to the repository, where the real data sets live; empty when absent. */
std::filesystem::path sharedDir();

} // namespace rapport::test
