// SqliteRepository: episodes, follow-up tasks and the purchase stream for analytics.
#include "storage/errors.h"
#include "storage/purchase_batcher.h"
#include "storage/sqlite/codes.h"
#include "storage/sqlite/customer_paging.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/episode_rows.h"
#include "storage/sqlite/sqlite_repository.h"
#include "storage/sqlite/transaction.h"

namespace rapport::storage::sqlite {

namespace {

/** Appended to the episode columns: the customer's name, one primary-key lookup per row. */
constexpr const char* kEpisodeCustomerName =
    ", (SELECT display_name FROM customer WHERE customer.id = episode.customer_id)";

EpisodePage readEpisodePage(Statement& select) {
    EpisodePage page;
    while (select.step()) {
        page.rows.push_back(readEpisodeColumns(select));
        page.customerNames.push_back(select.text(kEpisodeColumnCount));
    }
    return page;
}

} // namespace

core::EpisodeId SqliteRepository::addEpisode(const core::Episode& episode) {
    core::validate(episode);
    return inTransaction(*m_db, [&] {
        requireCancellable(*m_db, episode);
        return insertEpisode(*m_db, episode);
    });
}

void SqliteRepository::updateEpisode(const core::Episode& episode) {
    core::validate(episode);
    inTransaction(*m_db, [&] {
        requireCancellable(*m_db, episode);
        requireCancelledStaysAPurchase(*m_db, episode);
        requireFound(updateEpisodeRow(*m_db, episode), "episode", episode.id);
    });
}

void SqliteRepository::removeEpisode(core::EpisodeId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM episode WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "episode", id);
    });
}

std::optional<core::Episode> SqliteRepository::episode(core::EpisodeId id) {
    return readEpisode(*m_db, id);
}

