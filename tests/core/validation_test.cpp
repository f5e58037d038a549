#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"

#include <gtest/gtest.h>

using namespace rapport::core;

namespace {

/** The message for one field, or "" when that field has no error. */
template <typename Entity> std::string errorFor(const Entity& entity, const std::string& field) {
    for (const auto& error : validationErrors(entity)) {
        if (error.field == field) {
            return error.message;
        }
    }
    return {};
}

Customer validCustomer() {
    Customer c;
    c.displayName = "Zofia Dąbrowska";
    c.emails = {{"zofia@example.pl", "home"}};
    c.phones = {{"+48 (22) 555-01-02", "mobile"}};
    c.tags = {"coffee", "organic"};
    c.consents = {{ConsentPurpose::Marketing, true, Date::fromYmd(2024, 1, 2), "marketing-v1"}};
    return c;
}

Episode validPurchase() {
    Episode e;
    e.customerId = 1;
    e.occurredOn = Date::fromYmd(2024, 5, 1);
    e.kind = EpisodeKind::Purchase;
    e.channel = Channel::PointOfSale;
    e.revenue = Money::fromMinor(1000);
    e.margin = Money::fromMinor(300);
    return e;
}

} // namespace

TEST(CustomerValidation, AcceptsAFullProfile) {
    EXPECT_TRUE(validationErrors(validCustomer()).empty());
    EXPECT_NO_THROW(validate(validCustomer()));
}

TEST(CustomerValidation, EachBadFieldNamesItself) {
    auto c = validCustomer();
    c.displayName = "   ";
    EXPECT_EQ(errorFor(c, "display_name"), "is required");

    c = validCustomer();
    c.emails = {{"zofia.example.pl", ""}};
    EXPECT_NE(errorFor(c, "emails[0]").find("not an e-mail address"), std::string::npos);

    c = validCustomer();
    c.phones = {{"call me", ""}};
    EXPECT_NE(errorFor(c, "phones[0]").find("not a phone number"), std::string::npos);

    c = validCustomer();
    c.kind = CustomerKind::Organisation;
    EXPECT_NE(errorFor(c, "market").find("b2b"), std::string::npos);

    c = validCustomer();
    c.kind = CustomerKind::Organisation;
    c.market = Market::B2B;
    c.householdSize = 3;
    EXPECT_NE(errorFor(c, "household_size").find("not organisations"), std::string::npos);

    c = validCustomer();
    c.householdSize = 0;
    EXPECT_EQ(errorFor(c, "household_size"), "must be between 1 and 50 people");

    c = validCustomer();
    c.acquisitionCost = Money::fromMinor(-1);
    EXPECT_EQ(errorFor(c, "acquisition_cost"), "must not be negative");

    c = validCustomer();
    c.tags = {"coffee", "coffee"};
    EXPECT_NE(errorFor(c, "tags[1]").find("listed twice"), std::string::npos);

    c = validCustomer();
    c.consents[0].textVersion.clear();
    EXPECT_NE(errorFor(c, "consents[0].text_version").find("is required"), std::string::npos);

    c = validCustomer();
    c.displayName = std::string("Bad \xC3\x28 byte");
    EXPECT_NE(errorFor(c, "display_name").find("UTF-8"), std::string::npos);

    c = validCustomer();
    c.displayName = "Two\nlines";
    EXPECT_NE(errorFor(c, "display_name").find("one line"), std::string::npos);
}

TEST(CustomerValidation, KeepsNamesThatLookLikeCodeExactly) {
    auto c = validCustomer();
    c.displayName = "Robert'); DROP TABLE customers;--";
    c.notes = "line one\nline two\twith a tab";
    EXPECT_TRUE(validationErrors(c).empty());
}

TEST(CustomerValidation, ThrowsWithEveryProblemListed) {
    auto c = validCustomer();
    c.displayName.clear();
    c.acquisitionCost = Money::fromMinor(-5);
    try {
        validate(c);
        FAIL() << "expected a ValidationError";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.errors().size(), 2u);
        EXPECT_NE(std::string(error.what()).find("display_name: is required"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("acquisition_cost"), std::string::npos);
    }
}

