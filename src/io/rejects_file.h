#pragma once

#include "io/importer.h"

#include <cstddef>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/**
 * The rejects file: for a CSV the original header and lines with an import_problem column, for a vCard the
 * cards with their problem, written beside as
 * FILE.partial and renamed when complete, so a crash never leaves half a rejects file under the real name.
 * An empty path writes nothing (a dry run).
 */
class RejectsFile {
public:
    explicit RejectsFile(std::string path);
    ~RejectsFile();
    RejectsFile(const RejectsFile&) = delete;
    RejectsFile& operator=(const RejectsFile&) = delete;

    /** Adds one rejected line with its reason; a short row first gets the fields it lacks, empty. */
    void add(std::string_view header, char delimiter, std::string_view raw, const std::string& reason,
             std::size_t missingFields = 0);
    /** Adds a rejected record as it is to be written: a whole vCard with its problem property. */
    void addText(std::string_view text);
    /** Renames the finished file into place; returns its path, or empty when nothing was rejected. */
    std::string finish();

private:
    /** Opens FILE.partial on the first reject; false when nothing is to be written. */
    bool openIfNeeded(bool& opened);

    std::string m_path;
    std::ofstream m_out;
};

/** The problems of one row as one reason for the rejects file's import_problem column. */
std::string joinedProblems(const std::vector<RowProblem>& problems);

} // namespace rapport::io
