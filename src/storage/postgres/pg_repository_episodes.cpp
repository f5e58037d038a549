// PgRepository: episodes, follow-up tasks and the purchase stream for analytics.
#include "storage/errors.h"
#include "storage/postgres/pg_customer_paging.h"
#include "storage/postgres/pg_episode_rows.h"
#include "storage/postgres/pg_repository.h"
#include "storage/postgres/pg_rows.h"
#include "storage/postgres/pg_values.h"
#include "storage/purchase_batcher.h"

namespace rapport::storage::postgres {

const char* const kEpisodeColumns =
    "id, customer_id, contact_person_id, occurred_on, channel, kind, revenue, margin, satisfaction, critical, owner, "
    "notes, follow_up_on, follow_up_done, reference, line_count, cancels_episode_id";

core::Episode readEpisode(const pqxx::row& r) {
    core::Episode e;
    e.id = int64(r[0]);
    e.customerId = int64(r[1]);
    e.contactPersonId = optionalInt64(r[2]);
    e.occurredOn = date(r[3]);
    e.channel = enumField<core::Channel>(r[4], "episode.channel");
    e.kind = enumField<core::EpisodeKind>(r[5], "episode.kind");
    e.revenue = optionalMoney(r[6]);
    e.margin = optionalMoney(r[7]);
    if (!r[8].is_null()) {
        e.satisfaction = int32(r[8]);
    }
    e.critical = boolean(r[9]);
    e.owner = text(r[10]);
    e.notes = text(r[11]);
    e.followUpOn = optionalDate(r[12]);
    e.followUpDone = boolean(r[13]);
    e.reference = text(r[14]);
    e.lineCount = int32(r[15]);
    e.cancels = optionalInt64(r[16]);
    return e;
}

namespace {

/** Appended to the episode columns: the customer's name. */
constexpr const char* kCustomerName = ", (SELECT display_name FROM customer WHERE customer.id = episode.customer_id)";

EpisodePage readPage(const pqxx::result& rows) {
    EpisodePage page;
    for (const auto& r : rows) {
        page.rows.push_back(readEpisode(r));
        page.customerNames.push_back(text(r[kEpisodeColumnCount]));
    }
    return page;
}

pqxx::result execEpisode(pqxx::transaction_base& work, const std::string& sql, const core::Episode& e,
                         std::optional<std::int64_t> id) {
    return work.exec_params(sql, id, e.customerId, e.contactPersonId, e.occurredOn.days(), code(e.channel),
                            code(e.kind), optionalMinor(e.revenue), optionalMinor(e.margin), e.satisfaction, e.critical,
                            e.owner, e.notes, optionalDays(e.followUpOn), e.followUpDone, e.reference, e.lineCount,
                            e.cancels);
}

} // namespace

core::EpisodeId insertEpisode(pqxx::transaction_base& work, const core::Episode& episode) {
    return int64(execEpisode(work,
                             "INSERT INTO episode (id, customer_id, contact_person_id, occurred_on, channel, kind, "
                             "revenue, margin, satisfaction, critical, owner, notes, follow_up_on, follow_up_done, "
                             "reference, line_count, cancels_episode_id) "
                             "VALUES (coalesce($1, nextval(pg_get_serial_sequence('rapport.episode', 'id'))), $2, "
                             "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
                             episode, optionalId(episode.id))[0][0]);
}

core::TaskId insertTask(pqxx::transaction_base& work, const core::Task& task) {
    return int64(work.exec_params("INSERT INTO task (id, customer_id, title, due_on, done, owner, notes) VALUES "
                                  "(coalesce($1, nextval(pg_get_serial_sequence('rapport.task', 'id'))), $2, $3, "
                                  "$4, $5, $6, $7) RETURNING id",
                                  optionalId(task.id), task.customerId, task.title, task.dueOn.days(), task.done,
                                  task.owner, task.notes)[0][0]);
}

void requireCancellable(pqxx::transaction_base& work, const core::Episode& episode) {
    if (!episode.cancels) {
        return;
    }
    const auto rows = work.exec_params("SELECT customer_id, kind FROM episode WHERE id = $1", *episode.cancels);
    const bool found = !rows.empty();
    if (!found || int64(rows[0][0]) != episode.customerId || text(rows[0][1]) != "purchase") {
        throw ConstraintError("the return cancels episode #" + std::to_string(*episode.cancels) +
                              (found ? ", which is not a purchase of the same customer" : ", which does not exist"));
    }
}

void requireCancelledStaysAPurchase(pqxx::transaction_base& work, const core::Episode& episode) {
    // Counted as the table owner would: a return of the same customer is visible to whoever sees the purchase.
    const auto cancelling =
        int64(work.exec_params("SELECT count(*) FROM episode WHERE cancels_episode_id = $1 "
                               "AND ($2 OR customer_id <> $3)",
                               episode.id, episode.kind != core::EpisodeKind::Purchase, episode.customerId)[0][0]);
    if (cancelling > 0) {
        throw ConstraintError("episode #" + std::to_string(episode.id) +
                              " is a purchase that a return cancels: it stays a purchase of the same customer "
                              "(unlink or remove the return first)");
    }
}

core::EpisodeId PgRepository::addEpisode(const core::Episode& episode) {
    core::validate(episode);
    return m_session.write([&](pqxx::work& work) {
        requireCancellable(work, episode);
        return insertEpisode(work, episode);
    });
}

void PgRepository::updateEpisode(const core::Episode& episode) {
    core::validate(episode);
    m_session.write([&](pqxx::work& work) {
        requireCancellable(work, episode);
        requireCancelledStaysAPurchase(work, episode);
        const auto changed =
            execEpisode(work,
                        "UPDATE episode SET customer_id = $2, contact_person_id = $3, occurred_on = $4, channel = $5, "
                        "kind = $6, revenue = $7, margin = $8, satisfaction = $9, critical = $10, owner = $11, "
                        "notes = $12, follow_up_on = $13, follow_up_done = $14, reference = $15, line_count = $16, "
                        "cancels_episode_id = $17 WHERE id = $1",
                        episode, episode.id)
                .affected_rows();
        requireFound(changed > 0, "episode", episode.id);
    });
}

void PgRepository::removeEpisode(core::EpisodeId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM episode WHERE id = $1", id).affected_rows() > 0, "episode", id);
    });
}

