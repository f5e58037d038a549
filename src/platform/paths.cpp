#include "platform/paths.h"

#include <cstdlib>

namespace rapport::platform {

std::filesystem::path dataDirectory() {
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && xdg[0] == '/') {
        return std::filesystem::path(xdg) / "rapport";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && home[0] != '\0') {
        return std::filesystem::path(home) / ".local" / "share" / "rapport";
    }
    return std::filesystem::current_path() / "rapport-data";
}

std::filesystem::path defaultDatabasePath() {
    return dataDirectory() / "rapport.sqlite";
}

std::filesystem::path mappingDirectory() {
    return dataDirectory() / "mappings";
}

std::string userName() {
    const char* user = std::getenv("USER");
    return user != nullptr ? user : "";
}

std::filesystem::path logDirectory() {
    return dataDirectory() / "logs";
}

} // namespace rapport::platform
