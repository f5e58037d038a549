#include "cli/cli_context.h"

#include "core/date.h"

#include <ostream>

namespace rapport::cli {

std::unique_ptr<storage::Repository> CliContext::open(Access access) const {
    storage::OpenOptions options;
    options.createIfMissing = access == Access::Create;
    options.readOnly = access == Access::Read || access == Access::Inspect;
    options.acceptOlderSchema = access == Access::Inspect;
    options.busyLimit = std::chrono::seconds(waitSeconds);
    options.collation = collation;
    auto repository = storage::openRepository(databasePath, options);
    if (repository->wasCreated() && err != nullptr) {
        *err << "Created a new, empty Rapport database at " << repository->location() << ".\n";
    }
    return repository;
}

std::string isoDateValidator(const std::string& text) {
    if (core::Date::parseIso(text)) {
        return {};
    }
    return "'" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2024-03-31";
}

} // namespace rapport::cli
