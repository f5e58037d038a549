#include "app/currency_change.h"

#include "app/edit.h"
#include "core/validation.h"

#include <algorithm>

namespace rapport::app {

namespace {

bool isThreeLetters(std::string_view text) {
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    return text.size() == 3 && std::all_of(text.begin(), text.end(),
                                           [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

} // namespace

core::Currency currencyFromText(std::string_view text) {
    if (auto currency = core::Currency::parse(text)) {
        return *currency;
    }
    const std::string quoted = "\"" + std::string(text) + "\"";
    throw core::ValidationError(
        "currency",
        {{"code", isThreeLetters(text) ? quoted + " is not a currency of ISO 4217; expected a code such as PLN, SEK, "
                                                  "EUR, USD, GBP, RUB or UAH"
                                       : quoted + " is not a currency code; expected three letters of ISO 4217 such as "
                                                  "PLN, SEK, EUR, USD, GBP, RUB or UAH"}});
}

bool mayChangeCurrency(storage::Repository& repository) {
    const auto session = repository.teamSession();
    // The server's administrator and the schema's owner are bound by no policy: the database lets them too.
    return !session || session->role == "admin" || session->role == "superuser" || session->role == "owner";
}

CurrencyChange changeCurrency(storage::Repository& repository, const core::Currency& to) {
    if (!mayChangeCurrency(repository)) {
        const auto session = repository.teamSession();
        throw RefusedError("only a team admin can change the currency of the team database; you are signed in as " +
                           session->login + " (" + session->role + "). Ask an admin of your team.");
    }
    return {repository.currency(), to};
}

std::string relabellingWarning(const std::string& location, const CurrencyChange& change) {
    const std::string to = change.after() ? change.after()->code() : std::string("no currency (plain numbers)");
    std::string text = "Amounts are not converted: every amount in " + location + " will be shown in " + to;
    text += change.before() ? " (until now " + change.before()->code() + ")."
                            : " (until now no currency was set; amounts were plain numbers).";
    text += " An amount of 12.50 stays 12.50; only its currency's label changes.";
    return text;
}

} // namespace rapport::app