std::optional<core::Episode> PgRepository::episode(core::EpisodeId id) {
    return m_session.read([&](auto& work) -> std::optional<core::Episode> {
        const auto rows = work.exec_params(
            std::string("SELECT ") + kEpisodeColumns + " FROM episode WHERE id = $1" + m_session.lockForWrite(), id);
        return rows.empty() ? std::nullopt : std::optional<core::Episode>(readEpisode(rows[0]));
    });
}

EpisodePage PgRepository::episodes(const EpisodeQuery& query) {
    // Fixed fragments only; values are bound. Newest first, keyset on (occurred_on, id).
    std::string sql = std::string("SELECT ") + kEpisodeColumns + kCustomerName + " FROM episode WHERE true";
    std::vector<std::optional<std::string>> values;
    auto next = [&](std::string value) {
        values.emplace_back(std::move(value));
        return "$" + std::to_string(values.size());
    };
    if (query.customerId) {
        sql += " AND customer_id = " + next(std::to_string(*query.customerId)) + "::bigint";
    }
    if (query.from) {
        sql += " AND occurred_on >= " + next(std::to_string(query.from->days())) + "::integer";
    }
    if (query.to) {
        sql += " AND occurred_on <= " + next(std::to_string(query.to->days())) + "::integer";
    }
    if (query.after) {
        const auto day = next(std::to_string(query.after->first.days()));
        const auto id = next(std::to_string(query.after->second));
        sql += " AND (occurred_on, id) < (" + day + "::integer, " + id + "::bigint)";
    }
    if (query.criticalOnly) {
        sql += " AND critical";
    }
    if (query.kind) {
        sql += " AND kind = " + next(code(*query.kind));
    }
    if (query.channel) {
        sql += " AND channel = " + next(code(*query.channel));
    }
    const int limit = std::clamp(query.limit, 1, 100'000);
    sql += " ORDER BY occurred_on DESC, id DESC LIMIT " + std::to_string(limit + 1);
    return m_session.read([&](auto& work) {
        auto page = readPage(work.exec_params(sql, pqxx::prepare::make_dynamic_params(values)));
        if (static_cast<int>(page.rows.size()) > limit) {
            page.rows.pop_back();
            page.customerNames.pop_back();
            page.next = std::make_pair(page.rows.back().occurredOn, page.rows.back().id);
        }
        return page;
    });
}

EpisodePage PgRepository::dueFollowUps(const FollowUpQuery& query) {
    const int limit = std::clamp(query.limit, 1, 100'000);
    const std::optional<int> afterDay =
        query.after ? std::optional<int>(query.after->first.days()) : std::optional<int>();
    const std::optional<core::EpisodeId> afterId =
        query.after ? std::optional<core::EpisodeId>(query.after->second) : std::optional<core::EpisodeId>();
    auto page = m_session.read([&](auto& work) {
        return readPage(work.exec_params(
            std::string("SELECT ") + kEpisodeColumns + kCustomerName +
                " FROM episode WHERE follow_up_on IS NOT NULL AND NOT follow_up_done AND follow_up_on <= $1 "
                "AND ($2::int IS NULL OR (follow_up_on, id) < ($2::int, $3::bigint)) "
                "ORDER BY follow_up_on DESC, id DESC LIMIT $4",
            query.until.days(), afterDay, afterId, limit + 1));
    });
    if (static_cast<int>(page.rows.size()) > limit) {
        page.rows.pop_back();
        page.customerNames.pop_back();
        page.next = std::make_pair(*page.rows.back().followUpOn, page.rows.back().id);
    }
    return page;
}

FollowUpCounts PgRepository::countDueFollowUps(core::Date today) {
    return m_session.read([&](auto& work) {
        const auto rows = work.exec_params("SELECT count(*) FILTER (WHERE follow_up_on = $1), "
                                           "count(*) FILTER (WHERE follow_up_on < $1) FROM episode "
                                           "WHERE follow_up_on IS NOT NULL AND NOT follow_up_done "
                                           "AND follow_up_on <= $1",
                                           today.days());
        return FollowUpCounts{int64(rows[0][0]), int64(rows[0][1])};
    });
}

core::TaskId PgRepository::addTask(const core::Task& task) {
    core::validate(task);
    return m_session.write([&](pqxx::work& work) { return insertTask(work, task); });
}

void PgRepository::removeTask(core::TaskId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM task WHERE id = $1", id).affected_rows() > 0, "task", id);
    });
}