TEST(CustomerValidation, LatestConsentRecordDecides) {
    auto c = validCustomer();
    EXPECT_TRUE(c.hasConsent(ConsentPurpose::Marketing));
    EXPECT_FALSE(c.hasConsent(ConsentPurpose::Profiling));
    c.consents.push_back({ConsentPurpose::Marketing, false, Date::fromYmd(2024, 6, 1), "marketing-v1"});
    EXPECT_FALSE(c.hasConsent(ConsentPurpose::Marketing));
}

TEST(ContactPersonValidation, NeedsNameCustomerAndOrderedDates) {
    ContactPerson p;
    EXPECT_EQ(errorFor(p, "name"), "is required");
    EXPECT_NE(errorFor(p, "customer_id"), "");
    p.name = "Olena Kravchuk";
    p.customerId = 4;
    p.activeFrom = Date::fromYmd(2024, 3, 1);
    p.activeTo = Date::fromYmd(2024, 2, 1);
    EXPECT_EQ(errorFor(p, "active_to"), "must not be before active_from (2024-03-01)");
    p.activeTo = Date::fromYmd(2024, 3, 1);
    EXPECT_TRUE(validationErrors(p).empty());
    EXPECT_TRUE(p.isActiveOn(Date::fromYmd(2024, 3, 1)));
    EXPECT_FALSE(p.isActiveOn(Date::fromYmd(2024, 3, 2)));
}

TEST(EpisodeValidation, MoneyBelongsToPurchasesAndReturns) {
    EXPECT_TRUE(validationErrors(validPurchase()).empty());

    auto e = validPurchase();
    e.revenue.reset();
    e.margin.reset();
    EXPECT_EQ(errorFor(e, "revenue"), "is required for a purchase");

    e = validPurchase();
    e.revenue = Money::fromMinor(-100);
    e.margin.reset();
    EXPECT_NE(errorFor(e, "revenue").find("must not be negative"), std::string::npos);

    e = validPurchase();
    e.kind = EpisodeKind::Return;
    e.margin.reset();
    EXPECT_NE(errorFor(e, "revenue").find("zero or negative"), std::string::npos);
    e.revenue = Money::fromMinor(-400);
    EXPECT_TRUE(validationErrors(e).empty());

    e = validPurchase();
    e.kind = EpisodeKind::Call;
    EXPECT_NE(errorFor(e, "revenue").find("not a call"), std::string::npos);
    EXPECT_NE(errorFor(e, "margin").find("not a call"), std::string::npos);

    e = validPurchase();
    e.margin = Money::fromMinor(2000);
    EXPECT_EQ(errorFor(e, "margin"), "cannot exceed the revenue (10.00)");
}

TEST(EpisodeValidation, SatisfactionAndFollowUps) {
    auto e = validPurchase();
    e.satisfaction = 3;
    EXPECT_NE(errorFor(e, "satisfaction"), "");
    e.satisfaction = -2;
    EXPECT_EQ(errorFor(e, "satisfaction"), "");

    e = validPurchase();
    e.followUpDone = true;
    EXPECT_EQ(errorFor(e, "follow_up_done"), "needs a follow-up date");
    e.followUpOn = Date::fromYmd(2024, 4, 1);
    EXPECT_NE(errorFor(e, "follow_up_on").find("before the episode"), std::string::npos);
}

TEST(TaskValidation, NeedsTitleAndCustomer) {
    Task t;
    EXPECT_EQ(errorFor(t, "title"), "is required");
    EXPECT_NE(errorFor(t, "customer_id"), "");
}

TEST(PartnershipValidation, StageHistoryBondsAndDates) {
    Partnership p;
    p.partnerName = "Baltic Logistics";
    EXPECT_NE(errorFor(p, "stage_history"), "");
    p.stageHistory = {{PartnershipStage::Formation, Date::fromYmd(2024, 1, 1), ""},
                      {PartnershipStage::Experimentation, Date::fromYmd(2023, 1, 1), ""}};
    EXPECT_NE(errorFor(p, "stage_history[1].since"), "");
    p.stageHistory[1].since = Date::fromYmd(2024, 6, 1);
    EXPECT_EQ(p.stage(), PartnershipStage::Experimentation);
    p.bonds = {Bond::Legal, Bond::Social, Bond::Legal};
    EXPECT_EQ(errorFor(p, "bonds[2]"), "legal is listed twice");
    p.bonds = {Bond::Legal, Bond::Social};
    p.startedOn = Date::fromYmd(2024, 1, 1);
    p.endedOn = Date::fromYmd(2023, 1, 1);
    EXPECT_NE(errorFor(p, "ended_on"), "");
    p.endedOn.reset();
    EXPECT_TRUE(validationErrors(p).empty());
    EXPECT_EQ(axisOf(PartnerDirection::Supplier), PartnerAxis::Vertical);
    EXPECT_EQ(axisOf(PartnerDirection::Competitor), PartnerAxis::Horizontal);
    EXPECT_EQ(axisOf(PartnerDirection::Shareholder), PartnerAxis::Other);
}

