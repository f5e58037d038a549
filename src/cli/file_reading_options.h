#pragma once

#include "io/importer.h"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace rapport::cli {

/**
 * How a CSV file is read: the options `import` and `ltv --transactions` share, so both read a file the same
 * way (encoding, delimiter, header, date order, decimal separator, column corrections, placeholder ids).
 */
struct FileReadingArguments {
    std::vector<std::string> map;
    std::string encoding;
    std::string delimiter;
    std::string header;
    std::string dateOrder;
    std::string decimal;
    std::vector<std::string> anonymousIds;

    void addTo(CLI::App& command);
    /** Fills the options; throws std::invalid_argument naming a malformed --map. */
    void applyTo(io::ImportOptions& options) const;
};

/** The fields each kind's columns can map to, for a command's --help. */
std::string importFieldList();

} // namespace rapport::cli
