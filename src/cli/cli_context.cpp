#include "cli/cli_context.h"

#include "core/date.h"

namespace rapport::cli {

std::unique_ptr<storage::Repository> CliContext::open(bool create) const {
    storage::OpenOptions options;
    options.createIfMissing = create;
    return storage::openRepository(databasePath, options);
}

std::string isoDateValidator(const std::string& text) {
    if (core::Date::parseIso(text)) {
        return {};
    }
    return "'" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2024-03-31";
}

} // namespace rapport::cli
