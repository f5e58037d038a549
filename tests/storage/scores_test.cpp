// Analysis scores kept beside customers (schema v3; their own table since v11), the filter choices, and open
// follow-ups.
#include "fixtures.h"

#include <algorithm>

namespace rapport::test {
namespace {

using core::ChurnStatus;
using core::Date;
using core::LadderStage;
using core::Money;
using storage::CustomerScore;

class ScoresTest : public RepositoryTest {
protected:
    void SetUp() override {
        RepositoryTest::SetUp();
        for (int i = 0; i < 6; ++i) {
            auto customer = makeCustomer("Customer " + std::to_string(i));
            customer.owner = i % 2 == 0 ? "anna" : "piotr";
            customer.segment = i < 3 ? "retail" : "wholesale";
            customer.tags = {i % 3 == 0 ? "wine" : "tea"};
            m_ids.push_back(repo().addCustomer(customer));
        }
    }
    std::vector<core::CustomerId> pageIds(const storage::CustomerPageRequest& request) {
        std::vector<core::CustomerId> ids;
        for (const auto& row : repo().customerPage(request).rows) {
            ids.push_back(row.id);
        }
        return ids;
    }
    std::vector<core::CustomerId> m_ids;
};

TEST_F(ScoresTest, StoredScoresComeBackWithTheRow) {
    repo().storeScores(std::vector<CustomerScore>{
        {m_ids[0], LadderStage::Advocate, 3, ChurnStatus::AtRisk, 0.4231, Money::fromMinor(12'345)},
        {m_ids[1], LadderStage::Prospect, 0, {}, {}, {}},
    });
    const auto first = repo().customerRow(m_ids[0]);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->stage, LadderStage::Advocate);
    EXPECT_EQ(first->fourGroup, 3);
    EXPECT_EQ(first->churnStatus, ChurnStatus::AtRisk);
    ASSERT_TRUE(first->probabilityAlive);
    EXPECT_NEAR(*first->probabilityAlive, 0.4231, 1e-6);
    EXPECT_EQ(first->predictedValue, Money::fromMinor(12'345));

    const auto second = repo().customerRow(m_ids[1]);
    EXPECT_EQ(second->stage, LadderStage::Prospect);
    EXPECT_FALSE(second->churnStatus);
    EXPECT_FALSE(second->probabilityAlive);
    EXPECT_FALSE(repo().customerRow(m_ids[2])->stage); // never scored
}

// Storing skips rows whose scores are unchanged: every column that moves (to or from none, too) must still be written.
TEST_F(ScoresTest, ARunThatChangesOneScoreOfACustomerStoresIt) {
    const CustomerScore before{m_ids[0], LadderStage::Client, 2, ChurnStatus::Active, 0.5, Money::fromMinor(1'000)};
    repo().storeScores(std::vector<CustomerScore>{before, {m_ids[1], LadderStage::Customer, 1, {}, {}, {}}});
    std::vector<CustomerScore> changes(6, before);
    changes[0].stage = LadderStage::Partner;
    changes[1].fourGroup = 4;
    changes[2].churnStatus = ChurnStatus::Lapsed;
    changes[3].churnStatus.reset();
    changes[4].probabilityAlive = 0.25;
    changes[5].predictedValue.reset();
    for (const auto& changed : changes) {
        repo().storeScores(std::vector<CustomerScore>{before});
        repo().storeScores(std::vector<CustomerScore>{changed, {m_ids[1], LadderStage::Customer, 1, {}, 0.75, {}}});
        const auto row = repo().customerRow(m_ids[0]);
        ASSERT_TRUE(row);
        EXPECT_EQ(row->stage, changed.stage);
        EXPECT_EQ(row->fourGroup, changed.fourGroup);
        EXPECT_EQ(row->churnStatus, changed.churnStatus);
        ASSERT_TRUE(row->probabilityAlive);
        EXPECT_NEAR(*row->probabilityAlive, *changed.probabilityAlive, 1e-6);
        EXPECT_EQ(row->predictedValue, changed.predictedValue);
        const auto other = repo().customerRow(m_ids[1]);
        ASSERT_TRUE(other->probabilityAlive); // from none to a value
        EXPECT_NEAR(*other->probabilityAlive, 0.75, 1e-6);
        repo().storeScores(std::vector<CustomerScore>{{m_ids[1], LadderStage::Customer, 1, {}, {}, {}}});
        EXPECT_FALSE(repo().customerRow(m_ids[1])->probabilityAlive); // and back to none
    }
}

// Scores and levels written in one pass (SQLite) or one after the other (the default) leave the same rows and
// history: a level changes only where it moved, a customer assigned without a score still gets it, one scored
// without an assignment keeps theirs, and ids of no customer change nothing.
TEST_F(ScoresTest, ScoresAndLevelsStoredTogetherRecordEachLevelChangeOnce) {
    core::ServiceLevel level;
    level.name = "Key";
    const auto key = repo().addServiceLevel(level);
    level.name = "Regular";
    level.rank = 2;
    const auto regular = repo().addServiceLevel(level);
    const auto firstDay = *Date::parseIso("2025-01-01");
    const auto secondDay = *Date::parseIso("2025-02-01");
    const auto score = [&](std::size_t i, std::int64_t value) {
        return CustomerScore{m_ids[i], LadderStage::Client, 1, ChurnStatus::Active, 0.5, Money::fromMinor(value)};
    };
    using Assigned = std::vector<storage::ServiceLevelAssignment>;
    repo().inOneTransaction([&] {
        repo().storeScoresAndLevels(std::vector{score(0, 100), score(1, 100), score(2, 100), score(3, 100)},
                                    Assigned{{m_ids[0], key}, {m_ids[1], key}, {m_ids[2], regular}, {m_ids[3], {}}},
                                    firstDay);
    });
    const constexpr core::CustomerId kNoSuchCustomer = 999'999;
    repo().inOneTransaction([&] {
        repo().storeScoresAndLevels(std::vector{score(0, 100), score(1, 100), score(2, 200), score(3, 300),
                                                score(5, 500),
                                                CustomerScore{kNoSuchCustomer, LadderStage::Client, 1, {}, {}, {}}},
                                    Assigned{{m_ids[4], regular}, // assigned, not scored (and out of id order)
                                             {m_ids[1], regular}, // only the level moves
                                             {m_ids[0], key},
                                             {kNoSuchCustomer, key},
                                             {m_ids[2], regular}, // only the scores move
                                             {m_ids[3], key}},    // both move
                                    secondDay);
    });
    const std::vector<std::optional<core::ServiceLevelId>> levels{key, regular, regular, key, regular, {}};
    const std::vector<std::size_t> changes{1, 2, 1, 1, 1, 0}; // history rows: the first run's and the second's
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        const auto row = repo().customerRow(m_ids[i]);
        ASSERT_TRUE(row);
        EXPECT_EQ(row->serviceLevel, levels[i]) << "customer " << i;
        const auto history = repo().serviceLevelHistory(m_ids[i]);
        EXPECT_EQ(history.size(), changes[i]) << "customer " << i;
        if (!history.empty()) {
            EXPECT_EQ(history.back().levelId, levels[i]) << "customer " << i;
        }
    }
    EXPECT_EQ(repo().serviceLevelHistory(m_ids[1]).back().since, secondDay);
    EXPECT_EQ(repo().serviceLevelHistory(m_ids[0]).back().since, firstDay);
    EXPECT_EQ(repo().customerRow(m_ids[3])->predictedValue, Money::fromMinor(300));
    EXPECT_EQ(repo().customerRow(m_ids[5])->predictedValue, Money::fromMinor(500));
    EXPECT_FALSE(repo().customerRow(m_ids[4])->predictedValue);
    EXPECT_FALSE(repo().customerRow(kNoSuchCustomer));
}

// An analysis gives its scores a few at a time (they are never held whole): stored in batches, every customer's
// scores and level come out as from one span.
TEST_F(ScoresTest, ScoresGivenInBatchesAreStoredLikeScoresGivenWhole) {
    core::ServiceLevel level;
    level.name = "Key";
    const auto key = repo().addServiceLevel(level);
    std::vector<CustomerScore> scores;
    std::vector<storage::ServiceLevelAssignment> assigned;
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        scores.push_back({m_ids[i], LadderStage::Client, static_cast<int>(i % 4) + 1, ChurnStatus::Active,
                          0.25 * static_cast<double>(i % 4),
                          Money::fromMinor(1'000 * static_cast<std::int64_t>(i + 1))});
        if (i % 2 == 0) {
            assigned.push_back({m_ids[i], key});
        }
    }
    std::size_t given = 0;
    int calls = 0;
    const storage::ScoreBatches batches{scores.size(), [&]() {
                                            ++calls;
                                            const auto batch = std::span<const CustomerScore>(scores).subspan(
                                                given, std::min<std::size_t>(2, scores.size() - given));
                                            given += batch.size();
                                            return batch;
                                        }};
    repo().inOneTransaction([&] { repo().storeScoresAndLevels(batches, assigned, *Date::parseIso("2025-01-01")); });
    EXPECT_EQ(calls, 4); // three batches of two, then the empty one that ends them
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        const auto row = repo().customerRow(m_ids[i]);
        ASSERT_TRUE(row);
        EXPECT_EQ(row->fourGroup, static_cast<int>(i % 4) + 1) << "customer " << i;
        EXPECT_EQ(row->predictedValue, Money::fromMinor(1'000 * static_cast<std::int64_t>(i + 1))) << "customer " << i;
        EXPECT_EQ(row->serviceLevel, i % 2 == 0 ? std::optional(key) : std::nullopt) << "customer " << i;
    }
}

TEST_F(ScoresTest, ListsFilterByStageGroupAndChurnStatus) {
    std::vector<CustomerScore> scores;
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        scores.push_back({m_ids[i], i < 2 ? LadderStage::Client : LadderStage::Customer, static_cast<int>(i % 4),
                          i == 5 ? std::optional(ChurnStatus::Lost) : std::optional(ChurnStatus::Active), 0.5,
                          Money::fromMinor(100)});
    }
    repo().storeScores(scores);
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::Id;
    request.filter.stage = LadderStage::Client;
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[0], m_ids[1]}));
    EXPECT_EQ(repo().customerCount(request.filter), 2);
    request.filter = {};
    request.filter.fourGroup = 1;
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[1], m_ids[5]}));
    request.filter.churnStatus = ChurnStatus::Lost;
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[5]}));
    EXPECT_EQ(repo().customerCount(request.filter), 1);
}

