#pragma once

#include "core/currency.h"
#include "storage/repository.h"

#include <optional>
#include <string>
#include <string_view>

namespace rapport::app {

/**
 * A currency as a person types it (" sek", "PLN"). Throws core::ValidationError saying what is wrong: "ABC1"
 * is not three letters, "ABC" is not a currency of ISO 4217.
 */
core::Currency currencyFromText(std::string_view text);

/**
 * Who may change a database's currency: anyone with a desktop file (it is theirs); on a team database only an
 * admin (or the server's administrator), because every member's amounts change their meaning. The team
 * database enforces this itself; asking first lets a front end say so before the user chooses.
 */
bool mayChangeCurrency(storage::Repository& repository);

/**
 * Relabelling every amount of a database: from the currency it had (or none) to another. No amount is
 * converted; 12.50 PLN becomes 12.50 SEK. apply() and revert() each write in one transaction, and each first
 * checks that the stored currency is still the one it expects (storage::ConflictError otherwise, and the other
 * change is kept).
 */
class CurrencyChange {
public:
    CurrencyChange(std::optional<core::Currency> before, std::optional<core::Currency> after)
        : m_before(std::move(before))
        , m_after(std::move(after)) {}

    void apply(storage::Repository& repository) const { repository.setCurrency(m_before, m_after); }
    void revert(storage::Repository& repository) const { repository.setCurrency(m_after, m_before); }

    [[nodiscard]] const std::optional<core::Currency>& before() const { return m_before; }
    [[nodiscard]] const std::optional<core::Currency>& after() const { return m_after; }
    /** True when the database already has this currency: applying changes nothing. */
    [[nodiscard]] bool empty() const { return m_before == m_after; }

private:
    std::optional<core::Currency> m_before;
    std::optional<core::Currency> m_after;
};

/**
 * The change of the database's currency to `to`, from the one stored now. Throws RefusedError, in the user's
 * words, for a team member who is not an admin. Nothing is written until apply().
 */
CurrencyChange changeCurrency(storage::Repository& repository, const core::Currency& to);

/**
 * What a change means, for the person about to make it: "Amounts are not converted: every amount in <location>
 * will be shown in SEK (until now PLN)."
 */
std::string relabellingWarning(const std::string& location, const CurrencyChange& change);

} // namespace rapport::app
