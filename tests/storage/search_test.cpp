#include "storage/fixtures.h"
#include "storage/sqlite/customer_paging.h"

using namespace rapport;
using namespace rapport::test;

namespace {

class SearchTest : public RepositoryTest {
protected:
    std::vector<std::string> search(const std::string& text) {
        storage::CustomerPageRequest request;
        request.filter.search = text;
        request.limit = 100;
        std::vector<std::string> names;
        for (const auto& row : repo().customerPage(request).rows) {
            names.push_back(row.displayName);
        }
        EXPECT_EQ(static_cast<std::int64_t>(names.size()), repo().customerCount(request.filter)) << text;
        return names;
    }
};

using Names = std::vector<std::string>;

} // namespace

TEST_F(SearchTest, FindsByNamesEmailsPhonesTagsAndContactPersons) {
    auto zofia = makeCustomer("Zofia Dąbrowska");
    zofia.emails = {{"zofia.d@poczta.example", ""}};
    zofia.phones = {{"+48 601 234 567", ""}};
    zofia.tags = {"coffee"};
    repo().addCustomer(zofia);
    auto ivan = makeCustomer("Иван Петров");
    ivan.tags = {"wine"};
    repo().addCustomer(ivan);
    auto firm = makeCustomer("Nordic Foods AB");
    firm.kind = core::CustomerKind::Organisation;
    firm.market = core::Market::B2B;
    const auto firmId = repo().addCustomer(firm);
    core::ContactPerson buyer;
    buyer.customerId = firmId;
    buyer.name = "Karin Öberg";
    buyer.emails = {{"karin@nordic.example", ""}};
    repo().addContactPerson(buyer);

    EXPECT_EQ(search("zof"), Names{"Zofia Dąbrowska"});
    EXPECT_EQ(search("dabrowska"), Names{"Zofia Dąbrowska"}); // diacritics folded
    EXPECT_EQ(search("ZOFIA dąb"), Names{"Zofia Dąbrowska"});
    EXPECT_EQ(search("poczta"), Names{"Zofia Dąbrowska"});
    EXPECT_EQ(search("48601234567"), Names{"Zofia Dąbrowska"});
    EXPECT_EQ(search("601"), Names{"Zofia Dąbrowska"});
    EXPECT_EQ(search("601234567"), Names{"Zofia Dąbrowska"}); // as dialled at home, without +48
    EXPECT_EQ(search("coff"), Names{"Zofia Dąbrowska"});
    EXPECT_EQ(search("ив"), Names{"Иван Петров"});
    EXPECT_EQ(search("иван"), Names{"Иван Петров"});
    EXPECT_EQ(search("oberg"), Names{"Nordic Foods AB"});
    EXPECT_EQ(search("karin@nordic"), Names{"Nordic Foods AB"});
    EXPECT_TRUE(search("zofia wine").empty());
}

TEST_F(SearchTest, SearchFollowsUpdatesAndRemovals) {
    auto customer = makeCustomer("Old Name");
    customer.id = repo().addCustomer(customer);
    customer.displayName = "Fresh Name";
    repo().updateCustomer(customer);
    EXPECT_TRUE(search("old").empty());
    EXPECT_EQ(search("fresh"), Names{"Fresh Name"});
    repo().removeCustomer(customer.id);
    EXPECT_TRUE(search("fresh").empty());
    EXPECT_TRUE(repo().check().ok());
}

TEST_F(SearchTest, QuerySyntaxInInputIsJustText) {
    repo().addCustomer(makeCustomer("O'Brien \"Quotes\" Ltd"));
    repo().addCustomer(makeCustomer("NEAR OR AND NOT"));
    EXPECT_EQ(search("o'brien"), Names{"O'Brien \"Quotes\" Ltd"});
    EXPECT_EQ(search("\"quotes"), Names{"O'Brien \"Quotes\" Ltd"});
    EXPECT_EQ(search("NEAR("), Names{"NEAR OR AND NOT"});
    EXPECT_EQ(search("or"), Names{"NEAR OR AND NOT"});
    EXPECT_TRUE(search("*").empty());
    EXPECT_TRUE(search("- ( ) :").empty());
    EXPECT_NO_THROW(search("a\" OR \"b"));
    EXPECT_EQ(storage::sqlite::ftsQueryFor("ab \"c"), "\"ab\"* \"\"\"c\"*");
    EXPECT_EQ(storage::sqlite::ftsQueryFor("  "), "");
}