// Lists sorted by a score and counts by a score, with the customer's own columns in the filter: the archived left
// out of the list in use and alone in the archive, the segment and the tag honoured.
TEST_F(ScoresTest, ScoreSortsAndCountsHonourTheArchiveSegmentAndTag) {
    std::vector<CustomerScore> scores;
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        scores.push_back({m_ids[i], LadderStage::Customer, 1, ChurnStatus::AtRisk, 0.5,
                          Money::fromMinor(static_cast<std::int64_t>(100 * (i + 1)))});
    }
    repo().storeScores(scores);
    auto archived = *repo().customer(m_ids[4]); // wholesale, tea
    archived.archivedOn = Date::fromYmd(2025, 1, 1);
    repo().updateCustomer(archived);

    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::PredictedValue;
    request.order = storage::SortOrder::Descending;
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[5], m_ids[3], m_ids[2], m_ids[1], m_ids[0]}));
    request.filter.churnStatus = ChurnStatus::AtRisk;
    EXPECT_EQ(repo().customerCount(request.filter), 5);
    request.filter.segment = "wholesale";
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[5], m_ids[3]}));
    EXPECT_EQ(repo().customerCount(request.filter), 2);
    request.filter.segment.reset();
    request.filter.tag = "tea";
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[5], m_ids[2], m_ids[1]}));
    EXPECT_EQ(repo().customerCount(request.filter), 3);
    request.filter.tag.reset();
    request.filter.archive = storage::ArchiveFilter::Archived;
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[4]}));
    EXPECT_EQ(repo().customerCount(request.filter), 1);
    request.filter.archive = storage::ArchiveFilter::All;
    EXPECT_EQ(repo().customerCount(request.filter), 6);
    request.sort = storage::CustomerSort::ProbabilityAlive; // all 0.5: by id, the archived among them
    request.order = storage::SortOrder::Ascending;
    EXPECT_EQ(pageIds(request), m_ids);
}

