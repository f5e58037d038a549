#include "io/rejects_file.h"

#include "core/csv.h"

#include <filesystem>

namespace rapport::io {

RejectsFile::RejectsFile(std::string path)
    : m_path(std::move(path)) {
}

RejectsFile::~RejectsFile() {
    if (m_out.is_open()) {
        m_out.close();
        std::error_code ignored;
        std::filesystem::remove(m_path + ".partial", ignored);
    }
}

bool RejectsFile::openIfNeeded(bool& opened) {
    opened = false;
    if (m_path.empty()) {
        return false;
    }
    if (!m_out.is_open()) {
        m_out.open(m_path + ".partial", std::ios::binary | std::ios::trunc);
        if (!m_out) {
            throw ImportError(ImportStop::RejectsNotWritten, m_path, "cannot write the rejects file " + m_path);
        }
        opened = true;
    }
    return true;
}

void RejectsFile::add(std::string_view header, char delimiter, std::string_view raw, const std::string& reason,
                      std::size_t missingFields) {
    bool opened = false;
    if (!openIfNeeded(opened)) {
        return;
    }
    if (opened && !header.empty()) {
        m_out << header << delimiter << "import_problem\r\n";
    }
    // A short row gets empty fields first, so the reason lands in the import_problem column.
    m_out << raw << std::string(missingFields, delimiter) << delimiter << core::csvText(reason) << "\r\n";
}

void RejectsFile::addText(std::string_view text) {
    bool opened = false;
    if (openIfNeeded(opened)) {
        m_out << text;
    }
}

std::string RejectsFile::finish() {
    if (!m_out.is_open()) {
        return {};
    }
    m_out.close();
    if (!m_out) {
        throw ImportError(ImportStop::RejectsNotWritten, m_path,
                          "writing the rejects file " + m_path + " failed (disk full?)");
    }
    std::error_code renamed;
    std::filesystem::rename(m_path + ".partial", m_path, renamed);
    if (renamed) {
        throw ImportError(ImportStop::RejectsNotWritten, m_path,
                          "the rejects file " + m_path + " cannot take its place: " + renamed.message());
    }
    return m_path;
}

std::string joinedProblems(const std::vector<RowProblem>& problems) {
    std::string text;
    for (const auto& p : problems) {
        text += (text.empty() ? "" : "; ") + p.describe();
    }
    return text;
}

} // namespace rapport::io
