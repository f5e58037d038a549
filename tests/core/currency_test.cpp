// The currency as a value: what a person may type, what a database may hold, and the default of a locale.
#include "core/currency.h"

#include <algorithm>
#include <gtest/gtest.h>

using rapport::core::Currency;
using rapport::core::currencyOfLocale;

namespace {

std::string codeOf(const std::optional<Currency>& currency) {
    return currency ? currency->code() : std::string("(none)");
}

} // namespace

TEST(Currency, TakesTheCodesOfTheBusinessesCountriesInAnyCase) {
    for (const char* code : {"PLN", "RUB", "UAH", "SEK", "EUR", "USD", "GBP", "NOK", "DKK", "CZK", "CHF"}) {
        EXPECT_EQ(codeOf(Currency::parse(code)), code);
    }
    EXPECT_EQ(codeOf(Currency::parse("sek")), "SEK");
    EXPECT_EQ(codeOf(Currency::parse(" Pln ")), "PLN");
    EXPECT_EQ(codeOf(Currency::parse("JPY")), "JPY"); // any currency ISO 4217 lists, not only the offered ones
}

TEST(Currency, RefusesWhatIsNotACurrencyOfIso4217) {
    for (const char* text : {"", "PL", "PLNN", "ABC1", "AB1", "zł", "€", "P N", "ABC", "PNL", "XXX", "XAU"}) {
        EXPECT_FALSE(Currency::parse(text).has_value()) << text;
    }
}

TEST(Currency, ReadsAnyWellFormedStoredCodeSoANewerCurrencyStillShows) {
    EXPECT_EQ(codeOf(Currency::fromStored("ABC")), "ABC"); // not known here, but three capitals
    EXPECT_FALSE(Currency::fromStored("ABC")->isKnown());
    EXPECT_TRUE(Currency::fromStored("PLN")->isKnown());
    for (const char* text : {"pln", "PL", "PLNX", " PLN", "P1N", ""}) {
        EXPECT_FALSE(Currency::fromStored(text).has_value()) << text;
    }
}

TEST(Currency, TheKnownListIsSortedAndWellFormed) {
    const auto codes = rapport::core::knownCurrencyCodes();
    EXPECT_GT(codes.size(), 150U);
    EXPECT_TRUE(std::is_sorted(codes.begin(), codes.end()));
    EXPECT_EQ(std::adjacent_find(codes.begin(), codes.end()), codes.end());
    for (const auto code : codes) {
        EXPECT_TRUE(rapport::core::isWellFormedCurrencyCode(code)) << code;
    }
}

TEST(Currency, ALocalesCountryGivesTheDefault) {
    EXPECT_EQ(codeOf(currencyOfLocale("pl_PL.UTF-8")), "PLN");
    EXPECT_EQ(codeOf(currencyOfLocale("sv_SE")), "SEK");
    EXPECT_EQ(codeOf(currencyOfLocale("ru_RU.UTF-8")), "RUB");
    EXPECT_EQ(codeOf(currencyOfLocale("uk_UA")), "UAH");
    EXPECT_EQ(codeOf(currencyOfLocale("en_GB.UTF-8")), "GBP");
    EXPECT_EQ(codeOf(currencyOfLocale("en_US")), "USD");
    EXPECT_EQ(codeOf(currencyOfLocale("de_DE.UTF-8")), "EUR");
    EXPECT_EQ(codeOf(currencyOfLocale("fr_FR")), "EUR");
    EXPECT_EQ(codeOf(currencyOfLocale("de_AT@euro")), "EUR");
    EXPECT_EQ(codeOf(currencyOfLocale("de_CH")), "CHF");
    EXPECT_EQ(codeOf(currencyOfLocale("sv_FI")), "EUR"); // the country decides, not the language
    EXPECT_EQ(codeOf(currencyOfLocale("en-GB")), "GBP"); // BCP 47, as Qt and browsers write it
    EXPECT_EQ(codeOf(currencyOfLocale("sr-Latn-RS")), "RSD");
    EXPECT_EQ(codeOf(currencyOfLocale("pl")), "PLN");
    EXPECT_EQ(codeOf(currencyOfLocale("uk")), "UAH");
}

TEST(Currency, NoDefaultWithoutACountryThatSaysWhich) {
    for (const char* name : {"", "C", "C.UTF-8", "POSIX", "en", "de", "en_001", "zz_ZZ"}) {
        EXPECT_FALSE(currencyOfLocale(name).has_value()) << name;
    }
}
