#pragma once

#include <array>
#include <string>
#include <string_view>

namespace rapport::io::expect {

// What a rejected row's column was expected to hold (RowProblem::expected), in rapport_io's English. Named here,
// once, because the app says each of them in the user's language (ui/dialogs/import_texts.cpp): a text changed
// here and not there would reach the user in English, and the test of the app's import texts lists every one.

inline constexpr std::string_view kCleanText = "UTF-8 text without control characters (NUL, ...)";
inline constexpr std::string_view kWholeNumber = "a whole number";
inline constexpr std::string_view kDate = "a date such as 2024-03-07 or 07.03.2024";
inline constexpr std::string_view kCost = "an amount such as 120.50 (at most two decimals)";
inline constexpr std::string_view kHouseholdSize = "a whole number of people from 1 to 50";
inline constexpr std::string_view kYesOrNo = "yes or no";
inline constexpr std::string_view kCustomerKey = "the customer: a reference, a Rapport id or an e-mail address";
inline constexpr std::string_view kAmountTwoDecimals = "an amount such as 120.50 or 120,50 (at most two decimals)";
inline constexpr std::string_view kTransactionAmount = "an amount: a transaction needs one";
inline constexpr std::string_view kSatisfaction = "a whole number from -2 to 2";
inline constexpr std::string_view kAmount = "an amount such as 120.50 or 120,50";
inline constexpr std::string_view kUnitPrice = "a price such as 4.85 or 4,8533";
inline constexpr std::string_view kQuantity = "a number of units such as 3, -2 or 1.5";
inline constexpr std::string_view kDiscount = "an amount such as 5.00, or a percentage such as 10%";
inline constexpr std::string_view kAmountInRange = "an amount small enough to hold";
inline constexpr std::string_view kSaleAmount =
    "an amount: a sale needs one (an amount, or a quantity and a unit price)";
inline constexpr std::string_view kMargin = "an amount such as 12.50 or 12,50";
inline constexpr std::string_view kKnownCustomer = "no customer in the base has it (import the customers first)";
inline constexpr std::string_view kKnownCustomerOrCreate =
    "no customer in the base has it (import the customers first, or allow creating missing customers)";
inline constexpr std::string_view kCardName = "a name (FN, N or ORG): the card names nobody";

/** Every text above, for the test that each has the app's translation. */
inline constexpr std::array kAll{kCleanText,
                                 kWholeNumber,
                                 kDate,
                                 kCost,
                                 kHouseholdSize,
                                 kYesOrNo,
                                 kCustomerKey,
                                 kAmountTwoDecimals,
                                 kTransactionAmount,
                                 kSatisfaction,
                                 kAmount,
                                 kUnitPrice,
                                 kQuantity,
                                 kDiscount,
                                 kAmountInRange,
                                 kSaleAmount,
                                 kMargin,
                                 kKnownCustomer,
                                 kKnownCustomerOrCreate,
                                 kCardName};

/** A code column's expectation begins so, the codes after it: "one of b2c, b2b". */
inline constexpr std::string_view kOneOf = "one of ";

/**
 * A check of the core (core::FieldError::message) as a rejected row states it: the core quotes the value first
 * ("'x' is not an e-mail address ..."), and the row shows the value on its own.
 */
inline std::string withoutQuotedValue(std::string_view message) {
    if (message.starts_with('\'')) {
        if (const auto close = message.find("' ", 1); close != std::string_view::npos) {
            return std::string(message.substr(close + 2));
        }
    }
    return std::string(message);
}

} // namespace rapport::io::expect