void PgRepository::updateTask(const core::Task& task) {
    core::validate(task);
    m_session.write([&](pqxx::work& work) {
        const auto changed =
            work.exec_params("UPDATE task SET customer_id = $2, title = $3, due_on = $4, done = $5, "
                             "owner = $6, notes = $7 WHERE id = $1",
                             task.id, task.customerId, task.title, task.dueOn.days(), task.done, task.owner, task.notes)
                .affected_rows();
        requireFound(changed > 0, "task", task.id);
    });
}

TaskPage PgRepository::openTasks(const TaskQuery& query) {
    return m_session.read([&](auto& work) {
        std::optional<std::int64_t> afterDay;
        std::optional<std::int64_t> afterId;
        if (query.after) {
            afterDay = query.after->first.days();
            afterId = query.after->second;
        }
        TaskPage page;
        for (const auto& r : work.exec_params(
                 "SELECT t.id, t.customer_id, t.title, t.due_on, t.done, t.owner, t.notes, c.display_name, c.city "
                 "FROM task t JOIN customer c ON c.id = t.customer_id "
                 "WHERE NOT t.done AND t.due_on <= $1 AND ($2::text IS NULL OR t.owner = $2) "
                 "AND ($3::integer IS NULL OR (t.due_on, t.id) > ($3, $4::bigint)) ORDER BY t.due_on, t.id LIMIT $5",
                 query.until.days(), query.owner, afterDay, afterId, query.limit + 1)) {
            page.rows.push_back(
                {{int64(r[0]), int64(r[1]), text(r[2]), date(r[3]), boolean(r[4]), text(r[5]), text(r[6])},
                 text(r[7]),
                 text(r[8])});
        }
        if (static_cast<int>(page.rows.size()) > query.limit) {
            page.rows.pop_back();
            page.next = std::pair{page.rows.back().task.dueOn, page.rows.back().task.id};
        }
        return page;
    });
}

TaskCounts PgRepository::countOpenTasks(core::Date today, const std::optional<std::string>& owner) {
    return m_session.read([&](auto& work) {
        const auto rows = work.exec_params("SELECT count(*) FILTER (WHERE due_on = $1), "
                                           "count(*) FILTER (WHERE due_on < $1) FROM task "
                                           "WHERE NOT done AND due_on <= $1 AND ($2::text IS NULL OR owner = $2)",
                                           today.days(), owner);
        return TaskCounts{int64(rows[0][0]), int64(rows[0][1])};
    });
}

