#include "storage/sqlite/episode_rows.h"

#include "storage/sqlite/codes.h"
#include "storage/sqlite/database.h"

namespace rapport::storage::sqlite {

const char* const kEpisodeSelectColumns =
    "id, customer_id, contact_person_id, occurred_on, channel, kind, revenue, margin, satisfaction, critical, owner, "
    "notes, follow_up_on, follow_up_done, reference, line_count, cancels_episode_id";

namespace {

void bindEpisodeColumns(Statement& s, const core::Episode& e) {
    s.bind(2, e.customerId)
        .bind(3, e.contactPersonId)
        .bind(4, static_cast<std::int64_t>(e.occurredOn.days()))
        .bind(5, core::toCode(e.channel))
        .bind(6, core::toCode(e.kind))
        .bind(7, optionalMinor(e.revenue))
        .bind(8, optionalMinor(e.margin))
        .bind(9, e.satisfaction)
        .bind(10, e.critical)
        .bind(11, e.owner)
        .bind(12, e.notes)
        .bind(13, optionalDays(e.followUpOn))
        .bind(14, e.followUpDone)
        .bind(15, e.reference)
        .bind(16, e.lineCount)
        .bind(17, e.cancels);
}

void bindTaskColumns(Statement& s, const core::Task& t) {
    s.bind(2, t.customerId)
        .bind(3, t.title)
        .bind(4, static_cast<std::int64_t>(t.dueOn.days()))
        .bind(5, t.done)
        .bind(6, t.owner)
        .bind(7, t.notes);
}

} // namespace

core::Episode readEpisodeColumns(const Statement& s) {
    core::Episode e;
    e.id = s.int64(0);
    e.customerId = s.int64(1);
    e.contactPersonId = s.optionalInt64(2);
    e.occurredOn = dateColumn(s, 3);
    e.channel = enumColumn<core::Channel>(s, 4, "episode.channel");
    e.kind = enumColumn<core::EpisodeKind>(s, 5, "episode.kind");
    e.revenue = optionalMoneyColumn(s, 6);
    e.margin = optionalMoneyColumn(s, 7);
    if (!s.isNull(8)) {
        e.satisfaction = s.int32(8);
    }
    e.critical = s.int64(9) != 0;
    e.owner = s.text(10);
    e.notes = s.text(11);
    e.followUpOn = optionalDateColumn(s, 12);
    e.followUpDone = s.int64(13) != 0;
    e.reference = s.text(14);
    e.lineCount = s.int32(15);
    e.cancels = s.optionalInt64(16);
    return e;
}

core::EpisodeId insertEpisode(Database& db, const core::Episode& episode) {
    auto& insert = db.cached("INSERT INTO episode (id, customer_id, contact_person_id, occurred_on, channel, kind, "
                             "revenue, margin, satisfaction, critical, owner, notes, follow_up_on, follow_up_done, "
                             "reference, line_count, cancels_episode_id) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    bindRowId(insert, 1, episode.id);
    bindEpisodeColumns(insert, episode);
    insert.run();
    return db.lastInsertRowId();
}

bool updateEpisodeRow(Database& db, const core::Episode& episode) {
    auto& update = db.cached("UPDATE episode SET customer_id = ?2, contact_person_id = ?3, occurred_on = ?4, "
                             "channel = ?5, kind = ?6, revenue = ?7, margin = ?8, satisfaction = ?9, critical = ?10, "
                             "owner = ?11, notes = ?12, follow_up_on = ?13, follow_up_done = ?14, reference = ?15, "
                             "line_count = ?16, cancels_episode_id = ?17 WHERE id = ?1");
    update.bind(1, episode.id);
    bindEpisodeColumns(update, episode);
    update.run();
    return db.changes() > 0;
}

std::optional<core::Episode> readEpisode(Database& db, core::EpisodeId id) {
    static const std::string sql = std::string("SELECT ") + kEpisodeSelectColumns + " FROM episode WHERE id = ?1";
    auto& select = db.cached(sql);
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    auto episode = readEpisodeColumns(select);
    select.reset();
    return episode;
}

core::TaskId insertTask(Database& db, const core::Task& task) {
    auto& insert = db.cached("INSERT INTO task (id, customer_id, title, due_on, done, owner, notes) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindRowId(insert, 1, task.id);
    bindTaskColumns(insert, task);
    insert.run();
    return db.lastInsertRowId();
}

void requireCancellable(Database& db, const core::Episode& episode) {
    if (!episode.cancels) {
        return;
    }
    auto& select = db.cached("SELECT customer_id, kind FROM episode WHERE id = ?1");
    select.bind(1, *episode.cancels);
    std::optional<CancelledEpisode> cancelled;
    if (select.step()) {
        cancelled = CancelledEpisode{select.int64(0), select.textView(1) == "purchase"};
    }
    select.reset();
    requireCancellable(episode, cancelled);
}

void requireCancellable(const core::Episode& episode, const std::optional<CancelledEpisode>& cancelled) {
    if (!episode.cancels) {
        return;
    }
    if (!cancelled || cancelled->customerId != episode.customerId || !cancelled->isPurchase) {
        throw ConstraintError(
            "the return cancels episode #" + std::to_string(*episode.cancels) +
            (cancelled ? ", which is not a purchase of the same customer" : ", which does not exist"));
    }
}

void requireCancelledStaysAPurchase(Database& db, const core::Episode& episode) {
    if (episode.kind == core::EpisodeKind::Purchase) {
        auto& other = db.cached("SELECT count(*) FROM episode WHERE cancels_episode_id = ?1 AND customer_id <> ?2");
        other.bind(1, episode.id).bind(2, episode.customerId).step();
        const auto moved = other.int64(0);
        other.reset();
        if (moved == 0) {
            return;
        }
    } else {
        auto& any = db.cached("SELECT count(*) FROM episode WHERE cancels_episode_id = ?1");
        any.bind(1, episode.id).step();
        const auto cancelling = any.int64(0);
        any.reset();
        if (cancelling == 0) {
            return;
        }
    }
    throw ConstraintError("episode #" + std::to_string(episode.id) +
                          " is a purchase that a return cancels: it stays a purchase of the same customer (unlink "
                          "or remove the return first)");
}

core::AnonymousSaleId insertAnonymousSale(Database& db, const core::AnonymousSale& sale) {
    auto& insert = db.cached("INSERT INTO anonymous_sale (id, occurred_on, channel, revenue, margin, reference, "
                             "line_count, customer_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindRowId(insert, 1, sale.id);
    insert.bind(2, static_cast<std::int64_t>(sale.occurredOn.days()))
        .bind(3, core::toCode(sale.channel))
        .bind(4, sale.revenue.minor())
        .bind(5, optionalMinor(sale.margin))
        .bind(6, sale.reference)
        .bind(7, sale.lineCount)
        .bind(8, sale.customerText);
    insert.run();
    return db.lastInsertRowId();
}

bool updateTaskRow(Database& db, const core::Task& task) {
    auto& update = db.cached("UPDATE task SET customer_id = ?2, title = ?3, due_on = ?4, done = ?5, owner = ?6, "
                             "notes = ?7 WHERE id = ?1");
    update.bind(1, task.id);
    bindTaskColumns(update, task);
    update.run();
    return db.changes() > 0;
}

} // namespace rapport::storage::sqlite
