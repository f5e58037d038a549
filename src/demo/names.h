#pragma once

#include <span>
#include <string_view>

namespace rapport::demo {

/** A given name as written in its own script and in Latin letters (for e-mail addresses). */
struct GivenName {
    std::string_view native;
    std::string_view latin;
    bool female = false;
};

/** A family name in its masculine and feminine forms (the same in Swedish and English). */
struct FamilyName {
    std::string_view masculine;
    std::string_view feminine;
    std::string_view latinMasculine;
    std::string_view latinFeminine;
};

/** Name pools of the product's users' languages: Polish, Russian, Ukrainian, Swedish, and English. */
struct Locale {
    std::string_view country;
    std::string_view phonePrefix;
    std::span<const GivenName> givenNames;
    std::span<const FamilyName> familyNames;
    std::span<const std::string_view> cities;
    std::span<const std::string_view> streets;
    std::string_view emailDomain;
    std::span<const std::string_view> companyForms; // legal forms written after the name: "Sp. z o.o.", "AB"
    std::string_view postcodePattern;               // '#' a digit, 'L' a capital letter: "##-###" in Poland
};

std::span<const Locale> locales();
std::span<const std::string_view> companyStems();
std::span<const std::string_view> companyTrades();
std::span<const std::string_view> interestTags();
std::span<const std::string_view> salesManagers();
std::span<const std::string_view> consumerSegments();
std::span<const std::string_view> businessSegments();
std::span<const std::string_view> contactRoles();
std::span<const std::string_view> partnerNames();

} // namespace rapport::demo