std::vector<core::Task> PgRepository::tasks(core::CustomerId customerId) {
    const auto sql = std::string("SELECT id, customer_id, title, due_on, done, owner, notes FROM task "
                                 "WHERE customer_id = $1 ORDER BY done, due_on, id") +
                     m_session.lockForWrite();
    return m_session.read([&](auto& work) {
        std::vector<core::Task> result;
        for (const auto& r : work.exec_params(sql, customerId)) {
            result.push_back({int64(r[0]), int64(r[1]), text(r[2]), date(r[3]), boolean(r[4]), text(r[5]), text(r[6])});
        }
        return result;
    });
}

std::optional<core::Date> PgRepository::recentPurchaseDay() {
    return m_session.read([&](auto& work) {
        // As on SQLite; row-level security leaves a member's query to the rows they may read.
        const auto rows = work.exec(
            "SELECT max(e.occurred_on) FROM (SELECT id, occurred_on, kind, customer_id, revenue FROM episode ORDER BY "
            "occurred_on DESC, id DESC LIMIT 5000) e JOIN customer c ON c.id = e.customer_id WHERE e.kind = "
            "'purchase' AND c.archived_on IS NULL AND coalesce(e.revenue, 0) + coalesce((SELECT sum(r.revenue) FROM "
            "episode r WHERE r.cancels_episode_id = e.id), 0) > 0");
        return optionalDate(rows[0][0]);
    });
}

void PgRepository::scanPurchases(const std::function<bool(std::span<const PurchaseRecord>)>& sink,
                                 ArchiveFilter archive) {
    m_session.read([&](auto& work) {
        auto skipped = archivedCustomers(work, archive);
        PurchaseBatcher batcher(sink);
        bool more = true;
        // episode_purchases includes the cancelled purchase: only a return that cancels one looks it up.
        streamQuery(work,
                    "SELECT customer_id, occurred_on, revenue, coalesce(margin, 0), kind = 'return', "
                    "CASE WHEN cancels_episode_id IS NOT NULL THEN (SELECT p.occurred_on FROM episode p "
                    "WHERE p.id = episode.cancels_episode_id) END FROM episode "
                    "WHERE kind IN ('purchase', 'return')" +
                        archiveCondition(archive, "customer_id") + " ORDER BY customer_id, occurred_on",
                    [&](const pqxx::result& rows) {
                        for (const auto& r : rows) {
                            if (skipped.contains(int64(r[0]))) {
                                continue;
                            }
                            PurchaseRecord record{int64(r[0]), date(r[1]), int64(r[2]), int64(r[3]), boolean(r[4])};
                            const bool moved = !r[5].is_null();
                            if (moved) {
                                record.date = date(r[5]);
                            }
                            if (!batcher.add(record, moved)) {
                                more = false;
                                return false;
                            }
                        }
                        return true;
                    });
        if (more) {
            batcher.finish();
        }
        return 0;
    });
}

AnonymousSalesTotals PgRepository::anonymousSalesTotals() {
    return m_session.read([](auto& work) {
        const auto r = work.exec("SELECT count(*), coalesce(sum(revenue), 0), coalesce(sum(margin), 0), "
                                 "min(occurred_on), max(occurred_on) FROM anonymous_sale")[0];
        return AnonymousSalesTotals{int64(r[0]), int64(r[1]), int64(r[2]), optionalDate(r[3]), optionalDate(r[4])};
    });
}

void PgRepository::scanAnonymousSales(const std::function<bool(std::span<const core::AnonymousSale>)>& sink) {
    m_session.read([&](auto& work) {
        std::vector<core::AnonymousSale> batch;
        streamQuery(work,
                    "SELECT id, occurred_on, channel, revenue, margin, reference, line_count, customer_text "
                    "FROM anonymous_sale ORDER BY id",
                    [&](const pqxx::result& rows) {
                        batch.clear();
                        for (const auto& r : rows) {
                            batch.push_back({int64(r[0]), date(r[1]), core::Money::fromMinor(int64(r[3])),
                                             optionalMoney(r[4]), text(r[5]), int32(r[6]), text(r[7]),
                                             enumField<core::Channel>(r[2], "anonymous_sale.channel")});
                        }
                        return batch.empty() || sink(batch);
                    });
        return 0;
    });
}

} // namespace rapport::storage::postgres