TEST(CostAndChurnValidation, RangesAndOutcomes) {
    RelationshipCost cost{1, 1800, CostLine::Delivery, Money::fromMinor(-1)};
    EXPECT_NE(errorFor(cost, "year"), "");
    EXPECT_EQ(errorFor(cost, "amount"), "must not be negative");

    ChurnRecord churn;
    churn.customerId = 1;
    EXPECT_EQ(errorFor(churn, "reason"), "is required");
    churn.reasonCode = "lower_prices";
    churn.outcome = WinBackOutcome::WonBack;
    EXPECT_NE(errorFor(churn, "win_back_outcome"), "");
    churn.winBackAttempts = 1;
    EXPECT_TRUE(validationErrors(churn).empty());
}

TEST(ChurnCatalogue, StartsWithTheSeedShares) {
    const auto& reasons = defaultChurnReasons();
    double low = 0;
    for (const auto& reason : reasons) {
        low += reason.benchmarkLowPercent.value_or(0);
    }
    EXPECT_DOUBLE_EQ(low, 4 + 9 + 14 + 65);
    EXPECT_EQ(reasons[3].code, "lack_of_attention");
    EXPECT_EQ(*reasons[3].benchmarkHighPercent, 70.0);
}

TEST(TextChecks, Utf8AndPhonesAndEmails) {
    EXPECT_TRUE(isCleanText("Ірина Бондаренко 🙂 שלום", false));
    EXPECT_FALSE(isCleanText("\xC0\xAF", false));            // overlong '/'
    EXPECT_FALSE(isCleanText("\xED\xA0\x80", false));        // a UTF-16 surrogate
    EXPECT_FALSE(isCleanText(std::string("a\0b", 3), true)); // NUL byte
    EXPECT_TRUE(isPlausiblePhone("+46 8-123 456"));
    EXPECT_FALSE(isPlausiblePhone("12+3"));
    // Extensions, as vCard 4 tel: URIs (";ext=5555") and phone books write them.
    EXPECT_TRUE(isPlausiblePhone("+1-555-555-5555 ext. 5555"));
    EXPECT_TRUE(isPlausiblePhone("+46 8 123 45 EXT 12"));
    EXPECT_TRUE(isPlausiblePhone("555 0100 x12"));
    EXPECT_FALSE(isPlausiblePhone("ext. 5555")) << "an extension without a number";
    EXPECT_FALSE(isPlausiblePhone("12 ext. 5555")) << "the number before it still needs 3 digits";
    EXPECT_FALSE(isPlausiblePhone("555 0100 ext. 123456789")) << "at most 8 digits of extension";
    EXPECT_FALSE(isPlausiblePhone("555 0100ext. 12")) << "a space before the extension";
    EXPECT_FALSE(isPlausiblePhone("555 0100 ext. 12 ext. 3"));
    EXPECT_EQ(phoneDigits("+48 (22) 555-01"), "482255501");
    EXPECT_EQ(normalizedEmail("Anna.Nowak@Poczta.PL"), "anna.nowak@poczta.pl");
    EXPECT_EQ(normalizedEmail("zoë@example.org"), "zoë@example.org"); // bytes beyond ASCII stay as they are
    EXPECT_EQ(nationalPhoneDigits("+48 (22) 555-01"), "2255501");
    EXPECT_EQ(nationalPhoneDigits("+380 44 123 4567"), "441234567");
    EXPECT_EQ(nationalPhoneDigits("+48601234567"), "");
    EXPECT_EQ(nationalPhoneDigits("022 555 01"), "");
    EXPECT_TRUE(isPlausibleEmail("o'brien@example.co.uk"));
    EXPECT_FALSE(isPlausibleEmail("a@b"));
    EXPECT_FALSE(isPlausibleEmail("a b@example.com"));
}
