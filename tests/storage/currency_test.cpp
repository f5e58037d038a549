// The database's currency, on an SQLite file and (RAPPORT_TEST_POSTGRES) on the team database: chosen at creation,
// read back after reopening, changed with a check against a change made meanwhile, carried by a copy.
#include "storage/database_copy.h"
#include "storage/errors.h"
#include "storage/fixtures.h"

#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

core::Currency currency(const char* code) {
    return core::Currency::parse(code).value();
}

std::string codeOf(const std::optional<core::Currency>& c) {
    return c ? c->code() : std::string("(none)");
}

class CurrencyTest : public RepositoryTest {};

} // namespace

TEST_F(CurrencyTest, ADatabaseCreatedWithoutOneHasNoCurrency) {
    EXPECT_EQ(codeOf(repo().currency()), "(none)");
    EXPECT_EQ(rawInt("SELECT count(*) FROM rapport_meta WHERE key = 'currency'"), 0);
    // What every database had before: the minor units beside it are still there.
    EXPECT_EQ(rawInt("SELECT count(*) FROM rapport_meta WHERE key = 'currency_minor_units'"), 1);
}

TEST_F(CurrencyTest, ADatabaseKeepsTheCurrencyItWasCreatedWith) {
    TestDatabase fresh;
    storage::OpenOptions options;
    options.currency = currency("SEK");
    {
        auto created = storage::openRepository(fresh.location(), options);
        EXPECT_TRUE(created->wasCreated());
        EXPECT_EQ(codeOf(created->currency()), "SEK");
    }
    EXPECT_EQ(codeOf(storage::openRepository(fresh.location())->currency()), "SEK");
    // An existing database keeps its own: the option is only for creating one.
    options.currency = currency("PLN");
    EXPECT_EQ(codeOf(storage::openRepository(fresh.location(), options)->currency()), "SEK");
    EXPECT_EQ(fresh.queryInt("SELECT count(*) FROM rapport_meta WHERE key = 'currency' AND value = 'SEK'"), 1);
}

TEST_F(CurrencyTest, ASetCurrencyIsStoredAndReadAfterReopening) {
    repo().setCurrency(std::nullopt, currency("PLN"));
    EXPECT_EQ(codeOf(repo().currency()), "PLN");
    reopen();
    EXPECT_EQ(codeOf(repo().currency()), "PLN");
    repo().setCurrency(currency("PLN"), currency("UAH"));
    reopen();
    EXPECT_EQ(codeOf(repo().currency()), "UAH");
    EXPECT_EQ(rawInt("SELECT count(*) FROM rapport_meta WHERE key = 'currency'"), 1);
    // Undoing the first choice clears it again.
    repo().setCurrency(currency("UAH"), std::nullopt);
    reopen();
    EXPECT_EQ(codeOf(repo().currency()), "(none)");
}

TEST_F(CurrencyTest, AChangeMadeMeanwhileElsewhereWins) {
    auto other = storage::openRepository(location());
    other->setCurrency(std::nullopt, currency("EUR"));
    // This connection read "none" before deciding: its change is refused, the other one's kept.
    EXPECT_THROW(repo().setCurrency(std::nullopt, currency("GBP")), storage::ConflictError);
    EXPECT_EQ(codeOf(repo().currency()), "EUR");
    repo().setCurrency(currency("EUR"), currency("GBP"));
    EXPECT_EQ(codeOf(other->currency()), "GBP");
}

TEST_F(CurrencyTest, AFailedTransactionLeavesTheCurrencyAsItWas) {
    repo().setCurrency(std::nullopt, currency("PLN"));
    EXPECT_THROW(repo().inOneTransaction([&] {
        repo().setCurrency(currency("PLN"), currency("SEK"));
        repo().addCustomer(core::Customer{}); // no name: refused, and the currency with it
    }),
                 core::ValidationError);
    EXPECT_EQ(codeOf(repo().currency()), "PLN");
}

TEST_F(CurrencyTest, ACopyIsInTheSourcesCurrency) {
    const auto sourcePath = file("source.sqlite");
    {
        storage::OpenOptions options;
        options.currency = currency("UAH");
        auto source = storage::openRepository(sourcePath, options);
        source->addCustomer(makeCustomer("Copied Buyer"));
        repo().setCurrency(std::nullopt, currency("PLN")); // what the target was created with is replaced
        storage::copyDatabase(*source, repo());
    }
    EXPECT_EQ(codeOf(repo().currency()), "UAH");

    storage::OpenOptions other;
    other.currency = currency("SEK");
    auto back = storage::openRepository(file("back.sqlite"), other);
    storage::copyDatabase(repo(), *back);
    EXPECT_EQ(codeOf(back->currency()), "UAH");

    // A source without a currency makes a copy without one: nobody knows what its amounts are in.
    auto none = storage::openRepository(file("none.sqlite"));
    none->addCustomer(makeCustomer("Plain Numbers"));
    auto copy = storage::openRepository(file("copy.sqlite"), other);
    storage::copyDatabase(*none, *copy);
    EXPECT_EQ(codeOf(copy->currency()), "(none)");
}
