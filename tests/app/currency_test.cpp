// Changing the database's currency through the application layer both front ends call: what a person may type,
// the change and its undo, and a change made meanwhile elsewhere. On an SQLite file and on the PostgreSQL test
// server (as its administrator, who may).
#include "app/currency_change.h"
#include "core/validation.h"
#include "storage/errors.h"
#include "support/test_database.h"

#include <gtest/gtest.h>

namespace rapport::app {
namespace {

std::string codeOf(const std::optional<core::Currency>& c) {
    return c ? c->code() : std::string("(none)");
}

std::string refusalOf(std::string_view text) {
    try {
        currencyFromText(text);
    } catch (const core::ValidationError& error) {
        return error.errors().at(0).message;
    }
    return "(accepted)";
}

class CurrencyChangeTest : public ::testing::Test {
protected:
    void SetUp() override { repository = storage::openRepository(database.location()); }

    test::TestDatabase database;
    std::unique_ptr<storage::Repository> repository;
};

TEST(CurrencyFromText, TakesCodesAsPeopleTypeThem) {
    EXPECT_EQ(currencyFromText("SEK").code(), "SEK");
    EXPECT_EQ(currencyFromText(" pln ").code(), "PLN");
    EXPECT_EQ(currencyFromText("Uah").code(), "UAH");
}

TEST(CurrencyFromText, SaysWhatIsWrong) {
    EXPECT_NE(refusalOf("ABC1").find("is not a currency code; expected three letters of ISO 4217"), std::string::npos)
        << refusalOf("ABC1");
    EXPECT_NE(refusalOf("zł").find("is not a currency code"), std::string::npos);
    EXPECT_NE(refusalOf("").find("is not a currency code"), std::string::npos);
    // Three letters, but no currency: a typo would relabel every amount with a code nobody knows.
    EXPECT_NE(refusalOf("PNL").find("\"PNL\" is not a currency of ISO 4217"), std::string::npos) << refusalOf("PNL");
}

TEST_F(CurrencyChangeTest, AChangeRelabelsAndItsUndoPutsTheOldCurrencyBack) {
    EXPECT_TRUE(mayChangeCurrency(*repository)); // a desktop file is its user's; the server's administrator may too
    const auto first = changeCurrency(*repository, currencyFromText("PLN"));
    EXPECT_EQ(codeOf(first.before()), "(none)");
    first.apply(*repository);
    EXPECT_EQ(codeOf(repository->currency()), "PLN");

    const auto second = changeCurrency(*repository, currencyFromText("SEK"));
    EXPECT_EQ(codeOf(second.before()), "PLN");
    EXPECT_FALSE(second.empty());
    second.apply(*repository);
    EXPECT_EQ(codeOf(repository->currency()), "SEK");
    second.revert(*repository);
    EXPECT_EQ(codeOf(repository->currency()), "PLN");
    second.apply(*repository); // redo
    EXPECT_EQ(codeOf(repository->currency()), "SEK");

    EXPECT_TRUE(changeCurrency(*repository, currencyFromText("SEK")).empty());
}

TEST_F(CurrencyChangeTest, AnUndoAfterSomeoneElsesChangeIsRefusedAndTheirsKept) {
    const auto change = changeCurrency(*repository, currencyFromText("EUR"));
    change.apply(*repository);
    auto elsewhere = storage::openRepository(database.location());
    changeCurrency(*elsewhere, currencyFromText("GBP")).apply(*elsewhere);
    EXPECT_THROW(change.revert(*repository), storage::ConflictError);
    EXPECT_EQ(codeOf(repository->currency()), "GBP");
}

TEST(RelabellingWarning, SaysNothingIsConverted) {
    const CurrencyChange change(core::Currency::parse("PLN"), core::Currency::parse("SEK"));
    const auto text = relabellingWarning("base.sqlite", change);
    EXPECT_NE(text.find("Amounts are not converted: every amount in base.sqlite will be shown in SEK (until now "
                        "PLN)."),
              std::string::npos)
        << text;
    const CurrencyChange first(std::nullopt, core::Currency::parse("UAH"));
    EXPECT_NE(relabellingWarning("base.sqlite", first).find("until now no currency was set"), std::string::npos);
}

} // namespace
} // namespace rapport::app
