#include "core/currency.h"

#include <algorithm>
#include <array>

namespace rapport::core {

namespace {

using namespace std::string_view_literals;

// ISO 4217 (list one, 2024), sorted for binary search. Kept: withdrawn codes whose amounts may still be in
// a base (CUC, HRK, SLL, ZWL). Left out: funds (BOV, CHE, CLF ...), metals (XAU ...), XDR and testing codes.
constexpr std::array kKnownCodes{
    "AED"sv, "AFN"sv, "ALL"sv, "AMD"sv, "ANG"sv, "AOA"sv, "ARS"sv, "AUD"sv, "AWG"sv, "AZN"sv, "BAM"sv, "BBD"sv, "BDT"sv,
    "BGN"sv, "BHD"sv, "BIF"sv, "BMD"sv, "BND"sv, "BOB"sv, "BRL"sv, "BSD"sv, "BTN"sv, "BWP"sv, "BYN"sv, "BZD"sv, "CAD"sv,
    "CDF"sv, "CHF"sv, "CLP"sv, "CNY"sv, "COP"sv, "CRC"sv, "CUC"sv, "CUP"sv, "CVE"sv, "CZK"sv, "DJF"sv, "DKK"sv, "DOP"sv,
    "DZD"sv, "EGP"sv, "ERN"sv, "ETB"sv, "EUR"sv, "FJD"sv, "FKP"sv, "GBP"sv, "GEL"sv, "GHS"sv, "GIP"sv, "GMD"sv, "GNF"sv,
    "GTQ"sv, "GYD"sv, "HKD"sv, "HNL"sv, "HRK"sv, "HTG"sv, "HUF"sv, "IDR"sv, "ILS"sv, "INR"sv, "IQD"sv, "IRR"sv, "ISK"sv,
    "JMD"sv, "JOD"sv, "JPY"sv, "KES"sv, "KGS"sv, "KHR"sv, "KMF"sv, "KPW"sv, "KRW"sv, "KWD"sv, "KYD"sv, "KZT"sv, "LAK"sv,
    "LBP"sv, "LKR"sv, "LRD"sv, "LSL"sv, "LYD"sv, "MAD"sv, "MDL"sv, "MGA"sv, "MKD"sv, "MMK"sv, "MNT"sv, "MOP"sv, "MRU"sv,
    "MUR"sv, "MVR"sv, "MWK"sv, "MXN"sv, "MYR"sv, "MZN"sv, "NAD"sv, "NGN"sv, "NIO"sv, "NOK"sv, "NPR"sv, "NZD"sv, "OMR"sv,
    "PAB"sv, "PEN"sv, "PGK"sv, "PHP"sv, "PKR"sv, "PLN"sv, "PYG"sv, "QAR"sv, "RON"sv, "RSD"sv, "RUB"sv, "RWF"sv, "SAR"sv,
    "SBD"sv, "SCR"sv, "SDG"sv, "SEK"sv, "SGD"sv, "SHP"sv, "SLE"sv, "SLL"sv, "SOS"sv, "SRD"sv, "SSP"sv, "STN"sv, "SVC"sv,
    "SYP"sv, "SZL"sv, "THB"sv, "TJS"sv, "TMT"sv, "TND"sv, "TOP"sv, "TRY"sv, "TTD"sv, "TWD"sv, "TZS"sv, "UAH"sv, "UGX"sv,
    "USD"sv, "UYU"sv, "UZS"sv, "VED"sv, "VES"sv, "VND"sv, "VUV"sv, "WST"sv, "XAF"sv, "XCD"sv, "XCG"sv, "XOF"sv, "XPF"sv,
    "YER"sv, "ZAR"sv, "ZMW"sv, "ZWG"sv, "ZWL"sv,
};

struct Territory {
    std::string_view country; // ISO 3166 alpha-2, as in "pl_PL"
    std::string_view currency;
};

// Rapport's users' countries and their neighbours; the euro area in full. A country not here gives no default:
// the person creating a database chooses.
constexpr std::array kTerritories{
    Territory{"AD", "EUR"}, Territory{"AL", "ALL"}, Territory{"AM", "AMD"}, Territory{"AT", "EUR"},
    Territory{"AU", "AUD"}, Territory{"AZ", "AZN"}, Territory{"BA", "BAM"}, Territory{"BE", "EUR"},
    Territory{"BG", "BGN"}, Territory{"BY", "BYN"}, Territory{"CA", "CAD"}, Territory{"CH", "CHF"},
    Territory{"CN", "CNY"}, Territory{"CY", "EUR"}, Territory{"CZ", "CZK"}, Territory{"DE", "EUR"},
    Territory{"DK", "DKK"}, Territory{"EE", "EUR"}, Territory{"ES", "EUR"}, Territory{"FI", "EUR"},
    Territory{"FR", "EUR"}, Territory{"GB", "GBP"}, Territory{"GE", "GEL"}, Territory{"GR", "EUR"},
    Territory{"HR", "EUR"}, Territory{"HU", "HUF"}, Territory{"IE", "EUR"}, Territory{"IL", "ILS"},
    Territory{"IN", "INR"}, Territory{"IS", "ISK"}, Territory{"IT", "EUR"}, Territory{"JP", "JPY"},
    Territory{"KZ", "KZT"}, Territory{"LI", "CHF"}, Territory{"LT", "EUR"}, Territory{"LU", "EUR"},
    Territory{"LV", "EUR"}, Territory{"MC", "EUR"}, Territory{"MD", "MDL"}, Territory{"ME", "EUR"},
    Territory{"MK", "MKD"}, Territory{"MT", "EUR"}, Territory{"NL", "EUR"}, Territory{"NO", "NOK"},
    Territory{"NZ", "NZD"}, Territory{"PL", "PLN"}, Territory{"PT", "EUR"}, Territory{"RO", "RON"},
    Territory{"RS", "RSD"}, Territory{"RU", "RUB"}, Territory{"SE", "SEK"}, Territory{"SI", "EUR"},
    Territory{"SK", "EUR"}, Territory{"SM", "EUR"}, Territory{"TR", "TRY"}, Territory{"UA", "UAH"},
    Territory{"US", "USD"}, Territory{"VA", "EUR"}, Territory{"XK", "EUR"},
};

// A locale without a country ("pl"): languages spoken in one currency's country only, as far as a default goes.
constexpr std::array kLanguages{
    Territory{"cs", "CZK"}, Territory{"da", "DKK"}, Territory{"hu", "HUF"}, Territory{"is", "ISK"},
    Territory{"nb", "NOK"}, Territory{"nn", "NOK"}, Territory{"no", "NOK"}, Territory{"pl", "PLN"},
    Territory{"ru", "RUB"}, Territory{"sv", "SEK"}, Territory{"uk", "UAH"},
};

bool isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

char upper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

std::optional<std::string_view> lookUp(std::span<const Territory> table, std::string_view key) {
    const auto found = std::find_if(table.begin(), table.end(), [&](const Territory& t) { return t.country == key; });
    return found == table.end() ? std::nullopt : std::optional<std::string_view>(found->currency);
}

} // namespace

bool isWellFormedCurrencyCode(std::string_view code) {
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::span<const std::string_view> knownCurrencyCodes() {
    return kKnownCodes;
}

std::optional<Currency> Currency::parse(std::string_view text) {
    text = trimmed(text);
    if (text.size() != 3 || !std::all_of(text.begin(), text.end(), isAsciiLetter)) {
        return std::nullopt;
    }
    std::string code;
    std::transform(text.begin(), text.end(), std::back_inserter(code), upper);
    Currency currency(std::move(code));
    return currency.isKnown() ? std::optional<Currency>(std::move(currency)) : std::nullopt;
}

std::optional<Currency> Currency::fromStored(std::string_view code) {
    return isWellFormedCurrencyCode(code) ? std::optional<Currency>(Currency(std::string(code))) : std::nullopt;
}

bool Currency::isKnown() const {
    return std::binary_search(kKnownCodes.begin(), kKnownCodes.end(), std::string_view(m_code));
}

std::optional<Currency> currencyOfLocale(std::string_view localeName) {
    // "ll_CC.codeset@modifier" (POSIX) or "ll-Scrp-CC" (BCP 47): the codeset and modifier say nothing of money.
    localeName = localeName.substr(0, std::min(localeName.find('.'), localeName.find('@')));
    std::string language;
    std::string country;
    std::size_t start = 0;
    for (int part = 0; start <= localeName.size(); ++part) {
        const auto end = std::min(localeName.find_first_of("_-", start), localeName.size());
        const auto piece = localeName.substr(start, end - start);
        if (part == 0) {
            std::transform(piece.begin(), piece.end(), std::back_inserter(language), lower);
        } else if (piece.size() == 2 && std::all_of(piece.begin(), piece.end(), isAsciiLetter)) {
            std::transform(piece.begin(), piece.end(), std::back_inserter(country), upper);
            break;
        }
        start = end + 1;
    }
    const auto code = country.empty() ? lookUp(kLanguages, language) : lookUp(kTerritories, country);
    return code ? Currency::fromStored(*code) : std::nullopt;
}

} // namespace rapport::core