TEST_F(ScoresTest, SortsByPredictedValueAndProbabilityAliveAcrossPages) {
    // Values out of id order, one customer unscored: it comes last in both orders (a blank is not a low value).
    const std::vector<std::int64_t> values{500, 100, 900, 300, 700};
    std::vector<CustomerScore> scores;
    for (std::size_t i = 0; i < values.size(); ++i) {
        scores.push_back({m_ids[i], LadderStage::Customer, 1, ChurnStatus::Active,
                          static_cast<double>(values[i]) / 1000.0, Money::fromMinor(values[i])});
    }
    repo().storeScores(scores);
    for (const auto sort : {storage::CustomerSort::PredictedValue, storage::CustomerSort::ProbabilityAlive}) {
        for (const auto order : {storage::SortOrder::Descending, storage::SortOrder::Ascending}) {
            for (const int limit : {1, 2, 5, 6, 7}) {
                storage::CustomerPageRequest request;
                request.sort = sort;
                request.order = order;
                request.limit = limit;
                std::vector<core::CustomerId> seen;
                for (;;) {
                    const auto page = repo().customerPage(request);
                    for (const auto& row : page.rows) {
                        seen.push_back(row.id);
                    }
                    if (!page.next) {
                        break;
                    }
                    request.after = page.next;
                }
                const auto expected = order == storage::SortOrder::Descending
                                          ? std::vector{m_ids[2], m_ids[4], m_ids[0], m_ids[3], m_ids[1], m_ids[5]}
                                          : std::vector{m_ids[1], m_ids[3], m_ids[0], m_ids[4], m_ids[2], m_ids[5]};
                EXPECT_EQ(seen, expected) << "limit " << limit;
            }
        }
    }
}

