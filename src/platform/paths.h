#pragma once

#include <filesystem>
#include <string>

namespace rapport::platform {

/**
 * Rapport's data folder: $XDG_DATA_HOME/rapport, or ~/.local/share/rapport when XDG_DATA_HOME is unset
 * (the XDG base directory rule that QStandardPaths::AppDataLocation follows too). Not created here.
 */
std::filesystem::path dataDirectory();

/** The database used when no --db is given: <data folder>/rapport.sqlite. */
std::filesystem::path defaultDatabasePath();

/** Where named import mappings are kept: <data folder>/mappings. */
std::filesystem::path mappingDirectory();

/** Who is at work, for records of who merged or erased what: the login name ($USER), or "" when unknown. */
std::string userName();

/** Where the rotating log files go: <data folder>/logs. */
std::filesystem::path logDirectory();

} // namespace rapport::platform
