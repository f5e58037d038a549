#include "cli/cli_context.h"

#include "app/currency_change.h"
#include "core/date.h"
#include "platform/locale.h"

#include <CLI/CLI.hpp>
#include <ostream>
#include <stdexcept>

namespace rapport::cli {

namespace {

std::string currencyDescribed(const std::optional<core::Currency>& currency) {
    return currency ? currency->code() : std::string("no currency");
}

} // namespace

std::unique_ptr<storage::Repository> CliContext::open(Access access) const {
    storage::OpenOptions options;
    options.createIfMissing = access == Access::Create;
    options.readOnly = access == Access::Read || access == Access::Inspect;
    options.acceptOlderSchema = access == Access::Inspect;
    options.busyLimit = std::chrono::seconds(waitSeconds);
    options.collation = collation;
    if (access == Access::Create) {
        // Checked before anything is opened: a typo in --currency creates no database.
        options.currency = currency.empty() ? core::currencyOfLocale(platform::monetaryLocaleName())
                                            : std::optional<core::Currency>(app::currencyFromText(currency));
    }
    if (err != nullptr) {
        // Said once, before the copy: on a large file the upgrade takes seconds, and the copy as much room as the file.
        options.upgradeProgress = [this, said = false](storage::UpgradeStep step, std::int64_t, std::int64_t) mutable {
            if (step == storage::UpgradeStep::BackingUp && !said) {
                said = true;
                *err << databasePath
                     << " was written by an older Rapport. It is upgraded now, after a copy of it is kept beside "
                        "it...\n"
                     << std::flush;
            }
            return true;
        };
    }
    auto repository = storage::openRepository(databasePath, options);
    if (const auto copy = repository->upgradeBackup(); !copy.empty() && err != nullptr) {
        *err << "Upgraded " << repository->location() << " for this version. The file as it was: " << copy << '\n';
    }
    if (repository->wasCreated() && err != nullptr) {
        *err << "Created a new, empty Rapport database at " << repository->location() << ".\n";
        *err << (options.currency ? "Its amounts are in " + options.currency->code() + "."
                                  : std::string("No currency is set (the locale names no country): amounts show as "
                                                "plain numbers until one is set with: rapport-cli currency --set "
                                                "CODE --yes"))
             << '\n';
    } else if (access == Access::Create && !currency.empty()) {
        if (const auto stored = repository->currency(); stored != options.currency) {
            throw std::runtime_error(repository->location() + " exists and its amounts are in " +
                                     currencyDescribed(stored) + "; --currency " + options.currency->code() +
                                     " applies only to a new database. To relabel its amounts: rapport-cli "
                                     "currency --set " +
                                     options.currency->code() + " --yes");
        }
    }
    return repository;
}

void addCurrencyOption(CLI::App& command, CliContext& context) {
    command.add_option("--currency", context.currency,
                       "ISO 4217 code of the currency a new database keeps its amounts in, e.g. PLN, SEK, EUR "
                       "(default: the locale's country's, e.g. PLN for pl_PL; none for C)");
}

std::string isoDateValidator(const std::string& text) {
    if (core::Date::parseIso(text)) {
        return {};
    }
    return "'" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2024-03-31";
}

} // namespace rapport::cli