// Since v11 the desktop file keeps the scores in a table of their own: a row for every customer from the start
// (lists sorted by a score walk its indexes and must find the unscored too), gone with the customer.
using SqliteScoreTableTest = ScoresTest;

TEST_F(SqliteScoreTableTest, EveryCustomerHasAScoreRowFromTheStartAndItGoesWithTheCustomer) {
    EXPECT_EQ(rawInt("SELECT count(*) FROM customer_score"), 6);
    EXPECT_EQ(rawInt("SELECT count(*) FROM customer_score WHERE score_stage IS NULL AND score_value IS NULL"), 6);
    repo().storeScores(std::vector<CustomerScore>{
        {m_ids[1], LadderStage::Client, 2, ChurnStatus::AtRisk, 0.5, Money::fromMinor(4'200)},
        {m_ids[3], LadderStage::Client, 2, ChurnStatus::AtRisk, 0.25, Money::fromMinor(900)}});
    EXPECT_EQ(rawInt("SELECT score_value FROM customer_score WHERE customer_id = " + std::to_string(m_ids[1])), 4'200);
    repo().removeCustomer(m_ids[1]);
    EXPECT_EQ(rawInt("SELECT count(*) FROM customer_score"), 5);
    EXPECT_EQ(rawInt("SELECT count(*) FROM customer_score WHERE customer_id = " + std::to_string(m_ids[1])), 0);
    // The list sorted by value still shows everyone, the unscored last (in id order).
    storage::CustomerPageRequest request;
    request.sort = storage::CustomerSort::PredictedValue;
    request.order = storage::SortOrder::Descending;
    EXPECT_EQ(pageIds(request), (std::vector{m_ids[3], m_ids[5], m_ids[4], m_ids[2], m_ids[0]}));
    EXPECT_TRUE(repo().check().ok());
}

// A bulk load makes the score rows at its commit (with the trigger dropped while loading) or row by row; either
// way every customer has one afterwards, and the trigger is back for the next customer.
TEST_F(SqliteScoreTableTest, ABulkLoadLeavesEveryCustomerWithAScoreRowAndTheTriggerInPlace) {
    for (const bool deferIndexes : {true, false}) {
        storage::BulkOptions options;
        options.deferIndexes = deferIndexes;
        {
            auto dropped = repo().beginBulk(options); // rolled back: nothing changes
            dropped->addCustomer(makeCustomer("Rolled back"));
        }
        // One customer taken out and loaded again under its old id, below every other.
        const auto reused = m_ids[0];
        if (deferIndexes) {
            repo().removeCustomer(reused);
        }
        auto writer = repo().beginBulk(options);
        if (deferIndexes) {
            auto again = makeCustomer("Loaded again");
            again.id = reused;
            EXPECT_EQ(writer->addCustomer(again), reused);
        }
        for (int i = 0; i < 50; ++i) {
            writer->addCustomer(makeCustomer("Loaded " + std::to_string(i)));
        }
        writer->commit();
        writer.reset();
        repo().addCustomer(makeCustomer("Added by hand"));
        EXPECT_EQ(rawInt("SELECT count(*) FROM customer"), rawInt("SELECT count(*) FROM customer_score"))
            << deferIndexes;
        EXPECT_EQ(rawInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'customer_score_row'"),
                  1);
    }
    EXPECT_EQ(rawInt("SELECT count(*) FROM customer"), 6 + 2 * 51);
    EXPECT_EQ(rawInt("SELECT count(*) FROM customer_score WHERE customer_id = " + std::to_string(m_ids[0])), 1);
    EXPECT_TRUE(repo().check().ok());
}

TEST_F(SqliteScoreTableTest, CheckFindsACustomerWithoutAScoreRow) {
    rawExec("DELETE FROM customer_score WHERE customer_id = " + std::to_string(m_ids[2]));
    const auto report = repo().check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.consistencyProblems.size(), 1U);
    EXPECT_NE(report.consistencyProblems[0].find("5 rows for 6 customers"), std::string::npos)
        << report.consistencyProblems[0];
}

TEST_F(ScoresTest, FilterChoicesAreTheDistinctValuesSorted) {
    EXPECT_EQ(repo().customerFieldValues(storage::CustomerField::Owner, 10),
              (std::vector<std::string>{"anna", "piotr"}));
    EXPECT_EQ(repo().customerFieldValues(storage::CustomerField::Segment, 10),
              (std::vector<std::string>{"retail", "wholesale"}));
    EXPECT_EQ(repo().customerFieldValues(storage::CustomerField::Tag, 10), (std::vector<std::string>{"tea", "wine"}));
    EXPECT_EQ(repo().customerFieldValues(storage::CustomerField::Tag, 1), (std::vector<std::string>{"tea"}));
}

TEST_F(ScoresTest, DueFollowUpsAreOpenOnesUpToTheDayLatestFirstAndPageWithoutGaps) {
    auto call = [&](std::size_t customer, const char* day, std::optional<const char*> followUp, bool done) {
        auto e = makeContact(m_ids[customer], day, core::EpisodeKind::Call);
        if (followUp) {
            e.followUpOn = Date::parseIso(*followUp);
        }
        e.followUpDone = done;
        return repo().addEpisode(e);
    };
    const auto late = call(0, "2025-01-01", "2025-01-10", false);
    const auto due = call(1, "2025-02-01", "2025-03-01", false);
    call(2, "2025-02-01", "2025-03-02", false); // due tomorrow
    call(3, "2025-01-01", "2025-01-05", true);  // done
    call(4, "2025-01-01", std::nullopt, false); // none set
    const auto today = *Date::parseIso("2025-03-01");
    // The one due today comes first, then the most recently overdue: what a sales manager works through.
    const auto page = repo().dueFollowUps({today, 10, std::nullopt});
    ASSERT_EQ(page.rows.size(), 2U);
    EXPECT_EQ(page.rows[0].id, due);
    EXPECT_EQ(page.rows[1].id, late);
    EXPECT_EQ(page.customerNames, (std::vector<std::string>{"Customer 1", "Customer 0"}));
    EXPECT_FALSE(page.next.has_value());
    const auto counts = repo().countDueFollowUps(today);
    EXPECT_EQ(counts.dueToday, 1);
    EXPECT_EQ(counts.overdue, 1);

    // A page of one, then the rest after it: nothing skipped, nothing twice.
    const auto first = repo().dueFollowUps({today, 1, std::nullopt});
    ASSERT_EQ(first.rows.size(), 1U);
    ASSERT_TRUE(first.next.has_value());
    const auto second = repo().dueFollowUps({today, 1, first.next});
    ASSERT_EQ(second.rows.size(), 1U);
    EXPECT_EQ(second.rows[0].id, late);
    EXPECT_FALSE(second.next.has_value());

    // Several due the same day, paged one at a time across them: each once, by id from the highest.
    const auto sameDayA = call(0, "2025-02-20", "2025-02-27", false);
    const auto sameDayB = call(1, "2025-02-21", "2025-02-27", false);
    const auto sameDayC = call(2, "2025-02-22", "2025-02-27", false);
    std::vector<core::EpisodeId> seen;
    std::optional<std::pair<Date, core::EpisodeId>> after;
    do {
        const auto one = repo().dueFollowUps({today, 1, after});
        for (const auto& e : one.rows) {
            seen.push_back(e.id);
        }
        after = one.next;
    } while (after);
    EXPECT_EQ(seen, (std::vector<core::EpisodeId>{due, sameDayC, sameDayB, sameDayA, late}));
}

TEST_F(ScoresTest, EpisodeListsFilterByChannelAndCriticalAndNameTheCustomer) {
    auto phone = makeContact(m_ids[0], "2025-01-01", core::EpisodeKind::Call);
    phone.critical = true;
    repo().addEpisode(phone);
    auto mail = makeContact(m_ids[1], "2025-01-02", core::EpisodeKind::Email);
    mail.channel = core::Channel::Email;
    repo().addEpisode(mail);
    storage::EpisodeQuery query;
    query.channel = core::Channel::Email;
    auto page = repo().episodes(query);
    ASSERT_EQ(page.rows.size(), 1U);
    EXPECT_EQ(page.customerNames.front(), "Customer 1");
    query = {};
    query.criticalOnly = true;
    page = repo().episodes(query);
    ASSERT_EQ(page.rows.size(), 1U);
    EXPECT_EQ(page.rows.front().customerId, m_ids[0]);
}

} // namespace
} // namespace rapport::test