EpisodePage SqliteRepository::episodes(const EpisodeQuery& query) {
    // Fixed fragments only; values are bound. Newest first, keyset on (occurred_on, id).
    std::string sql = std::string("SELECT ") + kEpisodeSelectColumns + kEpisodeCustomerName + " FROM episode WHERE 1";
    std::vector<std::int64_t> values;
    auto next = [&] { return "?" + std::to_string(values.size() + 1); };
    if (query.customerId) {
        sql += " AND customer_id = " + next();
        values.push_back(*query.customerId);
    }
    if (query.from) {
        sql += " AND occurred_on >= " + next();
        values.push_back(query.from->days());
    }
    if (query.to) {
        sql += " AND occurred_on <= " + next();
        values.push_back(query.to->days());
    }
    if (query.after) {
        const auto day = next();
        values.push_back(query.after->first.days());
        const auto id = next();
        values.push_back(query.after->second);
        sql += " AND occurred_on <= " + day + " AND (occurred_on < " + day + " OR id < " + id + ")";
    }
    if (query.criticalOnly) {
        sql += " AND critical = 1";
    }
    // Text codes are bound after the numbers, in this order.
    std::vector<std::string> codes;
    if (query.kind) {
        sql += " AND kind = ?" + std::to_string(values.size() + codes.size() + 1);
        codes.emplace_back(core::toCode(*query.kind));
    }
    if (query.channel) {
        sql += " AND channel = ?" + std::to_string(values.size() + codes.size() + 1);
        codes.emplace_back(core::toCode(*query.channel));
    }
    const int limit = std::clamp(query.limit, 1, 100'000);
    sql += " ORDER BY occurred_on DESC, id DESC LIMIT " + std::to_string(limit + 1);

    auto& select = m_db->cached(sql);
    for (std::size_t i = 0; i < values.size(); ++i) {
        select.bind(static_cast<int>(i + 1), values[i]);
    }
    for (std::size_t i = 0; i < codes.size(); ++i) {
        select.bind(static_cast<int>(values.size() + i + 1), codes[i]);
    }
    EpisodePage page = readEpisodePage(select);
    if (static_cast<int>(page.rows.size()) > limit) {
        page.rows.pop_back();
        page.customerNames.pop_back();
        page.next = std::make_pair(page.rows.back().occurredOn, page.rows.back().id);
    }
    return page;
}

EpisodePage SqliteRepository::dueFollowUps(const FollowUpQuery& query) {
    // The partial index episode_open_follow_ups holds exactly the open follow-ups, in due order; read backwards.
    const int limit = std::clamp(query.limit, 1, 100'000);
    auto& select = m_db->cached(std::string("SELECT ") + kEpisodeSelectColumns + kEpisodeCustomerName +
                                " FROM episode INDEXED BY episode_open_follow_ups WHERE follow_up_on IS NOT NULL "
                                "AND follow_up_done = 0 AND follow_up_on <= ?1 "
                                "AND (?2 IS NULL OR follow_up_on < ?2 OR (follow_up_on = ?2 AND id < ?3)) "
                                "ORDER BY follow_up_on DESC, id DESC LIMIT ?4");
    select.bind(1, std::int64_t{query.until.days()});
    if (query.after) {
        select.bind(2, std::int64_t{query.after->first.days()}).bind(3, query.after->second);
    }
    select.bind(4, std::int64_t{limit + 1});
    EpisodePage page = readEpisodePage(select);
    if (static_cast<int>(page.rows.size()) > limit) {
        page.rows.pop_back();
        page.customerNames.pop_back();
        page.next = std::make_pair(*page.rows.back().followUpOn, page.rows.back().id);
    }
    return page;
}

FollowUpCounts SqliteRepository::countDueFollowUps(core::Date today) {
    auto& select = m_db->cached("SELECT count(*) FILTER (WHERE follow_up_on = ?1), "
                                "count(*) FILTER (WHERE follow_up_on < ?1) FROM episode "
                                "INDEXED BY episode_open_follow_ups WHERE follow_up_on IS NOT NULL "
                                "AND follow_up_done = 0 AND follow_up_on <= ?1");
    select.bind(1, std::int64_t{today.days()});
    select.step();
    FollowUpCounts counts{select.int64(0), select.int64(1)};
    select.reset();
    return counts;
}

core::TaskId SqliteRepository::addTask(const core::Task& task) {
    core::validate(task);
    return inTransaction(*m_db, [&] { return insertTask(*m_db, task); });
}

void SqliteRepository::removeTask(core::TaskId id) {
    inTransaction(*m_db, [&] {
        m_db->cached("DELETE FROM task WHERE id = ?1").bind(1, id).run();
        requireFound(m_db->changes() > 0, "task", id);
    });
}

void SqliteRepository::updateTask(const core::Task& task) {
    core::validate(task);
    inTransaction(*m_db, [&] { requireFound(updateTaskRow(*m_db, task), "task", task.id); });
}

TaskPage SqliteRepository::openTasks(const TaskQuery& query) {
    // task_open_by_due serves the order; the customer is one primary-key look-up per row shown.
    auto& select =
        m_db->cached("SELECT t.id, t.customer_id, t.title, t.due_on, t.done, t.owner, t.notes, c.display_name, c.city "
                     "FROM task t JOIN customer c ON c.id = t.customer_id "
                     "WHERE t.done = 0 AND t.due_on <= ?1 AND (?2 IS NULL OR t.owner = ?2) "
                     "AND (?3 IS NULL OR (t.due_on, t.id) > (?3, ?4)) ORDER BY t.due_on, t.id LIMIT ?5");
    select.bind(1, static_cast<std::int64_t>(query.until.days()));
    select.bind(2, query.owner);
    if (query.after) {
        select.bind(3, static_cast<std::int64_t>(query.after->first.days())).bind(4, query.after->second);
    } else {
        select.bindNull(3).bindNull(4);
    }
    select.bind(5, query.limit + 1);
    TaskPage page;
    while (select.step()) {
        page.rows.push_back({{select.int64(0), select.int64(1), select.text(2), dateColumn(select, 3),
                              select.int64(4) != 0, select.text(5), select.text(6)},
                             select.text(7),
                             select.text(8)});
    }
    select.reset();
    if (static_cast<int>(page.rows.size()) > query.limit) {
        page.rows.pop_back();
        page.next = std::pair{page.rows.back().task.dueOn, page.rows.back().task.id};
    }
    return page;
}

TaskCounts SqliteRepository::countOpenTasks(core::Date today, const std::optional<std::string>& owner) {
    auto& select = m_db->cached("SELECT count(*) FILTER (WHERE due_on = ?1), count(*) FILTER (WHERE due_on < ?1) "
                                "FROM task WHERE done = 0 AND due_on <= ?1 AND (?2 IS NULL OR owner = ?2)");
    select.bind(1, static_cast<std::int64_t>(today.days())).bind(2, owner);
    select.step();
    TaskCounts counts{select.int64(0), select.int64(1)};
    select.reset();
    return counts;
}

std::vector<core::Task> SqliteRepository::tasks(core::CustomerId customerId) {
    std::vector<core::Task> result;
    auto& select = m_db->cached("SELECT id, customer_id, title, due_on, done, owner, notes FROM task "
                                "WHERE customer_id = ?1 ORDER BY done, due_on, id");
    select.bind(1, customerId);
    while (select.step()) {
        result.push_back({select.int64(0), select.int64(1), select.text(2), dateColumn(select, 3), select.int64(4) != 0,
                          select.text(5), select.text(6)});
    }
    return result;
}

std::optional<core::Date> SqliteRepository::recentPurchaseDay() {
    // The newest entries of episode_by_date, each a lookup of its row: a few milliseconds however large the base.
    // Left out as the analysis leaves them out: archived customers' purchases, and purchases their returns cancel.
    auto& select = m_db->cached(
        "SELECT max(e.occurred_on) FROM (SELECT id, occurred_on, kind, customer_id, revenue FROM episode INDEXED BY "
        "episode_by_date ORDER BY occurred_on DESC, id DESC LIMIT 5000) e JOIN customer c ON c.id = e.customer_id "
        "WHERE e.kind = 'purchase' AND c.archived_on IS NULL AND coalesce(e.revenue, 0) + coalesce((SELECT "
        "sum(r.revenue) FROM episode r WHERE r.cancels_episode_id = e.id), 0) > 0");
    const auto day = select.step() ? optionalDateColumn(select, 0) : std::nullopt;
    select.reset();
    return day;
}

void SqliteRepository::releaseCache() {
    m_db->exec("PRAGMA shrink_memory");
}

void SqliteRepository::scanPurchases(const std::function<bool(std::span<const PurchaseRecord>)>& sink,
                                     ArchiveFilter archive) {
    // The partial covering index episode_purchases serves this in index order: no table reads, no sort. Archived
    // customers' rows are skipped as they come (ArchivedCustomers): the scan stays on the index. Only a return
    // looks further, by primary key, for the purchase it may cancel: returns are few.
    auto select = m_db->prepare("SELECT customer_id, occurred_on, revenue, coalesce(margin, 0), kind = 'return', id "
                                "FROM episode INDEXED BY episode_purchases WHERE kind IN ('purchase', 'return')" +
                                archiveCondition(archive, "customer_id") + " ORDER BY customer_id, occurred_on");
    auto& cancelled = m_db->cached("SELECT p.occurred_on FROM episode r JOIN episode p ON p.id = r.cancels_episode_id "
                                   "WHERE r.id = ?1");
    auto skipped = archivedCustomers(*m_db, archive);
    PurchaseBatcher batcher(sink);
    while (select.step()) {
        if (skipped.contains(select.int64(0))) {
            continue;
        }
        PurchaseRecord record{select.int64(0), dateColumn(select, 1), select.int64(2), select.int64(3),
                              select.int64(4) != 0};
        bool moved = false;
        if (record.isReturn) {
            cancelled.bind(1, select.int64(5));
            if (cancelled.step()) {
                record.date = dateColumn(cancelled, 0);
                moved = true;
            }
            cancelled.reset();
        }
        if (!batcher.add(record, moved)) {
            return;
        }
    }
    batcher.finish();
}

AnonymousSalesTotals SqliteRepository::anonymousSalesTotals() {
    auto& select = m_db->cached("SELECT count(*), coalesce(sum(revenue), 0), coalesce(sum(margin), 0), "
                                "min(occurred_on), max(occurred_on) FROM anonymous_sale");
    select.step();
    AnonymousSalesTotals totals{select.int64(0), select.int64(1), select.int64(2), optionalDateColumn(select, 3),
                                optionalDateColumn(select, 4)};
    select.reset();
    return totals;
}

void SqliteRepository::scanAnonymousSales(const std::function<bool(std::span<const core::AnonymousSale>)>& sink) {
    auto select = m_db->prepare("SELECT id, occurred_on, channel, revenue, margin, reference, line_count, "
                                "customer_text FROM anonymous_sale ORDER BY id");
    constexpr std::size_t kBatch = 16'384;
    std::vector<core::AnonymousSale> batch;
    while (select.step()) {
        batch.push_back({select.int64(0), dateColumn(select, 1), core::Money::fromMinor(select.int64(3)),
                         optionalMoneyColumn(select, 4), select.text(5), select.int32(6), select.text(7),
                         enumColumn<core::Channel>(select, 2, "anonymous_sale.channel")});
        if (batch.size() == kBatch) {
            if (!sink(batch)) {
                return;
            }
            batch.clear();
        }
    }
    if (!batch.empty()) {
        sink(batch);
    }
}

} // namespace rapport::storage::sqlite
