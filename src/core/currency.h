#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rapport::core {

/**
 * The currency every amount of a database is in, as its ISO 4217 code ("PLN", "SEK"). A database keeps one:
 * core::Money holds minor units of it, and changing it relabels the amounts without converting them.
 *
 * Only a well-formed code (three capital letters) can be held. Codes people choose must also be in ISO 4217's
 * list (parse()): a typo such as "PNL" would otherwise relabel every amount of a base with a code no reader
 * knows. Codes read back from a database need only be well formed (fromStored()), so a currency added to ISO
 * 4217 after this program was built, and chosen in a newer Rapport, still shows.
 */
class Currency {
public:
    /**
     * A currency as a person types it: an ISO 4217 code in any letter case, spaces around it ignored
     * (" sek" is SEK). Nothing for text that is not three letters ("ABC1", "zł") or a code ISO 4217 does not
     * list ("ABC", "PNL").
     */
    static std::optional<Currency> parse(std::string_view text);
    /** A code as a database stores it: any three capital letters A-Z; nothing otherwise. */
    static std::optional<Currency> fromStored(std::string_view code);

    [[nodiscard]] const std::string& code() const { return m_code; }
    /** True when ISO 4217 lists the code (as this program knows the list). */
    [[nodiscard]] bool isKnown() const;

    bool operator==(const Currency&) const = default;

private:
    explicit Currency(std::string code)
        : m_code(std::move(code)) {}
    std::string m_code;
};

/** Three capital ASCII letters: the shape of every ISO 4217 code. */
bool isWellFormedCurrencyCode(std::string_view code);

/**
 * The ISO 4217 codes this program knows, sorted: the currencies in use and a few recently withdrawn ones whose
 * amounts may still be in a base (HRK, SLL ...); no funds, metals or testing codes (XAU, XTS).
 */
std::span<const std::string_view> knownCurrencyCodes();

/**
 * The currency of the country a locale names: "pl_PL.UTF-8" -> PLN, "sv_SE" -> SEK, "en-GB" -> GBP,
 * "de_AT@euro" -> EUR, "de_CH" -> CHF. A bare language whose speakers share one currency counts too ("pl",
 * "sv", "ru", "uk"). Nothing for "C", "POSIX", a bare language such as "en" or "de", or a country not listed.
 * Takes POSIX locale names (LANG, LC_MONETARY) and Qt's / BCP 47 ones alike, so both front ends share it.
 */
std::optional<Currency> currencyOfLocale(std::string_view localeName);

} // namespace rapport::core
